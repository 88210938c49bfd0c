"""Write probe.jsonl for the set `jamtland-landstingsstyrelsen` (ids jll-01 … jll-25).

Each gold quote below is written with single spaces; it is looked up in the text the assistant's loader returns for
that PDF, with any run of white space in the quote allowed to match any run of white space there (the PDFs wrap the
stored lines), and the exact substring found is what goes into probe.jsonl. A quote that is not found stops the
script. Run after make_pdfs.py:

    .venv/bin/python evals/probes/jamtland-landstingsstyrelsen/build_probe.py
"""
import re
import sys
from pathlib import Path

from assistant.documents.loaders import load

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/jamtland-landstingsstyrelsen")
CORPUS = "jamtland-landstingsstyrelsen"
TEXTS: dict[str, str] = {}

P00 = "jll_ls_protokoll_2000-02-09.pdf"
P01 = "jll_ls_protokoll_2001-04-26.pdf"
P03 = "jll_ls_protokoll_2003-12-18.pdf"
P07 = "jll_ls_protokoll_2007-01-24.pdf"
P11M = "jll_ls_protokoll_2011-03-30.pdf"
P11N = "jll_ls_protokoll_2011-11-15.pdf"
K12 = "jll_ls_kallelse_2012.pdf"
K14 = "jll_ls_kallelse_2014.pdf"
P14M = "jll_ls_protokoll_2014-03-20.pdf"
P14A = "jll_ls_protokoll_2014-04-28.pdf"


def exact(doc: str, quote: str) -> str:
    if doc not in TEXTS:
        TEXTS[doc] = load(DOCS / doc).text
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, TEXTS[doc])
    if not m:
        sys.exit(f"quote not found in {doc}: {quote!r}")
    return m.group(0)


def q(qtype, question, key_facts, gold, history=None, answerable=True):
    return {"type": qtype, "question": question, "history": history or [], "answerable": answerable,
            "key_facts": key_facts, "gold": [g(d, exact(d, s)) for d, s in gold]}


def turns(user, assistant):
    return [turn("user", user), turn("assistant", assistant)]


