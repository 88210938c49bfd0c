"""Minutes that do not name their meeting in the heading ("Mötesprotokoll för den ideella föreningen …"), a date
wrapped before its year and written with the month cut short, a "Tid och plats" heading over its labelled lines,
and an auditor's report that mentions the board's minutes."""

from __future__ import annotations

import pytest

from assistant.documents.parsing import parse

_ANNUAL_ITEMS = ("1. Mötets öppnande\nOrdföranden hälsade alla välkomna.\n\n"
                 "2. Styrelsens verksamhetsberättelse\nFöreningen har haft tolv träffar.\n\n"
                 "3. Revisionsberättelse\nRevisorn har inget att anmärka.\n\n"
                 "4. Frågan om ansvarsfrihet för styrelsen\nStyrelsen beviljas ansvarsfrihet.\n\n"
                 "5. Val av styrelse\nOmval av Lena Holm och Omar Said.\n\n"
                 "6. Mötets avslutande\nOrdföranden tackade och avslutade {meeting}.\n")


@pytest.mark.parametrize(("meeting", "body"), [("årsmötet", "Årsmötet"), ("föreningsstämman", "Föreningsstämman")])
def test_minutes_that_discharge_and_elect_the_board_are_of_the_annual_meeting(meeting: str, body: str) -> None:
    text = ("Mötesprotokoll för den ideella föreningen Vävstugan i Ås, 14 mar\n\n2024\n\nPlats: Folkets hus, Ås\n\n"
            + _ANNUAL_ITEMS.format(meeting=meeting))
    parsed = parse(text, file_name="protokoll.txt")
    assert (parsed.doc_type, parsed.meeting_date, parsed.body) == ("protokoll", "2024-03-14", body)


def test_board_minutes_without_the_annual_business_get_no_annual_meeting() -> None:
    text = ("Mötesprotokoll för den ideella föreningen Vävstugan i Ås, 2 feb 2024\n\n"
            "1. Mötets öppnande\nMötet öppnades.\n\n2. Val av justerare\nLena Holm valdes.\n\n"
            "3. Ekonomi\nKassan är god.\n\n4. Mötets avslutande\nMötet avslutades.\n")
    parsed = parse(text, file_name="protokoll.txt")
    assert (parsed.meeting_date, parsed.body) == ("2024-02-02", "")


def test_a_time_and_place_heading_over_labelled_lines_is_no_value_of_its_own() -> None:
    text = ("Protokoll konstituerande styrelsemöte\n\nVävstugan i Ås\n\nTid och plats\n\n"
            "Tid: söndagen den 26 november 2023, kl 15:00\nPlats: Storgatan 7, Ås\nNärvarande: Lena Holm, Omar Said\n\n"
            "1. Mötets öppnande\nMötet öppnades.\n\n2. Val av justerare\nOmar Said valdes.\n\n"
            "3. Mötets avslutande\nMötet avslutades.\n")
    parsed = parse(text, file_name="protokoll.txt")
    assert (parsed.meeting_date, parsed.place) == ("2023-11-26", "Storgatan 7, Ås")


def test_an_auditors_report_is_a_report_though_it_mentions_the_boards_minutes() -> None:
    text = ("Revisionsberättelse\nför Vävstugan i Ås\navseende räkenskapsåret 2024\n\n"
            "Jag har granskat styrelsens förvaltning och har tagit del av underlag såsom styrelseprotokoll\n"
            "och ekonomiska sammanställningar.\n\nJag tillstyrker att årsmötet beviljar styrelsen ansvarsfrihet.\n\n"
            "Ås, 10 oktober 2025\n\nPer Ek\nRevisor\n")
    assert parse(text, file_name="revisionsberattelse.txt").doc_type == "rapport"


