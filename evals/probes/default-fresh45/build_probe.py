"""Probe set default-fresh45: 30 fresh Swedish (and three English) questions over the default corpus.

What it aims at: the parts of the default corpus that are easy to overlook - the small associations (Kollektivhus
Fristad, LiTHe kod, Långasands byalag, Brf Doktor Lindh), the middle and end of the long documents (BUN Jönköping
§§ 26-44, the Kungsbacka arbetsutskott's protocols from § 30 onwards, LiTHe kod's bilagor, the SKR report's
numbered förslag) and the places where the kallelse's förslag and the protocol's beslut differ (Kungsbacka AU
ärenden where the committee went against the förvaltning). Mix: 4 follow-ups, 3 English, 3 lists, 3 questions
naming a body and a date, 2 yes/no (one answered no), 3 unanswerable (meetings the corpus does not have),
2 missing_attribute (topic present, asked attribute absent), and header, amount, date, vote, reason, reference and
cross-document questions.

Every gold quote is an exact substring of the assistant loader's text of the named file; every key fact occurs in
a gold document. Questions were written from the documents' text alone.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh45/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh45
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

PREFIX = "d45"
CORPUS = "default"

# file names of the default corpus (gold doc = file name, no folder)
FRISTAD_11 = "Styrelsemote_11_20181121.pdf"
FRISTAD_9 = "Styrelsemote_9_20180912.pdf"
FRISTAD_AM = "Årsmötesprotokoll-Fristad-20170218.pdf"
LINDH_HUSRAD = "2020-10-14_gemensamt_husrådsmöte.pdf"
LINDH_KALLELSE = "kallelse_till_foreningsstamma_varen_2021.pdf"
LINDH_MOTIONER = "motioner_2020.pdf"
LINDH_VALB = "valberedningens_förslag.pdf"
BUN_0218 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN_0318 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
KBA_0201_K = "kungsbacka_bygg-au_2024-02-01_kallelse.md"
KBA_0201_P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KBA_0229_K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
KBA_0229_P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KBA_0314_K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
KBA_0314_P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
LANGA_VB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
LANGA_2023 = "protokoll_arsmote_2023.pdf"
LANGA_DAGO = "årsmöte_2019_dagordning.pdf"
LITHE_1805 = "stormote_180529.pdf"
LITHE_1905 = "stormote_190521.pdf"
LITHE_1911 = "stormote_191112.pdf"
LITHE_2013 = "styrelsemote_131009.pdf"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
SRB = "srb-2024-12-13-foredragningslista.txt"

QUESTIONS = [
    # 01 body + date: Kollektivhus Fristad, styrelsemöte nr 11
    ("body_date",
     "vad beslutade styrelsen i kollektivhuset Fristad på mötet 21 november 2018 om attestering av fakturor?",
     [],
     ["ordförande", "kassören"],
     [g(FRISTAD_11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera")]),

    # 02 follow-up: BUN Jönköping 2025-03-18 § 44, end of the protocol
    ("followup",
     "och hur många avdelningar blir det på fastigheten totalt efteråt?",
     [turn("user", "Vad beslutade BUN i Jönköping om Egnahemsskolan i mars 2025?"),
      turn("assistant", "Barn- och utbildningsnämnden beslutade 2025-03-18 (§ 44) att 31 200 000 kronor ställs till "
                        "tekniska nämndens förfogande för omställningen av Egnahemsskolan till förskola.")],
     ["7 avdelningar"],
     [g(BUN_0318, "omställningsarbetet finnas 7 avdelningar")]),

    # 03 list: Brf Doktor Lindh, motions on the 2021 agenda (page 2)
    ("list",
     "vilka motioner ska upp på föreningsstämman i maj 2021 hos doktor lindh?",
     [],
     ["störande arbeten", "Blomsteräng", "Skräpcyklar", "Dörröppnare", "Brandlarm", "trivselregler"],
     [g(LINDH_KALLELSE, "Motion 2:  Blomsteräng"),
      g(LINDH_KALLELSE, "Motion 6:  Förändring av trivselregler")]),

    # 04 English: SKR report, förord
    ("english",
     "How many meetings did SKR's programme committee on safety (programberedningen för trygghet) hold, and which "
     "municipalities did it visit on its study trips?",
     [],
     ["12", "Södertälje", "Sollentuna", "Örebro"],
     [g(SKR, "Programberedningen har haft 12 sammanträden och gjort tre studieresor till Södertälje kommun, "
             "Sollentuna kommun och Örebro kommun.")]),

    # 05 yes/no, answer no: Fristad årsmöte 2017, punkt 10
    ("decision",
     "Godkände årsmötet i Fristad 2017 relaxgruppens äskande?",
     [],
     ["avslås", "husmöte"],
     [g(FRISTAD_AM, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer")]),

    # 06 vote: LiTHe kod vårmöte 2019, proposition 4
    ("vote",
     "hur röstade mötet om propositionen att förtydliga vad \"medlemmar\" betyder, lithe kods vårmöte 2019?",
     [],
     ["12 röster emot", "3 neutrala"],
     [g(LITHE_1905, "12 röster emot\n3 neutrala\nMötet godkänner inte propositionen.")]),

    # 07 body + date: Kungsbacka AU 2024-02-29 § 58 (kallelse proposed bygglov, protocol återremiss)
    ("body_date",
     "I kallelsen till byggnadsnämndens arbetsutskott 29 februari 2024 föreslogs bygglov för rawfood-bageriet på "
     "Frillesås-Rya 2:31. Vad beslutade AU?",
     [],
     ["återremitter", "Teknik"],
     [g(KBA_0229_P, "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och"),
      g(KBA_0229_P, "miljöförvaltningen i uppdrag att begära in remissvar från förvaltningen för Teknik."),
      g(KBA_0229_K, "FRILLESÅS-RYA 2:31 -<br>Bygglov för inredande av<br>ytterligare bostad/lokal i<br>"
                    "enbostadshus, rawfood-bageri")]),

    # 08 unanswerable: no LiTHe kod höstmöte 2018 in the corpus
    ("unanswerable",
     "Vilka valdes in i styrelsen på LiTHe kods höstmöte 2018?",
     [],
     [],
     []),

    # 09 amount: Fristad styrelsemöte nr 9, agenda of husmötet 26/9
    ("amount",
     "hur mycket skulle man äska till nya möbler i cafeterian på husmötet 26/9 i Fristad?",
     [],
     ["75 000 kr"],
     [g(FRISTAD_9, "5.4. Äskande till nya möblertillcafeterian: 75 000 kr")]),

    # 10 follow-up: Långasands byalag årsmöte 2023 § 16
    ("followup",
     "ok, och vilka blev valberedning?",
     [turn("user", "Vilka valdes till revisorer på Långasands byalags årsmöte 2023?"),
      turn("assistant", "Per-Olof Kronström (nyval) och Britt Lago Bruze (omval) valdes till revisorer för "
                        "nästkommande ettårsperiod (§ 15).")],
     ["Bengt Tönsgård", "Catarina Bergh-Lundin"],
     [g(LANGA_2023, "Årsmötet beslutade omval av Bengt Tönsgård och Catarina Bergh-Lundin.")]),

    # 11 English: BUN 2025-02-18 § 26 Sanda
    ("english",
     "In February 2025, how much additional money did Jönköping's barn- och utbildningsnämnd propose that the city "
     "council put at the technical committee's disposal for the Sanda högstadium building?",
     [],
     ["21 441 000"],
     [g(BUN_0218, "föreslår kommunfullmäktige att ställa ytterligare 21 441 000")]),

    # 12 header: Kungsbacka AU 2024-02-29, justerare and tjänstgörande ersättare
    ("header",
     "vem justerade AU-protokollet från 29 feb 2024 och vem tjänstgjorde i stället för Heinrich Kaufmann?",
     [],
     ["Lars Eriksson", "Richard Hansson"],
     [g(KBA_0229_P, "Protokolljusterare Lars Eriksson (S)"),
      g(KBA_0229_P, "Richard Hansson (C) ersätter Heinrich")]),

    # 13 yes/no, answer yes: Kungsbacka AU 2024-03-14 § 78 (kallelse proposed avslag)
    ("decision",
     "Fick GRESSELA 6:9 bygglov för lagerhallen i mars? Förvaltningen ville ju avslå",
     [],
     ["beviljar", "Lars Eriksson"],
     [g(KBA_0314_P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
      g(KBA_0314_P, "Ordföranden (M) prövar förslagen och finner att arbetsutskottet bifaller Lars\nEriksson (S) "
                    "med fleras yrkande."),
      g(KBA_0314_K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>lagerhall.")]),

    # 14 list: LiTHe Kod styrelsemöte 2013, punkt 10
    ("list",
     "Vilka mål satte LiTHe Kod upp på styrelsemötet i oktober 2013?",
     [],
     ["uppehållsrum", "känd förening på campus", "Regelbundna event", "100 st medlemmar"],
     [g(LITHE_2013, "Permanent uppehållsrum åt föreningen"),
      g(LITHE_2013, "100 st medlemmar")]),

    # 15 missing_attribute: Brf Doktor Lindh, laddplatser - offers exist, no amounts
    ("missing_attribute",
     "Vad kostar offerterna på utbyggnad av laddplatser i garaget hos Brf Doktor Lindh?",
     [],
     [],
     [g(LINDH_MOTIONER, "I skrivande stund finns tre offerter på")]),

    # 16 date: LiTHe kod vårmöte 2018, pizza break in the middle of the personval
    ("date",
     "när tog lithe kods vårmöte 2018 paus för pizza och när körde de igång igen?",
     [],
     ["18:15", "18:57"],
     [g(LITHE_1805, "Mötet pausas för pizza kl 18:15"),
      g(LITHE_1805, "Mötet återupptas kl 18:57")]),

    # 17 cross: Kungsbacka AU 2024-02-01 § 18 - kallelse negativt, protokoll positivt
    ("cross",
     "kallelsen till AU 1 februari 2024 föreslog negativt förhandsbesked för Släps-Hagen 1:136 – blev det så?",
     [],
     ["positivt förhandsbesked", "Thure Sandén"],
     [g(KBA_0201_P, "Byggnadsnämndens arbetsutskott lämnar positivt förhandsbesked för ett"),
      g(KBA_0201_P, "Thure Sandén (M) yrkar på att lämna positivt förhandsbesked för nybyggnad av ett"),
      g(KBA_0201_K, "SLÄPS-HAGEN 1:136 -<br>Förhandsbesked för nybyggnad<br>av ett enbostadshus")]),

    # 18 follow-up: Brf Doktor Lindh valberedningens förslag
    ("followup",
     "vilka föreslås som nya suppleanter då?",
     [turn("user", "Vem lämnar styrelsen i Brf Doktor Lindh enligt valberedningens förslag?"),
      turn("assistant", "Ordföranden Gunnar Jonsson avgår från styrelsen. Valberedningen föreslår också att "
                        "styrelsen minskas från 7 till 6 ledamöter.")],
     ["Ulrika Enander", "Ingrid Mathillas"],
     [g(LINDH_VALB, "Nyval av Ulrika Enander på 2 år\nFyllnadsval av Ingrid Mathillas på 1 år")]),

    # 19 reason: Kungsbacka AU 2024-02-29 § 59 Köpstaden 1:39
    ("reason",
     "Varför fick Köpstaden 1:39 avslag på solpanelerna på taket?",
     [],
     ["Försvarsmakten", "elektromagnetiska störningar"],
     [g(KBA_0229_P, "Därför motsätter sig Försvarsmakten att bygglov beviljas för installation av solceller.")]),

    # 20 English: LiTHe kod höstmöte 2019
    ("english",
     "Who chaired LiTHe kod's autumn meeting in November 2019, and who took the minutes?",
     [],
     ["Olav Övrebö", "Edvard Thörnros"],
     [g(LITHE_1911, "a. Olav Övrebö blev vald till ordförande."),
      g(LITHE_1911, "a. Edvard Thörnros blev vald till mötessekreterare.")]),

    # 21 unanswerable: no BUN meeting in April 2025 in the corpus
    ("unanswerable",
     "Vad sa barn- och utbildningsnämnden i Jönköping om skolskjutsen på Visingsö på sammanträdet i april 2025?",
     [],
     [],
     []),

    # 22 reference: SKR report, numbered förslag
    ("reference",
     "vilket nummer har förslaget i SKR:s 40 steg om att otillåten påverkan ska bli ett eget brott?",
     [],
     ["18"],
     [g(SKR, "18. Otillåten påverkan bör införas som ett nytt brott")]),

    # 23 list: SRB 2024-12-13, punkt 6 Trygghet
    ("list",
     "vilka diskussionsfrågor fanns med under temapasset om trygghet på strategiska regionala beredningen i december?",
     [],
     ["egen organisation", "saknas idag i Västmanland", "länsgemensamt"],
     [g(SRB, "Vad ser du saknas idag i Västmanland?"),
      g(SRB, "Vad kan vi göra länsgemensamt?")]),

    # 24 follow-up: Kungsbacka AU 2024-02-01 § 34 Ölmanäs 3:20
    ("followup",
     "blev det något villkor kopplat till det?",
     [turn("user", "Hur gick det med strandskyddsdispensen för solcellsparken vid reningsverket på Ölmanäs 3:20 "
                   "i februari?"),
      turn("assistant", "Arbetsutskottet gick den 1 februari 2024 (§ 34) emot förvaltningen och biföll Lars "
                        "Erikssons (S) yrkande om att bevilja strandskyddsdispens för solcellsparken.")],
     ["lokaliseras inom", "verksamhetens ändamål"],
     [g(KBA_0201_P, "Heinrich Kaufmann (C) yrkar på ett tillägg i form av villkor av solcellsparkens"),
      g(KBA_0201_P, "Föreslagen solcellspark ska till sin helhet lokaliseras inom aktuellt")]),

    # 25 body + date: BUN 2025-02-18 § 29
    ("body_date",
     "Vad blev beslutet i BUN 18 februari 2025 om direktbussen till Bottnarydsskolan?",
     [],
     ["extrainsatt busstur", "fritidshem"],
     [g(BUN_0218, "En extrainsatt busstur till och från Bottnarydsskolans fritidshem, i enlighet med förslag i")]),

    # 26 cross: Brf Doktor Lindh - motion 2020 on the birches, followed up at the husrådsmöte
    ("cross",
     "motionen till stämman 2020 om de två björkarna vid entrén till hus 1 – vad kom man fram till sen?",
     [],
     ["arborist", "friskförklarats"],
     [g(LINDH_HUSRAD, "Utemiljön: Björkarna utanför hus 1 har inspekterats av arborist och friskförklarats."),
      g(LINDH_MOTIONER, "2. En motion angående undersökning av hälsa och stabilitet hos två björkar vid entrén "
                        "till hus 1.")]),

    # 27 amount: LiTHe kod vårmöte 2019, Bilaga C at the end
    ("amount",
     "vad blev vinsten för lithe kod verksamhetsåret 17/18 enligt den ekonomiska berättelsen?",
     [],
     ["62,892.08"],
     [g(LITHE_1905, "Vinst/Förlust:  62,892.08 kr")]),

    # 28 missing_attribute: SRB 2024-12-13 punkt 7 has an empty förslag till beslut
    ("missing_attribute",
     "Vilket förslag till beslut fanns i ärendet om samverkan med Mälardalens universitet på SRB 13 december 2024?",
     [],
     [],
     [g(SRB, "presenterades ett förslag på ny samverkansplattform STARK")]),

    # 29 cross: Långasands fastighetsägareförening 2019 - dagordning and verksamhetsberättelse
    ("cross",
     "Långasands fastighetsägareförening årsmöte 2019 – vilken tid började det och hur många medlemmar dök upp?",
     [],
     ["16.30", "50-tal"],
     [g(LANGA_DAGO, "Årsmöte 2019, 9 juli 2019 kl 16.30 i Anne-Maries loge"),
      g(LANGA_VB, "Årsmötet hölls 9 juli på Anne-Maries loge. Ca ett 50-tal medlemmar dök upp.")]),

    # 30 unanswerable: the next SRB meeting (7 februari 2025) is only announced, no documents of it
    ("unanswerable",
     "Vad beslutade strategiska regionala beredningen på sammanträdet den 7 februari 2025?",
     [],
     [],
     []),
]


def main() -> None:
    path, n = write_probe(HERE, PREFIX, CORPUS, answerable_by_type(QUESTIONS))
    print(f"wrote {n} questions to {path}")


if __name__ == "__main__":
    main()
