"""Builds probe.jsonl for default-fresh9 (written blind; quotes copied from loader text)."""
import json
from pathlib import Path

OUT = Path(__file__).with_name("probe.jsonl")
SH = "\u00ad"  # soft hyphen, as the loader returns it in styrelsemote_131009.pdf

SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
SRB = "srb-2024-12-13-foredragningslista.txt"
K0201 = "kungsbacka_bygg-au_2024-02-01_kallelse.md"
K0229 = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
K0314 = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
P0314 = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
BUN0218 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
F9 = "Styrelsemote_9_20180912.pdf"
F11 = "Styrelsemote_11_20181121.pdf"
L18 = "stormote_180529.pdf"
L1911 = "stormote_191112.pdf"
L13 = "styrelsemote_131009.pdf"
LVB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LDO = "årsmöte_2019_dagordning.pdf"
DHR = "2020-10-14_gemensamt_husrådsmöte.pdf"
DKA = "kallelse_till_foreningsstamma_varen_2021.pdf"
DVB = "valberedningens_förslag.pdf"

items = []


def add(type_, question, key_facts, gold, answerable=True, history=None):
    items.append({
        "type": type_,
        "question": question,
        "history": history or [],
        "answerable": answerable,
        "key_facts": key_facts,
        "gold": [{"doc": d, "quote": q} for d, q in gold],
    })


# ---- SKR / SRB / Kungsbacka protokoll / Jönköping BUN (later parts) ----
add("reference", "Vad går förslag 36 i SKR:s rapport 40 steg för ett tryggare samhälle ut på?",
    ["kamerabevakning", "personliga integriteten"],
    [(SKR, "36. SKR ska vägleda och stötta kommuner och regioner i tillämpningen av kamerabevakning med anledning av förslaget från den nya kamerabevakningsutredningen. Stödet ska omfatta nyttoaspekten av ökad kameraanvändning och även ta hänsyn till den personliga integriteten.")])
add("body_date", "Vilket uppdrag fick regionala ledningsgruppen på strategisk regional berednings möte den 19 april 2024?",
    ["samarbeten", "brottslighet"],
    [(SRB, "Regionala ledningsgruppen fick vid strategisk regional berednings sammanträde 2024-04-19 i uppgift att återkomma med förslag på eventuella samarbeten inom området valfärdsbrottslighet.")])
