"""Build probe.jsonl for `default-fresh40`: 30 questions over the default corpus (all seven organisations).

Written from the loader's text of the documents alone (assistant.documents.loaders.load(path).text), without
running the assistant. Run from the repository root:

    .venv/bin/python evals/probes/default-fresh40/build_probe.py
    .venv/bin/python evals/probes/verify_set.py default-fresh40
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

# Kungsbacka, byggnadsnämndens arbetsutskott
KB01P = "kungsbacka_bygg-au_2024-02-01_protokoll.md"
KB29K = "kungsbacka_bygg-au_2024-02-29_kallelse.md"
KB29P = "kungsbacka_bygg-au_2024-02-29_protokoll.md"
KB14K = "kungsbacka_bygg-au_2024-03-14_kallelse.md"
KB14P = "kungsbacka_bygg-au_2024-03-14_protokoll.md"
# Jönköping, barn- och utbildningsnämnden
BUN02 = "barn-och-utbildningsnamnden-2025-02-18.pdf"
BUN03 = "barn-och-utbildningsnamnden-2025-03-18.pdf"
# Region Västmanland, strategisk regional beredning
SRB = "srb-2024-12-13-foredragningslista.txt"
SKR = "skr-40-steg-for-ett-tryggare-samhalle.txt"
# LiTHe kod
LK18 = "stormote_180529.pdf"
LK19V = "stormote_190521.pdf"
LK19H = "stormote_191112.pdf"
# Brf Doktor Lindh
DLK = "kallelse_till_foreningsstamma_varen_2021.pdf"
DLV = "valberedningens_förslag.pdf"
# Kollektivhus Fristad
KF9 = "Styrelsemote_9_20180912.pdf"
KFA = "Årsmötesprotokoll-Fristad-20170218.pdf"
# Långasands byalag
LA23 = "protokoll_arsmote_2023.pdf"

QUESTIONS = [
    # 01 yes/no whose answer is no: the notice proposed refusal, the minutes granted the permit
    ("decision",
     "avslog bygg-au bygglovet för säro 1:486 den 14 mars så som kallelsen föreslog?",
     [], ["beviljar ansökan om bygglov"],
     [g(KB14P, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för tillbyggnad av\nenbostadshus samt "
               "utvändig ändring."),
      g(KB14K, "Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för tillbyggnad av<br>enbostadshus "
               "samt utvändig ändring.")]),
    # 02 body and date
    ("body_date",
     "Vad beslutade byggnadsnämndens arbetsutskott den 29 februari 2024 om husvagnen på Dannebacka 1:4?",
     [], ["avslår ansökan om tidsbegränsat bygglov", "7 500 kronor"],
     [g(KB29P, "Byggnadsnämndens arbetsutskott avslår ansökan om tidsbegränsat bygglov för\nuppsättning av husvagn."),
      g(KB29P, "Avgiften för beslutet är 7 500 kronor.")]),
    # 03 follow-up: who moved the återremiss
    ("followup",
     "vem yrkade på det?",
     [turn("user", "vad hände med rawfood-bageriet i frillesås på au 29/2?"),
      turn("assistant", "Ärendet FRILLESÅS-RYA 2:31 (§ 58) återremitterades till bygg- och miljöförvaltningen för "
                        "fortsatt beredning och komplettering av beslutsunderlaget; förvaltningen ska begära in "
                        "remissvar från förvaltningen för Teknik.")],
     ["Lars Eriksson"],
     [g(KB29P, "Lars Eriksson (S) yrkar på att återremittera ärendet till bygg-och miljöförvaltningen")]),
    # 04 across meetings: struck from the list on 29 Feb, decided on 14 March
    ("cross",
     "myra 6:19 ströks från ärendelistan 29 feb – togs det upp senare o vad blev beslutet?",
     [], ["avslår ansökan om bygglov", "20 000 kronor"],
     [g(KB29P, "Ärende nr 16. MYRA 6:19 - Bygglov för nybyggnad av enbostadshus samt garage"),
      g(KB14P, "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus\n\nBeslut\nByggnadsnämndens arbetsutskott avslår "
               "ansökan om bygglov för nybyggnad av\nenbostadshus.\n\nAvgiften för beslutet är 20 000 kronor.")]),
    # 05 a condition of a decision and who asked for it
    ("decision",
     "vilket villkor sattes på strandskyddsdispensen för solcellsparken på ölmanäs 3:20 (au 1 feb) och vem yrkade på det",
     [], ["reningsverkets avgränsade markområde", "Heinrich Kaufmann"],
     [g(KB01P, "Solceller ska sålunda inte placeras utanför reningsverkets\navgränsade markområde."),
      g(KB01P, "Heinrich Kaufmann (C) yrkar på ett tillägg i form av villkor av solcellsparkens\nlokalisering.")]),
    # 06 English: a reservation
    ("english",
     "At the building committee working group's meeting on 1 February 2024, did anyone enter a reservation against "
     "the decision on LYNGÅS 3:3? Who, and in favour of what?",
     [], ["Stefan Vilumsons", "återremissyrkande"],
     [g(KB01P, "Stefan Vilumsons (SD) reserverar sig mot beslutet till förmån för eget\nåterremissyrkande.")]),
    # 07 unanswerable: a § beyond the last (§§ 71-82)
    ("unanswerable",
     "Vad handlade § 83 om på bygg-au:s sammanträde den 14 mars 2024?",
     [], [], []),
    # 08 missing attribute: the mast item is withheld from the published minutes
    ("missing_attribute",
     "hur hög blir nya masten på hammerö 9:24 som au tog upp 14/3?",
     [], [],
     [g(KB14P, "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka\nkommuns webbsida.")]),
    # 09 a substitute for part of the meeting
    ("person",
     "Vem tjänstgjorde i stället för Haris Mehmedagic (M) i slutet av barn- och utbildningsnämndens möte den 18 mars "
     "2025, och för vilka paragrafer?",
     [], ["Christina Isaksson", "§§ 44-45"],
     [g(BUN03, "Christina Isaksson (M), tjänstgör för Haris Mehmedagic (M), kl.\n14:05-14:10, §§ 44-45")]),
    # 10 body and date: an amount proposed to the council
    ("body_date",
     "vad beslutade barn- och utbildningsnämnden 18 februari 2025 om Sanda högstadium?",
     [], ["21 441 000", "tekniska nämndens förfogande"],
     [g(BUN02, "Barn- och utbildningsnämnden föreslår kommunfullmäktige att ställa ytterligare 21 441 000\nkronor "
               "till tekniska nämndens förfogande för genomförande av nybyggnationen.")]),
    # 11 list
    ("list",
     "lista bun:s förslag till kf om jobb- o ferieinsatser för unga (mötet i mars 2025)",
     [], ["sommarpraktik upphör", "150 sommarjobb", "Ung omsorg", "4 317 000 kronor"],
     [g(BUN03, "Att insatsen sommarpraktik upphör samt att medel för denna överflyttas till"),
      g(BUN03, "Att erbjuda 150 sommarjobb till elever som avslutat gymnasiet innevarande år och"),
      g(BUN03, "Att insatsen Ung omsorg fortsätter likt tidigare."),
      g(BUN03, "motsvarande 4 317 000 kronor.")]),
    # 12 follow-up: the notice's taking-down date on the cover
    ("followup",
     "ok och nr tas anslaget ner?",
     [turn("user", "vem justerar bun-protokollet från 18 februari 2025?"),
      turn("assistant", "Gabriella Lönn utsågs att justera protokollet från barn- och utbildningsnämndens "
                        "sammanträde 2025-02-18. Protokollet justerades digitalt 2025-02-25.")],
     ["2025-03-20"],
     [g(BUN02, "Datum för anslags nedtagande 2025-03-20")]),
    # 13 missing attribute: the annual rent is said to be assessed but no figure is given
    ("missing_attribute",
     "Vad blir den årliga hyreskostnaden för Egnahemsskolan när den ställs om till förskola?",
     [], [],
     [g(BUN03, "Tekniska kontoret har utifrån lokalprogram och"),
      g(BUN03, "skiss gjort en bedömning av investeringsutgift samt årlig hyreskostnad.")]),
    # 14 English: a deadline and an immediate justering
    ("english",
     "According to the Jönköping education committee's minutes of 18 March 2025, by what date did Skolverket want "
     "comments on the proposed changes to SKOLFS 2011:142, and was that paragraph approved immediately?",
     [], ["20 mars 2025", "omedelbart justerad"],
     [g(BUN03, "Eventuella synpunkter bör vara\nSkolverket tillhanda senast den 20 mars 2025."),
      g(BUN03, "Paragrafen förklaras omedelbart justerad.")]),
    # 15 unanswerable: a meeting that is not in the documents
    ("unanswerable",
     "Vad beslutade barn- och utbildningsnämnden i Jönköping på sammanträdet den 22 april 2025?",
     [], [], []),
    # 16 follow-up: the justerare named in the agenda
    ("followup",
     "och vem föreslås justera protokollet jämte ordf?",
     [turn("user", "när och var är srb:s sammanträde 13 december?"),
      turn("assistant", "Strategisk regional beredning sammanträder 2024-12-13 kl. 09:00–12:00 i Sammanträdesrum "
                        "Silvergruvan, Regionhuset, Västerås.")],
     ["Åsa-Märta Sjöström"],
     [g(SRB, "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.")]),
    # 17 list
    ("list",
     "vilka anmälningar för kännedom finns på srb:s föredragningslista 13/12?",
     [], ["skattebefrielse för biogas", "Samverkansgrupp Nära vård", "Samverkansgrupp Hälsa", "kompetensförsörjning"],
     [g(SRB, "- RUF240255-1 Skrivelse till EU-kommissionen om skattebefrielse för biogas - signerat"),
      g(SRB, "- RV240022-14 Minnesanteckningar Samverkansgrupp Nära vård 2024-11-08"),
      g(SRB, "- RV240022-15 Minnesanteckningar Samverkansgrupp Hälsa 2024-11-06"),
      g(SRB, "- RV240022-16.1 Samverkansgrupp kompetensförsörjning - Årsplan 2025")]),
    # 18 an amount in the middle of the SKR report (the attachment to SRB's item 6)
    ("amount",
     "Hur stor är den kriminella ekonomin i Sverige enligt SKR:s rapport 40 steg för ett tryggare samhälle, och hur "
     "mycket av den är felaktiga utbetalningar, bedrägerier och välfärdsbrott?",
     [], ["100–150 miljarder kronor", "38–66 miljarder kronor"],
     [g(SKR, "Den kriminella ekonomin i Sverige beräknas enligt Polismyndigheten omfatta 100–150 miljarder kronor "
             "om året. Av dessa utgör felaktiga utbetalningar, bedrägerier och välfärdsbrottslighet 38–66 miljarder "
             "kronor.")]),
    # 19 unanswerable: a topic absent from the agenda
    ("unanswerable",
     "vad beslutade srb 13 december om nya taxor i kollektivtrafiken?",
     [], [], []),
    # 20 vote
    ("vote",
     "hur gick omröstningen om prop 4 (förtydliga vad medlemmar betyder) på lithe kods vårmöte 2019",
     [], ["12 röster emot", "3 neutrala"],
     [g(LK19V, "4. Förtydliga vad “medlemmar” betyder (Bilaga B)\n12 röster emot\n3 neutrala\nMötet godkänner inte "
               "propositionen.")]),
    # 21 a sum inside an attachment's table
    ("amount",
     "Hur stor vinst gjorde LiTHe kod verksamhetsåret 17/18 enligt den ekonomiska berättelsen i vårmötesprotokollet "
     "2019?",
     [], ["62,892.08"],
     [g(LK19V, "Vinst/Förlust:  62,892.08 kr")]),
    # 22 follow-up: "och vem justerade då?" (the minutes call the justerare 'mötessekreterare')
    ("followup",
     "och vem justerade då?",
     [turn("user", "vem var mötesordförande på lithe kods höstmöte 2019?"),
      turn("assistant", "På höstmötet 2019-11-12 valdes Olav Övrebö till mötesordförande och Edvard Thörnros till "
                        "mötessekreterare.")],
     ["Erik Mansén"],
     [g(LK19H, "4. Val av justeringsperson tillika rösträknare.\na. Erik Mansén blev vald till mötessekreterare.")]),
    # 23 body and date
    ("body_date",
     "Vad beslutade LiTHe kods vårmöte den 29 maj 2018 om nästa års medlemsavgift?",
     [], ["20kr för nya medlemmar", "därefter 0kr"],
     [g(LK18, "Mötet beslutar att fastställa medlemsavgiften till 20kr för nya medlemmar och därefter\n0kr.")]),
    # 24 a deadline in the notice
    ("date",
     "nr måste röstsedeln va inlämnad till brf doktor lindhs stämma 2021?",
     [], ["16 maj"],
     [g(DLK, "Röstsedel i slutet kuvert skall vara inlämnad\nsenast söndag 16 maj")]),
    # 25 list
    ("list",
     "Vilka motioner står på dagordningen till Brf Doktor Lindhs föreningsstämma den 18 maj 2021?",
     [], ["Blomsteräng", "Dörröppnare", "Brandlarm för hela huset", "trivselregler"],
     [g(DLK, "Motion 1:  Ändrade tider för störande arbeten\nMotion 2:  Blomsteräng\nMotion 3:  \"Skräpcyklar\" i "
             "cykelförråden\nMotion 4:  Dörröppnare\nMotion 5:  Brandlarm för hela huset\nMotion 6:  Förändring av "
             "trivselregler")]),
    # 26 a name at the end of the nominating committee's proposal
    ("person",
     "vem föreslår valberedningen som intern revisorssuppleant i brf doktor lindh",
     [], ["Hans Ragneskog"],
     [g(DLV, "Nyval av Hans Ragneskog som intern revisorssuppleant")]),
    # 27 the time a meeting closed
    ("header",
     "Vilken tid avslutades styrelsemöte nr 9 i Kollektivhusföreningen Fristad i september 2018?",
     [], ["20:45"],
     [g(KF9, "12. Mötet avslutat 20:45")]),
    # 28 yes/no whose answer is yes
    ("decision",
     "fick styrelsen ansvarsfrihet på fristads årsmöte feb 2017?",
     [], ["Ansvarsfrihet godkänns"],
     [g(KFA, "Ansvarsfrihet godkänns."),
      g(KFA, "Revisorerna beviljar styrelsen ansvarsfrihet för 2016.")]),
    # 29 both justerare
    ("person",
     "vilka justerade långasands årsmötesprotokoll 2023?",
     [], ["Karin Barck Holst", "Anders Nylander"],
     [g(LA23, "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander.")]),
    # 30 English: a condition with a deadline
    ("english",
     "According to the minutes of Långasands Byalag's annual meeting in July 2023, what happens if the board does not "
     "manage to constitute itself and appoint a chair?",
     [], ["inom tre månader", "nytt årsmöte"],
     [g(LA23, "Om styrelsen inte\nlyckas med att konstituera sig inkl att utse ordförande inom tre månader kallas till "
              "nytt årsmöte.")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "d40", "default", answerable_by_type(QUESTIONS))
    print(f"wrote {n} questions to {path}")
