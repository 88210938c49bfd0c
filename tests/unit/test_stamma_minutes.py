"""Minutes of a bostadsrättsförening's stämma as the genre writes them: the standard agenda of the model by-laws
(stämmoordförande, protokollförare announced, justerare under item 7), decisions in the passive ("Beslutades att
…"), § signs an OCR engine read as "&" or "$", and an e-signing service's cover page before the minutes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import indexed

from assistant.answer.bodies import bodies_named_in_full
from assistant.index.ingest import build_document
from assistant.index.meetings import Meeting

SIGNED_STAMMA = """Signerat dokument
via https://signering.example.se
Brf Lönnen stämmoprotokoll 2023-05-10
Signerad text: Jag har läst och godkänner innehållet i PDF-filen.
Namn: Brf Lönnen stämmoprotokoll 20230510.pdf
Storlek: 151203 byte
Hashvärde SHA256:
5f2c0d7e9b1a4c3e8d6f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d
Signerat av 3:
KARIN LUND
Signerat med BankID 2023-05-12 09:10 Ref: 1f0e
EVA EK
Signerat med BankID 2023-05-12 10:02 Ref: 2a9c
OMAR SAID
Signerat med BankID 2023-05-13 18:45 Ref: 3b7d
Originalfilen och signaturerna är bifogade som bilagor till denna PDF.

BRF LÖNNEN I UPPSALA
PROTOKOLL ORDINARIE FÖRENINGSSTÄMMA 2023
Datum/tid: 2023-05-10, kl.18:30
Plats: Föreningslokalen, Lönngatan 4

1. Föreningsstämmans öppnande
Styrelsens ordförande hälsade alla välkomna och förklarade stämman öppnad.

2. Val av stämmoordförande
Beslutades att välja Karin Lund som stämmoordförande.

3. Anmälan av stämmoordförandens val av protokollförare
Stämmoordförande anmälde Per Holm som protokollförare.

4. Godkännande av röstlängd
Beslutades att godkänna förteckningen på 31 röstberättigade som röstlängd.

5. Fråga om närvarorätt vid föreningsstämman
Beslutades att stämman skulle vara öppen.

6. Godkännande av dagordning
Beslutades att godkänna dagordningen.

7. Val av två personer att jämte stämmoordföranden justera protokollet
Beslutades att välja Eva Ek och Omar Said som protokolljusterare.

8. Beslut om arvoden
Styrelsen föreslog oförändrade arvoden.
Beslutades att arvodet till styrelsen ska vara ett inkomstbasbelopp.

9. Föreningsstämmans avslutande
Stämmoordföranden tackade och avslutade stämman.
"""

OCR_STAMMA = """PROTOKOLL
fört vid ordinarie föreningsstämma med Bostadsrättsföreningen Lönnen den 20 april 2022

& 1. Stämmans öppnande
Ordföranden förklarar föreningsstämman för öppen.

$ 2. Val av ordförande vid stämman
Till ordförande för stämman väljs Karin Lund.

& 3. Motioner
Motion 1, Cykelställ vid entrén. Styrelsen yrkar bifall.
Stämman beslutar,
att bifalla motionen.