def test_the_time_of_the_meeting_where_something_happened_is_that_meetings(tmp_path) -> None:
    """"Vilken tid började mötet där föreningen bildades?": the founding meeting's hour, not the later board's."""
    from conftest import indexed_files

    founding = tmp_path / "protokoll-uppstart.txt"
    founding.write_text(
        "Protokoll uppstart Vävstugan i Ås 2023\n\nTid och plats\n\nTid: söndagen den 26 november 2023, kl 14:00\n"
        "Plats: Storgatan 7, Ås\nNärvarande: Lena Holm, Omar Said, Per Ek, Eva Lind\n\n1. Mötets öppnande\n"
        "a. Mötet öppnades av Lena Holm som hälsade alla välkomna.\n2. Val av mötesordförande och mötessekreterare\n"
        "a. Beslut: Lena Holm valdes till mötesordförande.\n3. Fastställande av röstlängd\na. Beslut: röstlängden "
        "fastställdes till fyra medlemmar enligt listan ovan med rösträtt.\n4. Val av en person att justera "
        "protokollet\na. Beslut: Omar Said valdes till justeringsperson.\n5. Fråga om mötets behörighet\na. Beslut: "
        "mötet befanns vara i behörig ordning kallat.\n6. Bildande av föreningen\na. Beslut: mötet beslutade bilda "
        "en förening med namnet Vävstugan i Ås och med säte i Ås.\n7. Mötets avslutande\na. Mötet avslutades.\n",
        encoding="utf-8")
    board = tmp_path / "protokoll-styrelsemote-2024-02-10.txt"
    board.write_text("Protokoll styrelsemöte Vävstugan i Ås\n\nTid: lördagen den 10 februari 2024, kl 10:00\n"
                     "Plats: Storgatan 7, Ås\n\n1. Mötets öppnande\nMötet öppnades.\n2. Ekonomi\nKassan är god.\n"
                     "3. Mötets avslutande\nMötet avslutades.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, founding, board, refusal_threshold=0.0).ask(
        "Vilken tid började mötet där föreningen bildades?")
    assert "14:00" in answer.answer and "10:00" not in answer.answer and "Tid:" in answer.answer, answer.answer


def test_no_fee_for_the_board_written_as_a_compound_is_a_sum_stated(tmp_path) -> None:
    """"Inga styrelsearvoden skall utgå" answers "får styrelsen något arvode": nothing, not a missing sum."""
    from conftest import indexed

    answer = indexed(tmp_path, "arsmote-2025-10-21.txt", "Protokoll årsmöte Vävstugan i Ås 2025-10-21\n\n"
                     + _ANNUAL_ITEMS.format(meeting="årsmötet").replace(
                         "6. Mötets avslutande", "6. Beslut om eventuella styrelsearvoden\nInga styrelsearvoden skall "
                         "utgå.\n\n7. Mötets avslutande"), refusal_threshold=0.0).ask("Får styrelsen något arvode?")
    assert answer.found and "Inga styrelsearvoden" in answer.answer, answer.answer


def test_the_body_the_ones_elected_sit_in_is_no_body_that_must_have_met(tmp_path) -> None:
    """"Vilka sitter i valberedningen som valdes 2025?": elected by the annual meeting to the valberedning, which
    need not have documents of its own."""
    from conftest import indexed

    answer = indexed(tmp_path, "arsmote-2025-10-21.txt", "Protokoll årsmöte Vävstugan i Ås 2025-10-21\n\n"
                     + _ANNUAL_ITEMS.format(meeting="årsmötet").replace(
                         "6. Mötets avslutande", "6. Val av valberedning\nTill valberedningen valdes Max Björk och "
                         "Axel Eng.\n\n7. Mötets avslutande"), refusal_threshold=0.0).ask(
        "Vilka sitter i valberedningen som valdes 2025?")
    assert answer.found and "Max Björk" in answer.answer, answer.answer


def test_decisions_recorded_as_lettered_points_are_quoted_together(tmp_path) -> None:
    """"a. Beslut: att alla tidigare beslut om firmateckning annulleras." quoted brings "b. Beslut Lena Holm valdes
    att ensam teckna föreningen": what the item decided is both."""
    from conftest import indexed

    answer = indexed(tmp_path, "styrelse-2023-11-26.txt", (
        "Protokoll konstituerande styrelsemöte Vävstugan i Ås 2023-11-26\n\n1. Mötets öppnande\na. Beslut: mötet "
        "öppnades\n2. Val av justeringsperson\na. Beslut: Omar Said valdes till justeringsperson\n"
        "3. Beslut om firmatecknare\na. Beslut: att alla tidigare beslut om firmateckning annulleras.\n"
        "b. Beslut Lena Holm valdes att ensam teckna föreningen\n4. Mötets avslutande\na. Beslut: mötet avslutades\n"),
        refusal_threshold=0.0).ask("Vad beslutades om firmateckningen när den nya styrelsen konstituerade sig 2023?")
    assert "annulleras" in answer.answer and "Lena Holm" in answer.answer, answer.answer


