"""Typeset the Konglig Datasektionen (KTH) documents of this probe set into PDF.

The texts are the stored copies (search corpus "pages") of public web pages: docplayer.se
transcripts of the section's own PDF minutes and agendas, and one news post on
datasektionen.se. Only the stored beginning of each page is available, so every document is
an EXCERPT that ends where the stored copy ends (often mid-word). The docplayer page chrome
("Storlek: px", "Starta visningen från sidan:", "Download ...", "Save this PDF as: ...",
"Transkript") is dropped; the title line and the transcript text are kept word for word,
including the transcript's own damage (lost "kr"/"fl" ligatures: "Seeterare", "sivit",
"Kristoer", "ytta"; dates missing from the minutes' headers). Paragraph breaks are kept.

Run:  /work/main/.venv/bin/python evals/probes/datasektionen-kth/typeset.py
Writes to /work/probes/docs/datasektionen-kth/.
"""
from pathlib import Path

from fpdf import FPDF

OUT = Path("/work/probes/docs/datasektionen-kth")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

DOCS = {}

DOCS["datasektionen_protokoll_DM_9.pdf"] = """Protokoll fört vid DM Konglig Datasektionen

1 Konglig Datasektionen DM (9) Protokoll fört vid DM Konglig Datasektionen Tidpunkt , 17:37 22:07 Plats Rum 4523, KTH Närvarande Seeterare Frida Jansson, D-09 Ledamot för sociala frågor och relationer Peter Boström, D-08 PAS Alexander Solsmed, D-08 Ordförande Andreas Falk, D-09 Vice ordförande Marie Alexander, D-10 Kassör Max Nordlund, D-10 Ledamot för utbildningsfrågor Niclas Nilsson, D-09 Konglig lokalchef Therese Askling, D-10 Revisor Max Roth, D-09 Ledamot för studiemiljöfrågor Petter Djupfeldt, D-09 Klubbmästare Simon Ström, D-09 Revisor, Valberedningens ordförande Erik Lindström, D-10 Sektionshistoriker Christian Avemark, D-02 Victor Koronen, D-09 Gustaf Forsman, D-06 1 Mötets högtidliga öppnande Andreas Falk förklarade mötet öppnat 17:37. 2 Formalia 1. Val av mötesordförande Max Nordlund valdes till mötesordförande. 2. Val av mötesseeterare Frida Jansson valdes till mötesseeterare. 3. Val av justeringsperson tillika rösträknare Petter Djupfeldt valdes till justeringsperson. 4. Mötets behöriga utlysande Mötet förklarades behörigt utlyst. 5. Eventuella adjungeringar Victor Koronen och Gustaf Forsman gavs yttranderätt. Petter Djupfeldt Max Nordlund Marie Alexander

2 Konglig Datasektionen DM (9) 6. Anmälan av övriga frågor Andreas Falk anmälde Frakt av kassaskåp som en övrig fråga. 7. Fastställande av föredragningslistan Föredragningslistan fastställdes. 8. Tidigare mötens protokoll Protokollet för DM lades till handlingarna. 3 Rapporter Frida Jansson rapporterade att hon har sivit klart alla protokoll från våren, sivit dagordning och skickat ut kallelse för DM och Budget-SM. Har tittat lite på arkivering. Peter Boström rapporterade att han har sivit en stor proposition som ger alla nämnder en kontaktperson i styrelsen och har sett till att alla funkti"""

