"""Write probe.jsonl for the set `roxen-fvof` (questions written from the documents alone)."""
import json
from pathlib import Path

C = "roxen-fvof"
S12 = "roxen_styrelsemote_2012-01-30.pdf"
S1503 = "roxen_styrelsemote_2015-03-30.pdf"
S1407 = "roxen_styrelsemote_2014-07-28.pdf"
S15 = "roxen_styrelsemote_2015-09-28.pdf"
S17 = "roxen_styrelsemote_2017-01-30.pdf"
S19 = "roxen_styrelsemote_2019-11-04.pdf"
S20 = "roxen_styrelsemote_2020-11-02.pdf"
S22 = "roxen_styrelsemote_2022-09-28.pdf"
S23 = "roxen_styrelsemote_2023-02-28.pdf"
STA = "roxen_stadgar.pdf"


def q(typ, question, key_facts, gold, history=None, answerable=True):
    return {"type": typ, "question": question, "history": history or [], "answerable": answerable,
            "key_facts": key_facts, "gold": [{"doc": d, "quote": s} for d, s in gold]}


def turns(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


ROWS = [
    q("person", "vem blev kassör när styrelsen konstituerade sig på mötet 30 mars?",
      ["Eddie Uggla"], [(S1503, "kassör Eddie Uggla")]),
    q("header", "vem skrev protokollet o vem justerade, styrelsemötet 30 jan 2017",
      ["Anders Samuelsson", "Anders Nilsson"],
      [(S17, "Vid protokollet: Justeras:"), (S17, "Anders Samuelsson Anders Nilsson")]),
    q("header", "var höll styrelsen till på mötet i juli 2014",
      ["Roxensnabben"], [(S1407, "rådesförening 28 juli 2014 ombord på Roxensnabben, Roxen.")]),
    q("amount", "hur mkt fanns i kassan i september 2015?",
      ["244 988,00 kronor"], [(S15, "en kassabehållning om 244 988,00 kronor.")]),
    q("amount", "vilken budget för inplantering föreslogs inför årsmötet 2017 o hur delas den upp",
      ["80.000kr", "70.000kr gös", "10.000kr ål"],
      [(S17, "5. Inför årsmötet föreslås en inplanteringsbudget på 80.000kr."), (S17, "70.000kr gös, 10.000kr ål")]),
    q("decision", "bestämde styrelsen nåt om utsättningen av ål och gös hösten 2015?",
      ["öka insatsen utav utsättning av ål", "minska densamma utav gös"],
      [(S15, "6. Beslöts framledes att öka insatsen utav utsättning av ål och minska")]),
    q("reason", "varför slutade vi samarbeta med stångån fvof 2012",
      ["keep-net", "fisketävlingar"],
      [(S12, "något generellt krav på keep-net inte skall finnas vid fisketävlingar. Roxen Fvof har"),
       (S12, "detta beslut varför styrelsen beslutade att avbryta samarbetet med Stångån Fvof.")]),
    q("decision", "ska föreningen överklaga miljödomstolens dom om avloppsanläggningen? vem skriver den",
      ["överklaga domen", "Lars Christoffersson"],
      [(S12, "Styrelsen beslutade överklaga domen, Lars Christoffersson skriver överklagan.")]),
    q("list", "vilka punkter stod på dagordn för styrelsemötet i januari 2017",
      ["Inplanteringar", "Skarvjakt", "Kommunikation med Svatåns fvof", "Fiskekontrollanter"],
      [(S17, "3.Ekonomi, fiskekortsförsäljning och kassarapport"), (S17, "7.Kommunikation med Svatåns fvof")]),
    q("person", "vilka va med på styrelsemötet 2 november 2020",
      ["Eddie Uggla", "Leif Ånell", "Dick Jonsson", "Thomas Abrahamsson"],
      [(S20, "Anders Nilsson, Eddie Uggla, Åke Wester, Leif Ånell, Dick"), (S20, "Jonsson, Thomas Abrahamsson")]),
    q("date", "när o var var årsmötet 2017",
      ["Stjärnvallen", "8mars 19.00"],
      [(S17, "10. Årsmöte på Stjärnvallen 8mars 19.00. Göran bjuder in någon från Upplev att berätta om")]),
    q("body_date", "styrelsemötet 28 sept 2022 – vilka fick specialuppdrag och vad får dom i ersättning",
      ["Anders Carlsson", "Leif Ånell", "5000:- per år"],
      [(S22, "• Som ansvarig för skarvjaktssamordning valdes Anders Carlsson och för"),
       (S22, "• Beslut togs att ersätta de ansvariga med 5000:- per år. Avrapportering inom")]),
    q("reference", "vad beslöts under punkt 4 på styrelsemötet 30 mars?",
      ["Stoppa Den Stora Ålslakten"],
      [(S1503, "kraftstationer. Beslöts att ihärdigt och med kraft rikta alla berörda myndig- heters"),
       (S1503, "Stora Ålslakten\".")]),
    q("reference", "vad säger § 6 i stadgarna om kräftfiske",
      ["kräftfiske får ej upplåtas"],
      [(STA, "Upplåtelsen får endast omfatta handredskapsfiske, kräftfiske får ej upplåtas av föreningen.")]),
    q("reference", "vad blev det under punkt 5 på styrelsemötet i nov 2019",
      ["Anders Nilsson", "kontaktperson till Linköpings kommun"],
      [(S19, "5. Anders Nilsson valdes till Rfvof:s kontaktperson till Linköpings kommun och Stångåns")]),
    q("english", "how much did the board decide to spend on stocking spawning-size pike-perch in 2020, and who is "
      "in charge of it?",
      ["70.000 kr", "Anders Nilsson"],
      [(S19, "Styrelsen beslutade att under 2020 plantera in lekmogen gös till ett värde av 70.000 kr,"),
       (S19, "Anders Nilsson ansvarar för inköp, transport och isättning. Ulf Johnsson assisterar vid")]),
    q("missing_attribute", "hur stor blir överskottsutdelningen 2023, hur mycket kr?",
      [], [(S23, "• Plan för utdelning av överskott enligt gammal hävd förbereds.")], answerable=False),
    q("missing_attribute", "vilket timpris får thomas för att lägga in fiskerättsägarna i fiskerätt.se",
      [], [(S22, "per nedlagd timme. Timpris kommer att sättas marknadsmässigt.")], answerable=False),
    q("unanswerable", "vad beslutade fiskestämman 2018 om priset på fiskekort?", [], [], answerable=False),
    q("unanswerable", "vilka valdes till revisorer på årsmötet 2016", [], [], answerable=False),
    q("followup", "o hur många kort hade sålts då?",
      ["1 700 fiskekort"], [(S20, "• 1 700 fiskekort har sålts.")],
      history=turns("hur mycket fanns i kassan i nov 2020?",
                    "Enligt styrelsemötet den 2 november 2020 uppgick föreningens kassa till 345 000 kr.")),
    q("followup", "och vem hade hand om fiskekort o hemsidan?",
      ["Anders Samuelsson"], [(S1503, "Fiskekort, hemsida Anders Samuelsson")],
      history=turns("vem var skarvjaktsamordnare när styrelsen konstituerade sig i mars?",
                    "När styrelsen konstituerade sig på mötet den 30 mars blev Anders Karlsson skarvjaktsamordnare.")),
    q("date", "till när ska förslaget om hur fisketillsynen ska skötas 2020 vara klart?",
      ["20200127"],
      [(S19, "2. Styrelsen beslutade att Ulf Johansson och Leif Ånell tar fram förslag på hur fisketillsynen"),
       (S19, "20200127.")]),
    q("person", "vem förde protokollet på styrelsemötet i sept 2022",
      ["Thomas Abrahamsson"], [(S22, "Carlsson och Thomas Abrahamsson (tf Sekr).")]),
    q("cross", "hur har kassan ändrats mellan styrelsemötet jan 2012 o jan 2017?",
      ["274800kr", "213120 kr"],
      [(S12, "3. Kassa: 274800kr"), (S17, "3. Kassa: 213120 kr")]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "probe.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            row = {"id": f"rox-{i:02d}", "type": r["type"], "corpus": C, **{k: r[k] for k in
                   ("question", "history", "answerable", "key_facts", "gold")}}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", out, len(ROWS))
