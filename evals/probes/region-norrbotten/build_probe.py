"""Write probe.jsonl for the Region Norrbotten set (ids rnb-01 … rnb-25): 25 questions written from the documents
alone (the loader's text of the PDFs that make_pdfs.py typesets from texts/), without running the assistant.

Usage:  .venv/bin/python evals/probes/region-norrbotten/build_probe.py
Check:  .venv/bin/python evals/probes/verify_set.py region-norrbotten --docs /work/probes/docs/region-norrbotten \
            --prefix rnb- --questions 25
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

LS04 = "rnb_ls_2004-04-29_protokoll.pdf"
RS18 = "rnb_rs_2018-10-31_beslut.pdf"
RF18 = "rnb_rf_2018-11-21_beslut.pdf"
RS19 = "rnb_rs_2019-04-03_beslut.pdf"
RF20 = "rnb_rf_2020-10-28_beslut.pdf"
RS21 = "rnb_rs_2021-06-10_beslut.pdf"
RF22A = "rnb_rf_2022-04-27_beslut.pdf"
RF22N = "rnb_rf_2022-11-23_beslut.pdf"
RS23 = "rnb_rs_2023-06-13_beslut.pdf"
RF23J = "rnb_rf_2023-06-20_beslut.pdf"
RF23N = "rnb_rf_2023-11-21_beslut.pdf"
RFSIDA = "rnb_regionfullmaktige_sida.pdf"

QUESTIONS = [
    # person / header
    ("person", "vem justerade landstingsstyrelsens protokoll från 29 april 2004?", [], True,
     ["Maria Salmgren"], [g(LS04, "Maria Salmgren, justerare")]),
    ("person", "vem var sekreterare på landstingsstyrelsen i april 2004", [], True,
     ["Gunder Berg"], [g(LS04, "Sekreterare\nGunder Berg")]),
    ("header", "var sitter regionfullmäktige nånstans när dom har sammanträde?", [], True,
     ["sessionssalen", "Regionhuset i Luleå"],
     [g(RFSIDA, "Mötena äger rum i sessionssalen i\nRegionhuset i Luleå")]),
    # dates
    ("date", "När anslogs justeringen av landstingsstyrelsens protokoll 2004, och när gick överklagandetiden ut?",
     [], True, ["4/5 2004", "25/5 2004"],
     [g(LS04, "4/5 2004. Överklagandetiden utgår den 25/5 2004.")]),
    ("date", "regionstyrelsen fick i oktober 2018 en rapport från internationella beredningen – från vilket möte då?",
     [], True, ["28 september 2018"],
     [g(RS18, "Rapport från Internationella beredningen 28 september 2018")]),
    # amounts
    ("amount", "Hur mycket satte fullmäktige av till resultatutjämningsreserven när årsredovisningen för 2021 "
     "godkändes?", [], True, ["878"],
     [g(RF22A, "2. Göra avsättning till resultatutjämningsreserv (RUR) med 878 mnkr.")]),
    ("amount", "hur stor blev engångskostnaden för pensionerna 2021 när SKR ändrade livslängdsantagandet", [], True,
     ["236 mnkr"], [g(RS21, "engångskostnad för Region Norrbotten på 236 mnkr som belastat resultat per april.")]),
    # decisions
    ("decision", "vad hände med regiondirektören på regionstyrelsen i april 2019?", [], True,
     ["säga upp", "Veronika Sundström"],
     [g(RS19, "På regionstyrelsen den 3 april togs bland annat beslut om att säga upp regiondirektör")]),
    ("decision", "vad tyckte regionstyrelsen om Veronica Wahlströms motion om undersköterskor och vård- och "
     "omsorgsprogrammen?", [], True, ["avslå motionen"],
     [g(RS23, "Att föreslå regionfullmäktige besluta att avslå motionen.")]),
    ("decision", "fick förbundsdirektionen i Norra sjukvårdsregionförbundet ansvarsfrihet för 2022 av fullmäktige?",
     [], True, ["beviljas ansvarsfrihet"],
     [g(RF23J, "1. Förbundsdirektionen i Norra sjukvårdsregionförbundet beviljas ansvarsfrihet för den tid")]),
    # lists
    ("list", "vilka fick priserna som delades ut på regionfullmäktige i oktober 2020?", [], True,
     ["BD Fisk", "Pensionat Malmgatan", "PCI Lab"],
     [g(RF20, "BD Fisk tilldelades Norrbottens miljöpris 2020"),
      g(RF20, "Pensionat Malmgatan i Piteå tilldelades Almi Företagspartner Nords och Region"),
      g(RF20, "Dagvårdsavdelning 48/ PCI Lab på Sunderby sjukhus tilldelades Region")]),
    ("list", "Vilka revisionsrapporter behandlade regionstyrelsen den 3 april 2019?", [], True,
     ["Temagranskning Attraktiv arbetsgivare", "Temagranskning primärvården, del 2",
      "Målstyrning av verksamheten", "Samlad uppföljning av tidigare genomförda granskningar"],
     [g(RS19, 'Revisionsrapport "Temagranskning Attraktiv arbetsgivare; God arbetsmiljö"\n'
              'Revisionsrapport "Temagranskning primärvården, del 2"\n'
              'Revisionsrapport "Målstyrning av verksamheten"\n'
              'Revisionsrapport "Samlad uppföljning av tidigare genomförda granskningar"')]),
    # vote / yrkande
    ("vote", "blev det omröstning när fullmäktige valde 1:e vice ordförande efter valet 2022, och vilka var "
     "föreslagna?", [], True, ["Votering", "Daniel Bergman", "Majvor Sjölund"],
     [g(RF22N, "Linda Frohm (M) föreslår Daniel Bergman (M) och Centerpartiet föreslår Majvor Sjölund (C)"),
      g(RF22N, "till 1:e vice ordförande i regionfullmäktige. Votering genomförs.")]),
    # reason
    ("reason", "Varför ska högkostnadsskyddet för öppen vård höjas från 2024?", [], True,
     ["prisbasbeloppet"],
     [g(RF23N, "Med anledning av uppdateringar av prisbasbeloppet som fastställs av regeringen,")]),
    # body + date
    ("body_date", "vad beslutade regionfullmäktige 27 april 2022 om kommunikationspolicyn?", [], True,
     ["kommunikationspolicy", "visuell identitet"],
     [g(RF22A, "2021 samt att fastställa en ny kommunikationspolicy och visuell identitet för")]),
    ("body_date", "RS 10 juni 2021 – vad sa de om parkeringen vid Sunderby sjukhus?", [], True,
     ["200 nya parkeringsplatser"],
     [g(RS21, "beslutades att anlägga 200 nya parkeringsplatser vid Sunderby sjukhus och att öka")]),
    # reference
    ("reference", "vilka ledamöter var bara med på § 54-59 på landstingsstyrelsen 29 april 2004?", [], True,
     ["Bengt Ek", "Doris Messner", "Monica Carlsson"],
     [g(LS04, "Bengt Ek (s), § 54–59"), g(LS04, "Doris Messner (ns), § 54–59"),
      g(LS04, "Monica Carlsson (v), § 54–59")]),
    # cross
    ("cross", "Daniel Bergman (M): vilket uppdrag fick han i regionfullmäktige i november 2022, och vad yrkade han "
     "på regionstyrelsen 13 juni?", [], True, ["2:e vice ordförande", "hälsocentral"],
     [g(RF22N, "Daniel Bergman (M) till 2:e vice ordförande i regionfullmäktige till och med 2026-10-14."),
      g(RS23, "Linda Frohm (M) och Daniel Bergman (M) yrkar att:"),
      g(RS23, "Regiondirektören får i uppdrag att utreda möjligheten att öppna en hälsocentral till")]),
    # follow-ups
    ("followup", "och hur länge gäller det?",
     [turn("user", "vem valdes till ordförande i regionfullmäktige i november 2022?"),
      turn("assistant", "Elisabeth Lindberg (S) valdes till ordförande i regionfullmäktige.")], True,
     ["2026-10-14"],
     [g(RF22N, "Daniel Bergman (M) till 2:e vice ordförande i regionfullmäktige till och med 2026-10-14.")]),
    ("followup", "hur mycket extra skulle sjuksköterskorna få då?",
     [turn("user", "vad bestämde regionfullmäktige om finansplanen i november 2018?"),
      turn("assistant", "Fullmäktige beslutade om en ny finansplan för 2019–2021, i grunden den avgående "
                        "majoritetens förslag med några justeringar från den tillträdande majoriteten.")], True,
     ["50 miljoner kronor"],
     [g(RF18, "ytterligare cirka 50 miljoner kronor på höjda löner/lönetillägg för sjuksköterskor.")]),
    # English
    ("english", "How many members does the regional council of Region Norrbotten have, and how often does it "
     "meet?", [], True, ["71 ledamöter", "fem gånger per år"],
     [g(RFSIDA, "Regionfullmäktige har 71 ledamöter och 71 ersättare"),
      g(RFSIDA, "Regionfullmäktige sammanträder fem gånger per år.")]),
    # unanswerable
    ("unanswerable", "Vad beslutade regionfullmäktige om skattesatsen inför 2024?", [], False, [], []),
    ("unanswerable", "vad tog regionstyrelsen för beslut på mötet i januari 2020?", [], False, [], []),
    # missing attribute
    ("missing_attribute", "vem justerade regionstyrelsens protokoll från 13 juni 2023?", [], False, [],
     [g(RS23, "Dagordning Handlingar Protokoll")]),
    ("missing_attribute", "vad kostar ombyggnaden för ögonmottagningen på Sunderby sjukhus som RS tog upp i april "
     "2019?", [], False, [],
     [g(RS19, "Fastighetsinvesteringar Sunderby sjukhus 2019 - Ombyggnad för ögonmottagning")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "rnb", "region-norrbotten", QUESTIONS)
    print(f"wrote {path} ({n} questions)")