DOCS["datasektionen_protokoll_DM_26.pdf"] = """Protokoll fört vid DM Konglig Datasektionen

1 Konglig Datasektionen DM (26) Protokoll fört vid DM Konglig Datasektionen Tidpunkt , kl. 17:38 20:31 Plats Sal 1537, KTH Närvarande Revisor Mattias Danielsson, D-12 - Petter Djupfeldt, D-09 D-mulle Per Hellström, D-12 QA/D-SMF Per Nyberg, D-13 D-Sfor Viktor Björkholm, D-12 Kassör Ludvig Hagberg, D-11 D-LOL Joel Stenhammar, D-13 - Artem Los, D-14 D-UF Mikael Blomstrand, D-14 Ordförande Lovisa Runhem, D-12 Vice ordförande Emmeli Hansson, D-14 Sekreterare Lovisa von Heijne, D-14 Lokalchef Angelina von Gegerfeldt 1 Mötets högtidliga öppnande Lovisa Runhem förklade mötet öppnat kl. 17:38. 2 Formalia 1. Val av mötesordförande Lovisa Runhem valdes till mötesordförande. 2. Val av mötessekreterare Lovisa von Heijne valdes till mötessekreterare. 3. Val av justeringsperson tillika rösträknare Viktor Björkholm valdes till justeringsperon tillika rösträknare. 4. Mötets behöriga utlysande Mötet förklarades behörigt utlyst. 5. Eventuella adjungeringar Artem Los och Petter Djupfeldt gavs yttranderätt. 6. Anmälan av övriga frågor Inga övriga frågor. Viktor Björkholm Lovisa Runhem

2 Konglig Datasektionen DM (26) 7. Fastställande av föredragningslistan Föredragningslistan fastställdes utan ändringar Fastställandet av föredragningslistan återuppöppnades efter punkt 5.3 och punkt 5.6, Proposition angående inköp av kassaskåp, lades till. 8. Tidigare mötens protokoll Protokoll för DM lades till handlingarna. 3 Rapporter 1. D-rektoratet (a) Presidiet Sedan senaste DM har ett Extra-SM hållits. Lovisa Runhem har även haft möte med CSC gällande förnyandet av verksamheten under öppet hus, samt ett pågående projekt tillsammans med Stockholm Stad gällande jämnare könsfördelning och utlärandet av programmering specifikt riktat till tjejer. Dessutom har hon satt ihop ett dokume"""

DOCS["datasektionen_protokoll_Budget-SM_113.pdf"] = """Protokoll fört vid Budget-SM Konglig Datasektionen

1 Konglig Datasektionen Budget-SM (113) Protokoll fört vid Budget-SM Konglig Datasektionen Tidpunkt , 17:42 21:30 Plats Närvarande H1, KTH se bilaga 1 Mötets högtidliga öppnande Ordförande förklarade mötet öppnat 17:42. 2 Presentation och utfrågning av urnvalskandidater Ordförandekandidater: Jacob Sievers presenterar sig. Kristoer Emanuelsson presenterar sig. Lovisa Runhem presenterar sig. Vice Ordförandekandidater: Mattias Danielsson presenterar sig. 3 Formalia 1. Val av mötesordförande Petter Djupfeldt valdes till mötesordförande. 2. Val av mötessekreterare Eva Sokolova valdes till mötessekreterare. 3. Val av två justeringspersoner tillika rösträknare Frida Jansson och Angelina von Gegerfelt valdes till justeringspersoner tillika rösträknare. 4. Mötets behöriga utlysande Mötet förklarades behörigt utlyst. 5. Mötesordförandes reglementesenliga klädedräkt Ordförande konstaterades vara påklädd. 6. Eventuella adjungeringar Beatrice Swensson, Alexander Arozin, Kashmir Klingestedt, Simon Blom, och Peter Miscevic adjungerades med närvarorätt och yttranderätt. Frida Jansson Angelina von Gegerfelt Petter Djupfeldt

2 Konglig Datasektionen Budget-SM (113) 7. Anmälan av övriga frågor (a) Petter Djupfeldt anmäler frågan Sektionslokalsindelningen 8. Fastställande av föredragningslistan Johan Stjernberg yrkade för att ytta punkt 9.6. Motion angående ändring av STYFVs ändamål och verksamhet före punkt 8.3 Proposition angående STYFV. Föredragningslistan fastställdes med ovanstående ändringar. 9. Tidigare mötens protokoll Protokoll för Budget-SM lades till handlingarna. Ordförandevalet stängs. 4 Rapporter 1. D-rektoratet (a) Presidiet (b) Kassör (c) Sekreterare (d) Ledamot för sociala frågor och relationer (e) Ledamot för utbildningsfrågor (f) Leda"""

