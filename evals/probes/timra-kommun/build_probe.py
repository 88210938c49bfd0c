"""Write probe.jsonl for the set `timra-kommun` (ids tim-01 … tim-25). The questions were written from the texts the
loader returns for the PDFs in /work/probes/docs/timra-kommun (built by make_pdfs.py), before any answer was seen.

Usage:  python evals/probes/timra-kommun/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

C = "timra-kommun"
KS09 = "timra_ks_2009-10-06.pdf"
KS11 = "timra_ks_2011-12-06.pdf"
KS12 = "timra_ks_2012-05-29.pdf"
KS14 = "timra_ks_2014-10-07.pdf"
KS17 = "timra_ks_2017-06-13.pdf"
KS18 = "timra_ks_2018-01.pdf"
KF17 = "timra_kf_2017-11-27.pdf"
KTN = "timra_ktn_2018-08.pdf"
MBN11 = "timra_mbn_2011-08-17.pdf"
MBN15 = "timra_mbn_2015-02-23.pdf"


def q(type_, question, key_facts, gold, history=None):
    answerable = type_ not in ("unanswerable", "missing_attribute")
    return (type_, question, history or [], answerable, key_facts, gold)


Q = [
    q("header", "vilka justerade ks protokollet från 6 oktober 2009?",
      ["Gunilla Pontén", "Björn Hellquist"],
      [g(KS09, 'Download "Protokoll 1 Sammanträdesdatum Kommunstyrelsen 2009-10-06"'),
       g(KS09, "Gunilla Pontén (S) och Björn Hellquist (FP) Justeringens plats och tid")]),
    q("header", "vem var ordf och vem var sekr på kultur- och tekniknämnden i augusti 2018",
      ["Jan-Christer Jonsson", "Kristina Olofsson"],
      [g(KTN, "plats och tid Plåtslagarvägen 17 den 24 augusti 2018 Underskrifter. Jan-Christer"),
       g(KTN, "Jonsson, ordförande. Kristina Olofsson, sekreterare. Gunnar Grönberg, justerare.")]),
    q("person", "ktn-mötet 2018, var det nån som bara var med på ärendegenomgången?",
      ["Göran Ljungblom", "deltog endast i ärendegenomgången"],
      [g(KTN, "Edholm (S) Annika Söderberg (S) Lars Bergman (V) Göran Ljungblom (M) deltog"),
       g(KTN, "endast i ärendegenomgången Gunnar Grönberg och Folke Nyström Justeringens")]),
    q("date", "när höll fullmäktige på den 27 nov 2017 och i vilken lokal",
      ["17:00-20:30", "Alliancen"],
      [g(KF17, "1 Plats och tid Alliancen 17:00-20:30 ande Övriga närvarande Se bilagd uppropslista Annica"),
       g(KF17, "17.00 i kommunhusets lokal Alliancen. Sammanträdet är offentligt (vid behov av")]),
    q("list", "vilka reglementen låg på kf:s lista i november 2017?",
      ["Reglemente för miljö- och byggnadsnämnden", "Reglemente för socialnämnden",
       "Reglemente för valnämnden"],
      [g(KF17, "Timrå kommuns revisorer 12 Verksamhetsplan och budget 2018-2020 13 Reglemente för"),
       g(KF17, "miljö- och byggnadsnämnden - revidering 14 Reglemente för socialnämnden - revidering 15"),
       g(KF17, "Reglemente för valnämnden 16 Ägardirektiv för AB Timråbo - revidering")]),
    q("reference", "vad handlade paragraf 249 om på ks mötet 6 okt 2009",
      ["Kommunal utdebitering för 2010"],
      [g(KS09, "2 Protokoll 2 Ärenden till kommunstyrelsen den 6 oktober 2009 Socialnämndens"),
       g(KS09, "kommunstyrelsen beslut den 18 augusti , 248 Kommunal utdebitering för 2010,"),
       g(KS09, "249 Delårsrapport per 31 augusti med helårsprognos för 2009 för kommunen och")]),
    q("reference", "ktn § 76 – vad var det för ärende",
      ["Fyllnadsval efter Roger Boork"],
      [g(KTN, "2 2 Innehållsförteckning Sida Paragraf Rubrik 3 74 Val av justerare 4 75"),
       g(KTN, "Fastställande av ärendelista 5 76 Fyllnadsval efter Roger Boork (KD) 6 77")]),
    q("reference", "vilken paragraf fick medborgarförslaget om fredagsmys på ks i juni 2017",
      ["184"],
      [g(KS17, "2 2 Ärenden till kommunstyrelsen den 13 juni Val av justerare 182 Fastställande av"),
       g(KS17, "ärendelista 183 Medborgarförslag - Bidrag till fredagsmys 184 Bostadsbyggande")]),
    q("decision", "vad gjorde miljö o bygg med delegationerna på mötet 17 aug 2011",
      ["Delegationerna läggs till handlingarna"],
      [g(MBN11, "4 122 Delegationer Beslut beslutar: Delegationerna läggs till handlingarna")]),
    q("decision", "var mbn:s sammanträde i augusti 2011 behörigt utlyst, hur hade handlingarna skickats?",
      ["behörigt utlyst", "utsänts elektroniskt"],
      [g(MBN11, "2 120 Mötets öppnande Ordföranden gör upprop vilka ledamöter och ersättare som"),
       g(MBN11, "Handlingar till dagens sammanträde har utsänts elektroniskt till miljö- och"),
       g(MBN11, "byggnadsnämndens ledamöter och nämnden beslutar därmed att sammanträdet är")]),
    q("decision", "justerades nåt omedelbart på ks 6 december 2011? vilken paragraf i så fall",
      ["Omedelbar justering", "337"],
      [g(KS11, "Jonsson (S) och Tony Andersson (M) Omedelbar justering Ewa Lindstrand (S),"),
       g(KS11, "uppsatt den Anslaget nedtas den Paragrafer 337 Annica Sjödin,")]),
    q("person", "vilka ersättare tjänstgjorde på miljö- och byggnadsnämnden 23 feb 2015 och i vems ställe",
      ["Lena Hallin", "Alf Edin", "Henrik Sendelbach", "Ingela Dahlin"],
      [g(MBN15, "Tjänstgörande ersättare"),
       g(MBN15, "Lena Hallin (S), ersätter Alf Edin (S)"),
       g(MBN15, "Henrik Sendelbach (KD), ersätter Ingela Dahlin (MP)")]),
    q("date", "när sattes mbn-protokollet från feb 2015 upp på anslagstavlan och när togs det ner",
      ["2015-02-26", "2015-03-27"],
      [g(MBN15, "Justering av miljö- och byggnadsnämndens protokoll 2015-02-23 har tillkännagivits genom"),
       g(MBN15, "Anslaget uppsatt den\n2015-02-26"),
       g(MBN15, "Anslaget nedtas den\n2015-03-27")]),
    q("amount", "hur många paragrafer omfattade kf-protokollet 27 november 2017",
      ["164-184"],
      [g(KF17, "den 2017-12-21 Paragrafer 164-184 Annica Sjödin, kommunsekreterare")]),
    q("body_date", "kommunstyrelsen 2014-10-07: vilka skulle justera och när gjordes justeringen?",
      ["Jan-Christer Jonsson", "Niklas Edén", "9 oktober 2014"],
      [g(KS14, "Jan-Christer Jonsson (S) och Niklas Edén (C) Justeringens plats och tid"),
       g(KS14, "Kommunledningskontoret torsdag den 9 oktober 2014 Underskrifter Ewa Lindstrand (S),")]),
    q("list", "vilka ärenden om timrå vatten hade ks uppe i oktober 2014",
      ["höjning av anläggningsavgift 2015", "VA-taxan i Timrå"],
      [g(KS14, "2 Protokoll 2 Ärenden till kommunstyrelsen den 7 oktober 2014 Val av justerare 207"),
       g(KS14, "Vatten AB höjning av anläggningsavgift 2015 information 209 Föreningen Näringslivsarkiv i"),
       g(KS14, "kommun 215 Miljöplan Ändring av uppgifter och text för mål 4 och Timrå Vatten AB -"),
       g(KS14, "VA-taxan i Timrå - ändring av principerna för")]),
    q("list", "vilka detaljplaner behandlade ks 29 maj 2012",
      ["Lögdö viktjärnsområdet", "Viktjärnsgatan i Bergeforsen"],
      [g(KS12, "och god markreserv kopplat till kommunens befolkningsmål, 132 Detaljplan för Lögdö"),
       g(KS12, "viktjärnsområdet Ri 3:3, 4:1, 4:2 4:3 m fl fastigheter, 133 Detaljplan för Lögdö"),
       g(KS12, "Viktjärnsområdet Ri 3:3, 4:1 m fl fastigheter, 134 Detaljplan för område vid Viktjärnsgatan i"),
       g(KS12, "Bergeforsen Ri 2:154 m fl, 135 Revisionsrapport Kontantkassor Yttrande, 136")]),
    q("cross", "i vilka ks-protokoll var tony andersson justerare?",
      ["2011-12-06", "2012-05-29", "10 januari 2018"],
      [g(KS11, 'Download "Protokoll 1 Sammanträdesdatum Kommunstyrelsen 2011-12-06"'),
       g(KS11, "Jonsson (S) och Tony Andersson (M) Omedelbar justering Ewa Lindstrand (S),"),
       g(KS12, 'Download "Protokoll 1 Sammanträdesdatum Kommunstyrelsen 2012-05-29"'),
       g(KS12, "kommunchef Utses att justera Anders Rydahl (S) och Tony Andersson (M) Justeringens plats"),
       g(KS18, "ekonomichef Anna-Lena Fjellström (S) och Tony Andersson (M) Justeringens plats och tid"),
       g(KS18, "Kommunledningskontoret onsdag den 10 januari 2018 Underskrifter. /Ewa Lindstrand (S),")]),
    q("english", "Who chaired the municipal council meeting in Timrå on 27 November 2017, and who kept the minutes?",
      ["Mari Eliasson", "Annica Sjödin"],
      [g(KF17, "och tid Kommunledningskontoret onsdag den 29 november 2017 Underskrifter. Mari"),
       g(KF17, "Eliasson (S), ordförande. Annica Sjödin, kommunsekreterare. Stefan Dalin (S), justerare.")]),
    q("followup", "o vilka ersättare tjänstgjorde då, istället för vem?",
      ["Bengt Nilsson", "Stefan Dalin", "Göran Ljungblom", "Niklas Edén"],
      [g(KS17, "Lindstrand (S) Bengt Nilsson (S) tjänstgör istället för Stefan Dalin (S) Johanna"),
       g(KS17, "Contreras (V) Tony Andersson (M) Björn Hellquist (L) Göran Ljungblom (M)"),
       g(KS17, "tjänstgör istället för Niklas Edén (C) Marcus Molinder (SD) Robert Thunfors (T)")],
      history=[turn("user", "vem var ordförande på ks-mötet i juni 2017?"),
               turn("assistant", "Ewa Lindstrand (S) var ordförande vid kommunstyrelsens sammanträde den 13 juni "
                                 "2017, och Helene Olofsson var sekreterare.")]),
    q("followup", "vem skrev under kungörelsen och vilket datum",
      ["2017-11-13", "Mari Eliasson"],
      [g(KF17, "Kungörelse 2 Timrå 2017-11-13 Mari Eliasson (")],
      history=[turn("user", "stod det nåt om vatten på kf:s föredragningslista 27 november 2017?"),
               turn("assistant", "Ja, punkt 4 på föredragningslistan var Taxa för allmänna VA-anläggningar 2018, "
                                 "Timrå kommun.")]),
    q("missing_attribute", "vilket datum hade ks-mötet med paragraf 1-35 i början av 2018, o vilken tid?",
      [],
      [g(KS18, "1 1 Plats och tid Polstjernan ande Övriga närvarande Utses att justera Ewa Lindstrand (S)"),
       g(KS18, "Kommunledningskontoret Anslaget uppsatt den Anslaget nedtas den Paragrafer 1-35")]),
    q("missing_attribute", "vilken tid började miljö- och byggnadsnämnden den 17 augusti 2011",
      [],
      [g(MBN11, "1 Plats och tid Kommunalkontoret i Timrå, Polstjernan, kl Beslutande Håkan")]),
    q("unanswerable", "vad beslutade barn- och utbildningsnämnden om skolskjutsarna hösten 2016?", [], []),
    q("unanswerable", "vad tyckte ks om det nya badhuset 2019, blev det ja?", [], []),
]

if __name__ == "__main__":
    path, n = write_probe(Path(__file__).resolve().parent, "tim", C, Q)
    print("wrote", path, n)
