"""A passage is cited once: the rows of one list, the sentences of one paragraph, quoted together, are one citation
whose quote runs over them all (a person checks one highlighted passage, not a dozen one-line quotes)."""

from pathlib import Path

from conftest import indexed

_REPORT = ("Rapport om trygghet i parkerna\n\nBakgrund\nMånga upplever parkerna som otrygga på kvällen. Kommunen har "
           "fått in klagomål under flera år.\n\nFörslag till åtgärder\nArbetsgruppen föreslår följande åtgärder:\n"
           "• Bättre belysning längs gångvägarna\n• Fler papperskorgar vid lekplatsen\n• Nattvandring på helgerna\n\n"
           "Ekonomi\nKostnaden beräknas till 200 000 kronor.\n")


def test_the_rows_of_an_announced_list_are_one_citation(tmp_path: Path) -> None:
    assistant = indexed(tmp_path, "rapport-trygghet.txt", _REPORT, refusal_threshold=0.0)
    answer = assistant.ask("vilka åtgärder föreslås för parkerna?")
    assert answer.found and len(answer.citations) == 1, answer.answer
    quote = answer.citations[0]
    assert quote.quote.endswith("längs gångvägarna\n• Fler papperskorgar vid lekplatsen\n• Nattvandring på helgerna")
    assert assistant.index.document_text(quote.doc_id)[quote.start:quote.end] == quote.quote
    assert answer.answer.count("[1]") == 4 and "[2]" not in answer.answer, answer.answer
