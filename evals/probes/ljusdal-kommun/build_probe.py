"""Write probe.jsonl for the set ljusdal-kommun (Ljusdals kommun: omsorgsnämnden, kommunfullmäktige,
kommunstyrelsen), ids lju-01 … lju-25.

The questions were written from the typeset documents' texts alone; every quote is a substring of
load(path).text for the named PDF (checked by ../verify_set.py).

Usage:  .venv/bin/python evals/probes/ljusdal-kommun/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = "ljusdal-kommun"

ON13 = "ljusdal_on_protokoll_2013-06-18.pdf"
ON55 = "ljusdal_on_protokoll_55-71.pdf"
ON210 = "ljusdal_on_protokoll_210-238.pdf"
KF13 = "ljusdal_kf_protokoll_2013-01-28.pdf"
KF86 = "ljusdal_kf_protokoll_86.pdf"
KF185 = "ljusdal_kf_protokoll_185.pdf"
KF21 = "ljusdal_kf_protokoll_2021_44-62.pdf"
WEB = "ljusdal_webb_kf-foredragningslista-2025-12-15.pdf"
KS15 = "ljusdal_ks_protokoll_2015-05-07.pdf"


Q = [
    ("person", "vem justerade omsorgsnämndens protokoll 18 juni 2013?", [], True,
     ["Mona Wandel"],
     [g(ON13, "Justerande... Mona Wandel Justerare Utdragsbestyrkande 2")]),
    ("date", "hur lange holl omsorgsnamnden pa den 18/6 2013", [], True,
     ["08:30-18:20"],
     [g(ON13, "1 Plats och tid Ljusdalssalen, förvaltningshuset, Ljusdal, 08:30-18:20 Beslutande: Markus")]),
    ("list", "vilka ersättare tjänstgjorde i omsorgsnämnden i juni 2013 och för vem", [], True,
     ["Ann-Britt Ekh", "Peter Engdahl", "Kenneth Hedman"],
     [g(ON13, "Ann-Britt Ekh (S), tjänstgörande ersättare för Maria Andersson (S)"),
      g(ON13, "Peter Engdahl (S), tjänstgörande"),
      g(ON13, "Kenneth Hedman (M),"),
      g(ON13, "tjänstgörande ersättare för Ulf Hansson (M)")]),
    ("reason", "varför satt det nån från öje bensin med på omsorgsnämnden i juni -13?", [], True,
     ["Tobakstillsyn på Aktiebolaget Öje"],
     [g(ON13, "Gunnar Olsson, Öje bensin 115"),
      g(ON13, "3 Innehåll Sid 115 Tobakstillsyn på Aktiebolaget Öje")]),
    ("reference", "vilka utomstående var med på paragraf 130 hos omsorgsnämnden 2013-06-18", [], True,
     ["Jan Woxberg", "Maria Laurell"],
     [g(ON13, "Ljusdalshem 116 Jan Woxberg, Nätverk närvård 130 Maria Laurell, Region Gävleborg 130")]),
    ("header", "vem var nämndsekreterare på omsorgsnämndens möte 18 juni 2013", [], True,
     ["Kerstin Karell"],
     [g(ON13, "Kerstin Karell, nämndsekreterare"),
      g(ON13, "2 Underskrifter Sekreterare... Paragrafer Kerstin Karell Ordförande... Markus Evensson")]),
    ("reference", "omsorgsnämndens protokoll 210-238, vilka paragrafer var sekretess?", [], True,
     ["235-237"],
     [g(ON210, "Maria Hjärtmyr Varav sekretess 235-237. Ordförande... Markus")]),
    ("person", "vem justerade omsorgsnämndens protokoll med § 210–238", [], True,
     ["Bengt Åke Jackas"],
     [g(ON210, "Ordförande... Markus Evensson Justerande... Bengt Åke Jackas")]),
    ("missing_attribute", "vilket datum hade omsorgsnämnden mötet med paragraferna 210-238?", [], False,
     [],
     [g(ON210, "1 Plats och tid Ljusdalssalen, Förvaltningshuset, Ljusdal, klockan 08:30-17:10 Beslutande:")]),
    ("list", "vad stod på omsorgsnämndens lista i protokollet 55-71? lista punkterna", [], True,
     ["Ekonomiinformation från omsorgsförvaltningen", "Månadsrapport äldreomsorg", "uppföljning av LOV",
      "Tillsyn enligt alkohollagen"],
     [g(ON55, "2 55 Ekonomiinformation från omsorgsförvaltningen till omsorgsnämnden Budget"),
      g(ON55, "Månadsrapport äldreomsorg Rapport, uppföljning av LOV Samverkansavtal"),
      g(ON55, "Tillsyn enligt alkohollagen")]),
    ("decision", "var kf-mötet i januari 2013 korrekt kungjort, vad sa fullmäktige", [], True,
     ["enhälligt", "kungjort i laga ordning"],
     [g(KF13, "Kommunfullmäktige uttalar enhälligt att"),
      g(KF13, "sammanträdet är kungjort i laga ordning.")]),
    ("date", "när skulle fullmäktiges protokoll från 28-29 jan 2013 justeras", [], True,
     ["2 februari 2013"],
     [g(KF13, "Protokollets justering äger rum 2 februari 2013 kl 10: 00 på kommunkansliet.")]),
    ("body_date", "kommunfullmäktige 28 januari 2013 – vilka utsågs att justera?", [], True,
     ["Markus Evensson", "Harald Noréus"],
     [g(KF13, "Utses att justera Markus Evensson (S) och Harald Noréus (FP) Justeringens plats och tid")]),
    ("english", "Who chaired the Ljusdal municipal council meeting at Folkparksrestaurangen, and who were "
     "chosen to check the minutes?", [], True,
     ["Björn Brink", "Kennet Hedman", "Stina Michelson"],
     [g(KF185, "Hedlund (M) Björn Brink (C) ordförande Olle Fack (C)"),
      g(KF185, "Hedman (M) och Stina Michelson (S) Justeringens plats och tid")]),
    ("header", "var hölls fullmäktigemötet som började på paragraf 185, och vilken tid", [], True,
     ["Folkparksrestaurangen", "18:00-22:15"],
     [g(KF185, "1 Plats och tid Folkparksrestaurangen, Ljusdal kl 18:00-22:15 Beslutande: Stina"),
      g(KF185, "185 Beslutande Sekreteraren förrättar upprop")]),
    ("followup", "och vilka justerade, och hur gick det till?",
     [turn("user", "vem var ordförande på kf-mötet med paragraf 44-62 (2021)?"),
      turn("assistant", "Marit Holmstrand (S) var ordförande för § 44–56 och Annelie Wallberg (S), 2:e vice "
           "ordförande, för § 57–62.")], True,
     ["Lennart Canskog", "Maria Molin", "Digital justering"],
     [g(KF21, "Justerare Lennart Canskog (S) och Maria Molin (M)"),
      g(KF21, "Justeringens plats och tid Digital justering, 2021-05-04")]),
    ("cross", "björn brink (c) – vilken roll hade han på kf-mötet på folkparksrestaurangen resp. på kf 2021?",
     [], True,
     ["Björn Brink (C) ordförande", "Kommunrevisionens ordförande"],
     [g(KF185, "Hedlund (M) Björn Brink (C) ordförande Olle Fack (C)"),
      g(KF21, "Kommunrevisionens"),
      g(KF21, "ordförande Björn Brink (C) § 45")]),
    ("cross", "vem var ordf i omsorgsnämnden 2013 och vem har posten enligt kf:s föredragningslista dec 2025?",
     [], True,
     ["Markus Evensson", "Maria Molin"],
     [g(ON13, "2 Underskrifter Sekreterare... Paragrafer Kerstin Karell Ordförande... Markus Evensson"),
      g(WEB, "11. Interpellation från Maud Jonsson (L) till omsorgsnämndens ordförande Maria Molin (M)")]),
    ("body_date", "vad tog ks upp 7 maj 2015", [], True,
     ["Information från kommunchefen", "Årsredovisning 2014 för Ljusdals kommun",
      "surfplattor till kommunens politiker"],
     [g(KS15, "3 125 Information från kommunchefen Årsredovisning 2014 för Ljusdals kommun"),
      g(KS15, "Stenegård, information Anskaffande av surfplattor till kommunens politiker")]),
    ("followup", "och vem justerade med honom?",
     [turn("user", "vem var ordförande i kommunstyrelsen den 7 maj 2015?"),
      turn("assistant", "Lars Molin (M) var ordförande vid kommunstyrelsens sammanträde 2015-05-07.")], True,
     ["Örjan Fridner"],
     [g(KS15, "Sekreterare... Paragrafer Karin Höglund Ordförande... Lars Molin Justerande..."),
      g(KS15, "Administrativ chef Karin Höglund Utses att justera Örjan Fridner, Justeringens")]),
    ("list", "vilka ärenden har kf den 15 december 2025", [], True,
     ["Ny nämndorganisation", "Låne- och borgensramar 2026", "Sammanträdesdagar 2026",
      "Information om tillgänglighet"],
     [g(WEB, "Ärenden 15 december 2025"),
      g(WEB, "1. Information om tillgänglighet"),
      g(WEB, "4. Ny nämndorganisation"),
      g(WEB, "6. Låne- och borgensramar 2026."),
      g(WEB, "8. Sammanträdesdagar 2026")]),
    ("missing_attribute", "hur gick folkomröstningen om älvhallarna, vad blev resultatet?", [], False,
     [],
     [g(WEB, "3. Kommunal folkomröstning gällande Älvhallarna, presentation av resultatet, Kennet")]),
    ("person", "vem ledde fullmäktige på mötet som börjar med § 86 och vilka justerade", [], True,
     ["Ulla-Britt Gidemalm", "Malin Ängerå", "Ulf Nyman"],
     [g(KF86, "att justera Administrativ chef Karin Höglund Malin Ängerå, Ulf Nyman"),
      g(KF86, "Gidemalm Justerande... Malin Ängerå Justerande... Ulf Nyman"),
      g(KF86, "Ulla-Britt Gidemalm (S) ordf")]),
    ("unanswerable", "vad beslutade omsorgsnämnden om nya taxor för hemtjänsten 2016?", [], False, [], []),
    ("unanswerable", "vem är ordförande i miljö- och byggnämnden i ljusdal", [], False, [], []),
]


def main():
    path, n = write_probe(HERE, "lju", CORPUS, Q)
    print(f"wrote {n} rows to {path}")


if __name__ == "__main__":
    main()
