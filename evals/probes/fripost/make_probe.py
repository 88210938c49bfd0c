"""Writes probe.jsonl for the fripost set and checks every gold quote and key fact
against the text the assistant's loader extracts from /work/probes/docs/fripost/."""
import json
import re
import sys
from pathlib import Path

DOCS = Path("/work/probes/docs/fripost")
OUT = Path(__file__).with_name("probe.jsonl")
C = "fripost"

F04 = "fripost_bildandemote_2010-11-04.pdf"
F1117 = "fripost_styrelse_2010-11-17.pdf"
F0110 = "fripost_styrelse_2011-01-10.pdf"
F0120 = "fripost_styrelse_2011-01-20.pdf"
F0126 = "fripost_styrelse_2011-01-26.pdf"
F0220 = "fripost_styrelse_2011-02-20.pdf"
F0310 = "fripost_styrelse_2011-03-10.pdf"
F0405 = "fripost_styrelse_2011-04-05.pdf"
F0413 = "fripost_medlemsmote_2011-04-13.pdf"
F0810 = "fripost_styrelse_2011-08-10.pdf"


def q(i, typ, question, facts, gold, answerable=True, history=None):
    return {"id": f"wb{i:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": facts,
            "gold": [{"doc": d, "quote": s} for d, s in gold]}


