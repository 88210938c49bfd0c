"""Write probe.jsonl for the set `tranemo-kommun` (ids tnm-01 … tnm-25): Tranemo kommun's kommunfullmäktige and
kommunstyrelsen, 2013–2018. The questions were written from the typeset documents' loader text alone, without
running the assistant. Documents: /work/probes/docs/tranemo-kommun (built by make_pdfs.py); see SOURCES.md.

Usage:  .venv/bin/python evals/probes/tranemo-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

KF13 = "tranemo_kf_2013-11.pdf"
KS15 = "tranemo_ks_2015-03-30.pdf"
KF15M = "tranemo_kf_2015-05-18.pdf"
KF15J = "tranemo_kf_2015-06-15.pdf"
KS16 = "tranemo_ks_2016.pdf"
KALL18 = "tranemo_ks_kallelse_2018-08-13.pdf"
PLAN18 = "tranemo_offentliga-moten_2018.pdf"

Q = [
    # 01
    ("header", "vem var ordf på ks 30 mars 2015?", [], True,
     ["Crister Persson"],
     [g(KS15, "Crister Persson (C), ordförande")]),
    # 02
    ("person", "vilka justerade kf-protokollet 18/5 2015", [], True,
     ["Louise Bertilsson", "Erene Bertilsson"],
     [g(KF15M, "Utses att justera Louise Bertilsson (MP) och Erene Bertilsson (KD)")]),
    # 03
    ("header", "Var hölls kommunfullmäktiges sammanträde den 15 juni 2015 och mellan vilka tider?", [], True,
     ["Bygdegården i Grimsås", "18:00-21:40"],
     [g(KF15J, "1 Plats Bygdegården i Grimsås Tid 18:00-21:40")]),
    # 04
    ("followup", "och vem var ordförande på det mötet?",
     [turn("user", "Var hölls kommunfullmäktiges sammanträde den 15 juni 2015 och mellan vilka tider?"),
      turn("assistant", "Kommunfullmäktige sammanträdde i Bygdegården i Grimsås, kl. 18:00–21:40.")], True,
     ["Lars-Åke Larsson"],
     [g(KF15J, "Justerare... Erik Anderson. Lars-Åke Larsson. Ingela Karlsson Hans Andersson")]),
    # 05
    ("date", "när o var skulle kf-protokollet från novembermötet 2013 justeras", [], True,
     ["Kommunkontoret", "Fredagen den 22 november 2013", "07:30"],
     [g(KF13, "Justeringens plats Kommunkontoret, TRANEMO och tid Fredagen den 22"),
      g(KF13, "november 2013 kl. 07:30")]),
    # 06
    ("person", "vem var sekr på fullmäktige i juni 2015?", [], True,
     ["Erik Anderson"],
     [g(KF15J, "Erik Anderson, processekreterare")]),
    # 07
    ("decision", "vad beslutade ks om granskningen av hemtjänsten i mars 2015?", [], True,
     ["implementera beskriven plan", "i juni och i oktober"],
     [g(KS15, "2 86 Granskning av hemtjänsten (KS/2015:10) s beslut Förvaltningen ska implementera"),
      g(KS15, "Återrapportering ska göras i juni och i oktober till")]),
    # 08
    ("followup", "vilka kommuner tog fram materialet som granskningen byggde på?",
     [turn("user", "vad beslutade ks om granskningen av hemtjänsten i mars 2015?"),
      turn("assistant", "Kommunstyrelsen beslutade (§ 86) att förvaltningen ska implementera den beskrivna planen "
                        "för åtgärder/insatser och återrapportera till kommunstyrelsen i juni och i oktober.")], True,
     ["Ulricehamn", "Svenljunga", "MUST"],
     [g(KS15, "Ulricehamn, Svenljunga och Tranemo MUST har varit utgångs")]),
    # 09
    ("reference", "vad gällde § 58 på kf-mötet i grimsås?", [], True,
     ["Västergårdens boende"],
     [g(KF15J, "6 58 Interpellation"),
      g(KF15J, "angående Västergårdens boende (KS/2015:396)")]),
    # 10
    ("reference", "vilket ärende hade dnr KS/2014:238 på fullmäktige i maj 2015?", [], True,
     ["anslutning till kommunhuset"],
     [g(KF15M, "anslutning till kommunhuset i Tranemo (KS/2014:238)")]),
    # 11
    ("list", "vilka medborgarförslag fanns med på kf 15/6 2015? lista dem", [], True,
     ["skatebanan i Limmared", "hundlekpark i Länghem", "bastun i simhallen", "bättre skolmat"],
     [g(KF15J, "Medborgarförslag om skötsel av skatebanan i"),
      g(KF15J, "Limmared (KS/2014:438) Medborgarförslag om en hundlekpark i Länghem (KS/2014:439)"),
      g(KF15J, "Medborgarförslag om att ändra bastun i simhallen (KS/2014:301) Medborgarförslag om")]),
    # 12
    ("list", "vilka datum har kf under hösten 2018", [], True,
     ["September 3", "Oktober 8, 29", "November 26", "December 10"],
     [g(PLAN18, "September 3\nOktober 8, 29\nNovember 26\nDecember 10")]),
    # 13
    ("cross", "Stämmer datumet i kallelsen till ks i augusti 2018 med ks sammanträdesplan för 2018?", [], True,
     ["Augusti 13", "2018 08 13"],
     [g(KALL18, "Kallelse/underrättelse Kommunstyrelsen Tid: 2018 08 13 kl. 08:00 Plats: Forumsalen"),
      g(PLAN18, "Augusti 13")]),
    # 14
    ("body_date", "från vilken tid är ks-sammanträdet 13 aug 2018 öppet för allmänheten?", [], True,
     ["13:00"],
     [g(KALL18, "Föredragningslista Öppet sammanträde från kl. 13:00")]),
    # 15
    ("person", "vilka utvecklingsledare var med på kf 15 juni 2015 o vid vilka paragrafer", [], True,
     ["Anna-Clara Ringnes", "71, 73", "Ulf Jogbratt", "74"],
     [g(KF15J, "Anna-Clara Ringnes,"),
      g(KF15J, "utvecklingsledare 71, 73 Ulf Jogbratt, utvecklingsledare 74")]),
    # 16
    ("english", "Who presents the information from Tranemobostäder at the municipal board meeting in August 2018, "
                "and at what time?", [], True,
     ["Jan Erik Svenningsson", "Annika Fagrell Björklund", "10:30"],
     [g(KALL18, "3. Information från Tranemobostäder KS/2018:12 10:30 Jan Erik Svenningsson,"),
      g(KALL18, "Hans Andersson, Annika Fagrell Björklund")]),
    # 17
    ("reference", "vilket dnr har ärendet firmatecknare 2018 i ks kallelsen?", [], True,
     ["KS/2017:712"],
     [g(KALL18, "17. Firmatecknare 2018"),
      g(KALL18, "KS/2017:712 18. Granskningsrapporter KPMG AB 2018")]),
    # 18
    ("person", "vem justerade ks-protokollet där årsredovisning 2015 behandlades", [], True,
     ["Göran Björk"],
     [g(KS16, "Paragrafer Utses att justera Göran Björk (S) Underskrifter Sekreterare Ordförande")]),
    # 19
    ("missing_attribute", "vilket datum var ks-mötet som tog upp årsredovisningen 2015?", [], False,
     [],
     [g(KS16, "Årsredovisning 2015 (KS/2016:125) 6 51 Ombudgeteringar 2015 (KS/2016:197) 8")]),
    # 20
    ("missing_attribute", "vilken skattesats beslutade kf om på novembermötet 2013?", [], False,
     [],
     [g(KF13, "Skattesats Omsättning av lån och nyupplåning Slutredovisningar av")]),
    # 21
    ("unanswerable", "vad beslutade kf den 9 april 2018 om årsredovisningen för 2017?", [], False, [], []),
    # 22
    ("unanswerable", "vad gällde § 120 på ks 30/3 2015?", [], False, [], []),
    # 23
    ("unanswerable", "vem var ordförande i Tranemos miljö- och byggnadsnämnd 2015?", [], False, [], []),
    # 24
    ("amount", "hur många åhörare var det på kf i nov 2013", [], True,
     ["ca 15 åhörare"],
     [g(KF13, "Niklas Anemo, ekonomichef ca 15 åhörare")]),
    # 25
    ("decision", "vad blev kf:s beslut om informationen från sjuhärads samordningsförbund i maj 2015 och vem "
                 "informerade?", [], True,
     ["Noterar informationen", "Anna Fagefors"],
     [g(KF15M, "3 43 Information om Sjuhärads samordningsförbund s beslut Noterar"),
      g(KF15M, "Förbundschef Anna Fagefors, sjuhärads")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "tnm", "tranemo-kommun", Q)
    print(f"wrote {n} questions to {path}")
