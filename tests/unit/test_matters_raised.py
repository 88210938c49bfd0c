"""Minutes record a matter raised ("En fråga ställdes av …", "Fråga om … från …", "… diskuterades.") and then what
came of it, in the sentences after it: those answer what was said or concluded."""

from __future__ import annotations

import pytest
from conftest import indexed

_OTHER_MATTERS = (
    "Protokoll styrelsemöte Brf Kastanjen 2025-03-06\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
    "2. Ekonomi\nKassören redogjorde för läget. Styrelsen beslutade att höja avgiften med 2 procent.\n\n"
    "3. Övrigt\nFråga om förrådsdörrar från Mikael Ek, han tar in prisuppgifter från olika leverantörer. "
    "Föreningen godkänner nya lås men inga egna ombyggnader. Nästa möte planerar vi vårens stämma. "
    "Fråga om felanmälan. Emil skriver på hemsidan att felanmälan går till styrelsens e-post.\n\n"
    "4. Mötets avslutande\nMötet avslutas 20:41.\n")


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("vad sa styrelsen om förrådsdörrarna i brf kastanjen i mars 2025?",  # what came of it, not the next matter
     "inga egna ombyggnader", ("vårens stämma", "felanmälan")),
    ("vem frågade om förrådsdörrarna på brf kastanjens styrelsemöte i mars 2025?",  # who raised it: that sentence
     "Mikael Ek", ("ombyggnader",)),
])
def test_a_matter_raised_and_what_came_of_it(tmp_path, question: str, said: str, not_said: tuple[str, ...]) -> None:
    answer = indexed(tmp_path, "styrelse-2025-03-06.txt", _OTHER_MATTERS, refusal_threshold=0.0).ask(question)
    assert answer.found and said in answer.answer, answer.answer
    assert not any(words in answer.answer for words in not_said), answer.answer


_NESTED_BULLETS = (
    "Mötesprotokoll Styrelsen 19/20\n\nTid och datum: 18:00 2019-09-10\n\nÖvrigt:\n\n"
    "● Kan rekryt få delta på engagemangsmässan?\n\n○ Beslut: Ja\n\n"
    "● Ska vi köpa en ny kaffebryggare till sektionslokalen?\n\n○ Diskuterades länge\n■ Priset är för högt\n\n"
    "○ Beslut: Nej\n\n● Städdag i lokalen\n\n○ Alla hjälps åt på söndag\n\nMötet avslutas 20:37\n")

_LABELLED_REASON = (
    "Mötesprotokoll Styrelsen 19/20\n\nTid och datum: 18:00 2019-09-10\n\nÄskningar:\n\n"
    "● Kören äskning för pins och frackband\n- Äskning: Kören vill köpa in pins och frackband.\n"
    "- Beslut: Godkänns, 5 röstar för, Anna Ek & Per\n\nHolm avsäger sig röster för att undvika jäv.\n\n"
    "- Motivering: Pengarna kommer att återfås genom försäljningen.\n\n"
    "● Spexets äskning för kostymer\n- Beslut: Avslås\n\n- Motivering: Budgeten räcker inte.\n\nMötet avslutas 20:37\n")

# as a Google Docs print puts them: no blank line between the points, a decision among the sub-points
_BULLET_BLOCK = (
    "Mötesprotokoll Styrelsen 19/20\n\nTid och datum: 18:00 2019-09-10\n\nDiskussioner:\n\n"
    "● Sektionsmöte 1\n- Vem gör vad?\n- Propositioner på mötet.\n"
    "● Kåren letar efter en studentrepresentant till programrådet.\n- Beslut: Vi tillfrågar en student.\n"
    "● Stöket i chatten\n○ Exempel på möjliga tillvägagångssätt:\n■ Stänga av chatten\n■ Byta kanal\n"
    "○ Förslag: #nyheter görs till standardkanal, där bara boten kan posta. Alla går med i #allmänt automatiskt\n"
    "men kan lämna den. Skapa en ny kanal för studenter.\n○ Beslut: Förslaget godtas\n"
    "○ Görs något åt de som bröt mot reglerna?\n■ Nej\n● Hur förhåller vi oss till nya riktlinjer för sittningar?\n\n"
    "Mötet avslutas 21:02\n")


