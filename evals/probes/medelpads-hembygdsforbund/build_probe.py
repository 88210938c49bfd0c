"""Build probe.jsonl for Medelpads Hembygdsförbund (the regional federation of the hembygdsföreningar in Medelpad):
25 questions over seven board minutes (2014-10-30 … 2016-03-31) and three annual meeting minutes (2014, 2015, 2016),
typeset from the stored starts of the association's pages (see SOURCES.md and make_pdfs.py).

Usage:  .venv/bin/python evals/probes/medelpads-hembygdsforbund/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

A14 = "mhf_arsmote_2014-04-27.pdf"
A15 = "mhf_arsmote_2015-04-26.pdf"
A16 = "mhf_arsmote_2016-04-24.pdf"
S1410 = "mhf_styrelse_2014-10-30.pdf"
S1503 = "mhf_styrelse_2015-03-30.pdf"
S1506 = "mhf_styrelse_2015-06-04.pdf"
S1508 = "mhf_styrelse_2015-08-24.pdf"
S1510 = "mhf_styrelse_2015-10-26.pdf"
S1511 = "mhf_styrelse_2015-11-25.pdf"
S1603 = "mhf_styrelse_2016-03-31.pdf"

Q = [
    # 01
    ("header", "vem var mötesordförande och sekreterare på årsmötet på Tynderö 2014?", [],
     ["Sten Ekström", "Inger Bylund"],
     [g(A14, "Till ordförande valdes Sten Ekström och till sekreterare Inger Bylund.")]),
    # 02
    ("header", "justerare årsmötet 2016?", [],
     ["Ulrika Hådén", "Inga Öström"],
     [g(A16, "Ulrika Hådén och Inga Öström valdes.")]),
    # 03
    ("amount", "hur mkt lånade förbundet ut till projektet hembygdens kulturarv i västernorrland o när ska pengarna "
               "vara tillbaka", [],
     ["10 000 kr", "1 april"],
     [g(S1410, "Mötet beslutade att låna ut 10 000 kr till projektet att återbetalas den 1  april.")]),
    # 04
    ("header", "vem ledde styrelsemötet 26/10 -15? margareta var väl inte där", [],
     ["Anne Strandlund", "förhinder"],
     [g(S1510, "Eftersom ordinarie ordföranden Margareta Johansson fått förhinder öppnade vice"),
      g(S1510, "ordföranden Anne Strandlund mötet och hälsade välkommen.")]),
    # 05
    ("list", "Vilka var närvarande på det extra styrelsemötet på Alnö hembygdsgård i november 2015?", [],
     ["Anne Strandlund", "Thore Mattsson", "Bengt Wiklund", "Karl-Ingvar Ångström"],
     [g(S1511, "Närvarande Anne Strandlund, Alnö"),
      g(S1511, "Thore Mattsson, Borgsjö"),
      g(S1511, "Bengt Wiklund, Alnö")]),
    # 06
    ("reference", "vad tog de upp under punkt 4 på styrelsemötet i svartvik 30 mars 2015", [],
     ["Inför årsmötet", "verksamhetsberättelse", "verksamhetsplan"],
     [g(S1503, "4 Inför årsmötet"),
      g(S1503, "Förslag till verksamhetsberättelse delades ut. Bestämdes att alla läser igenom den"),
      g(S1503, "Ordföranden skickar ut ett förslag på verksamhetsplan.")]),
    # 07
    ("header", "när och var hölls det konstituerande styrelsemötet 2015?", [],
     ["2015-06-04", "Njurunda hembygdsgård"],
     [g(S1506, "Protokoll från styrelsemöte/konstituerande styrelsemöte"),
      g(S1506, "Njurunda hembygdsgård 2015-06-04")]),
    # 08
    ("followup", "och vad händer innan dess?",
     [turn("user", "när börjar årsmötesförhandlingarna på årsmötet i tuna 2015?"),
      turn("assistant", "Enligt förslaget som styrelsen godkände den 30 mars 2015 börjar årsmötesförhandlingarna "
                        "kl. 12.30 i Tuna lillkyrka, tillsammans med årets medelpading.")],
     ["Andakt", "Gunnar Oreland"],
     [g(S1503, "11.30  Lunch och Gunnar Oreland som berättar om Tuna."),
      g(S1503, "11.00  Andakt")]),
    # 09
    ("person", "vilka blev firmatecknare 2015", [],
     ["Margareta Johansson", "Yvonne Uhlin", "var för sig"],
     [g(S1506, "Ordföranden Margareta Johansson och kassören Yvonne Uhlin valdes att var för sig vara")]),
    # 10
    ("decision", "måste en förening med över 1000 medlemmar betala till centrala organisationen för alla sina "
                 "medlemmar?", [],
     ["överstiger 1000", "regionala organisationen"],
     [g(S1506, "har över 1000 medlemmar behöver man inte betala in till centrala organisationen för det"),
      g(S1506, "antal medlemmar som överstiger 1000 utan endast till den regionala organisationen.")]),
    # 11
    ("amount", "hur mycket pengar har riksförbundet beviljat inför jubileumsfirandet 2016 och vad ska dom gå till", [],
     ["20 000 kronor", "Murberget"],
     [g(S1603, "Kassören gick igenom bankrapport. Nämndes att vi fått 20 000 kronor beviljade från"),
      g(S1603, "riksförbundet att användas för deltagarna vid aktiviteterna vid Murberget i samband med")]),
    # 12
    ("english", "Which local heritage associations had started using Bygdeband by August 2015, and does it cost "
                "anything to use?", [],
     ["Selånger", "Borgsjö"],
     [g(S1508, "Bygdeband, Selånger och Borgsjö."),
      g(S1508, "länge är det gratis att använda Bygdeband men det finns ett avtalsförslag att")]),
    # 13
    ("unanswerable", "vad beslutade styrelsen på mötet i januari 2016?", [], [], []),
    # 14
    ("decision", "diskuterade de nåt om tryckkostnaden för Hembygden i mars 2015? vad kom de fram till", [],
     ["undersökas"],
     [g(S1503, "till en lägre kostnad. Det borde gå att få ner kostnaderna för tryckningen, detta ska")]),
    # 15
    ("missing_attribute", "vem blev årets medelpading 2015?", [], [],
     [g(S1503, "Årsmötesförhandlingar, årets medelpading.")]),
    # 16
    ("date", "när o var var kulturtinget 2015", [],
     ["Kramfors", "7-8 oktober"],
     [g(S1511, "Kulturtinget som i år hölls i Kramfors 7-8 oktober och behandlade bl.a. mångfald,")]),
    # 17
    ("person", "vem öppnade årsmötet 2015, var det margareta?", [],
     ["Ulla-Britt Lagergren"],
     [g(A15, "Ordföranden i Tuna hembygdsförening, Ulla-Britt Lagergren, öppnade mötet och hälsade")]),
    # 18
    ("list", "vilka ledamöter valdes på årsmötet 2014", [],
     ["Lars-Erik Larsson", "Yvonne Uhlin", "Eva Niskanen", "Thore Matson"],
     [g(A14, "§12 Val av fem styrelseledamöter för en tid av två år valdes"),
      g(A14, "Lars-Erik Larsson Torp omval"),
      g(A14, "Thore Matson Borgsjö omval")]),
    # 19
    ("followup", "vilka ställen var svåra att hitta till då?",
     [turn("user", "vad beslöt styrelsen i aug 2015 om skyltningen på nya E4?"),
      turn("assistant", "Vid styrelsemötet den 24 augusti 2015 (punkt 4, Rapporter) bestämdes att ordförande "
                        "Margareta ska utforma en skrivelse till Trafikverket om skyltningen vid nya E4.")],
     ["Svartviks industriminnen", "Nolby högar"],
     [g(S1508, "Svartviks industriminnen, Nolby högar m.fl. ställen. Ordförande Margareta ska")]),
    # 20
    ("cross", "i augusti -15 sa styrelsen att Helena Hammarskiöld skulle komma och informera om hembygdens år. "
              "blev det av?", [],
     ["9 oktober", "planerade aktiviteter"],
     [g(S1508, "2016 är det hembygdens år. Helena Hammarskiöld kommer den 9 oktober för att"),
      g(S1510, "Helena Hammarskiöld besökte oss den 9 oktober och tog upp planerade aktiviteter i")]),
    # 21
    ("unanswerable", "vem valdes till kassör för 2017?", [], [], []),
    # 22
    ("reference", "vad rapporterade anne från försäkringskonferensen i okt?", [],
     ["vattenskador", "+15 grader"],
     [g(S1510, "Stora uttag från försäkringen har gjorts i samband med vattenskador och brand."),
      g(S1510, "stängs av, se till att det inte är kallare än +15 grader inomhus, i annat fall ska vattnet")]),
    # 23
    ("body_date", "senast när ska föreningarna lämna in material till hembygdens år 2016?", [],
     ["24 april"],
     [g(S1603, "snarast dock senast vid årsmötet den 24 april.")]),
    # 24
    ("missing_attribute", "hur stor avgift ska kommuner och företag betala för att få access till bygdeband?", [], [],
     [g(S1508, "kommuner, företag m.fl. ska kunna få access mot att betala en avgift.")]),
    # 25
    ("unanswerable", "har styrelsen beslutat nåt om att köpa in en ny projektor?", [], [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "mhf", "medelpads-hembygdsforbund", answerable_by_type(Q))
    print(f"wrote {n} questions to {path}")
