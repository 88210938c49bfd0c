"""Write probe.jsonl for `roxnas-slaktforening` (ids rsf-01 … rsf-25): Roxnäs släktförening, four släktmöte minutes
(2005, 2009, 2013, 2019) and two versions of the by-laws, typeset by make_pdfs.py from the stored pages (SOURCES.md).

Written from the documents alone; the gold quotes are substrings of the loader's text of the PDFs.

Usage:  .venv/bin/python evals/probes/roxnas-slaktforening/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

S05 = "roxnas_slaktmote_2005.pdf"
S09 = "roxnas_slaktmote_2009.pdf"
S13 = "roxnas_slaktmote_2013.pdf"
S19 = "roxnas_slaktmote_2019.pdf"
ST86 = "roxnas_stadgar_1986-2007.pdf"
ST11 = "roxnas_stadgar_2011.pdf"

Q = [
    # 01 header
    ("header", "vem var justerare på släktmötet 2013?", [], True,
     ["Siv Andersson", "Marianne Kindgren"],
     [g(S13, "4. Till justeringsmän för protokollet valdes Siv Andersson och Marianne Kindgren.")]),
    # 02 header
    ("header", "mötesordf o sekr på årsmötet i barkarö bygdegård 2019?", [], True,
     ["Marianne Kindgren", "Inga Lindberg"],
     [g(S19, "3. Till ordförande för mötet valdes Marianne Kindgren och till sekreterare Inga")]),
    # 03 header (närvarande)
    ("header", "Hur många medlemmar var närvarande på släktmötet i Torshälla 2005?", [], True,
     ["cirka 30 medlemmar"],
     [g(S05, "13. Under mötet gjordes en presentation av de närvarande, cirka 30 medlemmar.")]),
    # 04 person
    ("person", "vem valdes till kassör 2009", [], True,
     ["Johan Eklund"],
     [g(S09, "Kassör: Johan Eklund, nyval")]),
    # 05 amount
    ("amount", "Vad fastställdes medlemsavgiften till på släktmötet i Helgarö 2009?", [], True,
     ["100:-", "2 år"],
     [g(S09, "9. Medlemsavgiften fastställdes till 100:- för 2 år, periodsavgift.")]),
    # 06 amount
    ("amount", "hur stort forskningsbidrag fick marianne 2013 o vad motsvarar summan", [], True,
     ["1890:-", "halva avgiften för databas"],
     [g(S13, "11. Forskningsbidrag utgår till Marianne Kindgren med 1890:- för kommande 2-års period,"),
      g(S13, "dvs halva avgiften för databas på nätet.")]),
    # 07 date (next meeting)
    ("date", "När och var skulle nästa årsmöte hållas enligt protokollet från 2005?", [], True,
     ["Barkarö", "slutet av augusti 2007"],
     [g(S05, "Beslutades att nästa årsmöte äger rum i Barkarö i slutet av augusti 2007.")]),
    # 08 reference
    ("reference", "vad tog de upp under punkt 10 på släktmötet i eskilstuna 2013", [], True,
     ["Inez Nolåker", "Viola Andersson"],
     [g(S13, "10. Revisorer är Inez Nolåker och Viola Andersson")]),
    # 09 reference (two items numbered 7)
    ("reference", "Vad behandlades under punkt 7 på släktmötet 2009?", [], True,
     ["Styrelsen beviljades ansvarsfrihet", "Styrelse valdes enligt följande"],
     [g(S09, "7. Styrelsen beviljades ansvarsfrihet."),
      g(S09, "7. Styrelse valdes enligt följande:")]),
    # 10 list
    ("list", "lista vilka som valdes in i styrelsen 2019 förutom ordföranden", [], True,
     ["Göran Kindgren", "Inga Lindberg", "Johan Eklund", "Daniel Andersson"],
     [g(S19, "Vice ordförande: Göran Kindgren\nSekreterare: Inga Lindberg\nKassör: Johan Eklund\n"
             "Linnea Andersson\nDaniel Andersson")]),
    # 11 list
    ("list", "Vilka satt i föreningens första styrelse enligt de ursprungliga stadgarna från 1986?", [], True,
     ["Lars-Erik Andersson", "Olle Grannerud", "Sven Segerström", "Ulla Kusán"],
     [g(ST86, "utses en styrelse, som för det första året utgöres av Lars-Erik Andersson, Oxnö,"),
      g(ST86, "Barkarö, ordförande; Olle Grannerud, Saxhyttan, Grythyttan, sekreterare och"),
      g(ST86, "frånfälle samt Ulla Kusán, Lärlingsgatan 16, Västerås.")]),
    # 12 decision with conditions
    ("decision", "blev det nåt beslut om resebidrag till styrelsen 2019? vilka villkor gäller", [], True,
     ["200:-", "15 mil", "Förslaget bifölls"],
     [g(S19, "Föreslogs att aktiva medlemmar i styrelsen med resväg längre än 15 mil till"),
      g(S19, "årsmötet ska få ett resebidrag på 200:- per två-årsperiod. Förslaget bifölls.")]),
    # 13 cross: fees over the years
    ("cross", "hur har medlemsavgiften förändrats mellan släktmötena 2005, 2009 och 2013?", [], True,
     ["50:- per år och familj", "100:-", "150:-"],
     [g(S05, "11. Medlemsavgiften förblir 50:- per år och familj att betalas för två år i taget."),
      g(S09, "9. Medlemsavgiften fastställdes till 100:- för 2 år, periodsavgift."),
      g(S13, "12. Medlemsavgiften förblir 150:- per 2-årsperiod.")]),
    # 14 cross: chairs
    ("cross", "Vem valdes till föreningens ordförande 2005, 2009 resp 2019?", [], True,
     ["Ingrid Andersson", "Göran Kindgren", "Marianne Kindgren"],
     [g(S05, "Ordförande Ingrid Andersson"),
      g(S09, "Ordförande: Göran Kindgren, omval"),
      g(S19, "Ordförande: Marianne Kindgren")]),
    # 15 followup
    ("followup", "och 2019 då?",
     [turn("user", "vem valdes till suppleant i styrelsen 2013?"),
      turn("assistant", "På släktmötet 2013 valdes Inga Lindberg till suppleant i styrelsen.")], True,
     ["Gunilla Forssell"],
     [g(S19, "9. Suppleant i styrelsen Gunilla Forssell")]),
    # 16 followup
    ("followup", "ok och vem föredrog revisionsberättelsen det året?",
     [turn("user", "vilka blev revisorer på släktmötet 2009?"),
      turn("assistant", "Inez Nolåkers omvaldes och Viola Andersson nyvaldes till revisorer 2009.")], True,
     ["Inez Nolåkers"],
     [g(S09, "6. Bokslut och revisionsberättelse föredrogs av Inez Nolåkers.")]),
    # 17 english
    ("english", "How many families are listed in the new family catalogue handed out at the 2013 meeting?", [], True,
     ["590"],
     [g(S13, "post. Katalogen upptar 590 familjer.")]),
    # 18 body_date
    ("body_date", "vad sa släktmötet i augusti 2013 om var nästa årsmöte ska hållas?", [], True,
     ["2015", "norr om Mälaren", "Ridön"],
     [g(S13, "Nästa årsmöte ska hållas 2015 \"norr om Mälaren\", kanske på Ridön om möjligt.")]),
    # 19 reason
    ("reason", "Varför borde en påminnelse ha skickats till dem som var medlemmar 2009-2011, enligt protokollet 2013?",
     [], True,
     ["lätt att glömma betala"],
     [g(S13, "medlemmar 2009-2011, då det är lätt att glömma betala även om man vill kvarstå som")]),
    # 20 vote (by-laws 2011)
    ("vote", "hur fattar styrelsen beslut enligt stadgarna från 2011 och hur många måste delta för att den ska vara beslutsmässig",
     [], True,
     ["enkel majoritet", "minst hälften"],
     [g(ST11, "ordföranden eller om minst två andra ordinarie ledamöter begär detta. Beslut fattas med"),
      g(ST11, "enkel majoritet och minst hälften av styrelse-medlemmarna skall delta för att styrelsen skall")]),
    # 21 reference (by-laws 1986)
    ("reference", "vad säger §6 i de gamla stadgarna 1986-2007?", [], True,
     ["upplösning", "Svenska Röda Korset"],
     [g(ST86, "§6 Efter beslut om upplösning av föreningen skall föreningens resterande"),
      g(ST86, "tillgångar överlåtas till Svenska Röda Korset eller liknande organisation.")]),
    # 22 unanswerable
    ("unanswerable", "Vad beslutades på släktmötet 2015?", [], False, [], []),
    # 23 unanswerable
    ("unanswerable", "vem justerade protokollet från styrelsemötet i maj 2012", [], False, [], []),
    # 24 unanswerable
    ("unanswerable", "vad bestämde det extra släktmötet 2016 om ändrade stadgar?", [], False, [], []),
    # 25 missing_attribute
    ("missing_attribute", "Vem var mötesordförande på släktmötet den 13 augusti 2011?", [], False, [],
     [g(ST11, "antagna av släktmötet den 13 augusti 2011")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "rsf", "roxnas-slaktforening", Q)
    print(f"wrote {path} ({n} questions)")
