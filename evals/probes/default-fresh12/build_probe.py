"""Builds probe.jsonl for the blind set default-fresh12 (run once; verify with verify_quotes.py)."""
import json
from pathlib import Path

OUT = Path(__file__).with_name("probe.jsonl")

K01 = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
K01K = "kungsbacka_bygg-au_2024-02-01_kallelse.md"
K29 = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
K29K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
K14 = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
K14K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
J02 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
J03 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
BK = "kallelse_till_foreningsstamma_varen_2021.pdf"
BM = "motioner_2020.pdf"
BV = "valberedningens_förslag.pdf"
F11 = "Styrelsemote_11_20181121.pdf"
F9 = "Styrelsemote_9_20180912.pdf"
F17 = "Årsmötesprotokoll-Fristad-20170218.pdf"
L23 = "protokoll_arsmote_2023.pdf"
L19D = "årsmöte_2019_dagordning.pdf"
L19V = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LK180 = "stormote_180529.pdf"
LK191 = "stormote_191112.pdf"
LK13 = "styrelsemote_131009.pdf"


def g(doc, quote):
    return {"doc": doc, "quote": quote}


def q(i, typ, question, key_facts, gold, answerable=True, history=None):
    return {
        "id": f"d12-{i:02d}",
        "type": typ,
        "corpus": "default",
        "question": question,
        "history": history or [],
        "answerable": answerable,
        "key_facts": key_facts,
        "gold": gold,
    }


