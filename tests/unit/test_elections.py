"""Who was elected to which post, asked of minutes that write each election as a sentence of its own."""

from __future__ import annotations

from pathlib import Path

from assistant.api import Assistant


def _indexed(assistant: Assistant, path: Path, text: str) -> Assistant:
    """The assistant once ``text`` is written to ``path`` and ingested."""
    path.write_text(text, encoding="utf-8")
    assert not assistant.ingest([path]).errors
    return assistant

BOARD_MINUTES = """# Protokoll styrelsemöte

## Vänsterpartiet i Ösby, 29 januari 2013

## 1. Mötets öppnande
Ola Ek valdes till mötesordförande.

## 2. Styrelsens konstituering
I styrelsen finns en ordförande, en sekreterare och en kassör. Dessa utses på årsbasis.

* Bard Nilsson utses till partiordförande.
* Togald Nilsson utses till partiets sekreterare.
* Alexander Van Dam utses till partiets kassör.

## 3. Mötets avslutande
Mötet avslutades.
"""


def test_several_posts_asked_at_once_each_get_their_election(fast_assistant: Assistant, tmp_path) -> None:
    """"vilka utsågs till ordförande, sekreterare och kassör": every post named, and the party's chair written as
    one word ("partiordförande"); the chair of the meeting ("mötesordförande") is not the post."""
    indexed = _indexed(fast_assistant, tmp_path / "styrelsemote-2013-01-29.md", BOARD_MINUTES)
    answer = indexed.ask("vilka utsågs till ordförande, sekreterare och kassör på styrelsemötet i januari 2013?")
    for name in ("Bard Nilsson", "Togald Nilsson", "Alexander Van Dam"):
        assert name in answer.answer, answer.answer
    assert "Ola Ek" not in answer.answer, answer.answer


AUTUMN_MEETING = """# Protokoll höstmöte 2024

## Kodföreningen Ösby

## 1. Mötets öppnande
Ordföranden öppnade mötet 18:05 och hälsade alla välkomna till föreningens höstmöte i klubblokalen. Kallelsen hade
skickats ut till medlemmarna i god tid enligt stadgarna, och dagordningen hade funnits på hemsidan i två veckor.
Mötet konstaterade att det var utlyst i behörig ordning. Mötet valde Anna Lind till mötesordförande och Erik Sund
till mötessekreterare. Till justerare och rösträknare valdes Lisa Ström och Olle Berg. Mötet godkände
dagordningen med tillägget att budgeten behandlas före valen, eftersom kassören behövde gå tidigt.

## 2. Tillkännagivande av röstlängd
Närvarande medlemmar med rösträtt var:

* Stellan Lager
* Marcus Dic
* Hugo Amel
* Ada Björn
* Viktor Kry
* Simon Sand
* John Loren
* Magnus Ahl
* Lina Berg
* Karin Holm

Närvarande utan rösträtt:

* Björn Grön
* Per Erik
* Max Zombor
* Tom Back

## 3. Mötets avslutande
Mötet avslutades 19:40.
"""


def test_of_two_lists_side_by_side_the_one_the_question_names(fast_assistant: Assistant, tmp_path) -> None:
    """"vilka var närvarande utan rösträtt": the list announced "Närvarande utan rösträtt:", not the longer one
    announced "Närvarande medlemmar med rösträtt var:" before it, which would fill the answer."""
    indexed = _indexed(fast_assistant, tmp_path / "hostmote-2024-11-14.md", AUTUMN_MEETING)
    answer = indexed.ask("vilka var närvarande utan rösträtt på höstmötet 2024?")
    for name in ("Björn Grön", "Per Erik", "Max Zombor", "Tom Back"):
        assert name in answer.answer, answer.answer
    assert "Stellan Lager" not in answer.answer, answer.answer


ANNUAL_MEETING = """Protokoll för Ösby scoutkårs ordinarie kårstämma 2013-04-11.

§ 1 Kårstämman öppnades av Ulf Sten, som hälsade alla välkomna.
§ 2 Till ordförande för stämman valdes Daniel Ohl.
§ 11 Medlemsavgiften för verksamhetsåret 2013 beslutades till oförändrad.
§ 12 Till kårordförande för verksamhetsåret 2013 valdes Johanna Adolf. Till vice
kårordförande för samma tid valdes Ive Ling.
§ 13 a) Till övriga ledamöter i kårstyrelsen verksamhetsåret 2013 valdes:
Ansvariga avdelningsledare.
Else-Britt Wilhelm, kassör och medlemsregistrerare.
Sören Tag, sekreterare.
Linda Peter, ledamot.
"""


