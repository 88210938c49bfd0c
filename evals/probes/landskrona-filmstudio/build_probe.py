"""Write probe.jsonl for the set `landskrona-filmstudio` (Landskrona Filmstudio, a film society in Landskrona):
25 questions, ids lfs-01 … lfs-25, written from the documents alone (see SOURCES.md).

Usage:  .venv/bin/python evals/probes/landskrona-filmstudio/build_probe.py
Verify: .venv/bin/python evals/probes/verify_set.py landskrona-filmstudio \
            --docs /work/probes/docs/landskrona-filmstudio --prefix lfs- --questions 25
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

P20 = "lfs_protokoll_arsmote_2020-03-12.pdf"
P21 = "lfs_protokoll_arsmote_2021-04-21.pdf"
P22 = "lfs_protokoll_arsmote_2022-04-20.pdf"
P23 = "lfs_protokoll_arsmote_2023-03-23.pdf"
VB18 = "lfs_verksamhetsberattelse_2018.pdf"
VB19 = "lfs_verksamhetsberattelse_2019.pdf"
VB21 = "lfs_verksamhetsberattelse_2021.pdf"
VB23 = "lfs_verksamhetsberattelse_2023.pdf"
VP20 = "lfs_verksamhetsplan_2020.pdf"
VP22 = "lfs_verksamhetsplan_2022.pdf"

Q = [
    # 1
    ("header", "vilka justerade årsmötesprotokollet 2022?", [],
     ["Birgitta Magnusson", "Leif Pettersson"],
     [g(P22, "Birgitta Magnusson och Leif Pettersson valdes till justerare och rösträknare för årsmötet.")]),
    # 2
    ("person", "vem va sekr på filmstudions årsmöte 12/3 2020", [],
     ["Thomas Persson"],
     [g(P20, "Till sekreterare för årsmötet utsågs Thomas Persson.")]),
    # 3
    ("header", "Vem i styrelsen var frånvarande på årsmötet den 23 mars 2023?", [],
     ["Lena Nilsson"],
     [g(P23, "Frånvarande\n\nLena Nilsson")]),
    # 4
    ("list", "vilka vanliga medlemmar (alltså ej styrelsen) var närvarande på årsmötet 2023", [],
     ["Birgitta Magnusson", "Eva Billquist", "Inger Eriksson", "Joanna Andersen"],
     [g(P23, "Närvarande medlemmar\n\nBirgitta Magnusson\n\nEva Billquist\n\nInger Eriksson\n\nJoanna Andersen")]),
    # 5
    ("amount", "hur stort underskott visade budgeten för 2020?", [],
     ["70 293 kronor"],
     [g(P20, "Budgeten för 2020 visar ett underskott på 70 293 kronor.")]),
    # 6
    ("reason", "varför går budgeten 2020 med minus, vad beror underskottet på", [],
     ["jubileumsåret", "sjunde film"],
     [g(P20, "delen av kostnader för aktiviteter i samband med jubileumsåret såsom en sjunde film vår")]),
    # 7
    ("amount", "vilken medlemsavgift föreslogs för 2020", [],
     ["300 kronor"],
     [g(P20, "Medlemsavgiften föreslås därför vara oförändrad för 2020 dvs 300 kronor.")]),
    # 8
    ("decision", "årsmötet 2021 var ju per capsulam – hur många svar kom in och hur många godkände förslagen helt?", [],
     ["89", "70"],
     [g(P21, "Antal inkomna svar var 89 stycken varav 11 stycken avstod från deltagande."),
      g(P21, "Merparten (70 st) godkände förslagen helt och 8 stycken hade någon synpunkt")]),
    # 9
    ("date", "sista dag att svara på årsmöteshandlingarna 2021?", [],
     ["210414"],
     [g(P21, "medlemmarna 210405 med önskan om svar senast 210414.")]),
    # 10
    ("reference", "vad behandlades under punkt 5 på årsmötet i april 2021", [],
     ["verksamhetsberättelse", "2020"],
     [g(P21, "5. Verksamhetsberättelse för 2020"),
      g(P21, "Verksamhetsberättelsen för 2020 godkändes och lades till handlingarna.")]),
    # 11
    ("reason", "varför tas drogpolicyn upp på årsmötet varje år?", [],
     ["kommunens bestämmelser", "verksamhetsbidrag"],
     [g(P22, "Enligt kommunens bestämmelser måste en förening för att få verksamhetsbidrag ha en")]),
    # 12
    ("person", "vem föredrog revisionsberättelsen på årsmötet 20 april 2022?", [],
     ["Jan Magnusson"],
     [g(P22, "Revisorn har upprättat en revisionsberättelse som föredrogs av revisorssuppleant Jan")]),
    # 13
    ("followup", "vad får medlemmarna för rabatt där då?",
     [turn("user", "var höll filmstudion årsmötet 2022?"),
      turn("assistant", "Årsmötet den 20 april 2022 hölls på Fantasitårtor Ella Sjögren, Drottninggatan 6 i Landskrona.")],
     ["10 %", "fika"],
     [g(VP22, "erbjuder 10 % rabatt på fika före och efter våra filmvisningar."),
      g(P22, "Fantasitårtor Ella Sjögren, Drottninggatan 6, Landskrona")]),
    # 14
    ("followup", "och 2023?",
     [turn("user", "hur många protokollförda styrelsemöten hade filmstudion 2021?"),
      turn("assistant", "Enligt verksamhetsberättelsen för 2021 hade styrelsen fem protokollförda möten.")],
     ["två protokollförda möten"],
     [g(VB23, "Föreningens styrelse har under verksamhetsåret haft två protokollförda möten.")]),
    # 15
    ("english", "How many members did Landskrona Filmstudio have in the autumn term of 2018?", [],
     ["409"],
     [g(VB18, "Höstterminen 2018 409")]),
    # 16
    ("amount", "vad kostade terminskortet 2023", [],
     ["320 kronor"],
     [g(VB23, "Medlemsavgiften var under verksamhetsåret 320 kronor per termin.")]),
    # 17
    ("list", "vilka filmer visades hösten 2021", [],
     ["Smärta och ära", "Sir", "David Copperfields"],
     [g(VB21, "18 oktober Smärta och ära 169 besökare"),
      g(VB21, "8 november Sir 151 besökare"),
      g(VB21, "29 november David Copperfields äventyr och iakttagelser 132 besökare")]),
    # 18
    ("amount", "vilken film drog mest publik 2019 och hur många kom", [],
     ["Allt för min son", "386"],
     [g(VB19, "11 februariAllt för min son386")]),
    # 19
    ("cross", "när införde filmstudion 21.00-visningen i lilla salongen, och i vilket års verksamhetsplan står det att den slopas?", [],
     ["hösten", "2018", "2022"],
     [g(VB18, "Under hösten införde vi en fjärde visning"),
      g(VP22, "Därmed slopar vi den sena föreställning kl. 21.00.")]),
    # 20
    ("cross", "vem lämnade styrelsen mellan 2018 och 2019 och vem kom in istället", [],
     ["Birgitta Owusu-Ansah", "Glenn Olsson"],
     [g(VB18, "Birgitta Owusu-Ansah"),
      g(VB19, "Glenn Olsson")]),
    # 21
    ("decision", "vilken klassiker skulle visas våren 2020 i jubileumsåret och vem valde den?", [],
     ["Mandomsprovet", "medlemmarna"],
     [g(VP20, "Under våren visar vi ”Mandomsprovet” (1967) som röstades fram av")]),
    # 22
    ("unanswerable", "vilka valdes till valberedning på årsmötet 2023?", [], [], []),
    # 23
    ("unanswerable", "vad beslutade styrelsen på sitt möte i oktober 2022", [], [], []),
    # 24
    ("unanswerable", "när och var hålls årsmötet 2024?", [], [], []),
    # 25
    ("missing_attribute", "hur stort är underskottet i budgeten för 2023, i kronor?", [], [],
     [g(P23, "Budgeten för 2023 visar ett mindre underskott som täcks av de tillgångar som")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "lfs", "landskrona-filmstudio", answerable_by_type(Q))
    print(f"wrote {n} questions to {path}")
