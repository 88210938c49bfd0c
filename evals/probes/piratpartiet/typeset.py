"""Typeset the stored page text of Piratpartiet board minutes (styrelse.piratpartiet.se)
into PDFs. The text is kept as stored (the search tool's `pages` corpus keeps the
beginning of each page; the tail of each page is missing). Run with the repo venv:
  .venv/bin/python evals/probes/piratpartiet/typeset.py /work/probes/docs/piratpartiet
"""
import sys
from pathlib import Path
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

DOCS = {}

DOCS["piratpartiet_ps_2012-03-03.pdf"] = """Styrelsemötesprotokoll 3-4 mars 2012

Protokoll fört vid möte med Piratpartiets styrelse 3-4 mars 2012
Där inget annat anges är styrelsens beslut fattade med acklamation.

§ 1. Mötets öppnande
Mattias Bjärnemalm öppnade mötet

§ 2. Närvarande ledamöter voro:
Fredrik Strandin, Rick Falkvinge, Fredrik Holmbom, Andreas Larsson (ej vid §§ 9, 10, 11, 17 och 18), Mattias Bjärnemalm, Sammy Nordström, JP Anderson, Emil Isberg, Torbjörn Wester, Henrik Brändén

Närvarande adjungerade: Christian Engström (vid § 6.)

Frånvarande styrelseledamöter: Marit Delden och Johanna Julén,

§ 3. Val av mötesfunktionärer
Till mötesordförande valdes Mattias Bjärnemalm
Till mötessekreterare valdes Henrik Brändén
Till justerare valdes Emil Isberg och Fredrik Strandin.

§ 4. Adjungeringar
Beslöts att adjungera Christian Engström till punkten sakpolitiskt dokument om EU-politik

§ 5. Godkännande av dagordning
Dagordningen fastställdes enligt utskickat förslag, med tillägget att under övriga frågor diskutera frågan om kalendarium för styrelsen.

§ 6. Sakpolitiskt dokument om EU-politik
I januari beslöt styrelsen att ta kontakt med Amelia Andersdotter och Christian Engström för att få deras hjälp att arbeta fram förslag till ställningstaganden till en proposition om EU-politik. Ett beslutsunderlag har kommit från Henrik Brändén och Anna Troberg (Möteshandlingarnas bilaga 1)

Styrelsen beslöt
att ge redaktionellt uppdrag till sekreteraren att stycka upp förslaget till fyra propositioner att skicka till medlemsmötet.
att anta proposition ”Ett mer demokratiskt EU” enligt protokollets bilaga 1
att anta proposition ”Stoppa EUs övervakningshysteri” enligt protokollets bilaga 2
att anta proposition om ”Digital infrastruktur i EU” enligt protokollets bilaga 3

Vidare yrkades ang sista ställningstagandet inom ”Ett EU i spetsen för kampen mot orimligt utnyttjande av immaterialrätt”,
(1) att lydelsen ska vara ” """

DOCS["piratpartiet_ps_2013-01-26.pdf"] = """Protokoll från partistyrelsemöte 26-27 januari 2013

tangentbord

Protokoll från Piratpartiets styrelsemöte den 26-27 januari 2013 i Uppsala. Kallelsen finns att läsas här.

Närvarande styrelseledamöter:  Isabelle Danielsson, Rick Falkvinge, Mattias Bjärnemalm, Plus Stahre, Troed Sångberg, Torbjörn Wester, Nathalie Ylitalo, Henrik Brändén, Anders Lindbäck, Andreas Larsson (fr o m §6), Anton Nordenfur (fr o m §7).

Närvarande ständigt adjungerade: Anna Troberg, Gustav Nipe (§7-§9).

Inga därtill vid detta möte adjungerade.

Frånvarande styrelseledamöter: Stella Papasotiriou, JP Anderson, Fredrik Holmbom, C Magnus Berglund.

§ 1. Mötets öppnande

Sammankallande Anders Lindbäck förklarade mötet öppnat.

§ 2. Val av mötesfunktionärer

§ 2.1. Mötesordförande

Till mötesordförande valdes Anders Lindbäck.

§ 2.2. Mötessekreterare

Till mötessekreterare valdes Henrik Brändén och Anton Nordenfur.

§ 2.3. Justeringspersoner

Till justeringspersoner valdes Torbjörn Wester och Nathalie Ylitalo.

§ 3.  Avsägelse

Noterades till protokollet att Henrik Brändén avgår från styrelsen fom avslutningen av detta möte.

§ 4.  Adjungeringar

Noterades till protokollet att ständigt adjungerade partiledaren Anna Troberg är närvarande.

§ 5. Fastställande av dagordning

Dagordningen fastställdes enligt utskickat förslag.

§ 6. Föregående protokoll

Protokollen från styrelsemötet i november gicks igenom (länk och länk). Konstaterades att planering inför kommande styrelsemöten är under kontroll. Noteras till protokollet att Anders informerat valberedningens sammankallande att medlemsmöte ändrat instruktionen till valberedning ang EU-lista.

§ 7. Arbetsordning för styrelsen

Som underlag för styrelsens behandling låg hittillsvarande arbetsordning (länk), samt ett beslutsunderlag från Anders Lindbäck (bilaga 1 nedan).

Under avsnittet intern kommunikation yrkade Torbjörns Wester att infoga ”Styrelsen ska va"""