def test_a_post_in_the_list_of_those_elected_and_the_associations_chair(fast_assistant: Assistant, tmp_path) -> None:
    """"vem är kassör": the row "Else-Britt Wilhelm, kassör och medlemsregistrerare." of the list announced "Till
    övriga ledamöter i kårstyrelsen … valdes:"; "kårordförande" is the association's chair, elected under § 12, not
    the chair of the meeting."""
    _indexed(fast_assistant, tmp_path / "karstamma-2013-04-11.txt", ANNUAL_MEETING)
    treasurer = fast_assistant.ask("Vem är kassör i kårstyrelsen för 2013?")
    assert "Else-Britt Wilhelm" in treasurer.answer, treasurer.answer
    chair = fast_assistant.ask("Vilken paragraf i stämmoprotokollet 2013 handlar om valet av kårordförande?")
    assert "§ 12" in chair.answer and "Daniel Ohl" not in chair.answer, chair.answer


def test_appointed_in_a_sentence_that_began_on_the_line_before(fast_assistant: Assistant, tmp_path) -> None:
    """"… har Glenn Vik, kommunstyrelsekontoret" / "Drakfastigheter, utsetts till huvudprojektledare.": the perfect
    "utsetts", and the name on the line before the verb."""
    minutes = ("Ägarrådets protokoll 14 oktober 2022\n\n3 § Information om nya räddningsstationer\n\n"
               "Projektansvariga informerade om arbetet med nya räddningsstationer.\n\nFör Sundsvall och Liden har "
               "Glenn Vik, kommunstyrelsekontoret\nDrakfastigheter, utsetts till huvudprojektledare.\n")
    indexed = _indexed(fast_assistant, tmp_path / "agarrad-2022-10-14.txt", minutes)
    answer = indexed.ask("Vem utsågs till huvudprojektledare för stationerna i Sundsvall och Liden?")
    assert "Glenn Vik" in answer.answer, answer.answer



def test_an_item_whose_one_line_is_the_election(fast_assistant: Assistant, tmp_path) -> None:
    """An annual meeting written one numbered line per item: "8. Omval av revisorer, d.v.s. Sven-Olof Eriksson och
    Göran Axelsson." names who became auditors; item 6, where "revisorerna" approved the accounts, does not."""
    minutes = ("Protokoll fört vid årsmöte med Hult Östra Älgskötselområde\n\n20100920\n\n"
               "1. Ordförande Niclas Moberg öppnade mötet och hälsade alla välkomna.\n"
               "6. Vår kassör Kjell Oskarsson redogjorde för vår kassa och revisorerna godkände\n"
               "kassarapporten, vilket även mötesdeltagarna gjorde.\n"
               "7. Mötesdeltagarna gav styrelsen ansvarsfrihet för det gångna året.\n"
               "8. Omval av revisorer, d.v.s. Sven-Olof Eriksson och Göran Axelsson.\n"
               "9. Konstaterades att ingen förändring av styrelsen föreligger.\n")
    indexed = _indexed(fast_assistant, tmp_path / "arsmote-2010-09-20.txt", minutes)
    answer = indexed.ask("vilka blev revisorer på årsmötet 2010?")
    assert "Sven-Olof Eriksson och Göran Axelsson" in answer.answer and "Kjell" not in answer.answer, answer.answer


def test_an_employer_beside_a_name_is_no_capacity_asked(fast_assistant: Assistant) -> None:
    """"vem från skr var närvarande när diggs referensgrupp möttes": the rows whose role is an employer that is a
    word of the question ("Matthias Palmér (Digg)") are not the capacity asked; "utan rösträtt" is."""
    from assistant.answer.meeting_plans import _of_capacity_asked
    from assistant.index.meetings import Person

    people = [Person("d", "Anna Ek", "", "Digg", "", 0, 1), Person("d", "Caspar Alma", "SKR", "ledamot", "", 2, 3),
              Person("d", "Per Erik", "", "utan rösträtt", "", 4, 5)]
    asked = fast_assistant.analyse("vem från skr var närvarande när diggs referensgrupp möttes den 24 februari 2025?")
    assert _of_capacity_asked(asked, people) == people
    without_vote = fast_assistant.analyse("vilka var närvarande utan rösträtt?")
    assert [p.name for p in _of_capacity_asked(without_vote, people)] == ["Per Erik"]


