"""Write probe.jsonl for the altunagarden set (Föreningen Altunagården, Altuna).

Questions were written from the documents' text alone (load(path).text), before any
answer of the assistant was seen. Run from the repository root:
    .venv/bin/python evals/probes/altunagarden/write_probe.py
then check with verify_quotes.py in the same folder.
"""
import json
from pathlib import Path

SET = "altunagarden"
P19 = "altunagarden-arsmote-2019-02-17-protokoll.pdf"
P20 = "altunagarden-arsmote-2020-protokoll.pdf"
P21 = "altunagarden-arsmote-2021-protokoll.pdf"
D21 = "altunagarden-arsmote-2021-04-06-dagordning.pdf"
D22 = "altunagarden-arsmote-2022-03-05-dagordning.pdf"
KAL = "altunagarden-kalendarium-2022.pdf"
VB20 = "altunagarden-verksamhetsberattelse-2020.pdf"
VB21 = "altunagarden-verksamhetsberattelse-2021.pdf"


def q(type_, question, key_facts, gold, answerable=True, history=None):
    return {"type": type_, "question": question, "history": history or [], "answerable": answerable,
            "key_facts": key_facts, "gold": [{"doc": d, "quote": s} for d, s in gold]}


QUESTIONS = [
    # --- årsmötet 2019-02-17 ---
    q("decision",
      "Vad beslutade årsmötet i Föreningen Altunagården den sjuttonde februari 2019 om medlemsavgiften?",
      ["100kr", "150kr"],
      [(P19, "17. Beslutades att medlemsavgiften blir oförändrad, d.v.s. 100kr per\nenskild medlem och 150kr per familj.")]),
    q("person",
      "vilka justera protokollet på altunagårdens årsmöte 17 feb 2019?",
      ["Jimmy Mårts", "Ninni Tamm"],
      [(P19, "2. Följande personer valdes att, jämte ordförande, justera dagens\nprotokoll: Jimmy Mårts och Ninni Tamm")]),
    q("amount",
      "Hur stort plusresultat visade den ekonomiska berättelsen som lades fram på årsmötet 2019?",
      ["82 529"],
      [(P19, "Den ekonomiska berättelsen visade på ett bra resultat (+ 82 529kr) och\ngodkändes")]),
    q("body_date",
      "När invigdes Altuna bygdegård, och vem invigde den?",
      ["4:e december 1949", "landshövdingen"],
      [(P19, "Bygdegård invigdes 4:e december 1949 kl. 14.15 av dåvarande\nlandshövdingen i Västmanlands län")]),
    q("list",
      "Vad kompletterades föredragningslistan med under punkt 19 på årsmötet 2019?",
      ["sammanslagning av styrelserna", "historik", "Förslag på aktiviteter för 2019-2020"],
      [(P19, "3. Föredragningslistan kompletteras med följande till punkt 19:\nFörslag om att titta på ett utökat samarbete och eventuell\nsammanslagning av styrelserna för Föreningen Altunagården och\nAltuna Hembygdsförening.\nRedovisning av Altunagårdens historik.\nFörslag på aktiviteter för 2019-2020.")]),
    q("followup",
      "Kom dom fram till nåt beslut i den frågan då?",
      ["bjuda in", "hembygdsgårdens styrelse"],
      [(P19, "Frågan har varit uppe tidigare, och vi beslutade bjuda in\nhembygdsgårdens styrelse under våren till en diskussion.")],
      history=[
          {"role": "user", "content": "Vad diskuterades om samarbete med hembygdsföreningen på Altunagårdens årsmöte 2019?"},
          {"role": "assistant", "content": "Årsmötet diskuterade ett gemensamt arbete för bygdegården och hembygdsgården, eftersom ofta samma personer är aktiva i båda föreningarna – till exempel om man kan ha gemensam styrelse och årsavgift men skild ekonomi, och om fler lokala föreningar kan involveras."},
      ]),
    # --- årsmötet för verksamhetsåret 2019 (hölls 2020) ---
    q("reason",
      "Varför får styrelsen i Altunagården ingen ersättning enligt årsmötet för verksamhetsåret 2019?",
      ["inte finns önskemål"],
      [(P20, "c) Ingen ersättning utgår till styrelse m fl., då det inte finns önskemål om detta.")]),
    q("date",
      "Var och när skulle bygdegårdsdistriktets stämma hållas enligt Altunagårdens årsmötesprotokoll 2020?",
      ["Tierp", "4:e april"],
      [(P20, "Stämman äger rum i Tierp 4:e april.")]),
    q("missing_attribute",
      "Vilket datum hölls årsmötet där Altunagården behandlade verksamhetsåret 2019?",
      [],
      [(P20, "För Föreningen Altunagården, verksamhetsåret 2019")],
      answerable=False),
    q("followup",
      "Och vad berättade Jimmy Mårts om innan mötena började?",
      ["nytt avlopp", "dränering"],
      [(P20, "Före de bägge årsmötena berättade Jimmy Mårts om arbetena runt Altunagården, där vi fått\nnytt avlopp, och nu får nu dränering runt hela huset plus ny ledning gör inkommande vatten.")],
      history=[
          {"role": "user", "content": "Vem tackades för tårtorna på årsmötet för verksamhetsåret 2019?"},
          {"role": "assistant", "content": "Ulf Ekehult tackades för de fina tårtorna som serverades vid fikastunden mellan Altunagårdens och Altuna Hembygdsförenings årsmöten."},
      ]),
    q("list",
      "vilka fasta punkter fanns i altunagårdens kalendarie för 2020",
      ["Valborgsmässo-firande", "Pub 13", "trettondagsknyt", "julgransplundring"],
      [(P20, "I kalendariet för 2020 ligger några fasta punkter, t.ex. Valborgsmässo-firande, Pub 13 i\nnovember, trettondagsknyt och julgransplundring.")]),
    # --- årsmötet 2021 (verksamhetsåret 2020) ---
    q("decision",
      "Vad beslöt årsmötet 2021 om skriften om Altunagårdens första 70 år?",
      ["fortsätta arbetet", "trycka den i höst"],
      [(P21, "Vi beslöt att fortsätta arbetet under året, och räkna med att trycka den i höst.")]),
    q("person",
      "vem e kassör i altunagården efter årsmötet 2021?",
      ["Ninni Tamm"],
      [(P21, "valdes Ingrid Ninni Tamm som kassör, Per Westin som")]),
    q("cross",
      "Årsmötet var kallat till den sjätte april 2021 – vilket datum justerades protokollet, och av vilka?",
      ["2021-04-07", "Jimmy Mårts", "Ninni Tamm"],
      [(D21, "Årsmöte föreningen Altunagården 6 april 2021"),
       (P21, "Altuna 2021-04-07 Justeras:  Jimmy Mårts  Ninni Tamm")]),
    q("missing_attribute",
      "Hur stort var underskottet som fördes över i ny räkning på årsmötet 2021?",
      [],
      [(P21, "8.  Balansräkningen fastställdes och godkändes. Årets underskott överförs i ny räkning.")],
      answerable=False),
    # --- verksamhetsberättelser ---
    q("body_date",
      "Vilken dag var luciatåget i bygdegården 2021 och hur många barn var med i tåget?",
      ["12 december", "18 barn"],
      [(VB21, "Luciatåg i bygdegården den 12 december. Ett 70-tal gäster kom och tittade på det fina tåget\nmed tärnor, tomtar och lucia som utgjordes av 18 barn från bygden.")]),
    q("cross",
      "Hur många medlemmar hade Altunagården 2020 jämfört med 2021?",
      ["216", "170"],
      [(VB20, "Föreningen hade under verksamhetsåret 216 medlemmar."),
       (VB21, "Föreningen hade under 2021 170 medlemmar. Det är något färre än året innan.")]),
    q("amount",
      "Hur många gånger var bygdegården uthyrd till externa gäster under 2020, och ungefär hur många besökare blev det?",
      ["11 tillfällen", "500 personer"],
      [(VB20, "Altunagården har varit uthyrd till externa gäster vid 11 tillfällen under 2020"),
       (VB20, "Ca 500 personer har vid dessa tillfällen besökt bygdegården")]),
    q("english",
      "Who did the Altunagården board specially thank in its 2020 annual report for giving the website new life?",
      ["Peter Dahlin"],
      [(VB20, "Vi vill rikta ett särskilt\ntack till Peter Dahlin som lagt ner ett stort arbete på att ge hemsidan nytt liv.")]),
    # --- kallelser/dagordningar och kalendarium ---
    q("header",
      "vilket datum är årsmötet 2022 och vilket bankgiro betalar man medlemsavgiften till?",
      ["5 mars 2022", "320-0490"],
      [(D22, "Årsmöte föreningen Altunagården 5 mars 2022"),
       (D22, "Bank Giro  320-0490")]),
    q("reference",
      "Vad ska tas upp under punkt 18 a på årsmötet den 6 april 2021?",
      ["Kalendariet 2021"],
      [(D21, "a) Kalendariet 2021")]),
    q("date",
      "När kommer Dalkarlsvandringen till Altunagården 2022, och vad erbjuder föreningen vandrarna?",
      ["24-25 maj", "logi och middag"],
      [(KAL, "24-25 maj"),
       (KAL, "Dalkarlsvandringen – Altunagården öppnar upp för\nvandrare som tar sig från Mora till Stockholm. Vi erbjuder\nlogi och middag samt frukost och lunchpaket.")]),
    # --- unanswerable ---
    q("unanswerable",
      "Vem valdes till ordförande för Altunagården på årsmötet i mars 2022?",
      [], [], answerable=False),
    q("unanswerable",
      "Vad kostar det att hyra stora salen i Altunagården en lördag?",
      [], [], answerable=False),
    q("unanswerable",
      "Hur röstade Altunagårdens styrelse om sammanslagningen med hembygdsföreningen på styrelsemötet hösten 2019?",
      [], [], answerable=False),
]

rows = []
for i, item in enumerate(QUESTIONS, 1):
    rows.append({"id": f"alt-{i:02d}", "type": item["type"], "corpus": SET, "question": item["question"],
                 "history": item["history"], "answerable": item["answerable"],
                 "key_facts": item["key_facts"], "gold": item["gold"]})
out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"wrote {len(rows)} questions to {out}")