@pytest.mark.parametrize(("text", "question", "said", "not_said"), [
    # a "- Beslut:" bullet under a "●" point that follows "- " bullets of the point before
    (_BULLET_BLOCK, "vad beslutade styrelsen om studentrepresentanten till programrådet 10 september 2019?",
     "Vi tillfrågar en student", "riktlinjer"),
    # "○ Beslut:" among the "○" and "■" lines of one block
    (_BULLET_BLOCK, "vad beslutade styrelsen om stöket i chatten 10 september 2019?", "Förslaget godtas", "riktlinjer"),
    # Google Docs' levels "●", "○", "■": the decision stands one level under the matter
    (_NESTED_BULLETS, "fick rekryt delta på engagemangsmässan enligt protokollet från 10 september 2019?",
     "Beslut: Ja", "kaffebryggare"),
    # "- Motivering:" stands a blank line or two under "- Beslut:", after the rest of a wrapped line
    (_LABELLED_REASON, "beviljades körens äskning för pins och frackband på mötet 2019-09-10, och varför?",
     "återfås genom försäljningen", "Budgeten räcker inte"),
])
def test_a_bulleted_matter_brings_its_decision_and_reason(tmp_path, text: str, question: str, said: str,
                                                          not_said: str) -> None:
    answer = indexed(tmp_path, "styrelse-2019-09-10.txt", text, refusal_threshold=0.0).ask(question)
    assert answer.found and said in answer.answer, answer.answer
    assert not_said not in answer.answer, answer.answer


def test_a_heading_announces_every_point_of_a_google_docs_list(tmp_path) -> None:
    """"Diskussioner:" over "●" points, each with "- " bullets under it: every point, not the first with the
    questions under it."""
    text = ("Mötesprotokoll Styrelsen 19/20\n\nTid och datum: 18:00 2019-08-05\n\nDiskussioner:\n\n"
            "● Kommittéernas ansvar\n- Vad har diskuterats?\n- Hur mycket ansvar ska de ha?\n"
            "● Planering inför mötet med kårledningen\n- Vad har diskuterats?\n- Vad vill vi ta upp?\n"
            "● Planering inför teambuildingen\n- Vad har diskuterats?\n- Schema\n- Budget\n\nMötet avslutas 20:27\n")
    answer = indexed(tmp_path, "styrelse-2019-08-05.txt", text, refusal_threshold=0.0).ask(
        "vilka punkter diskuterade styrelsen på mötet 5 augusti 2019?")
    assert all(point in answer.answer for point in ("Kommittéernas ansvar", "kårledningen", "teambuildingen")), \
        answer.answer
    assert "Hur mycket ansvar" not in answer.answer, answer.answer


def test_a_request_answered_after_a_long_discussion_brings_its_whole_decision(tmp_path) -> None:
    """"vad svarade styrelsen på äskningen …": the request's point, and the "- Beslut:" at the end of its long
    discussion (more sub-points than a list is quoted with), wrapped over blank lines as the PDF printed it. "hyra"
    is a verb here, not a rent asked for."""
    discussion = "".join(f"- Synpunkt nummer {n} om hur det ska gå till.\n" for n in range(1, 16))
    text = ("Mötesprotokoll Styrelsen 19/20\n\nTid och datum: 18:00 2019-12-17\n\nÄskningar:\n\n"
            "● Äskning Bowlinghall\n- Kim i årskurs tre har skickat in en äskning för att hyra bowlinghallen i två "
            "timmar.\n- Kostnad 7500kr\n" + discussion +
            "\n- Beslut: Svarar att vi vill ha mer underlag, hänvisar till nöjesutskottets\n\nundersökningar. Påpekar "
            "också att endast sektionsmedlemmar får vara\n\nmed på arrangemanget.\n\n"
            "● Inköp av vagn\n○ Godkänns\n\nMötet avslutas 21:02\n")
    answer = indexed(tmp_path, "styrelse-2019-12-17.txt", text, refusal_threshold=0.0).ask(
        "vad svarade styrelsen på äskningen om att hyra bowlinghallen på mötet i december 2019?")
    assert "mer underlag" in answer.answer and "endast sektionsmedlemmar får vara med" in \
        " ".join(answer.answer.split()), answer.answer
