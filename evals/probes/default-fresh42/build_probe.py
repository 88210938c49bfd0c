"""Build probe.jsonl for `default-fresh42`: 30 questions over the default corpus (all seven organisations).

Written from the loader text of the documents alone (assistant.documents.loaders.load(path).text), without running
the assistant. Aimed at the middle and end of documents and at facts that are easy to overlook: a notice's proposal
against the minutes' decision, a condition added at the meeting, a reservation, a closing time and justering date,
a second justerare, a sum at the foot of a budget table, a deadline, a name in the nominating committee's proposal.
Four follow-ups, three English questions, three lists, three naming a body and a date, two yes/no (one answered
no), three unanswerable (a § beyond the last, a meeting that does not exist, an absent topic), two missing attributes.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh42/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh42
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

BYGG_0201 = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
BYGG_0229 = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
BYGG_0314 = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
BYGG_0314_K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
BUN_0218 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_0318 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
LK_1805 = "stormote_180529.pdf"
LK_1905 = "stormote_190521.pdf"
LK_1911 = "stormote_191112.pdf"
DL_KALL = "kallelse_till_foreningsstamma_varen_2021.pdf"
DL_VALB = "valberedningens_förslag.pdf"
DL_HUSR = "2020-10-14_gemensamt_husrådsmöte.pdf"
FR_ARS = "Årsmötesprotokoll-Fristad-20170218.pdf"
FR_11 = "Styrelsemote_11_20181121.pdf"
LS_2023 = "protokoll_arsmote_2023.pdf"
LS_VB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LS_DAG = "årsmöte_2019_dagordning.pdf"

QUESTIONS = [
    # --- Kungsbacka, byggnadsnämndens arbetsutskott ---
    ("cross",
     "i kallelsen till au 14/3 föreslog förvaltningen avslag på bygglovet för fälared 2:9 – vad blev beslutet o "
     "vems förslag gick igenom?",
     [], True, ["bevilja", "Heinrich Kaufmann"],
     [g(BYGG_0314, "Ordföranden (M) prövar förslagen och finner att arbetsutskott bifaller Heinrich"),
      g(BYGG_0314_K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>enbostadshus, "
                     "installation av eldstad samt<br>komplementbyggnad.")]),
    ("body_date",
     "Vad beslutade bygg-au den 29 februari 2024 om ÅSA 3:338?",
     [], True, ["utgår"],
     [g(BYGG_0229, "Ärendet utgår vid byggnadsnämndens arbetsutskotts sammanträde den 29 februari")]),
    ("decision",
     "Vilket villkor lades till när arbetsutskottet 1 februari gick med på strandskyddsdispens för solcellsparken "
     "på Ölmanäs 3:20, och vem föreslog det?",
     [], True, ["Heinrich Kaufmann", "verksamhetens ändamål"],
     [g(BYGG_0201, "Heinrich Kaufmann (C) yrkar på ett tillägg i form av villkor av solcellsparkens"),
      g(BYGG_0201, "lokalisering. Solcellsparken ska lokaliseras inom verksamhetens område och")]),
    ("vote",
     "reserverade sig nån mot bygglovet för lyngås 3:3 på au 1 feb?",
     [], True, ["Stefan Vilumsons", "återremissyrkande"],
     [g(BYGG_0201, "Stefan Vilumsons (SD) reserverar sig mot beslutet till förmån för eget")]),
    ("header",
     "När avslutades bygg-au:s sammanträde den 29 februari och vilket datum justerades protokollet?",
     [], True, ["11:24", "2024-03-06"],
     [g(BYGG_0229, "Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09:01-11:24"),
      g(BYGG_0229, "Plats och tid för justering Digital justering, 2024-03-06")]),
    ("unanswerable",
     "Vad står det i § 83 i byggnadsnämndens arbetsutskotts protokoll från 14 mars 2024?",
     [], False, [], []),
    ("missing_attribute",
     "vad blev beslutet om nya masten på hammerö 9:24?",
     [], False, [],
     [g(BYGG_0314, "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka")]),
    # --- Jönköping, barn- och utbildningsnämnden ---
    ("body_date",
     "vad beslutade bun 18 mars om egnahemsskolan?",
     [], True, ["31 200 000 kronor", "förskola"],
     [g(BUN_0318, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av")]),
    ("english",
     "How much additional money did Jönköping's barn- och utbildningsnämnd propose for the Sanda högstadium project "
     "in February 2025, and what is the project's new total investment cost?",
     [], True, ["21 441 000", "561 441"],
     [g(BUN_0218, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000"),
      g(BUN_0218, "441 mnkr från 540 mnkr till 561 441 mnkr.")]),
    ("followup",
     "ok å vem blev vald?",
     [turn("user", "vad handlade § 31 på bun-mötet 18 februari om?"),
      turn("assistant", "§ 31 gällde val av ordinarie ledamot i barn- och utbildningsnämndens arbetsutskott, "
                        "eftersom Stig-Arne Tengmer (L) hade avsagt sig sitt uppdrag i nämnden.")],
     True, ["Anna-Karin Carstensen"],
     [g(BUN_0218, "Anna-Karin Carstensen (L) utses till ordinarie ledamot i barn- och utbildningsnämndens")]),
    ("list",
     "Vilka att-satser om feriepraktik och sommarjobb föreslår BUN att kommunfullmäktige beslutar (mars 2025)? "
     "Räkna upp alla.",
     [], True, ["sommarpraktik upphör", "150 sommarjobb", "Ung omsorg", "4 317 000 kronor"],
     [g(BUN_0318, "Att insatsen sommarpraktik upphör samt att medel för denna överflyttas till"),
      g(BUN_0318, "Att erbjuda 150 sommarjobb till elever som avslutat gymnasiet innevarande år och"),
      g(BUN_0318, "Att insatsen Ung omsorg fortsätter likt tidigare."),
      g(BUN_0318, "motsvarande 4 317 000 kronor.")]),
    ("unanswerable",
     "Vad beslutade barn- och utbildningsnämnden på sammanträdet den 15 april 2025 om skolskjutsen på Visingsö?",
     [], False, [], []),
    # --- Region Västmanland, strategisk regional beredning och SKR-rapporten ---
    ("followup",
     "och när är nästa sammanträde?",
     [turn("user", "vem ska justera protokollet från strategisk regional beredning 13 december?"),
      turn("assistant", "Enligt förslaget i föredragningslistan utses Åsa-Märta Sjöström att jämte ordföranden "
                        "justera dagens protokoll.")],
     True, ["7 februari 2025"],
     [g(SRB, "Nästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.")]),
    ("list",
     "Vilka är de fem övergripande strategierna för situationellt brottsförebyggande arbete i SKR-rapporten "
     "40 steg för ett tryggare samhälle?",
     [], True, ["Öka ansträngningen", "Minska belöningen", "Reducera provokationer", "Ta bort ursäkten"],
     [g(SKR, "Situationella brottsförebyggande åtgärder kan delas in i fem övergripande strategier"),
      g(SKR, "- **Öka ansträngningen som krävs för att genomföra ett brott**"),
      g(SKR, "- **Minska belöningen för den som begår brott**"),
      g(SKR, "- **Reducera provokationer som kan leda till brott**"),
      g(SKR, "- **Ta bort ursäkten för den som begår brott**")]),
    ("reference",
     "va säger förslag 21 i skr:s 40 steg rapport",
     [], True, ["arbetsplatskoder"],
     [g(SKR, "21. Staten bör säkerställa att regioner på egen hand får upphäva arbetsplatskoder.")]),
    ("body_date",
     "Vilka informerar om rapporten 40 steg för ett tryggare samhälle på strategisk regional beredning "
     "den 13 december 2024?",
     [], True, ["Amanda Lindblad", "Roger Haddad"],
     [g(SRB, "Amanda Lindblad (S) kommunalråd Sala kommun och Roger Haddad (L) oppositionsråd Västerås stad "
             "informerar.")]),
    # --- LiTHe kod ---
    ("vote",
     "Gick propositionen om att förtydliga vad \"medlemmar\" betyder igenom på LiTHe kods vårmöte 2019?",
     [], True, ["godkänner inte", "12 röster emot"],
     [g(LK_1905, "4. Förtydliga vad “medlemmar” betyder (Bilaga B)\n12 röster emot\n3 neutrala\n"
                 "Mötet godkänner inte propositionen.")]),
    ("amount",
     "Vad var totala utgifter och totalt resultat i LiTHe kods budget för 2019/2020?",
     [], True, ["210,000.00", "42,000.00"],
     [g(LK_1905, "Totala utgifter  210,000.00 kr"),
      g(LK_1905, "Totalt  -42,000.00 kr")]),
    ("person",
     "vem va justeringsperson på lithe kods höstmöte nov 2019",
     [], True, ["Erik Mansén"],
     [g(LK_1911, "4. Val av justeringsperson tillika rösträknare.\na. Erik Mansén blev vald till mötessekreterare.")]),
    ("english",
     "When was LiTHe kod's spring meeting in May 2018 paused for pizza, and when did it resume?",
     [], True, ["18:15", "18:57"],
     [g(LK_1805, "Mötet pausas för pizza kl 18:15"),
      g(LK_1805, "Mötet återupptas kl 18:57")]),
    # --- Brf Doktor Lindh ---
    ("date",
     "senast när måste röstsedeln vara inne till doktor lindhs stämma i maj 2021?",
     [], True, ["16 maj"],
     [g(DL_KALL, "senast söndag 16 maj, antingen i föreningens brevlåda, Doktor Lindhs gata 3 eller")]),
    ("followup",
     "Och vem föreslås som revisorssuppleant?",
     [turn("user", "Vilka föreslår valberedningen i Brf Doktor Lindh som nya styrelsesuppleanter?"),
      turn("assistant", "Valberedningen föreslår nyval av Ulrika Enander på 2 år och fyllnadsval av Ingrid "
                        "Mathillas på 1 år.")],
     True, ["Hans Ragneskog"],
     [g(DL_VALB, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),
    ("missing_attribute",
     "vad kommer det kosta att åtgärda läckaget vid de stora fönstren i hus 6 i doktor lindh?",
     [], False, [],
     [g(DL_HUSR, "Problem med läckage vid stora fönster i hus 6. Kontakt har tagits med Södra vägens glas, som")]),
    # --- Kollektivhusföreningen Fristad ---
    ("followup",
     "och vem justerade då?",
     [turn("user", "vem var mötesordförande på kollektivhuset fristads årsmöte 2017?"),
      turn("assistant", "Lotti Törnros valdes till ordförande för årsmötet den 18 februari 2017. Mötet öppnades "
                        "av styrelsens ordförande Josefine Malm.")],
     True, ["Lone Dall", "Hesselroth"],
     [g(FR_ARS, "Protokolljusterare: Lone Dall och Eva Lisa Hesselroth")]),
    ("list",
     "vilka äskanden blev inte godkända på fristads årsmöte feb 2017 (avslagna el bordlagda)?",
     [], True, ["Relaxgruppens", "Keramikgruppens", "3 grupper i 1"],
     [g(FR_ARS, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer"),
      g(FR_ARS, "Keramikgruppens äskande bordläggs till nästa husmöte."),
      g(FR_ARS, "3 grupper i 1 äskande bordläggs till nästa husmöte.")]),
    ("decision",
     "vem måste attestera fakturorna i kollektivhusföreningen fr o m nov 2018?",
     [], True, ["ordförande", "kassören"],
     [g(FR_11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera\nfakturor utöver "
               "kassören.")]),
    # --- Långasands byalag / fastighetsägareförening ---
    ("english",
     "Who received the Långasand association's 2019 environmental prize, and for what?",
     [], True, ["Hans Andersson", "gångstigarna"],
     [g(LS_VB, "miljöpris till Hans Andersson för hans mångåriga arbete och underhåll av gångstigarna i området")]),
    ("decision",
     "vad händer om långasands nya styrelse inte lyckas utse ordförande efter årsmötet 2023?",
     [], True, ["tre månader", "nytt årsmöte"],
     [g(LS_2023, "lyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till nytt årsmöte.")]),
    ("cross",
     "Stod en stadgeändring på dagordningen till Långasands årsmöte 2019, och blev den godkänd?",
     [], True, ["stadgar", "godkänd"],
     [g(LS_DAG, "- Förslag på ändring av föreningens stadgar"),
      g(LS_VB, "Vi har reviderat våra stadgar, som årsmötet godkände vid årsmötet 2019.")]),
    ("unanswerable",
     "Vad beslutade Långasands årsmöte 2023 om farthinder på vägen ner till stranden?",
     [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d42", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
