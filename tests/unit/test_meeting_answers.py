"""The meeting model filled from the real corpus, question analysis, and each answer plan on real documents:
every citation quotes its document exactly at its offsets."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.answer.extractive import Answer
from assistant.answer.references import Reference
from assistant.index.store import Filters
from assistant.swedish import content_terms
from conftest import AGENDA, KUNGSBACKA, REPORT, make_assistant, quoted_lines
from fakes import HashingEmbedder

MINUTES_0314 = KUNGSBACKA / "kungsbacka_bygg-au_2024-03-14_protokoll.md"
BODY = "Byggnadsnämndens arbetsutskott"


@pytest.fixture(scope="module")
def answers(fast_corpus_index: Path) -> Assistant:
    """Read-only: questions never change the index."""
    return make_assistant(fast_corpus_index, HashingEmbedder())


def doc_id(assistant: Assistant, path: Path) -> str:
    return next(d["doc_id"] for d in assistant.documents() if Path(d["path"]).name == path.name)


def assert_exact(assistant: Assistant, answer: Answer) -> None:
    for c in answer.citations + answer.more_citations:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote, c


def subjects(question: str) -> set[str]:
    """Every subject term of the question, alternatives ("a eller b") included."""
    from assistant.answer.refusal import _subject_terms

    return {term for alternatives in _subject_terms(question) for terms in alternatives for term in terms}


# --- the meeting model -------------------------------------------------------------------------------


def test_agenda_header_facts_and_members_have_exact_spans(answers: Assistant) -> None:
    agenda = doc_id(answers, AGENDA)
    text = answers.index.document_text(agenda)
    facts = {f.name: f for f in answers.meetings.facts(agenda)}
    assert facts["tid"].value == "Tid: kl. 09:00-12:00"
    assert "Silvergruvan" in facts["plats"].value
    assert "7 februari 2025" in facts["nästa sammanträde"].value
    assert facts["justerare"].value.startswith("Åsa-Märta Sjöström utses")
    people = answers.meetings.people(agenda)
    olofsson = next(p for p in people if p.name == "Johanna Olofsson")
    assert (olofsson.party, olofsson.role, olofsson.place) == ("M", "Tredje vice ordförande", "Surahammar")
    for value in list(facts.values()) + people:
        assert text[value.start:value.end] in (getattr(value, "value", None), text[value.start:value.end])
    assert text[olofsson.start:olofsson.end] == "Johanna Olofsson (M), Tredje vice ordförande, Surahammar"


def test_minutes_items_fields_and_roles(answers: Assistant) -> None:
    minutes = doc_id(answers, MINUTES_0314)
    text = answers.index.document_text(minutes)
    items = answers.meetings.items(minutes)
    assert [i.number for i in items] == [f"§ {n}" for n in range(71, 83)]
    assert next(i for i in items if i.number == "§ 75").dnr == "BN-2024-000187"
    decided = next(f for f in answers.meetings.fields(minutes, "§ 78") if f.name == "Beslut")
    assert text[decided.start:decided.end] == decided.value
    assert decided.value.startswith("Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov")
    facts = {f.name: f.value for f in answers.meetings.facts(minutes)}
    assert "Stefan Vilumsons (SD)" in facts["justerare"] and "Sofie Axelsson" in facts["sekreterare"]
    assert any(d.paragraph == "§ 78" for d in answers.meetings.register.search(body=BODY))


def test_report_proposals_keep_number_and_group(answers: Assistant) -> None:
    report = doc_id(answers, REPORT)
    proposals = answers.meetings.proposals(report)
    assert [int(p.name) for p in proposals] == list(range(1, 41))
    fifth = proposals[4]
    assert fifth.label == "Staten" and fifth.value.startswith("5. Finansieringen")
    assert answers.index.document_text(report)[fifth.start:fifth.end] == fifth.value


def test_removing_a_document_removes_its_rows(fast_assistant: Assistant) -> None:
    minutes = doc_id(fast_assistant, MINUTES_0314)
    assert fast_assistant.meetings.counts(minutes)["items"] == 12
    assert fast_assistant.remove(minutes)
    assert set(fast_assistant.meetings.counts(minutes).values()) == {0}
    assert not fast_assistant.decisions.has_document(minutes)


# --- question analysis ---------------------------------------------------------------------------------


def test_question_analysis_resolves_body_date_references_and_attribute(answers: Assistant) -> None:
    q = answers.analyse("vem var protokolljusterare på bygg-au 14 mars?")
    assert q.bodies == (BODY,) and q.dates == (date(2024, 3, 14),)
    assert q.filters.body == BODY and q.filters.date_from == q.filters.date_to == "2024-03-14"
    assert "justerare" in q.roles and q.attribute == "person" and q.language == "sv"
    assert answers.analyse("vad säger förslag 27 och § 77?").references == (
        Reference("förslag", "27"), Reference("paragraf", "§ 77"))
    english = answers.analyse("when did the meeting on 1 February 2024 start?")
    assert english.english and english.dates == (date(2024, 2, 1),) and "sammanträde" in english.search_text
    assert answers.analyse("vad beslutade bygg-au på förra mötet").period.since == "2024-03-14"


# --- answer plans ------------------------------------------------------------------------------------


def test_direct_lookup_of_a_role_quotes_the_member_line(answers: Assistant) -> None:
    answer = answers.ask("vem är tredje vice ordförande och vilken kommun kommer hon ifrån")
    assert answer.found
    assert [c.quote for c in answer.citations] == ["Johanna Olofsson (M), Tredje vice ordförande, Surahammar"]
    assert_exact(answers, answer)


def test_where_and_how_long_gets_the_place_and_the_hours(answers: Assistant) -> None:
    answer = answers.ask("var hålls sammanträdet den 13 december 2024 och hur länge pågår det")
    quotes = [c.quote for c in answer.citations]
    assert any("Silvergruvan" in q for q in quotes) and any("09:00-12:00" in q for q in quotes), answer.answer


def test_list_of_members_from_a_place(answers: Assistant) -> None:
    answer = answers.ask("vilka ledamöter har hallstahammar")
    named = [line.split(" (")[0] for line in quoted_lines(answer.citations)]
    assert named == ["Catarina Pettersson", "Hans Strandlund"]
    assert_exact(answers, answer)


def test_filter_across_items_by_presenter(answers: Assistant) -> None:
    answer = answers.ask("vilka ärenden föredras av planarkitekten")
    assert answer.found and answer.citations
    assert all("planarkitekt" in c.quote for c in answer.citations)
    assert "Varla 3:22" in answer.answer  # the item each presenter belongs to is named
    assert_exact(answers, answer)


def test_who_presents_is_read_from_the_item_text_that_names_them(answers: Assistant) -> None:
    """An item with no "Föredragande" field tells who presents in a bullet of its text ("… Amanda Lindblad (S) …
    och Roger Haddad (L) … informerar"); "dra" an item is to present it."""
    answer = answers.ask("vilka skulle dra 40 steg för ett tryggare samhälle på SRB-mötet 13 december")
    assert "Amanda Lindblad" in answer.citations[0].quote and "Roger Haddad" in answer.citations[0].quote
    assert answer.citations[0].location.startswith("2024-12-13 punkt 6")
    other = answers.ask("vem föredrar nulägesbeskrivningen om kriminaliteten på strategisk regional beredning")
    assert other.citations[0].quote.startswith("Nulägesbeskrivning") and "Anders Östlund" in other.citations[0].quote
    assert_exact(answers, answer)


def test_who_tells_about_an_item_presents_it(answers: Assistant) -> None:
    """"Vem skulle berätta om rapporten …" asks who presents the item, not what the report says."""
    answer = answers.ask("Vem skulle berätta om rapporten 40 steg för ett tryggare samhälle på strategiska regionala "
                         "beredningen i december?")
    assert "Amanda Lindblad" in answer.citations[0].quote and "Roger Haddad" in answer.citations[0].quote
    assert answer.citations[0].location.startswith("2024-12-13 punkt 6")
    assert_exact(answers, answer)


def test_the_first_part_of_two_questions_keeps_its_own_subject(answers: Assistant) -> None:
    """"Informationen om Stockalid 1:4 på au sista februari – vem föredrog den och vilka tidigare beslut …": the
    first part's "den" is its own subject, so it is answered as asked (the presenter), not as a follow-up of the
    whole question about decisions."""
    answer = answers.ask("Informationen om Stockalid 1:4 på au sista februari – vem föredrog den och vilka tidigare "
                         "beslut hänvisades det till?")
    assert "Thinh Bui" in answer.citations[0].quote, answer.answer
    assert_exact(answers, answer)


def test_blev_det_verkligen_sa_asks_what_was_decided(answers: Assistant) -> None:
    """"I kallelsen stod det … Blev det verkligen så?" asks what was decided, so the decision is quoted."""
    asked = "I kallelsen till au den 1 februari stod det att nämnden inte skulle ge strandskyddsdispens för " \
            "solcellsparken på Ölmanäs 3:20. Blev det verkligen så?"
    assert answers.analyse(asked).about_decisions
    assert not answers.analyse("Blev det kallt på mötet?").about_decisions
    answer = answers.ask(asked)
    assert "beviljar strandskyddsdispens" in answer.citations[0].quote, answer.answer
    assert_exact(answers, answer)


def test_items_lacking_a_field_are_listed(answers: Assistant) -> None:
    answer = answers.ask("vilka punkter saknar förslag till beslut på strategisk regional beredning")
    assert answer.found
    assert any(c.location.startswith("punkt 7 Samverkan Mälardalens universitet") for c in answer.citations)
    assert_exact(answers, answer)


def test_numbered_proposal_is_looked_up(answers: Assistant) -> None:
    answer = answers.ask("vad säger förslag 27")
    assert answer.found and answer.citations[0].quote.startswith("27. ")
    assert_exact(answers, answer)


def test_reference_that_does_not_exist_says_what_does(answers: Assistant) -> None:
    answer = answers.ask("vad står i förslag 47")
    assert not answer.found and answer.citations == []
    assert "Förslag 47 finns inte" in answer.answer and "1–40" in answer.answer


def test_partial_answer_names_the_topic_and_counts_as_refusal(answers: Assistant) -> None:
    answer = answers.ask("vilket datum justerades protokollet från 14 mars")
    assert not answer.found
    assert [c.quote for c in answer.citations] == ["Plats och tid för justering Digital justering"]
    assert "inget datum" in answer.answer
    assert_exact(answers, answer)


def test_body_and_date_in_the_question_only_cite_that_meeting(answers: Assistant) -> None:
    for question in ("vem var protokolljusterare på bygg-au 1 februari?",
                     "vad blev det för beslut om strandskyddsdispens för ölmanäs 3:20 den 1 februari"):
        answer = answers.ask(question)
        assert answer.found and answer.citations, question
        assert {(c.body, c.meeting_date) for c in answer.citations} == {(BODY, "2024-02-01")}, question
        assert_exact(answers, answer)


def test_english_question_is_answered_with_an_english_lead(answers: Assistant) -> None:
    answer = answers.ask("when and where is the meeting on 13 december")
    assert answer.found and answer.answer.startswith("From the Swedish documents")
    assert "Tid: kl. 09:00-12:00" in quoted_lines(answer.citations)
    assert_exact(answers, answer)


def test_open_question_is_concise_with_the_rest_under_more(answers: Assistant) -> None:
    answer = answers.ask("vad föreslås om kamerabevakning")
    assert answer.found and len(answer.citations) <= 2
    numbers = [c.n for c in answer.citations + answer.more_citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(f"[{c.n}]" in answer.more for c in answer.more_citations)
    assert_exact(answers, answer)


def test_recurring_appeal_text_is_boilerplate(answers: Assistant) -> None:
    keys = answers.boilerplate()
    assert any("överklag" in key for key in keys)
    assert not any("gressela" in key for key in keys)


def test_decisions_against_the_proposal_join_agenda_and_minutes(answers: Assistant) -> None:
    answer = answers.ask("gick arbetsutskottet emot förvaltningens förslag i gressela-ärendet")
    assert answer.found and "förslaget avslag, beslutet bifall (emot förslaget)" in answer.answer
    kinds = {answers.index.document(c.doc_id)["doc_type"] for c in answer.citations}
    assert kinds == {"kallelse", "protokoll"}  # the proposal from the agenda, the decision from the minutes
    assert_exact(answers, answer)


@pytest.mark.parametrize("question", [
    "vilka ärenden avgjorde byggnadsnämndens arbetsutskott den 14 mars 2024 annorlunda än förvaltningen föreslog?",
    "vilka ärenden beviljade byggnadsnämndens arbetsutskott i kungsbacka den 14 mars 2024 fast förvaltningen hade "
    "föreslagit avslag?"])
def test_decisions_that_differ_from_the_proposal_however_asked(answers: Assistant, question: str) -> None:
    """The meeting's decisions against the proposal, not those a word of the question ("kungsbacka") names."""
    answer = answers.ask(question)
    assert answer.found and answer.answer.count("(emot förslaget)") == 3, answer.answer
    assert all(name in answer.answer for name in ("FÄLARED 2:9", "GRESSELA 6:9", "SÄRÖ 1:486")), answer.answer


def test_plans_never_quote_a_members_only_document(tmp_path: Path) -> None:
    """Header facts come from the meeting model, not from search: the user's groups must bind them too."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(AGENDA, folder / AGENDA.name)
    (folder / f"{AGENDA.name}.meta.toml").write_text('group = "presidiet"\n', encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assistant.ingest([folder])
    question = "vem justerar protokollet?"
    member = assistant.ask(question, filters=Filters(groups=("presidiet",)))
    assert "Åsa-Märta Sjöström" in member.answer and member.citations
    reader = assistant.ask(question, filters=Filters(groups=()))
    assert "Sjöström" not in reader.answer + reader.more
    assert not reader.citations + reader.more_citations


def test_no_decision_quotes_a_running_header_or_footer(fast_assistant: Assistant) -> None:
    """A Beslut that runs over a page break ends at the page's footer ("Justerandes sign", "Sida 2 av 9")."""
    import re

    furniture = re.compile(r"Justerandes sign|Utdragsbestyrkande|\bSida \d+ av \d+\b")
    decisions = fast_assistant.decisions.search()
    assert decisions
    leaking = [(d.meeting_date, d.paragraph) for d in decisions if furniture.search(d.text)]
    assert leaking == []


# --- meetings named by body and year, and what is asked about them ------------------------------------


def test_body_and_year_filter_to_that_meeting_and_leave_the_topic(answers: Assistant) -> None:
    """"årsmötet 2023": two bodies are called Årsmötet (Långasand 2023, Fristad 2017); the year picks the
    meeting, and neither the body's words nor the year are what the answer is about."""
    q = answers.analyse("hur många var närvarande på årsmötet 2017")
    assert q.filters.body == "Årsmötet" and (q.filters.date_from, q.filters.date_to) == ("2017-01-01", "2017-12-31")
    assert "arsmot" in q.terms and "arsmot" not in q.topic and "2017" not in q.topic
    answer = answers.ask("hur många var närvarande på årsmötet 2017")
    assert {c.meeting_date for c in answer.citations} == {"2017-02-18"}
    assert_exact(answers, answer)


def test_when_the_justering_was_posted_and_taken_down(answers: Assistant) -> None:
    """Municipal minutes certify the posting of their justering ("Anslag/Bevis … Datum för anslags uppsättande
    2025-02-26 Datum för anslags nedtagande 2025-03-20"): that certificate answers, for the meeting named."""
    answer = answers.ask("mellan vilka datum satt anslaget om justeringen av barn- och utbildningsnämndens protokoll från "
                         "februari 2025 uppe?")
    assert "2025-02-26" in answer.answer and "2025-03-20" in answer.answer, answer.answer
    assert {c.meeting_date for c in answer.citations} == {"2025-02-18"}
    assert_exact(answers, answer)


def test_where_a_meeting_was_held_from_a_row_of_labels(answers: Assistant) -> None:
    """"Datum  Plats" over "2023-07-25 kl 09.00  Kilagårds Gröna, Vesslunda": the place is the cell below."""
    answer = answers.ask("var hölls årsmötet 2023")
    assert answer.found and "Kilagårds Gröna" in answer.answer
    assert_exact(answers, answer)


def test_a_season_or_time_of_day_is_a_word_of_the_date_not_of_the_topic(answers: Assistant) -> None:
    """"när på dagen … sommaren 2023": the meeting's time and place, not a passage that says "dagen" or "sommar"."""
    answer = answers.ask("när på dagen började byalagets årsmöte sommaren 2023, och var?")
    assert "kl 09.00" in answer.answer and "Kilagårds Gröna" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_when_something_happened_at_a_meeting_is_not_the_meeting_time(answers: Assistant) -> None:
    """"när pausade vårmötet för pizza" asks about a line of the minutes, not when the meeting opened."""
    answer = answers.ask("när pausade vårmötet 2018 för pizza")
    assert "18:15" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_meeting_officials_elected_in_the_opening_items(answers: Assistant) -> None:
    """LiTHe kod's minutes elect their officials under "a. Mötesordförande" / "Mötet nominerar och väljer X";
    the chair of the association elected under item 8 is someone else."""
    answer = answers.ask("vem var mötesordförande på vårmötet 2018")
    assert "Christoffer Sjöbergsson" in answer.answer and "Frans Skarman" not in answer.answer
    answer = answers.ask("vem justerar protokollet från höstmötet 2019")
    assert "Erik Mansén" in answer.answer
    assert_exact(answers, answer)


def test_item_of_minutes_numbered_plainly_is_looked_up_by_punkt(answers: Assistant) -> None:
    answer = answers.ask("vad hände under punkt 11 på höstmötet 2019")
    assert "Ansvarsfriheten godkänns" in answer.answer + answer.more, answer.answer
    assert_exact(answers, answer)


def test_words_that_name_the_document_do_not_choose_its_sentence() -> None:
    from assistant.answer.extractive import names_of_document
    from assistant.swedish import content_terms

    text = "LiTHe kods vårmöte 2019 - Protokoll\n\n" + "Budgeten för 2019/2020 presenteras. Totala intäkter 168 000 kr.\n" * 20
    asked = content_terms("totala intäkterna i LiTHe kods budget")
    assert names_of_document(text, asked) == content_terms("LiTHe kods")
    assert names_of_document("§ 1 Kvarnbäcksbron\nNämnden beslutar att renovera Kvarnbäcksbron.",
                             content_terms("kvarnbäcksbron")) == frozenset()  # a short note is all head


def test_a_body_that_did_not_meet_in_the_month_named_is_refused(answers: Assistant) -> None:
    answer = answers.ask("vad beslutade barn- och utbildningsnämnden i juni")
    assert not answer.found and "inget sammanträde i juni" in answer.answer
    assert "inget sammanträde" not in answers.ask("vad beslutade barn- och utbildningsnämnden i mars").answer
    in_april = answers.ask("vad beslutade barn- och utbildningsnämnden i jönköping på aprilmötet 2025?")
    assert not in_april.found and "inget sammanträde i april 2025" in in_april.answer, in_april.answer  # its month


def test_genitive_stems_as_its_noun() -> None:
    from assistant.swedish import content_terms

    assert content_terms("Fristads") == content_terms("Fristad")
    assert content_terms("kommunens") == content_terms("kommun")
    assert content_terms("Västerås") != content_terms("Väster")  # -ås is no genitive


def test_a_body_is_named_by_all_its_words_not_by_one_of_them(answers: Assistant) -> None:
    assert answers.analyse("vad har riksrevisionen rekommenderat om placering av barn").bodies == ()
    assert answers.analyse("vem justerade bygg-au:s protokoll").bodies == (BODY,)
    assert answers.analyse("hur länge varade sammanträdet den 14 mars").bodies == ()  # "varade" is no "Vårmötet"


def test_a_generic_board_name_alone_is_no_filter(answers: Assistant) -> None:
    """Every association has a "Styrelsen": named without a date it narrows nothing."""
    q = answers.analyse("vad beslutade styrelsen om attestering av fakturor")
    assert q.filters.body == ""
    answer = answers.ask("vad beslutade styrelsen om attestering av fakturor")
    assert "attestera" in answer.answer + answer.more, answer.answer


def test_an_organisation_named_in_the_question_says_which_document(answers: Assistant) -> None:
    q = answers.analyse("hur hög är årsavgiften i långasands byalag")
    assert "Långasands Byalag" in q.organisations
    assert {"langasand", "byalag"} <= q.identifying  # they pick the document, not its sentence


def test_a_sentence_that_announces_brings_what_it_announces(answers: Assistant) -> None:
    """"Följande konferens har inkommit:" is followed by the conference, on a line of its own, not a bullet."""
    answer = answers.ask("vilken konferens har inkommit under kommande utbildningar i mars 2025")
    assert "Varbergsdagarna" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_month_in_a_compound_names_that_months_meeting(answers: Assistant) -> None:
    """"marsprotokollet": the minutes of the March meeting, not an unknown word."""
    q = answers.analyse("när sattes anslaget om marsprotokollet upp")
    assert (q.period.since, q.filters.date_from) == ("2025-03-01", "2025-03-01")
    hits = answers.retriever.search(q.search_text, 5, q.filters)
    assert hits and {h.chunk.meta.meeting_date for h in hits} == {"2025-03-18"}
    assert subjects("marsprotokollet") == subjects("protokollet") and "majorit" in subjects("med vilken majoritet")


def test_verbs_in_the_past_are_no_unknown_subject(answers: Assistant) -> None:
    answer = answers.ask("vilka ärenden utgick från arbetsutskottets sammanträde den 29 februari")
    assert "nämner inte det frågan gäller" not in answer.answer, answer.answer


def test_weak_verbs_in_the_past_are_no_subject_but_nouns_ending_alike_are() -> None:
    """"bestämde", "ställde", "köpte" frame the question; "värde" and "ärende" are what it is about."""

    terms = subjects("vilken medlemsavgift bestämde vårmötet och vem ställde frågan om värde")
    assert "medlemsavgift" in terms and "vard" in terms
    assert not {"bestamd", "stalld"} & terms


def test_strong_and_compound_verbs_are_no_subject() -> None:
    """"föreslog", "föreslås", "förde", "sköts", "erbjöd" frame the question like "bestämde": minutes that write
    "motionerat om att ändra stadgarna" answer "vilka stadgeändringar föreslog motionen"."""

    terms = subjects("vilka stadgeändringar föreslog motionen, vad föreslås, vem förde protokollet, vilka ärenden "
                     "sköts upp, vem erbjöd sig, vad slogs ihop, vad lät styrelsen göra")
    assert {"stadgeandring", "motion", "protokol"} <= terms
    assert not {"foreslog", "foreslas", "ford", "skot", "erbjod", "slog", "lat"} & terms, terms


def test_a_verbs_participle_is_no_subject() -> None:
    """"vilka var föreslagna justerare", "vem var utsedd att justera": the minutes write "Förslag: Anna Ek och …" or
    "Anna Ek utses att justera"; the participle frames the question like "föreslog" does. "förslaget" is a noun."""
    terms = subjects("vilka var föreslagna justerare, vem var utsedd att justera, vilka blev utsedda, vad var "
                     "föreslaget, vad sa förslaget")
    assert "juster" in terms and "forslag" in terms
    assert not {"foreslagn", "foreslag", "utsed", "utsedd"} & terms, terms


def test_a_strong_verbs_supine_is_no_subject() -> None:
    """"amanda lindblad som dragit skr:s trygghetsrapport", "vilka har de dragit igång samarbete med": the supine
    frames the question (the minutes write "föredrar", "har inlett"); the nouns stay subjects."""
    terms = subjects("som dragit trygghetsrapporten, vad har tagit mest tid, vem har skrivit budgeten")
    assert subjects("trygghetsrapporten budgeten tid") <= terms, terms
    assert not {"dragit", "tagit", "skrivit"} & terms, terms


def test_a_stance_on_what_is_possible_is_no_subject() -> None:
    """"vilka körer nämndes som tänkbara för en samarbetskonsert": the minutes list the choirs under "Eventuell
    sammarbetskonsert med annan kör, exempelvis"; "tänkbara", "möjliga", "aktuella" are the asker's stance."""
    terms = subjects("vilka körer nämndes som tänkbara för en samarbetskonsert, vilka lokaler är möjliga, vilka "
                     "aktuella frågor")
    assert {"kor", "lokal"} <= terms and not {"tankbar", "mojlig", "aktuel", "aktuell"} & terms, terms


def test_money_and_a_comparison_frame_an_amount_asked() -> None:
    """"hur mycket pengar hade kören i kassan i mars 2023 jämfört med feb 2024": the minutes write "Körens kassa,
    för närvarande 47 493,70 kr"; "pengar" and "jämfört" ask for the numbers, they are not what it is about."""
    terms = subjects("hur mycket pengar hade kören i kassan i mars 2023 jämfört med feb 2024")
    assert "kor" in terms and not {"peng", "jamford"} & terms, terms


def test_a_meeting_named_with_a_year_it_was_not_held_is_refused(answers: Assistant) -> None:
    answer = answers.ask("när hölls vårmötet 2020")
    assert not answer.found and "inget sammanträde under 2020" in answer.answer, answer.answer
    elected = answers.ask("vem valdes till ordförande på årsmötet 2016")  # not only when or where
    assert not elected.found and "inget sammanträde under 2016" in elected.answer, elected.answer
    board = answers.ask("vem valdes till ordförande för fristads styrelse 2017")  # the board elected, no meeting
    assert "inget sammanträde" not in board.answer, board.answer
    committee = answers.ask("vem fick ordförandeposten i socialutskottet när barn- och utbildningsnämnden valde "
                            "utskott den 18 mars 2025")  # a committee's chair elected, not the meeting's chair
    assert not committee.answer.startswith("Protokollet"), committee.answer


def test_attendance_under_a_numbered_heading_and_present_as_på_plats() -> None:
    from assistant.answer.asked import attribute_of, roles_of
    from assistant.documents.lines import split_lines
    from assistant.documents.present import people
    from assistant.documents.model import Structure

    text = "IX Årsmötesprotokoll 2021\n\n2 Närvarolista\n\n• Adam Chodorowski\n\n• Caroline Hirwing\n\n3 Mötesfunktionärer\n"
    structure = Structure()
    people(text, [ln for ln in split_lines(text) if ln.stripped], structure)
    assert [m.name for m in structure.members] == ["Adam Chodorowski", "Caroline Hirwing"]
    assert attribute_of("vilka var på plats på årsmötet 2021") == "person"
    assert roles_of("vilka var på plats på årsmötet 2021") == ("närvarande",)


def test_an_organisation_named_excludes_other_organisations_documents(answers: Assistant) -> None:
    q = answers.analyse("vad beslutades om årsavgiften i långasands byalag")
    owners = {d["doc_id"]: d["organisation"] for d in answers.documents()}
    assert q.filters.documents and all(owners[d] in ("", *q.organisations) for d in q.filters.documents)
    assert not any("Kungsbacka" in owners[d] for d in q.filters.documents)


def test_english_meeting_words_reach_the_swedish_text(answers: Assistant) -> None:
    q = answers.analyse("who was elected treasurer at the spring meeting 2018")
    assert q.english and {"kassor", "varmot"} <= set(q.terms), sorted(q.terms)


def test_where_the_meeting_is_from_a_dagordning(answers: Assistant) -> None:
    """A "dagordning" is an agenda as much as a "kallelse": its place ("kl 16.30 i Anne-Maries loge") answers."""
    answer = answers.ask("var hölls årsmötet 2019")
    assert "Anne-Maries loge" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_which_motions_lists_the_motions_of_any_document(answers: Assistant) -> None:
    answer = answers.ask("vilka motioner lämnades till årsstämman 2020")
    assert "elbilsladdare" in answer.answer and "cykelparkeringsplatser" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_when_the_meeting_closed_quotes_the_closing_line(answers: Assistant) -> None:
    answer = answers.ask("när avslutades vårmötet 2018")
    assert "19:52" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_what_was_on_the_agenda_lists_every_item_of_that_meeting(answers: Assistant) -> None:
    answer = answers.ask("vad stod på dagordningen för årsmötet 2019")
    assert answer.answer.startswith("Ärenden i Dagordningen Årsmötet 2019-07-09")
    assert "Val av valberedning" in answer.answer and "Mötet avslutas" in answer.answer
    assert_exact(answers, answer)


def test_a_motion_by_its_number_in_the_list_of_motions(answers: Assistant) -> None:
    answer = answers.ask("vad handlar motion 4 till årsstämman 2020 om")
    assert "elbilsladdare" in answer.answer, answer.answer
    assert_exact(answers, answer)
    missing = answers.ask("vad föreslår motion 9")
    assert not missing.found and "Motion 9 finns inte" in missing.answer and "1–4" in missing.answer


def test_a_motion_by_its_number_is_the_one_about_the_topic_asked(answers: Assistant) -> None:
    """"motion 4 om laddplatser för elbilar" without a year: the 2020 list's "4. En motion angående elbilsladdare i
    garaget", not the 2021 notice's "Motion 4: Dörröppnare" (the notice's motions are numbered anew each year)."""
    answer = answers.ask("vad sa motion 4 om laddplatser för elbilar hos brf doktor lindh")
    assert "elbilsladdare" in answer.answer and "Dörröppnare" not in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_decision_about_a_property_is_that_propertys(answers: Assistant) -> None:
    """Two strandskyddsdispenser were decided on 1 February; the property named picks one."""
    answer = answers.ask("vad blev det för beslut om strandskyddsdispens för ölmanäs 3:20 den 1 februari")
    assert "ÖLMANÄS 3:20" in answer.answer and "KRÅKEKÄRR" not in answer.answer, answer.answer


def test_whether_anything_came_of_a_matter_asks_its_outcome() -> None:
    from assistant.answer.asked import ASKS_OUTCOME

    assert ASKS_OUTCOME.search("blev det nåt av detaljplaneändringen för simrishamn 2:80 eller lades den ner?")
    assert ASKS_OUTCOME.search("blev det nåt med rawfood-bageriet i Frillesås? förvaltningen ville ju bevilja")
    assert not ASKS_OUTCOME.search("blev det nåt fika på mötet?")
    assert ASKS_OUTCOME.search("förvaltningen ville ju bevilja rawfood-bageriet, gick au på det 29 feb?")
    assert ASKS_OUTCOME.search("gick nämnden på förvaltningens linje")
    assert ASKS_OUTCOME.search("ölmanäs 3:20 var uppe om strandskydd, vad gällde det och hur gick det")
    assert not ASKS_OUTCOME.search("hur gick det till när styrelsen valdes")  # how, not what came of it
    assert not ASKS_OUTCOME.search("vad gick förslaget ut på") and not ASKS_OUTCOME.search("vilka gick på mötet")


def test_short_questions_in_a_conversation_follow_up() -> None:
    from assistant.answer.conversation import is_follow_up

    assert is_follow_up("vem informerar") and is_follow_up("vilken avgift tas ut") and is_follow_up("och sekreterare?")
    assert not is_follow_up("vem justerar protokollet från 14 mars")  # a date: it stands alone
    assert not is_follow_up("vad föreslås om välfärdsbrott och kamerabevakning")
    # a word counts once, however many forms it is searched under ("avslogs": "avslog", "avslar")
    assert is_follow_up("Reserverade sig någon mot att det avslogs?")
    assert is_follow_up("har det hänt nåt mer med förskolan sen dess?")  # since what was just discussed
    assert is_follow_up("togs det upp något mer under övriga frågor?")  # more than what was just said
    # "the one just discussed", however many words the question has
    assert is_follow_up("fanns det nåt villkor kopplat till det lovet?") and is_follow_up(
        "vad sa kommunstyrelsen om den motionen sedan")
    assert not is_follow_up("var det styrelsen som beslutade om takbytet i huset på Storgatan")


def test_since_then_asks_of_the_meeting_named_and_every_later_one() -> None:
    from datetime import date

    from assistant.answer.periods import Period, after_the_named

    february = Period("2025-02-01", "2025-02-28")
    later = after_the_named("vad sas om förskolan i februari – har det hänt nåt mer sen dess?", [], february)
    assert later == Period("2025-02-01", "")
    assert after_the_named("vad hände sedan dess", [date(2024, 3, 14)], Period("", "")) == Period("2024-03-14", "")


def test_a_follow_up_asks_what_its_own_words_ask(answers: Assistant) -> None:
    """"vem var justerare där" after "när hölls höstmötet 2019": a person, not a time."""
    history = [{"role": "user", "content": "när hölls höstmötet 2019"}, {"role": "assistant", "content": "…"}]
    q = answers.analyse("vem var justerare där", history)
    assert q.attribute == "person" and q.roles == ("justerare",)
    chair = [{"role": "user", "content": "vem var ordförande den 29 februari 2024"}, {"role": "assistant", "content": "…"}]
    assert answers.analyse("och vilka revisorer var med?", chair).roles == ()  # other people, not the chair
    assert answers.analyse("och vem var kommunchef där?", chair).roles == ()  # an official by title, not the chair
    assert answers.analyse("och den 14 mars?", chair).roles == ("ordförande",)
    assert answers.analyse("ajournerades det mötet nån gång?", chair).roles == ()  # an event, not the chair
    assert answers.analyse("hur når man honom då?", chair).roles == ("ordförande",)  # the one just named
    assert answers.analyse("vem fick stipendiet? (kf med Bergsten som sekr, Åberg och Åslund justerare)").roles == ()
    assert answers.analyse("who was chosen to check (justera) the minutes?").roles == ("justerare",)  # a gloss
    assert "Erik Mansén" in answers.ask("vem var justerare där", history).answer


def test_a_colon_brings_the_table_it_announces(answers: Assistant) -> None:
    """"Invalda:" followed by the rows "Ordförande  Frans Skarman", "Kassör  Robin Silwa" …"""
    answer = answers.ask("vilka invaldes i lithe kods styrelse på vårmötet 2018")
    assert "Frans Skarman" in answer.answer and "Robin Silwa" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_an_item_named_by_a_compound_of_its_title(answers: Assistant) -> None:
    """"trygghetspunkten" is the item about trygghet."""
    from assistant.answer.questions import item_compound_heads
    from assistant.swedish import content_terms

    assert item_compound_heads("vilken bilaga hör till trygghetspunkten") == content_terms("trygghet")
    assert content_terms("trygghet") <= answers.analyse("vilken bilaga hör till trygghetspunkten").terms


def test_a_word_the_named_bodys_documents_never_use_is_refused(answers: Assistant) -> None:
    """Barn- och utbildningsnämndens minutes name no kassör (other associations' documents do)."""
    answer = answers.ask("vem är kassör i barn- och utbildningsnämnden")
    assert not answer.found and "Underlagen för Barn- och utbildningsnämnden nämner inte" in answer.answer
    kept = answers.ask("vem är ordförande i barn- och utbildningsnämnden")
    assert "nämner inte" not in kept.answer, kept.answer


def test_strong_verbs_meet_the_present_the_documents_write() -> None:
    from assistant.swedish import content_terms

    assert content_terms("utgår") <= content_terms("utgick") and content_terms("framgår") <= content_terms("framgick")


def test_an_english_month_names_the_meeting(answers: Assistant) -> None:
    q = answers.analyse("when was the meeting paused for pizza in may 2018")
    assert (q.period.since, q.period.until) == ("2018-05-01", "2018-05-31") and q.meetings
    answer = answers.ask("when was the meeting paused for pizza in may 2018")
    assert "18:15" in answer.answer, answer.answer


def test_an_official_of_the_meeting_that_treated_a_property(answers: Assistant) -> None:
    """"vem justerade protokollet där gressela 6:9 behandlades": the minutes whose item names the property."""
    answer = answers.ask("vem justerade protokollet där gressela 6:9 behandlades")
    assert "Stefan Vilumsons" in answer.answer and {c.meeting_date for c in answer.citations} == {"2024-03-14"}
    assert_exact(answers, answer)


def test_a_topic_only_mentioned_in_a_background_is_no_decision(answers: Assistant) -> None:
    """Kungsbacka's förhandsbesked mention "god kollektivtrafik" in their background; no decision is about it."""
    answer = answers.ask("vilka beslut togs om kollektivtrafiken i länet")
    assert "Beslut, nyast först" not in answer.answer, answer.answer
    kept = answers.ask("vad beslutades om strandskyddsdispens för ölmanäs 3:20")
    assert kept.found and "ÖLMANÄS 3:20" in kept.answer, kept.answer


def test_a_vote_asked_about_a_property_is_not_answered_by_another_meetings_vote(answers: Assistant) -> None:
    """GRESSELA 6:9 was decided without a vote; Fristad's annual meeting held one on another matter."""
    answer = answers.ask("hur röstade ledamöterna i omröstningen om gressela 6:9")
    assert not answer.found and "Fristad" not in answer.answer
    assert all("GRESSELA" in c.location for c in answer.citations), answer.citations


def test_a_list_written_one_sentence_per_line_is_quoted_whole() -> None:
    """Långasand's slate has no bullets: the sentence that announces it, then one candidate per line."""
    from assistant.answer.units import Unit, announced

    text = ("Val av sju ordinarie styrelseledamöter:\n\nCarl Tönsgård (omval) för en period på två år.\n"
            "Kiki Broholm (nyval) för en period på två år.\n\nÅrsmötet beslutade enligt valberedningens förslag.")
    units, at = [], 0
    for line in text.split("\n"):
        if line:
            units.append(Unit(at, at + len(line), line))
        at += len(line) + 1
    assert [u.text[:13] for u in announced(units[0], units)] == ["Carl Tönsgård", "Kiki Broholm "]


def test_which_ones_brings_every_row_of_the_list(answers: Assistant) -> None:
    answer = answers.ask("vilka omval föreslog valberedningen till långasands styrelse 2023")
    shown = answer.answer + answer.more
    assert all(name in shown for name in ("Carl Tönsgård", "Ylva Rudling", "Hans Andersson", "Ingrid Tönsgård")), shown
    assert_exact(answers, answer)


def test_an_organisation_named_prefers_its_own_documents(answers: Assistant) -> None:
    """Jönköping's minutes name no organisation (nor do documents beside them); they do not answer for LiTHe
    kod. A meeting that LiTHe kod's own documents do not hold widens to documents of no known organisation."""
    from assistant.answer.bodies import organisations_by_folder

    owners = organisations_by_folder(answers.documents())
    named = {doc for doc, owner in owners.items() if owner == "LiTHe kod"}
    q = answers.analyse("vem är ordförande i lithe kod 2019")
    assert set(q.filters.documents) == named
    wider = answers.analyse("vem var sekreterare på lithe kods styrelsemöte 2018")
    assert set(wider.filters.documents) > named


def test_a_document_naming_no_organisation_takes_the_one_most_of_its_folder_names() -> None:
    """A municipality's minutes name no organisation; beside them, two documents name the municipality and one
    tjänsteskrivelse names the association it is about. The minutes are the municipality's; a folder split evenly
    gives them none."""
    from assistant.answer.bodies import organisations_by_folder

    def docs(*owners: str) -> list[dict[str, str]]:
        return [{"doc_id": f"d{i}", "path": f"ks/d{i}.pdf", "organisation": owner} for i, owner in enumerate(owners)]

    owners = organisations_by_folder(docs("", "", "Alingsås kommun", "Alingsås kommun", "Holmalund City FF"))
    assert owners["d0"] == owners["d1"] == "Alingsås kommun" and owners["d4"] == "Holmalund City FF"
    assert organisations_by_folder(docs("", "Alingsås kommun", "Holmalund City FF"))["d0"] == ""


def test_a_nomination_is_no_question_about_the_meetings_chair(answers: Assistant) -> None:
    answer = answers.ask("vem föreslås som ny ordförande i lithe kod 2019")
    assert "Barn- och utbildningsnämnden" not in answer.answer
    assert "Olav Övrebö" in answer.answer + answer.more, answer.answer


def test_how_many_asks_a_number_and_names_no_topic(answers: Assistant) -> None:
    from assistant.answer.intents import _COUNT

    q = answers.analyse("hur många skrivelser kom in under granskningen")
    assert "mang" not in q.topic and "skriv" in q.topic
    assert _COUNT.search("Under granskningstiden inkom 12 skrivelser.") and _COUNT.search("fem ledamöter")
    assert not _COUNT.search("gav i november 2020 i uppdrag") and not _COUNT.search("den 29 november")


def test_how_many_without_a_number_is_a_partial_answer(answers: Assistant) -> None:
    """Egnahemsskolan's item states a sum of money, not how many pupils it has."""
    from assistant.answer.composer import _states_count

    assert not _states_count("att ställa 31 200 000 kronor till tekniska nämndens förfogande 2025-03-18")
    assert _states_count("Röstlängden fastställs till 14") and _states_count("Valberedningen föreslår fem ledamöter")
    assert not _states_count("Medlemmar kan skriva till styret om aktiviteter i läsperiod 3, se sidan 4.")  # which one
    answer = answers.ask("hur många elever går på egnahemsskolan")
    assert not answer.found, answer.answer
    kept = answers.ask("hur många var röstlängden på vårmötet 2018")
    assert kept.found and "14" in kept.answer, kept.answer


def test_an_answer_that_only_names_the_organisation_answers_nothing(answers: Assistant) -> None:
    """The husrådsmöte's title line names Brf Doktor Lindh and a date; nothing in it is about a roof."""
    answer = answers.ask("när byttes taket i brf doktor lindh")
    assert not answer.found and answer.citations == [], answer.answer


def test_how_many_prefers_a_number_of_what_it_counts() -> None:
    from assistant.answer.intents import _count_bonus, counted_stem

    counted = counted_stem("hur många belysningsmaster gäller ansökan")
    assert _count_bonus("Ansökan gäller uppsättning av 6 belysningsmaster", counted) > \
        _count_bonus("Belysningsmasterna är 18 meter höga.", counted) > 0
    assert counted_stem("hur många var närvarande") == ""


def test_the_lexical_half_searches_without_stopwords(answers: Assistant) -> None:
    """"vad ska göras med elektronikskroten": in a short chunk "vad", "ska" and "med" outweighed the one word
    the question is about."""
    from assistant.index.lexical import query_words

    assert query_words("vad ska göras med elektronikskroten") == "göras elektronikskroten"
    assert query_words("vad är det") == "vad är det"
    best, _ = answers.index.lexical().search("vad ska göras med elektronikskroten", 1)[0]
    assert "Elektronikskroten" in answers.index.chunks([best])[best].text


def test_a_decision_of_a_court_on_a_date_the_text_names_is_answered(answers: Assistant) -> None:
    """2023-01-27 is no meeting of ours but the date of the court's decision that the minutes recount."""
    answer = answers.ask("vad beslutade mark- och miljödomstolen 2023-01-27 om belysningsmasterna")
    assert "finns inte i underlagen" not in answer.answer, answer.answer


def test_items_in_which_a_named_person_did_what_is_asked(answers: Assistant) -> None:
    answer = answers.ask("i vilka ärenden yrkade lars eriksson (s)")
    assert answer.found and "FRILLESÅS-RYA 2:31" in answer.answer and "ALSLÖV 18:6" in answer.answer, answer.answer
    assert all("Lars Eriksson" in c.quote and "yrka" in c.quote for c in answer.citations)
    assert_exact(answers, answer)


def test_which_items_a_person_presented_is_no_question_about_the_person(answers: Assistant) -> None:
    """"föredrogs" is the presenter too; the answer is the item, not the line naming him among those present."""
    answer = answers.ask("vilka ärenden föredrogs av magnus björned den 1 februari")
    assert "Varla 6:18" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_which_items_a_named_body_treated_lists_its_meeting(answers: Assistant) -> None:
    """The body's own name is the filter, not a topic: items whose titles say "barn" are not what is asked."""
    answer = answers.ask("vilka ärenden behandlade barn- och utbildningsnämnden den 18 mars 2025")
    assert answer.answer.startswith("Ärenden i") and "Omställning av Egnahemsskolan" in answer.answer, answer.answer
    assert {c.meeting_date for c in answer.citations} == {"2025-03-18"}


def test_the_officials_present_are_listed_whole(answers: Assistant) -> None:
    answer = answers.ask("vilka tjänstepersoner var närvarande 29 februari")
    for name in ("Hanna Ståhl", "Kasra Hassirian", "Peter Sebestyén", "Rickard Ribbås"):
        assert name in answer.answer, answer.answer
    assert "Thure Sandén" not in answer.answer  # a member of the body, not an official
    assert_exact(answers, answer)


def test_officials_asked_beside_the_politicians_are_still_the_meetings_people(answers: Assistant) -> None:
    """"tjänstemän" and "politikerna" name the people at the meeting, not an event its text tells of (minutes
    whose items speak of "två politiker och en tjänsteman" are not asked about those items)."""
    from assistant.answer.which_meeting import rest_terms

    question = answers.analyse("vilka tjänstemän var med på arbetsutskottet den 29 februari utöver politikerna")
    assert rest_terms(question) == set()
    answer = answers.ask(question.text)
    for name in ("Hanna Ståhl", "Kasra Hassirian", "Peter Sebestyén", "Rickard Ribbås"):
        assert name in answer.answer, answer.answer


def test_members_substitutes_and_deciders_are_told_apart(answers: Assistant) -> None:
    """Bygg-au 2024-02-29 lists the members in one column and the serving substitute beside them ("Richard
    Hansson (C) ersätter Heinrich" / "Kaufmann (C)"): each question gets only the people it asks for, each
    quoted by its own cell (the substitute's with the cell below it that ends the name)."""
    members = answers.ask("vilka ledamöter var närvarande på byggnadsnämndens arbetsutskott 2024-02-29")
    assert quoted_lines(members.citations) == [
        "Thure Sandén (M), Ordförande", "Daniel Hognert (M)", "Lars Eriksson (S)", "Stefan Vilumsons (SD)"]
    substitute = answers.ask("vem ersatte heinrich kaufmann den 29 februari 2024")
    assert [c.quote for c in substitute.citations] == ["Richard Hansson (C) ersätter Heinrich", "Kaufmann (C)"]
    served = answers.ask("vem tjänstgjorde för heinrich kaufmann den 29 februari 2024")  # the serving substitute
    assert [c.quote for c in served.citations] == [c.quote for c in substitute.citations], served.answer
    stood_in = answers.ask("vem gick in för heinrich kaufmann den 29 februari 2024")  # as askers say it
    assert [c.quote for c in stood_in.citations] == [c.quote for c in substitute.citations], stood_in.answer
    instead = answers.ask("vem tjänstgjorde istället för kaufmann den 29 februari 2024")
    assert [c.quote for c in instead.citations] == [c.quote for c in substitute.citations], instead.answer
    deciders = answers.ask("vilka var beslutande på arbetsutskottet 2024-02-29")
    assert len(quoted_lines(deciders.citations)) == 6 and "Richard Hansson" in deciders.answer, deciders.answer
    for answer in (members, substitute, deciders):
        assert_exact(answers, answer)


def test_the_members_an_agenda_calls_are_no_answer_to_who_was_absent(answers: Assistant) -> None:
    """An agenda lists the members called; none of the documents says who was away ("Ej närvarande")."""
    absent = answers.ask("vilka ledamöter var frånvarande den 13 december")
    assert not absent.found and not absent.citations, absent.answer


def test_a_decision_by_the_proposal_in_the_report_brings_what_that_proposal_is(answers: Assistant) -> None:
    """BUN § 42 decides that the analysis "ska genomföras i enlighet med förslaget i utbildningsförvaltningens
    tjänsteutlåtande"; what that proposal is stands in the item's summary ("Det föreslås härmed att …")."""
    answer = answers.ask("vad beslutade barn- och utbildningsnämnden om barnkonsekvensanalys den 18 mars 2025")
    assert "i enlighet med förslaget" in answer.answer and "inte längre tas med" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_short_proposal_is_quoted_whole(answers: Assistant) -> None:
    """Annebergs centrum: "godkänner samrådsredogörelsen …" and "uppdrar åt samhällsbyggnadskontoret …" are one
    proposal in two paragraphs."""
    answer = answers.ask("vad föreslås om detaljplanen för annebergs centrum")
    assert "godkänner samrådsredogörelsen" in answer.answer and "uppdrar åt" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_how_often_asks_a_frequency_not_the_decision(answers: Assistant) -> None:
    answer = answers.ask("hur ofta ska byggnadsnämnden besluta om tillsynsplanen")
    assert "varje år" in answer.answer and "Beslut, nyast först" not in answer.answer, answer.answer


def test_a_document_naming_no_organisation_takes_its_folders(answers: Assistant) -> None:
    """Brf Doktor Lindh's valberedning proposal names no organisation in its first lines; the board's other
    documents beside it do, so a question naming the association may be answered from it."""
    from assistant.answer.bodies import organisations_by_folder

    owners = organisations_by_folder(answers.documents())
    by_name = {Path(d["path"]).name: owners[d["doc_id"]] for d in answers.documents()}
    assert by_name["valberedningens_förslag.pdf"] == "BRF Doktor Lindh"
    assert by_name["barn-och-utbildningsnamnden-2025-03-18.pdf"] == ""  # nothing beside it names one
    assert by_name["Verksamhetsberättelse för Långasands Fastighetsägareförening 2019.pdf"] == \
        "Långasands Fastighetsägareförening"  # its own name wins over its folder's


def test_a_law_reference_does_not_end_a_sentence() -> None:
    from assistant.answer.units import SENTENCE_END

    text = "Enligt 9 kap. 30 § plan- och bygglagen ska bygglov ges. Trots detta kan lov ges (prop. 1985/86:1 s. 285)."
    assert SENTENCE_END.split(text) == ["Enligt 9 kap. 30 § plan- och bygglagen ska bygglov ges.",
                                        "Trots detta kan lov ges (prop. 1985/86:1 s. 285)."]


def test_a_numbered_point_run_into_its_label_does_not_end_a_sentence() -> None:
    """A transcript runs the label into its first point ("Ordförandens förslag 1. Motionen är … besvarad."): the
    point's number is no sentence of its own, the point's end is."""
    from assistant.answer.units import SENTENCE_END

    text = ("Svar på motion om parkering Ordförandens förslag 1. Motionen är med vad som anförts besvarad. "
            "Sammanfattning I en motion yrkas parkering. Förslaget fastställs att gälla från 1 juli. 2. Avgiften "
            "höjs till 20 kronor år 2019. Nästa steg tas 2020.")
    assert SENTENCE_END.split(text) == [
        "Svar på motion om parkering Ordförandens förslag 1. Motionen är med vad som anförts besvarad.",
        "Sammanfattning I en motion yrkas parkering.", "Förslaget fastställs att gälla från 1 juli.",
        "2. Avgiften höjs till 20 kronor år 2019.", "Nästa steg tas 2020."]
    assert SENTENCE_END.split("Lägg ett meddelande i brevlådan i hus 3. Frågor skickas senast 8 maj.") == [
        "Lägg ett meddelande i brevlådan i hus 3.", "Frågor skickas senast 8 maj."]


def test_in_which_respects_is_no_question_about_agenda_items(answers: Assistant) -> None:
    """"på vilka punkter avviker …" asks in what respects, not which items of an agenda."""
    answer = answers.ask("på vilka punkter avviker tillbyggnaden på särö 1:486 från detaljplanen")
    assert not answer.answer.startswith("Ärenden i underlagen"), answer.answer


def test_why_prefers_the_motivation_to_the_decision_it_explains() -> None:
    from assistant.answer.intents import apply_intents
    from assistant.answer.units import Unit

    decision = Unit(0, 10, "Byggnadsnämnden beviljar inte strandskyddsdispens", score=5.0,
                    label="Förslag till beslut i byggnadsnämnden")
    motivation = Unit(20, 30, "Förvaltningen bedömer att det inte finns skäl att bevilja dispens.", score=4.0,
                      label="Beskrivning av ärendet")
    for unit in (decision, motivation):
        apply_intents(unit, {"reason"}, "field", "")
    assert motivation.score > decision.score


def test_why_knows_a_reason_given_with_causal_da() -> None:
    """"… då kallelsen skickades ut för sent" gives a reason; "Då beslutar mötet …" is only "then"."""
    from assistant.answer.intents import apply_intents
    from assistant.answer.units import Unit

    reason = Unit(0, 10, "Patrik kunde inte närvara idag då kallelsen skickades ut för sent.", score=4.0)
    purpose = Unit(0, 10, "Ledamöterna väcker frågan om att starta kl. 9.00, för att få tid till gruppmöte.", score=4.0)
    then = Unit(20, 30, "Då beslutar mötet att bordlägga frågan om inspektor.", score=4.0)
    for unit in (reason, purpose, then):
        apply_intents(unit, {"reason"}, "paragraph", "")
    assert reason.score > then.score and purpose.score > then.score


def test_a_compound_of_a_known_word_and_a_rare_one_is_no_unknown_subject(answers: Assistant) -> None:
    """"gårdsandlådorna" of documents that write "gård…" and "sandlådorna"; a compound whose head is common
    ("simhallen") stays unknown."""
    from assistant.answer.refusal import unknown_subject

    lexical = answers.index.lexical()
    assert unknown_subject(answers.analyse("när töms gårdsandlådorna"), lexical) == ""
    assert unknown_subject(answers.analyse("hur mycket kostar simhallen"), lexical)


def test_which_persons_asks_who_and_names_no_subject() -> None:
    """"vilka personer valdes till ledamöter" must not prefer the "justeringspersoner" elected."""
    from assistant.answer.extractive import topic_terms
    from assistant.swedish import content_terms

    topic = topic_terms(content_terms("vilka personer valdes till ledamöter i styrelsen"))
    assert not any(t.startswith("person") for t in topic) and "ledamot" in topic


def test_when_knows_a_day_written_with_its_ordinal_ending_and_klockan() -> None:
    """"torsdag den 10:e oktober klockan 18:00" says when, as "10 oktober kl. 18" does."""
    from assistant.answer.intents import apply_intents
    from assistant.answer.units import Unit

    when = Unit(0, 10, "Det första medlemsmötet ska hållas torsdag den 10:e oktober klockan 18:00.", score=4.0)
    other = Unit(20, 30, "Det första medlemsmötet ska ha ett symboliskt pris för kaffe.", score=4.0)
    for unit in (when, other):
        apply_intents(unit, {"time"}, "paragraph", "")
    assert when.score > other.score


def test_a_follow_up_of_a_follow_up_goes_back_to_their_topic() -> None:
    from assistant.answer.conversation import standalone_question

    history = [{"role": "user", "content": "vad beslutades om kaffebryggaren"}, {"role": "assistant", "content": "…"},
               {"role": "user", "content": "vem ska köpa den?"}, {"role": "assistant", "content": "…"}]
    assert standalone_question("hur mycket får den kosta?", history).startswith("vad beslutades om kaffebryggaren")


def test_words_that_only_ask_are_no_subject(answers: Assistant) -> None:
    """"hur mycket får den kosta": a passage stating the sum answers without saying "kosta" or "får"."""
    q = answers.analyse("hur mycket får kaffebryggaren kosta")
    assert q.subject_terms == content_terms("kaffebryggaren")


def test_english_planning_words_reach_the_swedish_minutes(answers: Assistant) -> None:
    from assistant.answer.english import glossary_words

    assert "belysningsmaster" in glossary_words("what was decided about the floodlights")
    assert "tak" in glossary_words("when was the roof repaired").split()


def test_an_english_name_of_a_municipal_body_is_not_its_words_one_by_one(answers: Assistant) -> None:
    """A "school board" is the nämnd for schools, not a "styrelse" (a housing co-operative's annual report is filed
    under "Styrelsen"); "board" alone still is."""
    from assistant.answer.english import glossary_words

    assert "utbildningsnämnd" in glossary_words("did the school board ask for more money")
    assert "styrelse" not in glossary_words("did the school board ask for more money").split()
    assert "styrelse" in glossary_words("who chaired the board meeting").split()
    q = answers.analyse("how much extra money did the Jönköping school board request for the Sanda school")
    assert "Styrelsen" not in q.bodies, q.bodies


def test_a_lettered_point_brings_its_sub_points(answers: Assistant) -> None:
    """Association minutes outline an item as "a. Swish …" / "i. Styrelsen bör undersöka saken": the sub-point
    is what was concluded about the point, and a roman-numbered heading's points are its list."""
    swish = answers.ask("vad beslutades om swish för lithe kod")
    assert swish.found and "Styrelsen bör undersöka saken" in swish.answer
    assert any("Swish" in c.quote for c in swish.citations)
    gamejams = answers.ask("vilka gamejams hölls enligt verksamhetsberättelsen på höstmötet 2019")
    assert "Fall, Global och Spring" in gamejams.answer
    assert_exact(answers, swish)
    assert_exact(answers, gamejams)


def test_a_roman_sub_point_brings_the_lettered_point_it_stands_under(answers: Assistant) -> None:
    """"b. Förenade teknik föreningar" / "i. Det finns nu en arbetsgrupp …, namnet är fastställt till FörTek": the
    letter after "i. Styrelsen bör undersöka saken" is the next point, not a point under it."""
    answer = answers.ask("vad är FörTek som togs upp på lithe kods höstmöte 2019")
    assert "Förenade teknik föreningar" in answer.answer and "arbetsgrupp på 4 personer" in answer.answer, answer.answer


def test_the_asked_attribute_alone_does_not_name_the_topic(answers: Assistant) -> None:
    """A cost found for another subject is no answer about the cost of a dinner the minutes only mention."""
    dinner = answers.ask("vad kostade jubileumssittningen")
    assert not dinner.found and not any("kronor" in c.quote for c in dinner.citations)


def test_the_year_of_a_report_is_no_meeting_filter() -> None:
    from assistant.answer.periods import Period, resolve_period

    dates = ["2024-02-01", "2025-02-18"]
    assert resolve_period("vad beslutade nämnden om patientsäkerhetsberättelsen 2024", dates) == Period()
    assert resolve_period("hur fördelas 2024 års nettoresultat", dates) == Period()
    assert resolve_period("vad beslutades på årsmötet 2023", dates) == Period("2023-01-01", "2023-12-31")
    assert resolve_period("när hölls sektionsmöte 3 verksamhetsåret 2018/2019", dates) == Period("2018-01-01", "2019-12-31")
    assert resolve_period("vem valdes verksamhetsåret 18/19", dates) == Period("2018-01-01", "2019-12-31")
    assert resolve_period("vad beslutades den 11/12", dates) == Period()
    assert resolve_period("hur stora var intäkterna i budgeten för 2019/2020", dates) == Period()
    # "underskottet från 2022": the year the deficit is from; "protokollet från 2024" still dates a meeting
    assert resolve_period("hur skulle underskottet från 2022 hanteras enligt årsmötet", dates) == Period()
    assert resolve_period("vad står i protokollet från 2024", dates) == Period("2024-01-01", "2024-12-31")
    # "när föreningen bildades": its first meeting in the documents
    assert resolve_period("hur hög medlemsavgift bestämdes när fripost bildades", dates) == Period(*dates[:1] * 2)


def test_a_month_meeting_takes_the_year_written_after_it() -> None:
    """"enligt decembermötet 2025": the year after the compound, not "årsstämman 2026" earlier in the question."""
    from assistant.answer.periods import Period, resolve_period

    asked = "när planeras årsstämman 2026, enligt decembermötet 2025?"
    assert resolve_period(asked, ["2025-12-16"]) == Period("2025-12-01", "2025-12-31")


def test_a_decision_question_on_an_item_quotes_its_decision(answers: Assistant) -> None:
    """"Plats och tid … kl. 08:15 – 12:15" answers when the meeting began; a question about the decision on an
    item whose summary matched best quotes the item's decision too, also when asked in English."""
    began = answers.ask("när började barn- och utbildningsnämndens sammanträde den 18 februari 2025")
    assert "08:15" in began.answer
    audit = answers.ask("what did the committee decide about the school absence audit")
    assert audit.found and "översänder tjänsteutlåtandet som svar till" in audit.answer
    secretary = answers.ask("who took the minutes of the children and education committee in february 2025")
    assert "Anna Engström" in secretary.answer
    for answer in (began, audit, secretary):
        assert_exact(answers, answer)


def test_a_list_is_the_block_its_lead_in_announces(answers: Assistant) -> None:
    """Minutes tell who informed about what: "X informerar från förskolan, bl.a. om" and Word's bullets (U+F0B7)
    under it. The list asked for is that block, lead-in included, not another speaker's bullets."""
    measures = answers.ask("vilka åtgärder nämnde stefan nilsson ekvall om förskolan i februari 2025")
    assert "Stefan Nilsson Ekvall informerar från förskolan" in measures.answer
    assert "Rosendala gårds förskola" in measures.answer and "Tabergsskolan" not in measures.answer
    assert "Övriga närvarande" not in measures.answer  # an attendance list names him but tells nothing he did
    assert_exact(answers, measures)


def test_a_fee_asked_is_a_sum_of_money_and_the_minutes_checking_date_is_a_fact(answers: Assistant) -> None:
    fee = answers.ask("vad kostade bygglovet för belysningsmasterna på dannebacka 2:18")  # also "18 meter höga"
    assert fee.found and "14 375 kronor" in fee.answer
    checked = answers.ask("när justerades protokollet från barn- och utbildningsnämnden 2025-02-18")
    assert "Protokollet justeras digitalt 2025-02-25" in checked.answer
    for answer in (fee, checked):
        assert_exact(answers, answer)


def test_a_stem_two_letters_shorter_still_matches() -> None:
    from assistant.answer.term_match import matches

    assert matches(content_terms("investeringskostnaden"), content_terms("Total investeringskostnad")) == 1
    assert matches(content_terms("ökar"), content_terms("ökas")) == 0


def test_what_happened_to_a_property_is_its_decision_and_hyphenated_names_are_properties(answers: Assistant) -> None:
    happened = answers.ask("vad hände med tölö 5:39")
    assert happened.found and "avslutar planuppdrag" in happened.answer
    q = answers.analyse("vilka fastighetsägare ska delges beslutet om släps-hagen 1:136")
    assert [r.value for r in q.references if r.kind == "fastighet"] == ["SLÄPS-HAGEN 1:136"]
    sent = answers.ask("vilka fastighetsägare ska delges beslutet om släps-hagen 1:136")
    assert sent.found and "Släps-Hagen 1:79" in sent.answer  # whom it is sent to, not the decision register
    for answer in (happened, sent):
        assert_exact(answers, answer)


def test_association_minutes_items_requests_and_elections(answers: Assistant) -> None:
    """Board minutes of a housing association (scanned, OCR): the item titled "Ekonomi" answers what was reported
    on the economy; a request quoted for a decision question brings the sentence granting it; no one was elected
    chair at that meeting, and nothing says what the pressure washer cost."""
    economy = answers.ask("vad gäller ekonomi på styrelsemötet i september 2018")
    assert economy.found and "Per är bortrest" in economy.answer
    request = answers.ask("vad beslutade styrelsen om hgf järvas förfrågan att låna lokalen")
    assert request.found and "Styrelsen bifaller förfrågan" in request.answer
    assert not answers.ask("vem valdes till ny ordförande på styrelsemötet i september 2018").found
    washer = answers.ask("vad kostade högtryckstvätten")
    assert not washer.found and "kronor" not in washer.answer
    for answer in (economy, request):
        assert_exact(answers, answer)


def test_items_of_a_kind_filtered_by_their_outcome(answers: Assistant) -> None:
    """"vilka förhandsbesked var negativa": the items of the dated meeting whose titles name the kind and whose
    decision (not the office's proposal) holds the outcome; a reservation is found by the field it is written in."""
    negative = answers.ask("vilka förhandsbesked var negativa den 1 februari 2024")
    assert "GUNDAL 2:8" in negative.answer and "ÖLMANÄS 1:17" in negative.answer
    assert "SLÄPS-HAGEN" not in negative.answer  # proposed negative, decided positive
    reserved = answers.ask("i vilka ärenden reserverade sig någon den 1 februari 2024")
    assert "LYNGÅS 3:3" in reserved.answer and "reserverar sig" in reserved.answer
    for answer in (negative, reserved):
        assert_exact(answers, answer)


def test_a_kind_of_item_after_an_adjective_and_misspelt(answers: Assistant) -> None:
    """"vilka äldre planuppdarg skulle avslutas": the kind is the word after the adjective, as the question's
    spelling correction reads it; every item of the dated meeting whose title names it, not four passages."""
    answer = answers.ask("vilka äldre planuppdarg skulle avslutas på arbetsutskottet 1 februari 2024")
    for place in ("Kolla 1:36", "Kyvik 4:15", "Tölö 5:39", "Rossared 5:18", "Nötegång 1:91"):
        assert place in answer.answer, place
    assert_exact(answers, answer)


def test_every_decision_of_a_dated_meeting_opens_its_list(answers: Assistant) -> None:
    listed = answers.ask("vilka beslut fattade barn- och utbildningsnämnden den 18 februari 2025")
    assert listed.found and "§ 27 Patientsäkerhetsberättelse 2024" in listed.answer and "§ 31" in listed.answer
    assert all(c.meeting_date == "2025-02-18" for c in listed.citations) and len(listed.citations) >= 10
    assert_exact(answers, listed)


def test_a_body_without_documents_and_a_party_never_stated_are_said_plainly(answers: Assistant) -> None:
    """What a nämnd proposes to kommunfullmäktige is no decision of kommunfullmäktige, whose documents the index
    does not hold; a person listed without party has none the documents state."""
    council = answers.ask("vad beslutade kommunfullmäktige om tilläggsanslaget för sanda")
    assert not council.found and "inga handlingar från kommunfullmäktige" in council.answer
    assert answers.ask("vad beslutade barn- och utbildningsnämnden om tilläggsanslaget för sanda").found
    party = answers.ask("vilket parti tillhör erik fogelberg")
    assert not party.found and "anger inget parti" in party.answer
    assert_exact(answers, party)


def test_a_committee_elected_at_a_named_body_is_no_body_missing(answers: Assistant) -> None:
    """"ordförandeposten i socialutskottet när barn- och utbildningsnämnden valde utskott": the nämnd met, the
    utskott is what it elected; only a body that met or decided and has no documents is said to be missing."""
    from assistant.answer.refusal import missing_body

    meetings = answers.meetings.meetings()
    elected = answers.analyse("vem fick ordförandeposten i socialutskottet när barn- och utbildningsnämnden "
                              "valde utskott den 18 mars 2025")
    assert missing_body(elected, meetings) == ""
    alone = answers.analyse("vilka beslut fattades i socialutskottet den 18 mars 2025")
    assert "socialutskottet" in missing_body(alone, meetings)


def test_nar_det_galler_is_no_question_of_time() -> None:
    from assistant.answer.asked import attribute_of

    assert attribute_of("vilka förslag riktar sig till staten när det gäller socialtjänsten") != "time"
    assert attribute_of("när ska nästa möte hållas") == "time"
    assert attribute_of("vilka förslag riktar sig till staten") == "list"  # things, not people


def test_nar_opening_a_clause_after_the_question_word_is_no_question_of_time() -> None:
    """"hur hanterade styrelsen X när den sammanträdde 7 maj": how, at the meeting the clause dates; "vilka ärenden
    lades till när KS sammanträdde 8/1": a list of that meeting's."""
    from assistant.answer.asked import attribute_of

    assert attribute_of("hur hanterade styrelsen mötet från 30 april när den sammanträdde 7 maj 2019?") == ""
    assert attribute_of("vad hände när mötet öppnades") == ""
    assert attribute_of("vad beslutades och när?") == "time"
    assert attribute_of("hur länge varade mötet när det hölls") == "time"
    assert attribute_of("vem var ordförande när utskottet behandlade varla 6:18") == "person"
    assert attribute_of("vem skrev protokollet på mötet 5 mars 2018 nar sekreteraren inte var dar") == "person"
    assert attribute_of("vilka ärenden lades till på dagordningen när kommunstyrelsen sammanträdde 8/1") == "list"


def test_an_annual_meeting_that_elects_the_chair_answers_with_that_election(answers: Assistant) -> None:
    """At LiTHe kod's spring meeting Christoffer Sjöbergsson chaired the meeting and Frans Skarman was elected
    ordförande for the year: "vem valdes till ordförande" asks for the election."""
    elected = answers.ask("vem valdes till ordförande på lithe kods vårmöte 2018")
    assert "Frans Skarman" in elected.answer
    assert_exact(answers, elected)


def test_a_decision_listed_is_not_quoted_again_under_more(answers: Assistant) -> None:
    answer = answers.ask("vad hände med egna hem 1")
    listed = [c.quote for c in answer.citations]
    assert answer.found and any("avslår ansökan" in quote for quote in listed)
    assert not any(" ".join(c.quote.split()) in " ".join(q.split()) for c in answer.more_citations for q in listed)
    assert_exact(answers, answer)


def test_which_paragraphs_a_meeting_treated_are_its_items(answers: Assistant) -> None:
    answer = answers.ask("vilka paragrafer behandlade barn- och utbildningsnämnden den 18 mars 2025")
    assert "§ 33" in answer.answer and "§ 34" in answer.answer
    assert all(c.meeting_date == "2025-03-18" for c in answer.citations)


def test_words_that_say_which_meeting_or_that_a_time_is_asked_are_no_subject() -> None:
    """"mötet" is any meeting (its synonym "sammanträde" need not stand in the minutes of a "möte"), and
    "klockslag" asks for a time: neither is a subject the documents must use."""
    from assistant.answer.asked import attribute_of

    found = subjects("hur röstade mötet i april 2024 om att utesluta en medlem")
    assert "sammantrad" not in found and "uteslut" in found
    assert not subjects("mellan vilka klockslag pågick sammanträdet") & {"klockslag", "sammantrad"}
    assert attribute_of("mellan vilka klockslag pågick sammanträdet") == "time"


def test_a_mandate_year_is_no_meeting_year_and_a_season_narrows_it() -> None:
    from assistant.answer.periods import Period, resolve_period

    dates = ["2023-11-16", "2024-03-07", "2024-11-14"]
    assert resolve_period("vad bestämdes om budgeten för 2025 på höstmötet i november 2024", dates) == \
        Period("2024-11-01", "2024-11-31")  # the month's own year, not the budget's
    assert resolve_period("vem blev vald till ordförande för 2025", dates) == Period()
    assert resolve_period("vilket resultat gjorde föreningen räkenskapsåret 2022", dates) == Period()
    assert resolve_period("vilka valdes till valberedning hösten 2023", dates) == Period("2023-08-01", "2023-12-31")
    assert resolve_period("vad beslutades i mars 2024", dates) == Period("2024-03-01", "2024-03-31")


def test_a_summer_and_the_time_after_a_season_are_periods() -> None:
    """"sommaren 2025" is June to August; "första sammanträdet efter sommaren 2026" the first meeting after it, or
    no meeting when none was held after it (not the last one before the summer); "före hösten" ends before it."""
    from assistant.answer.periods import Period, resolve_period

    dates = ["2026-05-11", "2026-06-15"]
    assert resolve_period("vad beslutades sommaren 2025", dates) == Period("2025-06-01", "2025-08-31")
    asked = "när är kommunstyrelsens första sammanträde efter sommaren 2026?"
    assert resolve_period(asked, dates) == Period("2026-09-01", "")
    assert resolve_period(asked, dates + ["2026-09-07", "2026-10-05"]) == Period("2026-09-07", "2026-09-07")
    assert resolve_period("vad beslutades före hösten 2026", dates) == Period("", "2026-07-31")


def test_which_items_the_body_took_up_lists_that_meetings_items(answers: Assistant) -> None:
    """The body may stand between the noun and the particle verb: "vilka ärenden tog nämnden upp"."""
    answer = answers.ask("vilka ärenden tog nämnden upp den 14 mars 2024")
    assert answer.answer.startswith("Ärenden i"), answer.answer[:200]
    assert "2024-03-14" in answer.answer.splitlines()[0]
    assert_exact(answers, answer)


def test_when_a_meeting_closed_is_not_answered_by_when_it_opened(answers: Assistant) -> None:
    """Fristad's board minutes of 21 November 2018 say it began "kl. 18:30" and never when it ended."""
    answer = answers.ask("när avslutades styrelsemötet den 21 november 2018")
    assert not answer.found and "inte när det avslutades" in answer.answer, answer.answer
    assert_exact(answers, answer)
    closed = answers.ask("när avslutades styrelsemötet 2013-10-09")  # LiTHe kod's minutes record it
    assert closed.found and "18:51" in closed.answer, closed.answer


def test_a_subject_word_is_known_by_its_stem_or_asks_for_content() -> None:
    from assistant.answer.known_words import stem_prefix

    assert stem_prefix("datorn") == "dator" and stem_prefix("verksamhetsplan") == "verksa"
    assert "innehal" not in subjects("vad innehåller verksamhetsplanen")


def test_a_body_called_by_its_head_noun_is_the_one_that_met_on_the_date_named() -> None:
    """Two nämnder in the index: "nämnden den 17 november" is the one that met that day, even when its name is a
    compound ("fritidsnämnden"); without a date neither, and a compound of another kind that holds no meetings
    ("valberedningen") does not stop "beredningen" from naming the one beredning."""
    from assistant.answer.bodies import named_by_head_noun
    from assistant.index.meetings import Meeting
    from assistant.swedish import content_terms

    meetings = [Meeting("a", "protokoll", "", "Tekniska nämnden", "2026-06-15", "", ""),
                Meeting("b", "protokoll", "", "Kultur- och fritidsnämnden", "2025-11-17", "", ""),
                Meeting("c", "protokoll", "", "Strategisk regional beredning", "2024-12-13", "", ""),
                Meeting("d", "bilaga", "", "Valberedningen", "", "", "")]
    asked = content_terms("vem var ordförande när nämnden sammanträdde")
    assert named_by_head_noun(asked, meetings, [date(2025, 11, 17)]) == ["Kultur- och fritidsnämnden"]
    assert named_by_head_noun(asked, meetings, [date(2026, 6, 15)]) == ["Tekniska nämnden"]
    assert named_by_head_noun(content_terms("vem är ordförande i beredningen"), meetings, []) == \
        ["Strategisk regional beredning"]
    assert named_by_head_noun(asked, meetings, []) == []  # either nämnd: the words of the question decide
    assert named_by_head_noun(asked, meetings[:1] + meetings[2:], []) == ["Tekniska nämnden"]


def test_who_reserved_quotes_the_items_reservations_or_says_there_is_none(answers: Assistant) -> None:
    """LYNGÅS 3:3 (§ 26, 1 February 2024) has a reservation; SÄRÖ 1:486 (§ 81, 14 March 2024) has none."""
    reserved = answers.ask("vem reserverade sig mot beslutet om bygglov för lyngås 3:3")
    assert reserved.found and any("Stefan Vilumsons (SD) reserverar sig" in c.quote for c in reserved.citations), \
        reserved.answer
    assert_exact(answers, reserved)
    none = answers.ask("vem reserverade sig mot beslutet om bygglovet för särö 1:486")
    assert not none.found and "ingen reservation" in none.answer, none.answer


def test_who_sits_on_a_committee_that_was_elected_needs_no_office_named() -> None:
    """"vilka sitter i valberedningen som valdes" asks for members: an answer need not say "ledamot"."""
    from assistant.answer.composer import _role_not_named
    from assistant.answer.questions import Question

    q = Question(text="", standalone="vilka sitter i valberedningen som valdes hösten 2023", language="sv",
                 terms=frozenset(), focus=frozenset(), search_text="", roles=("ledamot",))
    assert not _role_not_named(q, [])
    assert _role_not_named(Question(text="", standalone="vem valdes till ordförande", language="sv", terms=frozenset(),
                                    focus=frozenset(), search_text="", roles=("ordförande",)), [])


def test_of_several_bodies_named_the_meeting_is_the_scope_and_only_rare_words_must_be_in_it(answers: Assistant) -> None:
    """"valberedning på vårmötet 2024": the valberedning is who was elected, the vårmöte where. In the scope so
    found, a word used all over the corpus ("uppdrag") may be the asker's paraphrase; a rare one ("kassör") may
    not be missing."""
    from assistant.answer.bodies import meeting_among
    from assistant.answer.refusal import unknown_in_scope

    assert meeting_among(["Vårmötet", "Valberedningen"]) == ["Vårmötet"]
    assert meeting_among(["Tekniska nämnden", "Valberedningen"]) == ["Tekniska nämnden", "Valberedningen"]
    scope = "Mötet beslutar att ge styrelsen i uppgift att se över stadgarna."
    lexical = answers.index.lexical()
    assert not unknown_in_scope(answers.analyse("fick styrelsen något uppdrag kring stadgarna"), scope, lexical)
    assert unknown_in_scope(answers.analyse("vem var kassör när stadgarna sågs över"), scope, lexical)


def test_a_missing_word_refuses_only_when_no_more_specific_word_of_the_question_is_in_scope(answers: Assistant) -> None:
    """Of the meeting asked about, a rare word found ("egnahemsskolan") says the question is about what it holds; a
    missing word less rare than it ("kassören") is as likely the asker's own wording. The missing word refuses only
    when it is the most specific one ("kassör" beside the common "stadgarna", above)."""
    from assistant.answer.refusal import unknown_in_scope

    lexical = answers.index.lexical()
    scope = "Mötet diskuterade omställningen av Egnahemsskolan och vad den kostar."
    question = answers.analyse("vad sa kassören om omställningen av egnahemsskolan")
    idf = lexical.inverse_document_frequency
    assert idf("egnahemsskol") > idf("kassor") >= 3.5
    assert not unknown_in_scope(question, scope, lexical)


def test_a_heading_or_a_date_answers_no_who() -> None:
    """The hackerspace's board minutes end with "7.2 Justerare" for a signature that is not in the text: neither
    that heading nor the date line under the title answers "vem var justerare"."""
    from types import SimpleNamespace

    from assistant.answer.composer import _names_no_one
    from assistant.answer.units import only_heading
    from assistant.answer.questions import Question
    from assistant.answer.units import Unit

    signature = SimpleNamespace(meta=SimpleNamespace(item_number="7.2", item_title="Justerare"))
    assert only_heading("7.2 Justerare", signature) and not only_heading("Erik valdes till justerare.", signature)
    bulleted = SimpleNamespace(meta=SimpleNamespace(item_number="8", item_title="MX Alliansen"))
    assert only_heading("- 8. MX Alliansen", bulleted) and not only_heading("- Hittills ca 110 anmälda.", bulleted)
    who = Question(text="", standalone="vem var justerare på styrelsemötet", language="sv", terms=frozenset(),
                   focus=frozenset(), search_text="", attribute="person", roles=("justerare",))
    assert _names_no_one(who, [(None, [Unit(0, 10, "2016-03-14")])])
    assert not _names_no_one(who, [(None, [Unit(0, 40, "Erik Welander valdes till justeringsperson.")])])


def test_who_presented_prefers_the_sentence_that_presents() -> None:
    """"Who presented the audit report": "Adam Chodorowski föredrar revisorsberättelsen", and Lomma's "redovisar tf
    kultur- och fritidschef Thomas Kvist för ärendet", answer; a sentence about the report itself does not."""
    from assistant.answer.intents import apply_intents, intents_of
    from assistant.answer.units import Unit

    intents = intents_of("who presented the audit report at the 2021 annual meeting")
    presents, about = Unit(0, 1, "Adam Chodorowski föredrar revisorsberättelsen."), Unit(0, 1, "Revisorerna tillstyrker.")
    for unit in (presents, about):
        apply_intents(unit, intents, "field", "")
    assert presents.score > about.score
    swedish = Unit(0, 1, "Vid sammanträdet redovisar tf kultur- och fritidschef Thomas Kvist för ärendet.")
    apply_intents(swedish, intents_of("vem föredrog ärendet om kulturstipendiet"), "field", "")
    assert swedish.score > 0.5


def test_a_label_over_its_value_says_which_line_states_the_fact(answers: Assistant) -> None:
    """Jönköping's minutes set "Utses att justera" over "Gabriella Lönn"; her name stands first in the list of
    members above it, which is not the line that says she checks the minutes."""
    answer = answers.ask("vem justerade protokollet från barn- och utbildningsnämnden den 18 mars 2025")
    assert answer.found and any(c.quote.strip() == "Gabriella Lönn" for c in answer.citations), answer.answer
    assert "(SD)" not in answer.answer
    assert_exact(answers, answer)


def test_an_outcome_asked_without_the_word_beslut_is_the_decision(answers: Assistant) -> None:
    """"hur slutade ärendet", "vad kom nämnden fram till" ask what was decided, as "vad beslutade" does."""
    for question in ("hur slutade ärendet om direktbussen till bottnarydsskolans fritidshem",
                     "vad kom barn- och utbildningsnämnden fram till om egnahemsskolan"):
        answer = answers.ask(question)
        assert answer.answer.startswith("Beslut, nyast först:"), answer.answer
        assert_exact(answers, answer)
    assert "En extrainsatt busstur" in answers.ask("hur slutade ärendet om direktbussen till bottnarydsskolans "
                                                   "fritidshem").answer


def test_the_start_or_end_of_a_month_names_that_month() -> None:
    from assistant.answer.periods import Period, resolve_period, within

    assert resolve_period("vem justerade protokollet från mötet i början av februari 2026", []) == \
        Period("2026-02-01", "2026-02-31")
    end_of_may = resolve_period("vad beslutades i slutet av maj", ["2025-05-26", "2024-05-20"])
    assert within("2025-05-26", end_of_may) and not within("2024-05-20", end_of_may)


def test_a_decision_under_a_plainly_numbered_item_comes_from_the_register(answers: Assistant) -> None:
    """An association numbers its items "10", not "§ 10": its decisions are in the register all the same, and
    the answer names the item as "punkt 10"."""
    answer = answers.ask("vad beslutade vårmötet 2019 om medlemsavgiften")
    assert answer.answer.startswith("Beslut, nyast först:"), answer.answer
    assert "Vårmötet punkt 10 Fastställande av nästa års medlemsavgift" in answer.answer, answer.answer
    assert "20kr för nya medlemmar" in answer.answer
    assert_exact(answers, answer)


def test_the_first_meeting_is_the_earliest_and_every_other_week_is_a_frequency() -> None:
    from assistant.answer.intents import apply_intents
    from assistant.answer.periods import Period, resolve_period
    from assistant.answer.units import Unit

    dates = ["2014-01-30", "2013-01-08", "2013-01-21"]
    assert resolve_period("hur ofta skulle styrelsen träffas enligt det allra första styrelsemötet", dates) == \
        Period("2013-01-08", "2013-01-08")
    unit = Unit(0, 60, "Styrelsen beslutade att ha ett styrelsemöte varannan tisdag 20:00.")
    apply_intents(unit, {"frequency"}, "paragraph", "")
    assert unit.score > 0


def test_who_is_not_answered_by_a_title_that_only_repeats_the_question(answers: Assistant) -> None:
    """"vem vann hackathonet": the list of the year's events names "7. Hackathon", and no one who won it."""
    answer = answers.ask("vem vann hackathonet")
    assert not answer.found, answer.answer


def test_a_fee_is_answered_from_the_minutes_with_every_sum_of_its_calculation(answers: Assistant) -> None:
    """The notice proposes a fee the meeting may change (Rågelund 1:126: 27 500 kr proposed, 48 750 kr decided);
    what the meeting did stands in its minutes, and "Avgiften … Reducerad med … Kostnaden blir därför …" is one
    calculation, quoted whole."""
    answer = answers.ask("hur mycket blir kostnaden för förhandsbeskedet på släps-hagen 1:136 efter reduceringen")
    assert answer.found, answer.answer
    assert {c.doc_id for c in answer.citations} == {doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-01_protokoll.md")}
    for said in ("20 000 kronor", "Kostnaden blir därför 0 kronor"):
        assert said in answer.answer, answer.answer
    assert_exact(answers, answer)
    changed = answers.ask("vad blev avgiften för bygglovet på rågelund 1:126")
    assert "48 750 kronor" in changed.answer and "27 500 kronor." not in changed.answer.split("\n")[1], changed.answer


def test_a_question_about_an_items_attachment_is_asked_of_the_attached_report(answers: Assistant) -> None:
    """Item 6 of the SRB agenda lists "Bilaga Slutrapport-programberedning för trygghet - 40 steg …" under
    Beslutsunderlag; the report is a document of the index: what the attachment says stands there, not in the
    agenda's line. Asked which attachment it is, the agenda's line answers."""
    report = doc_id(answers, REPORT)
    answer = answers.ask("vad skriver bilagan till trygghetspunkten om polisens närvaro i kommunerna")
    assert answer.citations and {c.doc_id for c in answer.citations} == {report}, answer.answer
    assert "Polismyndigheten ska vara lokalt förankrad" in answer.answer, answer.answer
    assert_exact(answers, answer)
    from assistant.answer.attachments import asked_of_attachment

    documents = {d["doc_id"]: d for d in answers.index.documents()}
    which = answers.analyse("vad är det för bilaga till trygghetspunkten")
    assert asked_of_attachment(which, answers.meetings.meetings(), answers.meetings, documents) == which


def test_a_question_about_the_proposal_keeps_the_notice(answers: Assistant) -> None:
    answer = answers.ask("vad föreslås i kallelsen om rågelund 1:126")
    kallelse = doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-01_kallelse.md")
    assert kallelse in {c.doc_id for c in answer.citations}, answer.answer


def test_why_a_permit_was_refused_quotes_the_judgement_of_its_motivation(answers: Assistant) -> None:
    """A Beslutsmotivering opens by citing the law; the reason is the sentence that judges the case, which here
    runs over a page break."""
    answer = answers.ask("varför fick särö 1:132 avslag på bygglovet")
    assert "Förvaltningen bedömer att avvikelsen inte är liten eller förenlig med" in answer.answer, answer.answer
    assert any(c.quote.endswith("detaljplanens syfte.") for c in answer.citations), answer.citations
    assert_exact(answers, answer)


def test_a_quote_over_a_page_break_is_shown_without_the_pages_running_header(answers: Assistant) -> None:
    """The judging sentence of § 34's motivation runs over to page 96: the citation quotes the span, the answer shows
    the sentence without "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 96 (110)" between its words."""
    answer = answers.ask("varför får ölmanäs 3:20 strandskyddsdispens för solcellsparken")
    assert "riktning mot att klara moderna miljökrav" in answer.answer, answer.answer
    assert "SAMMANTRÄDESPROTOKOLL" not in answer.answer and "<!--" not in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_why_follows_a_motivation_that_refers_on_to_the_summarys_judgement(answers: Assistant) -> None:
    """"Ansökan avstyrks med stöd av … samt motivering nedan": the motivation only cites the law; the grounds are
    the judging sentence of the item's summary."""
    answer = answers.ask("varför avstyrks förhandsbeskedet för mossen 3:15")
    assert "inte vara lämplig för platsen" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_why_quotes_where_the_motivation_concludes(answers: Assistant) -> None:
    """A long motivation judges many things and then sums up ("Sammanfattningsvis …"): the answer brings both, and
    its first ground ("inte utgör en tillbyggnad") beside a later one that the question's words matched."""
    answer = answers.ask("varför avslogs bygglovet på lannekulla 20:31")
    assert "Sammanfattningsvis så bedöms de krav" in answer.answer, answer.answer
    refused = answers.ask("varför fick lannekula 20:31 avslag")
    assert "inte utgör en tillbyggnad" in refused.answer, refused.answer
    assert_exact(answers, answer)


def test_why_a_permit_was_refused_quotes_the_grounds_not_the_fee(answers: Assistant) -> None:
    """"Varför avslogs bygglovet": the decision and its motivation; the decision's fee paragraph, which every
    decision carries, waits under "Mer i underlagen"."""
    answer = answers.ask("varför avslogs bygglovet på egna hem 1")
    assert "avslår ansökan om bygglov" in answer.answer and "bedömer" in answer.answer, answer.answer
    assert "Avgiften för beslutet" not in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_what_is_proposed_is_the_proposals_att_satser(answers: Assistant) -> None:
    """"Vilka åtgärder föreslås": the item's summary says "vissa justeringar föreslås"; the proposal field lists
    them, one att-sats a paragraph, without the page's running header that stands between two of them, and without
    the item's documents and background that the question's words also match."""
    answer = answers.ask("vilka åtgärder föreslås för kommunens jobb- och ferieinsatser till unga")
    assert all(part in answer.answer for part in ("sommarpraktik upphör", "150 sommarjobb", "Ung omsorg")), \
        answer.answer
    assert "Utdragsbestyrkande" not in answer.answer
    assert "tjänsteutlåtande med bilagor" not in answer.answer and "Kommunfullmäktige beslutade" not in answer.answer
    assert_exact(answers, answer)


def test_proposals_addressed_to_a_group_are_the_groups_not_those_naming_the_topic(answers: Assistant) -> None:
    """"Vilka förslag riktar sig till staten när det gäller socialtjänstens förebyggande arbete": the proposals
    under "Staten" in that section, not only the one whose own text repeats the section's title."""
    answer = answers.ask("vilka förslag riktar sig till staten när det gäller socialtjänstens förebyggande arbete?")
    assert "30. Regeringen bör stärka stödet" in answer.answer and "31. Programberedningen vill" in answer.answer, \
        answer.answer
    assert_exact(answers, answer)


def test_proposals_of_what_an_actor_is_to_do_in_a_section(answers: Assistant) -> None:
    """"Vad rekommenderar rapporten att kommunerna själva ska göra när det gäller trygghet i den fysiska
    planeringen": the proposals that open with the actor right after that section's heading, though their group is
    "Medlemmarna", not "Kommunerna"."""
    answer = answers.ask("vad rekommenderar rapporten att kommunerna själva ska göra när det gäller trygghet i den "
                         "fysiska planeringen?")
    assert [c.quote[:4] for c in answer.citations] == ["37. ", "38. ", "39. "], answer.answer
    assert_exact(answers, answer)


def test_the_conditions_of_a_permit_are_a_field_of_its_item(answers: Assistant) -> None:
    """"Villkor" under a permit's proposal is a field like "Beslutsunderlag": asked for, it is quoted, from the
    minutes, the notice of the same item having none."""
    answer = answers.ask("vilka villkor gäller för bygglovet på lyngås 3:3")
    assert "kompletteras med dörrautomatik" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-01_protokoll.md")}
    assert_exact(answers, answer)
    decided = answers.ask("vad blev det för beslut om bygglovet för lyngås 3:3")  # the conditions are decided too
    assert "kompletteras med dörrautomatik" in decided.answer, decided.answer


def test_who_moved_a_condition_is_the_motion_not_the_condition_field(answers: Assistant) -> None:
    """"vem yrkade på villkoret att solcellsparken …": the person whose yrkande adds the condition, not the field
    "Villkor" the question names."""
    answer = answers.ask("vem yrkade på villkoret att solcellsparken vid Ölmanäs reningsverk ska ligga inom "
                         "verksamhetens område?")
    assert "Heinrich Kaufmann (C) yrka" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_an_organisation_named_with_a_month_it_did_not_meet_keeps_to_its_own_documents(answers: Assistant) -> None:
    """"judolägret som österlen budo ordnade i april 2023": a month without a meeting dates an event in the
    organisation's own reports; documents that name no organisation (another's minutes) do not join."""
    from assistant.answer.bodies import organisations_by_folder

    q = answers.analyse("hur många medlemmar hade lithe kod i mars 2019")
    owners = organisations_by_folder(answers.index.documents())
    assert q.filters.documents and {owners[d] for d in q.filters.documents} == {"LiTHe kod"}, q.filters.documents


def test_why_something_is_proposed_is_answered_by_the_minutes_motivation(answers: Assistant) -> None:
    """The notice's row states the proposal but no reason for it: "varför föreslås" is answered from the
    motivation in the minutes of the same meeting."""
    answer = answers.ask("varför föreslås negativt förhandsbesked för ölmanäs 1:17")
    minutes = doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-01_protokoll.md")
    assert {c.doc_id for c in answer.citations} == {minutes}, answer.answer
    assert "restriktiv hållning" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_an_items_heading_line_pins_the_items_first_passage(answers: Assistant) -> None:
    """"§ 53 Dnr BN-2023-001503" is kept in no passage; a lookup that pins the item by its start gets the item's
    first passage (its Beslut), not nothing."""
    minutes = doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-29_protokoll.md")
    chunks = {c.chunk_id: c for c in answers.index.document_chunks(minutes)}
    uncovered = [i for i in answers.meetings.items(minutes)
                 if not any(s <= i.start < e for c in chunks.values() for s, e in c.meta.segments)]
    assert uncovered
    for item in uncovered:
        pinned = answers.index.chunks_at(minutes, [item.start])
        assert len(pinned) == 1 and chunks[pinned[0]].meta.item_number == item.number, (item.number, pinned)


def test_which_permit_a_property_got_asks_for_the_decision(answers: Assistant) -> None:
    assert answers.analyse("vilket förhandsbesked fick lerberg 9:1").about_decisions
    assert answers.analyse("vilken strandskyddsdispens fick ölmanäs 3:20").about_decisions


def test_a_document_without_an_organisation_takes_the_nearest_named_folders() -> None:
    """Minutes in "stenalder/protokoll/" that name no organisation belong to the association its stämma pack in
    "stenalder/" names; a folder whose documents name two organisations decides nothing."""
    from assistant.answer.bodies import organisations_by_folder

    documents = [
        {"doc_id": "pack", "path": "corpus/stenalder/underlag-stamma-2025.pdf", "organisation": "Stenålderns samfällighet"},
        {"doc_id": "minutes", "path": "corpus/stenalder/protokoll/2024-11-21.pdf", "organisation": ""},
        {"doc_id": "a", "path": "corpus/mixed/a.pdf", "organisation": "Förening A"},
        {"doc_id": "b", "path": "corpus/mixed/b.pdf", "organisation": "Förening B"},
        {"doc_id": "c", "path": "corpus/mixed/sub/c.pdf", "organisation": ""},
        {"doc_id": "lone", "path": "corpus/other/lone.pdf", "organisation": ""},
    ]
    owners = organisations_by_folder(documents)
    assert owners["minutes"] == "Stenålderns samfällighet"
    assert owners["c"] == "" and owners["lone"] == ""


def test_when_a_meeting_began_is_read_from_its_minutes(answers: Assistant) -> None:
    """"när började och slutade mötet": what happened stands in the minutes ("Klockan 09:01-11:24"), not in the
    notice's announced "kl. 09:00"; "när börjar mötet" still reads the notice."""
    began = answers.ask("vilken tid började och slutade arbetsutskottets möte 29 februari 2024")
    minutes = doc_id(answers, KUNGSBACKA / "kungsbacka_bygg-au_2024-02-29_protokoll.md")
    assert {c.doc_id for c in began.citations} == {minutes} and "09:01-11:24" in began.answer, began.answer
    assert answers.analyse("när börjar arbetsutskottets möte 29 februari 2024").asks_minutes is False


def test_motions_votes_and_reservations_are_asked_of_the_minutes(answers: Assistant) -> None:
    """Who moved what, how the vote went, who reserved: only minutes record it, so a notice of the same meeting
    beside them is no answer, though the question says "förslag" ("vilket förslag vann")."""
    for question in ("vem yrkade vad och vilket förslag vann om alslöv 18:6",
                     "hur röstade arbetsutskottet om gressela 6:9", "vem reserverade sig mot beslutet om myra 6:19",
                     "vad bestämde arbetsutskottet om gressela 6:9"):  # "bestämde": what it decided
        assert answers.analyse(question).asks_minutes, question


def test_who_moved_what_quotes_the_motions(answers: Assistant) -> None:
    """"vem yrkade vad": the sentences that move or record motions, not the proposal they were moved against."""
    answer = answers.ask("vem yrkade vad om solcellsparken på ölmanäs 3:20")
    assert "Lars Erikssons (S) yrkande" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_how_long_the_meeting_lasted_and_who_checked_the_minutes(answers: Assistant) -> None:
    """Two header facts in one question: the meeting's hours (not when the minutes were checked) and the justerare."""
    answer = answers.ask("hur länge höll arbetsutskottets möte 29 februari 2024 på och vem var protokolljusterare")
    assert "09:01-11:24" in answer.answer and "Lars Eriksson (S)" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_which_paragraphs_the_minutes_hold_lists_them(answers: Assistant) -> None:
    """"vilka paragrafer omfattar bygg-au:s protokoll": a body named with a colon genitive is still the minutes'."""
    answer = answers.ask("vilka paragrafer omfattar bygg-au:s protokoll från 14 mars 2024")
    assert answer.answer.startswith("Ärenden i Protokollet") and "§ 71" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_who_moved_what_and_which_motion_won_quotes_every_motion_and_the_chairs_finding(answers: Assistant) -> None:
    """"vem yrkade vad och vilket förslag vann": each yrkande made at the meeting, cut before its motivation, and
    the chair's finding in the Beslutsgång, beside whatever passage of the item was found first."""
    answer = answers.ask("ALSLÖV 18:6 bygglov enbostadshus – vem yrkade vad och vilket förslag vann när ordföranden "
                         "ställde förslagen mot varandra?")
    assert "Lars Eriksson (S) yrkar bifall till Stefan Vilumsons (SD) yrkande" in answer.answer, answer.answer
    assert "finner att arbetsutskottet bifaller Stefan" in answer.answer, answer.answer
    assert_exact(answers, answer)
    sent_back = answers.ask("vilket ärende återremitterades på au-mötet 2024-02-29 och vem yrkade på återremiss?")
    assert "Lars Eriksson (S) yrkar på att återremittera ärendet" in sent_back.answer, sent_back.answer
    assert_exact(answers, sent_back)


def test_who_wanted_an_item_sent_back_quotes_the_motion_and_the_whole_finding(answers: Assistant) -> None:
    """"vem ville återremittera ärendet": the member who moved it, not only the decision; the chair's finding broken
    over a blank line ("… finner att arbetsutskottet" / "" / "bifaller det.") is quoted whole."""
    answer = answers.ask("lyngås 3:3, korttidsboendet på herrgården – vem ville återremittera ärendet på au 1 feb?")
    assert "Stefan Vilumsons (SD) yrkar att ärendet återremitteras" in answer.answer, answer.answer
    assert "finner att arbetsutskottet\n\nbifaller det." in [c.quote for c in answer.citations][-1], answer.answer
    assert_exact(answers, answer)


def test_what_was_decided_and_why_quotes_the_decision_before_its_grounds(answers: Assistant) -> None:
    """"vad beslutade au … och varför?": the decision itself and then its motivation, not the motivation alone; where
    the utskott only proposes to the nämnd ("Förslag till beslut i byggnadsnämnden"), that proposal is its outcome."""
    answer = answers.ask("Frillesås-Rya 2:31 (rawfood-bageriet) – vad beslutade au den 29 februari och varför?")
    assert "arbetsutskott återremitterar ärendet" in answer.answer, answer.answer
    assert "inte är färdigberett" in answer.answer, answer.answer
    assert_exact(answers, answer)
    refused = answers.ask("ölmanäs 3:20, dispensen för parkering och materialgård i mars – gick den igenom? "
                          "varför inte?")
    assert "Byggnadsnämnden beviljar inte strandskyddsdispens" in refused.answer, refused.answer
    assert_exact(answers, refused)


def test_a_quote_starting_mid_sentence_begins_where_its_sentence_does(answers: Assistant) -> None:
    """A blank line inside a sentence ("… det vill" / "" / "säga förvaltningens förslag …"): the quote begins
    with the sentence, and "Mer i underlagen" quotes nothing the answer above it quotes."""
    answer = answers.ask("vilket ärende återremitterades på au-mötet 2024-02-29 och vem yrkade på återremiss?")
    assert "Ordförande Thure Sandén (M) konstaterar att det finns två förslag till beslut, det vill" in answer.answer, \
        answer.answer
    assert not any(line.lstrip("- ").startswith("säga") for line in answer.answer.splitlines()), answer.answer
    quoted = [(c.doc_id, c.start, c.end) for c in answer.citations]
    assert not any(doc == c.doc_id and c.start < end and start < c.end
                   for c in answer.more_citations for doc, start, end in quoted), answer.more


def test_a_decision_on_which_members_moved_yrkanden_says_whose_proposal_won(answers: Assistant) -> None:
    """The register's decision of an item where yrkanden were made brings the chair's finding ("… finner att
    arbetsutskottet bifaller Stefan Vilumsons (SD) med fleras yrkande"), cited; one without yrkanden does not."""
    answer = answers.ask("vad beslutade arbetsutskottet om alslöv 18:6")
    assert answer.answer.startswith("Beslut, nyast först"), answer.answer
    assert "Beslutsgång: Ordföranden (M) prövar förslagen och finner att arbetsutskottet bifaller Stefan" in \
        answer.answer, answer.answer
    assert_exact(answers, answer)
    plain = answers.ask("vad beslutade arbetsutskottet om förhandsbeskedet för lerberg 9:1")
    assert plain.found and "Beslutsgång" not in plain.answer, plain.answer
    own = answers.ask("vad beslutade arbetsutskottet om bygglovet för SÄRÖ 1:486 den 14 mars")
    assert "bifaller eget yrkande" in own.answer and "Ordförande Thure Sandén (M) konstaterar" in own.answer, \
        own.answer  # whose "eget yrkande" won: the chair's, named where the Beslutsgång sets out the proposals
    assert_exact(answers, own)


def test_why_quotes_the_paragraph_that_gives_the_grounds(answers: Assistant) -> None:
    """"varför": the motivation's judging sentence and the rest of its paragraph, which says on what grounds
    ("… bosatt sig i husvagnen"); a sentence opening with "Därför" brings the sentence it follows from."""
    caravan = answers.ask("varför avslogs det tidsbegränsade bygglovet för husvagnen på dannebacka 1:4")
    assert "inte är av tillfällig karaktär" in caravan.answer and "bosatt sig i husvagnen" in caravan.answer, \
        caravan.answer
    assert_exact(answers, caravan)
    solar = answers.ask("varför fick köpstaden 1:39 inte bygglov för solceller")
    assert "elektromagnetiska störningar" in solar.answer, solar.answer
    assert_exact(answers, solar)


def test_the_paragraphs_of_the_minutes_come_with_the_officials_asked_beside_them(answers: Assistant) -> None:
    """"vilka paragrafer omfattar protokollet … och vem var sekreterare": the minutes' own "Paragrafer §§ 71-82",
    the secretary, then the items."""
    answer = answers.ask("vilka paragrafer omfattar bygg-au:s protokoll från 14 mars och vem var sekreterare?")
    assert "§§ 71-82" in answer.answer and "Sofie Axelsson" in answer.answer, answer.answer
    assert "§ 74: BUERA 16:24" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_question_naming_the_notice_and_the_minutes_is_answered_from_both(answers: Assistant) -> None:
    """"vad föreslog kallelsen …, och vad blev det i protokollet": the notice proposed not to grant the
    dispensation, the minutes granted it; the notice is not dropped for the minutes of its meeting."""
    answer = answers.ask("vad föreslogs i kallelsen om strandskyddsdispensen för ölmanäs 3:20 den 1 februari och vad "
                         "blev det enligt protokollet")
    assert "beviljar inte strandskyddsdispens" in answer.answer, answer.answer
    assert "beviljar strandskyddsdispens för anläggande av en solcellspark" in answer.answer, answer.answer


def test_a_measure_asked_of_an_item_that_states_none_is_not_answered(answers: Assistant) -> None:
    """"hur hög blir masten": the mast's item is secret in the published minutes and gives no height."""
    answer = answers.ask("hur hög blir den nya masten på hammerö 9:24")
    assert not answer.found, answer.answer


def test_a_substitute_whose_cell_wraps_is_quoted_with_the_rest_of_the_name(answers: Assistant) -> None:
    """The attendance table's cell "Richard Hansson (C) ersätter Heinrich" goes on in the same column below
    ("Kaufmann (C)"): both are quoted, each at its own offsets."""
    answer = answers.ask("vem tjänstgjorde som ersättare på arbetsutskottet 29 februari 2024 och för vem")
    assert "Richard Hansson (C) ersätter Heinrich" in answer.answer and "Kaufmann (C)" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_who_moved_what_in_english_is_read_from_the_minutes(answers: Assistant) -> None:
    """"who moved what … and which proposal won": the minutes' yrkanden and the chair's finding, not the notice."""
    answer = answers.ask("who moved what on alslöv 18:6 and which proposal won")
    assert "Lars Eriksson (S) yrkar bifall" in answer.answer and "finner att" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_party_named_in_words_finds_the_members_the_agenda_abbreviates(answers: Assistant) -> None:
    """"centerpartiet", "sverigedemokrater": the SRB agenda writes "Barbro Larsson (C)", "Kent Pettersson (SD)"."""
    centre = answers.ask("vem sitter för centerpartiet i beredningen")
    assert centre.found and [c.quote for c in centre.citations] == ["Barbro Larsson (C), Region Västmanland"], centre.answer
    sd = answers.ask("vilka ledamöter i srb är sverigedemokrater")
    assert sd.found and {c.quote.split(" (")[0] for c in sd.citations} == \
        {"Ingvar Jonsson", "Maria Liljedahl", "Jonny Emtin", "Kent Pettersson"}, sd.answer


def test_a_list_of_items_keeps_every_paragraph_of_one_case_and_gives_case_numbers_when_asked(answers: Assistant) -> None:
    """Four §§ of 1 February 2024 on one case (BN-2020-002255: altan, byggnad, plank, mur) are four items; "dnr?"
    asks for the case numbers beside the titles."""
    orders = answers.ask("vilka rättelseförelägganden togs upp 1 februari")
    assert orders.found and all(f"§ {n}" in orders.answer for n in (38, 39, 40, 41, 43, 45)), orders.answer
    secret = answers.ask("vilka sekretessärenden fanns på bygg-au 1 februari, dnr?")
    assert all(dnr in secret.answer for dnr in ("BN-2023-000367", "BN-2023-001597", "BN-2023-002544")), secret.answer


def test_why_a_case_got_its_outcome_is_answered_from_the_reasons_which_never_name_the_outcome(answers: Assistant) -> None:
    """"varför fick lannekulla 20:31 avslag": the Beslutsmotivering of § 60 says why; it never writes "avslag"."""
    why = answers.ask("varför fick lannekulla 20:31 avslag")
    assert why.found and why.citations and all("20:31" in c.location for c in why.citations), why.answer


def test_what_an_actor_should_do_is_what_the_report_proposes_for_it(answers: Assistant) -> None:
    """"vad ska SKR själv göra mot välfärdsbrottslighet": the report's proposals 11–14 under "SKR"."""
    todo = answers.ask("vad ska skr själv göra mot välfärdsbrottslighet enligt rapporten")
    assert todo.found and all(f"\n- {n}. " in todo.answer for n in (11, 13, 14)), todo.answer


def test_a_follow_up_wants_something_new_not_the_answer_it_follows(answers: Assistant) -> None:
    """"vad gjorde de i örebro" after "three study trips: Södertälje, Sollentuna and Örebro": what they did there,
    not the sentence that lists the trips again."""
    history = [{"role": "user", "content": "vart åkte skr:s programberedning på studieresor"},
               {"role": "assistant", "content": "Programberedningen gjorde tre studieresor: till Södertälje kommun, "
                                                "Sollentuna kommun och Örebro kommun."}]
    there = answers.ask("vad gjorde de i örebro", history)
    assert there.found and "situationell prevention" in there.answer, there.answer


def test_what_the_administration_judged_is_a_reason_in_past_tense_too() -> None:
    """"varför ett nytt beslut" for SKÅRBY 12:7: "Förvaltningen bedömde att nytt beslut behövs då …" gives the reason."""
    from assistant.answer.intents import apply_intents
    from assistant.answer.units import Unit
    from assistant.documents.model import ChunkKind

    judged = Unit(0, 0, "Förvaltningen bedömde att nytt beslut behövs då stora förändringar gjorts i fasaden.", 1.0)
    told = Unit(0, 0, "Handlingar inför slutbesked inkom 2023-10-18.", 1.0)
    for unit in (judged, told):
        apply_intents(unit, {"reason"}, ChunkKind.OTHER, "", "")
    assert judged.score > told.score


def test_a_question_naming_several_things_is_answered_on_each(answers: Assistant) -> None:
    """"brottsförebyggande, trygghet och säkerhet": the report defines all three, one line each."""
    from assistant.answer.enumerated import named_things

    assert len(named_things("hur definierar rapporten brottsförebyggande, trygghet och säkerhet")) == 3
    assert named_things("var och när hölls mötet") == []  # question words, not things
    defined = answers.ask("hur definierar rapporten brottsförebyggande, trygghet och säkerhet")
    quoted = quoted_lines(defined.citations)
    assert all(any(q.startswith(term) for q in quoted) for term in ("Brottsförebyggande –", "Trygghet –", "Säkerhet –")), \
        defined.answer


def test_det_as_a_dummy_subject_points_back_at_nothing(answers: Assistant) -> None:
    """"vad är det för bilaga till trygghetspunkten": a question of its own, also as the first part of two."""
    from assistant.answer.conversation import is_follow_up

    assert not is_follow_up("vad är det för bilaga till trygghetspunkten")
    assert not is_follow_up("finns det ett beslut om taket") and is_follow_up("vad kostade det")
    from assistant.answer.compound import part_turns, question_parts
    from assistant.answer.questions import Filters

    whole = "vad är det för bilaga till trygghetspunkten och vem har skrivit texten"
    (first, first_history, _), (second, second_history, _) = part_turns(
        question_parts(whole), whole, None, Filters(), lambda part: answers.analyse(part))
    assert (first, first_history) == ("vad är det för bilaga till trygghetspunkten", None)
    assert second.startswith("och ") and second_history  # "texten" leans on the first part


def test_dar_in_a_second_part_points_back_to_the_first_parts_meeting(answers: Assistant) -> None:
    """"När hölls LiTHe kods vårmöte 2020 och vem valdes till ordförande där?": "där" is that meeting; the club
    held none that spring, so no other meeting's chair is offered."""
    from assistant.answer.compound import part_turns, question_parts
    from assistant.answer.questions import Filters

    whole = "När hölls LiTHe kods vårmöte 2020 och vem valdes till ordförande där?"
    _, (second, second_history, _) = part_turns(
        question_parts(whole), whole, None, Filters(), lambda part: answers.analyse(part))
    assert second.startswith("och ") and second_history
    answer = answers.ask(whole)
    assert not answer.found and "Övrebö" not in answer.answer, answer.answer


def test_a_second_part_of_only_a_verb_and_a_year_asks_about_the_first(answers: Assistant) -> None:
    """"ombudget o resultatfond 2023 för byggnadsnämnden – hur mkt går till resultatfonden och vad flyttas över till
    2024?": the second part names nothing of its own, so it is asked about the first part's subject."""
    from assistant.answer.compound import part_turns, question_parts
    from assistant.answer.questions import Filters

    whole = "ombudget o resultatfond 2023 för byggnadsnämnden – hur mkt går till resultatfonden och vad flyttas över " \
            "till 2024?"
    _, (second, second_history, _) = part_turns(
        question_parts(whole), whole, None, Filters(), lambda part: answers.analyse(part))
    assert second.startswith("och ") and second_history
    answer = answers.ask(whole)
    assert "RÅGELUND" not in answer.answer and "Ombudget och resultatfond 2023" in answer.answer, answer.answer


def test_mailing_is_asked_in_the_words_notices_use(answers: Assistant) -> None:
    """"kan man maila röstsedeln": the notice writes "Röstsedel kan alltså ej skickas digitalt"."""
    from assistant.answer.english import meeting_words

    assert "digitalt" in meeting_words("kan jag mejla den?")
    answer = answers.ask("kan man maila röstsedeln till doktor lindhs stämma i maj 2021?")
    assert "ej skickas digitalt" in answer.answer, answer.answer


def test_a_body_chosen_as_a_filter_names_its_meetings(answers: Assistant) -> None:
    """The second part of "hur länge pågick nämndens möte i mars 2025, och vilka paragrafer omfattar protokollet"
    is asked with the first's body and month: they name the meeting whose protocol it asks of, as a user's own
    body and date filters do."""
    chosen = Filters(body="Barn- och utbildningsnämnden", date_from="2025-03-01", date_to="2025-03-31")
    q = answers.analyse("vilka paragrafer omfattar protokollet?", None, chosen)
    assert q.meetings and all("2025-03-18" in doc for doc in q.meetings)
    answer = answers.ask("hur länge pågick barn- och utbildningsnämndens möte i mars 2025, och vilka paragrafer "
                         "omfattar protokollet?")
    assert "14:10" in answer.answer and "33-45" in answer.answer, answer.answer
    assert_exact(answers, answer)


@pytest.mark.parametrize("question", ["blir det någon direktbuss till fritidshemmet i Bottnarydsskolan?",
                                      "blev det nån direktbuss för barnen i ryd till fritidshemmet?"])
def test_blir_det_nagon_asks_what_was_decided(answers: Assistant, question: str) -> None:
    """"blir det någon buss till fritidshemmet", "blev det nån buss": whether it was decided, so the item's
    decision is quoted with the background that names the topic."""
    answer = answers.ask(question)
    assert "extrainsatt busstur" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_the_next_meeting_is_the_bodys_next_in_the_documents_or_said_to_be_untold(answers: Assistant) -> None:
    """Bygg-au's documents never state their next meeting: after 1 February it is the meeting of 29 February in
    the documents; after 14 March, the last one, the answer says so instead of quoting another item."""
    after_first = answers.ask("när har bygg-au nästa sammanträde efter 1 februari")
    assert after_first.found and after_first.citations[0].meeting_date == "2024-02-29", after_first.answer
    after_last = answers.ask("när har bygg-au nästa sammanträde efter 14 mars")
    assert not after_last.found and "nästa sammanträde" in after_last.answer, after_last.answer
    told = answers.ask("när är nästa sammanträde för strategisk regional beredning")
    assert told.found and "7 februari 2025" in told.answer, told.answer


def test_proposals_filtered_by_what_they_name(answers: Assistant) -> None:
    """"vilka av förslagen gäller regionerna": every proposal whose text names the regions, each cited; the report
    has no group "Regionerna" to quote instead."""
    regions = answers.ask("vilka av förslagen i 40 steg gäller regionerna")
    numbers = {c.location.split()[1] for c in regions.citations}
    assert regions.found and {"2", "21", "28", "29"} <= numbers and "5" not in numbers, regions.answer
    assert all(c.quote.startswith(f"{c.location.split()[1]}. ") for c in regions.citations)


def test_what_a_report_asks_of_an_actor_is_its_proposals_naming_the_actor(answers: Assistant) -> None:
    """"vad kräver rapporten av polisen": the proposals naming the police, the one it is written to first; "vad tycker
    SKR att kommunerna och regionerna själva ska göra mot välfärdsbrott": the one on the topic they are to do."""
    police = answers.ask("vad kräver skr:s rapport 40 steg av polisen?")
    numbers = [c.location.split()[1] for c in police.citations]
    assert police.found and numbers[0] == "8" and "9" in numbers, police.answer
    members = answers.ask("Vad tycker SKR att kommunerna och regionerna själva ska göra mot välfärdsbrott?")
    numbers = [c.location.split()[1] for c in members.citations]
    assert members.found and numbers == ["15"], members.answer  # the one they are to do: its subject
    known = answers.ask("vad vill beredningen veta om polisens klassning av utsatta områden")  # "av" of a noun
    assert not known.answer.startswith("Förslag som nämner"), known.answer


def test_whether_a_matter_came_back_is_answered_from_the_later_meeting(answers: Assistant) -> None:
    """"kom myra 6:19 tillbaka sen?": it was struck on 29 February and refused on 14 March; asked after a
    question about 29 February, the later meeting still answers."""
    back = answers.ask("kom myra 6:19 tillbaka sen?")
    assert back.found and back.citations[0].meeting_date == "2024-03-14" and "avslår" in back.answer, back.answer
    history = [{"role": "user", "content": "vilka ärenden utgick på bygg-au den 29 februari?"},
               {"role": "assistant", "content": "MYRA 6:19 och ÅSA 3:338 utgick."}]
    again = answers.ask("togs myra 6:19 upp igen senare och vad beslutades då?", history)
    assert again.found and "2024-03-14" in {c.meeting_date for c in again.citations}, again.answer


def test_what_was_decided_in_the_end_is_not_refused_as_a_month_the_body_did_not_meet(answers: Assistant) -> None:
    """"… till slut … efter februari 2024": every meeting from February on, of which the body held some."""
    end = answers.ask("vad beslutade byggnadsnämndens arbetsutskott till slut om myra 6:19 efter februari 2024?")
    assert end.found and end.citations[0].meeting_date == "2024-03-14" and "avslår" in end.answer, end.answer


def test_the_outcome_asked_against_what_the_notice_said_is_asked_of_the_minutes(answers: Assistant) -> None:
    """"i kallelsen stod avgiften 13 750 kr, vad blir den nu …": the notice and its sum are the premise, not what is
    searched for; the minutes' decision answers."""
    from assistant.answer.asked import doc_kind_asked, without_premise

    premise = "gressela – i kallelsen stod avgiften 13 750 kr, vad blir den nu när lovet beviljades?"
    assert doc_kind_asked(premise) == "protokoll" and doc_kind_asked("vad står i kallelsen om gressela?") == "kallelse"
    assert "13" not in without_premise(premise).split() and "kallelsen" not in without_premise(premise)
    assert without_premise("vilket ärende i kallelsen kostar 13 750 kr?") == "vilket ärende i kallelsen kostar 13 750 kr?"
    fee = answers.ask("gressela 6:9 – i kallelsen stod avgiften 13 750 kr, vad blev den när lovet beviljades?")
    assert fee.found and "protokoll" in fee.citations[0].doc_id and "100 000 kronor" in fee.answer, fee.answer
    assert doc_kind_asked("beviljade au lovet för gressela 6:9 så som kallelsen föreslog?") == "protokoll"
    assert doc_kind_asked("godkändes budgeten enligt dagordningens förslag") == "protokoll"
    assert doc_kind_asked("vad föreslog kallelsen om gressela 6:9?") == "kallelse"
    granted = answers.ask("beviljade bygg-au lovet för gressela 6:9 den 29 februari så som kallelsen föreslog?")
    assert granted.found and "protokoll" in granted.citations[0].doc_id, granted.answer


def test_the_members_present_of_a_party_named_in_words(answers: Assistant) -> None:
    """"vilka moderater var närvarande … 14 mars": the present members marked (M), not everyone present."""
    present = answers.ask("vilka moderater var närvarande på bygg-au 14 mars")
    assert present.found and present.citations and all("(M)" in c.quote for c in present.citations), present.answer


def test_how_many_items_a_named_meeting_took_up(answers: Assistant) -> None:
    """"hur många ärenden behandlades den 29 februari": the minutes' §§ 46–70 counted, the first and last quoted."""
    counted = answers.ask("hur många ärenden behandlades den 29 februari")
    assert counted.found and "25 ärenden" in counted.answer and len(counted.citations) == 2, counted.answer
    assert counted.citations[0].meeting_date == "2024-02-29"


def test_a_field_asked_for_in_other_words(answers: Assistant) -> None:
    """"vem skickas beslutet om lyngås 3:3 till" is the field "Beslutet skickas till"; "vilka handlingar låg till
    grund för beslutet" is "Beslutsunderlag"."""
    sent = answers.ask("vem skickas beslutet om lyngås 3:3 till")
    assert sent.found and "Skatteverket" in sent.answer and "Beslutet skickas till" in sent.citations[0].location, \
        sent.answer
    grounds = answers.ask("vilka handlingar låg till grund för beslutet om gressela 6:9")
    assert grounds.found and "Beslutsunderlag" in grounds.citations[0].location, grounds.answer


def test_a_standing_item_of_every_agenda_is_no_boilerplate() -> None:
    """"1.4. Val av två justerare tillika rösträknare" stands on every agenda of a section, so it recurs; but it is
    the item asked about ("hur många justerare"), not a fee text to weigh down below "1.5. Justering av röstlängd"."""
    from types import SimpleNamespace

    from assistant.answer.boilerplate import sentence_keys
    from assistant.answer.extractive import score_units
    from assistant.answer.units import Unit
    from assistant.documents.model import ChunkKind

    question = "hur många justerare skulle väljas på sektionsmötet den 9 maj 2020?"
    rows = {"1.4": "1.4.  Val av två justerare tillika rösträknare", "1.5": "1.5.  Justering av röstlängd"}
    scores = {}
    for number, row in rows.items():
        title = row.split("  ")[1]
        chunk = SimpleNamespace(context=f"Föredragningslista Sektionsmötet 2020-05-09 | {number} {title} | Rubrik",
                                meta=SimpleNamespace(kind=ChunkKind.FIELD, item_number=number, item_title=title,
                                                     doc_type="kallelse", heading_path=()))
        units = [Unit(0, len(row), row)]
        score_units(units, content_terms(question), chunk, question, boilerplate=frozenset(sentence_keys(rows["1.4"])))
        scores[number] = units[0].score
    assert scores["1.4"] > scores["1.5"], scores


def test_a_day_asked_of_something_is_the_date_beside_it(answers: Assistant) -> None:
    """"till vilket datum har kommunen fått anstånd": a direct answer that quotes the proposal ("förslag till
    yttrande, daterat 2024-01-19") states a date, but not the one asked; the sentence with the respite's day joins."""
    from assistant.answer.composer import subject_words
    from assistant.answer.extractive import rarity_weights
    from assistant.answer.sources import SourceTexts
    from assistant.answer.stated import with_stated
    from assistant.answer.units import label_units, units_of

    question = "till vilket datum har kommunen fått anstånd att yttra sig till mark- och miljödomstolen?"
    q = answers.analyse(question)
    texts = SourceTexts(answers.index)
    hits = answers.retriever.search(q.search_text, 10, q.filters)
    units = [(hit, unit) for hit in hits
             for unit in label_units(hit.chunk, units_of(hit.chunk, texts.text(hit.chunk.doc_id)))]
    proposal = next((h, u) for h, u in units if "daterat 2024-01-19" in u.text)
    direct = with_stated(q, [(proposal[0], [proposal[1]])], hits, texts, subject_words(q, frozenset()),
                         rarity_weights(set(q.topic), answers.index.lexical().inverse_document_frequency))
    assert any("1 mars 2024" in u.text for _, units in direct for u in units), direct


def test_a_month_may_mean_a_meeting_only_mentioned(answers: Assistant) -> None:
    """"har protokollet från sammanträdet i oktober justerats": the beredning's October meeting is not in the
    documents, but its agenda of December says that meeting's minutes (2024-10-11) were checked; October is that
    October, not the only October meeting in the documents (another organisation's, 2020)."""
    q = answers.analyse("har protokollet från sammanträdet i oktober justerats")
    assert (q.period.since, q.period.until) == ("2024-10-01", "2024-10-31")
    answer = answers.ask("har protokollet från sammanträdet i oktober justerats")
    assert "2024-10-11" in answer.answer and "justerats i föreskriven ordning" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_meeting_the_minutes_tell_of_is_a_topic_beside_the_dated_one(answers: Assistant) -> None:
    """"när ska föreningen ha avstämningsmöte enligt styrelsemötet den 21 november 2018": the date names the board
    meeting, whose words say nothing of which passage answers; the meeting its minutes speak of is the topic."""
    q = answers.analyse("när ska föreningen ha avstämningsmöte enligt styrelsemötet den 21 november 2018")
    assert (q.filters.date_from, q.filters.date_to) == ("2018-11-21", "2018-11-21")
    assert "avstamningsmot" in q.topic and "styrelsemot" not in q.topic



def test_what_a_meeting_does_with_a_matter_is_no_subject_its_documents_must_name(answers: Assistant) -> None:
    """"vilka motioner ska behandlas på stämman i maj 2021": the notice lists the motions without the word
    "behandlas", which is what a meeting does with them, not what they are about."""
    answer = answers.ask("vilka motioner ska behandlas på brf doktor lindhs föreningsstämma i maj 2021?")
    assert answer.found and "Blomsteräng" in answer.answer, answer.answer


def test_english_words_for_study_trips_reach_the_swedish_compound(answers: Assistant) -> None:
    trips = answers.ask("Which towns did the programme committee visit on study trips?")
    assert "tre studieresor" in trips.answer, trips.answer


def test_english_words_for_a_sponsor_and_shirts_reach_the_swedish_words(answers: Assistant) -> None:
    shirts = answers.ask("Who sponsored the LiTHe kod shirts?")
    assert "Attentec sponsrade tröjorna" in shirts.answer, shirts.answer


def test_an_item_named_by_its_title_is_looked_up_in_the_meeting_named(answers: Assistant) -> None:
    """"under punkten trygghet": item 6 "Trygghet" of that meeting's agenda, its summary (not its list of documents,
    whose field name merely starts with "Beslut"), not the attached report that shares its words."""
    answer = answers.ask("vad tas upp under punkten trygghet på strategisk regional berednings sammanträde "
                         "13 december 2024?")
    assert "Anders Östlund" in answer.answer, answer.answer
    assert {c.location.split(" – ")[0] for c in answer.citations} == {"punkt 6 Trygghet"}, answer.citations


def test_a_part_with_no_subject_of_its_own_asks_about_the_others(answers: Assistant) -> None:
    """"vad gäller ärendet med dnr … och vad föreslogs?": the second part asks what was proposed in that case."""
    from assistant.answer.compound import part_turns, question_parts
    from assistant.answer.questions import Filters

    whole = "vad gäller ärendet med dnr BN-2024-000284 och vad föreslogs?"
    (_, first_history, _), (second, second_history, _) = part_turns(
        question_parts(whole), whole, None, Filters(), lambda part: answers.analyse(part))
    assert first_history is None and second == "och vad föreslogs?" and second_history
    assert "beviljar inte strandskyddsdispens" in answers.ask(whole).answer


def test_a_sloppy_o_for_och_asks_both_time_and_place(answers: Assistant) -> None:
    """"när o var har bygg-au möte 1 februari 2024": "o" is "och", so the place is asked too."""
    answer = answers.ask("när o var har bygg-au möte 1 februari 2024?")
    assert "Kungsbackarummet" in answer.answer and "09" in answer.answer, answer.answer


def test_what_a_board_changed_asks_its_decision(answers: Assistant) -> None:
    """"vad ändrade styrelsen om …": what the board decided, though its minutes never say "ändra"."""
    answer = answers.ask("vad ändrade styrelsen i fristad om vem som attesterar fakturor?")
    assert "även ordförande attestera" in answer.answer, answer.answer
    from assistant.answer.asked import attribute_of

    # the question after its topic and a dash asks the same: what was decided about who
    assert attribute_of("fristad styrelsen nov 2018 - vad bestämdes om vem som ska attestera fakturor?") == ""
    assert attribute_of("kollektivhuset fristad, vad bestämde styrelsen om vem som ska attestera fakturor?") == ""
    assert attribute_of("styrelsen 2018: vem bestämde om vem som ska attestera") == "person"


def test_the_item_an_english_question_names_and_both_people_it_asks_about(answers: Assistant) -> None:
    """"the session on safety" is the SRB agenda's item 6 Trygghet (safety: säkerhet or trygghet); it asks who from
    the police takes part and who presents the report: the item's two lines that name them, each cited."""
    answer = answers.ask("At the SRB meeting in December 2024, who from the police is taking part in the session on "
                         "safety, and who presents SKR's report on 40 steps?")
    assert "punkt 6 Trygghet" in answer.answer, answer.answer
    assert "Anders Östlund" in answer.answer and "Amanda Lindblad" in answer.answer, answer.answer
    assert all(line in answer.answer for line in quoted_lines(answer.citations[:2]))


def test_a_decision_taken_by_vote_is_quoted_with_the_votes(tmp_path: Path) -> None:
    """Members who propose without the word "yrkar" ("Roland Thord (M): Inte godkänna …") and then vote: the
    decision is quoted with the result of the vote."""
    from conftest import indexed

    minutes = ("Protokoll Samhällsplaneringsnämnden 2024-04-25\n\nNärvarande: Roland Thord (M), Inga Berg (S)\n\n"
               "§ 77 Ändring av detaljplan för Storgatan 1\n\nFörslag till beslut på sammanträdet\n\n"
               "Roland Thord (M): Inte godkänna planhandlingarna.\nInga Berg (S): Godkänna planhandlingarna.\n\n"
               "Omröstning\n\nOmröstning begärs. Med 4 JA-röster mot 7 NEJ-röster beslutar nämnden att inte godkänna "
               "planhandlingarna.\n\nBeslut\n\nNämnden beslutar att inte godkänna planhandlingarna för granskning. "
               "Planarbetet avslutas.\n")
    assistant = indexed(tmp_path, "spn-2024-04-25-protokoll.txt", minutes)
    answer = assistant.ask("vad beslutade nämnden om detaljplanen för storgatan 1?")
    assert "Planarbetet avslutas" in answer.answer and "7 NEJ-röster" in answer.answer, answer.answer


def test_what_a_decision_is_based_on_or_what_was_found_gives_the_reason() -> None:
    """"varför upphävde länsstyrelsen detaljplanen": "Länsstyrelsen grundar upphävandebeslutet på SGIs utlåtande …";
    "varför ville förvaltningen häva avtalet": "… sådana brister … har kunnat konstateras att förvaltningen …"."""
    from assistant.answer.intents import gives_reason
    from assistant.answer.units import Unit

    for said in ("Länsstyrelsen grundar upphävandebeslutet på SGIs utlåtande gällande släntstabilitet.",
                 "Efter uppföljning har sådana brister i bolagets åtagande kunnat konstateras att förvaltningen "
                 "föreslår nämnden att häva ramavtalet.", "Förslaget motiveras med att lokalen är för liten."):
        assert gives_reason(Unit(0, 0, said)), said
    assert not gives_reason(Unit(0, 0, "Beslutet upphävdes av Länsstyrelsen i Hallands län den 16 februari 2024."))


def test_a_second_part_naming_its_own_month_meeting_is_asked_of_that_meeting(answers: Assistant) -> None:
    """"vad sa förvaltningen i februari och hur hade det gått till marsmötet?": the second part leans on the first's
    subject but "marsmötet" dates it; the February minutes alone answer only half."""
    answer = answers.ask("gift i marken vid anna dalins förskola – vad sa förvaltningen i februari och hur hade det "
                         "gått till marsmötet?")
    assert {c.meeting_date for c in answer.citations} >= {"2025-02-18", "2025-03-18"}, answer.answer
    assert "sandlådor kommer att" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_follow_up_in_two_parts_keeps_the_topic_of_the_question_before() -> None:
    """"blev den beviljad på nästa möte då? hur många röstade för": a yes/no question about "den" leans on the
    question before, however long; each part is asked of the whole as it stands alone (the earlier topic in it)."""
    from assistant.answer.compound import part_turns, question_parts
    from assistant.answer.conversation import is_follow_up
    from assistant.answer.questions import Question
    from assistant.index.store import Filters

    question = "blev den beviljad på nästa möte då? hur många röstade för"
    assert is_follow_up(question) and is_follow_up("godkändes de av stämman i maj 2019 och med hur många röster")
    assert not is_follow_up("blev det något beslut om laddboxarna i garaget på stämman 2020")
    history = [{"role": "user", "content": "vad sköts upp på lithe kods vårmöte 2019?"},
               {"role": "assistant", "content": "Ansvarsfriheten för styrelsen sköts upp till nästa stormöte."}]
    parts = question_parts(question)
    assert parts is not None
    turns = part_turns(parts, question, history, Filters(), lambda text: Question(text=text, standalone=text))
    assert all("vårmöte 2019" in turn_history[-1]["content"] for _, turn_history, _ in turns if turn_history), turns


def test_a_day_written_with_a_slash_names_the_meeting(answers: Assistant) -> None:
    """"au den 1/2", "14/3-24", "29/2 2024": days as members type them; "2/3 majoritet" is a share, and a day and
    month no meeting was held on is no date."""
    assert answers.analyse("vad beslutade au den 1/2?").dates == (date(2024, 2, 1),)
    assert answers.analyse("vem justerade protokollet 14/3-24?").dates == (date(2024, 3, 14),)
    assert answers.analyse("vad beslutade bygg-au 29/2 2024?").dates == (date(2024, 2, 29),)
    assert not answers.analyse("krävs det 2/3 majoritet för en stadgeändring?").dates
    assert not answers.analyse("vad tycker styrelsen om 7/9 av förslagen").dates
    assert not answers.analyse("husmötet 26/9 2018 i Fristad: var hölls det?").dates  # planned in minutes, no meeting


def test_who_took_the_place_of_the_one_named_before_names_someone_else(answers: Assistant) -> None:
    """BUN § 31: Stig-Arne Tengmer left, and the board appointed Anna-Karin Carstensen in his place; "hans plats"
    asks who replaced him, not where, and the summary naming only him is no answer."""
    history = [{"role": "user", "content": "vem avsa sig sitt uppdrag i barn- och utbildningsnämnden i februari 2025?"},
               {"role": "assistant", "content": "Stig-Arne Tengmer (L) hade avsagt sig sitt uppdrag i nämnden."}]
    answer = answers.ask("vem tog hans plats i arbetsutskottet då?", history=history)
    assert "Anna-Karin Carstensen (L)" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_the_party_of_a_role_holder_comes_from_the_list_of_members(answers: Assistant) -> None:
    """The SRB agenda names the justerare without a party ("Åsa-Märta Sjöström utses att jämte ordföranden
    justera"); the list of members called gives it ("Åsa-Märta Sjöström (S), …")."""
    answer = answers.ask("vem ska justera protokollet ihop med ordf på srb 13 dec och vilket parti är hen")
    assert "Åsa-Märta Sjöström (S)" in answer.answer and "Mikael Andersson Elfgren" not in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_the_people_a_nomination_committee_puts_forward_are_the_rows_under_its_line(answers: Assistant) -> None:
    """Brf Doktor Lindh's "Valberedningen föreslår följande 5 ledamöter" (no colon) over "Omval av Kent Asp på 2 år" …;
    the sentence before it, on the board's size, names no one."""
    answer = answers.ask("vilka föreslår valberedningen som ledamöter i brf doktor lindh")
    for name in ("Kent Asp", "Stig-Olof Eriksson", "Markus Berglund", "Christina Axelsson"):
        assert name in answer.answer, answer.answer
    assert "Ingrid Mathillas" not in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_who_sat_in_someones_stead_is_the_substitute_who_served_for_them(answers: Assistant) -> None:
    """"i kaufmanns ställe": Richard Hansson (C) served for Heinrich Kaufmann at bygg-au 2024-02-29."""
    answer = answers.ask("vem satt i kaufmanns ställe på au 29 feb")
    assert [c.quote for c in answer.citations] == ["Richard Hansson (C) ersätter Heinrich", "Kaufmann (C)"], answer.answer
    absent = answers.ask("kaufmann var ju inte med på au 29 feb, vem tjänstgjorde istället?")  # the one absent first
    assert [c.quote for c in absent.citations] == [c.quote for c in answer.citations], absent.answer
    instead = answers.ask("vem satt i stället för kaufmann på au 29 feb")
    assert [c.quote for c in instead.citations] == [c.quote for c in answer.citations], instead.answer


def test_what_happened_later_to_a_property_on_a_meetings_list_is_its_own_items(answers: Assistant) -> None:
    """MYRA 6:19 was dropped from bygg-au's list on 29 February and refused on 14 March; "stod på listan" shares
    words with § 46 "Förändring av ärendelista", which is not about the property."""
    from datetime import date

    from assistant.answer.periods import Period, after_the_named

    february = Period("2024-02-01", "2024-02-31")
    assert after_the_named("myra 6:19 stod på listan i februari, vad hände med det ärendet sen?", [], february) == \
        Period("2024-02-01", "")
    assert after_the_named("vad hände på mötet i februari", [date(2024, 2, 29)], february) is None
    assert after_the_named("vad hände med förslaget i februari – och vilka tackade ja sen?", [], february) == \
        Period("2024-02-01", "")  # what happened afterwards, at a later meeting
    answer = answers.ask("myra 6:19 stod på listan i februari, vad hände med det ärendet sen?")
    assert "MYRA 6:19" in answer.answer and "ärendelista" not in answer.answer, answer.answer
    also = "vad hände med bygglovet för myra 6:19, den var väl uppe i februari också?"  # February and another time
    assert answers.analyse(also).period == Period()
    assert answers.analyse("nämndes gressela 6:9 på mötet i februari också?").period.since == "2024-02-01"  # that
    # meeting, too
    assert "Ärendet utgår" in (both := answers.ask(also).answer) and "avslår ansökan" in both, both
    assert "avslår ansökan om bygglov" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_a_typed_short_follow_up_about_part_of_the_sum_just_given_is_a_follow_up() -> None:
    """"hur mkt av det är själva bygglovet" after the fee of Buera 6:13: "mkt" is "mycket" and "själva" only
    stresses, so the question names one thing and points back with "det"."""
    from assistant.answer.conversation import is_follow_up

    assert is_follow_up("hur mkt av det är själva bygglovet")
    assert not is_follow_up("hur mkt kostar bygglovet för buera 6:13")


def test_still_asks_of_the_meetings_named_and_names_no_subject(answers: Assistant) -> None:
    """"var hon fortfarande med på styrelsemötena hösten 2018": Fristad's minutes of that autumn list Sofia Hemou;
    "fortfarande" only asks whether it still held, and is no word those minutes must use."""
    answer = answers.ask("sofia hemou var ju ersättare i fristads styrelse 2017, var hon fortfarande med på "
                         "styrelsemötena hösten 2018?")
    assert answer.found and "Sofia Hemou" in answer.answer, answer.answer


def test_the_kind_of_document_and_what_is_left_out_are_no_subject_of_the_scope(answers: Assistant) -> None:
    """"vad stod på dagordningen utöver formalia?" of a notice that calls its agenda "föredragningslista": neither
    the document's kind nor what the asker leaves out is a word the notice must use."""
    from assistant.answer.refusal import unknown_in_scope

    lexical = answers.index.lexical()
    scope = "Förslag till föredragningslista\n§ 1. Mötet öppnas\n§ 2. Ekonomisk rapport\n§ 3. Val till kuratel"
    assert not unknown_in_scope(answers.analyse("vad stod på dagordningen utöver formalia?"), scope, lexical)
    assert not unknown_in_scope(answers.analyse("vad stod i kallelsen förutom formalia?"), scope, lexical)
    assert unknown_in_scope(answers.analyse("vad stod på dagordningen om egnahemsskolan?"), scope, lexical)


def test_the_year_of_an_undated_page_is_the_one_its_file_name_gives(tmp_path) -> None:
    """"vem var andre vice ordförande i kommunstyrelsen 2017" of a web page about the board that names no year, saved
    as "..._om_kommunstyrelsen_2017.txt": its "2:e vice ordförande är Anita Mattsson (S)" answers for 2017."""
    from conftest import indexed

    page = ("Om kommunstyrelsen\n\nKommunstyrelsen leder kommunens arbete.\n\nKommunstyrelsens ordförande är Fredrik "
            "Saweståhl (M)\n1:e vice ordförande är Mats Lindblom (L)\n2:e vice ordförande är Anita Mattsson (S)\n")
    assistant = indexed(tmp_path, "tyreso_om_kommunstyrelsen_2017.txt", page)
    answer = assistant.ask("vem var andre vice ordförande i kommunstyrelsen 2017")
    assert answer.found and "Anita Mattsson" in answer.answer, answer.answer


def test_a_head_noun_under_another_name_is_not_the_body_of_that_head(answers: Assistant) -> None:
    """"skr-beredningen": SKR's committee, not the index's one body ending in "beredning" (Strategisk regional
    beredning); "beredningen" alone is that body."""
    assert answers.analyse("vilka satt i skr-beredningen").bodies == ()
    assert answers.analyse("vilka satt i beredningen").bodies == ("Strategisk regional beredning",)
    assert answers.analyse("vem justerade på au-mötet sista februari").bodies == ("Byggnadsnämndens arbetsutskott",)


def test_an_english_how_often_quotes_the_sentence_that_says_how_often(tmp_path) -> None:
    """"how often is … checked": the minutes' "Kontrolleras en gång i veckan." after the sentence naming the thing."""
    from conftest import indexed

    text = ("Kommunfullmäktige\nProtokoll 2012-12-11\n\n§ 136 Frågestund\n\n1) Tekniska utskottets ordförande, Karin "
            "Berg (C), svarar på en fråga om vattenkonsten vid Norrarondellen som Per Holm (S) ställde vid "
            "kommunfullmäktiges senaste möte. Vattnet cirkulerar i en behållare som fylls på med dricksvatten vid "
            "behov. Kontrolleras en gång i veckan.\n\n2) Ordföranden svarar på en fråga om skolskjutsarna.\n")
    answer = indexed(tmp_path, "kf_protokoll_2012-12-11.txt", text).ask(
        "How often is the water feature at Norrarondellen checked, according to the council minutes?")
    assert any("en gång i veckan" in c.quote for c in answer.citations), answer.answer


def test_an_annual_report_is_no_annual_meeting(answers: Assistant) -> None:
    """"the data protection officer's annual report at the Barn- och utbildningsnämnden meeting": the body is the
    one named, not an annual meeting; "the annual meeting" still is one."""
    asked = answers.analyse("Who presented the annual report at the Barn- och utbildningsnämnden meeting on 18 March "
                            "2025?")
    assert asked.bodies == ("Barn- och utbildningsnämnden",), asked.bodies
    assert "årsmöte" in answers.analyse("Who chaired the annual meeting in 2021?").search_text
    assert "årsavgift" in answers.analyse("What annual fee did the association decide?").search_text


def test_the_things_asked_by_their_number_are_the_list_under_the_heading_naming_them(answers: Assistant) -> None:
    """"vilka är de fem övergripande strategierna": the report's heading "Fem övergripande strategier:" stands over
    the five points, whose rows never say "strategi"; the paragraph before only says there are five."""
    from assistant.answer.intents import listed_stem

    assert listed_stem("Vilka är de fem övergripande strategierna?").startswith("strat")
    answer = answers.ask("Vilka är de fem övergripande strategierna?")
    assert "Minska belöningen" in answer.answer and "Ta bort ursäkten" in answer.answer, answer.answer
    assert_exact(answers, answer)


def test_someone_who_wanted_the_matter_sent_back_is_asked_for(answers: Assistant) -> None:
    """"var det nån som ville återremittera det?" after a permit's decision: the motion for återremiss and who made
    it, not the decision again."""
    history = [{"role": "user", "content": "vad blev det med LYNGÅS 3:3 på bygg-au 1 februari"},
               {"role": "assistant", "content": "Byggnadsnämnden beviljar bygglov för ändrad användning."}]
    answer = answers.ask("var det nån som ville återremittera det?", history)
    assert "Vilumsons" in answer.answer, answer.answer


def test_a_proposal_made_at_the_meeting_brings_the_outcome_after_it() -> None:
    """"Föreslogs att aktiva medlemmar … ska få ett resebidrag på 200:- per två-årsperiod. Förslaget bifölls.": the
    sentence after a proposal that states its outcome is what was decided; one that does not stays out."""
    from assistant.answer.units import Unit, outcome_after

    def sentences(*said: str) -> list[Unit]:
        units, at = [], 0
        for i, text in enumerate(said):
            units.append(Unit(at, at + len(text), text, opens_paragraph=i == 0))
            at += len(text) + 1
        return units

    decided = sentences("Föreslogs att aktiva medlemmar i styrelsen ska få ett resebidrag på 200:- per två-årsperiod.",
                        "Förslaget bifölls.", "Inga-Lill Eriksson avtackades med en blombukett.")
    assert outcome_after(decided[0], decided, frozenset({"resebidrag"})) == [decided[1]]
    wished = sentences("Föreslogs att allt material ska läggas ut som pdf-filer.",
                       "Önskvärt att få fram släkthistorier.")
    assert outcome_after(wished[0], wished, frozenset({"pdf"})) == []


def test_a_sentence_run_in_after_its_number_is_no_bare_heading() -> None:
    """"13. Under mötet gjordes en presentation av de närvarande, cirka 30 medlemmar.": the item's title is the
    minutes' sentence, which answers "hur många var närvarande"; "Val av justerare." under "4." is still a bare
    heading."""
    from types import SimpleNamespace

    from assistant.answer.units import only_heading

    run_in = SimpleNamespace(meta=SimpleNamespace(
        item_number="13", item_title="Under mötet gjordes en presentation av de närvarande, cirka 30 medlemmar"))
    assert not only_heading("Under mötet gjordes en presentation av de närvarande, cirka 30 medlemmar.", run_in)
    titled = SimpleNamespace(meta=SimpleNamespace(item_number="4", item_title="Val av justerare"))
    assert only_heading("Val av justerare.", titled)


def test_a_passage_stating_nothing_asked_leaves_the_direct_answer(answers: Assistant) -> None:
    """"hur många cyklar ska cykelparkeringen rymma": the motion's "plats för upp till 5 cyklar" answers; another
    item's sentence on bicycle parking, which states no number, goes under "Mer i underlagen". A question that asks
    for no sum, day, count or person keeps both."""
    from assistant.answer.stated import stating_passages_first
    from assistant.answer.units import Unit

    def passage(text: str) -> tuple[object, list[Unit]]:
        return object(), [Unit(0, len(text), text)]

    counted = passage("Utrymmet bör ge plats för upp till 5 cyklar och 2-3 lastlådcyklar.")
    other = passage("Det är även viktigt att cykelparkering utformas på ett säkert sätt.")
    direct, more = stating_passages_first(answers.analyse("hur många cyklar ska cykelparkeringen rymma"),
                                          [other, counted], [])
    assert direct == [counted] and more == [other]
    direct, more = stating_passages_first(answers.analyse("vad sägs om cykelparkeringen"), [other, counted], [])
    assert direct == [other, counted] and more == []


def test_a_body_that_did_not_meet_after_a_season_is_told_so(answers: Assistant) -> None:
    """The working committee met in February and March 2024: asked when it met after the summer of 2024, the answer
    says it has no meeting then, in the question's words, and quotes none of the spring's."""
    answer = answers.ask("när sammanträdde byggnadsnämndens arbetsutskott efter sommaren 2024?")
    assert not answer.found and "inget sammanträde efter sommaren 2024" in answer.answer, answer.answer
