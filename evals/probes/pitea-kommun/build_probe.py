"""Write probe.jsonl for the Piteå kommun set (ids pit-01 … pit-25, corpus "pitea-kommun").

The documents are PDFs typeset by make_pdfs.py from stored page texts (texts/*.txt); gold quotes are substrings of
the loader's text of those PDFs. Run from the repository root:
    .venv/bin/python evals/probes/pitea-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

KS07 = "pitea_ks_2007-12.pdf"
KS11 = "pitea_ks_2011-10-31.pdf"
KS14A = "pitea_ks_2014-02.pdf"
KS14B = "pitea_ks_2014-03.pdf"
KS15A = "pitea_ks_2015-06-08.pdf"
KS15B = "pitea_ks_2015-09-29.pdf"
KF17 = "pitea_kf_2017-05.pdf"
MTN = "pitea_mtn_2015-12.pdf"
FSN = "pitea_fsn_2016-12.pdf"
BUN = "pitea_bun_2005.pdf"

Q = [
    # 1
    ("header", "vem var ordförande och vilka justerade ks-protokollet från 8 juni 2015?", [], True,
     ["Peter Roslund", "Brith Fäldt", "Ann-Louise Hagström"],
     [g(KS15A, "Brith Fäldt samt Ann-Louise Hagström"),
      g(KS15A, "Peter Roslund (S), ordförande § 161 – 166, 168"),
      g(KS15A, "Brith Fäldt (V), ordförande §§ § 167, 169 - 199")]),
    # 2
    ("list", "vilka satt med som adjungerade ledamöter på ks 29 sept 2015", [], True,
     ["Rune Berglund", "Helena Nilseriksdotter"],
     [g(KS15B, "(S), adjungerad ledamot Helena Nilseriksdotter (V), adjungerad ledamot")]),
    # 3
    ("reference", "Vad gällde § 251 i kommunstyrelsens protokoll från september 2015?", [], True,
     ["kycklingproduktion", "förstudie"],
     [g(KS15B, "251 Medfinansiering av förstudie ekologisk och konventionell kycklingproduktion i")]),
    # 4
    ("decision", "vad beslutade ks om bevarandeplanen för natura 2000-området Backen?", [], True,
     ["anta yttrande", "länsstyrelsen", "justeras omedelbart"],
     [g(KS07, "Kommunstyrelsen beslutar att anta yttrande enligt bilaga 252 att tillställas"),
      g(KS07, "länsstyrelsen. Paragrafen justeras omedelbart.")]),
    # 5
    ("followup", "och vem hade tagit fram förslaget till yttrande?",
     [turn("user", "vad beslutade ks om bevarandeplanen för natura 2000-området Backen?"),
      turn("assistant", "Kommunstyrelsen beslutade att anta yttrandet enligt bilaga 252 och skicka det till "
                        "länsstyrelsen. Paragrafen justerades omedelbart.")], True,
     ["kommunledningskontoret", "miljö- och byggkontoret"],
     [g(KS07, "upprättats av kommunledningskontoret och miljö- och byggkontoret, bilaga 252.")]),
    # 6
    ("reason", "varför tar länsstyrelsen fram bevarandeplaner för natura-områdena, vad ska planerna vara till för?",
     [], True,
     ["tillståndsprövningar enligt miljöbalken"],
     [g(KS07, "tillståndsprövningar enligt miljöbalken.")]),
    # 7
    ("amount", "hur mycket sökte BRIS region Nord i bidrag från bun?", [], True,
     ["3 kronor per barn", "18 år"],
     [g(BUN, "Ansökan avser 3 kronor per")]),
    # 8
    ("followup", "beviljades det?",
     [turn("user", "hur mycket sökte BRIS region Nord i bidrag från bun?"),
      turn("assistant", "BRIS region Nord sökte 3 kronor per barn upp till 18 år i Piteå kommun inför "
                        "verksamhetsåret 2006.")], True,
     ["återremittera", "var ansökan ska behandlas"],
     [g(BUN, "återremittera ärendet för att utreda var ansökan ska behandlas.")]),
    # 9
    ("missing_attribute", "vilket datum hade barn- och utbildningsnämnden mötet där BRIS-ansökan behandlades?", [],
     False, [],
     [g(BUN, "Plats och tid Stadshuset, Piteå, ,")]),
    # 10
    ("date", "När justerades KS-protokollet från 31 oktober 2011, och hur länge satt anslaget uppe?", [], True,
     ["7 november 2011", "30 november 2011"],
     [g(KS11, "måndag 7 november 2011"),
      g(KS11, "uppsättande 7 november 2011 Anslags nedtagande 30 november 2011")]),
    # 11
    ("person", "marita björkman var inte med på § 249 på ks 31/10 2011, vem gick in som tjänstgörande ersättare där?",
     [], True,
     ["Lars Pettersson"],
     [g(KS11, "Marita Björkman (S), ej 249"),
      g(KS11, "Lars Pettersson (V), tjänstgörande ersättare 249")]),
    # 12
    ("cross", "vindkraften i Markbygden var uppe i ks både hösten 2011 och våren 2014 – vad gällde ärendet de två gångerna?",
     [], True,
     ["samhällsekonomisk kalkyl", "ansökan om tillstånd"],
     [g(KS11, "KS 236 Information om samhällsekonomisk"),
      g(KS14B, "om tillstånd enligt Miljöbalken, vindkraft Markbygden etapp")]),
    # 13
    ("person", "tjänstgjorde ferid letic på ks-mötet som justerades 24 mars 2014?", [], True,
     ["fr o m 74", "adjungerad ledamot vid 73"],
     [g(KS14B, "Ferid Letic (S), tj ers fr o m 74"),
      g(KS14B, "Ferid Letic (S) adjungerad ledamot vid 73")]),
    # 14
    ("reference", "vad va § 8 på ks-mötet i början av 2014 (protokollet justerat 3 feb)", [], True,
     ["borgerlig vigselförrättare"],
     [g(KS14A, "uppdrag som borgerlig vigselförrättare i Piteå kommun")]),
    # 15
    ("cross", "Norrbotniabanan har varit uppe i ks flera gånger. Vilka ärenden gällde den 2014 och i september 2015, "
              "och under vilka paragrafer?", [], True,
     ["bryggfinansiering 2014", "252", "samverkan av påverkan"],
     [g(KS14A, "bryggfinansiering 2014 Norrbotniabanan"),
      g(KS15B, "252 Bryggfinansiering av samverkan av påverkan för")]),
    # 16
    ("header", "kf-mötet med §§ 99-137 2017: var hölls det, hur länge höll det på och vilka justerade?", [], True,
     ["Sessionssalen", "13:00-17:20", "Per Lönnberg", "Johnny Åström"],
     [g(KF17, "Plats och tid Sessionssalen, Stadshuset kl. 13:00-17:20"),
      g(KF17, "Justerande Per Lönnberg Johnny")]),
    # 17
    ("english", "Who chaired Piteå's fastighets- och servicenämnd in December 2016, and for which paragraph was she "
                "present at the council meeting in May 2017?", [], True,
     ["Marita Björkman-Forsman", "113"],
     [g(FSN, "Ordförande Marita Björkman-Forsman"),
      g(KF17, "Björkman-Forsman, ordförande fastighets- och servicenämnden 113")]),
    # 18
    ("body_date", "när och var justerades miljö- och tillsynsnämndens protokoll i december 2015?", [], True,
     ["2015-12-07", "kl. 15", "Samhällsbyggnad stab"],
     [g(MTN, "Samhällsbyggnad stab 2015-12-07 kl. 15")]),
    # 19
    ("reference", "vad hette § 101 hos miljö- och tillsynsnämnden", [], True,
     ["Kopparnäs 26:1", "täkt av morän"],
     [g(MTN, "101 Kopparnäs 26:1 och 8:26, Yttrande")]),
    # 20
    ("missing_attribute", "fick Remidjen Restaurang AB sitt serveringstillstånd av miljö- och tillsynsnämnden?", [],
     False, [],
     [g(MTN, "Ansökan om stadigvarande serveringstillstånd till")]),
    # 21
    ("header", "fsn i december 2016 – vem var sekreterare och vilken ersättare tjänstgjorde, för vem?", [], True,
     ["Eva Nyström", "Lars-Eric Lindgren", "Hans-Olov Ullberg"],
     [g(FSN, "Sekreterare Eva Nyström Ordförande Marita Björkman-Forsman"),
      g(FSN, "Lars-Eric Lindgren (S) (ersätter Hans-Olov Ullberg")]),
    # 22
    ("date", "när skulle fastighets- och servicenämndens protokoll (dec 2016) justeras, dag och klockslag?", [], True,
     ["14 december", "08:30"],
     [g(FSN, "Justering sker den 14"),
      g(FSN, "Fastighets- och serviceförvaltningen stab, kl. 08:30")]),
    # 23
    ("unanswerable", "vad gällde § 45 hos miljö- och tillsynsnämnden?", [], False, [], []),
    # 24
    ("unanswerable", "vem var ordf på socialnämndens möte i piteå hösten 2016?", [], False, [], []),
    # 25
    ("unanswerable", "ks-mötet i april 2012, vilka justerade protokollet?", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "pit", "pitea-kommun", Q)
    print("wrote", path, n, "questions")
