"""Write probe.jsonl for the Hudiksvalls kommun set (kommunstyrelsen and kommunfullmäktige, 2011–2021).

Documents: /work/probes/docs/hudiksvalls-kommun/ (built by make_pdfs.py from texts/; see SOURCES.md).
Usage:  .venv/bin/python evals/probes/hudiksvalls-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

CORPUS = "hudiksvalls-kommun"
KS11 = "hudiksvall_ks_2011-06-09.pdf"
KF11 = "hudiksvall_kf_2011-12.pdf"
KS13 = "hudiksvall_ks_2013-04.pdf"
KF13 = "hudiksvall_kf_2013-06.pdf"
KS14 = "hudiksvall_ks_2014-05.pdf"
KF15 = "hudiksvall_kf_2015-10-26.pdf"
KS17 = "hudiksvall_ks_2017-10-10.pdf"
KS19 = "hudiksvall_ks_2019-09-17.pdf"
KS20 = "hudiksvall_ks_2020-09-15.pdf"
KF21 = "hudiksvall_kf_2021-02-22.pdf"

Q = [
    # 01 header
    ("header", "vem justerade ks protokollet från 9 juni 2011?", [], True,
     ["Mikael Löthstam"],
     [g(KS11, "Utses att justera: Mikael Löthstam")]),
    # 02 person: who sat for (S) in § 143
    ("person", "Kommunstyrelsen 2011-06-09: vem gick in som beslutande i § 143 när Majvor Westberg Jönsson inte "
     "var med där?", [], True,
     ["Bente Sandström"],
     [g(KS11, "Majvor Westberg Jönsson (S) § 138-142, § 144-177"),
      g(KS11, "Bente Sandström (S) § 143")]),
    # 03 missing attribute: the tax rate is not in the text
    ("missing_attribute", "vilken skattesats föreslog ks i juni 2011 för nästa år?", [], False,
     [],
     [g(KS11, "§ 138 Budgetdirektiv och ekonomiska ramar för budgetåren 2012 – 2015")]),
    # 04 date
    ("date", "när och var justerades kf-protokollet med §§ 218-229 (december 2011)?", [], True,
     ["22 december 2011", "15.00", "Kommunledningskontoret"],
     [g(KF11, "Kommunledningskontoret torsdag den 22 december 2011 kl 15.00")]),
    # 05 missing attribute: the meeting date of the December 2011 KF is not given
    ("missing_attribute", "vilket datum hade fullmäktige sitt sammanträde i dec 2011, det som justerades 22/12?", [],
     False,
     [],
     [g(KF11, "Plats och tid: Kulturhuset Glada Hudik, KL 17.30-18.50")]),
    # 06 header: two secretaries
    ("header", "Vem var sekreterare vid kommunstyrelsens sammanträde i april 2013?", [], True,
     ["Pia Embretsén", "Anita Olsson", "75-104"],
     [g(KS13, "Sekreterare: Pia Embretsén § 73-74 Anita Olsson § 75-104")]),
    # 07 reference
    ("reference", "vad handlade § 75 om på ks-mötet april 2013", [], True,
     ["Tilläggsanslag för år 2013"],
     [g(KS13, "§ 75 Tilläggsanslag för år 2013 ... 11")]),
    # 08 person: chair of one paragraph
    ("person", "vem var ordf under § 80 på kommunfullmäktige i juni 2013?", [], True,
     ["Agneta Brendt"],
     [g(KF13, "Sven Bergström (C),§ 80, ordf § 71-79, 81-105 Agneta Brendt (S), 2 v ordf, 71-79,")]),
    # 09 body + date
    ("body_date", "Vilka utsågs att justera fullmäktiges protokoll i juni 2013?", [], True,
     ["Margareta Sidenvall", "Ninni Olofsson"],
     [g(KF13, "Utses att justera: Margareta Sidenvall och Ninni Olofsson")]),
    # 10 amount: number of pages
    ("amount", "hur många sidor är ks-protokollet som justerades 13 maj 2014?", [], True,
     ["48"],
     [g(KS14, "Protokoll 1 (48)"), g(KS14, "tid: Kommunledningsförvaltningen, tisdagen den 13 maj 2014")]),
    # 11 reference
    ("reference", "vad gällde § 99 i kommunstyrelsens protokoll maj 2014", [], True,
     ["Kraterkrafts Ekonomiska Förening", "stöd till hyra"],
     [g(KS14, "99 Ansökan från Kraterkrafts Ekonomiska Förening om")]),
    # 12 follow-up on 11
    ("followup", "och paragrafen efter, vem sökte och vad gällde det?",
     [turn("user", "vad gällde § 99 i kommunstyrelsens protokoll maj 2014"),
      turn("assistant", "§ 99 gällde en ansökan från Kraterkrafts Ekonomiska Förening om stöd till hyra.")], True,
     ["Lindefallets Sportklubb", "investeringsbidrag", "vedpanna"],
     [g(KS14, "100 Ansökan från Lindefallets Sportklubb om investeringsbidrag")]),
    # 13 header: place and time
    ("header", "kf 26/10 2015, var o vilken tid?", [], True,
     ["Rådhussalen", "Glada Hudik", "17.30-20.30"],
     [g(KF15, "Rådhussalen, Kulturhuset Glada Hudik, Hudiksvall 17.30-20.30")]),
    # 14 person: paragraph ranges
    ("person", "Fullmäktige 26 oktober 2015: för vilka paragrafer är Anders Bengtsson (M) och Håkan Rönström "
     "antecknade?", [], True,
     ["160-161", "162"],
     [g(KF15, "Anders Bengtsson (M) §"), g(KF15, "Håkan Rönström (M) § 162-")]),
    # 15 list
    ("list", "vilka tjänstemän och övriga deltog på kf-mötet 2015-10-26", [], True,
     ["Anders Mellin", "Annika Lindfors", "Michaela Hedin", "Pia Embretsén"],
     [g(KF15, "Administrativ chef Pia Embretsén, serviceföreståndare Anders Mellin, kvalitetsstrateg"),
      g(KF15, "och revisorskonsult Michaela Hedin.")]),
    # 16 english
    ("english", "Hudiksvall's municipal council meeting that began on 22 February 2021 was continued on another "
     "day. Which day, and at what times?", [], True,
     ["1 mars 2021", "17:30", "18:50"],
     [g(KF21, "2021-02-22 och 2021-03-01"), g(KF21, "1 mars 2021 kl 17:30- 18:50")]),
    # 17 body + date
    ("body_date", "vilka justerade kommunfullmäktiges protokoll från feb 2021 och när skedde justeringen?", [],
     True,
     ["Henrik Berglund Persson", "Ulrica Högbergh", "2021-03-04"],
     [g(KF21, "Justerare Henrik Berglund Persson (S) och Ulrica Högbergh (V)"),
      g(KF21, "Justeringens plats och tid Kommunledningsstaben, 2021-03-04")]),
    # 18 reference
    ("reference", "ks 10/10 2017 § 133, vad var det för ärende", [], True,
     ["Ny medlem", "Företagshälsonämnd"],
     [g(KS17, "Ny medlem till gemensam Företagshälsonämnd- Företagshälsa Region Gävleborg")]),
    # 19 person: two justerare with paragraph ranges
    ("person", "vem justerade vilka paragrafer på ks 17/9 2019?", [], True,
     ["Charliene Kiffer Goude", "Caroline Schmidt", "148-151"],
     [g(KS19, "Justerare Charliene Kiffer Goude § 119- 147 och Caroline Schmidt § 148-151")]),
    # 20 reference (title -> number)
    ("reference", "Vilken paragraf var informationen om hållbarhetsraster på kommunstyrelsen i september 2019?",
     [], True,
     ["§ 123"],
     [g(KS19, "§ 123 Dnr 2019-000312 - 100"), g(KS19, "Information om hållbarhetsraster ... 10")]),
    # 21 follow-up: who took part remotely
    ("followup", "och vilka ersättare var med på distans?",
     [turn("user", "vem var ordf på ks 15 sept 2020?"),
      turn("assistant", "Ordförande var Mikael Löthstam (S). Patrik Nilsson (SD) justerade protokollet.")], True,
     ["Jim Svensk Larm", "Peter Lagerqvist", "Jörgen Bengtson", "Peter Åkerström"],
     [g(KS20, "Ersättare Bo Nilsson (S) (deltar på distans via Teams) Per Svensson (S (deltar på"),
      g(KS20, "distans via Teams) Jim Svensk Larm (S) (deltar på distans via Teams) Andréa")]),
    # 22 cross: chairs of two meetings
    ("cross", "vem var ordförande i ks i april 2013 och vem var det i oktober 2017?", [], True,
     ["Jonas Holm", "Mikael Löthstam"],
     [g(KS13, "Jonas Holm (M), ordf, Stefan Bäckström (C)"), g(KS17, "Mikael Löthstam (S), Ordförande")]),
    # 23-25 unanswerable
    ("unanswerable", "vem justerade kommunstyrelsens protokoll i mars 2016?", [], False, [], []),
    ("unanswerable", "vad gällde § 250 i ks-protokollet 17 sept 2019?", [], False, [], []),
    ("unanswerable", "Vad beslutade socialnämnden i Hudiksvall om avgiften för hemtjänst 2019?", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "hud", CORPUS, Q)
    print(f"wrote {path} ({n} rows)")