ROWS = [
    # 01
    q("person", "vem justerade landstingsstyrelsens protokoll från 9 februari 2000?",
      ["Marianne Larm-Svensson"],
      [(P00, "Utses att justera Marianne Larm-Svensson")]),
    # 02
    q("header", "vem förde protokollet (sekreterare) på LS i januari 2007",
      ["Jan Rönngren"],
      [(P07, "Sekreterare Paragrafer 1-48 Jan Rönngren")]),
    # 03
    q("date", "mellan vilka klockslag pågick styrelsemötet 30 mars 2011?",
      ["13-15:20"],
      [(P11M, "Östersund den 30 mars 2011 klockan 13-15:20 Harriet")]),
    # 04
    q("amount", "prognosen per mars 2001, hur mycket blev förändringen av eget kapital jämfört med budget?",
      ["14,1 Mkr", "54,8 Mkr"],
      [(P01, "förändring av eget kapital uppgår till 14,1 Mkr i förhållande till budget som anger 54,8 Mkr")]),
    # 05
    q("list", "vilka ärenden lades till på föredragningslistan på LS 26 april 2001",
      ["Länstrafikens aktiekapital", "komplettering av årsredovisning 2000", "tillfällig omfördelning av arvoden"],
      [(P01, "Ärende angående ökning av Länstrafikens aktiekapital tas upp som ärende nr Ärende angående "
             "komplettering av årsredovisning 2000 tas upp som ärende nr Ärende angående tillfällig omfördelning "
             "av arvoden inom landstingsstyrelsen tas upp som ärende nr")]),
    # 06
    q("reference", "vilken paragraf var landstingsdirektörens rapport på decembermötet 2003?",
      ["189"],
      [(P03, "189 Landstingsdirektörens rapport")]),
    # 07
    q("decision", "vad beslöts om föredragningslistan på LS den 18 dec 2003",
      ["fristående gymnasieskola i Krokoms kommun", "fastställs i övrigt som slutlig föredragningslista"],
      [(P03, "1. Ärende om remissvar över ansökan om fristående gymnasieskola i Krokoms kommun tas upp som "
             "ärende nr Preliminär föredragningslista fastställs i övrigt som slutlig föredragningslista.")]),
    # 08
    q("amount", "hur stort underskott prognostiserades för länssjukvården i nov 2003 och vad var det i oktober?",
      ["drygt 26 mkr", "21 mkr"],
      [(P03, "Prognosen för länssjukvården per november visar på ökat underskott, drygt 26 mkr, att jämföras med "
             "prognosen per oktober som visade ett underskott på 21 mkr.")]),
    # 09
    q("header", "var höll landstingsstyrelsen sitt möte 15 november 2011",
      ["OSD (Folkets hus), Rum 2"],
      [(P11N, "Tid och plats för OSD (Folkets hus), Rum 2, Östersund den 15 november 2011")]),
    # 10
    q("list", "vilka fastigheter i krokom skulle säljas enligt protokollet nov 2011?",
      ["Krokom Torsta 1:22", "Krokom Ösa 1:36", "Krokom Trättgärde 1:34"],
      [(P11N, "Försäljning av fastigheterna Krokom Torsta 1:22, Krokom Ösa 1:36, Krokom Trättgärde 1:34 "
              "(LS/1770/2011)")]),
    # 11
    q("person", "vem stod som avsändare på kallelsen där miljöbokslut 2011 fanns med",
      ["Helge Scharf Wramling"],
      [(K12, "Kallelse/Föredragningslista 1(49) Ledningsstab sekretariat Helge Scharf Wramling"),
       (K12, "Miljöbokslut 2011 (LS/586/2012)")]),
    # 12
    q("person", "vem tjänstgjorde istället för siwertsson på mötet 15/11 2011?",
      ["Mats El Kott"],
      [(P11N, "Mats El Kott (FP) för Christer Siwertsson (M)")]),
    # 13
    q("date", "när och var skulle aprilprotokollet 2014 justeras",
      ["12 maj 2014", "Landstingshuset"],
      [(P14A, "Justeringens plats Landstingshuset den 12 maj 2014 och tid")]),
    # 14
    q("decision", "feb 2000, vilket extra ärende togs upp på föredragningslistan?",
      ["Jämtlands läns Mineral AB", "val av ombud och ersättare"],
      [(P00, "1. Ärende angående val av ombud och ersättare samt styrelseledamot och ersättare i Jämtlands läns "
             "Mineral AB tas upp som ärende nr")]),
    # 15
    q("cross", "likviditetsrapporten som stod som punkt 8 i kallelsen 2014, vilken paragraf fick den i protokollet "
               "från 20-21 mars?",
      ["60", "LS/250/2014"],
      [(K14, "8. Likviditetsrapport/likviditetsplan 2014 (LS/250/2014)"),
       (P14M, "60 Likviditetsrapport/likviditetsplan 2014 (LS/250/2014)")]),
    # 16
    q("person", "vilka deltog inte i paragraf 62 i mars 2014",
      ["Anne-Marie Johansson", "Monalisa Norrman"],
      [(P14M, "Anne-Marie Johansson (S), ej 62"), (P14M, "Monalisa Norrman (V), ej 62")]),
    # 17
    q("body_date", "landstingsstyrelsen 24 januari 2007 – var hölls mötet och vem var ordf?",
      ["Tingssalen, Borgen, Frösön", "Robert Uitto"],
      [(P07, "Plats och tid Tingssalen, Borgen, Frösön den 24 januari 2007"),
       (P07, "Beslutande Robert Uitto, ordf")]),
    # 18
    q("date", "när fastställdes det reglemente för läkemedelskommitten som gällde innan ändringen 2007?",
      ["år 1997", "12/97"],
      [(P07, "Det reglemente som nu gäller för läkemedelskommittén fastställdes av landstingsstyrelsen år 1997, "
             "12/97 (Jll 83/97).")]),
    # 19
    q("english", "Who chaired the county council board meeting on 30 March 2011, and who was the secretary?",
      ["Harriet Jorderud", "James Winoy"],
      [(P11M, "Sekreterare Paragrafer James Winoy Ordförande Harriet Jorderud Justerande Christer Siwertsson")]),
    # 20
    q("followup", "och vem justerade?",
      ["Christer Siwertsson"],
      [(P14M, "Utses att justera Christer Siwertsson (M)")],
      history=turns("vem var sekreterare på landstingsstyrelsen 20-21 mars 2014?",
                    "Sekreterare vid sammanträdet den 20 och 21 mars var Charlotte Funseth.")),
    # 21
    q("followup", "vilket diarienr har tramadolmotionen",
      ["LS/1802/2013"],
      [(K14, "Christer Siwertsson (M) om översyn av förskrivning av Tramadol till äldre (LS/1802/2013)")],
      history=turns("vilka motioner fanns med i kallelsen 2014, den där partigruppen satt i dr prag?",
                    "Två motionsärenden: uppdrag till landstingsdirektören om svar på motion från Christer "
                    "Siwertsson (M) om översyn av förskrivning av Tramadol till äldre, och om svar på motion från "
                    "Bogna Wojtkiewicz Adolfsson och Marianne Larm Svensson (c) om etisk upphandling av kött och "
                    "mejeriprodukter.")),
    # 22
    q("missing_attribute", "hur mkt pengar begärdes i extra anslag till kollektivtrafiken 2014?",
      [], [(K14, "Begäran om extra anslag till kollektivtrafiken för år 2014 (LS/178/2014)")], answerable=False),
    # 23
    q("missing_attribute", "vilket datum skulle LS ha mötet där revisionsberättelsen för 2011 och miljöbokslutet "
                           "togs upp?",
      [], [(K12, "ORGAN: Landstingsstyrelsen DATUM: PLATS: Styrelserummet, Landstingshuset, Östersund"),
           (K12, "Revisionsberättelse för Jämtlands läns landsting år 2011 (LS/597/2012)")], answerable=False),
    # 24
    q("unanswerable", "vad beslutade styrelsen om det nya parkeringshuset vid östersunds sjukhus?",
      [], [], answerable=False),
    # 25
    q("unanswerable", "vad landade det nya journalsystemet på i kostnad, beslutade LS nåt om det?",
      [], [], answerable=False),
]

if __name__ == "__main__":
    rows = [(r["type"], r["question"], r["history"], r["answerable"], r["key_facts"], r["gold"]) for r in ROWS]
    path, n = write_probe(HERE, "jll", CORPUS, rows)
    print(f"wrote {n} questions to {path}")
