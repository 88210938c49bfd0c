"""Questions about earlier decisions, answered from the decision register of the real Kungsbacka minutes."""

from __future__ import annotations

from assistant.answer.periods import Period, resolve_period


def test_decision_question_gets_the_decision_verbatim_and_cited(assistant):
    answer = assistant.ask("vad beslutade arbetsutskottet om MYRA 6:19?")
    assert answer.found
    assert answer.answer.startswith("Beslut, nyast först:")
    first = answer.citations[0]
    assert first.location.startswith("§ 80 MYRA 6:19")
    assert first.meeting_date == "2024-03-14" and first.body == "Byggnadsnämndens arbetsutskott"
    assert first.quote.startswith("Byggnadsnämndens arbetsutskott avslår ansökan om bygglov")
    assert assistant.index.document_text(first.doc_id)[first.start:first.end] == first.quote
    assert first.page == 33
    assert "2024-03-14 – Byggnadsnämndens arbetsutskott § 80 (Dnr BN-2023-002581)" in answer.answer
    for c in answer.citations:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def test_decisions_are_listed_newest_meeting_first_in_paragraph_order(assistant):
    answer = assistant.ask("vilka bygglov beslutade arbetsutskottet om i mars 2024?")
    lines = [ln for ln in answer.answer.splitlines() if ln[:4].isdigit()]
    dates_and_paragraphs = [(ln[:10], int(ln.split("§ ")[1].split()[0])) for ln in lines]
    assert len(lines) >= 2
    assert dates_and_paragraphs == sorted(dates_and_paragraphs, key=lambda d: (-int(d[0].replace("-", "")), d[1]))
    assert all(d == "2024-03-14" for d, _ in dates_and_paragraphs)


def test_minutes_not_in_the_index_are_said_plainly(assistant):
    # the agenda of 13 December 2024 is indexed, its minutes are not: proposals must not pass for decisions
    answer = assistant.ask("vad beslutades på mötet 13 december 2024?")
    assert not answer.found
    assert answer.answer.startswith("Protokollet från 13 december 2024 finns inte i underlagen.")
    assert answer.citations == []


def test_a_case_across_meetings_is_answered_newest_first(assistant):
    answer = assistant.ask("vad har beslutats om MYRA 6:19?")
    lines = [ln for ln in answer.answer.splitlines() if ln[:4].isdigit()]
    assert lines[0].startswith("2024-03-14 – Byggnadsnämndens arbetsutskott § 80")
    assert any(line.startswith("2024-02-29 – Byggnadsnämndens arbetsutskott § 61") for line in lines[1:])
    withdrawn = next(c for c in answer.citations if c.location.startswith("§ 61"))
    assert withdrawn.quote.startswith("Ärendet utgår vid byggnadsnämndens arbetsutskotts sammanträde")
    for c in answer.citations:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def test_relative_dates_resolve_against_the_documents():
    dates = ["2024-03-14"]
    assert resolve_period("vad beslutades på förra mötet?", dates) == Period("2024-03-14", "2024-03-14")
    assert resolve_period("beslut i höstas", dates) == Period("2024-08-01", "2024-12-31")
    assert resolve_period("vilka beslut togs 2023", dates) == Period("2023-01-01", "2023-12-31")
    assert resolve_period("vad beslutades om MYRA 6:19", dates) == Period()


def test_register_cli_lists_decisions(corpus_index):
    import json

    from click.testing import CliRunner

    from assistant.cli import main

    result = CliRunner().invoke(main, ["decisions", "--dnr", "BN-2023-002581", "--json", "--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert [(d["meeting_date"], d["paragraph"]) for d in found] == [("2024-03-14", "§ 80"), ("2024-02-29", "§ 61")]
    assert [d["outcome"] for d in found] == ["avslag", "utgår"]
