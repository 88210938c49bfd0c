"""Write probe.jsonl for the set motala-tn (Motala kommun, tekniska nämnden), ids mot-01 … mot-25.

The questions were written from the typeset documents' texts alone; every quote is a substring of
load(path).text for the named PDF (checked by ../verify_set.py).

Usage:  .venv/bin/python evals/probes/motala-tn/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = "motala-tn"

A = "motala_tn_protokoll_2007-06-12.pdf"
B = "motala_tn_protokoll_2007_tn136.pdf"
C = "motala_tn_protokoll_2007-12-11.pdf"
D = "motala_tn_protokoll_2010-01-12.pdf"


Q = [
    ("person", "vem justerade tekniska nämndens protokoll 12 juni 2007?", [], True,
     ["Hans Isacsson"],
     [g(A, "Till att justera dagens protokoll utses Hans Isacsson.")]),
    ("header", "vem var sekreterare på tn-mötet i december 2007", [], True,
     ["Laila Wrisman"],
     [g(C, "Sekreterare Ordförande Justerande Laila Wrisman Catarina Engström Hans")]),
    ("date", "när o var skulle protokollet från 11 dec 2007 justeras", [], True,
     ["2007-12-17", "kl 08.00", "Tekniska nämndens kansli"],
     [g(C, "Hans Isacsson Tekniska nämndens kansli 2007-12-17, kl 08.00 Paragrafer 192-205")]),
    ("header", "mellan vilka tider satt tekniska nämnden den 12 januari 2010?", [], True,
     ["08:00-14:15"],
     [g(D, "2010-01-12, kl 08:00-14:15")]),
    ("amount", "hur stor driftram fick tekniska nämnden för 2010", [], True,
     ["44 mkr", "ramtillskott på 4,4"],
     [g(D, "tilldelats en ram för 2010 på 44 mkr inkl ramtillskott på 4,4")]),
    ("reference", "vad handlade TN 193 om i decemberprotokollet 2007?", [], True,
     ["Resultatmål 2008"],
     [g(C, "TN 193 07/TN 0160 Resultatmål 2008")]),
    ("list", "vilka verksamheter gällde förslagen till resultatmål för 2008", [], True,
     ["Kost, Städ, Produktion, Fastighet", "Park- och natur och Gata"],
     [g(C, "kompletterande förslag till resultatmål för verksamheterna Kost, Städ, Produktion,"),
      g(C, "Fastighet, Park- och natur och Gata.")]),
    ("decision", "vad beslutade nämnden om dagordningen på mötet 12 juni 2007", [], True,
     ["Dagordningen godkännes i befintligt skick"],
     [g(A, "3 Tekniska nämnden TN 101 Sammanträdets öppnande Dagordningen godkännes i"),
      g(A, "befintligt skick. Till att justera dagens protokoll utses Hans Isacsson. Sammanträdet")]),
    ("reason", "varför ajournerades sammanträdet i juni 2007 direkt efter öppnandet?", [], True,
     ["överläggningar i de politiska grupperna"],
     [g(A, "ajourneras för överläggningar i de politiska grupperna.")]),
    ("missing_attribute", "vilket datum hölls tekniska nämndens möte där TN 136 behandlades", [], False,
     [],
     [g(B, "Motala Tisdag , kl Beslutande Catarina Engström (mp) Ordförande Hans Lobell (m)"),
      g(B, "3 Tekniska nämnden TN 136 Sammanträdets öppnande Dagordningen godkännes i")]),
    ("missing_attribute", "varför gick det inte att genomföra punkten om revisorernas granskning av nämnden?",
     [], False,
     [],
     [g(B, "nr 1 inte går att genomföra det är Revisorernas granskning av tekniska nämndens")]),
    ("unanswerable", "vad kostade konstgräsplanen som tekniska nämnden i motala beslutade om 2009", [], False,
     [], []),
    ("unanswerable", "när tog tekniska nämnden beslut om ny va-taxa för 2011?", [], False,
     [], []),
    ("english", "Who chaired the technical committee's meeting on 12 January 2010?", [], True,
     ["Catarina Engström"],
     [g(D, "Tisdag , kl 08:00-14:15 Beslutande Catarina Engström (MP) Ordförande Hans Lobell (M) 1-10")]),
    ("followup", "och vilka revisorer var med?",
     [turn("user", "vem var ordf på tekniska nämnden i dec 2007"),
      turn("assistant", "Vid sammanträdet den 11 december 2007 var Catarina Engström (mp) ordförande.")], True,
     ["Håkan Lindahl", "Ragnhild Wärn", "Christer Pettersson"],
     [g(C, "Ekonom fastighet, 193-195 Håkan Lindahl Revisor, 196 Ragnhild Wärn Politiskt"),
      g(C, "vald revisor, 196 Christer Pettersson Politiskt vald revisor, 196 Lennart Björck")]),
    ("followup", "vilken paragraf o diarienr var det?",
     [turn("user", "hur mkt pengar fick tekniska nämnden i ram för 2010"),
      turn("assistant", "Tekniska nämnden tilldelades en ram för 2010 på 44 mkr, inklusive ett ramtillskott "
                        "på 4,4 (beloppet är avskuret i texten).")], True,
     ["TN 2", "09/TN 0044"],
     [g(D, "4 Tekniska nämnden TN 2 09/TN 0044 Mål och resursplan 2010 Drift Tekniska nämnden har")]),
    ("body_date", "tekniska nämnden motala 2007-12-11, vilka paragrafer omfattar protokollet", [], True,
     ["192-205"],
     [g(C, "Hans Isacsson Tekniska nämndens kansli 2007-12-17, kl 08.00 Paragrafer 192-205")]),
    ("person", "vem ersatte jan löfstedt på mötet där revisorernas granskning inte gick att genomföra", [],
     True,
     ["Heikki Tohka"],
     [g(B, "Hettström (s) Ersättare för Jan-Erik Hallgren Heikki Tohka (s) Ersättare för Jan"),
      g(B, "nr 1 inte går att genomföra det är Revisorernas granskning av tekniska nämndens")]),
    ("person", "vem gick in för hans lobell i tn januari 2010", [], True,
     ["Lars-Johan Sunnerberg"],
     [g(D, "Löfstedt (S) Lars-Johan Sunnerberg (KD) Ersättare för Hans Lobell Bengt Melin (SPI)")]),
    ("person", "vad jobbar emma hagstrom som, hon var med på nämnden juni 2007", [], True,
     ["Biolog"],
     [g(A, "Emma Hagström Biolog, Birgitta Janestedt Gruppchef produktion, Fredrik Nilson")]),
    ("header", "var håller tekniska nämnden sina sammanträden", [], True,
     ["KS-salen", "Kommunhuset, Motala"],
     [g(A, "1 Tekniska nämnden Plats och tid Sammanträdesrummet KS-salen, Kommunhuset, Motala")]),
    ("date", "hur länge satt anslaget uppe för tn-protokollet från 11 dec 2007", [], True,
     ["2007-12-19", "2008-01-09"],
     [g(C, "för protokollet Underskrift 2007-12-19 Datum för anslags nedtagande Tekniska"),
      g(C, "nämndens kansli Laila Wrisman 2008-01-09 Utdragsbestyrkan")]),
    ("list", "vilka enheter hade budgetavvikelser vid budgetuppföljningen juni 2007 och varför", [], True,
     ["park och natur", "kost och städ", "stormen Per"],
     [g(A, "budgetavvikelser inom enheterna park och natur, kost och städ. Inom park och natur är det"),
      g(A, "främst stormen Per och")]),
    ("cross", "vilka möten var cecilia hettström justerare på?", [], True,
     ["TN 136", "2010-01-12"],
     [g(B, "utses Cecilia Hettström. Sammanträdet ajourneras för överläggningar i de politiska"),
      g(B, "3 Tekniska nämnden TN 136 Sammanträdets öppnande Dagordningen godkännes i"),
      g(D, "skick. Till att justera dagens protokoll utses Cecilia Hettström. Hans Lobell tackar nämnden"),
      g(D, "2010-01-12, kl 08:00-14:15")]),
    ("reference", "vad stod det under paragraf 1 på tekniska nämndens möte i jan 2010, nåt utöver formalia?",
     [], True,
     ["Hans Lobell tackar nämnden", "blomma"],
     [g(D, "skick. Till att justera dagens protokoll utses Cecilia Hettström. Hans Lobell tackar nämnden"),
      g(D, "för den blomma han fick i samband med tråkigheter i familjen.")]),
]


def main():
    path, n = write_probe(HERE, "mot", CORPUS, Q)
    print(f"wrote {n} rows to {path}")


if __name__ == "__main__":
    main()
