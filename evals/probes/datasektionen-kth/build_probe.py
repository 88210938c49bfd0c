"""Write probe.jsonl for the datasektionen-kth set (Konglig Datasektionen, KTH)."""
import json
from pathlib import Path

C = "datasektionen-kth"
A = "datasektionen_protokoll_DM_9.pdf"
B = "datasektionen_protokoll_DM_26.pdf"
BS1 = "datasektionen_protokoll_Budget-SM_113.pdf"
BS2 = "datasektionen_protokoll_Budget-SM_43.pdf"
GL = "datasektionen_protokoll_Glogg-SM_45.pdf"
RV = "datasektionen_protokoll_Revisions-SM_10.pdf"
G13 = "datasektionen_dagordning_DM_2013-10-08.pdf"
H14 = "datasektionen_dagordning_DM_2014-09-29.pdf"
I15 = "datasektionen_dagordning_DM_2015-04-27.pdf"
VS15 = "datasektionen_dagordning_Val-SM_2015-05-11.pdf"
N22 = "datasektionen_nyhet_Val-SM_2022.pdf"


def g(doc, quote):
    return {"doc": doc, "quote": quote}


def q(i, typ, question, kf, gold, answerable=True, history=None):
    return {"id": f"dkth-{i:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": kf, "gold": gold}


