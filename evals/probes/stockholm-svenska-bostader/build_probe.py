"""Write probe.jsonl for the set stockholm-svenska-bostader (AB Svenska Bostäder, Stockholms stad: the board of a
municipal housing company), ids svb-01 … svb-25.

The questions were written from the typeset documents' texts alone, before any answer of the assistant was seen.
A gold quote is written here as it reads in texts/*.txt; `q` looks it up in load(path).text of the PDF, where the
typesetter may have wrapped a line, and stores the exact substring of the loader's text (white space as the loader
returns it). ../verify_set.py checks the result.

Usage:  .venv/bin/python evals/probes/stockholm-svenska-bostader/build_probe.py [DOCS]
(default DOCS: /work/probes/docs/stockholm-svenska-bostader, built by make_pdfs.py)
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

from assistant.documents.loaders import load  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = "stockholm-svenska-bostader"
DOCS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/stockholm-svenska-bostader")
_TEXTS: dict[str, str] = {}


def q(doc: str, quote: str) -> dict:
    """Gold passage: the substring of the loader's text of `doc` that reads `quote` up to white space."""
    if doc not in _TEXTS:
        _TEXTS[doc] = load(DOCS / doc).text
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    found = re.search(pattern, _TEXTS[doc])
    if not found:
        sys.exit(f"quote not in {doc}: {quote!r}")
    return g(doc, found.group(0))


D0612 = "svb_styrelse_2006-12-19.pdf"
D0706 = "svb_styrelse_2007-06-05.pdf"
D0712 = "svb_styrelse_2007-12-04.pdf"
D0803 = "svb_styrelse_2008-03-18.pdf"
D0804 = "svb_styrelse_2008-04-29.pdf"
D0806 = "svb_styrelse_2008-06-10.pdf"
D0904 = "svb_styrelse_2009-04-29.pdf"
D0906 = "svb_styrelse_2009-06-11.pdf"
D0911 = "svb_styrelse_2009-11-26.pdf"
D1202 = "svb_styrelse_2012-02-09.pdf"

