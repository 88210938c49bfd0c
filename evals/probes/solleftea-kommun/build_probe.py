"""Build probe.jsonl for the Sollefteå kommun probe set (ids slt-01 … slt-25, corpus "solleftea-kommun").

Written from the documents alone (the loader's text of the PDFs that make_pdfs.py typesets from texts/), without
running the assistant. Gold documents are the PDF file names in /work/probes/docs/solleftea-kommun.

Usage:  .venv/bin/python evals/probes/solleftea-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

KF12 = "solleftea_kf_2012-05-28.pdf"
KF14 = "solleftea_kf_2014-09-29.pdf"
KF1412 = "solleftea_kf_2014-12.pdf"
KF95 = "solleftea_kf_s95.pdf"
KF100 = "solleftea_kf_s100.pdf"
KS44 = "solleftea_ks_s44.pdf"
KS55 = "solleftea_ks_s55.pdf"
KS119 = "solleftea_ks_s119.pdf"
EN = "solleftea_municipal-council_en.pdf"

Q = [
    # (type, question, history, answerable, key_facts, gold)
    ("header", "var höll kf till den 28 maj 2012 och mellan vilka klockslag?", [], True,
     ["Församlingsgården", "Långsele", "13.00", "17.20"],
     [g(KF12, "Plats:Beslutande:Församlingsgården, Långsele"), g(KF12, "Tid: Kl. 13.00 –")]),
    ("date", "När och var justerades fullmäktiges protokoll från mötet i Långsele 2012?", [], True,
     ["Kommunstyrelseförvaltningen", "12.00"],
     [g(KF12, "förjustering:Kommunstyrelseförvaltningen"), g(KF12, "<strong>2012</strong>-<strong>05</strong>-30, kl")]),
    ("person", "vilka var justerare kf 28/5 2012", [], True,
     ["Linnéa Stenklyft", "Eva Halling"],
     [g(KF12, "BodénJusterare:"), g(KF12, "Eva HallingJusterarnas")]),
    ("reference", "kf 2012-05-28: chefsekonomen var med på vilken paragraf? och vad heter hon", [], True,
     ["Ulla Fors Nilsson", "88"],
     [g(KF12, "§ 83Ulla Fors Nilsson,"), g(KF12, "chefsekonom, § 88")]),
    ("missing_attribute", "vilket datum togs anslaget om justeringen av kf-protokollet 2012-05-28 ner från anslagstavlan?",
     [], False, [],
     [g(KF12, "Datum när anslaget tas ner:")]),
    ("body_date", "vem var sekreterare på kommunfullmäktige 29 september 2014, och vem var kommunchef där?", [], True,
     ["Britta Själander", "Johnny Högberg"],
     [g(KF14, "Högberg, kommunchef Britta Själander, sekreterare"), g(KF14, "Sekreterare... Britta Själander")]),
    ("person", "vilka två skrev under som justerare på kf-protokollet från 2014-09-29", [], True,
     ["John Åberg", "Göran Solsjö"],
     [g(KF14, "Ordförande... Sven-Erik Bodén... John Åberg... Göran Solsjö")]),
    ("list", "Vilka ersättare tjänstgjorde i § 126 på fullmäktige 29/9-2014?", [], True,
     ["Nils Michael Eriksson", "Britha Gillisson", "Torbjörn Persson"],
     [g(KF14, "Nils Michael Eriksson X X Tjg 126"), g(KF14, "Torbjörn Persson X X Tjg 126")]),
    ("amount", "hur många ordinarie ledamöter resp ersättare har socialdemokraterna i kf enl närvarolistan sept 2014?",
     [], True, ["21", "11"],
     [g(KF14, "SOCIALDEMOKRATERNA - Ordinarie (21)"), g(KF14, "Ersättare (11)")]),
    ("person", "mötet i sollefteåsalen i december 2014 med Mikael Sjölund som ordf – vilka justerade och när skedde justeringen?",
     [], True, ["John Åberg", "Brita Wessinger", "2014-12-29", "16.20"],
     [g(KF1412, "Justerare... John Åberg Justerare... Brita Wessinger"),
      g(KF1412, "2014-12-29 kl. 16.20")]),
    ("followup", "ajournerades det mötet nån gång?",
     [turn("user", "vem var ordförande på sammanträdet i Sollefteåsalen som justerades 29 december 2014?"),
      turn("assistant", "Ordförande var Mikael Sjölund. Sekreterare var Britta Själander och justerare John Åberg "
                        "och Brita Wessinger.")],
     True, ["15.25-15.30"],
     [g(KF1412, "15.25-15.30 Sammanträdesplats")]),
    ("person", "kf-mötet där Fredrik Granholm var vik kommunsekreterare: vem från vänsterpartiet var inte där, och "
               "vilken v-ersättare tjänstgjorde?", [], True,
     ["Lars Enberg", "Birgitta Lind"],
     [g(KF95, "Enberg - Thomas Tejle 1 Maj-Lis Andersson 1 - Ersättare (2) Birgitta Lind 1 X")]),
    ("decision", "vem fick kulturstipendiet och vem fick hederstecken? (kf med Bergsten som sekr, Åberg o Åslund justerare)",
     [], True, ["Ingela Hahlin", "Mikael Wiklund"],
     [g(KF100, "Ingela Hahlin, kulturstipendiat, 100 Mikael"), g(KF100, "Wiklund, mottagare av hederstecken, 101")]),
    ("vote", "Var någon ledamot jävig på fullmäktigemötet där kulturstipendiaten var med? I så fall i vilken paragraf?",
     [], True, ["Elisabet Lassen", "118"],
     [g(KF100, "Lassen Jäv 118")]),
    ("followup", "och vilken ersättare är antecknad för den paragrafen?",
     [turn("user", "vem var jävig på kf-mötet där Ingela Hahlin var med som kulturstipendiat?"),
      turn("assistant", "Elisabet Lassen (S) anmälde jäv i § 118.")],
     True, ["Susanne Lindahl"],
     [g(KF100, "Curt Noppa Susanne Lindahl 118")]),
    ("reference", "ks-mötet där Bengt Sörlin justerade och Telia var inbjudna: vem från Telia, och under vilken paragraf?",
     [], True, ["Bengt Rudolfsson", "44"],
     [g(KS44, "Bengt Rudolfsson, Telia, 44 a)")]),
    ("reference", "vilka tjänstemän var med på § 57 på ks-mötet där placeringspolicyn togs upp?", [], True,
     ["Agnetha Perman", "André Karlsson"],
     [g(KS55, "Agnetha Perman, webbadministratör, 57 André Karlsson,"), g(KS55, "webbkoordinator, 57")]),
    ("list", "vilka bidrag hade ks uppe på mötet med webbstrategin?", [], True,
     ["Forsmo IF", "Sollefteå golfklubb"],
     [g(KS55, "Bidrag till Forsmo IF"), g(KS55, "Bidrag till Sollefteå golfklubb arrangemang av Riksmästerskapet")]),
    ("cross", "Vem från förvaltningen var med när kommunstyrelsen behandlade förslaget till förändringar av "
              "kollektivtrafiken, och vad har hen för befattning?", [], True,
     ["Anders Westin", "trafikhandläggare"],
     [g(KS55, "Förslag till förändringar av kollektivtrafiken"), g(KS55, "Anders Westin, trafikhandläggare, 66")]),
    ("list", "ks när Kerstin Franzén valdes till justerare – vilka medborgarförslag stod på dagordningen?", [], True,
     ["Näringslivsstimulerande åtgärder", "Kretsloppstänkande", "Biblioteksverksamheten"],
     [g(KS119, "Val av justerare Kerstin Franzén (M) väljs till justerare."),
      g(KS119, "Medborgarförslag Kretsloppstänkande i Sollefteå kommun")]),
    ("missing_attribute", "hur mycket utökades borgen för Höga Kusten Airport med?", [], False, [],
     [g(KS119, "borgen för Höga Kusten Airport AB")]),
    ("english", "How many members sit on Sollefteå's municipal council, and how often does it meet?", [], True,
     ["45", "once a month"],
     [g(EN, "The municipal council of Sollefteå consists of 45 members, and generally meets once a")]),
    ("unanswerable", "vad beslutade kf om det nya badhuset i sollefteå?", [], False, [], []),
    ("unanswerable", "vem var ordförande i socialnämnden 2013?", [], False, [], []),
    ("unanswerable", "när har kommunfullmäktige sitt första sammanträde 2015 och var?", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "slt", "solleftea-kommun", Q)
    print(f"wrote {n} questions to {path}")