DOCS["datasektionen_protokoll_Budget-SM_43.pdf"] = """Protokoll fört vid Budget-SM Konglig Datasektionen

1 Konglig Datasektionen Budget-SM (43) Protokoll fört vid Budget-SM Konglig Datasektionen Tidpunkt , 17:32 19:36 Plats Närvarande H1, KTH se bilaga 1 Mötets högtidliga öppnande Ordförande förklarade mötet öppnat 17:32. 2 Formalia 1. Val av mötesordförande Petter Djupfeldt valdes till mötesordförande. 2. Val av mötessekreterare Eva Sokolova valdes till mötessekreterare. 3. Val av två justeringspersoner tillika rösträknare Erik Lindström och Filip Schulze valdes till justeringspersoner tillika rösträknare. 4. Mötets behöriga utlysande Mötet förklarades behörigt utlyst. 5. Eventuella adjungeringar Lukas Häggström adjungerades med närvaro- och yttranderätt. 6. Anmälan av övriga frågor Inga övriga frågor. 7. Fastställande av föredragningslistan Föredragningslistan fastställdes. 8. Tidigare mötens protokoll Protokoll för Val-SM lades till handlingarna. 3 Rapporter Se bilaga. 1. D-rektoratet Erik Lindström Filip Schulze Petter Djupfeldt, Erik Lindström

2 Konglig Datasektionen Budget-SM (43) (a) Presidiet (b) Kassör (c) Sekreterare (d) Ledamot för sociala frågor och relationer (e) Ledamot för utbildningsfrågor (f) Ledamot för studiemiljöfrågor 2. Övriga funktionärer (a) Datas Art Director (b) D.E.M.O.N (c) DIU (d) DKM (e) Fanbärare (f) Fenixorden (g) Ior (h) Jämlikhetsnämnden (i) KF-ledamöter (j) KÖN (k) Ljud- och ljusansvarig (l) METAdorerna (m) Mottagningen (n) Mulle/Mullerina (o) Näringslivsgruppen (p) Programansvarig student (q) Prylmånglaren (r) QN (s) Redaqtionen (t) Revisorer (u) Sektionshistoriker (v) Sektionsidrottsnämnden (w) Spexmästeriet (x) Studienämnden (y) STYFV (z) Valberedningens ordförande 3. Kåren 4. Projekt (a) dåre2013 (b) Jubileumsprojektet (c) METAspexet (d) studs Sektionen"""

DOCS["datasektionen_protokoll_Glogg-SM_45.pdf"] = """Protokoll fört vid Glögg-SM Konglig Datasektionen

1 Konglig Datasektionen Glögg-SM (45) Protokoll fört vid Glögg-SM Konglig Datasektionen Tidpunkt , 18:00 23:02 Plats Närvarande B2, KTH se bilaga 1 Mötets högtidliga öppnande Jacob Sievers förklarade mötet öppnat 18:00. 2 Formalia 1. Val av mötesordförande Jacob Sievers valdes till mötesordförande. 2. Val av mötessekreterare Jenny Hansdotter valdes till mötessekreterare. 3. Val av två justeringspersoner tillika rösträknare Per Nyberg och Filip Schulze valdes till justeringspersoner tillika rösträknare. 4. Mötets behöriga utlysande Mötet förklarades behörigt utlyst. 5. Mötesordförandes reglementesenliga klädedräkt Mötesordförande Jacob Sievers klädde på sig. 6. Eventuella adjungeringar Jens Arvidsson, Diego Martinez Marrodán och Robin Odelius gavs yttranderätt. 7. Anmälan av övriga frågor Inga övriga frågor. 8. Fastställande av föredragningslistan Föredragningslistan fastställdes. 9. Tidigare mötens protokoll Protokoll för Budget-SM lades till handlingarna. 3 Rapporter Se bilaga för mer information. Per Nyberg Filip Schulze Jacob Sievers

2 Konglig Datasektionen Glögg-SM (45) 1. D-rektoratet (a) Presidiet Orförande: Fråga 1: Vilka uppstruktureringar har gjorts med arbetsfördelningen? Svar: Jag håller på att ta fram ett förslag för hur arbetet kan fördelas, framför allt det löpande arbetet och tydliggöra arbetuppgifter. Fråga 2: Hur går det med visionsdokumentet? Svar: Inte hunnit börja i och med tidsbrist i höst, men ska ta fram ett förslag för nästa styrelse att arbeta vidare med. Vice ordförande: Fråga 1: När släpps redogörelsen för hur pengfördelningen ser ut? Svar: Så snart den är klar. (b) Kassör (c) Sekreterare Fråga 1: Hur är det tänkt med postfack? Är det för funktio"""

