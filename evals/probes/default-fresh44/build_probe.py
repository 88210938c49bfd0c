"""Build probe.jsonl for `default-fresh44`: 30 questions over the default corpus (all seven organisations).

Written from the loader's text of the documents alone (assistant.documents.loaders.load(path).text), without
running the assistant and without reading other question sets. Aimed at the middle and end of documents and at
facts that are easy to overlook: a second justerare, the time a meeting closed, a sum in a budget table, who
reported an item, a condition of a decision, deadlines, names in attachments, what a notice proposed against what
the minutes decided. Four follow-ups, three English, three lists, three naming a body and a date, two yes/no (one
"no"), three unanswerable and two missing attributes.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh44/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh44
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

# documents (file names in corpus/<organisation>/)
KB_0201_P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KB_0229_K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
KB_0229_P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KB_0314_P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
BUN_0218 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_0318 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
LK_VAR19 = "stormote_190521.pdf"
LK_HOST19 = "stormote_191112.pdf"
LK_STYR13 = "styrelsemote_131009.pdf"
FR_ARS17 = "Årsmötesprotokoll-Fristad-20170218.pdf"
FR_STY9 = "Styrelsemote_9_20180912.pdf"
LB_ARS23 = "protokoll_arsmote_2023.pdf"
LB_VB19 = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
DL_KALL21 = "kallelse_till_foreningsstamma_varen_2021.pdf"
DL_VALB = "valberedningens_förslag.pdf"
DL_HUSRAD = "2020-10-14_gemensamt_husrådsmöte.pdf"

QUESTIONS = [
    # 01 kungsbacka: body and date; the notice proposed avslag, the minutes grant the permit
    ("body_date", "vad beslutade bygg-au 14 mars om lagerhallen på gressela 6:9?", [], True,
     ["beviljar ansökan om bygglov", "100 000 kronor"],
     [g(KB_0314_P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
      g(KB_0314_P, "Avgiften för beslutet är 100 000 kronor. Av detta kostar bygglovet 51 250 kronor och")]),
    # 02 kungsbacka: body and date; återremiss with a task
    ("body_date", "Vad beslöt byggnadsnämndens arbetsutskott den 29 februari om Frillesås-Rya 2:31, "
                  "rawfood-bageriet?", [], True,
     ["återremitterar", "förvaltningen för Teknik"],
     [g(KB_0229_P, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och"),
      g(KB_0229_P, "miljöförvaltningen i uppdrag att begära in remissvar från förvaltningen för Teknik.")]),
    # 03 jonkoping-bun: body and date; a sum in the decision
    ("body_date", "Vad beslutade barn- och utbildningsnämnden 18 februari 2025 om tilläggsanslaget för "
                  "Sanda högstadium?", [], True,
     ["21 441 000", "tekniska nämndens förfogande"],
     [g(BUN_0218, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000\n"
                  "kronor till tekniska nämndens förfogande för genomförande av nybyggnationen.")]),
    # 04 kungsbacka: the notice's proposal against the minutes' decision
    ("cross", "tillsynsplanen 2024-2027 på bygg-au 29/2 – vilket datum hade planen i kallelsens förslag, och "
              "vilken version antogs sen?", [], True,
     ["2024-02-09", "2024-02-29"],
     [g(KB_0229_K, "2027, daterad 2024-02-09."),
      g(KB_0229_P, "Byggnadsnämnden antar tillsynsplan 2024-2027, daterad 2024-02-29."),
      g(KB_0229_P, "Vid sammanträdet redovisar förvaltningen reviderat förslag till tillsynsplan daterad")]),
    # 05 kungsbacka: a reservation deep in the minutes
    ("vote", "reserverade sig nån på bygg au 1 feb? i vilket ärende isåfall", [], True,
     ["Stefan Vilumsons", "LYNGÅS 3:3"],
     [g(KB_0201_P, "Stefan Vilumsons (SD) reserverar sig mot beslutet till förmån för eget\nåterremissyrkande."),
      g(KB_0201_P, "LYNGÅS 3:3 - Bygglov för ändrad användning av byggnader och")]),
    # 06 kungsbacka: a condition added to a decision and who proposed it
    ("decision", "solcellsparken vid reningsverket på Ölmanäs 3:20 – vem yrkade på tilläggsvillkoret och vad "
                 "gick det ut på?", [], True,
     ["Heinrich Kaufmann", "inom verksamhetens område"],
     [g(KB_0201_P, "Heinrich Kaufmann (C) yrkar på ett tillägg i form av villkor av solcellsparkens"),
      g(KB_0201_P, "lokalisering. Solcellsparken ska lokaliseras inom verksamhetens område och")]),
    # 07 kungsbacka: a meeting that does not exist
    ("unanswerable", "Vad beslutade bygg-au på sammanträdet den 15 februari 2024?", [], False, [], []),
    # 08 jonkoping-bun: follow-up, who had left
    ("followup", "varför behövdes ett nyval, vem var det som hade slutat?",
     [turn("user", "vem valdes till ordinarie ledamot i bun:s arbetsutskott i februari 2025?"),
      turn("assistant", "Barn- och utbildningsnämnden utsåg den 18 februari 2025 1:e vice ordförande "
                        "Anna-Karin Carstensen (L) till ordinarie ledamot i nämndens arbetsutskott tillika "
                        "lokalutskott.")], True,
     ["Stig-Arne Tengmer", "avsagt sig"],
     [g(BUN_0218, "Stig-Arne Tengmer (L) har avsagt sig sitt uppdrag i barn- och utbildningsnämnden.")]),
    # 09 jonkoping-bun: the time the meeting closed
    ("header", "hur dags slutade bun mötet 18/2?", [], True,
     ["12:15"],
     [g(BUN_0218, "Rumlaborg, Stadshuset Huskvarna kl. 08:15 – 12:15.")]),
    # 10 jonkoping-bun: a deadline inside a summary
    ("date", "Senast när ville revisorerna ha svar från barn- och utbildningsnämnden om granskningen av "
             "problematisk skolfrånvaro?", [], True,
     ["28 februari 2025"],
     [g(BUN_0218, "Revisorerna önskar svar senast den 28 februari 2025.")]),
    # 11 jonkoping-bun: yes/no (yes)
    ("decision", "Förklarades paragrafen om remissen om Skolverkets föreskrifter omedelbart justerad på BUN:s "
                 "möte i mars 2025?", [], True,
     ["omedelbart justerad"],
     [g(BUN_0318, "Paragrafen förklaras omedelbart justerad.")]),
    # 12 jonkoping-bun: a § beyond the last (§§ 33-45)
    ("unanswerable", "vad står det i § 46 i barn- och utbildningsnämndens protokoll från 18 mars 2025?", [],
     False, [], []),
    # 13 region-vastmanland: English, a justerare proposed in an agenda
    ("english", "Who is proposed to check (justera) the minutes together with the chair at the strategic "
                "regional council (SRB) meeting on 13 December 2024?", [], True,
     ["Åsa-Märta Sjöström"],
     [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")]),
    # 14 region-vastmanland: list in the report
    ("list", "vilka övergripande strategier för situationellt brottsförebyggande arbete räknar skr-rapporten "
             "40 steg upp?", [], True,
     ["Öka ansträngningen", "Minska belöningen", "Reducera provokationer", "Ta bort ursäkten"],
     [g(SKR, "Situationella brottsförebyggande åtgärder kan delas in i fem övergripande strategier"),
      g(SKR, "- **Öka ansträngningen som krävs för att genomföra ett brott**"),
      g(SKR, "- **Ta bort ursäkten för den som begår brott**")]),
    # 15 region-vastmanland: missing attribute, an agenda item whose proposal is empty
    ("missing_attribute", "Vad är förslaget till beslut för punkten Samverkan Mälardalens universitet på SRB:s "
                          "sammanträde 13 december 2024?", [], False, [],
     [g(SRB, "Vid strategisk regional berednings sammanträde 2024-10-11 presenterades ett förslag på ny "
             "samverkansplattform STARK.")]),
    # 16 region-vastmanland: amounts in the middle of the report
    ("amount", "hur stor beräknas den kriminella ekonomin vara enligt skr rapporten o hur mycket av det är "
               "välfärdsbrott och felaktiga utbetalningar?", [], True,
     ["100–150 miljarder kronor", "38–66 miljarder kronor"],
     [g(SKR, "Den kriminella ekonomin i Sverige beräknas enligt Polismyndigheten omfatta 100–150 miljarder "
             "kronor om året.")]),
    # 17 lithekod: yes/no (no), a proposition voted down
    ("vote", "gick lithe kods vårmöte 2019 med på propositionen om att förtydliga vad \"medlemmar\" betyder?",
     [], True,
     ["godkänner inte propositionen", "12 röster emot"],
     [g(LK_VAR19, "4. Förtydliga vad “medlemmar” betyder (Bilaga B)\n12 röster emot"),
      g(LK_VAR19, "Mötet godkänner inte propositionen.")]),
    # 18 lithekod: English, sums in an attachment's table
    ("english", "What total expenses and what overall result does LiTHe kod's budget for 2019/2020 show?", [],
     True,
     ["210,000.00 kr", "-42,000.00 kr"],
     [g(LK_VAR19, "Totala utgifter  210,000.00 kr"),
      g(LK_VAR19, "Totalt  -42,000.00 kr")]),
    # 19 lithekod: the justerare under a line that says "mötessekreterare"
    ("person", "vem valdes till justeringsperson på lithe kods höstmöte 2019?", [], True,
     ["Erik Mansén"],
     [g(LK_HOST19, "4. Val av justeringsperson tillika rösträknare.\na. Erik Mansén blev vald till "
                   "mötessekreterare.")]),
    # 20 lithekod: list from the 2013 board minutes
    ("list", "Vilka mål satte LiTHe Kod upp på styrelsemötet i oktober 2013?", [], True,
     ["Permanent uppehållsrum", "känd förening", "Regelbundna event", "100 st medlemmar"],
     [g(LK_STYR13, "Permanent uppehållsrum åt föreningen"),
      g(LK_STYR13, "100 st medlemmar")]),
    # 21 kollektivhus-fristad: who reported an item
    ("person", "Vem redogjorde för revisionsberättelsen på kollektivhusföreningens årsmöte i februari 2017?", [],
     True,
     ["Johan Hemou"],
     [g(FR_ARS17, "Johan Hemou redogör muntligt för detta under")]),
    # 22 kollektivhus-fristad: follow-up, the time the meeting closed
    ("followup", "och när avslutades mötet?",
     [turn("user", "vem skrev protokollet på styrelsemöte nr 9 2018 i fristad?"),
      turn("assistant", "Erik Fogelberg skrev protokollet vid styrelsemöte nr 9 (2018-09-12) och "
                        "Britt-Marie Lundquist var justerare.")], True,
     ["20:45"],
     [g(FR_STY9, "12. Mötet avslutat 20:45")]),
    # 23 kollektivhus-fristad: reason of a decision in a long list
    ("reason", "varför fick relaxgruppen nej på sitt äskande på årsmötet 2017", [], True,
     ["vilken lokal som ska användas", "husmöte"],
     [g(FR_ARS17, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer\n"
                  "att beslutas på ett husmöte.")]),
    # 24 langasands-byalag: follow-up, the two justerare
    ("followup", "och vem justerade då?",
     [turn("user", "vem var ordförande för långasands årsmöte 2023?"),
      turn("assistant", "Årsmötet den 25 juli 2023 valde Carl Tönsgård till ordförande och Ingrid Tönsgård "
                        "till sekreterare för årsmötesförhandlingarna.")], True,
     ["Karin Barck Holst", "Anders Nylander"],
     [g(LB_ARS23, "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander.")]),
    # 25 langasands-byalag: English, numbers at the start of the annual report
    ("english", "How many paying members did Långasands Fastighetsägareförening have in 2019, and how many "
                "times did it meet that year?", [], True,
     ["249", "9 tillfällen"],
     [g(LB_VB19, "Under verksamhetsåret har föreningen sammanträtt vid 9 tillfällen. Föreningen har haft 249 st")]),
    # 26 langasands-byalag: a condition in the minutes
    ("decision", "vad händer om byalagets styrelse inte lyckas få fram en ordf efter årsmötet 2023", [], True,
     ["tre månader", "nytt årsmöte"],
     [g(LB_ARS23, "lyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till nytt "
                  "årsmöte.")]),
    # 27 brf-doktor-lindh: list in the nominating committee's proposal ("5 ledamöter" but four names)
    ("list", "Vilka ledamöter föreslår valberedningen i Brf Doktor Lindh?", [], True,
     ["Kent Asp", "Stig-Olof Eriksson", "Markus Berglund", "Christina Axelsson"],
     [g(DL_VALB, "Omval av Kent Asp på 2 år"),
      g(DL_VALB, "Nyval av Christina Axelsson på 2 år (nuvarande suppleant, ersättare föreslås nedan)")]),
    # 28 brf-doktor-lindh: follow-up, the voting rule and its deadline
    ("followup", "hur röstar man och senast när ska rösten vara inne?",
     [turn("user", "vilka motioner tas upp på dr lindhs föreningsstämma våren 2021?"),
      turn("assistant", "Sex motioner: ändrade tider för störande arbeten, blomsteräng, \"skräpcyklar\" i "
                        "cykelförråden, dörröppnare, brandlarm för hela huset och förändring av "
                        "trivselregler.")], True,
     ["poströstning", "16 maj"],
     [g(DL_KALL21, "poströstning kommer att förekomma. Röstsedel i slutet kuvert skall vara inlämnad\n"
                   "senast söndag 16 maj")]),
    # 29 brf-doktor-lindh: missing attribute, a date without a time
    ("missing_attribute", "vilken tid börjar städdagen i doktor lindh den 17/10?", [], False, [],
     [g(DL_HUSRAD, "Städdagen äger rum den 17/10.")]),
    # 30 brf-doktor-lindh: a topic the association's documents do not have
    ("unanswerable", "Vad har styrelsen i Brf Doktor Lindh beslutat om solpaneler på husens tak?", [], False,
     [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d44", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
