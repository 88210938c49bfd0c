"""Write probe.jsonl for the Ljungby kommun set (kommunstyrelsen and kommunfullmäktige, 2008–2016).

25 questions written from the documents alone (see SOURCES.md); gold quotes are substrings of the loader's text
of the PDFs that make_pdfs.py typesets into /work/probes/docs/ljungby-kommun.

Usage:  .venv/bin/python evals/probes/ljungby-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

KS09 = "ljungby_ks_2009-02-10.pdf"
KS12A = "ljungby_ks_2012-01-10.pdf"
KS12B = "ljungby_ks_2012-08-14.pdf"
KS13 = "ljungby_ks_2013-08-13.pdf"
KS16 = "ljungby_ks_2016-10-11.pdf"
KF08 = "ljungby_kf_2008-09-25.pdf"
KF09 = "ljungby_kf_2009-04-28.pdf"
KF11 = "ljungby_kf_2011-06-14.pdf"
KF12 = "ljungby_kf_2012-12-11.pdf"
KF15 = "ljungby_kf_2015-03-30.pdf"

Q = [
    ("header", "var höll ks till 11 okt 2016?", [],
     ["Märtasalen"],
     [g(KS16, "Tisdagen den 11 oktober 2016 kl Sammanträdesrum Märtasalen,")]),
    ("person", "Carina Bengtsson var inte med på ks-mötet 11/10 2016, vem satt istället för henne?", [],
     ["Ulla Hansson"],
     [g(KS16, "Ulla Hansson (M), ersättare\nför Carina Bengtsson (C)")]),
    ("reference", "vad gällde Ks 157 i ks-protokollet från oktober 2016", [],
     ["bergtäkter", "vattenskyddsområden"],
     [g(KS16, "Ks 157 Ks2016/ Ansökan om överlåtelse av tillsyn över bergtäkter och\nvattenskyddsområden")]),
    ("header", "Vem var ordförande på kommunfullmäktige den 30 mars 2015, och vem var sekreterare?", [],
     ["Ann-Charlotte Wiesel", "Eva-Marie Norén Holgersson"],
     [g(KF15, "2015 kl Paragrafer Sekreterare Ordförande Eva-Marie Norén Holgersson\nAnn-Charlotte Wiesel"),
      g(KF15, "Eva-Marie Norén Holgersson, sekreterare")]),
    ("date", "när justerades övriga paragrafer i kf-protokollet 30/3 2015", [],
     ["7 april"],
     [g(KF15, "Övriga paragrafer justeras på kommunkansliet tisdagen den 7 april")]),
    ("followup", "ok och vem justerade den paragrafen?",
     [turn("user", "vilken paragraf på kf 30 mars 2015 justerades omedelbart?"),
      turn("assistant", "§ 18, Ram för nyupplåning, justerades omedelbart efter sammanträdet.")],
     ["Thomas Ragnarsson"],
     [g(KF15, "Thomas Ragnarsson justerade 18 den 30 mars 2015")]),
    ("header", "vilka var föreslagna justerare på fullmäktige 25 sept 2008", [],
     ["Ann-Kristin Petersson", "Vinko Stifanic"],
     [g(KF08, "Förslag: Ann-Kristin Petersson och Vinko Stifanic, ersättare Maryana Frisk-Holst.")]),
    ("decision", "fullmäktigedebatten i september 2008 – vilket parti valde ämnet och vad handlade den om?", [],
     ["Kommunens Bästa", "Centrumplaneringen"],
     [g(KF08, "Kommunens Bästa har valt ämne för dagens fullmäktigedebatt:\nCentrumplaneringen.")]),
    ("reason", "varför sköts nästa fullmäktigedebatt upp (kf 2008-09-25)?", [],
     ["seminarium"],
     [g(KF08, "Meddelas att på grund av att ett seminarium kommer att genomföras vid nästa")]),
    ("decision", "vad ändrades i dagordningen på kf 28 april 2009", [],
     ["Ansvarsprövning", "efter punkt 10"],
     [g(KF09, "Dagordningen kompletteras med en ny punkt efter punkt 10 med rubriken\nAnsvarsprövning.")]),
    ("followup", "varför då?",
     [turn("user", "vad ändrades i dagordningen på kf 28 april 2009"),
      turn("assistant", "Dagordningen kompletterades med en ny punkt 11, Ansvarsprövning, efter punkt 10 "
                        "(Ljungby kommuns årsredovisning 2008).")],
     ["protokollet ska bli tydligt"],
     [g(KF09, "För att protokollet ska bli tydligt är det lämpligt att ansvarsprövningen vid")]),
    ("header", "när började kf 14 juni 2011 och när skulle protokollet justeras?", [],
     ["16:30", "20 juni"],
     [g(KF11, "Klockan\n16:30"),
      g(KF11, "Johansson, tid och plats för justering: måndagen den 20 juni kl. 15.30 på")]),
    ("decision", "S-motionen från 5 april 2011 om försäkringar – vad ville de och vad gjorde fullmäktige med den?", [],
     ["försäkringsskyddet", "kommunstyrelsen för beredning"],
     [g(KF11, "Motionen överlämnas till kommunstyrelsen för beredning."),
      g(KF11, "att se över försäkringsskyddet för elever, barn och andra grupper inom")]),
    ("decision", "medborgarförslag 1 på kf i juni 2011, vilken nämnd ska höras innan ks beslutar?", [],
     ["Kultur- och fritidsnämnden"],
     [g(KF11, "Kultur- och fritidsnämnden ska höras i")]),
    ("amount", "hur mkt mer statsbidrag gav befolkningsökningen enl kf dec 2012", [],
     ["4,5 miljoner", "101 personer"],
     [g(KF12, "signal till omvärlden och medför ett ökat statligt bidrag med 4,5 miljoner kronor."),
      g(KF12, "befolkning ökat med 101 personer sedan 1 november förra året.")]),
    ("english", "How often is the water feature at Skinnarerondellen checked, according to the council minutes of "
                "December 2012?", [],
     ["en gång i veckan"],
     [g(KF12, "Kontrolleras en gång i veckan.")]),
    ("list", "vilka val stod på ks dagordning 14 aug 2012", [],
     ["arbetsutskottet", "personalutskottet", "tekniska utskottet", "Jämställdhetsrådet"],
     [g(KS12B, "12 Val av ledamot i arbetsutskottet."),
      g(KS12B, "13 Val av ersättare i personalutskottet."),
      g(KS12B, "14 Val av ersättare i tekniska utskottet."),
      g(KS12B, "15 Godkännande av avsägelse av uppdrag som representant i Jämställdhetsrådet i")]),
    ("decision", "förlikningsavtalet med IHD Industrihotell och Lars Danielssons Bilverkstad – vad sa ks i augusti 2013?",
     [],
     ["delar inte motpartens invändning", "ogiltig"],
     [g(KS13, "Kommunstyrelsen delar inte motpartens invändning om att den av Ljungby\nkommun företagna "
              "uppsägningen av hyresförhållandet är ogiltig.")]),
    ("body_date", "ks 10 jan 2012, arvodesreglementet: från när gäller de nya arvodena för kommunalråden?", [],
     ["1 april"],
     [g(KS12A, "De nya arvodena gäller från 1 april.")]),
    ("cross", "vem var kommunchef vid kf-mötet i mars 2015 resp ks-mötet i oktober 2016?", [],
     ["Roland Eiman", "Jonas Jönsson"],
     [g(KF15, "Roland Eiman, kommunchef"),
      g(KS16, "Jönsson, kommunchef Eva-Marie Norén Holgersson, kommunsekreterare")]),
    ("missing_attribute", "vilka var de två extra ärendena som togs upp på ks 10 februari 2009?", [],
     [],
     [g(KS09, "Båda ärendena tas upp som extra ärenden under dagens sammanträde.")]),
    ("missing_attribute", "kf 14/6 2011 – blev det ja eller nej till folkomröstning om nedläggning av "
                          "landsbygdsskolorna?", [],
     [],
     [g(KF11, "6 Beslut om folkomröstning ska hållas i frågan om nedläggning av")]),
    ("unanswerable", "vem var ordf på ks-mötet 4 mars 2014?", [], [], []),
    ("unanswerable", "vad handlade Ks 212 om, hösten 2016?", [], [], []),
    ("unanswerable", "när antog fullmäktige den nya översiktsplanen för Ljungby?", [], [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "lju", "ljungby-kommun", answerable_by_type(Q))
    print(f"wrote {n} questions to {path}")
