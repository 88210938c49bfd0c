"""Write probe.jsonl for the set vg-spelmansforbund (Västergötlands Spelmansförbund); see SOURCES.md.

Usage:  .venv/bin/python evals/probes/vg-spelmansforbund/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g as gold, turn, write_probe  # noqa: E402

SET = "vg-spelmansforbund"
K = "vsf_kallelse_arsmote_2013-02-23.pdf"
I = "vsf_inbjudan_spel-och-danskvall_2013-02-23.pdf"
M = "vsf_vastgotaspelmannen_nr1_2013.pdf"
R = "vsf_arsmotesreferat_2002-2010.pdf"
H = "vsf_hedersmedlemmar.pdf"
S = "vsf_nils-eriksson-stipendiater.pdf"
A = "vsf_allspelslatar_arsmote_2014_axevalla.txt"


def g(doc, *quotes):
    return [gold(doc, q) for q in quotes]


def hist(user, assistant):
    return [turn("user", user), turn("assistant", assistant)]


Q = [
    ("date", "när o var är årsmötet 2013?", [], True,
     ["23 februari 2013", "PRO-gården", "Vargön"],
     g(K, "Kallelse till årsmöte med Västergötlands Spelmansförbund lördagen",
       "PRO-gården, Gunnarstorpsvägen 12, Vargön")),
    ("body_date", "senaste datum för att skicka in motioner till årsmötet i februari 2013? och till vem", [], True,
     ["20 december", "Anita Widell"],
     g(K, "den 20 december. Samma sak gäller förslag till hedersmedlemmar och utdelning",
       "Motioner och förslag skickas till sekreterare Anita Widell.")),
    ("person", "vem håller i allspelet innan årsmötesförhandlingarna i vargön", [], True,
     ["Pers Nils Johansson", "14:00"],
     g(K, "14:00  Allspel under ledning av Pers Nils Johansson.")),
    ("date", "vilken tid börjar danskvällen efter årsmötet 23/2 och blir det mat där el ska man ta med själv?", [],
     True, ["kl 18", "medtaget knyte"],
     g(I, "till spel och danskväll lördagen den 23 februari 2013 kl", "lämpligt tillfälle tar vi paus för att inmundiga medtaget")),
    ("reference", "vad gäller punkt 19 på förslaget till dagordning för årsmötet 2013", [], True,
     ["Val av sekreterare", "styrelseledamot för 2013-14", "John Strandberg Samuelsson", "Anita Widell"],
     g(M, "19 Val av sekreterare och en", "styrelseledamot för 2013-14 (Mandattiden",
       "utgår för John Strandberg Samuelsson")),
    ("reference", "under vilken punkt på årsmötet 2013 tas nils erikssons minnesfond upp?", [], True,
     ["27"],
     g(M, "27 Nils Erikssons minnesfond. Styrelsens")),
    ("person", "vem var ordf i spelmansförbundet under 2012", [], True,
     ["Rebecka Westin"],
     g(M, "Ordförande : Rebecka Westin, Norra Vånga")),
    ("reason", "varför ställer inte rebecka upp för omval som ordförande?", [], True,
     ["doktorsavhandling", "min familjs"],
     g(M, "spurten för att få min doktorsavhandling klar", "roligt och givande men nu måste min tid få vara",
       "omval till ordförande")),
    ("amount", "hur mkt fick huvudkassan in i medlemsavgifter 2012", [], True,
     ["128.774.26 kr"],
     g(M, "Medlemsavgifter  128.774.26 kr")),
    ("amount", "vad blev årets överskott i vsf:s huvudkassa för 2012?", [], True,
     ["44.832, 66 kr"],
     g(M, "Årets överskott  =44.832, 66 kr")),
    ("list", "vilka satt i valberedningen 2012 och vem var sammankallande", [], True,
     ["Tomas Johansson", "sammankallande", "Mikael Pettersson", "Arne Elmgren"],
     g(M, "Valberedningen : Tomas Johansson", "(sammankallande), Borås, Mikael Pettersson,",
       "Töreboda, och Arne Elmgren, Torestorp.")),
    ("decision", "vad bestämde årsmötet 2007 om medlemsavgiften", [], True,
     ["200kr för vuxen", "2008", "100kr"],
     g(R, "till höjning av årsavgiften till 200kr för vuxen från år 2008 bifölls. Medlemsavgiften för",
       "ungdom oförändrad 100kr.")),
    ("decision", "vilka beslut tog årsmötet på örsås bygdegård 2004?", [], True,
     ["höja medlemsavgiften", "25kr", "tidpunkt för årsmötet"],
     g(R, "Mötet beslutade även att höja medlemsavgiften från år 2005 med 25kr för vuxna och",
       "Det beslutades även att ändra på tingens ordning vad gäller tidpunkt för årsmötet, så att")),
    ("header", "vem var mötesordförande och vem var sekreterare på årsmötet i vara den 24 februari 2007?", [], True,
     ["Ingrid Strömvall", "Anita Widell"],
     g(R, "Platsen för årsmötet denna gång var Folkhögskolan i Vara den 24 februari.",
       "Deltagarantalet var 18. Denna gång hade mötesordföranden Ingrid Strömvall en riktig",
       "ordförandeklubba att klubba alla kloka beslut med. Vid hennes sida satt åter Anita Widell")),
    ("list", "vilka utsågs till hedersmedlemmar 2006", [], True,
     ["Gunnel Johansson", "Arne Elmgren", "Egon Andersson"],
     g(R, "protokollet. På årsmötet utsågs även tre hedersmedlemmar:",
       "Gunnel Johansson Hjo, Arne Elmgren Torestorp och Egon Andersson Lidköping.")),
    ("cross", "årsmötet 2002 sa att lars buller skulle få nils eriksson stipendiet för 2001 - hur stort var det?", [],
     True, ["1900:-", "Lars Buller"],
     g(R, "Nils Erikssons minnesfond stipendium för 2001 kommer att tillfalla Lars Buller, Alingsås.")
     + g(S, "2001 | 1900:- | Lars Buller Alingsås")),
    ("cross", "vem blev hedersmedlem 2013 och fanns det en punkt om nya hedersmedlemmar på årsmötet det året?", [],
     True, ["Carl-Magnus Bengtegård", "17 Nya hedersmedlemmar"],
     g(H, "2013 | Carl-Magnus Bengtegård, Vara | 1946") + g(M, "17 Nya hedersmedlemmar")),
    ("english", "where was the 2010 annual meeting held, and which club hosted it?", [], True,
     ["Kylanderskolan", "Lidköping", "27 februari", "Lidköpings spelmanslag"],
     g(R, "Förbundets årsmöte 2010 hölls i Kylanderskolan, Lidköping 27 februari. Värdarna för",
       "årsmötet, Lidköpings spelmanslag hälsade de 20-talet deltagarna välkomna.")),
    ("list", "vilka är dom fyra första låtarna på allspelslistan till årsmötet i axevalla 2014", [], True,
     ["Björklunds polketta", "Koppapolka", "Sprättmazurka från Gärdhem", "Schottis från Grästorp"],
     g(A, "Allspelslåtar 2014 Årsmöte i Axevalla", "Björklunds polketta", "Sprättmazurka från Gärdhem",
       "Schottis från Grästorp")),
    ("followup", "och hur många röstberättigade var där?",
     hist("vem ledde årsmötet i herrljunga 2005?",
          "Årsmötet 2005 i Gamla kommunalhuset i Herrljunga (26 februari 2005) leddes av Åke Nyström, med Anders "
          "Gunnarson som skrivare."), True,
     ["35 röstberättigade"],
     g(R, "välbesökt. 35 röstberättigade närvarande och hunden Tilda. När var vi så många sist?")),
    ("followup", "hur många styrelsemöten hade dom det året?",
     hist("vilka satt i styrelsen 2012?",
          "Under 2012 var Rebecka Westin ordförande, Anita Widell sekreterare och Anders Brissman kassör. Ledamöter "
          "var Pers Nils Johansson och John Strandberg Samuelsson, och ersättare Anna Dahlgren Johansson och Ingrid "
          "Strömvall."), True,
     ["6 stycken"],
     g(M, "Styrelsen har under året haft 6 stycken", "sammanträden. Arbetsgruppen för Varakursen")),
    ("missing_attribute", "vilka valdes till justerare på årsmötet 2013?", [], False, [],
     g(M, "4 Val av två justeringsmän av")),
    ("missing_attribute", "vad kostar maten på årsmötet i vargön", [], False, [],
     g(K, "17:00  Mat, anmälan till Anita Widell senast den 17 februari.")),
    ("unanswerable", "har styrelsen beslutat nåt om att ta betalt med swish för medlemsavgiften?", [], False, [], []),
    ("unanswerable", "vem var förbundets ordförande 1995", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(Path(__file__).resolve().parent, "vgs", SET, Q)
    print(f"wrote {n} rows to {path}")