DOCS["datasektionen_protokoll_Revisions-SM_10.pdf"] = """Protokoll fört vid Revisions-SM Konglig Datasektionen

1 Konglig Datasektionen Revisions-SM (10) Protokoll fört vid Revisions-SM Konglig Datasektionen Tidpunkt , 17:47 21:57 Plats Lokal Kröken i kårhuset Nymble, KTH Närvarande Sofie Björk Vice ordförande, D-05 Pontus Walter Sekreterare, D-05 Egil Antonsen Ekonomeriet, D-06 Jan-Erik Bredahl D-05 Joakim Ekberg D-05 Tobias Svensson PR-Chef, D-06 Jonas Hellgren Klubbmästare, D-05 Stefan Berggren Chefsåsna, D-05 Jonas Sundberg D-06 Anna Maria Modée D-08 Mikael Gerdin d-smf, D-06 Per Almquist d-uf, sno, D-05 Kristoffer Renholm Kassör, D-05 Pärham Fazelzadeh Hashemi d-sfor, D-06 Per Frost Vice fanbärare, D-05 Annika Jansson Fanbärare, D-03 Michael Hjortholt D-07 Robert Olsson D-08 Andreas Tarandi D-08 Jakob Bergendahl D-03 Elin Rydberg D-06 Per-Anders Legeryd Program ansvarig student, D-04 Tobias Eriksson D-08 Henrik Sandström D-05 David Björklund KF-suppleant, D-06 Joel Westberg KF-suppleant, Sektionshistoriker, Chefredaqteur, Revisor, D-05 Niklas Pedersen D-07 André Strindby D-06 Annie Axelsson D-07 Joel Ahlgren Avin Ismail Sofie Björk

2 Konglig Datasektionen Revisions-SM (10) Närvarande Gustaf Forsman Valberedare, D-06 Roger Ström ÖD, D-03 Martin Nygren ordf. em., D-01 Jon Larsson ordf. em., D-01 Frej Naini-Akbar ordf. em., D-02 Marcus Lång Revisor, D-06 Avin Ismail D-03 Martin Nycander D-07 Emre Berge Ergenekon Prylis, D-07 Joel Ahlgren QulturAttaché, D-07 Erik Eklund D-07 Johan Stjernberg D-08 Erik Helin SIL, D-07 Diana Gren D-08 Simon Stenström Storebror, D-05 Eskil Andréen Jubileumsgeneral, D-03 Mikael Auno d-sys, D-04 Peter Boström D-08 Marcus Forsell Stare D-05 Teppo Sköld Gäst, adjungerad med närvaro- och yttranderätt. 0 Mötets högtidliga öppnande Sofie Björk förklarade mötet öppnat 17:47. 1 Formalia 1. Val av mötesordförande Sofie Björk valdes till mö"""

DOCS["datasektionen_dagordning_DM_2013-10-08.pdf"] = """Dagordning DM 2013-10-08 Konglig Datasektionen

1 Konglig Datasektionen DM (18) Dagordning DM Konglig Datasektionen 1 Mötets högtidliga öppnande 2 Formalia 1. Val av mötesordförande 2. Val av mötessekreterare 3. Val av justeringsperson tillika rösträknare 4. Mötets behöriga utlysande 5. Eventuella adjungeringar 6. Anmälan av övriga frågor 7. Fastställande av föredragningslistan 8. Tidigare mötens protokoll 3 Rapporter 1. Presidiet 2. Kassör 3. Sekreterare 4. Ledamot för sociala frågor och relationer 5. Ledamot för utbildningsfrågor 6. Ledamot för studiemiljöfrågor 4 Beslutsärenden 1. Beslut angående Budget 2014

2 Konglig Datasektionen DM (18) 5 Propositioner 1. Proposition angående Undantagsval vid ExtraSM 2. Proposition angående tillägg av sekreterare till Valberedningens intervjupersoner 3. Proposition angående nedläggning av Spexmästeriet 4. Proposition angående Upplösandet av Konglig Fenixorden 6 Motioner 1. Motion angående Redaqtionens införlivande i Informationsorganet 2. Motion angående Införandet av Datasektionens ESports Community 3. Motion angående namnbyte av D.E.M.O.N 4. Motion angående utökad budget för DEMON 5. Motion angående Mer LOL 6. Motion angående Läskmaskin 7. Motion angående Soffor till META 7 Övriga frågor 1. Nedläggning av sektionsbilen 2. Krav på Dfunktionärer 8 Nästa möte 9 Mötets högtidliga avslutande Bilagor 1. Proposition angående Undantagsval vid ExtraSM 2. Proposition angående tillägg av sekreterare till Valberedningens intervjupersoner 3. Proposition angående nedläggning av Spexmästeriet 4. Proposition angående nedläggning av Fenixorden 5. Motion angående Redaqtionens införlivande i Informationsorganet 6. Motion angående Införandet av Datasektionens ESports Community 7. Motion angående namnbyte av D.E.M.O.N 8. Motion angående utökad budget för DEMON 9. Motion ang"""