rows = [
    q(1, "person", "Vem valdes till mötesordförande på det DM där Andreas Falk förklarade mötet öppnat?",
      ["Max Nordlund"], [g(A, "Max Nordlund valdes till")]),
    q(2, "decision", "vilken övrig fråga anmälde ordföranden Andreas Falk på DM:et i rum 4523?",
      ["Frakt av kassaskåp"], [g(A, "Andreas Falk anmälde Frakt")]),
    q(3, "header", "Var hölls DM-mötet som Lovisa Runhem öppnade kl 17.38, och när tog det slut?",
      ["Sal 1537", "20:31"], [g(B, "kl. 17:38 20:31 Plats Sal 1537, KTH")]),
    q(4, "followup", "och vem justerde protokollet på det mötet?",
      ["Viktor Björkholm"], [g(B, "Viktor Björkholm valdes till justeringsperon tillika")],
      history=[{"role": "user", "content": "Vem var mötesordförande på DM:et i sal 1537?"},
               {"role": "assistant", "content": "Lovisa Runhem valdes till mötesordförande på det DM-mötet (DM 26), som hölls i Sal 1537 på KTH."}]),
    q(5, "reference", "Vilken proposition lades till när föredragningslistan återöppnades på DM:et där Lovisa Runhem var ordförande, och som vilken punkt?",
      ["inköp av kassaskåp", "5.6"], [g(B, "återuppöppnades efter punkt 5.3 och punkt 5.6, Proposition angående inköp av")]),
    q(6, "list", "Vilka presenterade sig som ordförandekandidater på Budget-SM:et där ordförandevalet sedan stängdes?",
      ["Jacob Sievers", "Emanuelsson", "Lovisa Runhem"], [g(BS1, "Ordförandekandidater: Jacob Sievers presenterar sig.")]),
    q(7, "decision", "Vad yrkade Johan Stjernberg på när föredragningslistan skulle fastställas på budget-SM, och gick det igenom?",
      ["9.6", "8.3", "STYFV"], [g(BS1, "Johan Stjernberg yrkade för att ytta punkt 9.6. Motion angående"),
                                g(BS1, "Föredragningslistan fastställdes med ovanstående ändringar.")]),
    q(8, "english", "Who were elected as adjusters and vote counters at the Budget-SM in H1 that opened at 17:42?",
      ["Frida Jansson", "Angelina von Gegerfelt"], [g(BS1, "rösträknare Frida Jansson och Angelina von Gegerfelt valdes till justeringspersoner tillika")]),
    q(10, "cross", "Var det samma mötesordförande och sekreterare på båda budget-SM-protokollen? Vilka var det i så fall?",
      ["Petter Djupfeldt", "Eva Sokolova"], [g(BS1, "Eva Sokolova valdes till mötessekreterare."),
                                              g(BS2, "Eva Sokolova valdes till mötessekreterare.")]),
    q(11, "person", "Vem adjungerades på budget-SMet som pågick 17:32–19:36, och med vilka rättigheter?",
      ["Lukas Häggström", "närvaro- och yttranderätt"], [g(BS2, "adjungeringar Lukas Häggström adjungerades med närvaro- och yttranderätt.")]),
    q(12, "header", "när började och slutade glöggsm:et och i vilken sal var det",
      ["18:00", "23:02", "B2"], [g(GL, "Tidpunkt , 18:00 23:02 Plats Närvarande B2, KTH")]),
    q(13, "reason", "Varför hade ordföranden inte kommit igång med visionsdokumentet enligt Glögg-SM-protokollet?",
      ["tidsbrist", "nästa styrelse"], [g(GL, "Fråga 2: Hur går det med visionsdokumentet? Svar: Inte hunnit")]),
    q(14, "followup", "Och vilka fick yttranderätt på samma möte?",
      ["Jens Arvidsson", "Diego Martinez Marrodán", "Robin Odelius"], [g(GL, "Diego Martinez Marrodán och Robin Odelius gavs yttranderätt.")],
      history=[{"role": "user", "content": "Vilka var justeringspersoner på Glögg-SM?"},
               {"role": "assistant", "content": "Per Nyberg och Filip Schulze valdes till justeringspersoner tillika rösträknare på Glögg-SM."}]),
    q(15, "header", "I vilken lokal hölls Revisions-SM och vem öppnade mötet, vid vilken tid?",
      ["Kröken", "Nymble", "Sofie Björk", "17:47"], [g(RV, "Plats Lokal Kröken i kårhuset Nymble, KTH"),
                                                    g(RV, "Sofie Björk förklarade mötet öppnat 17:47.")]),
    q(16, "followup", "vem står som kassör i närvarolistan där då?",
      ["Kristoffer Renholm"], [g(RV, "D-05 Kristoffer Renholm Kassör, D-05")],
      history=[{"role": "user", "content": "Var hölls Revisions-SM:et som pågick till 21.57?"},
               {"role": "assistant", "content": "Det hölls i lokalen Kröken i kårhuset Nymble på KTH."}]),
    q(17, "list", "Vilka motioner stod på dagordningen till DM den åttonde oktober 2013?",
      ["Redaqtionens införlivande", "ESports Community", "namnbyte av D.E.M.O.N", "Mer LOL", "Läskmaskin", "Soffor till META"],
      [g(G13, "Motion angående Mer LOL"), g(G13, "angående Läskmaskin 7. Motion angående Soffor till META")]),
    q(18, "body_date", "enligt dagordningen till DM:et den tjugonionde september 2014, vilket datum skulle META stängas?",
      ["2 oktober"], [g(H14, "Verksamhetsplan Budget Stängning av META")]),
    q(20, "english", "Which items were listed as tabled (bordlagda ärenden) on the agenda for the DM of 27 April 2015?",
      ["Nedläggning av Studs", "dåre 2014"], [g(I15, "Bordlagda ärenden 1. Nedläggning av Studs Nedläggning av dåre 2014")]),
    q(21, "list", "vad fanns under bordlagda ärenden på dagordningen för val-sm 11 maj 2015?",
      ["Verksamhetsberättelse", "Resultatrapport", "Ansvarsfrihet", "2014"],
      [g(VS15, "Verksamhetsberättelse för Resultatrapport för Ansvarsfrihet för verksamhetsåret 2014")]),
    q(22, "date", "När var motionsstopp inför Val-SM 2022, och vilken dag var reservtid om mötet inte blev klart?",
      ["26:e April", "12:e Maj"], [g(N22, "Motionsstopp är den 26:e April."), g(N22, "12:e Maj klockan 17:30 i V1.")]),
    q(23, "missing_attribute", "Vilket datum hölls DM:et där frakt av kassaskåp togs upp som övrig fråga?",
      [], [g(A, "Protokoll fört vid DM Konglig Datasektionen Tidpunkt ,")], answerable=False),
    q(24, "missing_attribute", "Hur mycket pengar begärdes i motionen om läskmaskinen på DM 27 april 2015?",
      [], [g(I15, "Angående Läskmaskinen")], answerable=False),
    q(25, "unanswerable", "Vem valdes till sektionsordförande på Val-SM 2022?",
      [], [], answerable=False),
]
rows += [
    q(26, "unanswerable", "Beslutade Datasektionen att köpa en ny kaffemaskin till META?", [], [], answerable=False),
    q(27, "unanswerable", "Vem var sektionens inspektor?", [], [], answerable=False),
]
for n, r in enumerate(rows, 1):
    r["id"] = f"dkth-{n:02d}"
out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "rows")
