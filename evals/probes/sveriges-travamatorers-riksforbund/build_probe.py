"""Write probe.jsonl for the set `sveriges-travamatorers-riksforbund` (ids str-01 … str-25): 25 questions on eight
board minutes and two annual meetings' minutes of Sveriges Travamatörers Riksförbund (STaR), 2007–2018.

The questions were written from the documents alone (the loader's text of the PDFs that make_pdfs.py typesets from
texts/), without running the assistant. See SOURCES.md.

Usage:  .venv/bin/python evals/probes/sveriges-travamatorers-riksforbund/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

PREFIX = "str"
CORPUS = "sveriges-travamatorers-riksforbund"

AM07 = "star_arsmote_2007-08-05.pdf"
AM15 = "star_arsmote_2015-08-15.pdf"
S09 = "star_styrelse_2009-04-25.pdf"
S11 = "star_styrelse_2011-08-11.pdf"
S12M = "star_styrelse_2012-03-24.pdf"
S12J = "star_styrelse_2012-07-26.pdf"
S13 = "star_styrelse_2013-06-01.pdf"
S14 = "star_styrelse_2014-04-12.pdf"
S17 = "star_styrelse_2017-04-09.pdf"
S18 = "star_styrelse_2018-01-22.pdf"

QUESTIONS = [
    # 01 header: the two justeringsmän of the 2007 annual meeting
    ("header", "vilka var justeringsmän på årsmötet i östersund 2007?", [], True,
     ["Göran Rohm", "Lars-G Dyberg"],
     [g(AM07, "Till justeringsmän och rösträknare valdes enhälligt Göran Rohm (F) och Lars-G")]),
    # 02 person: secretary of the 2015 annual meeting
    ("person", "vem var mötessekreterare på STaR:s årsmöte i sundsvall 2015", [], True,
     ["Mats Falk"],
     [g(AM15, "Mats Falk valdes till mötets sekreterare.")]),
    # 03 header: day and hour of the telephone meeting of January 2018 (its "Protokolldatum" says 2019-03-25)
    ("header", "telefonmötet i januari 2018 – vilket datum o vilken tid var det?", [], True,
     ["22 januari", "18.00"],
     [g(S18, "Tid Måndag 22 januari, 2018"), g(S18, "Plats Telefonmöte 18.00")]),
    # 04 date: the meeting day behind "Protokolldatum: 2013-08-26"
    ("date", "styrelsemötet i malmö som har protokolldatum 2013-08-26, vilken dag hölls själva mötet?", [], True,
     ["1 juni 2013"],
     [g(S13, "Tid Lördagen den 1 juni 2013")]),
    # 05 amount: the annual fee the board would propose to the 2011 annual meeting
    ("amount", "vad skulle årsavgiften per medlem bli enligt styrelsens förslag inför årsmötet 2011?", [], True,
     ["35:-/medlem"],
     [g(S11, "Oförändrad årsavgift, dvs. 35:-/medlem och år kommer att föreslås årsmötet.")]),
    # 06 amount: the board fees of 2011 as listed in March 2012
    ("amount", "arvodena 2011 – vad fick ordf, vice ordf och sekr?", [], True,
     ["Ordförande 10.000", "Vice ordförande 6.000", "Sekreterare 10.000"],
     [g(S12M, "2011 såg det ut enligt nedan:"), g(S12M, "Vice ordförande 6.000,-")]),
    # 07 amount + decision: the sum to share in board fees 2013 and what was decided
    ("amount", "hur mkt fanns det att fördela i styrelsearvoden 2013 och ändrades arvodet?", [], True,
     ["29.666", "oförändrat arvode"],
     [g(S13, "basbelopp blir 29.666,- att fördela."),
      g(S13, "Beslut: Att 2013 betalas det ut ett oförändrat arvode.")]),
    # 08 person: amateur driver of the year 2017 and where the prize is given
    ("person", "vem blev årets amatörkörsven för 2017 och var ska priset delas ut?", [], True,
     ["Jessika Sidäck", "Bergsåkers gala"],
     [g(S18, "Beslut: enhälligt val av Jessika Sidäck till årets körsven för 2017. Prisas på"),
      g(S18, "Bergsåkers gala i feb. Konfidentiellt fram till dess.")]),
    # 09 followup: why Daniel Redén was not chosen for 2013
    ("followup", "varför blev det inte daniel redén då, han hade ju bäst resultat?",
     [turn("user", "vem blev årets amatörkörsven 2013?"),
      turn("assistant", "Håkan B Johansson valdes enhälligt till årets amatörkusk 2013, på förslag av "
                        "sportkommittén (styrelsemötet den 12 april 2014).")], True,
     ["endast kort tid"],
     [g(S14, "till StaR-klubb endast kort tid av året, varför han inte kunde komma i fråga.")]),
    # 10 reference: § 7 of the board meeting of 9 April 2017
    ("reference", "vad tog de upp under § 7 på styrelsemötet 9/4 2017?", [], True,
     ["Lindesbergs SM", "Visby", "Årjäng"],
     [g(S17, "• utvärdering av Lindesbergs SM. Ett bra arrangemang."), g(S17, "• 2017 går SM på Visby."),
      g(S17, "• 2018 SM går prel. på Årjäng")]),
    # 11 list: the tracks whose clubs had paid their fee by April 2014
    ("list", "vilka banors klubbar hade betalat medlemsavgiften enligt protokollet från 12 april 2014?", [], True,
     ["Solänget", "Fornaboda", "Färjestad", "Halmstad"],
     [g(S14, "Medlemsavgifter har betalts av klubbar på följande banor:")]),
    # 12 list: Claës-L Ljung's tasks after the 2009 konstituering
    ("list", "vilka uppdrag fick Claës-L Ljung när styrelsen konstituerade sig 2009?", [], True,
     ["Vice ordförande Claës-L Ljung", "Fegat Claës-L Ljung", "Nordiskt samarbete"],
     [g(S09, "Vice ordförande Claës-L Ljung"), g(S09, "Fegat Claës-L Ljung"),
      g(S09, "Tävling Bengt Larwik & Claës-L Ljung"), g(S09, "Nordiskt samarbete Bengt Larwik & Claës-L Ljung")]),
    # 13 decision (election): ordinary members elected in 2015
    ("decision", "vilka valdes till ordinarie ledamöter på årsmötet 2015, och vem ersattes?", [], True,
     ["Claës-L Ljung", "Hans Lindgren", "Per Englund"],
     [g(AM15, "Claës-L Ljung (Hd) omvaldes till ordinarie ledamot på 2 år och Hans Lindgren (B) valdes till"),
      g(AM15, "ny ordinarie ledamot på 2 år (ersätter avgående Per Englund).")]),
    # 14 english: auditor elected in 2015
    ("english", "Who was elected auditor at STaR's 2015 annual meeting, and from which firm?", [], True,
     ["Robert Juliusson", "Svensk Ekonomitjänst AB"],
     [g(AM15, "Robert Juliusson (J), Svensk Ekonomitjänst AB, omvaldes till revisor på 1 år.")]),
    # 15 cross: where SM went in 2012 and 2013 (two board minutes)
    ("cross", "var kördes SM 2012 resp 2013?", [], True,
     ["Dannero", "Åby har tackat ja"],
     [g(S11, "• 2012 Dannero har tackat ja"), g(S12J, "• 2013 Åby har tackat ja")]),
    # 16 date: the day of the 2014 annual meeting
    ("date", "när skulle årsmötet 2014 hållas?", [], True,
     ["26/7"],
     [g(S14, "Årsmötet hålls som vanligt i samband med SM och äger rum lördagen den 26/7.")]),
    # 17 decision: what the 2007 annual meeting decided about the annual report
    ("decision", "vad beslöt årsmötet 2007 om styrelsens årsberättelse framöver?", [], True,
     ["distribueras ut till klubbarna", "hemsidan"],
     [g(AM07, "Beslut: Fr o m nästa år ska årsberättelsen distribueras ut till klubbarna i samband"),
      g(AM07, "med att dagordningen sändes ut. Dessutom ska den läggas ut på hemsidan.")]),
    # 18 followup: how many clubs had paid in April 2009
    ("followup", "och hur många klubbar hade betalat medlemsavgiften då?",
     [turn("user", "vad hade star för saldo i april 2009?"),
      turn("assistant", "Enligt styrelsemötet den 25 april 2009 var saldot per den 23 april 239.213,94.")], True,
     ["10 klubbar"],
     [g(S09, "Det är i nuläget endast 10 klubbar som har erlagt sin medlemsavgift för 2009.")]),
    # 19 reason: why the economy showed a loss in 2011
    ("reason", "varför visade ekonomin minus på styrelsemötet i eskilstuna 2011?", [], True,
     ["bokfördes inte på 2009", "sjunkit kraftigt"],
     [g(S11, "Ekonomin visar på ett minus-resultat. Främst av 2 orsaker. Styrelsearvoden för"),
      g(S11, "2009 bokfördes inte på 2009 utan finns med i bokföringen för 2010 samt att"),
      g(S11, "medlemsavgifterna från medlemsbanorna har sjunkit kraftigt.")]),
    # 20 decision: the distance of SM 2018
    ("decision", "vad beslutades om distansen i SM 2018?", [], True,
     ["1.640", "2.140"],
     [g(S18, "o Beslut: sekreteraren kontaktar ST med begäran att ändra distans från 1.640 till"),
      g(S18, "• 2018 SM går 13 oktober på Åby.")]),
    # 21 missing_attribute: the 1 June 2013 meeting gives a day but no hour
    ("missing_attribute", "vilken tid på dagen började styrelsemötet 1 juni 2013?", [], False,
     [],
     [g(S13, "Tid Lördagen den 1 juni 2013")]),
    # 22 missing_attribute: Menhammar promised to sponsor, no sum given
    ("missing_attribute", "hur mycket pengar skulle menhammar sponsra STaR med 2012?", [], False,
     [],
     [g(S12M, "Menhammar Har muntligen lovat att vara med och sponsra. Bengt har varit i kontakt med")]),
    # 23 unanswerable: no 2019 annual meeting in the documents
    ("unanswerable", "vem valdes till ordförande på STaR:s årsmöte 2019?", [], False, [], []),
    # 24 unanswerable: the Kramfors minutes as stored end at § 9
    ("unanswerable", "vad står det under § 12 i protokollet från styrelsemötet i kramfors 26/7 2012?", [], False,
     [], []),
    # 25 unanswerable: the Umeå annual meeting's minutes are not among the documents
    ("unanswerable", "hur många röstade för att ändra valet av suppleanter på årsmötet i umeå?", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, PREFIX, CORPUS, QUESTIONS)
    print(f"wrote {n} questions to {path}")