Q = [
    ("person", "vem var ordf i svenska bostäders styrelse i december 2006", [], True,
     ["Kristina Alvendal"],
     [q(D0612, "Ordföranden Kristina Alvendal (m)")]),
    ("date", "vilken tid började styrelsemötet 29 april 2009 o var var det", [], True,
     ["16:30", "Stora kollegiesalen"],
     [q(D0904, "Klockan\n16:30\nPlats\nStadshuset, Stora kollegiesalen, Rådskorridoren")]),
    ("amount", "vilka tomträtter skulle säljas enl beslutet i feb 2012 och för hur mkt", [], True,
     ["Araben 1", "21 Mkr", "Engelsmannen 4", "175 Mkr"],
     [q(D1202, "att erbjuda tomträtter till försäljning enligt följande:"),
      q(D1202, "• Araben 1, köpeskilling 21 Mkr"),
      q(D1202, "• Engelsmannen 4, köpeskilling 175 Mkr")]),
    ("vote", "vilka reserverade sig mot ombildningsbeslutet 9 feb 2012?", [], True,
     ["Karin Hanqvist", "Jan Sörling", "Tobias Olsson"],
     [q(D1202, "Mot beslutet reserverade sig ledamöterna Karin Hanqvist och Jan Sörling samt tjg suppleanten "
               "Tobias Olsson")]),
    ("header", "vem justerade protokollet tsm med ordf på mötet 2012-02-09", [], True,
     ["Karin Hanqvist"],
     [q(D1202, "Styrelsens ordförande samt ledamoten Karin Hanqvist utsågs att justera dagens protokoll.")]),
    ("reference", "vad gällde paragraf 5 på svb styrelsemötet 29/4 2008", [], True,
     ["Firmateckning"],
     [q(D0804, "§5 Firmateckning")]),
    ("list", "vilka tjänstemän från bolaget var med på mötet 5 juni 2007", [], True,
     ["Sven Belfrage", "Torbjörn Dacke", "Klas Heldesten"],
     [q(D0706, "Dessutom närvarade tjänstemännen vid Svenska Bostäder Sven Belfrage, Torbjörn Dacke och Klas "
               "Heldesten.")]),
    ("reason", "varför tyckte barry andersson att det var fel att värdera humleboet 13? (april 2009)", [], True,
     ["inkonsekvens", "Stadsholmen"],
     [q(D0904, "Att låta värdera Humleboet 13 visar mycket tydligt på den inkonsekvens som den moderatledda "
               "majoriteten tillämpar."),
      q(D0904, "Det rimliga vore att överföra driften och ägandet av fastigheten till Stadsholmen.")]),
    ("decision", "vem får teckna svenska bostäders firma, vad beslöts 2008", [], True,
     ["av styrelsen", "två i förening"],
     [q(D0804, "Styrelsen beslutade, i enlighet med verkställande direktörens hemställan, att Svenska Bostäders "
               "firma skall tecknas"),
      q(D0804, "av styrelsen, eller"),
      q(D0804, "två i förening av Kristina Alvendal, Barry Andersson, Teres Lindberg, Hugo Nordenfelt, "
               "Hans-Göran Olsson, Theréz Randqvist, Yvonne Ruwaida och Göran Wendel; eller")]),
    ("decision", "fick forskaren fr göteborgs universitet sitta med på styrelsemötet i nov 2009?", [], True,
     ["Jan-Erik Lind", "rätt att närvara"],
     [q(D0911, "Styrelsen beslutade medge Jan-Erik Lind, Göteborgs universitet rätt att närvara vid "
               "sammanträdet.")]),
    ("date", "nar holls arsstamman 2008 for svenska bostader", [], True,
     ["1 april 2008"],
     [q(D0804, "Anmäldes protokoll fört vid årsstämma den 1 april 2008")]),
    ("body_date", "svenska bostäders styrelse 11 juni 2009, vad yrkades om vattuormen 20?", [], True,
     ["återremitera", "Vattuormen 20"],
     [q(D0906, "Under överläggning yrkade ledamöterna Yvonne Ruwaida och Barry Andersson samt tjg suppleanten "
               "Karin Ehlin Kolk, med instämmande av suppleanten Mehdi Oguzsoy, att styrelsen beslutar att "
               "återremitera ärendet såvitt avser fastigheten Vattuormen 20.")]),
    ("followup", "var han med på mötet i december 2007 också?",
     [turn("user", "vem var vd på svenska bostäder 2006"),
      turn("assistant", "Verkställande direktör var Göran Wendel. Han står under \"Verkställande direktören\" i "
                        "närvarolistan för styrelsens sammanträde den 19 december 2006.")], True,
     ["Göran Wendel"],
     [q(D0712, "Verkställande direktören Göran Wendel")]),
    ("followup", "o vilken tid började det mötet, och var",
     [turn("user", "vilket styrelsemöte fick en skrift från brf giraffen"),
      turn("assistant", "Det var styrelsens sammanträde den 26 november 2009. Under § 4 Ombildning till "
                        "bostadsrätt förelåg bland annat en skrift från Bostadsrättsföreningen Giraffen, daterad "
                        "den 25 november 2009 (Bilaga § 4 b).")], True,
     ["09:30", "Stadshuset"],
     [q(D0911, "Klockan\n09:30\nPlats\nStadshuset")]),
    ("english", "Which staff representative attended the board meeting on 4 December 2007, and which union "
                "was he from?", [], True,
     ["Curt Öhrström", "Fastighetsanställdas förbund"],
     [q(D0712, "Personalrepresentanten\nCurt Öhrström, Fastighetsanställdas förbund")]),
    ("unanswerable", "vad beslot styrelsen om hyreshojningen for 2011", [], False, [], []),
    ("unanswerable", "vem var ordförande i familjebostäders styrelse", [], False, [], []),
    ("missing_attribute", "för vilket pris överläts sveaborg 6 till micasa?", [], False, [],
     [q(D0712, "9 Överlåtelse av fastigheten/tomträtten Sveaborg 6 till Micasa fastigheter i Stockholm AB")]),
    ("missing_attribute", "hur mkt skulle stambytet i mörsaren 7 o 8 kosta", [], False, [],
     [q(D0706, "12 Beslutsunderlag för investering avseende stambyte och helrenovering av kv Mörsaren 7 och 8")]),
    ("list", "vilka kvarter i kärrtorp hade investeringsärenden på mötet 19 dec 2006", [], True,
     ["Gåshällan", "Jordbruksministern A & B"],
     [q(D0612, "17 Beslutsunderlag för investering avseende nyproduktion av tre lamellhus i Kv Gåshällan, "
               "Kärrtorp."),
      q(D0612, "18 Beslutsunderlag för investering avseende nyproduktion av fem lamellhus i Kv "
               "Jordbruksministern A & B, Kärrtorp.")]),
    ("header", "vilka suppleanter tjänstgjorde på styrelsemötet 5/6 2007", [], True,
     ["Kerstin Gustavsson", "Gabriel Holmberg", "Håkan Sundman"],
     [q(D0706, "Kerstin Gustavsson (m) tjg\nGabriel Holmberg (m) tjg"),
      q(D0706, "Håkan Sundman (s) tjg")]),
    ("person", "vilken ny suppleant halsades valkommen i styrelsen juni 2008", [], True,
     ["Ella Bohlin"],
     [q(D0806, "Ordföranden hälsade suppleanten Ella Bohlin (kd) välkommen till styrelsen.")]),
    ("cross", "på vilka styrelsemöten 2009 var yvonne ruwaida justerare", [], True,
     ["2009-04-29", "2009-06-11", "Yvonne Ruwaida"],
     [q(D0904, "Sammanträde 2009-04-29"),
      q(D0904, "Styrelsens ordförande samt vice ordförande (§§ 1-7) och ledamoten Yvonne Ruwaida (fr o m § 8) "
               "utsågs att justera dagens protokoll."),
      q(D0906, "Sammanträde 2009-06-11"),
      q(D0906, "Styrelsens ordförande och ledamoten Yvonne Ruwaida utsågs att justera dagens protokoll.")]),
    ("reference", "gratis hemförsäkring var bordlagt i juni 2008, från vilket möte, och hur stod det i "
                  "dagordningen då?", [], True,
     ["bordlagt ärende 080429", "Gratis hemförsäkring, rapport"],
     [q(D0806, "17 Gratis Hemförsäkring, bordlagt ärende 080429"),
      q(D0804, "8 Gratis hemförsäkring, rapport")]),
    ("reason", "varför ville s inte att styrelsen behandlade århus 172-175 i mars 2008", [], True,
     ["Århus 172-175", "inte är fråga om ombildning"],
     [q(D0803, "att ej behandla fastigheterna Århus 172-175, då det inte är fråga om ombildning utan"),
      q(D0803, "om fastighetsförsäljning,")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "svb", CORPUS, Q)
    print(f"wrote {n} questions to {path}")
