"""Write probe.jsonl for the set `gotland-son` (ids got-01 … got-25). The questions were written from the texts the
loader returns for the PDFs in /work/probes/docs/gotland-son (built by make_pdfs.py), before any answer was seen.

Usage:  python evals/probes/gotland-son/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

C = "gotland-son"
P11 = "gotland_son_protokoll_2011-09-14.pdf"
K15 = "gotland_son_kallelse_2015-02-10.pdf"
P17 = "gotland_son_protokoll_2017-09-20.pdf"
K18 = "gotland_son_kallelse_2018-10-17.pdf"
P18 = "gotland_son_protokoll_2018-10-17.pdf"


def q(type_, question, key_facts, gold, history=None):
    answerable = type_ not in ("unanswerable", "missing_attribute")
    return (type_, question, history or [], answerable, key_facts, gold)


Q = [
    q("person", "vem var ordf i socialnämnden på gotland i september 2011",
      ["Hanna Westerén"],
      [g(P11, "Hanna Westerén, S, ordförande")]),
    q("date", "var o när höll son sitt möte 14 sept 2011? vilken lokal o tid",
      ["Rådhuset, Visborg", "9.00 – 12.00"],
      [g(P11, "Rådhuset, Visborg, kl 9.00 – 12.00")]),
    q("reference", "vad gällde § 106 på socialnämnden hösten 2011",
      ["Konsul Otto Åkermans hem", "permutation"],
      [g(P11, "Konsul Otto Åkermans hem – ansökan om permutation")]),
    q("list", "socialdirektören informerade i sept 2011, vilka saker tog hen upp",
      ["Återrapportering sommarjobb", "Förändringar nämndsekreterare"],
      [g(P11, "Socialdirektören informerar"), g(P11, "Återrapportering sommarjobb"),
       g(P11, "Förändringar nämndsekreterare")]),
    q("reference", "vilken paragraf hade remissen om missbruk o beroende (sou 2011:35)?",
      ["§ 110"],
      [g(P11, "§ 110\nRemiss; Bättre insatser vid missbruk och beroende\n(SOU 2011:35)")]),
    q("body_date", "vad tog socialnämnden upp om LSS på sammanträdet den 14 september 2011?",
      ["ledsagarservice", "daglig verksamhet enligt LSS"],
      [g(P11, "Omkostnader vid ledsagarservice enligt lagen om LSS"),
       g(P11, "Projektrapport; införande av valfrihetssystem enligt LOV\ninom daglig verksamhet enligt LSS")]),
    q("date", "när o var va socialnämndens möte i februari 2015",
      ["10 februari 2015", "Bornholm plan 4"],
      [g(K15, "sammanträde: Datum: Tisdagen den 10 februari 2015 Plats: Bornholm plan 4, Rådhuset,")]),
    q("person", "jag kan inte komma på nämnden 10/2 2015, vem ska jag anmäla det till o vilket nummer",
      ["Karl Risp", "20 43 66"],
      [g(K15, "Visborgsallén 19 Ordinarie ledamot som inte kan delta på sammanträdet anmäler detta till"),
       g(K15, "Karl Risp som kallar in ersättare. Telefon 20 43 66 eller e-post karl.risp@gotland.se Lokaler")]),
    q("list", "var hade partierna sina formöten innan socialnämnden i feb 2015 o vilken tid",
      ["08.00-09.00", "(MP), Dagö", "(FP), Ösel"],
      [g(K15, "för förmöten kl 08.00-09.00 (S),(V) och (MP), Dagö (M), (C) och (FP), Ösel Dagordning")]),
    q("amount", "hur stort underskott pekade prognosen på for 2015 i socialnämnden?",
      ["drygt 30 miljoner kronor"],
      [g(K15, "underskott på drygt 30 miljoner kronor (inklusive buffert) jämfört med budgeten.")]),
    q("reason", "varför måste son redovisa åtgärder innan de fick kvittera ut pengarna för 2015",
      ["barn- och ungdomsvård", "regionstyrelsen ställt som krav"],
      [g(K15, "Underskottet finns framför allt inom individ- och familjeomsorgens barn- och ungdomsvård."),
       g(K15, "På grund av detta har regionstyrelsen ställt som krav att socialnämnden måste redovisa")]),
    q("decision", "vad var förslaget till beslut om budget i balans 2015, vad skulle nämnden säga ja till",
      ["vidtagna och planerade åtgärder"],
      [g(K15, "arbetsutskottet, ärende 11. SON/Au 2. Förslag till beslut Socialnämnden beslutar att"),
       g(K15, "godkänna förvaltningens redovisning av vidtagna och planerade åtgärder för få en budget i")]),
    q("person", "vem justerade protokollet fr socialnämnden 20 sept 2017 och när",
      ["Matts Hedström", "25 september 2017"],
      [g(P17, "justera Justeringens plats och tid Matts Hedström 25 september 2017 Visborg")]),
    q("missing_attribute", "vilken tid började socialnämndens sammanträde den 20 september 2017?",
      [],
      [g(P17, "2 SON 2017/27 Plats och tid Rådhuset, Dagö, 20 september 2017, klockan")]),
    q("list", "vilka satt som tjänstgörande ersättare på son 20/9 -17",
      ["Andreas Gudinge", "André Friberg", "Åke Hansson", "Monica Westfält-Nilsson"],
      [g(P17, "Gudinge (S), tjg ersättare André Friberg (S), tjg ersättare Åke Hansson (S), tjg"),
       g(P17, "Margareta Benneck (M) Monica Westfält-Nilsson (M), tjg ersättare Jon Westman"),
       g(P17, "ersättare Karin Wizén (V) Lena Stenström (MP), Anders Nordgren (MP), tjg")]),
    q("english", "Who chaired the Region Gotland social services committee meeting on 20 September 2017, and who "
      "was the secretary?",
      ["Maria Björkman", "Helena Eskedahl"],
      [g(P17, "Paragrafer Omedelbart justerade Underskrifter Sekreterare Helena Eskedahl"),
       g(P17, "Ordförande Maria Björkman Matts Hedström Region Gotland Besöksadress")]),
    q("unanswerable", "vem valdes till ny socialdirektör i region gotland 2020?",
      [], []),
    q("cross", "i kallelsen till son 17 okt 2018 stod ingen tid, vilken tid hölls mötet enligt protokollet",
      ["09.00 14.00", "Ösel"],
      [g(K18, "2018/21 Kallelse till socialnämndens sammanträde 17 oktober 2018, klockan Ösel"),
       g(P18, "SON 2018/21 Plats och tid Ösel, 17 oktober 2018, klockan 09.00 14.00 Närvarande")]),
    q("person", "vem var föreslagen justerare i kallelsen till oktobermötet 2018, och blev det den personen?",
      ["Mats Sundin"],
      [g(K18, "Oppositionen har förmöte i Gute 3375 Föredragningslista Förslag på justerare:"),
       g(K18, "Mats Sundin Ärende 1 Muntlig information. Lagen om stöd och service till vissa"),
       g(P18, "Sekreterare Helena Eskedahl Ordförande Håkan Ericsson Justerare Mats Sundin 2 (45)")]),
    q("header", "vilka paragrafer blev omedelbart justerade på socialnämnden 17 oktober 2018",
      ["141, 156-157"],
      [g(P18, "2018-10-22 Paragrafer 132-160 Omedelbart justerade 141, 156-157 Underskrifter")]),
    q("reference", "visby catering okt 2018 - vilken paragraf blev det i protokollet o vilket dnr har ärendet",
      ["SON 138", "SON 2016/294"],
      [g(P18, "enligt SoL och hemsjukvård 12 SON 138 Visby Catering 14 SON 139 Sammanträdesordning"),
       g(K18, "Avgifter insatser enligt SoL och hemsjukvård SON 2018/359 7 Visby Catering SON"),
       g(K18, "2016/294 8 Sammanträdesordning 2019 SON 2018/334 9 Uppdragsdirektiv för")]),
    q("followup", "o vem var sekreterare? när justerades protokollet",
      ["Helena Eskedahl", "2018-10-22"],
      [g(P18, "Sekreterare Helena Eskedahl Ordförande Håkan Ericsson Justerare Mats Sundin 2 (45)"),
       g(P18, "2018-10-22 Paragrafer 132-160 Omedelbart justerade 141, 156-157 Underskrifter")],
      [turn("user", "vem var ordförande på socialnämnden 17 oktober 2018?"),
       turn("assistant", "Håkan Ericsson (S) var ordförande vid socialnämndens sammanträde den 17 oktober 2018.")]),
    q("followup", "o paragrafen efter den då?",
      ["förstärka kompetens", "ESL-metoden"],
      [g(P11, "§ 114\nAnsökan om bidrag för att förstärka kompetens bland"),
       g(P11, "– fortsatt stöd i handledning i ESL-metoden")],
      [turn("user", "vad tog socialnämnden upp i § 113 i september 2011?"),
       turn("assistant", "§ 113 gällde Förlängning av prövolicens för BBIC.")]),
    q("unanswerable", "vem var ordförande i socialnämnden 2014?",
      [], []),
    q("missing_attribute", "hur mkt pengar gällde ansökan om stimulansmedel för äldreomsorgen (§ 116, 2011)?",
      [],
      [g(P11, "Ansökan om stimulansmedel för en bättre vård och omsorg\nom äldre personer")]),
]

if __name__ == "__main__":
    path, n = write_probe(Path(__file__).resolve().parent, "got", C, Q)
    print(f"wrote {n} questions to {path}")