def test_a_record_that_the_meeting_was_held_heads_minutes_though_its_items_are_titled_dagordning() -> None:
    """"Medlemmarna … genomförde föreningsstämman …" over "Dagordning, detta 114:e årsmöte:" and items that say what
    was decided: minutes of the meeting, not its agenda."""
    text = ("ÅRSSTÄMMA 2024\n\nÅSBY FASTIGHETSÄGAREFÖRENING\n\nMedlemmarna i Åsby fastighetsägareförening genomförde "
            "föreningsstämman i Bygdegården söndagen den 23 juni, 2024, klockan 16:00.\n\n"
            "Dagordning, detta 114:e årsmöte:\n\n1. Stämman öppnades med val av Eva Lind till ordförande.\n\n"
            "2. Till stämmans sekreterare valdes Per Holm.\n\n3. Dagordningen godkändes.\n\n"
            "4. Stämman beslutade att ge ansvarsfrihet till styrelseledamöterna.\n\n5. Stämman avslutades.\n")
    assert parse(text, file_name="arsstamma_2024.pdf").doc_type == "protokoll"


def test_an_invitation_to_a_day_whose_programme_holds_the_annual_meeting_is_its_notice(tmp_path) -> None:
    """"Inbjudan till hembygdsdagen … 2 augusti 2026" with "ÅRSMÖTE i församlingshemmet" in its programme: a notice
    (kallelse) of 2026 that names no body, so "när är årsmötet 2026" is not refused as a year the annual meeting
    never met, though the minutes of the earlier annual meetings name it."""
    from conftest import indexed_files

    invitation = tmp_path / "inbjudan-2026.txt"
    invitation.write_text("Ösby hembygdsförening\n\nInbjudan till hembygdsdagen i Ösby söndagen den 2\n\naugusti 2026\n\n"
                          "Kl 10.00\n\nVi träffas vid kvarnen.\n\nKl 13.30\n\nÅRSMÖTE i Ösby församlingshem. Sedvanliga "
                          "årsmötesförhandlingar enligt stadgarna.\n", encoding="utf-8")
    minutes = tmp_path / "arsmote-protokoll-2025-08-03.txt"
    minutes.write_text("Protokoll fört vid Ösby hembygdsförenings årsmöte 2025-08-03\n\n1. Mötets öppnande\n"
                       "Ordföranden öppnade mötet.\n\n2. Val av styrelse\nStyrelsen omvaldes.\n\n3. Nästa årsmöte\n"
                       "Nästa årsmöte hålls i Ösby församlingshem.\n\n4. Mötets avslutande\nMötet avslutades.\n",
                       encoding="utf-8")
    assistant = indexed_files(tmp_path, invitation, minutes, refusal_threshold=0.0)
    assert parse(invitation.read_text(encoding="utf-8"), file_name=invitation.name).doc_type == "kallelse"
    answer = assistant.ask("När är årsmötet 2026?")
    assert answer.found and "augusti 2026" in answer.answer, answer.answer


def test_a_decision_written_as_att_clauses_is_quoted_with_all_its_clauses(tmp_path) -> None:
    """"Styrelsen beslutade enhälligt" / "att föreningen inte deltar i tävlingar i Ryssland." / "att rekommendera
    arrangörer att inte bjuda in ryska åkare.": the question's words match one clause, the decision is all of them,
    and not the clauses of the next decision."""
    from conftest import indexed

    answer = indexed(tmp_path, "styrelse-2022-02-25.txt", (
        "Protokoll styrelsemöte Skridskoförbundet 2022-02-25\n\nUkrainasituationen\n"
        "Styrelsen diskuterade läget länge.\nStyrelsen beslutade enhälligt\n"
        "att förbundet inte deltar i tävlingar som arrangeras i Ryssland.\n\n"
        "att starkt rekommendera arrangörer att inte bjuda in ryska åkare till tävlingar i Sverige.\n\n"
        "att generalsekreteraren kontaktar det internationella förbundet.\n\n"
        "Årsmötet\nStyrelsen gick igenom planeringen inför årsmötet.\nStyrelsen beslutade\n"
        "att godkänna årsredovisningen.\n"),
        refusal_threshold=0.0).ask("vad beslöt styrelsen om ryssland i februari 2022?")
    assert "inte bjuda in ryska åkare" in answer.answer and "kontaktar" in answer.answer, answer.answer
    assert "årsredovisningen" not in answer.answer, answer.answer
