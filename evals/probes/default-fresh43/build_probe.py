"""Build probe set default-fresh43: 30 questions over the default corpus (all seven organisations).

Written from the loader text of the documents alone (assistant.documents.loaders.load(path).text), without running
the assistant. Run from the repository root:
    .venv/bin/python evals/probes/default-fresh43/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh43
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

# brf-doktor-lindh
KALL21 = "kallelse_till_foreningsstamma_varen_2021.pdf"
VALB = "valberedningens_förslag.pdf"
MOT20 = "motioner_2020.pdf"
# jonkoping-bun
BUN0218 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN0318 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
# kollektivhus-fristad
FR9 = "Styrelsemote_9_20180912.pdf"
FR11 = "Styrelsemote_11_20181121.pdf"
FR17 = "Årsmötesprotokoll-Fristad-20170218.pdf"
# langasands-byalag
LS23 = "protokoll_arsmote_2023.pdf"
LS19D = "årsmöte_2019_dagordning.pdf"
LS19V = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
# lithekod
LK1905 = "stormote_190521.pdf"
LK1911 = "stormote_191112.pdf"
LK13 = "styrelsemote_131009.pdf"
# region-vastmanland
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
# kungsbacka (byggnadsnämndens arbetsutskott)
K0201P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
K0229P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
K0314P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
K0314K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"

QUESTIONS = [
    # 01 brf-doktor-lindh: a deadline in the notice
    ("date", "sista dag för röstsedeln till stämman i brf doktor lindh 2021?", [], True,
     ["16 maj"],
     [g(KALL21, "senast söndag 16 maj, antingen i föreningens brevlåda, Doktor Lindhs gata 3 eller")]),
    # 02 brf-doktor-lindh: the nominating committee names no chair
    ("missing_attribute", "Vem föreslår valberedningen i Brf Doktor Lindh som ny ordförande när Gunnar Jonsson avgår?",
     [], False, [],
     [g(VALB, "Gunnar Jonsson  Styrelseledamot, ordförande  Avgår från styrelsen"),
      g(VALB, "Valberedningen föreslår följande 5 ledamöter")]),
    # 03 brf-doktor-lindh: names in the nominating committee's proposal, asked in English
    ("english", "Who does the nominating committee of Brf Doktor Lindh propose as internal auditor and as deputy "
     "auditor?", [], True,
     ["Marianne Stakeberg", "Hans Ragneskog"],
     [g(VALB, "Omval av Marianne Stakeberg som ordinarie internrevisor"),
      g(VALB, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),
    # 04 brf-doktor-lindh: the board's reply to motion 3, near the end of the document
    ("decision", "blev det nån lekstuga på lekplatsen efter motionen till stämman 2020?", [], True,
     ["bifölls inte"],
     [g(MOT20, "Dock bifölls inte den del av motionen")]),
    # 05 jonkoping-bun: the time the meeting closed
    ("header", "när slutade bun sammantädet 18 mars 2025?", [], True,
     ["14:10"],
     [g(BUN0318, "Rumlaborg, Stadshuset, Huskvarna kl. 08:15 – 14:10")]),
    # 06 jonkoping-bun: body and date, the last decision of the minutes
    ("body_date", "Vad beslutade barn- och utbildningsnämnden den 18 mars 2025 om Egnahemsskolan?", [], True,
     ["31 200 000 kronor", "förskola"],
     [g(BUN0318, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av")]),
    # 07 jonkoping-bun: follow-up on the election to the arbetsutskott
    ("followup", "och vem valdes in i au istället?",
     [turn("user", "Vem avsade sig sitt uppdrag i barn- och utbildningsnämnden i Jönköping i februari 2025?"),
      turn("assistant", "Enligt protokollet från 2025-02-18 (§ 31) har Stig-Arne Tengmer (L) avsagt sig sitt uppdrag "
           "i barn- och utbildningsnämnden, och nämnden behövde därför tillsätta en ny ordinarie ledamot i "
           "arbetsutskottet.")], True,
     ["Anna-Karin Carstensen"],
     [g(BUN0218, "Anna-Karin Carstensen (L) utses till ordinarie ledamot i barn- och utbildningsnämndens")]),
    # 08 jonkoping-bun: a list inside a proposal to the council
    ("list", "Vilka elever ska erbjudas feriepraktik enligt BUN:s förslag till kommunfullmäktige i mars 2025?", [],
     True,
     ["årskurs nio", "årskurs 1 och 2", "årskurs 2 och 3"],
     [g(BUN0318, "Att erbjuda feriepraktik till samtliga elever i årskurs nio, mellan årskurs 1 och 2 på")]),
    # 09 kollektivhus-fristad: the time a board meeting closed
    ("header", "när avslutades styrelsemöte nr 9 2018 i kollektivhusföreningn fristad", [], True,
     ["20:45"],
     [g(FR9, "12. Mötet avslutat 20:45")]),
    # 10 kollektivhus-fristad: a list of requests not granted at the annual meeting
    ("list", "Vilka äskanden godkändes inte direkt på Fristads årsmöte 2017?", [], True,
     ["Relaxgruppens", "Keramikgruppens", "3 grupper i 1"],
     [g(FR17, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer"),
      g(FR17, "Keramikgruppens äskande bordläggs till nästa husmöte."),
      g(FR17, "3 grupper i 1 äskande bordläggs till nästa husmöte.")]),
    # 11 kollektivhus-fristad: follow-up, both justerare
    ("followup", "och vem justerade då?",
     [turn("user", "vem var mötesordförande på årsmötet i kollektivhus fristad 2017?"),
      turn("assistant", "Mötesordförande på årsmötet den 18 februari 2017 var Lotti Törnros och sekreterare var "
           "Cecilia Rosquist. Mötet öppnades av styrelsens ordförande Josefine Malm.")], True,
     ["Lone Dall", "Hesselroth"],
     [g(FR17, "Protokolljusterare: Lone Dall och Eva Lisa Hesselroth")]),
    # 12 kollektivhus-fristad: yes/no, the answer is yes
    ("decision", "Måste ordföranden numera också attestera fakturorna i kollektivhusföreningen, eller räcker det med "
     "kassören?", [], True,
     ["ordförande", "attestera"],
     [g(FR11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera")]),
    # 13 langasands-byalag: a condition in § 14
    ("decision", "långasand 2023: vad händer om styrelsen inte lyckas konstituera sig och utse ordf?", [], True,
     ["tre månader", "nytt årsmöte"],
     [g(LS23, "lyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till nytt årsmöte.")]),
    # 14 langasands-byalag: the annual report, asked in English
    ("english", "Who received the Långasand property owners' association's environmental prize in 2019?", [], True,
     ["Hans Andersson"],
     [g(LS19V, "miljöpris till Hans Andersson för hans mångåriga arbete och underhåll av gångstigarna")]),
    # 15 langasands-byalag: a § beyond the last of the agenda
    ("unanswerable", "vad står under § 20 i dagordningen till långasands årsmöte 2019?", [], False, [], []),
    # 16 langasands-byalag: a topic the documents do not have
    ("unanswerable", "Vad beslutade Långasands byalag om fiberutbyggnaden i området?", [], False, [], []),
    # 17 lithekod: a sum inside the budget table of an attachment
    ("amount", "vilket totalt resultat hade lithe kods budget för 2019/2020 (bilaga D)?", [], True,
     ["-42,000.00"],
     [g(LK1905, "Totalt  -42,000.00 kr")]),
    # 18 lithekod: yes/no, the answer is no
    ("vote", "gick proppen om att förtydliga vad \"medlemmar\" betyder igenom på lithe kods vårmöte 2019?", [], True,
     ["godkänner inte", "12 röster emot"],
     [g(LK1905, "Mötet godkänner inte propositionen.")]),
    # 19 lithekod: follow-up; the minutes call the justeringsperson "mötessekreterare"
    ("followup", "och vem var justeringsperson?",
     [turn("user", "vem var mötessekreterare på lithe kods höstmöte 2019?"),
      turn("assistant", "På höstmötet 2019-11-12 valdes Edvard Thörnros till mötessekreterare, och Olav Övrebö "
           "var mötesordförande.")], True,
     ["Erik Mansén"],
     [g(LK1911, "4. Val av justeringsperson tillika rösträknare."),
      g(LK1911, "a. Erik Mansén blev vald till mötessekreterare.")]),
    # 20 lithekod: body and date, the last decision of the 2013 board minutes
    ("body_date", "vad beslutade LiTHe Kods styrelse 9 oktober 2013 om medlemsavgiften?", [], True,
     ["bordläggs"],
     [g(LK13, "Beslut om medlemsavgift bordläggs tills vidare")]),
    # 21 region-vastmanland: the justerare proposed in the agenda
    ("person", "vem ska justera protokollet jämte ordf på srb 13/12?", [], True,
     ["Åsa-Märta Sjöström"],
     [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")]),
    # 22 region-vastmanland: the item has no proposed decision (only ".")
    ("missing_attribute", "Vad är förslaget till beslut i ärende 7, Samverkan Mälardalens universitet, på "
     "strategiska regionala beredningens möte 2024-12-13?", [], False, [],
     [g(SRB, "Vid strategisk regional berednings sammanträde 2024-10-11 presenterades ett förslag på ny "
        "samverkansplattform STARK.")]),
    # 23 region-vastmanland: the SKR report's figures, asked in English
    ("english", "According to the SKR report 40 steg för ett tryggare samhälle, how large is the criminal economy in "
     "Sweden per year, and how much of it is incorrect payments, fraud and welfare crime?", [], True,
     ["100–150", "38–66"],
     [g(SKR, "Den kriminella ekonomin i Sverige beräknas enligt Polismyndigheten omfatta 100–150 miljarder kronor "
        "om året.")]),
    # 24 kungsbacka: what the notice proposed vs what the minutes decided
    ("cross", "i kallelsen t bygg-au 14/3 stod avslag för SÄRÖ 1:486, blev det så?", [], True,
     ["bevilja", "Thure Sandén"],
     [g(K0314K, "ansökan om bygglov för tillbyggnad av<br>enbostadshus samt utvändig ändring."),
      g(K0314P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för tillbyggnad av"),
      g(K0314P, "Ordföranden (M) prövar förslagen och finner att arbetsutskottet bifaller eget yrkande.")]),
    # 25 kungsbacka: body and date, a återremiss
    ("body_date", "Vad beslutade bygg-au den 29 februari om rawfood-bageriet på FRILLESÅS-RYA 2:31?", [], True,
     ["återremitter", "förvaltningen för Teknik"],
     [g(K0229P, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och"),
      g(K0229P, "miljöförvaltningen i uppdrag att begära in remissvar från förvaltningen för Teknik.")]),
    # 26 kungsbacka: a condition added at the meeting and who moved it
    ("decision", "vilket villkor lades till för solcellsparken på ÖLMANÄS 3:20 på au 1 feb, och vem yrkade på det?",
     [], True,
     ["Heinrich Kaufmann", "verksamhetens ändamål"],
     [g(K0201P, "Heinrich Kaufmann (C) yrkar på ett tillägg i form av villkor av solcellsparkens"),
      g(K0201P, "användas för verksamhetens ändamål.")]),
    # 27 kungsbacka: a list of sums in the ombudget
    ("list", "hur ska byggnadsnämndens överskot 2023 fördelas enl ombudgeten?", [], True,
     ["6 000 kronor", "827 000", "1 037 000 kronor"],
     [g(K0201P, "Kvarvarande budget för internränta, 6 000 kronor, återredovisas enligt kommunens"),
      g(K0201P, "Avsatt projektbudget för kartutveckling som inte kunnat genomföras på 827 000"),
      g(K0201P, "Resterande överskott, 1 037 000 kronor, förs till nämndens resultatfond.")]),
    # 28 kungsbacka: who reported an item in the notice
    ("person", "vem föredrar varla 3:22-ärendet på au 14 mars?", [], True,
     ["Maria Brink"],
     [g(K0314K, "Föredragande: Maria Brink,<br>planarkitekt")]),
    # 29 kungsbacka: follow-up, who moved a återremiss that fell
    ("followup", "var det nån som ville återremittera det?",
     [turn("user", "vad blev det med LYNGÅS 3:3 på bygg-au 1 februari?"),
      turn("assistant", "Arbetsutskottet biföll förvaltningens förslag: byggnadsnämnden föreslås bevilja bygglov "
           "för ändrad användning av byggnader och anläggande av parkeringsplatser. Avgiften är 54 375 kronor.")],
     True,
     ["Stefan Vilumsons"],
     [g(K0201P, "Stefan Vilumsons (SD) yrkar att ärendet återremitteras till bygg- och")]),
    # 30 kungsbacka: a meeting that does not exist
    ("unanswerable", "Vad beslutade byggnadsnämndens arbetsutskott på sammanträdet den 11 april 2024?", [], False,
     [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d43", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