DOCS["piratpartiet_ps_2013-03-02.pdf"] = """Protokoll från Piratpartiets styrelsemöte den 2-3 mars 2013 i Uppsala

859729_574410409237908_1473210799_o

Protokoll från Piratpartiets styrelsemöte den 2-3 mars 2013 i Uppsala.

Närvarande styrelseledamöter var

 • Anders Lindbäck
 • Isabelle Danielsson
 • JP Anderson
 • C Magnus Berglund (punkter 1-18)
 • Troed Sångberg
 • Torbjörn Wester
 • Mattias Bjärnemalm
 • Plux Stahre
 • Nathalie Ylitalo
 • Fredrik Holmbom
 • Rick Falkvinge (punkter 1-18)
 • Andreas Larsson
 • Anton Nordenfur

Frånvarande styrelseledamot var Stella Papasotiriou.

Närvarande ständigt adjungerade var

 • Partiledare Anna Troberg (punkter 1-18)
 • Revisor Göran Widham (punkter 9-18)

Därtill vid detta möte adjungerad var 

 • Henrik Brändén (punkter 1-19)
 • Toni Cherfan (punkt 9)

1. Mötets öppnande

Styrelsens sammankallande Anders Lindbäck förklarade mötet öppnat.

2. Val av mötesfunktionärer

2.1. Mötesordförande

Mötet valde Anders Lindbäck till mötesordförande.

2.2. Mötessekreterare

Mötet valde Anton Nordenfur till mötessekreterare.

2.3. Justeringspersoner

Mötet valde Isabelle Danielsson och Fredrik Holmbom till justerare av protokollet.

3. Eventuella adjungeringar

Det noterades till protokollet att ständigt adjungerade partiledaren Anna Troberg var närvarande.

Under punkt 9 noterades till protokollet att ständigt adjungerade revisor Göran Widham var närvarande.

Mötet beslutade att adjungera Henrik Brändén då han tagit på sig att skriva propositionsförslag åt styrelsen inför vårmötet.

Mötet beslutade att adjungera Toni Cherfan under punkt 9 på grund av hans tekniska expertis i Piratpartiets ISP-verksamhet.

4. Fastställande av dagordning

Mötet beslutade att fastslå dagordningen enligt utskickat förslag.

5. Föregående protokoll

Mötet följde upp på de beslut i föregående protokoll som inte har egna punkter i detta mötes dagordning. Mötet noterade att den bud"""

DOCS["piratpartiet_ps_2013-06-08.pdf"] = """Protokoll från Piratpartiets styrelsemöte den 8 juni 2013 i Örebro

tingsratten

Närvarande: Torbjörn Wester, Anders S. Lindbäck (från punkt 2c), Anton Nordenfur, Nils Agnesson (från punkt 2c till punkt 12), Mattias Bjärnemalm, Nathalie Ylitalo, Anna Troberg (från punkt 2c till punkt 12), Isabelle Danielsson, Fredrik Holmbom, Dennis Holm, Troed Sångberg, Malin Ahnberg (från punkt 5).

1. Mötets öppnande

2. Val av mötesfunktionärer:

2a. Mötesordförande

Anton Nordenfur valdes till mötesordförande.

2b. Mötessekreterare

Torbjörn Wester valdes till mötessekreterare.

2c. Justeringspersoner

Isabelle Danielsson och Fredrik Holmbom valdes till justerare.

3. Eventuella adjungeringar,

Nils Agnesson från partiledningen adjungerades.

4. Fastställande av dagordning

Dagordningen justerades och godkändes.

5. Föregående protokoll

Styrelsen diskuterade föregående protokoll.

6. Partiledarrapport

Styrelsen diskuterade partiledarrapporten och den ekonomiska rapporten.

7. Lokala föreningar

7.1 Nya föreningar

Partistyrelsen godkände lokalföreningarna för Göteborg, Örebro, Stockholms Stad och Skåne.

Partistyrelsen noterade att lokalföreningen för Norrbotten blivit godkänd per delegation av Anton Nordenfur.

Partistyrelsen godkände ej lokalföreningen för Västra Götaland, då kallelsen ej skickats i tid.

7.2 Verksamhetsrapporter 2012

Eventuellt inkomna verksamhetsberättelser från de föreningar som missat deadline

dvs Piratpartiet Östergötland, Malmö eller Skåne.

Inga handlingar har inkommit till styrelsen.

7.3 Framtida informering kring status och kontaktinformation

Mötet beslutade att föra in en stående beslutspunkt till styrelsens möten om lokala föreningar, samt delegera till ledningen att skriva beslutsunderlag till detta.

7.4 Svar till Piratpartiet i Stockholms län

Partistyrelsen uppdrar åt sammankallande att sända svar till Piratpartiet i Stockholms län, såsom svaret antagits av partistyrelsen. ("""

