"""Write probe.jsonl for the set `landstinget-dalarna` (ids lda-01 … lda-25).

The questions were written from the documents alone (the texts the loader returns for the PDFs that make_pdfs.py
typesets), before any answer of the assistant was seen. Run from the repository root:
    .venv/bin/python evals/probes/landstinget-dalarna/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import answerable_by_type, g, write_probe  # noqa: E402

HERE = Path(__file__).resolve().parent
C = "landstinget-dalarna"

AU13 = "dalarna_ls-au_protokoll_2013-10-21.pdf"
AU0 = "dalarna_ls-au_protokoll_odaterat.pdf"
LS14 = "dalarna_ls_protokoll_2014-04-07.pdf"
LF14 = "dalarna_lf_foredragningslista_2014-03-03.pdf"
REG = "dalarna_beslutsunderlag_andringar-i-reglementen.pdf"
GLAS = "dalarna_beslutsunderlag_glasogon-kontaktlinser.pdf"
BESV = "dalarna_beslutsunderlag_kommunalbesvar-budget-2015.pdf"
LF17A = "dalarna_lf_handlingar_2017-09_del1.pdf"
LF17B = "dalarna_lf_handlingar_2017-09_del2.pdf"


Q = [
    ("person", "vem var sekreterare på ls au 21 okt 2013?", [],
     ["Taimi Hermansson"],
     [g(AU13, "Sekreterare Nämndsekreterare Taimi Hermansson Övriga tjänsteman")]),
    ("date", "vilka tider höll arbetsutskottet på den 21/10-13, var det lunchpaus?", [],
     ["10.00-12.05", "13.00-14.10"],
     [g(AU13, "Tid: 2013-10-21 kl 10.00-12.05, 13.00-14.10 Plats: Falun,")]),
    ("header", "var hölls landstingsstyrelsens sammantrade i april 2014", [],
     ["Aulan i hus 25", "Mora lasarett"],
     [g(LS14, "Plats: Aulan i hus 25, Mora lasarett Beslutande ngalill Persson (S), ordförande Sören")]),
    ("list", "vilka motionssvar ska fullmaktige behandla 3 mars 2014", [],
     ["Mobilapplikation för Landstinget Dalarna", "direktbussar mellan Avesta och Falun",
      "rengöring av vårdsängar"],
     [g(LF14, "(SO): Mobilapplikation för Landstinget Dalarna 9 14 Svar på motion från Bo"),
      g(LF14, "Brännström (FP): Inför dagliga direktbussar mellan Avesta och Falun 9 15 Svar på"),
      g(LF14, "motion från Leif Bergh (M): Angående rengöring av vårdsängar 10 Framställning")]),
    ("reference", "vilka paragrafer omfattar ls-protokollet fr 7 april 2014", [],
     ["24-55"],
     [g(LS14, "Sammanträde 2014-04-07 24-55. Protokoll från Landstingsstyrelsens")]),
    ("amount", "hur mycket ska patienten själv betala för sklerala linser enl förslaget?", [],
     ["betalar 5 % av linskostnaden"],
     [g(GLAS, "95 %, d.v.s. patienten betalar 5 % av linskostnaden. Anledningen är att det är en")]),
    ("unanswerable", "vem efterträdde karin stikå mjöberg som landstingsdirektör?", [],
     [], []),
    ("person", "vem ersatte bo brännström i landstingsstyrelsen 7/4 2014", [],
     ["Nils Österström"],
     [g(LS14, "(KO) deltar inte i beslut 29 punkt 1-2 och 55 punkt 2. Nils Österström (FP) ersätter Bo")]),
    ("reason", "varför ska man inte behöva signera bilagorna till protokollen längre?", [],
     ["hundratals sidor", "mer än en timma", "tidsödande formalitet"],
     [g(REG, "bilagor till protokollet. Det förekommer att dessa bilagor uppgår till hundratals sidor och"),
      g(REG, "signeringen av dem kan ta mer än en timma i anspråk. Det är i dessa sammanhang"),
      g(REG, "har därför övergått till att bli en tidsödande formalitet. Riktigheten av de bilagor som")]),
    ("date", "nar och var ska lf protokollet från 3 mars justeras", [],
     ["Onsdag 12 mars", "Vasagatan 27, Falun"],
     [g(LF14, "tid och plats för justering av fullmäktigesammanträdets protokoll: Onsdag 12 mars"),
      g(LF14, "kl i landstingshuset, Vasagatan 27, Falun. 3 Upprop 4 Information Information")]),
    ("english", "Who chaired the county council executive board's working committee (arbetsutskott) on 21 October "
                "2013?", [],
     ["Ingalill Persson"],
     [g(AU13, "Beslutande Ingalill Persson (S), Ordförande Thomas Ylven (V), 1:e vice ordförande,")]),
    ("decision", "vad föreslog ordf om ändringar i landstingsstyrelsens reglemente", [],
     ["reglemente 5 och 36", "tjänstemäns närvarorätt", "beredning av ärenden till styrelsen"],
     [g(REG, "Förändringar i Landstingsstyrelsens reglemente 5 och 36, om tjänstemäns närvarorätt och"),
      g(REG, "beredning av ärenden till styrelsen, enligt bilaga b) fastställs. Sammanfattning Det har")]),
    ("missing_attribute", "vilket klockslag justeras fullmäktigeprotokollet från mötet 3 mars 2014?", [],
     [],
     [g(LF14, "tid och plats för justering av fullmäktigesammanträdets protokoll: Onsdag 12 mars"),
      g(LF14, "kl i landstingshuset, Vasagatan 27, Falun. 3 Upprop 4 Information Information")]),
    ("list", "vilka ersättare var närvarande på landstingsstyrelsen 2014-04-07?", [],
     ["Pär Sixtensson", "Göte Persson", "Torsten Larsson", "Lisbeth Mörk-Amnelius"],
     [g(LS14, "Brännström (FP) deltar inte i beslut 28 och 29 punkt 1-2. Ersättare Pär Sixtensson (M) Göte"),
      g(LS14, "Persson (C) Torsten Larsson (KO) inte 25 och 29 Lisbeth Mörk-Amnelius (OSP) Föredragande")]),
    ("cross", "reglementesändringarna – vilken punkt på fullmäktiges dagordning 3 mars 2014 och vilket dnr har "
              "ärendet?", [],
     ["10 Ändringar i reglementen", "LD13/03336"],
     [g(LF14, "för sammanträdet 3 november 7 10 Ändringar i reglementen 7 11 Dialysplatser i"),
      g(REG, "Landstingsfullmäktige Datum Sida 1 (3) Dnr LD13/03336 Uppdnr Landstingsstyrelsens")]),
    ("amount", "vad kostar lunch o kaffe for ledamöterna på fullmäktige i sept 2017", [],
     ["Lunch 82 kr", "kaffe 28 kr"],
     [g(LF17A, "Lunch 82 kr och kaffe 28 kr Internet: Dessa handlingar finns att tillgå på Landstinget")]),
    ("reference", "vilken § hade glasögonbidraget på au:s möte i oktober 2013", [],
     ["85 Bidrag för glasögon och kontaktlinser"],
     [g(AU13, "övernattande närstående 6 85 Bidrag för glasögon och kontaktlinser 6 86")]),
    ("decision", "vad ska ls besluta om överklagandena av budgeten för 2015?", [],
     ["svar till förvaltningsrätten", "omedelbart justerad"],
     [g(BESV, "bilaga e) utgör Landstinget Dalarnas svar till förvaltningsrätten. 2. Paragrafen förklaras"),
      g(BESV, "omedelbart justerad. Sammanfattning Tre personer har överklagat landstingsfullmäktiges")]),
    ("followup", "och vem ledde revisorerna som var med på § 81?",
     [{"role": "user", "content": "vilka var beslutande på au-mötet 21 oktober 2013?"},
      {"role": "assistant", "content": "Ingalill Persson (S), ordförande, Thomas Ylven (V), Jan Wiklund (M), "
                                       "Gunnar Barke (S), Elin Noren (S) som ersatte Sören Bertilsson, Lena "
                                       "Reyier (C) och Ann-Catrin Lofvars (MP) som ersatte Bo Brännström; Kristina "
                                       "Svensson (S) ersatte Thomas Ylven under en del av mötet."}],
     ["Carl-Erik Nyström"],
     [g(AU13, "revisorer: Carl-Erik Nyström (C) ordf, Lars Ivarsson (S), Birgitta Örjas (S), Ingrid")]),
    ("body_date", "landstingsfullmäktige i september 2017 – vem pratade när mötet öppnades?", [],
     ["Erica Schytt", "Centrum för Klinisk Forskning"],
     [g(LF17A, "Måndag Kl Kl Kaffe Fullmäktigesammanträdet öppnas Erica Schytt, föreståndare på"),
      g(LF17A, "Centrum för Klinisk Forskning. Docent vid Institutionen för kvinnors och barns hälsa,")]),
    ("missing_attribute", "från vilket datum ska de nya bidragen för glasögon och linser gälla?", [],
     [],
     [g(GLAS, "och kontaktlinser enligt bilaga c) och d) fastställs att gälla från Sammanfattning")]),
    ("decision", "vad föreslår ordföranden om m-motionen om parkering vid falu lasarett?", [],
     ["med vad som anförts besvarad"],
     [g(LF17B, "Ordförandens förslag 1. Motionen är med vad som anförts besvarad.")]),
    ("person", "vem justerade au protokollet där upphandling av personaladministrativt system togs upp", [],
     ["Lena Reyier"],
     [g(AU0, "Justerande Lena Reyier &J;;j; Talmi He '~#v nsson ~ f/lj-va 1l&~- Ingalill Persson &.ef::1:&")]),
    ("followup", "vilken princip ska dom använda när dom planerar parkering då?",
     [{"role": "user", "content": "vad ville rosen och gustafsson med sin motion om falu lasarett?"},
      {"role": "assistant", "content": "De yrkade att landstingsfullmäktige ger landstingsstyrelsen i uppdrag "
                                       "att förhandla med markägaren Falu kommun om att anlägga parkering längs "
                                       "Regementsvägen vid Falu lasarett."}],
     ["fyrstegsprincipen"],
     [g(LF17B, "s.k. fyrstegsprincipen användas. Det innebär tex när efterfrågan är större än")]),
    ("unanswerable", "vad beslutade landstinget om tandvårdsavgifterna för 2015", [],
     [], []),
]


def main() -> None:
    _, n = write_probe(HERE, "lda", C, answerable_by_type(Q))
    print(n, "questions written")


if __name__ == "__main__":
    main()
