"""Write probe.jsonl for Vadstena Konstrunda (an art-trail association in Vadstena): 25 questions written from the
documents alone (stored pages of the association's site, typeset by make_pdfs.py; see SOURCES.md).

Usage:  .venv/bin/python evals/probes/vadstena-konstrunda/build_probe.py
Verify: .venv/bin/python evals/probes/verify_set.py vadstena-konstrunda --docs /work/probes/docs/vadstena-konstrunda \
            --prefix vkr- --questions 25
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

A20 = "vkr_arsmote_2020-01-26.pdf"
A21 = "vkr_arsmote_2021-08-15.pdf"
A22 = "vkr_arsmote_2022-04-24.pdf"
A23 = "vkr_arsmote_2023-03-19.pdf"
A24 = "vkr_arsmote_2024-03-24.pdf"
S01 = "vkr_styrelsemote_2024-01-18.pdf"
S05 = "vkr_styrelsemote_2024-05-23.pdf"
V19 = "vkr_verksamhetsberattelse_2019.pdf"
V22 = "vkr_verksamhetsberattelse_2022.pdf"

Q = [
    ("header", "vilka var justerare på årsmötet 2023?", [], True,
     ["Simone Holmdahl", "Ninna Grefbäck"],
     [g(A23, "3. Till justerare valdes Simone Holmdahl och Ninna Grefbäck")]),
    ("person", "vem var mötessekreterare på konstrundans årsmöte i januari 2020", [], True,
     ["Jan-Helge Henriksen"],
     [g(A20, "Sekreterare: Jan-Helge Henriksen")]),
    ("header", "vilka var frånvarande på styrelsemötet 23/5?", [], True,
     ["Ninna Grefbäck", "Kicka Thorsson", "Ulf Andsenius"],
     [g(S05, "Frånvarande: Ninna Grefbäck, Kicka Thorsson, Ulf Andsenius")]),
    ("amount", "hur mycket pengar hade föreningen på banken enligt kassörens redovisning på årsmötet 2020?", [], True,
     ["154 825:51"],
     [g(A20, "Föreningen har 154 825:51 på banken.")]),
    ("unanswerable", "vad beslutade styrelsen på mötet i oktober 2023?", [], False, [], []),
    ("list", "vilka bidrag hade kommit in enl styrelseprotokollet från maj 2024, och hur mkt från var och en", [],
     True, ["10 000", "7 000", "24 000", "Vadstena Sparbank"],
     [g(S05, "10 000 Vadstena Sparbank"), g(S05, "7 000 Regionen"), g(S05, "24 000 kommunen")]),
    ("decision", "vad bestämde årsmötet 2022 om medlemsavgiften", [], True,
     ["100 kr"],
     [g(A22, "att införa 100 kr i medlemsavgift för alla (utställare, stödmedlemmar, gallerister etc).")]),
    ("date", "när ska årsmötet hållas enligt styrelseprotokollet från 18 januari 2024?", [], True,
     ["24 mars", "15.00"],
     [g(S01, "Årsmöte söndag den 24 mars kl 15.00.")]),
    ("cross", "blev det vätternkyrkan för årsmötet 2024 till slut eller var höll de det?", [], True,
     ["Rödtornet"],
     [g(S01, "Lokal? Vätternkyrkan är inte ledig, Ninna Grefbäck hör med församlingen om"),
      g(A24, "Plats: Rödtornet")]),
    ("reference", "vad tog de upp under punkt 10 på årsmötet i mars 2024?", [], True,
     ["Elsmarie Rannemalm", "annat tillfälle"],
     [g(A24, "10. Elsmarie Rannemalm, kassör och ledamot ledamot slutar sitt uppdrag i styrelsen\n"
             "kommer att avtackas vid annat tillfälle.")]),
    ("missing_attribute", "vad kostade mingelfesten 2021? de skulle besluta om kostnaden på årsmötet i augusti",
     [], False, [],
     [g(A21, "15. Mingelfesten, beslut om kostnad")]),
    ("reference", "vad var punkt 17 på dagordningen för årsmötet 15 augusti 2021", [], True,
     ["Folkuniversitetet"],
     [g(A21, "17. Styrelsens beslut angående samarbetet med Folkuniversitetet")]),
    ("list", "vilka valdes in i styrelsen på årsmötet 2024 (nyval)?", [], True,
     ["Lotta Fredriksson", "Eva Elfgren", "Ninna Grefbäck", "Johan Hesselstrand"],
     [g(A24, "• Lotta Fredriksson, kassör, nyval 1 år"), g(A24, "• Eva Elfgren, sekreterare, nyval på 2 år"),
      g(A24, "• Ninna Grefbäck, ordinarie ledamot, nyval 2 år"),
      g(A24, "• Johan Hesselstrand, ordinarie ledamot, nyval 2 år")]),
    ("person", "vem blev vice ordf 2023", [], True,
     ["Lotta Fredriksson"],
     [g(A23, "• Lotta Fredriksson, vice ordförande 1 år")]),
    ("followup", "och vilka slutade i styrelsen då?",
     [turn("user", "vem blev vice ordf 2023"),
      turn("assistant", "På årsmötet 2023-03-19 valdes Lotta Fredriksson till vice ordförande på 1 år, enligt "
                        "valberedningens förslag.")], True,
     ["Irene Annerud", "Göran Ahlberg"],
     [g(A23, "10. Irene Annerud, vice ordförande och Göran Ahlberg, ledamot som slutar sina")]),
    ("decision", "vad kom styrelsen fram till om kartan på mötet 23/5 2024, trycks den i juni?", [], True,
     ["innan sommaren", "Niklas"],
     [g(S05, "Kompromissen blev att kartan färdigställs av Johan innan sommaren och sedan lämnar över\n"
             "till Niklas för originalarbetet.")]),
    ("reason", "varför ville lena skjuta på kartan till augusti?", [], True,
     ["restaurang", "samlingsutställning"],
     [g(S05, "Lena har i dialogen med\nrestaurangerna sett att det vore en fördel med senareläggning till augusti"),
      g(S05, "det är dags för rundan, framförallt att de ska finnas på samlingsutställningen.")]),
    ("unanswerable", "vem blev hedersmedlem på årsmötet 2023?", [], False, [], []),
    ("body_date", "när är första mötet i kulturchefens kulturnätverk o kan lena gå dit?", [], True,
     ["27/1", "resa"],
     [g(S01, "tänkt kulturnätverk 27/1. Lena kan inte medverka pga en resa, men bevakar")]),
    ("english", "Where was the board meeting of 18 January 2024 held, and who was absent?", [], True,
     ["Företagshuset", "Elsmarie Rannemalm"],
     [g(S01, "Lokal: Företagshuset"), g(S01, "Frånvarande: Elsmarie Rannemalm")]),
    ("amount", "hur många utställare hade konstrundan 2022 och på hur många platser", [], True,
     ["76", "43"],
     [g(V22, "mest ”gångbara” konstrundan i regionen. Resultatet blev att vi hade 76(!)"),
      g(V22, "utställare på 43 platser i stan.")]),
    ("missing_attribute", "hur många besökare hade konstrundan 2022 enligt enkäten?", [], False, [],
     [g(V22, "Under rundan genomfördes en enkätundersökning bland besökare. Den gav oss")]),
    ("amount", "hur många medlemmar hade föreningen 2019", [], True,
     ["62", "3 stödmedlemmar"],
     [g(V19, "Föreningen hade 62 betalande medlemmar och 3 stödmedlemmar.")]),
    ("unanswerable", "vilka motioner behandlade årsmötet 2024?", [], False, [], []),
    ("followup", "ok och vilka justerade det protokollet?",
     [turn("user", "vad bestämde årsmötet 2022 om medlemsavgiften"),
      turn("assistant", "Årsmötet 2022-04-24 beslutade att införa 100 kr i medlemsavgift för alla (utställare, "
                        "stödmedlemmar, gallerister etc).")], True,
     ["Ninna Grefbäck", "Lotta Fredriksson"],
     [g(A22, "3. Val av två justerare: Ninna Grefbäck och Lotta Fredriksson valdes till justeringsmän")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "vkr", "vadstena-konstrunda", Q)
    print("wrote", path, n, "questions")