BYALAG_ANNUAL_MEETING = """Protokoll årsmöte för Ösby byalag

2023-07-22 kl 10.00  Bygdegården, Ösby

§1 Mötet öppnas
Ordföranden Eva Lind hälsade alla välkomna och förklarade mötet öppnat.

§2  Val av ordförande och sekreterare för årsmöte
Årsmötet beslutade att välja Eva Lind till ordförande och Per Holm till sekreterare för årsmötes
förhandlingarna.

§3 Val av ordförande i styrelsen för nästkommande tvåårsperiod
Ordförande Eva Lind väljer att ej ställa upp igen. Valberedningen har inte hittat någon ny ordförande och
överlåter till styrelsen att konstituera sig själv inom tre månader.

§4 Årsmötets avslutande
Ordföranden tackade för visat intresse.
"""


def test_the_chair_of_the_association_is_not_the_chair_elected_for_the_meeting(fast_assistant: Assistant,
                                                                               tmp_path) -> None:
    """"Val av ordförande och sekreterare för årsmöte" elects who leads the meeting; "vem blev ordförande i byalaget"
    asks for the association's chair, whose election item says no one was found."""
    indexed = _indexed(fast_assistant, tmp_path / "arsmote-2023.txt", BYALAG_ANNUAL_MEETING)
    answer = indexed.ask("Vem blev ordförande i Ösby byalag på årsmötet 2023?")
    assert "konstituera sig själv inom tre månader" in answer.answer, answer.answer
    assert "Per Holm" not in answer.answer, answer.answer


NOMINATIONS = """Förslag till ny styrelse i Brf Ekbacken

Styrelsen var under föregående år sammansatt på följande vis:
Namn Kvarstående mandatperiod
Berit Lund Styrelseledamot, ordförande Avgår från styrelsen
Olof Brand Styrelseledamot, kassör -
Maja Ros Styrelseledamot 1 år
Tore Vik Styrelsesuppleant -

Valberedningen föreslår en förändring av sammansättningen av styrelsen från 5 till 4 ledamöter,
samt bibehållna 2 suppleanter.
Valberedningen föreslår följande 3 ledamöter
Omval av Olof Brand på 2 år
Nyval av Tore Vik på 2 år (nuvarande suppleant)
Nyval av Greta Hall på 2 år
Valberedningen föreslår följande 2 suppleanter
Nyval av Ulla Sten på 2 år
Fyllnadsval av Ivar Dal på 1 år
Valberedningen föreslår följande revisorer
Omval av Sara Kvist som ordinarie internrevisor
"""


def test_the_rows_a_nomination_committee_proposes_for_a_post(fast_assistant: Assistant, tmp_path) -> None:
    """"vilka vill valberedningen ha som ledamöter": the rows "Omval av Olof Brand på 2 år" under "Valberedningen
    föreslår följande 3 ledamöter", not the sentence about the board's size nor the rows for the deputies."""
    _indexed(fast_assistant, tmp_path / "valberedningens_forslag.txt", NOMINATIONS)
    for question in ("vilka vill valberedningen i brf ekbacken ha som ordinarie ledamöter i styrelsen?",
                     "vilka föreslår ekbackens valberedning till ledamöter?"):
        answer = fast_assistant.ask(question)
        for name in ("Olof Brand", "Tore Vik", "Greta Hall"):
            assert name in answer.answer, (question, answer.answer)
        assert "Ulla Sten" not in answer.answer and "Berit Lund" not in answer.answer, (question, answer.answer)
    deputies = fast_assistant.ask("vilka föreslås som suppleanter av valberedningen i brf ekbacken?")
    assert "Ulla Sten" in deputies.answer and "Ivar Dal" in deputies.answer, deputies.answer
    assert "Greta Hall" not in deputies.answer, deputies.answer
    again = fast_assistant.ask("vilka föreslår valberedningen i brf ekbacken till omval?")  # the rows of that kind
    assert "Olof Brand" in again.answer and "Sara Kvist" in again.answer, again.answer
    assert "Greta Hall" not in again.answer and "Ulla Sten" not in again.answer, again.answer
    new = fast_assistant.ask("vilka föreslås som nyval av valberedningen i brf ekbacken?")  # a vacancy filled too
    assert all(n in new.answer for n in ("Tore Vik", "Greta Hall", "Ulla Sten", "Ivar Dal")), new.answer
    assert "Olof Brand" not in new.answer, new.answer
    board = fast_assistant.ask("vilka föreslår valberedningen i brf ekbacken som styrelseledamöter?")  # "ledamöter"
    assert "Greta Hall" in board.answer and "Ulla Sten" not in board.answer, board.answer
    auditor = fast_assistant.ask("vem vill valberedningen i brf ekbacken ha som intern revisor?")  # the row names it
    assert "Sara Kvist" in auditor.answer, auditor.answer
    chair = fast_assistant.ask("vem föreslår valberedningen i brf ekbacken som ny ordförande?")
    assert not chair.found and "ordförande" in chair.answer, chair.answer  # the proposal names none
