"""Write probe.jsonl. Quotes are written here with single spaces; each is
mapped to the exact substring of the loader text (line breaks from wrapping
kept), so every stored quote is verbatim. Run once; evals/probes/verify_set.py checks."""
import json
import re
from pathlib import Path

from assistant.documents.loaders import load

DOCS = Path("/work/probes/docs/scouterna")
F13 = "scouterna-styrelseprotokoll-2013-02-16.pdf"
N13 = "scouterna-styrelseprotokoll-2013-11-16.pdf"
A14 = "scouterna-styrelseprotokoll-2014-04-12.pdf"
M17 = "scouterna-styrelseprotokoll-2017-05-15.pdf"
STY = "scouterna-styrelsen-om-styrelsemoten.pdf"
STA = "scouterna-tidigare-stammor.pdf"
TEXT = {p.name: load(p).text for p in DOCS.glob("*.pdf")}


def q(doc, quote):
    pat = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pat, TEXT[doc])
    if not m:
        raise SystemExit(f"not found in {doc}: {quote!r}")
    return {"doc": doc, "quote": m.group(0)}


def row(n, typ, question, kf, gold, answerable=True, history=None):
    return {"id": f"sco-{n:02d}", "type": typ, "corpus": "scouterna", "question": question,
            "history": history or [], "answerable": answerable, "key_facts": kf, "gold": gold}