items = [
    # --- decisions ---
    q(1, "decision",
      "Fick Släps-Hagen 1:136 ja eller nej på förhandsbeskedet för ett enbostadshus på byggnadsnämndens arbetsutskott 1 februari 2024?",
      ["positivt förhandsbesked"],
      [g(K01, "Byggnadsnämndens arbetsutskott lämnar positivt förhandsbesked för ett\nenbostadshus på fastigheten."),
       g(K01, "Thure Sandén (M) yrkar på att lämna positivt förhandsbesked för nybyggnad av ett")]),
    q(2, "decision",
      "Blev det nåt med direktbussen mellan förskolorna i Norra Unnaryd och Ryd och fritids på Bottnarydsskolan? Vad beslutade barn- och utbildningsnämnden i februari 2025?",
      ["extrainsatt busstur"],
      [g(J02, "En extrainsatt busstur till och från Bottnarydsskolans fritidshem, i enlighet med förslag i")]),
    q(3, "decision",
      "Vad bestämde styrelsen i kollektivhuset Fristad i november 2018 om vem som ska attestera fakturorna?",
      ["ordförande", "kassören"],
      [g(F11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera\nfakturor utöver kassören.")]),
    q(4, "decision",
      "Länsstyrelsen upphävde detaljplanen för Varla 3:22 – tänker Kungsbacka driva överklagandet vidare? Vad föreslog arbetsutskottet 14 mars 2024?",
      ["återta överklagande", "återuppta planarbetet"],
      [g(K14, "Byggnadsnämnden beslutar att återta överklagande över Länsstyrelsen i Hallands"),
       g(K14, "Byggnadsnämnden uppdrar åt samhällsbyggnadskontoret att återuppta planarbetet för")]),
    q(5, "decision",
      "Kan man komma dit fysiskt på Brf Doktor Lindhs föreningsstämma i maj 2021, eller hur ska den gå till?",
      ["utan fysisk närvaro", "poströstning"],
      [g(BK, "Styrelsen beslutade 7 april att stämman skall genomföras utan fysisk närvaro. Endast\npoströstning kommer att förekomma.")]),
    q(6, "vote",
      "Hur föll rösterna om ansvarsfrihet för förra årets styrelse på LiTHe kods höstmöte 2019, och varför röstade inte alla?",
      ["9 röstar", "avstår att rösta"],
      [g(LK191, "a. 9 röstar för ansvarsfrihet för förra årets styrelse (4 av de närvarande,"),
       g(LK191, "Ansvarsfriheten godkänns")]),
    # --- people / roles ---
    q(7, "person",
      "Vilka skulle dra SKR-rapporten 40 steg för ett tryggare samhälle på SRB-mötet den 13 december 2024?",
      ["Amanda Lindblad", "Roger Haddad"],
      [g(SRB, "Amanda Lindblad (S) kommunalråd Sala kommun och Roger Haddad (L) oppositionsråd Västerås stad informerar.")]),
    q(8, "person",
      "vem föreslår valberedningen i doktor lindh som intern revisorssuppleant?",
      ["Hans Ragneskog"],
      [g(BV, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),
    q(9, "person",
      "Vem valdes till Game Jam-ansvarig i LiTHe kod för verksamhetsåret 18/19?",
      ["Erik Mansén"],
      [g(LK180, "Nominerad: Erik Mansén."),
       g(LK180, "Mötet beslutar att välja Erik till Game Jam-ansvarig 18/19.")]),
    # --- header facts ---
    q(10, "header",
      "Vem ska justera protokollet ihop med ordföranden på strategiska regionala beredningen 13 december 2024?",
      ["Åsa-Märta Sjöström"],
      [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")]),
    q(11, "header",
      "Vem satt med som tjänstgörande ersättare på byggnadsnämndens arbetsutskott den 29 februari 2024, och för vem?",
      ["Richard Hansson", "Kaufmann"],
      [g(K29, "Richard Hansson (C) ersätter Heinrich")]),
    q(12, "header",
      "Vem var justerare för Kungsbackas bygg-AU den 14 mars 2024?",
      ["Stefan Vilumsons"],
      [g(K14K, "Ordinarie: Stefan Vilumsons (SD)"),
       g(K14, "Protokolljusterare Stefan Vilumsons (SD)")]),
    q(13, "header",
      "Vem var mötesordförande och vem förde protokollet på Fristads årsmöte i februari 2017?",
      ["Lotti Törnros", "Cecilia Rosquist"],
      [g(F17, "Ordförande: Lotti Törnros"),
       g(F17, "Sekreterare: Cecilia Rosquist")]),
    # --- amounts / dates ---
    q(14, "amount",
      "Hur mycket av den kriminella ekonomin handlar om felaktiga utbetalningar, bedrägerier och välfärdsbrott enligt SKR:s rapport 40 steg?",
      ["38", "66 miljarder"],
      [g(SKR, "Av dessa utgör felaktiga utbetalningar, bedrägerier och välfärdsbrottslighet 38–66 miljarder kronor.")]),
    q(15, "amount",
      "Hur mycket pengar skulle husmötet 26/9 2018 i kollektivhuset Fristad äska till nya möbler i cafeterian?",
      ["75 000 kr"],
      [g(F9, "5.4. Äskande till nya möblertillcafeterian: 75 000 kr")]),
    q(16, "date",
      "När träffas SRB nästa gång efter mötet 13 december 2024?",
      ["7 februari 2025"],
      [g(SRB, "Nästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.")]),
    # --- lists ---
    q(17, "list",
      "Vad hade ändrats i det reviderade förslaget till tillsynsplan 2024–2027 som bygg-AU fick på mötet 29 februari 2024?",
      ["SKR", "diarium"],
      [g(K29, "På sida 9 har Sveriges kommuner och landsting (SKL) ändrats till Sveriges"),
       g(K29, "På sida 10 har tabell för inventering av byggnadsnämndens diarium reviderats.")]),
    q(18, "list",
      "Vilka fem övergripande strategier för situationellt brottsförebyggande arbete tar 40 steg-rapporten upp?",
      ["Öka ansträngningen", "Öka risken", "Minska belöningen", "Reducera provokationer", "Ta bort ursäkten"],
      [g(SKR, "Öka ansträngningen som krävs för att genomföra ett brott"),
       g(SKR, "Öka risken för den som har för avsikt att begå brott"),
       g(SKR, "Minska belöningen för den som begår brott"),
       g(SKR, "Reducera provokationer som kan leda till brott"),
       g(SKR, "Ta bort ursäkten för den som begår brott")]),
    q(19, "list",
      "vilka mål satte lithe kods styrelse upp på mötet i oktober 2013?",
      ["Permanent uppehållsrum", "känd förening på campus", "Regelbundna event", "100"],
      [g(LK13, "Permanent uppehållsrum åt föreningen"),
       g(LK13, "Vara en känd förening på campus"),
       g(LK13, "Regelbundna event"),
       g(LK13, "100 st medlemmar")]),
    # --- references ---
    q(20, "reference",
      "Vilket ärendenummer hade bygglovet för belysningsmaster på Dannebacka 2:18 på kallelsen till bygg-AU 1 februari 2024?",
      ["21"],
      [g(K01K, "| 21. | DANNEBACKA 2:18 -")]),
    q(21, "reference",
      "Under vilken paragraf på dagordningen till Långasands fastighetsägareförenings årsmöte 2019 skulle förslaget om ändrade stadgar tas upp?",
      ["16", "Motioner"],
      [g(L19D, "§16  Motioner"),
       g(L19D, "- Förslag på ändring av föreningens stadgar")]),
    q(22, "reference",
      "Vad beslutades under § 47 på barn- och utbildningsnämndens sammanträde den 18 mars 2025?",
      [],
      [g(J03, "33-45")],
      answerable=False),
    # --- body + date ---
    q(23, "body_date",
      "Vilken nämnd föreslog att fullmäktige skulle skjuta till drygt 21 miljoner extra till nya Sanda högstadium, och på vilket sammanträde?",
      ["Barn- och utbildningsnämnden", "2025-02-18"],
      [g(J02, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000"),
       g(J02, "Sammanträdesprotokoll  Barn- och utbildningsnämnden  2025-02-18")]),
    q(24, "body_date",
      "På vilket möte, och vilket datum, bestämdes att årsavgiften i Långasands byalag ska ligga kvar på 200 kr per fastighet?",
      ["årsmöte", "2023-07-25"],
      [g(L23, "Årsmötet beslutade att årsavgiften fortsatt skall vara 200 kr/fastighet."),
       g(L23, "2023-07-25 kl 09.00")]),
    # --- cross ---
    q(25, "cross",
      "Bygglovet för Myra 6:19 stod på kallelsen till bygg-AU 29 februari 2024. Vad hände med ärendet då, och hur slutade det sen?",
      ["utgår", "avslår"],
      [g(K29K, "| 16. | MYRA 6:19 - Bygglov för"),
       g(K29, "Ärende nr 16. MYRA 6:19 - Bygglov för nybyggnad av enbostadshus samt garage"),
       g(K14, "Byggnadsnämndens arbetsutskott avslår ansökan om bygglov för nybyggnad av\nenbostadshus.")]),
    # --- follow-up ---
    q(26, "followup",
      "och hur många avdelningar blir det på fastigheten när det är klart?",
      ["7 avdelningar"],
      [g(J03, "omställningsarbetet finnas 7 avdelningar")],
      history=[
          {"role": "user", "content": "Vad beslutade barn- och utbildningsnämnden i Jönköping om Egnahemsskolan i mars 2025?"},
          {"role": "assistant", "content": "Vid sammanträdet den 18 mars 2025 (§ 44) beslutade nämnden att 31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av Egnahemsskolan till förskola."},
      ]),
    # --- English ---
    q(27, "english",
      "Which bank did the Långasand property owners' association switch to in 2019, and why?",
      ["Sparbanken i Falkenberg", "Swish"],
      [g(L19V, "Vi har också bytt bank till Sparbanken i Falkenberg, bl a för att sänka kostnader och få tillgång till")]),
    # --- not answerable ---
    q(28, "missing_attribute",
      "Beviljades bygglovet för den nya masten på Hammerö 9:24 på bygg-AU:s möte 14 mars 2024?",
      [],
      [g(K14, "HAMMERÖ  9:24 - Bygglov för nybyggnad av mast samt nedmontering"),
       g(K14, "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka"),
       g(K14K, "| 9. | HAMMERÖ 9:24 - Bygglov för")],
      answerable=False),
    q(29, "missing_attribute",
      "Vad kostar det att bygga ut laddplatserna för elbilar i Doktor Lindhs garage enligt offerterna?",
      [],
      [g(BM, "I skrivande stund finns tre offerter på")],
      answerable=False),
    q(30, "unanswerable",
      "Hur mycket höjs månadsavgiften för lägenheterna i Brf Doktor Lindh 2021?",
      [],
      [],
      answerable=False),
]

assert len(items) == 30
with OUT.open("w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} lines to {OUT}")