items = [
    q(1, "decision", "Var skulle huvudservern stå enligt styrelsens beslut i slutet av januari 2011?",
      ["hemma hos ljo"],
      [(F0126, "• Att huvudservern står hemma hos ljo")]),
    q(2, "decision", "Vad bestämde styrelsen den 20 januari 2011 om föreningens logga?",
      ["logotyptävling", "årsmötet"],
      [(F0120, "7. Föreningen utlyser en logotyptävling, öppen för alla, med omröstning på årsmötet.")]),
    q(3, "decision", "Blir det något årsmöte 2011 eller vad kom styrelsen fram till i mars?",
      ["2012"],
      [(F0310, "• Medlemsmötet är ett alternativ till årsmötet, och årsmötet skjuts på till 2012.")]),
    q(4, "decision", "Vad beslutades om hårddiskar på styrelsemötet 10 januari?",
      ["Leif-Jöran", "usb"],
      [(F0110, "Beslut, Leif-Jöran ska köpa 2 st 2 tb - usb -diskar prisvärt.")]),
    q(5, "decision", "Vad kom medlemsmötet i april 2011 fram till om klistermärken?",
      ["1000", "900"],
      [(F0413, "• The meeting decided to order 1000 stickers, if they cost less than sek 900.")]),
    q(6, "person", "Vem valdes till revisor när föreningen bildades?",
      ["Catherine Holt"],
      [(F04, "8. Till revisor valdes Catherine Holt.")]),
    q(7, "person", "vem fixade soppan till första festen?",
      ["Stian"],
      [(F0220, "– Stian ansvarar för soppan.")]),
    q(8, "person", "Vem skulle skriva ansökan till Internetfonden?",
      ["Stefan"],
      [(F0110, "Stefan ansöker om organisations-\nnummer och skriver ansökan till Internetfonden.")]),
    q(9, "header", "Vem var mötesordförande och vem var sekreterare på styrelsemötet 26 januari 2011?",
      ["Stian", "Stefan"],
      [(F0126, "2. Till mötesordförande valdes Stian, till mötessekreterare Stefan, och till justeringsperson\nLeif-Jöran.")]),
    q(10, "header", "Vem justerade protokollet från medlemsmötet i april 2011?",
      ["Mattias"],
      [(F0413, "(c) Mattias as approver.")]),
    q(11, "header", "Var hölls styrelsemötet i augusti 2011?",
      ["Risåsgatan"],
      [(F0810, "Time and place: August 10 2011, Risåsgatan, Göteborg")]),
    q(12, "amount", "Hur hög medlemsavgift bestämdes när Fripost bildades?",
      ["300"],
      [(F04, "9. Medlemsavgiften Fastställdes till 300 sek .")]),
    q(13, "amount", "Vad gick festbudgeten på totalt enligt mötet 20 februari?",
      ["730"],
      [(F0220, "Summa  730 kr")]),
    q(14, "list", "Vilka utgiftsposter fanns med i budgeten som togs fram vid bildandet?",
      ["Hostning", "Hårdvara", "Löpande utgifter"],
      [(F04, "Medlemsavgifter 15 000  Hostning  6 000\nHårdvara  5 500\nLöpande utgifter 3 500")]),
    q(15, "list", "Vilka var med på styrelsemötet den 20 januari 2011?",
      ["Gustav Eek", "Stefan Kangas", "Leif-Jöran Olsson", "Stian Rødven Eide"],
      [(F0120, "Närvarande: Gustav Eek,  Stefan Kangas, Leif-Jöran Olsson, och\nStian Rødven Eide")]),
    q(16, "reference", "Vilken punkt i stadgarna säger att styrelsen måste göra sina protokoll tillgängliga för medlemmarna?",
      ["6.5"],
      [(F04, "6.5 Styrelsen ska göra sina protokoll tillgängliga för alla medlemmar, i elektronisk form,\nsenast 2 veckor efter sina möten.")]),
    q(17, "reference", "Vilken punkt i stadgarna reglerar vad som händer med tillgångarna om föreningen läggs ner?",
      ["11.2"],
      [(F04, "11.2 Om föreningen upplöses bestämmer följande regler vad som händer med dess eventu-\nella tillgångar:")]),
    q(18, "body_date", "På vilket möte valdes Stefan Kangas till föreningens ordförande, och när var det?",
      ["bildandemöte", "4 november 2010"],
      [(F04, "Protokoll, bildandemöte\n\n4 november 2010"), (F04, "5. Till ordförande valdes Stefan Kangas")]),
    q(19, "body_date", "När och på vilket möte utvärderades festen?",
      ["styrelsemöte", "5 april 2011"],
      [(F0405, "Protokoll, styrelsemöte\n\n5 april 2011"),
       (F0405, "6. Utvärdering av festen. Festen var lyckad och det är värt att ha en ny.")]),
    q(20, "cross", "Hur mycket växte medlemsantalet mellan styrelsemötet 20 januari och mötet 10 mars 2011?",
      ["15", "22"],
      [(F0120, "5. Ekonomi. Föreningen har 15 bekräftade medlemmar."),
       (F0310, "Totala med-\nlemsantalet är 22 st.")]),
    q(21, "followup", "och hur ska firman tecknas enligt stadgarna?",
      ["två i förening"],
      [(F04, "3.7 Firman ska tecknas två i förening.")],
      history=[{"role": "user", "content": "Vilka utsågs till firmatecknare i november 2010?"},
               {"role": "assistant", "content": "På styrelsemötet den 17 november 2010 utsågs ordförande Stefan Kangas och kassör Leif-Jöran Olsson till firmatecknare."}]),
    q(22, "english", "Which company was the board going to order an internet subscription from, according to the meeting on 26 January 2011?",
      ["Comhem"],
      [(F0126, "• Att ljo beställer ett internetabbonnemang från Comhem till föreningen, som\nkomplement till det han har")]),
    q(23, "missing_attribute", "Vad kostade servercertifikatet från Globalsign?",
      [],
      [(F0120, "Föreningen har fått ett servercertifikat från Globalsign.")], answerable=False),
    q(24, "missing_attribute", "Hur mycket pengar beviljade Internetfonden Fripost?",
      [],
      [(F0110, "Internetfonden har ansöknings-deadline 15 februari.")], answerable=False),
    q(25, "unanswerable", "Vem valdes till ny ordförande på årsmötet 2012?",
      [], [], answerable=False),
]

sys.path.insert(0, "/work/main")
from assistant.documents.loaders import load  # noqa: E402

texts = {}
def text(doc):
    if doc not in texts:
        texts[doc] = load(DOCS / doc).text
    return texts[doc]

norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
bad = 0
for it in items:
    for g in it["gold"]:
        if g["quote"] not in text(g["doc"]):
            bad += 1
            print("QUOTE NOT FOUND", it["id"], g["doc"], repr(g["quote"]))
    joined = norm(" ".join(g["quote"] for g in it["gold"]))
    for k in it["key_facts"]:
        if norm(k) not in joined:
            bad += 1
            print("KEY FACT NOT IN GOLD", it["id"], repr(k))
assert len(items) == 25 and len({i["id"] for i in items}) == 25
with OUT.open("w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("items", len(items), "problems", bad)
sys.exit(1 if bad else 0)
