"""Write probe.jsonl for the Långbrodalskören set (a choir association in Älvsjö, Stockholm): 25 questions over
three årsmöte minutes and seven board minutes 2012–2024, written from the documents alone (see SOURCES.md).

Usage:  .venv/bin/python evals/probes/langbrodalskoren/build_probe.py
Verify: .venv/bin/python evals/probes/verify_set.py langbrodalskoren --docs /work/probes/docs/langbrodalskoren \
            --prefix lbk- --questions 25
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

CORPUS = "langbrodalskoren"
PREFIX = "lbk"

AM12 = "lbk_arsmote_2012-01-13.pdf"
AM16 = "lbk_arsmote_2016-02-15.pdf"
AM22 = "lbk_arsmote_2022-02-07.pdf"
S19 = "lbk_styrelse_2019-01-23.pdf"
S20 = "lbk_styrelse_2020-12-09.pdf"
S22K = "lbk_styrelse_2022-02-07.pdf"
S22N = "lbk_styrelse_2022-11-30.pdf"
S23M = "lbk_styrelse_2023-03-15.pdf"
S23S = "lbk_styrelse_2023-09-27.pdf"
S24 = "lbk_styrelse_2024-02-07.pdf"

QUESTIONS = [
    # --- header facts ---
    ("header", "vem ledde årsmötet 2016, alltså mötesordf?", [],
     ["Susanne Johansson"],
     [g(AM16, "§4 Till årsmötesordförande valdes Susanne Johansson.")]),
    ("header", "justerare årsmötet jan 2012?", [],
     ["Annika Hesselvall", "Gunilla Sundström"],
     [g(AM12, "§6 Till justeringsmän valdes Annika Hesselvall och Gunilla Sundström.")]),
    ("person", "vem skrev protokollet på styrelsemötet 30/11 -22", [],
     ["Nettan"],
     [g(S22N, "Val av mötessekreterare\n• Nettan")]),
    ("header", "vem var frånvarande på styrelsemötet i slutet av september 2023?", [],
     ["Nettan Blom"],
     [g(S23S, "Frånvarande: Nettan Blom")]),
    ("header", "styrelsemötet 9 dec 2020 – var det ett fysiskt möte? vilka var med", [],
     ["alla via Zoom", "Katarina Sjöberg", "Anne Veide"],
     [g(S20, "Löwenberg Katarina Sjöberg, Stefan Zackrisson, Anne Veide – alla via Zoom")]),
    # --- decisions and conditions ---
    ("decision", "vad beslöt styrelsen om körträningarna i december 2020", [],
     ["fortsatt paus för körträningen"],
     [g(S20, "om fortsatt paus för körträningen över vintern och en bit in på vårkanten.")]),
    ("decision", "vem får teckna firma för kören enl. konstituerande mötet 2022?", [],
     ["ordförande och kassör", "var för sig"],
     [g(S22K, "Styrelsen beslöt att ordförande och kassör har rätt att teckna firma tillsammans"),
      g(S22K, "och var för sig. Firmatecknare har rätt att skriva avtal och ta ut pengar från")]),
    ("decision", "vad ska de passiva medlemmarna betala enligt styrelsen jan 2019, och vilka var passiva?", [],
     ["halva avgiften", "Margot Larsson", "Birgitta Nyman"],
     [g(S19, "Passiva medlemmar denna termin, Margot Larsson och Birgitta Nyman, betalar")]),
    # --- fees and sums ---
    ("amount", "terminsavg som fastställdes på årsmötet 2012?", [],
     ["500 kr"],
     [g(AM12, "§15 Terminsavgiften fastställdes och återgår till 500 kr/ termin.")]),
    ("amount", "hur mkt fanns i kassan vid årets slut 2021 enligt kassarapporten på årsmötet", [],
     ["73 351,68"],
     [g(AM22, "Intäkter 34 800 kr. Kostnader 24 552,95 kr. Resultat 10 247,05 kr. Kassan 73 351,68 kr vid")]),
    ("reason", "varför gick verksamhetsåret 2018 med minus?", [],
     ["5 583", "försenad faktura", "Älvsjö Brass"],
     [g(S19, "Resultat för verksamhetsåret 2018 minus 5 583 kr (kostnader 60 973 kr, intäkter"),
      g(S19, "55 390 kr) p.g.a. försenad faktura från Älvsjö Brass.")]),
    # --- dates ---
    ("date", "när o var är nästa styrelsemöte efter det konstituerande mötet 7/2 2022", [],
     ["16 mars", "18.30", "Humlestigen 3"],
     [g(S22K, "Styrelsemöte – Onsdagen 16 mars kl. 18.30 hemma hos Agneta (Humlestigen 3).")]),
    ("body_date", "julkonserten 2023, när och var blir den?", [],
     ["16 december", "Älvsjökyrkan"],
     [g(S23S, "Klart efter mötet: Julkonsert i Älvsjökyrkan lördag 16 december kl 16. Hyra 2500 kr.")]),
    # --- reference, lists, elections ---
    ("reference", "vad tog de upp under § 17 på styrelsemötet 15 mars 2023?", [],
     ["Ekonomi", "47 493,70", "700 kr"],
     [g(S23M, "Körens kassa, för närvarande 47 493,70 kr."),
      g(S23M, "Terminsavgiften för medlemmar kommer styrelsen att föreslå till 700 kr till")]),
    ("list", "vilka körer nämndes som tänkbara för en samarbetskonsert våren 2023", [],
     ["Älvsjökyrkans kör", "Stuvstakyrkans kör", "Herrängens kör", "Kerstins kör"],
     [g(S23M, "∙ Eventuell sammarbetskonsert med annan kör, exempelvis\no Älvsjökyrkans kör (Sara Sjöblom)\n"
              "o Stuvstakyrkans kör\no Herrängens kör\no Kerstins kör")]),
    ("person", "vem valdes in som ny suppleant i styrelsen på årsmötet 2022", [],
     ["Nettan Blom"],
     [g(AM22, "NYVAL 1 år Nettan Blom, nyval 1 år (2022) Suppleant")]),
    ("cross", "hur mkt pengar hade kören i kassan i mars 2023 jämfört med feb 2024?", [],
     ["47 493,70", "8 651,42"],
     [g(S23M, "Körens kassa, för närvarande 47 493,70 kr."),
      g(S24, "Körens kassa är 8 651,42 kr.")]),
    # --- follow-ups ---
    ("followup", "vilka sitter i arbetsgruppen som ska hitta en ersättare?",
     [turn("user", "vad hände med dirigenten i början av 2024?"),
      turn("assistant", "Enligt styrelseprotokollet S1-2024 (2024-02-07) meddelade Agneta vid första träningen 22/1 att "
                        "Martin väljer att avgå som dirigent efter VT 2024 men att han kvarstår som körsångare.")],
     ["Martin, Lars, Elisabeth och Olle"],
     [g(S24, "En arbetsgrupp bildades 22/1 bestående av Martin, Lars, Elisabeth och Olle (Olle")]),
    ("followup", "o vad skulle cateringen kosta, och varifrån?",
     [turn("user", "vem var röstcoach på kördagen 1 april 2023?"),
      turn("assistant", "Katarina Henryson (fd Stenström) coachade kl 10–12 på kördagen i Mariasalen i Fruängen, "
                        "enligt styrelsemötet 2023-03-15.")],
     ["8000 kr", "ICA Svartslösa"],
     [g(S23M, "o Catering från ICA Svartslösa ca 8000 kr")]),
    # --- English ---
    ("english", "How many members did the choir have in March 2023, and what term fee did the board plan to propose "
                "to the annual meeting?", [],
     ["37 personer", "700 kr"],
     [g(S23M, "Antalet medlemmar i kören är 37 personer inklusive Martin; 36 aktiva och 1 passiv"),
      g(S23M, "Terminsavgiften för medlemmar kommer styrelsen att föreslå till 700 kr till")]),
    # --- not answerable ---
    ("unanswerable", "vem valdes till körens ordförande på årsmötet 2019?", [], [], []),
    ("unanswerable", "vad beslutade styrelsen på mötet i juni 2021", [], [], []),
    ("unanswerable", "vad står under § 9 i protokollet från styrelsemötet 27/9 2023?", [], [], []),
    ("missing_attribute", "vad kostar inträdet till julkonserten i älvsjökyrkan 2023?", [], [],
     [g(S23S, "Dialog om entréavgift, fika, hyra till kyrkan.")]),
    ("missing_attribute", "hur mycket var julgåvan till gustav westerberg värd 2020", [], [],
     [g(S20, "har löst ersättning till Gustav Westerberg i form av 3-faldig julgåva.")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, PREFIX, CORPUS, answerable_by_type(QUESTIONS))
    print(f"wrote {n} questions to {path}")
