"""Build probe.jsonl for Långvikens vägsamfällighet (road association on Blidö, Norrtälje): 25 questions written
from the documents alone (the stored texts in texts/, typeset by make_pdfs.py), without running the assistant.

Usage:  .venv/bin/python evals/probes/langvikens-vagsamfallighet/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

CORPUS = "langvikens-vagsamfallighet"
PREFIX = "lvs"

S07 = "langviken_arsstamma_2007-06-30.pdf"
S13 = "langviken_arsstamma_2013-07-13.pdf"
S14 = "langviken_arsstamma_2014-07-12.pdf"
K13 = "langviken_kallelse_2013.pdf"
VB95 = "langviken_verksamhetsberattelse_1994-1995.pdf"
VB08 = "langviken_verksamhetsberattelse_2007-2008.pdf"
VB10 = "langviken_verksamhetsberattelse_2009-2010.pdf"
VB12 = "langviken_verksamhetsberattelse_2011-2012.pdf"
VB13 = "langviken_verksamhetsberattelse_2012-2013.pdf"
STAD = "langviken_stadgar_2008.pdf"

Q = [
    ("header", "vem var ordf resp sekreterare på årsstämman i juli 2014?", [], True,
     ["Lars Jacobsson", "Graham Ainscough"],
     [g(S14, "Lars Jacobsson valdes till ordförande."), g(S14, "Graham Ainscough valdes till sekreterare.")]),
    ("list", "Vilka punkter hade styrelsen under punkt 10 i kallelsen till årsstämman 2013?", [], True,
     ["Årligt vägunderhåll", "Nytt lager asfalt på Sikmarö byväg", "Skyltning med de nya vägnamnen", "brevlådor"],
     [g(K13, "10. Styrelsens förslag till verksamhet"), g(K13, "1. Årligt vägunderhåll (redovisas på stämman)"),
      g(K13, "3. Skyltning med de nya vägnamnen (redovisas på stämman)")]),
    ("header", "justerare stämman 13 juli 2013?", [], True,
     ["Per Asplund", "Berit Tenggren"],
     [g(S13, "Per Asplund och Berit Tenggren valdes att justera stämmoprotokollet.")]),
    ("amount", "hur mkt fick styrelsen och revisorerna i ersättning enl årsmötet 2007", [], True,
     ["3.500 kr", "1.000 kr"],
     [g(S07, "§ 6 Styrelsens förslag till ersättning till styrelsen är oförändrat , totalt 3.500 kr, och till"),
      g(S07, "revisorer, totalt 1.000 kr. Godkändes av årsmötet.")]),
    ("unanswerable", "Vem valdes till ordförande för vägsamfälligheten på årsstämman 2016?", [], False, [], []),
    ("reference", "vad tog de upp under punkt 4 på stämman 2013", [], True,
     ["verksamhetsberättelse", "Björn Wiklund"],
     [g(S13, "4. Styrelsens verksamhetsberättelse och ekonomiska redovisning"),
      g(S13, "Erik Berger började med att påminna de närvarande om den bortgångne")]),
    ("decision", "Gick årsmötet 2007 med på styrelsens förslag att ha kvar avgifterna oförändrade? Varför/varför inte?",
     [], True,
     ["bifölls inte", "ett års buffert är för liten"],
     [g(S07, "§ 8 Styrelsens förslag till oförändrade avgifter bifölls inte av årsmötet."),
      g(S07, "att ett års buffert är för liten och")]),
    ("header", "hur många var närvarande på årsmötet 30 juni 2007, och hur många fastigheter var representerade?",
     [], True,
     ["20 personer", "16 fastigheter"],
     [g(S07, "Närvarande : 20 personer, representerande 16 fastigheter av totalt 48 fastigheter.")]),
    ("date", "när o var var årsstämman 2013 enligt kallelsen", [], True,
     ["13 juli", "10.00", "Almviks brygga"],
     [g(K13, "Lördagen den 13 juli klockan 10.00"), g(K13, "OBS NY LOKAL: Föreningshuset vid Almviks brygga")]),
    ("missing_attribute", "Hur mycket föreslog styrelsen att avgiften skulle höjas inför stämman 2013? "
     "Det stod att det var en kraftig höjning", [], False, [],
     [g(K13, "att styrelsen föreslår en kraftig avgiftshöjning. Se nedan och i bifogade handlingar.")]),
    ("decision", "vad uppmanades styrelsen göra åt snöröjningskostnaderna på stämman 2013?", [], True,
     ["alternativ entreprenör", "samordning med andra föreningar"],
     [g(S13, "att försöka hitta en alternativ entreprenör eller att genom ökad samordning med")]),
    ("amount", "vilken inträdesavgift fick de fem nya fastigheterna ute på småöarna betala 1995?", [], True,
     ["8.500:-"],
     [g(VB95, "Sikmarö kanal. Dessa medlemmar betalar en inträdesavgift på 8.500:- vardera")]),
    ("cross", "I kallelsen 2013 var punkt 1 val av ordförande för stämman – vem blev vald?", [], True,
     ["Erik Berger"],
     [g(K13, "1. Val av ordförande för stämman"),
      g(S13, "1. Val av ordförande för stämman Erik Berger valdes till ordförande.")]),
    ("followup", "och var det nån av dem som försvann under året? vad hände",
     [turn("user", "vilka satt i styrelsen efter årsstämman 7 juli 2012?"),
      turn("assistant", "Enligt verksamhetsberättelsen för 2012–2013 valdes Erik Berger (ordförande), Lars Jacobsson "
                        "(sekreterare), Jan Wiik (kassör) samt Graham Ainscough och Björn Wiklund (ledamöter).")],
     True,
     ["Björn Wiklund", "augusti 2012"],
     [g(VB13, "Björn Wiklund avled hastigt i augusti 2012. Han hade varit medlem i styrelsen i 11")]),
    ("reason", "varför kan man inte bara ploga mer sällan för att få ner kostnaden? diskuterades på stämman 2013", [],
     True,
     ["sophämtningen"],
     [g(S13, "sänka kostnaderna, men det är sophämtningen som styr detta och om")]),
    ("header", "Vilka justerade protokollet från årsmötet 2007?", [], True,
     ["Gurli Hedin", "Jolou Hörner"],
     [g(S07, "Erik Berger samt som justerare Gurli Hedin och Jolou Hörner.")]),
    ("unanswerable", "när är nästa styrelsemöte efter stämman 2014?", [], False, [], []),
    ("english", "Who read out the auditors' report at the road association's 2007 annual meeting, and was the board "
     "granted discharge from liability?", [], True,
     ["Anders Mau", "beviljades ansvarsfrihet"],
     [g(S07, "§ 4 Revisionsberättelsen med tillstyrkan om ansvarsfrihet för styrelsen lästes upp av Anders"),
      g(S07, "§ 5 Styrelsen beviljades ansvarsfrihet för det gångna verksamhetsåret.")]),
    ("list", "vilka var suppleanter i styrelsen 94/95", [], True,
     ["Elin Annell", "Svante Malmström", "Kent Hägglund"],
     [g(VB95, "Suppleanter har varit:\nElin Annell\nSvante Malmström\nKent Hägglund")]),
    ("decision", "lade de till nåt på dagordningen på årsstämman 2014?", [], True,
     ["medlemsavgiften är förenlig med lagen", "trivselaktivitet"],
     [g(S14, "Övriga frågor skulle tas upp en fråga om medlemsavgiften är förenlig med lagen samt ev.")]),
    ("missing_attribute", "hur många medlemmar kom till årsstämman 12 juli 2014?", [], False, [],
     [g(S14, "arrangemang av någon trivselaktivitet. Närvarolista upprättades.")]),
    ("cross", "Styrelsen visade ett utkast till nya stadgar på årsmötet 2007. När antogs de nya stadgarna till slut?",
     [], True,
     ["12 juli och 30 augusti 2008"],
     [g(VB08, "Styrelsen presenterade vid årsmötet 30 juni ett utkast till nya stadgar, vilket har"),
      g(STAD, "Föreningen har därefter antagit nedanstående nya stadgar den 12 juli och 30 augusti 2008.")]),
    ("followup", "och 2011/12 då? blev det nån sandning?",
     [turn("user", "hur många ggr snöröjdes vägen vintern 09/10?"),
      turn("assistant", "Enligt verksamhetsberättelsen för 2009–2010 snöröjdes vägen 25 gånger, men ingen sandning "
                        "behövdes.")],
     True,
     ["3 gånger", "Två gånger fick sandning ske"],
     [g(VB12, "+ vintern stod i skarp kontrast till de tidigare två vintrarna. Endast 3 gånger behövde vägen"),
      g(VB12, "snöröjas. Två gånger fick sandning ske.")]),
    ("body_date", "dikesrensningen o innerkurvorna som årsmötet 2009 beslutade om – när blev det gjort, och hur mkt grus "
     "fylldes på?", [], True,
     ["september", "120 ton grus"],
     [g(VB10, "+ den vid förra årsmötet beslutade åtgärden att dikesrensa och förbättra"),
      g(VB10, "innerkurvorna genomfördes under september. Utöver själva arbetet gjordes en")]),
    ("unanswerable", "Vad beslutade stämman om farthinder på Långviksvägen?", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, PREFIX, CORPUS, Q)
    print("wrote", path, n, "rows")
