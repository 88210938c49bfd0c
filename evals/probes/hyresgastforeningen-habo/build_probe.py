"""Write probe.jsonl for Lokala Hyresgästföreningen i Håbo (set `hyresgastforeningen-habo`, ids hgh-01 … hgh-25).

The questions were written from the documents' loader text alone (seven board minutes 2018–2019, the 2018 statutes
and the housing-policy programme for Håbo, typeset by make_pdfs.py); see SOURCES.md.

Usage:  .venv/bin/python evals/probes/hyresgastforeningen-habo/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

CORPUS = "hyresgastforeningen-habo"
J18 = "lh_habo_2018-01-18.pdf"
A18 = "lh_habo_2018-04-19.pdf"
JUN18 = "lh_habo_2018-06-07.pdf"
AU18 = "lh_habo_2018-08-23.pdf"
O18 = "lh_habo_2018-10-18.pdf"
J19 = "lh_habo_2019-01-24.pdf"
O19 = "lh_habo_2019-10-03.pdf"
STADGAR = "hgf_stadgar_2018.pdf"

QUESTIONS = [
    # 01 header: justerare
    ("header", "vilka var justerare på lh-mötet 19/4 2018", [],
     ["Bente Sörensen", "Britt-Louise Ahlström"],
     [g(A18, "§ 34 Justeringspersoner Bente Sörensen och Britt-Louise Ahlström.")]),
    # 02 amount
    ("amount", "vad kostar det att hyra hyresgästföreningens lokal en hel helg?", [],
     ["500 kronor"],
     [g(J19, "vuxenkalas och 500 kronor för en hel helg.")]),
    # 03 decision
    ("decision", "får man nåt för att städa bastun? vad bestämde de i augusti 2018", [],
     ["gratis", "6 månader"],
     [g(AU18, "§ 78 Om någon erbjuder sig att städa bastun så kan den få bada bastu gratis i 6\nmånader."),
      g(AU18, "Ett beslut fattades om att godkänna detta.")]),
    # 04 date (statutes)
    ("date", "från vilket datum gäller Hyresgästföreningens stadgar som antogs 2018?", [],
     ["1 augusti 2018"],
     [g(STADGAR, "Stadgarna gäller från 1 augusti 2018")]),
    # 05 list
    ("list", "vilka mötesdatum hade lokala hyresgästföreningen planerat för hösten 2018?", [],
     ["16 augusti", "13 september", "18 oktober", "15 november", "6 december"],
     [g(JUN18, "§ 64 Datum inför höstens möten:\n\n• 16 augusti kl 18:15\n\n• 13 september kl 18:15\n\n"
               "• 18 oktober kl 18:15\n\n• 15 november kl 18:15\n\n• 6 december kl 18:15")]),
    # 06 person
    ("person", "Vem var ordförande och öppnade LH-mötet den 18 oktober 2018?", [],
     ["Torbjörn"],
     [g(O18, "• 104 Ordförande Torbjörn öppnar mötet.")]),
    # 07 reason
    ("reason", "varför ska fler möten hållas via skype, enligt LH i oktober 2018?", [],
     ["spara pengar"],
     [g(O18, "Många framtida möten kommer att hållas via Skype för att spara pengar i regionen då de\nnu går back.")]),
    # 08 body_date
    ("body_date", "Lokala hyresgästföreningen 24 januari 2019 – hur många kom på julbordet?", [],
     ["49", "61"],
     [g(J19, "§ 7 Antalet besökare ökade från 49 till 61.")]),
    # 09 unanswerable: a meeting on the schedule whose minutes are not among the documents
    ("unanswerable", "vad beslutade lokala hyresgästföreningen på sitt möte den 15 november 2018?", [], [], []),
    # 10 amount
    ("amount", "hur mkt pengar fanns det på LH:s konto jan-april 2018", [],
     ["149020"],
     [g(A18, "a) Ekonomi januari-april finns det 149020 kr sitter på konto.")]),
    # 11 followup
    ("followup", "och luciafirandet då, vilka tider?",
     [turn("user", "när är julbordet i lokalen jul 2019?"),
      turn("assistant", "Julbordet är den 25/12 från klockan 11:00, enligt protokollet från den 3 oktober 2019 (§ 86).")],
     ["12/12", "17:00-20:00"],
     [g(O19, "§ 85 Luciafirande den 12/12 kl 17:00-20:00.")]),
    # 12 decision
    ("decision", "var ska maten till julbordet 2018 köpas, vad godkände styrelsen?", [],
     ["Mickes", "ICA"],
     [g(O18, "a) Inköp av skinka, Jansons, potatis och sill sker från Mickes. Resterande inköp görs på ICA.\n"
             "Styrelsen godkände detta inköp.")]),
    # 13 reference
    ("reference", "vad står det under § 80 i protokollet från 23 augusti 2018?", [],
     ["lördag", "verksamhetsplan 2019"],
     [g(AU18, "§ 80 En lördag ska bokas upp för att göra budget och verksamhetsplan 2019.")]),
    # 14 missing_attribute: the lunch is mentioned, its cost is not
    ("missing_attribute", "vad kostade sillunchen med håbohus 2018?", [], [],
     [g(JUN18, "§ 62 Sillunchen med Håbohus var lyckad och alla tyckte maten och tårtan var god.")]),
    # 15 person
    ("person", "vilka blir mötesordförande resp sekreterare på LH:s årsmöte 19 feb 2019?", [],
     ["Bosse Andersson", "Anna Johansson Dahl"],
     [g(J19, "Mötesordförande Bosse Andersson.\nSekreterare Anna Johansson Dahl.")]),
    # 16 vote / yrkande (a proposed date, the decision put off)
    ("vote", "vilket datum föreslogs för att storstäda lokalen i aug 2018 och när skulle det beslutas?", [],
     ["10 november", "13 september"],
     [g(AU18, "Förslag på datum 10 november.\nBeslut om detta fattas vid nästa möte 13 september")]),
    # 17 english
    ("english", "What did the local tenants' association in Håbo agree to spend at Bauhaus in April 2018, and on what?",
     [],
     ["4500"],
     [g(A18, "c) Grillinköp, stekspade och verktygslåda ska inköpas från Bauhaus på för 4500\nkronor.")]),
    # 18 list
    ("list", "vilka var med på LH-mötet 3 okt 2019?", [],
     ["Metsälä-Lindell", "Bengt-Åke Alm", "Jill Skog", "Britt-Louise", "Solweig Lundkvist", "Maria Annell"],
     [g(O19, "Närvarande: Torbjörn Metsälä-Lindell, Bengt-Åke Alm, Jill Skog, Britt-Louise\n\nAhlström, "
             "Solweig Lundkvist och Maria Annell.")]),
    # 19 cross
    ("cross", "hur såg saldot för LH ut i oktober 2018 jämfört med januari 2019?", [],
     ["34247", "25634"],
     [g(O18, "a) Inget nytt på ekonomin. LH 34247 kronor + kortet ca 6000 kronor kvar."),
      g(J19, "På kontot sitter i nuläget 25634 kronor.")]),
    # 20 date
    ("date", "när har LH öppet hus 2018", [],
     ["26 maj", "20 oktober"],
     [g(J18, "§ 8 Öppet hus kommer att anordnas 26 maj och 20 oktober. Båda dagarna klockan\n11:00-16:00.")]),
    # 21 unanswerable
    ("unanswerable", "hur mycket höjs hyrorna hos Håbohus 2019 efter hyresförhandlingen?", [], [], []),
    # 22 decision
    ("decision", "vad bestämdes om ordningen på styrelsemötena i augusti 2018, hur ska man få ordet?", [],
     ["handuppräckning"],
     [g(AU18, "§ 75 Under mötena ska det vara tyst när någon annan pratar och vi går tillbaka till\n"
              "handuppräckning.")]),
    # 23 followup
    ("followup", "när är sista anmälningsdag och sista betalningsdag?",
     [turn("user", "vart går sommarresan 2018?"),
      turn("assistant", "Sommarresan 2018 går till Kolmården enligt LH-protokollet från 19 april 2018 (§ 40); "
                        "priserna är desamma som förra året.")],
     ["14 juni", "28 juni"],
     [g(A18, "Sista anmälningsdag 14 juni.\nSista betalningsdag 28 juni.")]),
    # 24 body_date
    ("body_date", "Vad rapporterades från boinflytandemötet på LH:s möte 7 juni 2018?", [],
     ["Lindegårdsvägen"],
     [g(JUN18, "a) Förtätningen på Lindegårdsvägen klar och inflyttning pågår.")]),
    # 25 missing_attribute: the flea market is mentioned, its opening hours are not
    ("missing_attribute", "vilken tid börjar barnklädesloppisen den 30 november 2019?", [], [],
     [g(O19, "§ 90 Barnklädesloppisen den 30 november är fullbokad. 15 stycken utställare. 3")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "hgh", CORPUS, answerable_by_type(QUESTIONS))
    print(f"wrote {n} rows to {path}")