$& 4. Avslutning
Ordföranden förklarar stämman avslutad.
"""


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_minutes_behind_an_e_signing_cover_are_named_by_their_own_heading(tmp_path) -> None:
    doc, structure = build_document(_written(tmp_path / "stamma.txt", SIGNED_STAMMA))
    assert (doc.doc_type, doc.body, doc.meeting_date) == ("protokoll", "Föreningsstämma", "2023-05-10")


def test_the_standard_agendas_officials_and_passive_decisions(tmp_path) -> None:
    _, structure = build_document(_written(tmp_path / "stamma.txt", SIGNED_STAMMA))
    assert structure.roles == {"ordförande": "Karin Lund", "sekreterare": "Per Holm", "justerare": "Eva Ek och Omar Said"}
    fees = next(item for item in structure.items if item.number == "8")
    assert fees.fields["Beslut"] == "Beslutades att arvodet till styrelsen ska vara ett inkomstbasbelopp."


def test_paragraph_signs_read_as_ampersand_or_dollar_still_number_the_items(tmp_path) -> None:
    _, structure = build_document(_written(tmp_path / "stamma.txt", OCR_STAMMA))
    assert [(i.number, i.title) for i in structure.items] == [
        ("§ 1", "Stämmans öppnande"), ("§ 2", "Val av ordförande vid stämman"), ("§ 3", "Motioner"),
        ("§ 4", "Avslutning")]


def test_a_preposition_is_no_shortened_body_name() -> None:
    """"hos datatekniksektionen" does not name "Höstmötet" (a word may be shortened as written: "bygg-au")."""
    meetings = [Meeting("a", "protokoll", "", "Höstmötet", "2018-11-20", "", ""),
                Meeting("b", "protokoll", "", "Byggnadsnämndens arbetsutskott", "2024-03-14", "", "")]
    assert bodies_named_in_full("vem justerade protokollet från mötet hos datatekniksektionen", meetings) == []
    assert bodies_named_in_full("vad beslutade bygg-au", meetings) == ["Byggnadsnämndens arbetsutskott"]


def test_a_bodys_administration_does_not_name_the_body() -> None:
    """"kommunstyrelsens förvaltning" is the municipality's staff, who attend other bodies' meetings."""
    meetings = [Meeting("a", "protokoll", "", "Kommunstyrelsen", "2007-01-08", "", ""),
                Meeting("b", "protokoll", "", "Byggnadsnämndens arbetsutskott", "2024-03-14", "", "")]
    assert bodies_named_in_full("vilka från kommunstyrelsens förvaltning var på arbetsutskottet", meetings) == []
    assert bodies_named_in_full("vad beslutade kommunstyrelsen om förvaltningens budget", meetings) == ["Kommunstyrelsen"]


def test_an_organisation_named_short_is_also_its_longer_letterhead_name() -> None:
    """"brf lönnen" names the minutes whose letterhead says "HSB Brf Lönnen i Uppsala" as well."""
    from assistant.answer.bodies import named_organisations

    organisations = ("Brf Lönnen", "HSB BRF LÖNNEN I UPPSALA", "Brf Eken")
    assert named_organisations("vem var stämmoordförande på brf lönnens stämma 2023", organisations) == (
        "Brf Lönnen", "HSB BRF LÖNNEN I UPPSALA")


def test_a_compound_whose_head_the_minutes_use_and_a_strong_past_verb_are_no_unknown_subject(tmp_path) -> None:
    """"elmätning" of minutes that write "individuell mätning", asked with "beslöt" of minutes that never write
    it, while other documents use both words: the minutes are about it, the answer is theirs."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from conftest import make_assistant
    from fakes import HashingEmbedder

    stamma = _written(tmp_path / "stamma.txt", (
        "PROTOKOLL fört vid extra föreningsstämma med Brf Lönnen den 20 september 2022\n\n"
        "§ 1. Stämmans öppnande\nOrdföranden förklarar stämman öppnad.\n\n"
        "§ 2. Beslut om att införa IMD (individuell mätning och debitering) av el\n"
        "Stämman beslutar,\natt föreningen skall införa IMD.\n\n§ 3. Avslutning\nStämman avslutades.\n"))
    other = _written(tmp_path / "nyhetsbrev.txt", (
        "Nyhetsbrev från Brf Eken, oktober 2022\n\nStyrelsen beslöt i augusti att utreda elmätning i garagen.\n\n"
        "Elmätning i varje lägenhet kostar mycket, men styrelsen beslöt att begära offerter.\n"))
    fillers = [_written(tmp_path / f"styrelse-{n}.txt", (  # enough passages that the two words are rare ones
        f"Protokoll styrelsemöte Brf Eken 2021-{n % 12 + 1:02d}-{n + 1:02d}\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
        f"2. Trädgården\nStyrelsen beslutade att anlita en trädgårdsfirma för {n} gårdar.\n")) for n in range(1, 28)]
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assert not assistant.ingest([stamma, other, *fillers]).errors
    answer = assistant.ask("vad beslöt brf lönnens extra föreningsstämma den 20 september 2022 om individuell elmätning")
    assert answer.found and "införa IMD" in answer.answer


def test_an_election_sentence_wrapped_over_two_lines_and_a_closing_below_its_heading(tmp_path) -> None:
    text = SIGNED_STAMMA.replace(
        "Beslutades att välja Eva Ek och Omar Said som protokolljusterare.",
        "Beslutades att jämte stämmoordföranden välja Eva Ek och Omar Said som\nprotokolljusterare.").replace(
        "Stämmoordföranden tackade och avslutade stämman.",
        "Stämmoordföranden tackade och förklarade stämman avslutad.\n\nStämman avslutades kl. 20:10")
    doc, structure = build_document(_written(tmp_path / "stamma.txt", text))
    spans = {name: doc.text[start:end] for name, (start, end) in structure.fact_spans.items()}
    assert structure.roles["justerare"] == "Eva Ek och Omar Said"
    assert spans["justerare"] == "Beslutades att jämte stämmoordföranden välja Eva Ek och Omar Said som\nprotokolljusterare."
    assert spans["avslutat"] == "Stämman avslutades kl. 20:10"


