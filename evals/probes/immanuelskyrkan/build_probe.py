"""Write probe.jsonl for the set `immanuelskyrkan` (ids imm-01 … imm-25); the questions were written from the texts
in texts/ (as the loader returns them from the typeset PDFs) before any answer was seen."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import write_probe  # noqa: E402

C = "immanuelskyrkan"
A19, A20, A21, A22, A23 = (f"immanuel_arsmote_{d}.pdf" for d in
                           ("2019-04-28", "2020-10-18", "2021-10-03", "2022-05-15", "2023-04-23"))
F20, F2203, F2209, F2212 = (f"immanuel_forsamlingsmote_{d}.pdf" for d in
                            ("2020-02-02", "2022-03-27", "2022-09-25", "2022-12-18"))
RAP = "immanuel_rapport-fran-forsamlingsmote_2019-2020.pdf"


def g(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def h(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


Q = [
    ("person", "vem var mötesordf på årsmötet hösten 2021?", [], True, ["Karin Pettersson"],
     g(A21, "Årsmötet beslutade att välja Karin Pettersson till mötets ordförande, Tobias Ejeby till vice")),
    ("person", "vilka justerade protokollet från församlingsmötet strax före jul 2022", [], True,
     ["Erik Amnå", "Mikael Ivarsson"], g(F2212, "valdes Erik Amnå och Mikael Ivarsson")),
    ("header", "vilken tid startade årsmötet i april 2023", [], True, ["kl 13.15"],
     g(A23, "Protokoll från årsmöte, 23 april 2023, kl 13.15")),
    ("amount", "hur mkt räknar man med att få i utdelning från probitas 2020", [], True, ["20,5 MSEK"],
     g(F20, "utdelning från Probitas på 20,5 MSEK, verksamhetskostnader på 14,2 MSEK,")),
    ("followup", "och gåvor o kollekter?",
     h("vad budgeterade styrelsen som totala kostnader för 2020?",
       "Styrelsen budgeterade totala kostnader på 35,7 MSEK för 2020 (församlingsmötet 2 februari 2020, § 5)."),
     True, ["3,6 MSEK"], g(F20, "gåvor och kollekter på 3,6 MSEK och intäkter från kyrkoavgiften på 1,3 MSEK.")),
    ("reason", "varfor blev det inget val av valberedning på församlingsmötet i september 2022", [], True,
     ["inte är komplett"],
     g(F2209, "förslaget till ny valberedning inte är komplett. Ärendet tas upp på")),
    ("list", "vilka andra tjänster höll man på att rekrytera i mars 2022 förutom ny föreståndare?", [], True,
     ["Interim Pastor", "Diakon 100%", "Pastor inriktning barn och unga", "Musikansvarig 80-100%"],
     g(F2203, "– Interim Pastor, internationella verksamheten 100%", "– Diakon 100%",
       "– Pastor inriktning barn och unga, svenska verksamheten 100%", "– Musikansvarig 80-100%")),
    ("date", "om carin dernulf kallas, nar kan hon borja?", [], True, ["11 april 2023"],
     g(F2212, "hon tillträda sin tjänst den 11 april 2023.")),
    ("vote", "vilken majoritet krävs när församlingen ska kalla ny föreståndare", [], True,
     ["två tredjedelars majoritet"],
     g(F2212, "församlingen som fattar beslut och detta med två tredjedelars majoritet.")),
    ("reference", "vad handlar § 4a om i protokollet från det digitala årsmötet 2020", [], True,
     ["hur förtidsröstningen har gått till"], g(A20, "§ 4a Information om hur förtidsröstningen har gått till")),
    ("reference", "vad gällde punkt c under korta informationer på församlingsmötet 27/3 2022?", [], True,
     ["Immanuel Produktion", "femårigt projekt"],
     g(F2203, "c) Styrelsen har sagt ja till ett nytt projekt i församlingens verksamhet. Ett",
       "femårigt projekt under namnet “Immanuel Produktion”.")),
    ("decision", "vem blev ansvarig för rösträknarna på årsmötet 2022", [], True, ["Agnetha Dalemark"],
     g(A22, "Årsmötet beslutade att utse Agnetha Dalemark ansvarig, Görel Byström Janarv, Gunilla")),
    ("cross", "blev carin dernulf kallad som föreståndare till slut?", [], True,
     ["kalla Carin Dernulf", "installation av den nya föreståndaren"],
     g(F2212, "glädje som styrelsen lagt sitt förslag till församlingen om att kalla Carin Dernulf")
     + g(A23, "installation av den nya föreståndaren, Carin Dernulf")),
    ("list", "vilka ovriga fragor anmäldes på årsmötet 2019", [], True,
     ["miljö- och rättvisegruppen", "Ove Andersson", "Rune Larsson"],
     g(A19, "Rapport från miljö- och rättvisegruppen", "Hälsning och vision från Ove Andersson",
       "Fråga kring budget av Rune Larsson")),
    ("amount", "hur manga procent av förtidsrösterna tyckte att årsmötet 2020 var rätt utlyst", [], True,
     ["99,2%"], g(A20, "Förtidsröstning har skett i frågan och av inkomna röster har 99,2% ansett att årsmötet är")),
    ("body_date", "när slutade ulla marie gunner som föreståndare och varför", [], True,
     ["januari av hälsoskäl"],
     g(F2209, "januari av hälsoskäl lämnade sitt uppdrag som församlingsföreståndare och")),
    ("cross", "årsmötet 2020, när skulle det va enligt kallelsen och när blev det av egentligen?", [], True,
     ["26 april 2020", "18 oktober 2020"],
     g(RAP, "Församlingen kallas till årsmöte söndag 26 april 2020 kl 13.00")
     + g(A20, "Protokoll från årsmöte 18 oktober 2020")),
    ("list", "fm 29 mars 2020 – var e det och vad ska upp på agendan?", [], True,
     ["Waldenströmsalen", "kallande av pastor Esther Kazen", "Stadgeändring av motionstid",
      "Val av ombud till kyrkokonferens"],
     g(RAP, "Söndag 29 mars 2020: Församlingsmöte kl 13.00 i Waldenströmsalen", "Budgetuppföljning och kalender",
       "Förslag till kallande av pastor Esther Kazen", "Stadgeändring av motionstid inför årsmöte",
       "Val av ombud till kyrkokonferens m fl organisationer")),
    ("english", "who were the interpreters at the annual meeting in april 2023?", [], True,
     ["Paulina Fröling", "Thomas Ericsson", "Marco Helles"],
     g(A23, "Tolkar: Paulina Fröling, Thomas Ericsson och Marco Helles (avbytare).")),
    ("date", "på vilket möte valdes kim skoglund till justerare, o vilket datum var det", [], True,
     ["församlingsmöte", "27 mars 2022"],
     g(F2203, "Protokoll fört vid församlingsmöte i Immanuelskyrkan 27", "valdes Kim Skoglund och Karin Pettersson.")),
    ("followup", "vem förde protokollet där",
     h("vilket möte valde ombud till stockholms frikyrkoråd 2019?",
       "Församlingsmötet den 24 februari 2019 (§ 5 Val av ombud till årsmöten och konferenser); till Stockholms "
       "frikyrkoråd föreslogs pastor Anna Berndes."),
     True, ["Cathrin Sjöström"], g(RAP, "Cathrin Sjöström valdes till sekreterare.")),
    ("missing_attribute", "när avslutades församlingsmötet 18 dec 2022?", [], False, [],
     g(F2212, "Protokoll fört vid församlingsmöte 18 december 2022")),
    ("missing_attribute", "hur stort lån fick systerkyrkan i tartu", [], False, [],
     g(F2203, "en varm hälsning som tack för beviljandet av lånet till äldreboendet de ska bygga.")),
    ("unanswerable", "vad kostade renoveringen av orgeln i immanuelskyrkan", [], False, [], []),
    ("unanswerable", "vilket datum hade styrelsen möte i mars 2021?", [], False, [], []),
]

path, n = write_probe(Path(__file__).resolve().parent, "imm", C, Q)
print(n, "questions written to", path)