add("cross", "Gressela 6:9, lagerhallen: vad föreslogs i kallelsen till AU 14 mars 2024 och vad blev själva beslutet?",
    ["avslår", "beviljar", "Lars Eriksson"],
    [(K0314, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>lagerhall."),
     (P0314, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
     (P0314, "Ordföranden (M) prövar förslagen och finner att arbetsutskottet bifaller Lars\nEriksson (S) med fleras yrkande.")])
add("person", "vem tog över Stig-Arne Tengmers plats i BUN:s arbetsutskott?",
    ["Anna-Karin Carstensen"],
    [(BUN0218, "Stig-Arne Tengmer (L) har avsagt sig sitt uppdrag i barn- och utbildningsnämnden."),
     (BUN0218, "Anna-Karin Carstensen (L) utses till ordinarie ledamot i barn- och utbildningsnämndens\narbetsutskott tillika lokalutskott.")])
add("amount", "Hur stor budgetavvikelse redovisade barn- och utbildningsnämnden i Jönköping för 2024?",
    ["12,6 mnkr"],
    [(BUN0218, "Barn- och utbildningsnämnden redovisar för 2024 en negativ budgetavvikelse med -12,6 mnkr.")])
add("english", "Who was proposed to check the minutes together with the chair at the strategic regional council meeting on 13 December 2024?",
    ["Åsa-Märta Sjöström"],
    [(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")])

# ---- Kungsbacka kallelser ----
add("header", "när o var är byggnadsnämndens AU 14 mars 2024?",
    ["09.00", "Kungsbackarummet", "Storgatan 37"],
    [(K0314, "Sammanträde torsdagen den 14 mars 2024 kl. 09.00\nKungsbackarummet, Storgatan 37")])
add("cross", "Vilka ärenden föredrar Linda Bergström på arbetsutskottets sammanträde den 1 februari 2024?",
    ["Kolla 1:36", "Kyvik 4:15", "Tölö 5:39", "Rossared 5:18", "Nötegång 1:91"],
    [(K0201, "Avsluta planuppdrag för<br>detaljplan för del av Kolla 1:36<br>och del av Kolla 1:20<br>Föredragande: Linda<br>Bergström, planarkitekt"),
     (K0201, "Avsluta planuppdrag för<br>ändring av detaljplan inom<br>Kyvik 4:15<br>Föredragande: Linda<br>Bergström, planarkitekt"),
     (K0201, "Avsluta planuppdrag för<br>detaljplan för Tölö 5:39<br>Föredragande: Linda<br>Bergström, planarkitekt"),
     (K0201, "Avsluta planuppdrag för<br>detaljplan för Rossared 5:18<br>Föredragande: Linda<br>Bergström, planarkitekt"),
     (K0201, "Avsluta planuppdrag för<br>upphävande av del av detaljplan<br>S 83, Nötegång 1:91<br>Föredragande: Linda<br>Bergström, planarkitekt")])
add("header", "Vem föreslås som justerare (och ersättare) på arbetsutskottets möte den 29 februari 2024?",
    ["Lars Eriksson", "Stefan Vilumsons"],
    [(K0229, "Ordinarie: Lars Eriksson (S)<br>Ersättare: Stefan Vilumsons (SD)")])
add("amount", "Vilken avgift föreslogs i kallelsen för bygglovet till rawfood-bageriet på Frillesås-Rya 2:31?",
    ["46 250 kronor", "22 500", "23 750"],
    [(K0229, "Avgiften för beslutet är 46 250 kronor. Av<br>detta kostar bygglovet 22 500 kronor och<br>byggskedet kostar 23 750 kronor.")])
add("reference", "vad gäller punkt 12 i kallelsen till AU 14 mars?",
    ["Ölmanäs 3:20", "beviljar inte", "parkeringsplatser"],
    [(K0314, "ÖLMANÄS 3:20 -<br>Strandskyddsdispens för<br>parkeringsplatser, materialgård<br>och byggbodar"),
     (K0314, "Byggnadsnämnden beviljar inte<br>strandskyddsdispens för parkeringsplatser,<br>materialgård och byggbodar.")])
add("missing_attribute", "Vad är förvaltningens förslag till beslut om masten på Hammerö 9:24?",
    [],
    [(K0314, "HAMMERÖ 9:24 - Bygglov för<br>nybyggnad av mast samt<br>nedmontering av befintlig mast | BN-2023-<br>001765 | Förslag till beslut | 5 min |"),
     (P0314, "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka\nkommuns webbsida.")],
    answerable=False)

# ---- Kollektivhus Fristad ----
add("header", "Var hölls Fristads styrelsemöte nr 9 2018, och när började och slutade det?",
    ["nya cafeteria", "19:00", "20:45"],
    [(F9, "I nya cafeteria,2018{19-12 kl. 19:00"),
     (F9, "12. Mötet avslutat 20:45")])
add("decision", "Vad ändrade Fristads styrelse om vem som ska attestera fakturor?",
    ["ordförande", "kassören"],
    [(F11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera\nfakturor utöver kassören.")])
add("list", "Vilka punkter skulle stå på dagordningen till husmötet 26/9 i Fristad?",
    ["Cafeterian", "75 000 kr", "Övriga frågor"],
    [(F9, "5.1. Mötets öppnande\n5.2. Valavmötesfunktioner\n5.3. Cafeterian\n5.4. Äskande till nya möblertillcafeterian: 75 000 kr\n5.5. Fyllnadsvaltill styrelsen  ,\n5.6. Övriga frågor\n5.7. Mötets avslutande")])
add("cross", "Vem var med på Fristads styrelsemöte i september 2018 men inte på mötet i november 2018?",
    ["Hans Pålemar Nilsson"],
    [(F9, "Närvarande: MikaelZackrisson, Sofia Hemou, Hans Pålemar Nilsson (adjungerad), Janet\nHansson, Erik Fogelberg, Britt-Marie Lundquist"),
     (F11, "Närvarande: Mikael Zackrisson, Sofia Hemou, Janet Hansson, Britt-Marie Lundquist, Erik\nFogelberg")])
add("decision", "skulle fristad börja använda nya cafeterian trots strulet med SB?",
    ["ta cafeterian i bruk", "efter husmötet"],
    [(F9, "Styrelsen beslutar dock att ta cafeterian i bruk efter husmötet, även om styrelsen\nanser att överlämningen av cafeterian inte har överlämnats på ett konekt sätt till")])

# ---- LiTHe kod ----
add("header", "Vem var mötesordförande, sekreterare och justerare på LiTHe kods vårmöte 2018?",
    ["Christoffer Sjöbergsson", "Robin Silwa", "Viktor Holmgren"],
    [(L18, "a. Mötesordförande\nMötet nominerar och väljer Christoffer Sjöbergsson .\nb. Mötessekreterare\nMötet nominerar och väljer Robin Silwa.\nc. Justeringsperson tillika rösträknare\nMötet nominerar och väljer Viktor Holmgren.")])
add("vote", "Hur gick omröstningen om ansvarsfrihet för förra årets styrelse på LiTHe kods höstmöte 2019?",
    ["9 röstar", "godkänns"],
    [(L1911, "a. 9 röstar för ansvarsfrihet för förra årets styrelse (4 av de närvarande,\nröstberättigade medlemmarna tillhörde sagda styrelse, varför de avstår att rösta).\nAnsvarsfriheten godkänns")])
add("list", "Vilka mål satte LiTHe Kods styrelse upp hösten 2013?",
    ["Permanent uppehållsrum", "känd förening", "Regelbundna event", "100 st medlemmar"],
    [(L13, f"{SH} Permanent uppehållsrum åt föreningen\n{SH} Vara en känd förening på campus(inom hjälp med programmering, hjälpsamma)\n{SH} Regelbundna event\n{SH} 100 st medlemmar")])
add("followup", "och revisor då?",
    ["Hugo Hörnquist"],
    [(L18, "Mötet beslutar att välja Hugo till revisor 18/19."),
     (L18, "Revisor  Hugo Hörnquist")],
    history=[{"role": "user", "content": "Vem valdes till ordförande i LiTHe kod för 18/19?"},
             {"role": "assistant", "content": "Frans Skarman valdes till ordförande för 18/19 på vårmötet 2018-05-29. Det fanns inga motkandidater."}])
add("body_date", "Vad beslutade LiTHe Kods styrelse den 9 oktober 2013 om medlemsavgiften?",
    ["bordläggs"],
    [(L13, f"{SH} Beslut om medlemsavgift bordläggs tills vidare")])

# ---- Långasands byalag ----
add("reference", "Vad tas upp under § 19 på dagordningen för Långasands årsmöte den 9 juli 2019?",
    [], [], answerable=False)
add("person", "vem fick miljöpriset 2019 och varför?",
    ["Hans Andersson", "gångstigarna"],
    [(LVB, "Vi delade också ut 2019 års\nmiljöpris till Hans Andersson för hans mångåriga arbete och underhåll av gångstigarna i området .")])
add("reason", "Varför bytte Långasands Fastighetsägareförening bank under 2019, och till vilken?",
    ["Sparbanken i Falkenberg", "sänka kostnader", "Swish"],
    [(LVB, "Vi har också bytt bank till Sparbanken i Falkenberg, bl a för att sänka kostnader och få tillgång till\nSwish.")])
add("missing_attribute", "Vilket par vann bouletävlingen La Pétoncle 2019?",
    [],
    [(LVB, "14 juli anordnades bouletävlingen ”La Pétoncle” på Långasands boulebanor för tredje året i rad. Nio\npar var med och spelade mot varandra.")],
    answerable=False)

# ---- Brf Doktor Lindh ----
add("header", "Vilka var närvarande på det gemensamma husrådsmötet i Doktor Lindh i oktober 2020?",
    ["Gunnar Jonsson", "Per-Åke Jansson", "Tommy Åberg", "Inga-Maja Nilsson Björling", "Karin Gerdin Brännström", "Nisse Hinnerson"],
    [(DHR, "Närvarande\n\nGunnar Jonsson, styrelsen\nPer-Åke Jansson, styrelsen\nTommy Åberg, hus 1\nInga-Maja Nilsson Björling, hus 3\nKarin Gerdin Brännström, hus 4\nNisse Hinnerson, hus 6")])
add("english", "Who does the nomination committee of Brf Doktor Lindh propose as new deputy board members?",
    ["Ulrika Enander", "Ingrid Mathillas"],
    [(DVB, "Nyval av Ulrika Enander på 2 år\nFyllnadsval av Ingrid Mathillas på 1 år")])
add("date", "senast när måste röstsedeln vara inne till stämman 2021?",
    ["16 maj"],
    [(DKA, "Röstsedel i slutet kuvert skall vara inlämnad\nsenast söndag 16 maj")])
add("missing_attribute", "Vem föreslår valberedningen som ny ordförande i Brf Doktor Lindh när Gunnar Jonsson slutar?",
    [],
    [(DVB, "Gunnar Jonsson  Styrelseledamot, ordförande  Avgår från styrelsen")],
    answerable=False)

with OUT.open("w", encoding="utf-8") as f:
    for n, it in enumerate(items, 1):
        row = {"id": f"d9-{n:02d}", "type": it["type"], "corpus": "default",
               "question": it["question"], "history": it["history"],
               "answerable": it["answerable"], "key_facts": it["key_facts"], "gold": it["gold"]}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(items), "items written")