DOCS["datasektionen_dagordning_DM_2014-09-29.pdf"] = """Dagordning DM 2014-09-29 Konglig Datasektionen

1 Konglig Datasektionen DM (60) Dagordning DM Konglig Datasektionen 1 Mötets högtidliga öppnande 2 Formalia 1. Val av mötesordförande 2. Val av mötessekreterare 3. Val av justeringsperson tillika rösträknare 4. Mötets behöriga utlysande 5. Eventuella adjungeringar 6. Anmälan av övriga frågor 7. Fastställande av föredragningslistan 8. Tidigare mötens protokoll 3 Rapporter 1. Presidiet 2. Kassör 3. Sekreterare 4. Ledamot för sociala frågor och relationer 5. Ledamot för utbildningsfrågor 6. Ledamot för studiemiljöfrågor 4 Beslutsärenden 1. Per capsulam-beslut angående tillförordnande av Marie Alexander som Datas Art Director 2. Verksamhetsplan Budget Stängning av META den 2 oktober

2 Konglig Datasektionen DM (60) 5 Propositioner 1. Proposition angående balansering av 2014 års budget 6 Motioner 1. Motion regarding Erasmus students 2. Motion angående Reglementesändringar för Sektionslokalsgruppen 3. Motion angående META-skylt 4. Motion angående budget och verksamhetsplan för Studs Motion angående budget dåre Motion angående budget för METAspexet Motion angående budget för Vårbalen Motion angående Prylmångleriet 9. Motion angående Styfvs nedläggande 10. Motion angående sektionsbilen 7 Valärenden 1. Val av Valberedning 8 Övriga frågor 9 Nästa möte 10 Mötets högtidliga avslutande Bilagor 1. Summary in English 2. Per-capsulam beslut för tillförordnad av Datas Art Director 3. Verksamhetsplan Budget Budget 2015 DKM 6. Proposition angående balansering av 2014 års budget 7. Motion regarding Erasmus students 8. Motion angående Reglementesändringar för Sektionslokalsgruppen 9. Motion angående META-skylt

3 Konglig Datasektionen DM (60) 10. Motion angående budget och verksamhetsplan för Studs Studs 2015 Verksamhetsplan 12. Studs 2015 Budget 13. Motion angående budget """

DOCS["datasektionen_dagordning_DM_2015-04-27.pdf"] = """Dagordning DM 2015-04-27 Konglig Datasektionen

1 Konglig Datasektionen DM (23) Dagordning DM Konglig Datasektionen 1 Mötets högtidliga öppnande 2 Formalia 1. Val av mötesordförande 2. Val av mötessekreterare 3. Val av justeringsperson tillika rösträknare 4. Mötets behöriga utlysande 5. Eventuella adjungeringar 6. Anmälan av övriga frågor 7. Fastställande av föredragningslistan 8. Tidigare mötens protokoll 3 Rapporter 1. D-Rektoratet (a) Presidiet (b) Kassör (c) Sekreterare (d) Ledamot för sociala frågor och relationer (e) Ledamot för utbildningsfrågor (f) Ledamot för studiemiljöfrågor 2. Ekonomisk lägesrapportering 4 Bordlagda ärenden 1. Nedläggning av Studs Nedläggning av dåre 2014

2 Konglig Datasektionen DM (23) 5 Beslutsärenden 1. Platta till DKM 2. Stängning av META 6 Propositioner 1. Prop om alkoholpolicy 2. Proposition angående prop om ny budget/ekonomiskt styrdokument 3. Proposition angående Kårfullmäktigeledamöternas status som funktionärer 4. Proposition angående projektens bokföringsplikt 5. Proposition angående införande av rekryteringspolicyn 6. Proposition angående Verksamhetsplaner för återkommande projekt 7. Proposition angående mindre summor 7 Motioner 1. Motion angående budget för den bästa mottagningen någonsin 2. Motion angående anonyma motioner (fett meta jag vet) 3. Motion angående Valberedningens utökande samt förlängning nomineringsstopp vid behov 4. Motion angående Crash n Burn 5. Motion Angående Läskmaskinen 6. Motion angående att utöka Demons replokals-tider 7. Motion angående reglementets utdaterade punkter 8 Övriga frågor 9 Nästa möte 10 Mötets högtidliga avslutande Bilagor 1. Prop om alkoholpolicy 2. Proposition angående prop om ny budget/ekonomiskt styrdokument 3. Förslag till reviderad budget 4. Proposition angående Kårfullmäktigeledamöternas status som funktion"""