def test_a_month_written_short_or_before_the_year_and_punkt_of_a_paragraph(tmp_path) -> None:
    """"stämman sept 2022", "20 apr 2022": that month; "punkt 3" of minutes numbered "§ 3" is § 3."""
    from assistant.answer.periods import with_full_months

    assert with_full_months("stämman sept 2022 och mötet 20 apr. 2022") == "stämman september 2022 och mötet 20 april 2022"
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from conftest import make_assistant
    from fakes import HashingEmbedder

    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assert not assistant.ingest([_written(tmp_path / "stamma.txt", OCR_STAMMA)]).errors
    q = assistant.analyse("vad handlade punkt 3 om på brf lönnens stämma april 2022")
    assert (q.period.since, q.period.until[:7]) == ("2022-04-01", "2022-04")
    answer = assistant.ask("vad handlade punkt 3 om på brf lönnens stämma april 2022")
    assert answer.found and "§ 3 Motioner" in answer.answer


def test_an_election_item_whose_text_is_only_the_name_answers_who_was_elected(tmp_path) -> None:
    """"14. Val av revisor för 2018" over "Malena Wegin, Revidens Konsult Aktiebolag": no verb, still an election;
    the year before, "Valdes Niklas Helms … till revisor" is another year's."""
    from conftest import make_assistant
    from fakes import HashingEmbedder

    opening = "Årsstämma {year}\n\nFöreningen Leverantörer av Programvara\n\nDatum: {day}\n\nProtokoll\n\n"
    stamma_2018 = tmp_path / "stamma-2018.txt"
    stamma_2018.write_text(opening.format(year=2018, day="9 april 2018") +
                           "1. Mötets öppnande\n\nFörklarade ordföranden mötet för öppnat.\n\n"
                           "2. Val av revisor för 2018\n\nMalena Wegin, Revidens Konsult Aktiebolag\n\n"
                           "3. Mötets avslutande\n\nTackade ordföranden deltagarna.\n", encoding="utf-8")
    stamma_2017 = tmp_path / "stamma-2017.txt"
    stamma_2017.write_text(opening.format(year=2017, day="28 mars 2017") +
                           "1. Mötets öppnande\n\nFörklarade ordföranden mötet för öppnat.\n\n"
                           "2. Val av revisor\n\nValdes Niklas Helms, Helms Redovisningsbyrå till revisor.\n\n"
                           "3. Mötets avslutande\n\nTackade ordföranden deltagarna.\n", encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([stamma_2018, stamma_2017]).errors
    answer = assistant.ask("vem valdes till revisor för 2018 på årsstämman?")
    assert answer.found and "Malena Wegin" in answer.answer, answer.answer


def test_a_follow_up_about_something_else_asks_no_election(tmp_path) -> None:
    assistant = indexed(tmp_path, "stamma-2018.txt", (
        "Årsstämma 2018\n\nFöreningen Leverantörer av Programvara\n\nDatum: 9 april 2018\n\nProtokoll\n\n"
        "1. Val av valberedning\n\nValdes Jonas Feist samt Magnus Eriksson på ett år.\n\n"
        "2. Övriga ärenden\n\nInformerades om möjligheten att använda ImCodes lokaler i Visby under Almedalsveckan. "
        "Intresserade ombedes höra av sig till Hillar Loor snarast.\n"), refusal_threshold=0.0)
    history = [{"role": "user", "content": "vilka valdes till valberedning på årsstämman 2018?"},
               {"role": "assistant", "content": "Jonas Feist och Magnus Eriksson valdes på ett år."}]
    answer = assistant.ask("och vem ska man höra av sig till om man vill använda imcodes lokaler i visby?", history)
    assert answer.found and "Hillar Loor" in answer.answer, answer.answer


OLD_STAMMA = """PROTOKOLL
fört vid föreningsstämma i
Brf Lönnen i Uppsala
den 28 april 2009 i Församlingshemmet
§ 1.
Styrelsens ordförande Karin Lund hälsade medlemmarna välkomna och förklarade stämman öppnad.
§ 2.
Stämman valde Eva Ek till ordförande för stämman.
§ 3.
Stämman beslutade enligt valberedningens förslag att justera arvodena för styrelsen och revisorerna
sålunda
Ordförande och kassör kr 18 000 vardera, övriga ledamöter kr 12 000 vardera.
Arvodet till föreningsvald revisor kr 8 000.
§ 4.
För styrelsens förslag om tilläggsisolerade fönster redogjorde Omar Said. Offerten gäller samtliga lägenheter.
Stämman beslutade att godkänna styrelsens förslag om isolering av fönster till en kostnad av högst
fyra miljoner kronor.
§ 5.
Ordföranden förklarade stämman avslutad.
"""


def test_figures_a_decision_announces_are_what_was_decided(tmp_path) -> None:
    """"Stämman beslutade … att justera arvodena … sålunda" over the sums: the sums are the decision, not a
    passage that merely mentions the fees."""
    answers = indexed(tmp_path, "stamma-2009.txt", OLD_STAMMA)
    answer = answers.ask("Vilket arvode fick kassören enligt beslutet på stämman 2009?")
    assert answer.found and "kr 18 000 vardera" in answer.answer, answer.answer


def test_a_plural_that_drops_the_e_of_its_noun_is_the_noun(tmp_path) -> None:
    """"fönstren" of minutes that write "fönster": -el and -er nouns lose their e when they inflect."""
    from assistant.swedish import content_terms

    assert content_terms("fönstren") == content_terms("fönster") and content_terms("cyklar") == content_terms("cykel")
    answers = indexed(tmp_path, "stamma-2009.txt", OLD_STAMMA)
    answer = answers.ask("Vad beslutade stämman om fönstren?")
    assert answer.found and "fyra miljoner kronor" in answer.answer, answer.answer


def test_a_year_is_a_word_of_its_own() -> None:
    """"2022" is no "202" with a doubled consonant, and "2000" no "200" (kronor)."""
    from assistant.swedish import content_terms

    assert content_terms("2022 2000") == {"2022", "2000"}


def test_the_stamma_asked_is_the_one_that_met_in_the_year_named() -> None:
    """Three associations' meetings end in "stämma": "på stämman 2022" is the one that met in 2022, not the board
    or nominating committee the question also names."""
    from assistant.answer.bodies import meeting_at

    meetings = [Meeting("a", "protokoll", "", "Föreningsstämma", "2022-04-26", "", ""),
                Meeting("b", "bilaga", "", "Årsstämman", "", "", ""),
                Meeting("c", "kallelse", "", "Årsstämma", "2021-05-18", "", "")]
    question = "vilka styrelseledamöter valdes på stämman 2022 enligt valberedningens förslag"
    assert meeting_at(question, meetings, ["Valberedningen", "Styrelsen"], [date(2022, 4, 26)]) == ["Föreningsstämma"]
    assert meeting_at(question, meetings, ["Valberedningen", "Styrelsen"], []) == ["Valberedningen", "Styrelsen"]


def test_the_members_yearly_meeting_is_one_organ_under_its_three_names() -> None:
    """"årsmötet", "årsstämman" and "föreningsstämman" are the members' yearly meeting: an annual general meeting
    asked of an index whose minutes say "Föreningsstämma" finds them."""
    from assistant.answer.bodies import of_organs

    meetings = [Meeting("a", "protokoll", "", "Föreningsstämma", "2022-04-26", "", ""),
                Meeting("b", "protokoll", "", "Styrelsen", "2022-03-01", "", "")]
    assert [m.doc_id for m in of_organs(meetings, ["Årsmötet"])] == ["a"]


def test_members_with_voting_rights_are_counted_not_a_vote(tmp_path) -> None:
    answers = indexed(tmp_path, "stamma-2009.txt", OLD_STAMMA)
    assert answers.analyse("How many members with voting rights were present at the annual general meeting?") \
        .attribute == "count"


def test_the_association_a_notice_calls_is_its_organisation_not_the_host_of_the_venue() -> None:
    """"Medlemmarna i HSB:s bostadsrättsförening Lönnen kallas … i Brf Ekens föreningslokal": Lönnen's notice."""
    from assistant.documents.organisation import organisation_of

    head = ["Kallelse till ordinarie föreningsstämma Medlemmarna i HSB:s bostadsrättsförening Lönnen i Uppsala "
            "kallas härmed till", "ordinarie föreningsstämma i Brf Ekens föreningslokal på Storgatan 9"]
    assert organisation_of(head) == "HSB:s bostadsrättsförening Lönnen"
