"""Build probe set default-fresh41: 30 questions over the default corpus (all seven organisations).

Written from the loader's text of the documents alone (assistant.documents.loaders.load(path).text), without
running the assistant. Run from the repository root:

    .venv/bin/python evals/probes/default-fresh41/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh41
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

# Documents (file names in corpus/<organisation>/)
BRF_KALL = "kallelse_till_foreningsstamma_varen_2021.pdf"
BRF_HUS = "2020-10-14_gemensamt_husrådsmöte.pdf"
BUN_FEB = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_MAR = "barn-och-utbildningsnamnden-2025-03-18.pdf"
FR_11 = "Styrelsemote_11_20181121.pdf"
FR_9 = "Styrelsemote_9_20180912.pdf"
FR_AM = "Årsmötesprotokoll-Fristad-20170218.pdf"
LS_2023 = "protokoll_arsmote_2023.pdf"
LS_DAG = "årsmöte_2019_dagordning.pdf"
LS_VB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LK_18 = "stormote_180529.pdf"
LK_19 = "stormote_190521.pdf"
LK_H19 = "stormote_191112.pdf"
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
KB_0201_P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KB_0229_P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KB_0314_K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
KB_0314_P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"

# (type, question, history, answerable, key_facts, gold)
QUESTIONS = [
    # --- Brf Doktor Lindh ---
    ("list",
     "Vilka motioner står på dagordningen till Brf Doktor Lindhs föreningsstämma i maj 2021?",
     [], True,
     ["Blomsteräng", "Dörröppnare", "Brandlarm för hela huset", "Förändring av trivselregler"],
     [g(BRF_KALL, "Motion 1:  Ändrade tider för störande arbeten\nMotion 2:  Blomsteräng\n"
                  "Motion 3:  \"Skräpcyklar\" i cykelförråden\nMotion 4:  Dörröppnare\n"
                  "Motion 5:  Brandlarm för hela huset\nMotion 6:  Förändring av trivselregler")]),
    ("followup",
     "ok, senast när ska röstsedeln va inlämnad då? o vart lämnar man den",
     [turn("user", "när är stämman i brf doktor lindh 2021?"),
      turn("assistant", "Föreningsstämman hålls tisdag 18 maj 2021 kl. 19.00. Styrelsen har beslutat att den "
                        "genomförs utan fysisk närvaro, med enbart poströstning.")],
     True,
     ["16 maj", "Doktor Lindhs gata 3"],
     [g(BRF_KALL, "Röstsedel i slutet kuvert skall vara inlämnad\nsenast söndag 16 maj, antingen i föreningens "
                  "brevlåda, Doktor Lindhs gata 3 eller")]),
    ("english",
     "According to the notes from Brf Doktor Lindh's joint house council meeting in October 2020, what temperature "
     "was measured in the attic during the summer?",
     [], True,
     ["42-43°"],
     [g(BRF_HUS, "På vinden uppmäUes\n42-43°.")]),
    ("missing_attribute",
     "Vilken tid på dagen börjar städdagen hos Brf Doktor Lindh i oktober 2020?",
     [], False,
     [],
     [g(BRF_HUS, "Städdagen äger rum den 17/10.")]),

    # --- Barn- och utbildningsnämnden, Jönköping ---
    ("body_date",
     "Vad beslutade barn- och utbildningsnämnden 18 mars 2025 om Egnahemsskolan?",
     [], True,
     ["31 200 000 kronor", "tekniska nämndens förfogande"],
     [g(BUN_MAR, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av\n"
                 "Egnahemsskolan till förskola.")]),
    ("amount",
     "hur mkt extra pengar föreslår bun att kf ska ställa till tekniska nämnden för sanda högstadiet?",
     [], True,
     ["21 441 000"],
     [g(BUN_FEB, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000\n"
                 "kronor till tekniska nämndens förfogande för genomförande av nybyggnationen.")]),
    ("followup",
     "och vem justerade då? o när",
     [turn("user", "vilka paragrafer har bun-protokollet från 18 februari 2025?"),
      turn("assistant", "Protokollet från barn- och utbildningsnämndens sammanträde 2025-02-18 omfattar §§ 19–32.")],
     True,
     ["Gabriella Lönn", "2025-02-25"],
     [g(BUN_FEB, "Utses att justera  Gabriella Lönn"),
      g(BUN_FEB, "Justeringens plats och tid  Protokollet justeras digitalt 2025-02-25.")]),
    ("english",
     "Who presented the data protection officer's annual report at the Barn- och utbildningsnämnden meeting on "
     "18 March 2025?",
     [], True,
     ["Niclas Nordström"],
     [g(BUN_MAR, "Dataskyddombudets årliga rapport Dataskyddsombud Niclas Nordström presenterar\n"
                 "dataskyddsombudets årliga rapport.")]),

    # --- Kollektivhus Fristad ---
    ("person",
     "vem va justerare på styrelsemöte nr 11 i kollektivhuset fristad nov 2018",
     [], True,
     ["Britt-Marie"],
     [g(FR_11, "2. Val av justerare Britt-Marie")]),
    ("list",
     "Vilka äskanden bordlades på Kollektivhus Fristads årsmöte 2017?",
     [], True,
     ["Keramikgruppens", "3 grupper i 1 äskande"],
     [g(FR_AM, "Keramikgruppens äskande bordläggs till nästa husmöte."),
      g(FR_AM, "3 grupper i 1 äskande bordläggs till nästa husmöte.")]),
    ("decision",
     "Fick HGF Järva låna lokalen i oktober enligt Fristads styrelsemöte nr 9 2018, ja eller nej?",
     [], True,
     ["bifaller förfrågan"],
     [g(FR_9, "Styrelsen bifaller förfrågan att låna lokal")]),
    ("person",
     "Vilka var protokolljusterare på Kollektivhus Fristads årsmöte 18 februari 2017?",
     [], True,
     ["Lone Dall", "Hesselroth"],
     [g(FR_AM, "Protokolljusterare: Lone Dall och Eva Lisa Hesselroth")]),

    # --- Långasands Byalag / Fastighetsägareförening ---
    ("body_date",
     "vad beslutade långasands byalags årsmöte 25 juli 2023 om arvodet till styrelsen",
     [], True,
     ["950 kr per ledamot och år"],
     [g(LS_2023, "Årsmötet beslutade att arvodet till styrelsen ska vara oförändrat, dvs 950 kr per ledamot och år.")]),
    ("person",
     "vilka 2 justerade årsmötesprotokollet 2023 i långasand?",
     [], True,
     ["Karin Barck Holst", "Anders Nylander"],
     [g(LS_2023, "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander.")]),
    ("cross",
     "Fanns det ett förslag om stadgeändring på Långasands årsmöte 2019, och godkändes det?",
     [], True,
     ["ändring av föreningens stadgar", "årsmötet godkände"],
     [g(LS_DAG, "- Förslag på ändring av föreningens stadgar"),
      g(LS_VB, "Vi har reviderat våra stadgar, som årsmötet godkände vid årsmötet 2019.")]),
    ("unanswerable",
     "Vad beslutade Långasands årsmöte 2021 om årsavgiften?",
     [], False,
     [],
     []),

    # --- LiTHe kod ---
    ("decision",
     "gick propositionen om att förtydliga vad \"medlemmar\" betyder igenom på lithe kods vårmöte 2019?",
     [], True,
     ["godkänner inte propositionen", "12 röster emot"],
     [g(LK_19, "12 röster emot\n3 neutrala\nMötet godkänner inte propositionen.")]),
    ("amount",
     "Vad landar de totala utgifterna på i LiTHe kods budget för 2019/2020?",
     [], True,
     ["210,000.00 kr"],
     [g(LK_19, "Totala utgifter  210,000.00 kr")]),
    ("person",
     "vem var justeringsperson på lithe kods höstmöte 2019?",
     [], True,
     ["Erik Mansén"],
     [g(LK_H19, "4. Val av justeringsperson tillika rösträknare.\na. Erik Mansén blev vald till mötessekreterare.")]),
    ("date",
     "mellan vilka klockslag pågick lithe kods vårmöte 2018",
     [], True,
     ["17:33", "19:52"],
     [g(LK_18, "Christoffer Sjöbergsson förklarar mötet öppnat kl 17:33."),
      g(LK_18, "Mötet avslutas 19:52")]),

    # --- Region Västmanland ---
    ("followup",
     "och vem föreslås justera protokollet från 13 dec-mötet ihop med ordf?",
     [turn("user", "när har strategisk regional beredning nästa möte efter 13 december?"),
      turn("assistant", "Enligt föredragningslistan ska nästa sammanträde äga rum fredagen den 7 februari 2025 "
                        "kl 09.00.")],
     True,
     ["Åsa-Märta Sjöström"],
     [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")]),
    ("english",
     "Which criminologist takes part in the theme session on safety (trygghet) at the strategic regional "
     "committee's meeting on 13 December 2024?",
     [], True,
     ["Anders Östlund"],
     [g(SRB, "Nulägesbeskrivning om kriminaliteten i Västmanland. Anders Östlund, kriminolog vid polisregion Mitt, "
             "medverkar.")]),
    ("list",
     "vilka kommuner gjorde SKR:s programberedning för trygghet studieresor till?",
     [], True,
     ["Södertälje", "Sollentuna", "Örebro"],
     [g(SKR, "Programberedningen har åkt på studieresor till Södertälje kommun, Sollentuna kommun och Örebro "
             "kommun.")]),
    ("unanswerable",
     "Vad sa strategisk regional beredning den 13 december 2024 om vindkraftsetableringar i länet?",
     [], False,
     [],
     []),

    # --- Kungsbacka, byggnadsnämndens arbetsutskott ---
    ("cross",
     "I kallelsen till bygg-au 14 mars föreslogs avslag för GRESSELA 6:9 – blev det avslag på mötet, och vad blev "
     "avgiften?",
     [], True,
     ["beviljar ansökan om bygglov", "100 000 kronor"],
     [g(KB_0314_K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>lagerhall."),
      g(KB_0314_P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
      g(KB_0314_P, "Avgiften för beslutet är 100 000 kronor.")]),
    ("body_date",
     "va beslutade bygg-au 29 feb om frillesås-rya 2:31, rawfood-bageriet?",
     [], True,
     ["återremitterar ärendet", "förvaltningen för Teknik"],
     [g(KB_0229_P, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och\nmiljöförvaltningen för "
                   "fortsatt beredning och komplettering av beslutsunderlaget."),
      g(KB_0229_P, "Arbetsutskottet ger bygg- och\nmiljöförvaltningen i uppdrag att begära in remissvar från "
                   "förvaltningen för Teknik.")]),
    ("followup",
     "fanns det nåt villkor kopplat till det lovet?",
     [turn("user", "vad beslutade bygg-au 1 februari om lyngås 3:3?"),
      turn("assistant", "Arbetsutskottet biföll förvaltningens förslag: byggnadsnämnden beviljar bygglov för ändrad "
                        "användning av byggnader och anläggande av parkeringsplatser. Avgiften är 54 375 kronor.")],
     True,
     ["dörrautomatik", "innan slutbesked"],
     [g(KB_0201_P, "Dörrar med ej godkänt betjäningsmått ska kompletteras med dörrautomatik på båda\nsidorna av "
                   "dörren, enligt inlämnat utlåtande från sakkunnig i tillgänglighet daterad\n2023-10-27 innan "
                   "slutbesked kan utfärdas.")]),
    ("missing_attribute",
     "Vilken avgift fick bygglovet för den nya masten på HAMMERÖ 9:24 på bygg-au 14 mars 2024?",
     [], False,
     [],
     [g(KB_0314_P, "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka\nkommuns webbsida."),
      g(KB_0314_K, "| 9. | HAMMERÖ 9:24 - Bygglov för<br>nybyggnad av mast samt<br>nedmontering av befintlig mast | "
                   "BN-2023-<br>001765 | Förslag till beslut | 5 min |")]),
    ("unanswerable",
     "Vad beslutade byggnadsnämndens arbetsutskott den 14 mars 2024 under § 85?",
     [], False,
     [],
     []),
    ("amount",
     "hur ska byggnadsnämndens överskott för 2023 fördelas enl bygg-au 1/2?",
     [], True,
     ["6 000 kronor", "827 000", "1 037 000 kronor"],
     [g(KB_0201_P, "Kvarvarande budget för internränta, 6 000 kronor, återredovisas enligt kommunens\n"
                   "Ekonomistyrprinciper."),
      g(KB_0201_P, "Avsatt projektbudget för kartutveckling som inte kunnat genomföras på 827 000"),
      g(KB_0201_P, "Resterande överskott, 1 037 000 kronor, förs till nämndens resultatfond.")]),
]


if __name__ == "__main__":
    path, n = write_probe(HERE, "d41", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