R = [
    row(1, "person", "Vilka valdes till justeringspersoner på Scouternas styrelsemöte i Malmö i februari 2013?",
        ["Anders Ahlström", "Malin Amnefelt"],
        [q(F13, "att välja Anders Ahlström och Malin Amnefelt till justeringspersoner.")]),
    row(2, "unanswerable", "vad beslutade scouternas styrelse på telefonmötet i oktober 2015?", [], [], False),
    row(3, "decision", "Vilka punkter lades till på dagordningen när Scouternas styrelse träffades den 16–17 februari 2013?",
        ["kommunikation och demokrati", "Trygga Möten"],
        [q(F13, "att godkänna dagordningen med tillägg av två punkter (16 kommunikation och demokrati och 17 Trygga Möten) med följdjustering.")]),
    row(4, "date", "När skulle Scouterna få veta hur mycket stöd PostkodLotteriet ger, enligt styrelseprotokollet från Malmö?",
        ["21 februari", "Postkodgalan"],
        [q(F13, "På Postkodgalan torsdag 21 februari meddelas hur mycket stöd Scouterna beviljas av PostkodLotteriet, vilket kommer att påverka hur budgeten för året kommer att se ut.")]),
    row(5, "unanswerable", "Vilka beslut tog Scouternas presidium på sitt möte i december 2016?", [], [], False),
    row(6, "followup", "träffade hon nån mer i samband med besöket?",
        ["kommunledningen i Vingåker"],
        [q(F13, "I samband med besöket träffade generalsekreteraren även kommunledningen i Vingåker kommun.")],
        history=[{"role": "user", "content": "Vad rapporterades om Kjesäter på styrelsemötet i februari 2013?"},
                 {"role": "assistant", "content": "Generalsekreteraren Yvonne Tenninge hade besökt Kjesäter tillsammans med Katarina Hedberg och Gustav Öhrn och gav en rapport om besöket."}]),
    row(7, "missing_attribute", "Varför var Daniel Kåreda inte med på söndagens beslutsmöte i februari 2013?", [],
        [q(F13, "Daniel Kåreda deltog inte under söndagen (beslutsmötet).")], False),
    row(8, "missing_attribute", "Vilken tid började Scouternas styrelsemöte den sextonde november 2013?", [],
        [q(N13, "1 Mötets öppnande Josefine Larsson hälsar alla välkomna och förklarar mötet öppnat.")], False),
    row(9, "person", "vilka justerade protokolet från styrelsemötet i novmber 2013",
        ["Thomas Frostberg", "Ida Krogh Sjöholm"],
        [q(N13, "att välja Thomas Frostberg och Ida Krogh Sjöholm till justeringspersoner.")]),
    row(10, "list", "Vilka tidigare protokoll lades till handlingarna på novembermötet 2013?",
        ["presidieprotokoll 9, 10, 11, 12", "styrelseprotokoll 5, 6, 7 & 8"],
        [q(N13, "att med ett godkännande lägga presidieprotokoll 9, 10, 11, 12 & 13 och styrelseprotokoll 5, 6, 7 & 8 till handlingarna.")]),
    row(11, "body_date", "När hade verksamhetsrapporten som följdes upp i november 2013 presenterats första gången?",
        ["telefonmöte", "14 oktober"],
        [q(N13, "Uppföljning av verksamhetsrapporten som presenterades vid styrelsens telefonmöte den 14 oktober.")]),
    row(12, "decision", "Vem fick i uppdrag att ta fram underlag för att utveckla verksamhetsrapporten vidare, och med vems stöd?",
        ["Malin Amnefelt", "Yvonne Tenninge"],
        [q(N13, "att uppdra åt Malin Amnefelt med stöd av Yvonne Tenninge att ta fram underlag för ytterligare utveckling")]),
    row(13, "cross", "Vem öppnade Scouternas styrelsemöte i februari 2013 och vem öppnade mötet i november samma år?",
        ["Martin Björgell", "Josefine Larsson"],
        [q(F13, "1 Mötets öppnande Martin Björgell hälsar alla välkomna och förklarar mötet öppnat."),
         q(N13, "1 Mötets öppnande Josefine Larsson hälsar alla välkomna och förklarar mötet öppnat.")]),
    row(14, "header", "vart hölls styrelsemötet 12-13 april 2014?",
        ["Rikskansliet/Örnsberg"],
        [q(A14, "Löpnummer: 8 12-13 april 2014 Rikskansliet/Örnsberg, Stockholm Dnr O51-15-2014.")]),
    row(15, "person", "Daniel Kåreda fick gå från aprilmötet 2014 – vem justerade istället och från vilken punkt?",
        ["Anders Ahlström", "punkt 20"],
        [q(A14, "att välja Anders Ahlström som justeringsperson från punkt 20 då Daniel Kåreda behövde avvika från mötet.")]),
    row(16, "reason", "Hur utsågs mötessekreteraren på Scouternas styrelsemöte i april 2014, och vem blev det?",
        ["Martin Björgell", "inte leder mötet"],
        [q(A14, "Styrelsen utser den i presidiet som inte leder mötet att vara mötessekreterare att välja Martin Björgell till mötessekreterare")]),
    row(17, "reference", "Vad kompletterades dagordningen med som punkt 7 i april 2014?",
        ["presentation", "medarbetarunder"],
        [q(A14, "Dagordningen kompletteras med punkt 7, presentation av den medarbetarunder")]),
    row(18, "english", "Which board member was absent from the Scouterna board meeting on 12–13 April 2014?",
        ["Lo Lagercrantz"],
        [q(A14, "Frånvarande Ledamot Lo Lagercrantz")]),
    row(19, "person", "vem va mötessekreterare på styrelsemöte 4 2017",
        ["Jonas Nygren"],
        [q(M17, "att välja Jonas Nygren till mötessekreterare.")]),
    row(20, "decision", "Vad beslutade styrelsen om Jamboree17 på mötet den femtonde maj 2017?",
        ["effekt- och projektmål", "Budget 5.2"],
        [q(M17, "att fastställa den föreslagna prioriteringen av effekt- och projektmål för Jamboree17. att fastställa den föreslagna budgetrevisionen, Budget 5.2.")]),
    row(21, "decision", "Fick styrelsen för Scouternas folkhögskola ansvarsfrihet i maj 2017, och vilka föredrog ärendet?",
        ["bevilja ansvarsfrihet", "Arvid Nilsson", "Katarina Hedberg"],
        [q(M17, "Katarina Hedberg och Arvid Nilsson föredrar underlaget. att bevilja ansvarsfrihet för Stiftelsen Scouternas folkhögskolas styrelse")]),
    row(22, "unanswerable", "Who were elected to check the minutes at the Scouterna board meeting at Sensus in January 2014?", [], [], False),
    row(23, "amount", "vad blev medlemsavgiften för 2021 och 2022 enligt scouternas stämma 2020?",
        ["180 kr"],
        [q(STA, "Oförändrad medlemsavgift 180 kr för 2021 och 2022.")]),
    row(24, "followup", "och statsbidraget, hur mycket går ut till kårerna?",
        ["900 kr", "18 kr"],
        [q(STA, "Statsbidrag som Scouterna har beviljats ska utbetalas som bidrag på 900 kr för varje godkänd medlemsförening och 18 kr per godkänd medlem direkt till de kårer vars statsbidragsansökan har godkänts.")],
        history=[{"role": "user", "content": "Vad beslutade Scouternas stämma 2020 om medlemsavgiften?"},
                 {"role": "assistant", "content": "Stämman 2020 beslutade om oförändrad medlemsavgift: 180 kr för 2021 och 2022."}]),
    row(25, "vote", "Vad händer om det blir lika röstetal vid ett beslut i Scouternas styrelse, och hur många ledamöter måste vara på plats för att den ska vara beslutsmässig?",
        ["mötesordföranden", "mer än hälften"],
        [q(STY, "Styrelsen är beslutsmässig när mer än hälften av ledamöterna är närvarande och minst hälften av dem är myndiga. Om lika många skulle rösta ja som nej vid ett beslut är det mötesordföranden som bestämmer.")]),
]

out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in R), encoding="utf-8")
print(len(R), "rows ->", out)
