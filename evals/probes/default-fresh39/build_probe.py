"""Build probe set `default-fresh39` (d39-01 … d39-30) over the default corpus (corpus/, seven organisations).

Written from the loader's text of the documents alone (assistant.documents.loaders.load(path).text), without
running the assistant. Aimed at the middle and end of documents and at facts that are easy to overlook: a second
justerare, a time in the middle of a meeting, a sum inside a budget table, who reported an item, a condition added
at the meeting, deadlines, a name in an attachment, what a notice proposed against what the minutes decided.
Four follow-ups, three English questions, three lists, three naming a body and a date, two yes/no (one answered
no), three unanswerable (a meeting that does not exist, an absent topic, a § beyond the last) and two missing
attributes.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh39/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh39
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import g, turn, write_probe  # noqa: E402

# documents (file names in corpus/<organisation>/)
HUSRAD = "2020-10-14_gemensamt_husrådsmöte.pdf"
STAMMA21 = "kallelse_till_foreningsstamma_varen_2021.pdf"
MOTIONER = "motioner_2020.pdf"
VALBER = "valberedningens_förslag.pdf"
BUN_FEB = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_MAR = "barn-och-utbildningsnamnden-2025-03-18.pdf"
FRI_11 = "Styrelsemote_11_20181121.pdf"
FRI_9 = "Styrelsemote_9_20180912.pdf"
FRI_ARS = "Årsmötesprotokoll-Fristad-20170218.pdf"
KB_0201_P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KB_0229_P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KB_0314_K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
KB_0314_P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
LA_VB19 = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LA_ARS23 = "protokoll_arsmote_2023.pdf"
LA_DAG19 = "årsmöte_2019_dagordning.pdf"
LK_18 = "stormote_180529.pdf"
LK_19 = "stormote_190521.pdf"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
SRB = "srb-2024-12-13-foredragningslista.txt"

# (type, question, history, answerable, key_facts, gold)
QUESTIONS = [
    # 01 brf-doktor-lindh: a deadline in the notice besides the one for the ballot
    ("date",
     "Brf Doktor Lindh, stämman 18 maj 2021: till vilket datum ska frågor om förtydliganden och upplysningar "
     "ha skickats till styrelsen?",
     [], True, ["8 maj"],
     [g(STAMMA21, "Frågor om förtydliganden och upplysningar skickas till\nstyrelsen senast 8 maj.")]),

    # 02 jonkoping-bun: body and date, a decision near the end of the March minutes
    ("body_date",
     "vad beslutade bun 18 mars om egnahemsskolan",
     [], True, ["31 200 000 kronor", "tekniska nämndens förfogande"],
     [g(BUN_MAR, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av")]),

    # 03 kungsbacka: notice proposed refusal, the minutes granted on a member's motion
    ("body_date",
     "I kallelsen till bygg-au 14 mars 2024 föreslogs avslag på bygglovet för lagerhallen på GRESSELA 6:9. "
     "Blev det så, och vem yrkade på det som beslutades?",
     [], True, ["beviljar ansökan om bygglov", "Lars Eriksson"],
     [g(KB_0314_P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
      g(KB_0314_P, "Lars Eriksson (S) yrkar på att bevilja ansökan om bygglov för nybyggnad av\nlagerhall"),
      g(KB_0314_K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>lagerhall.")]),

    # 04 lithekod: a time in the middle of the 2018 minutes
    ("date",
     "lithe kod vårmöte -18, när drog mötet igång igen efter pizzan?",
     [], True, ["18:57"],
     [g(LK_18, "Mötet återupptas kl 18:57")]),

    # 05 region-vastmanland: who takes part in an agenda item
    ("person",
     "vem från polisen medverkar på temapasset om trygghet på srb 13 dec?",
     [], True, ["Anders Östlund"],
     [g(SRB, "Anders Östlund, kriminolog vid polisregion Mitt, medverkar.")]),

    # 06 kollektivhus-fristad: the second justerare (English)
    ("english",
     "Who were the two people appointed to check (justera) the minutes of the Fristad kollektivhus annual "
     "meeting in February 2017?",
     [], True, ["Lone Dall", "Hesselroth"],
     [g(FRI_ARS, "Protokolljusterare: Lone Dall och Eva Lisa Hesselroth")]),

    # 07 langasands-byalag: a condition in the item on the chair
    ("decision",
     "Långasands byalag årsmöte 2023: vad händer om styrelsen inte lyckas utse någon ordförande?",
     [], True, ["inom tre månader", "nytt årsmöte"],
     [g(LA_ARS23, "lyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till nytt "
                  "årsmöte.")]),

    # 08 brf-doktor-lindh: follow-up on who wrote the notes
    ("followup",
     "och vem förde anteckningarna?",
     [turn("user", "Vad sa man om OVK på det gemensamma husrådsmötet i Brf Doktor Lindh i oktober 2020?"),
      turn("assistant", "Enligt anteckningarna ska OVK (obligatorisk ventilationskontroll) genomföras vart sjätte "
                        "år och nästa kontroll blir förhoppningsvis i november. Alla kanaler ska rensas och "
                        "tillträde till alla lägenheter kommer att krävas.")],
     True, ["Per-Åke Jansson"],
     [g(HUSRAD, "Vid anteckningarna\n\n/Per-Åke Jansson")]),

    # 09 jonkoping-bun: who reported an item (English)
    ("english",
     "Who presented the results of the ANDTS survey at the Jönköping children and education committee "
     "(barn- och utbildningsnämnden) in March 2025?",
     [], True, ["Joanna Klaar"],
     [g(BUN_MAR, "Samordnare Joanna Klaar redovisar\nresultatet från ANDTS-enkäten 2024.")]),

    # 10 kungsbacka: list of items struck from the agenda
    ("list",
     "vilka ärenden utgick på bygg-au 29 feb?",
     [], True, ["MYRA 6:19", "ÅSA 3:338"],
     [g(KB_0229_P, "Ärende nr 16. MYRA 6:19 - Bygglov för nybyggnad av enbostadshus samt garage"),
      g(KB_0229_P, "Ärende nr 22. ÅSA 3:338 - Bygglov för nybyggnad av enbostadshus, murar samt")]),

    # 11 lithekod: yes/no answered no
    ("vote",
     "Godkände LiTHe kods vårmöte 2019 propositionen om att förtydliga vad \"medlemmar\" betyder?",
     [], True, ["godkänner inte propositionen", "12 röster emot"],
     [g(LK_19, "12 röster emot\n3 neutrala\nMötet godkänner inte propositionen.")]),

    # 12 region-vastmanland: missing attribute (the proposal is left blank)
    ("missing_attribute",
     "Vad är förslaget till beslut under punkten Samverkan Mälardalens universitet (plattformen STARK) på "
     "strategisk regional beredning 13 december 2024?",
     [], False, [],
     [g(SRB, "Vid strategisk regional berednings sammanträde 2024-10-11 presenterades ett förslag på ny "
             "samverkansplattform STARK.")]),

    # 13 kollektivhus-fristad: a deadline and a sum in the points for the house meeting
    ("amount",
     "kollektivhuset styrelsemöte 9 2018 - husmötet 26/9: sista dag att sätta upp inbjudan och hur mkt skulle "
     "äskas till nya möbler i cafeterian?",
     [], True, ["16/9", "75 000 kr"],
     [g(FRI_9, "Sista dag att anslå inbjudan är 16/9."),
      g(FRI_9, "5.4. Äskande till nya möblertillcafeterian: 75 000 kr")]),

    # 14 jonkoping-bun: list of proposals to the council
    ("list",
     "bun 18/3 jobb- och ferieinsatser för unga, vad föreslår nämnden att kf ska besluta? alla punkter tack",
     [], True, ["sommarpraktik upphör", "150 sommarjobb", "Ung omsorg fortsätter", "4 317 000 kronor"],
     [g(BUN_MAR, "Att insatsen sommarpraktik upphör samt att medel för denna överflyttas till"),
      g(BUN_MAR, "Att erbjuda 150 sommarjobb till elever som avslutat gymnasiet innevarande år och"),
      g(BUN_MAR, "Att insatsen Ung omsorg fortsätter likt tidigare."),
      g(BUN_MAR, "motsvarande 4 317 000 kronor.")]),

    # 15 brf-doktor-lindh: a name in the nominating committee's attachment
    ("person",
     "vem föreslår valberedningen som revisorssuppleant i doktor lindh",
     [], True, ["Hans Ragneskog"],
     [g(VALBER, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),

    # 16 langasands-byalag: list of newly elected board members
    ("list",
     "vilka nyvaldes in i styrelsen på byalagets årsmöte 2023",
     [], True, ["Kerstin Von Braun", "Kiki Broholm", "Jan-Peter Idström"],
     [g(LA_ARS23, "Kerstin Von Braun (nyval) för en period på ett år."),
      g(LA_ARS23, "Kiki Broholm (nyval) för en period på två år."),
      g(LA_ARS23, "Jan-Peter Idström (nyval) för en period på två år.")]),

    # 17 kungsbacka: a § beyond the last one of the meeting
    ("unanswerable",
     "vad gällde § 85 på bygg-au 14/3?",
     [], False, [], []),

    # 18 lithekod: a sum inside the budget table of an attachment
    ("amount",
     "lithekod budget 19/20 (bilaga D) - går den plus eller minus totalt och hur mycket?",
     [], True, ["42,000.00"],
     [g(LK_19, "Totalt  -42,000.00 kr")]),

    # 19 jonkoping-bun: follow-up "och vem justerade då?"
    ("followup",
     "och vem justerade då?",
     [turn("user", "Vad beslutade barn- och utbildningsnämnden i Jönköping om Sanda högstadium i februari 2025?"),
      turn("assistant", "Nämnden föreslog den 18 februari 2025 kommunfullmäktige att ställa ytterligare "
                        "21 441 000 kronor till tekniska nämndens förfogande för nybyggnationen av Sanda 7-9, "
                        "sedan projektkalkylen reviderats.")],
     True, ["Gabriella Lönn"],
     [g(BUN_FEB, "Utses att justera  Gabriella Lönn")]),

    # 20 kollektivhus-fristad: an absent topic
    ("unanswerable",
     "beslutade fristads kollektivhusstyrelse nåt om solceller på taket?",
     [], False, [], []),

    # 21 region-vastmanland: figures in the middle of the SKR report (English)
    ("english",
     "According to SKR's report '40 steg för ett tryggare samhälle', how large is Sweden's criminal economy per "
     "year, and how much of it is wrongful payments, fraud and welfare crime?",
     [], True, ["100–150 miljarder", "38–66 miljarder"],
     [g(SKR, "Den kriminella ekonomin i Sverige beräknas enligt Polismyndigheten omfatta 100–150 miljarder "
             "kronor om året."),
      g(SKR, "Av dessa utgör felaktiga utbetalningar, bedrägerier och välfärdsbrottslighet 38–66 miljarder "
             "kronor.")]),

    # 22 kungsbacka: body and date, återremiss and its reason
    ("body_date",
     "vad beslöt bygg-au den 29 februari om rawfood-bageriet på frillesås-rya 2:31, och varför?",
     [], True, ["återremitter", "förvaltningen för Teknik"],
     [g(KB_0229_P, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och\nmiljöförvaltningen för "
                   "fortsatt beredning och komplettering av beslutsunderlaget."),
      g(KB_0229_P, "Arbetsutskottet ger bygg- och\nmiljöförvaltningen i uppdrag att begära in remissvar från "
                   "förvaltningen för Teknik.")]),

    # 23 brf-doktor-lindh: missing attribute (offers exist, no sums)
    ("missing_attribute",
     "Hur mycket kostar utbyggnaden av laddplatser enligt offerterna som styrelsen i Brf Doktor Lindh har fått "
     "in (svaret på motionen om elbilsladdare)?",
     [], False, [],
     [g(MOTIONER, "I skrivande stund finns tre offerter på\nutbyggnad av laddplatser")]),

    # 24 lithekod: follow-up on a temporary secretary
    ("followup",
     "och vem var tillfällig sekreterare medan hans val behandlades?",
     [turn("user", "Vem valdes till kassör på LiTHe kods vårmöte 2018?"),
      turn("assistant", "Robin Sliwa valdes till kassör för verksamhetsåret 18/19.")],
     True, ["Christoffer"],
     [g(LK_18, "Robin och Erik lämnar rummet. Röstlängden ändras till 12.\nChristoffer är temporär sekreterare.")]),

    # 25 langasands-byalag: a prize in the annual report
    ("person",
     "vem fick långasands miljöpris 2019 o för vad",
     [], True, ["Hans Andersson", "gångstigarna"],
     [g(LA_VB19, "miljöpris till Hans Andersson för hans mångåriga arbete och underhåll av gångstigarna i "
                 "området")]),

    # 26 kungsbacka: a condition added at the meeting
    ("decision",
     "vilket villkor la kaufmann till för solcellsparken på ölmanäs 3:20 på au 1 feb?",
     [], True, ["lokaliseras inom", "verksamhetens ändamål"],
     [g(KB_0201_P, "Solcellsparken ska lokaliseras inom verksamhetens område och\nanvändas för verksamhetens "
                   "ändamål."),
      g(KB_0201_P, "Solceller ska sålunda inte placeras utanför reningsverkets\navgränsade markområde.")]),

    # 27 region-vastmanland: a meeting that does not exist
    ("unanswerable",
     "Vilka ärenden behandlade strategisk regional beredning på sammanträdet den 15 november 2024?",
     [], False, [], []),

    # 28 kollektivhus-fristad: a decision in the November board minutes
    ("decision",
     "vem måste attestera fakturor enligt styrelsebeslutet i fristad nov 2018",
     [], True, ["ordförande attestera", "kassören"],
     [g(FRI_11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera\nfakturor utöver "
                "kassören.")]),

    # 29 jonkoping-bun: yes/no answered yes
    ("decision",
     "Justerades BUN:s remissyttrande till Skolverket om SKOLFS 2011:142 omedelbart på mötet i mars 2025?",
     [], True, ["omedelbart justerad"],
     [g(BUN_MAR, "Paragrafen förklaras omedelbart justerad.")]),

    # 30 langasands-byalag: follow-up on the 2019 agenda
    ("followup",
     "vad stod det under motioner på dagordningen då?",
     [turn("user", "När och var hölls Långasands Fastighetsägareförenings årsmöte 2019?"),
      turn("assistant", "Årsmötet hölls den 9 juli 2019 kl 16.30 i Anne-Maries loge.")],
     True, ["ändring av föreningens stadgar"],
     [g(LA_DAG19, "Förslag på ändring av föreningens stadgar")]),
]


if __name__ == "__main__":
    path, n = write_probe(HERE, "d39", "default", QUESTIONS)
    print(f"wrote {n} questions to {path}")
