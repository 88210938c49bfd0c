"""Write probe.jsonl for the ma-lerum set (questions written before any answer was seen)."""
import json
from pathlib import Path

C = "ma-lerum"


def D(date):
    return f"ma-lerum-styrelseprotokoll-{date}.pdf"


def q(id, type, question, key_facts, gold, answerable=True, history=None):
    return {"id": f"mal-{id:02d}", "type": type, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": key_facts,
            "gold": [{"doc": d, "quote": s} for d, s in gold]}


rows = [
    q(1, "decision", "Vad beslutade styrelsen i MA Lerum om lägret på styrelsemötet den andra oktober 2023?",
      ["våren 2024", "Johan Danielsson", "Fredrik Hagstedt"],
      [(D("2023-10-02"), "Styrelsen beslutar om att flytta fram läger till våren 2024. Johan Danielsson och Fredrik"),
       (D("2023-10-02"), "Hagstedt fortsatt ansvariga för att arrangera detta.")]),
    q(2, "person", "Vilka föreslogs åka och representera klubben på serieföreningen västs möte i Vänersborg?",
      ["Glenn Gabrielsson", "Joakim Devos"],
      [(D("2022-11-14"), "Beslut: Förslag på representanter är Glenn Gabrielsson och Joakim Devos, att åka och")]),
    q(3, "person", "Vem var sekreterare på styrelsemötet den tredje maj 2023?",
      ["Giorgio Di Feola"],
      [(D("2023-05-03"), "Giorgio Di Feola, sekreterare")]),
    q(4, "date", "när är nästa styrelsemöte enl protokollet från 3 maj -23?",
      ["2023-06-05", "kl.18.00"],
      [(D("2023-05-03"), "Nästa styrelsemöte blir den 2023-06-05 kl.18.00")]),
    q(5, "list", "Det extra årsmötet i maj 2023 – vilket datum skulle det bokas in och vilka frågor skulle tas upp där?",
      ["29/5", "MX Alliansen", "revisorsuppleant", "valberedning"],
      [(D("2023-05-03"), "Ett extra årsmöte kommer att bokas in 29/5."),
       (D("2023-05-03"), "revisorsuppleant och valberedning.")]),
    q(6, "person", "Vem är administrativt ansvarig för vårt serielag och vem är samordnare?",
      ["Katarina Knutsson", "Glenn Gabrielsson"],
      [(D("2023-03-06"), "Katarina Knutsson administrativt ansvarig för vårt serielag."),
       (D("2023-03-06"), "Glenn Gabrielsson samordnare för vårt serielag.")]),
    q(7, "unanswerable", "Vilken placering fick MA Lerums serielag i Västras serie 2023?",
      [], [], answerable=False),
    q(8, "date", "När startar guldhjälmsutbildningen hösten 2023 och var?",
      ["2023-08-21", "kl.18", "klubbhuset"],
      [(D("2023-08-07"), "Uppstart 2023-08-21 kl.18 i klubbhuset.")]),
    q(9, "person", "Vem har Svemo tilldelat besiktningen av anläggningen?",
      ["Mats Risberg"],
      [(D("2023-08-07"), "Svemo har tilldelat besiktning av anläggningen till Mats Risberg.")]),
    q(10, "reason", "varför sköts KM fram i augusti 2023??",
      ["vädersituationen"],
      [(D("2023-08-07"), "Med tanke på vädersituationen så kommer vi att skjuta KM framåt, nytt datum kommer")]),
    q(11, "body_date", "Vilken dag och vilka tider hölls klubbmästerskapet 2023 enligt oktoberprotokollet?",
      ["7/10", "kl.11-15"],
      [(D("2023-10-02"), "7/10 kl.11-15, inlägg med anmälan finns på Facebook i medlemsgruppen, tidschema")]),
    q(12, "amount", "Hur många hade anmält sig till MX Alliansen-tävlingen vid styrelsemötet i maj 2025?",
      ["110"],
      [(D("2025-05-05"), "Hittills ca 110 anmälda.")]),
    q(13, "list", "Vilka arbetsdagar bestämdes i november 2023 inför banbesiktningen, och när startar medlemsarbetsdagen?",
      ["19/11", "26/11", "kl.10"],
      [(D("2023-11-06"), "maskinarbetsdag 19/11 och"),
       (D("2023-11-06"), "medlemsarbetadag 26/11 med start kl.10.")]),
    q(14, "reference", "I protokollet från 6 november 2023 hänvisas arbetsdagarna till en paragraf om banbesiktningen. Vilken paragraf hänvisas det till?",
      ["§10"],
      [(D("2023-11-06"), "Med anledning av banbesiktningen, se §10, maskinarbetsdag 19/11 och")]),
    q(15, "date", "Hur länge är banan godkänd efter Svemos besiktning?",
      ["2025-12-31"],
      [(D("2024-02-05"), "Banan är godkänd tom 2025-12-31.")]),
    q(16, "cross", "Vilken klubb hade Johan inlett dialog med om lägret i februari 2024, och vilka datum blev lägret sedan bokat enligt marsprotokollet?",
      ["Falköping MK", "4-5/5"],
      [(D("2024-02-05"), "Johan har inlett en dialog med"),
       (D("2024-03-04"), "Läger är bokat 4-5/5."),
       (D("2024-03-04"), "Johan har bokat Falköping MK och bokat tränare för helgen.")]),
    q(17, "followup", "och arbetsdagarna efter det, när var de?",
      ["7/3", "kl.17-20", "9/3", "kl.9-11"],
      [(D("2024-03-04"), "Arbetsdag 7/3 kl.17-20 och 9/3 kl.9-11.")],
      history=[{"role": "user", "content": "När öppnade banorna för säsongen 2024?"},
               {"role": "assistant", "content": "Enligt styrelseprotokollet från 2024-03-04 var det premiäröppning för säsongen den 2/3 för både stora och lilla banan."}]),
    q(18, "followup", "Var banan stängd några dagar innan den tävlingen då?",
      ["v.39"],
      [(D("2023-08-07"), "Bana stängd hela v.39 pga förberedelser och Svemos banbesiktning.")],
      history=[{"role": "user", "content": "Hur gick serielagstävlingen den 30/9 2023?"},
               {"role": "assistant", "content": "Enligt protokollet från 2023-10-02 flöt dagen på bra, Svemos rapport visade inga avvikelser och klubben fick mycket beröm för säkerheten av ambulanspersonalen."}]),
    q(19, "english", "What happened to the grant the club applied for to build a new small track (lilla banan)?",
      ["nekat"],
      [(D("2025-05-05"), "Bidraget vi sökte för att anlägga en ny lillabana blev nekat.")]),
    q(20, "english", "Who is drawing up an action plan for fixing things around the small track in spring 2024?",
      ["Viktor Karlsson"],
      [(D("2024-03-04"), "Viktor Karlsson tar fram en åtgärdsplan för fix runt banan.")]),
    q(21, "decision", "Vad bestämdes om medlemsavgiftspåminnelsen och klubbhusets toaletter på mötet i november 2022?",
      ["Nils uppdaterar", "nya toaletter", "Lerums kommun"],
      [(D("2022-11-14"), "Beslut: Nils uppdaterar."),
       (D("2022-11-14"), "Byggnation av nya toaletter pågår."),
       (D("2022-11-14"), "Bidrag till material att bygga dessa toaletter har vi fått av Lerums kommun.")]),
    q(22, "missing_attribute", "Hur mycket gick offerten på för ambulansen till serielagstävlingen 2023?",
      [],
      [(D("2023-03-06"), "Ambulans behöver bokas. Linda Larsen tar in offert från ambulanstjänst i Ale.")],
      answerable=False),
    q(23, "missing_attribute", "Vad kostade det nya materialet som Fredrik H köpte in till stora banan våren 2025?",
      [],
      [(D("2025-05-05"), "Fredrik H har köpt in nytt material.")],
      answerable=False),
    q(24, "unanswerable", "Vem valdes till ny kassör på det extra årsmötet den 29 maj 2023?",
      [], [], answerable=False),
    q(25, "unanswerable", "Vilken medlemsavgift beslutade årsmötet 2024 om för seniorer respektive juniorer?",
      [], [], answerable=False),
]

Path(__file__).with_name("probe.jsonl").write_text(
    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "rows")
