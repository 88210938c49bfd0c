"""Write probe.jsonl for the set `borasregionen` (questions written from the documents alone)."""
import json
from pathlib import Path

C = "borasregionen"
D13 = "borasregionen_direktion_2013-09-20.pdf"
D15 = "borasregionen_direktion_2015-01-30.pdf"
D17 = "borasregionen_direktion_2017-02-24.pdf"
D18 = "borasregionen_direktion_2018-12-07.pdf"
POL = "borasregionen_politik-och-styrning.pdf"
FOK = "borasregionen_fokus-borasregionen-2020.pdf"
ARS = "medlemskommun_arsredovisning-2016-borasregionen.pdf"


def g(doc, quote):
    return {"doc": doc, "quote": quote}


def q(n, typ, question, key_facts, gold, answerable=True, history=None):
    return {"id": f"bor-{n:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": key_facts, "gold": gold}


def hist(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


ROWS = [
    q(1, "person", "Vem justerade direktionens protokoll från sammanträdet den 20 september 2013?",
      ["Eva Johansson"],
      [g(D13, "Eva Johansson (C) utses att jämte ordförande justera dagens protokoll.")]),
    q(2, "header", "vem var sekreterare på direktionsmötet i Boråsregionen i slutet av januari 2015",
      ["Christina Klaar"],
      [g(D15, "2 Sekreterare Christina Klaar Ordförande... Ulf Olsson Justerare Margareta")]),
    q(3, "date", "vilken tid höll direktionen på den 24 feb 2017?",
      ["13,00-16,00"],
      [g(D17, "Direktionsprotokoll 2017-02-24 Plats och tid Borås, kl. 13,00-16,00 Omfattning 1-18")]),
    q(4, "header", "vem va ordf på direktionen 24/2 -17? stod det två namn?",
      ["Tomas Johansson", "Ulf Olsson", "6-18"],
      [g(D17, "Sekreterare Lena Brännmar Ordförande.. Tomas Johansson 1-5 Ordförande.. Ulf Olsson 6-18")]),
    q(5, "reason", "Varför la ordföranden till ett ärende på dagordningen på direktionens möte i februari 2017?",
      ["Magnus Haggren", "presenterar sig", "första Direktionssammanträdet"],
      [g(D17, "Förbundsdirektör Magnus Haggren presenterar sig då det är första Direktionssammanträdet"),
       g(D17, "Presentation ny Förbundsdirektör Magnus Haggren hälsas välkommen som ny")]),
    q(6, "header", "vem var ordförande för paragraferna 88-89 på direktionen den 7 december 2018?",
      ["Bengt Hilmersson"],
      [g(D18, "Bengt Hilmersson (C) Ordförande 88-89")]),
    q(7, "list", "Landshövdingen var på direktionen i december 2018 – vilka fem strategiska mål har länsstyrelsen antagit enligt protokollet?",
      ["jämlikt och jämställt", "hållbart samhällsbyggande", "robust och motståndskraftigt län",
       "kraft att verka och utvecklas", "begränsad klimatpåverkan"],
      [g(D18, "identifierats har länsstyrelsen antagit fem strategiska mål Ett jämlikt och jämställt Västra"),
       g(D18, "Götaland Ett hållbart samhällsbyggande Ett robust och motståndskraftigt län Hela länet har"),
       g(D18, "kraft att verka och utvecklas Ett län med begränsad klimatpåverkan och god miljökvalitet")]),
    q(8, "english", "Which county governor visited the Boråsregionen board (direktionen) on 7 December 2018, and under which paragraph?",
      ["Anders Danielsson", "78"],
      [g(D18, "Anders Danielsson, Landshövding Västra Götalands län För att möta de utmaningar som"),
       g(D18, "mötesprotokoll Föregående mötesprotokoll från 2018-10-26 läggs till handlingarna 78")]),
    q(9, "amount", "Hur många ledamöter och ersättare ska direktionen för kommunalförbundet ha enligt förbundsordningen?",
      ["nio ledamöter", "nio ersättare"],
      [g(D15, "förbundsordningen ska Direktionen för kommunalförbundet bestå av nio ledamöter"),
       g(D15, "och nio ersättare. Borås Stads fullmäktige väljer två ledamöter och två ersättare.")]),
    q(10, "followup", "och vilka var det som Borås hade utsett då?",
      ["Ulf Olsson", "Annette Carlson", "Lena Palmén", "Morgan Hjalmarsson"],
      [g(D15, "ersättare Borås Ulf Olsson (S) ledamot Annette Carlson (M) ledamot Lena Palmén"),
       g(D15, "(S) ersättare Morgan Hjalmarsson (FP) ersättare Herrljunga Johnny Carlsson (C)")],
      history=hist("Hur många ledamöter väljer Borås Stad till direktionen i Boråsregionen?",
                   "Enligt direktionens protokoll från den 30 januari 2015 väljer Borås Stads fullmäktige två ledamöter och två ersättare, medan övriga kommuner väljer en ledamot och en ersättare var.")),
    q(11, "reference", "vad gick § 47 ut på på direktionsmötet hösten 2013?",
      ["Högskolan i Borås", "Pelle Pellby", "nyhetsbrev"],
      [g(D13, "efter tillägg att Mattias Olsson (M) var närvarande och beslutande. 47 Samverkan"),
       g(D13, "med Högskolan i Borås Pelle Pellby från Högskolan i Borås informerar. Högskolan"),
       g(D13, "kommer bl.a. att skicka nyhetsbrev till de förtroendevalda i Boråsregionen. Det är")]),
    q(12, "decision", "Godkändes förra mötets protokoll rakt av på direktionen i september 2013 eller ändrades något?",
      ["läggs till handlingarna", "Mattias Olsson", "närvarande och beslutande"],
      [g(D13, "Föregående mötesprotokoll Protokoll från sammanträdet läggs till handlingarna"),
       g(D13, "efter tillägg att Mattias Olsson (M) var närvarande och beslutande.")]),
    q(13, "list", "vilka kommuner ingår i boråsregionen egentligen, och är varberg med?",
      ["Bollebygd", "Herrljunga", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda", "adjungerad"],
      [g(POL, "kommunerna Bollebygd, Borås, Herrljunga, Mark, Svenljunga, Tranemo, Ulricehamn och"),
       g(POL, "Vårgårda. Varbergs kommun är adjungerad till förbundet enligt särskilt avtal. Verksamheten")]),
    q(14, "missing_attribute", "Vilken tid började direktionens sammanträde den 20 september 2013?",
      [],
      [g(D13, "1 Plats och tid Borås, kl Omfattning Beslutande Ersättare Adjungerade Ulf Olsson")],
      answerable=False),
    q(15, "missing_attribute", "Vilket datum beslutade direktionen att fastställa årsredovisningen för 2016?",
      [],
      [g(ARS, "Sjuhärads kommunalförbund beslutade , att fastställa årsredovisning för 2016 samt att")],
      answerable=False),
    q(16, "unanswerable", "Vad beslutade direktionen om Boråsregionens budget för 2020?", [], [], answerable=False),
    q(17, "unanswerable", "Vem valdes till justerare på direktionens sammanträde i maj 2016?", [], [], answerable=False),
    q(18, "unanswerable", "Hur mycket betalar Varbergs kommun till Boråsregionen för att vara adjungerad?", [], [], answerable=False),
    q(19, "cross", "Vem var förbundsdirektör i början av 2015, och vem hade tagit över jobbet i februari 2017?",
      ["Lena Brännmar", "Magnus Haggren"],
      [g(D15, "Övriga Lena Brännmar, förbundsdirektör Joakim Svärdström,"),
       g(D17, "Presentation ny Förbundsdirektör Magnus Haggren hälsas välkommen som ny")]),
    q(20, "date", "När och var är Fokus Boråsregionen 2020?",
      ["5 november 2020", "9.30-15.30", "Digitalt"],
      [g(FOK, "TID: Torsdag 5 november 2020 kl 9.30-15.30."), g(FOK, "PLATS: Digitalt")]),
    q(21, "followup", "när måste man anmäla sig senast? och vem är moderator?",
      ["2 november 2020", "Åsa Lindell"],
      [g(FOK, "ANMÄLAN: senast 2 november 2020 via denna länklänk till annan webbplats, öppnas i nytt"),
       g(FOK, "Moderator: Åsa Lindell")],
      history=hist("När är Fokus Boråsregionen 2020?",
                   "Fokus Boråsregionen 2020 hålls torsdagen den 5 november 2020 kl 9.30–15.30, digitalt.")),
    q(22, "english", "The February 2017 minutes mention the cross-country skiing World Cup in Ulricehamn. When was it held, and which later year do they hope to host it again?",
      ["21 och 22 januari", "2019"],
      [g(D17, "21 och 22 januari i Ulricehamn. Nu pågår utvärdering och förbättringsförslag tas fram då"),
       g(D17, "förhoppningar finns om att få genomföra World cup även år 2019. Direktionen framför s")]),
    q(23, "decision", "Vad föreslogs medlemskommunens fullmäktige besluta om ansvarsfrihet för Boråsregionens direktion för 2016?",
      ["beviljas ansvarsfrihet", "godkänns och läggs till handlingarna"],
      [g(ARS, "Sjuhärads kommunalförbund beviljas ansvarsfrihet för 2016 års verksamhet."),
       g(ARS, "Årsredovisningen godkänns och läggs till handlingarna.")]),
    q(24, "reference", "vilket dnr och löpnummer har tjänsteskrivelsen om boråsregionens årsredovisning 2016?",
      ["2017/298", "1659/2017"],
      [g(ARS, "Boråsregionen Sjuhärads kommunalförbund Diarienummer 2017/298, löpnummer"),
       g(ARS, "1659/2017 Sammanfattning Direktionen för Sjuhärads kommunalförbund beslutade , att")]),
    q(25, "body_date", "Direktionen den trettionde januari 2015 – vilka paragrafer omfattade protokollet och vem utsågs till mötesordförande?",
      ["1-17", "Ulf Olsson"],
      [g(D15, "1 Plats och tid Borås, kl Omfattning 1-17 Beslutande Ulf Olsson (S) ordförande"),
       g(D15, "3 1 Val av mötesordförande Till mötesordförande utses Ulf Olsson (S). 2")]),
]

out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
print(f"wrote {len(ROWS)} rows to {out}")