DOCS["piratpartiet_ps_2014-04-27.pdf"] = """Protokoll från partistyrelsemöte 27 april 2014

OBS! Detta protokoll är ej justerat

1. Mötets öppnande

Styrelsens sammankallande Jan Lindgren förklarar mötet öppnat klockan 15:05.

Närvarande styrelseledamöter är Jan Lindgren, Troed Sångberg, Malin Ahnberg, Nathalie Ylitalo, Göran Widham, C Magnus Berglund samt Nils Kadesjö.

Frånvarande styrelseledamöter är Anton Nordenfur, Malin Karlsson, Karolina Andersdotter, JP Anderson, Fredrik Holmbom samt Andreas Larsson.

Övriga närvarande är partisekreterare Henrik Brändén.

1.1. Val av mötesfunktionärer

1.1.1. Mötesordförande

Mötet väljer Jan Lindgren till mötesordförande.

1.1.2. Mötessekreterare

Mötet väljer Troed Sångberg till mötessekreterare.

1.1.3. Justerare

Mötet väljer Nils Kadesjö och Malin Ahnberg till justerare.

1.2. Eventuella adjungeringar

Mötet beslutar inte att adjungera någon utöver eventuell närvaro av ständigt adjungerade partiledare, partisekreterare, revisorer och Ung Pirats ordförande.

1.3. Fastställande av dagordning.

Mötet beslutar att fastställa dagordningen enligt förslag.

1.4. Föregående protokoll

Uppföljning av genomförandet av beslut i föregående protokoll som inte har egna punkter.

2. Rapporter (diskussionspunkter)

2.1. Lokala föreningars status

Rapport från ledningen om läget för de lokala föreningarna är inkommen i form av uppdaterad wikisida.

2.2. Partiledarrapport

Generell rapport från partiledningen.

2.3. Ekonomisk rapport

Ekonomisk rapport från partiledningen.

2.4. Piratfolkhögskola

Ej inkommen rapport med ytterligare information från Folkhögskolegruppen. Mötet valde att bordlägga frågan.

3. Övriga diskussionspunkter

3.1. Videokonferens

Styrelsen håller möten via inköpt videokonferenssystem och dess funktion och hur de upplevs fungera bör löpande utvärderas.

3.2. Val till styrelsen i höstas

Effekter av medlemsmötets ordning diskuterades och en grupp ledd av Troed Sångberg uppmanades """

DOCS["piratpartiet_ps_2014-06-15.pdf"] = """Protokoll från partistyrelsemöte 15 juni 2014

OBS! Detta protokoll är ej justerat

1. Mötets öppnande

Styrelsens sammankallande Jan Lindgren förklarar mötet öppnat klockan 12:00.

Närvarande styrelseledamöter är Nils Kadesjö,  Göran Widham, Troed Sångberg, C Magnus Berglund (fram till 4.5), Jan Lindgren, Anton Nordenfur, Erik Hultin, Kristofer Pettersson, Malin Ahnberg (från 2.3).

Frånvarande styrelseledamöter är  Fredrik Holmbom, Karolina Andersdotter, Andreas Larsson, Malin Karlsson och JP Anderson.

Övriga närvarande är partiledare Anna Troberg, partisekreterare Henrik Brändén, vice partiledare Marit Deldén och förrbundsordförande Gustav Nipe.

1.1. Val av mötesfunktionärer

1.1.1. Mötesordförande

Mötet väljer Jan Lindgren till mötesordförande.

1.1.2. Mötessekreterare

Mötet väljer Anton Nordenfur till mötessekreterare.

1.1.3. Justerare

Mötet valde Göran Widham och Nils Kadesjö till justerare.

1.2. Eventuella adjungeringar

Mötet beslutar inte att adjungera någon utöver eventuell närvaro av ständigt adjungerade partiledare, partisekreterare, revisorer och Ung Pirats ordförande.

1.3. Fastställande av dagordning.

Mötet beslutar att byta plats på punkterna 3.3 med 3.4 samt 4.3 med 4.4 för att sedan fastställa dagordningen.

1.4. Föregående protokoll

Uppföljning av genomförandet av beslut i föregående protokoll som inte har egna punkter.

2. Rapporter (diskussionspunkter)

2.1. Lokala föreningars status

Ingen rapport har inkommit från ledningen om läget för de lokala föreningarna, dock har styrelsen bra överblick genom partiets wiki och ett tidigare PC-beslut. Härnösand har meddelat att ett fel funnits i deras protokoll, och efter justering borde de kunna bli godkända.

2.2. Partiledarraport

Ledningen föredrog partiledarrapport och svarade på frågor från styrelsen.

2.3. Ekonomisk rapport

Styrelsen diskuterade två saker med utgångspunkt från den ekonomiska rapporten:
    1. R"""


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=18)
        pdf.add_font("DejaVu", "", FONT)
        pdf.set_font("DejaVu", size=10.5)
        pdf.add_page()
        pdf.multi_cell(0, 5.5, text)
        pdf.output(str(outdir / name))
        print("wrote", outdir / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
