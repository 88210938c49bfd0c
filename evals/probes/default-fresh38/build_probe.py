"""Build probe set default-fresh38: 30 questions over the default corpus (seven organisations).

Written from the loader text of the documents alone (assistant.documents.loaders.load(path).text), without running
the assistant. Run from the repository root:
    .venv/bin/python evals/probes/default-fresh38/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh38
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

# documents (basenames)
BRF_KALL = "kallelse_till_foreningsstamma_varen_2021.pdf"
BRF_HUS = "2020-10-14_gemensamt_husrådsmöte.pdf"
BRF_MOT = "motioner_2020.pdf"
BRF_VAL = "valberedningens_förslag.pdf"
BUN_FEB = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_MAR = "barn-och-utbildningsnamnden-2025-03-18.pdf"
FRI_9 = "Styrelsemote_9_20180912.pdf"
FRI_11 = "Styrelsemote_11_20181121.pdf"
FRI_AM = "Årsmötesprotokoll-Fristad-20170218.pdf"
KB_0201 = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KB_0229K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
KB_0229 = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KB_0314 = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
LS_VB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LS_2023 = "protokoll_arsmote_2023.pdf"
LS_DAG = "årsmöte_2019_dagordning.pdf"
LK_18 = "stormote_180529.pdf"
LK_1905 = "stormote_190521.pdf"
LK_1911 = "stormote_191112.pdf"
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"

# (type, question, history, answerable, key_facts, gold)
QUESTIONS = [
    # --- Brf Doktor Lindh ---
    ("date",
     "sista dag att skicka frågor om förtydliganden till styrelsn inför brf doktor lindhs stämma 2021?",
     [], True, ["8 maj"],
     [g(BRF_KALL, "styrelsen senast 8 maj.")]),
    ("list",
     "Vilka motioner står på dagordningen till Brf Doktor Lindhs föreningsstämma den 18 maj 2021?",
     [], True, ["Blomsteräng", "Dörröppnare", "Brandlarm för hela huset", "Förändring av trivselregler"],
     [g(BRF_KALL, "Motion 2:  Blomsteräng"), g(BRF_KALL, "Motion 4:  Dörröppnare"),
      g(BRF_KALL, "Motion 5:  Brandlarm för hela huset"), g(BRF_KALL, "Motion 6:  Förändring av trivselregler")]),
    ("followup",
     "och uppe på vinden?",
     [turn("user", "Vad kom man fram till om temperaturen i lägenheterna på det gemensamma husrådsmötet i "
                   "Brf Doktor Lindh i oktober 2020?"),
      turn("assistant", "Temperaturen hade mätts i två lägenheter under sommaren. När det var som varmast var det "
                        "27,9° i den ena och 29,9° i den andra (ordförandens). Över 28° betecknas som hälsovådligt, "
                        "men det gäller inte vid tillfällig värmebölja.")],
     True, ["42-43°"],
     [g(BRF_HUS, "42-43°.")]),
    ("missing_attribute",
     "hur mycket gick offerterna på laddplatser för elbilar på? brf doktor lindh, motion 4",
     [], False, [],
     [g(BRF_MOT, "I skrivande stund finns tre offerter på")]),
    ("english",
     "Who does the nominating committee of Brf Doktor Lindh propose as deputy internal auditor?",
     [], True, ["Hans Ragneskog"],
     [g(BRF_VAL, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),

    # --- Barn- och utbildningsnämnden, Jönköping ---
    ("person",
     "Vem tjänstgjorde i stället för Haris Mehmedagic (M) under de sista paragraferna på barn- och "
     "utbildningsnämndens sammanträde 18 mars 2025?",
     [], True, ["Christina Isaksson"],
     [g(BUN_MAR, "Christina Isaksson (M), tjänstgör för Haris Mehmedagic (M), kl.")]),
    ("body_date",
     "vad beslutade bun den 18 mars om egnahemsskolan",
     [], True, ["31 200 000 kronor", "tekniska nämndens förfogande"],
     [g(BUN_MAR, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av")]),
    ("decision",
     "BUN 18/2: under vilket villkor fördelas 2024 års nettoresultat till resultatfonderna?",
     [], True, ["kommunstyrelsens godkännande"],
     [g(BUN_FEB, "Under förutsättning av kommunstyrelsens godkännande fördelas 2024 års nettoresultat till")]),
    ("unanswerable",
     "Vad behandlades under § 47 på barn- och utbildningsnämndens sammanträde den 18 mars 2025?",
     [], False, [], []),

    # --- Kollektivhusföreningen Fristad ---
    ("header",
     "när tog styrelsemöte nr 9 i kollektivhus fristad slut? (sept 2018)",
     [], True, ["20:45"],
     [g(FRI_9, "12. Mötet avslutat 20:45")]),
    ("list",
     "Vilka äskanden godkändes inte direkt på kollektivhusets årsmöte i februari 2017?",
     [], True, ["Relaxgruppens", "Keramikgruppens", "3 grupper i 1 äskande"],
     [g(FRI_AM, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer"),
      g(FRI_AM, "Keramikgruppens äskande bordläggs till nästa husmöte."),
      g(FRI_AM, "3 grupper i 1 äskande bordläggs till nästa husmöte.")]),
    ("followup",
     "ok och vem justerade det protokollet?",
     [turn("user", "vad beslöt styrelsen i kollektivhus fristad om attest av fakturor i november 2018?"),
      turn("assistant", "På styrelsemöte nr 11 den 21 november 2018 beslutade styrelsen att från och med "
                        "2018-11-21 måste även ordföranden attestera fakturor, utöver kassören.")],
     True, ["Britt-Marie"],
     [g(FRI_11, "2. Val av justerare Britt-Marie")]),
    ("english",
     "Which auditors were elected for 2017 at Kollektivhus Fristad's annual meeting?",
     [], True, ["Eva Pålemar", "Johan Hemou", "Kerstin Aggefors"],
     [g(FRI_AM, "Revisorer 2017: Eva Pålemar, Johan Hemou och Kerstin Aggefors (Hf)")]),
    ("unanswerable",
     "vad har styrelsen i kollektivhus fristad beslutat om snöröjningen på gården?",
     [], False, [], []),

    # --- Byggnadsnämndens arbetsutskott, Kungsbacka ---
    ("decision",
     "I kallelsen till bygg-au 29 februari föreslogs att bygglovet för rawfood-bageriet på Frillesås-Rya 2:31 "
     "skulle beviljas. Beviljades det?",
     [], True, ["återremitterar ärendet"],
     [g(KB_0229, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och"),
      g(KB_0229K, "Byggnadsnämndens arbetsutskott beviljar<br>bygglov för inredande av ytterligare<br>"
                  "bostad/lokal i enbostadshus, rawfood-bageri.")]),
    ("body_date",
     "vad beslutade bygg-au 14 mars om varla 3:22?",
     [], True, ["återta överklagande", "återuppta planarbetet"],
     [g(KB_0314, "Byggnadsnämnden beslutar att återta överklagande över Länsstyrelsen i Hallands"),
      g(KB_0314, "Byggnadsnämnden uppdrar åt samhällsbyggnadskontoret att återuppta planarbetet för")]),
    ("missing_attribute",
     "hur hög byggsanktionsavgift blev det i § 44 på au 1 feb (tagit byggnad i bruk innan slutbesked)?",
     [], False, [],
     [g(KB_0201, "Byggsanktionsavgift för att ha tagit del av byggnad i bruk innan"),
      g(KB_0201, "föreläggande publiceras inte i sin helhet på webben.")]),
    ("amount",
     "Hur mycket av byggnadsnämndens överskott 2023 förs till nämndens resultatfond?",
     [], True, ["1 037 000 kronor"],
     [g(KB_0201, "Resterande överskott, 1 037 000 kronor, förs till nämndens resultatfond.")]),

    # --- Långasands Byalag / Fastighetsägareförening ---
    ("list",
     "vilka nya ledamöter valdes in i byalagets styrlse på årsmötet 2023",
     [], True, ["Kerstin Von Braun", "Kiki Broholm", "Jan-Peter Idström"],
     [g(LS_2023, "Kerstin Von Braun (nyval) för en period på ett år."),
      g(LS_2023, "Kiki Broholm (nyval) för en period på två år."),
      g(LS_2023, "Jan-Peter Idström (nyval) för en period på två år.")]),
    ("followup",
     "och om styrelsen inte lyckas med det då?",
     [turn("user", "Vem valdes till ordförande i Långasands byalags styrelse på årsmötet 2023?"),
      turn("assistant", "Ingen ordförande valdes. Carl Tönsgård ställde inte upp igen och valberedningen hade inte "
                        "hittat någon ny ordförande, så årsmötet överlät åt styrelsen att konstituera sig själv.")],
     True, ["tre månader", "nytt årsmöte"],
     [g(LS_2023, "lyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till nytt årsmöte.")]),
    ("unanswerable",
     "Vad beslutade Långasands årsmöte 2022 om årsavgiften?",
     [], False, [], []),
    ("cross",
     "På dagordningen till Långasands årsmöte 9 juli 2019 fanns ett förslag om ändring av stadgarna. "
     "Godkändes det?",
     [], True, ["årsmötet godkände"],
     [g(LS_VB, "Vi har reviderat våra stadgar, som årsmötet godkände vid årsmötet 2019."),
      g(LS_DAG, "- Förslag på ändring av föreningens stadgar")]),

    # --- LiTHe kod ---
    ("person",
     "vem va justerare på lithe kods höstmöte 2019",
     [], True, ["Erik Mansén"],
     [g(LK_1911, "a. Erik Mansén blev vald till mötessekreterare."),
      g(LK_1911, "4. Val av justeringsperson tillika rösträknare.")]),
    ("amount",
     "vilket totalt resultat visar lithe kods budget för 2019/2020?",
     [], True, ["42,000.00"],
     [g(LK_1905, "Totalt  -42,000.00 kr")]),
    ("vote",
     "Hur röstade LiTHe kods vårmöte 2019 om propositionen att förtydliga vad \"medlemmar\" betyder?",
     [], True, ["12 röster emot", "3 neutrala"],
     [g(LK_1905, "12 röster emot"), g(LK_1905, "3 neutrala"),
      g(LK_1905, "Mötet godkänner inte propositionen.")]),
    ("english",
     "At LiTHe kod's spring meeting in May 2018, when was the meeting paused for pizza and when did it resume?",
     [], True, ["18:15", "18:57"],
     [g(LK_18, "Mötet pausas för pizza kl 18:15"), g(LK_18, "Mötet återupptas kl 18:57")]),

    # --- Region Västmanland, strategisk regional beredning ---
    ("body_date",
     "Vilket uppdrag fick regionala ledningsgruppen på strategisk regional berednings sammanträde 19 april 2024?",
     [], True, ["eventuella samarbeten"],
     [g(SRB, "Regionala ledningsgruppen fick vid strategisk regional berednings sammanträde 2024-04-19 i uppgift "
             "att återkomma med förslag på eventuella samarbeten inom området valfärdsbrottslighet.")]),
    ("person",
     "vilka informerar om skr:s slutrapport 40 steg på srb-mötet 13 dec?",
     [], True, ["Amanda Lindblad", "Roger Haddad"],
     [g(SRB, "Amanda Lindblad (S) kommunalråd Sala kommun och Roger Haddad (L) oppositionsråd Västerås stad "
             "informerar.")]),
    ("reference",
     "vad heter den nya samverkansplattformen med mälardalens univ som presenterades för srb?",
     [], True, ["STARK"],
     [g(SRB, "presenterades ett förslag på ny samverkansplattform STARK")]),
    ("followup",
     "och vem va beredningschef?",
     [turn("user", "vilka satt i skr:s programberedning för trygghet?"),
      turn("assistant", "Henrik Thunes (M, ordförande), Abdulrahman Ibrahim Muhammed (C, vice ordförande), "
                        "Amanda Lindblad (S), Håkan Lösnitz (SD), Janne Grönholm (MP), Jenny Broman (V), "
                        "Roger Haddad (L) och Samuel Klippfalk (KD).")],
     True, ["Greta Berg"],
     [g(SKR, "Beredningens sekretariat har utgjorts av beredningschef Greta Berg")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d38", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