DOCS["datasektionen_dagordning_Val-SM_2015-05-11.pdf"] = """Dagordning Val-SM 2015-05-11 Konglig Datasektionen

1 Konglig Datasektionen Val-SM (142) Dagordning Val-SM Konglig Datasektionen 1 Mötets högtidliga öppnande 2 Formalia 1. Val av mötesordförande 2. Val av mötessekreterare 3. Val av två justeringspersoner tillika rösträknare 4. Mötets behöriga utlysande 5. Eventuella adjungeringar 6. Anmälan av övriga frågor 7. Fastställande av föredragningslistan 8. Tidigare mötens protokoll 3 Rapporter 1. D-rektoratet (a) Presidiet (b) Kassör (c) Sekreterare (d) Ledamot för sociala frågor och relationer (e) Ledamot för utbildningsfrågor (f) Ledamot för studiemiljöfrågor 2. Övriga funktionärer (a) Chefredaqteur (b) DAD (c) DEMON (d) DESCtop (e) DIU (f) DKM (g) Fanbärare (h) Ior

2 Konglig Datasektionen Val-SM (142) (i) Jämlikhetsnämnden (j) KF-ledamöter (k) KÖN (l) Ljud- och ljusansvarig (m) METAdorerna (n) Mottagningen (o) Mulle/Mullerina (p) Näringslivsgruppen (q) Programansvarig student (r) Prylmångleriet (s) QN (t) Revisorer (u) Sektionshistoriker (v) Sektionsidrottsnämnden (w) Studienämnden (x) Valberedningen 3. Kåren 4. Projekt (a) dåre2015 (b) METAspexet (c) Studs Sektionen för Medieteknik 6. Ekonomisk lägesrapport 7. Förvaltningsrevisionsrapport 4 Bordlagda ärenden 1. Verksamhetsberättelse för Resultatrapport för Ansvarsfrihet för verksamhetsåret Verksamhetsberättelse för Resultatrapport för Ansvarsfrihet för verksamhetsåret 2014

3 Konglig Datasektionen Val-SM (142) 5 Propositioner 1. Prop om alkoholpolicy 2. Proposition angående prop om ny budget/ekonomiskt styrdokument 3. Proposition angående Kårfullmäktigeledamöternas status som funktionärer 4. Proposition angående projektens bokföringsplikt 5. Proposition angående införande av rekryteringspolicyn 6. Proposition angående Verksamhetsplaner för återkommande projekt 7. Proposition angående mindre summor """

DOCS["datasektionen_nyhet_Val-SM_2022.pdf"] = """Val-SM 2022

På tisdag den 10:e Maj kommer Val-SM att hållas i V1 klockan 17:30. Reservtid är den 12:e Maj klockan 17:30 i V1. Motionsstopp är den 26:e April.

På SM kommer alla inskickade motioner, ett antal propositioner, andra läsningen på en proposition angående krav för beslutsmässighet på SM, samt den bordlagda revisionsfrågan att behandlas. Det kommer dessutom hållas val för ungefär hälften av sektionens poster.

Alla sektionsmedlemmar är välkomna!

Kallelse hittar ni här.

Handlingar finns här.

Beslutsprotokoll finns här."""


def render(name: str, text: str) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title(text.split("\n", 1)[0])
    pdf.add_page()
    title, body = text.split("\n\n", 1)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, title)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    for para in body.split("\n\n"):
        pdf.multi_cell(0, 5.5, para.strip())
        pdf.ln(3)
    pdf.output(str(OUT / name))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for n, t in DOCS.items():
        render(n, t)
        print("wrote", n)
