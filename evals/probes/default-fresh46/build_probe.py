"""Probe set default-fresh46: 30 Swedish (and three English) questions over the default corpus.

The set aims at the parts of the default corpus that are easy to overlook: the middle and end of documents
(bilagor, § near the end, återremiss and reservation passages, the Kungsbacka kallelse tables against the protokoll
that followed them), and the small organisations (LiTHe kod, Kollektivhus Fristad, Långasands byalag,
Brf Doktor Lindh) next to Jönköping's barn- och utbildningsnämnd, Region Västmanland's SRB agenda with the SKR report
and Kungsbacka's byggnadsnämndens arbetsutskott. Every one of the 24 corpus documents is a gold document at least
once. Mix: 4 follow-ups, 3 English, 3 lists, 3 questions naming a body and a date, 2 yes/no (one answered no:
d46-11), 3 unanswerable, 2 missing_attribute, the rest header, amount, date, reason, reference, vote, decision and
cross-document questions. Questions were written from the loader text of the documents alone.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh46/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh46
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
SRB = "srb-2024-12-13-foredragningslista.txt"
K01K = "kungsbacka_bygg-au_2024-02-01_kallelse.md"
K01P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
K29K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
K29P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
K14K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
K14P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
LVB = "Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"
L23 = "protokoll_arsmote_2023.pdf"
L19 = "årsmöte_2019_dagordning.pdf"
DHUS = "2020-10-14_gemensamt_husrådsmöte.pdf"
DKAL = "kallelse_till_foreningsstamma_varen_2021.pdf"
DMOT = "motioner_2020.pdf"
DVAL = "valberedningens_förslag.pdf"
BUN02 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN03 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
LK18 = "stormote_180529.pdf"
LK1905 = "stormote_190521.pdf"
LK1911 = "stormote_191112.pdf"
LK13 = "styrelsemote_131009.pdf"
F11 = "Styrelsemote_11_20181121.pdf"
F09 = "Styrelsemote_9_20180912.pdf"
FAR = "Årsmötesprotokoll-Fristad-20170218.pdf"

Q = [
    # 01 header (LiTHe kod vårmöte 2018)
    ("header", "vem var justeringsperson på lithe kods vårmöte 2018 och vad fastställdes röstlängden till i början?",
     [], True, ["Viktor Holmgren", "14"],
     [g(LK18, "c. Justeringsperson tillika rösträknare\nMötet nominerar och väljer Viktor Holmgren."),
      g(LK18, "Röstlängden fastställs till 14.")]),
    # 02 amount (BUN 2025-02-18 § 26)
    ("amount", "Sanda högstadium blev dyrare, hur mycket extra vill BUN att KF skjuter till och varför?",
     [], True, ["21 441 000", "YLAB", "21 mnkr"],
     [g(BUN02, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000\nkronor "
               "till tekniska nämndens förfogande för genomförande av nybyggnationen."),
      g(BUN02, "Efter samverkan med entreprenören YLAB har en revidering av projektkalkylen\ngjorts vilket innebär "
               "en kostnadsökning med 21 mnkr.")]),
    # 03 unanswerable
    ("unanswerable", "Vad beslutade barn- och utbildningsnämnden i april 2025 om skolskjutsen på Visingsö?",
     [], False, [], []),
    # 04 body_date (SRB 2024-12-13)
    ("body_date", "strategiska regionala beredningen 13 december 2024: vem ska justera protokollet och när är nästa möte?",
     [], True, ["Åsa-Märta Sjöström", "7 februari 2025"],
     [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll."),
      g(SRB, "Nästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.")]),
    # 05 list (Kungsbacka 2024-02-01 § 4)
    ("list", "Vem föredrog ombudget och resultatfond 2023 för byggnadsnämnden, och hur ska överskottet fördelas?",
     [], True, ["Christina Nordberg", "1 870 000", "827 000", "1 037 000", "6 000 kronor"],
     [g(K01K, "Ombudget och resultatfond<br>2023<br>Föredragande: Christina<br>Nordberg, controller"),
      g(K01P, "Byggnadsnämnden redovisar ett positivt resultat jämfört med budget för 2023 på\n1 870 000 kronor."),
      g(K01P, "\\* Resterande överskott, 1 037 000 kronor, förs till nämndens resultatfond.")]),
    # 06 followup (BUN 2025-02-18 § 31)
    ("followup", "varför behövde de välja någon ny dit?",
     [turn("user", "Vem valdes till ordinarie ledamot i BUN:s arbetsutskott i februari 2025?"),
      turn("assistant", "Anna-Karin Carstensen (L) utsågs den 18 februari 2025 (§ 31) till ordinarie ledamot i "
                        "barn- och utbildningsnämndens arbetsutskott tillika lokalutskott.")],
     True, ["Stig-Arne Tengmer", "avsagt sig"],
     [g(BUN02, "Stig-Arne Tengmer (L) har avsagt sig sitt uppdrag i barn- och utbildningsnämnden.")]),
    # 07 cross (SRB agenda + SKR report)
    ("cross", "På SRB-mötet i december skulle två politiker informera om SKR:s 40 steg-rapport. Vilka var det, och "
              "satt de själva med i SKR:s programberedning för trygghet?",
     [], True, ["Amanda Lindblad", "Roger Haddad"],
     [g(SRB, "Amanda Lindblad (S) kommunalråd Sala kommun och Roger Haddad (L) oppositionsråd Västerås stad "
             "informerar."),
      g(SKR, "Beredningen har bestått av Henrik Thunes (M) ordförande, Abdulrahman Ibrahim Muhammed (C) vice "
             "ordförande, Amanda Lindblad (S), Håkan Lösnitz (SD), Janne Grönholm (MP), Jenny Broman (V), "
             "Roger Haddad (L) och Samuel Klippfalk (KD).")]),
    # 08 vote, yes/no answered yes (Kungsbacka 2024-02-01 § 26)
    ("vote", "reserverade sig nån i bygg-au 1 feb 2024 mot bygglovet för Lyngås 3:3, herrgården?",
     [], True, ["Stefan Vilumsons", "återremiss"],
     [g(K01P, "Stefan Vilumsons (SD) reserverar sig mot beslutet till förmån för eget\nåterremissyrkande."),
      g(K01P, "Stefan Vilumsons (SD) yrkar att ärendet återremitteras till bygg- och\nmiljöförvaltningen för "
              "vidare beredning och komplettering av beslutsunderlag.")]),
    # 09 english (SKR report)
    ("english", "How many meetings did SKR's programme committee on safety hold, and which municipalities did it "
                "visit on study trips?",
     [], True, ["12 sammanträden", "Södertälje", "Sollentuna", "Örebro"],
     [g(SKR, "Programberedningen har haft 12 sammanträden och gjort tre studieresor till Södertälje kommun, "
             "Sollentuna kommun och Örebro kommun.")]),
    # 10 body_date (Kollektivhus Fristad styrelsemöte 2018-11-21)
    ("body_date", "vad bestämde styrelsen i kollektivhusföreningen Fristad på mötet 21 november 2018 om attestering "
                  "av fakturor?",
     [], True, ["ordförande attestera", "kassören"],
     [g(F11, "Styrelsen beslutar att från och med 2A18-11-21 måste även ordförande attestera\nfakturor utöver "
             "kassören.")]),
    # 11 decision, yes/no answered no (Kungsbacka 2024-03-14 § 78 vs the kallelse)
    ("decision", "I kallelsen till au 14 mars 2024 föreslogs avslag på lagerhallen på Gressela 6:9. Blev det avslag?",
     [], True, ["beviljar", "Lars Eriksson", "100 000 kronor"],
     [g(K14K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för nybyggnad av<br>lagerhall."),
      g(K14P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av\nlagerhall."),
      g(K14P, "Ordföranden (M) prövar förslagen och finner att arbetsutskottet bifaller Lars\nEriksson (S) med "
              "fleras yrkande.")]),
    # 12 reference (LiTHe kod vårmöte 2019, proposition 3)
    ("reference", "vad gick proposition 3 på lithe kods vårmöte 2019 ut på och hur gick röstningen",
     [], True, ["studerandemedlemmar", "3.3.1", "13 röster för", "1 röst emot"],
     [g(LK1905, "3. Byt “Medlemmar” mot “studerandemedlemmar” i paragraf 3.3.1 (Bilaga B)\n13 röster för\n"
                "1 röst emot\nMötet godkänner propositionen.")]),
    # 13 followup (Kungsbacka 2024-02-29 header)
    ("followup", "och var någon ledamot ersatt den dagen?",
     [turn("user", "vem var sekreterare på byggnadsnämndens arbetsutskott 29 februari 2024?"),
      turn("assistant", "Amanda Toresson var sekreterare. Protokollet justerades av Lars Eriksson (S), digital "
                        "justering 2024-03-06.")],
     True, ["Richard Hansson", "Heinrich"],
     [g(K29P, "Richard Hansson (C) ersätter Heinrich\nDaniel Hognert (M)            Kaufmann (C)")]),
    # 14 amount (Kollektivhus Fristad styrelsemöte 9, 2018-09-12)
    ("amount", "hur mkt pengar skulle äskas till nya möbler i cafeterian på husmötet 26/9?",
     [], True, ["75 000 kr"],
     [g(F09, "5.4. Äskande till nya möblertillcafeterian: 75 000 kr")]),
    # 15 missing_attribute (Brf Doktor Lindh, valberedningens förslag)
    ("missing_attribute", "Vem föreslår valberedningen i Brf Doktor Lindh som ny ordförande när Gunnar Jonsson "
                          "slutar?",
     [], False, [],
     [g(DVAL, "Gunnar Jonsson  Styrelseledamot, ordförande  Avgår från styrelsen")]),
    # 16 reason (Kungsbacka 2024-02-29 § 58 vs the kallelse)
    ("reason", "Förvaltningen föreslog att bevilja bygglovet för rawfood-bageriet på Frillesås-Rya 2:31. Varför "
               "blev det inget beslut på au i februari?",
     [], True, ["återremittera", "inte är färdigberett", "Lars Eriksson"],
     [g(K29K, "Byggnadsnämndens arbetsutskott beviljar<br>bygglov för inredande av ytterligare<br>bostad/lokal i "
              "enbostadshus, rawfood-bageri."),
      g(K29P, "Lars Eriksson (S) yrkar på att återremittera ärendet till bygg-och miljöförvaltningen\nför fortsatt "
              "beredning och komplettering av beslutsunderlaget, med motiveringen att\närendet inte är "
              "färdigberett i den omfattning som dess beskaffenhet kräver.")]),
    # 17 list (Kollektivhus Fristad årsmöte 2017)
    ("list", "Vilka äskanden gick inte igenom direkt på Fristads årsmöte 2017?",
     [], True, ["Relaxgruppens", "Keramikgruppens", "3 grupper i 1"],
     [g(FAR, "Relaxgruppens äskande avslås då beslut om vilken lokal som ska användas kommer\natt beslutas på ett "
             "husmöte."),
      g(FAR, "Keramikgruppens äskande bordläggs till nästa husmöte."),
      g(FAR, "3 grupper i 1 äskande bordläggs till nästa husmöte.")]),
    # 18 english (Långasands Byalag årsmöte 2023)
    ("english", "What annual fee and board remuneration did the Långasand association's 2023 AGM decide on?",
     [], True, ["200 kr/fastighet", "950 kr"],
     [g(L23, "Årsmötet beslutade att årsavgiften fortsatt skall vara 200 kr/fastighet."),
      g(L23, "Årsmötet beslutade att arvodet till styrelsen ska vara oförändrat, dvs 950 kr per ledamot och år.")]),
    # 19 cross (Kungsbacka 2024-02-29 § 46/§ 61 and 2024-03-14 § 80)
    ("cross", "myra 6:19 enbostadshuset, det stod på listan i februari också – vad hände då och vad blev det till "
              "slut?",
     [], True, ["utgår", "avslår", "20 000 kronor"],
     [g(K29P, "Ärende nr 16. MYRA 6:19 - Bygglov för nybyggnad av enbostadshus samt garage"),
      g(K14P, "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus\n\nBeslut\nByggnadsnämndens arbetsutskott "
              "avslår ansökan om bygglov för nybyggnad av\nenbostadshus.")]),
    # 20 vote (LiTHe kod höstmöte 2019)
    ("vote", "hur många röstade för ansvarsfrihet för förra årets styrelse på höstmötet 2019, och varför inte alla?",
     [], True, ["9 röstar", "avstår att rösta"],
     [g(LK1911, "9 röstar för ansvarsfrihet för förra årets styrelse (4 av de närvarande,\nröstberättigade "
                "medlemmarna tillhörde sagda styrelse, varför de avstår att rösta).")]),
    # 21 unanswerable
    ("unanswerable", "Vilken budget fastställde LiTHe kod för verksamhetsåret 2020/2021?",
     [], False, [], []),
    # 22 followup (LiTHe Kod styrelsemöte 2013-10-09)
    ("followup", "vilken dag och tid föreslogs för dem?",
     [turn("user", "Vilka blev ansvariga för kodstugorna på LiTHe Kods styrelsemöte i oktober 2013?"),
      turn("assistant", "David och Fabian valdes till ansvariga för kodstugorna (punkt 13, Få igång aktiviteter).")],
     True, ["onsdagar", "17:00"],
     [g(LK13, "Programmeringsstugor: Aktivitetsansvariga föreslår regelbundna onsdagar kl. 17:00.")]),
    # 23 cross (Långasand: dagordning 2019 + verksamhetsberättelse 2019)
    ("cross", "Vilken motion stod på dagordningen till fastighetsägareföreningens årsmöte 9 juli 2019, och gick den "
              "igenom?",
     [], True, ["ändring av föreningens stadgar", "årsmötet godkände"],
     [g(L19, "§16  Motioner\n- Förslag på ändring av föreningens stadgar"),
      g(LVB, "Vi har reviderat våra stadgar, som årsmötet godkände vid årsmötet 2019.")]),
    # 24 date (Brf Doktor Lindh kallelse 2021)
    ("date", "senaste dag att lämna röstsedeln till brf doktor lindhs stämma 2021?",
     [], True, ["söndag 16 maj"],
     [g(DKAL, "Röstsedel i slutet kuvert skall vara inlämnad\nsenast söndag 16 maj")]),
    # 25 body_date (Jönköping BUN 2025-03-18 § 44)
    ("body_date", "vad beslutade barn- och utbildningsnämnden 18 mars 2025 om Egnahemsskolan?",
     [], True, ["31 200 000 kronor", "förskola"],
     [g(BUN03, "31 200 000 kronor ställs till tekniska nämndens förfogande för omställningsarbetet av\n"
               "Egnahemsskolan till förskola.")]),
    # 26 english (Brf Doktor Lindh husrådsmöte 2020-10-14)
    ("english", "What temperatures were measured in the flats during the summer heat, according to the Doktor Lindh "
                "house council notes?",
     [], True, ["27,9°", "29,9°"],
     [g(DHUS, "temperaturen 27,9° i den ena lägenheten, 29,9° i den andra (ordförandens).")]),
    # 27 missing_attribute (Brf Doktor Lindh motioner 2020, arborist)
    ("missing_attribute", "vad kostade arboristen som gick igenom träden på doktor lindhs tomt?",
     [], False, [],
     [g(DMOT, "Styrelsen har anlitat en arborist som undersökt och vårdat samtliga träd på\nföreningens "
              "tomtmark.")]),
    # 28 list (Jönköping BUN 2025-03-18 § 40)
    ("list", "vad föreslår BUN kommunfullmäktige om jobb- och ferieinsatserna för unga? alla att-satser tack",
     [], True, ["sommarpraktik upphör", "feriepraktik", "150 sommarjobb", "Ung omsorg", "4 317 000 kronor"],
     [g(BUN03, "Att insatsen sommarpraktik upphör samt att medel för denna överflyttas till\nutbildnings- och "
               "arbetsmarknadsnämnden."),
      g(BUN03, "Att erbjuda 150 sommarjobb till elever som avslutat gymnasiet innevarande år"),
      g(BUN03, "Att insatsen Ung omsorg fortsätter likt tidigare."),
      g(BUN03, "Att tillskjuta medel för att bekosta det prognostiserade ökade antalet feriepraktikanter\n"
               "motsvarande 4 317 000 kronor.")]),
    # 29 followup (Kollektivhus Fristad årsmöte 2017 § 12)
    ("followup", "varför blev det en omröstning om en femte ledamot, och vem kom in?",
     [turn("user", "Vilka föreslog valberedningen till styrelsen på kollektivhusets årsmöte 2017?"),
      turn("assistant", "Valberedningen föreslog Jonas Törnros, Josefine Malm, Per Asklund, Anni-Mari Boman och "
                        "Sofia Hemou som ersättare.")],
     True, ["fem ordinarie ledamöter", "Sodabeh Togi"],
     [g(FAR, "Då stadgarna säger att det måste vara fem ordinarie ledamöter sker en omröstning till\nen femte "
             "medlem på årsmötet."),
      g(FAR, "Sodabeh\nTogi anmäler sitt intresse och blir invald.")]),
    # 30 unanswerable
    ("unanswerable", "Vad beslutade byggnadsnämndens arbetsutskott den 11 april 2024 om Stockalid 1:4?",
     [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d46", "default", Q)
    print(f"wrote {n} questions to {path}")
