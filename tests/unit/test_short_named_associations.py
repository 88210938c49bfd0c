"""Associations named by an acronym ("IX Årsmötesprotokoll 2019") beside another association's annual meetings:
the name on the title line says whose meeting it is, and a question naming it is answered from its own
meetings only (round eighteen's probe of a computer association's minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_assistant
from fakes import HashingEmbedder


def _written(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _annual_minutes(folder: Path, owner: str, year: int, chair: str, members: list[str], budget: str) -> Path:
    listed = "\n".join(f"• {name}" for name in members)
    return _written(folder / f"arsmotesprotokoll-{year}.txt", (
        f"{owner} Årsmötesprotokoll {year}\n{year}-03-14\n\n1 Öppnande av mötet\n{chair} öppnar mötet 19:02.\n\n"
        f"2 Val av mötesordförande\nMötet väljer {chair} till mötesordförande.\n\n"
        f"3 Budget\nUtgifter\nNordea bankkonto  750.00\nLokalhyra för träffar  {budget}\nFika  3000.00\n\n"
        f"4 Motioner\n\n4.1 Motion 1 Stadgeändring kring medlemsavgift\nOlle Ek yrkade på att lägga till meningen "
        f"Medlemskap måste förnyas varje kalenderår.\nMötet beslutar att godkänna "
        f"stadgeändringen, med ändringsyrkandet.\n\n4.2 Motion 2 Stadgeändring kring dagordning\nMötet beslutar "
        f"att avslå motionen.\n\n5 Förtroendeval\n\n5.1 Val av ordförande\nMötet väljer {chair} till ordförande.\n\n"
        f"5.2 Val av styrelseledamöter\nMötet väljer följande till ledamöter:\n{listed}\n\n"
        f"6 Mötets avslutande\n{chair} avslutar mötet 20:01.\n"))


def _indexed(tmp_path: Path, paths: list[Path]):
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest(paths).errors
    return assistant


def _beside_minutes_of_2020(tmp_path: Path, name: str, text: str):
    folder = tmp_path / "corpus" / "ix"
    return _indexed(tmp_path, [_written(folder / name, text),
                               _annual_minutes(folder, "IX", 2020, "Elis Hirwing", ["Pontus Falk"], "9000.00")])


def _two_associations(tmp_path: Path):
    ix = tmp_path / "corpus" / "ix"
    other = tmp_path / "corpus" / "annan"
    paths = [_annual_minutes(ix, "IX", 2019, "Elis Hirwing", ["Erik Welander", "Kim Lindberger"], "10000.00"),
             _annual_minutes(ix, "IX", 2020, "Elis Hirwing", ["Pontus Falk"], "9000.00"),
             _annual_minutes(other, "Föreningen Stacken", 2019, "Anna Berg", ["Olle Ek", "Lisa Strand"], "500.00"),
             _annual_minutes(other, "Föreningen Stacken", 2022, "Anna Berg", ["Olle Ek"], "600.00"),
             _written(ix / "styrelsemote-2019-05-07.txt", "IX Styrelsemötesprotokoll\n2019-05-07\n\n1 Mötets "
                                                          "öppnande\nMötet öppnades 19:10.\n"),
             _written(ix / "motion-1-medlemsavgift-2019.txt", (
                 "Stadgeändring kring medlemsavgift\nMotion till årsmötet 2019 från IX styrelse\n2019-01-29\n\n"
                 "Nuvarande stadga tillåter ej medlemsavgifter på 0 kronor, vi har i praktiken haft 0 kr i "
                 "medlemsavgift i många år.\n\nStyrelsen föreslår årsmötet att ändra paragraf 11.\n"))]
    return _indexed(tmp_path, paths)


def test_an_acronym_before_the_documents_kind_names_its_owner() -> None:
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["IX Årsmötesprotokoll 2019", "2019-07-29"]) == "IX"
    assert organisation_of(["IX Årsmöteshandlingar 2020"]) == "IX"
    assert organisation_of(["Höganäs Makerspace Kallelse till årsmöte"]) == "Höganäs Makerspace"
    # an organ's abbreviation, or a word that only says which version, is no organisation
    assert organisation_of(["KS Protokoll 2024-01-08"]) == ""
    assert organisation_of(["BUN Kallelse"]) == ""
    assert organisation_of(["Justerat Protokoll"]) == ""


def test_the_owner_named_between_the_meeting_and_its_day() -> None:
    """"Protokoll Styrelsemöte Vadstena Konstrunda 18 januari 2024": the kind, the meeting, whose it is, the day;
    not a word that says which meeting or when."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Medlemsinfo", "Protokoll Styrelsemöte Vadstena Konstrunda 18 januari 2024"]) == \
        "Vadstena Konstrunda"
    assert organisation_of(["Protokoll årsmöte Vadstena konstrunda 2022-04-24"]) == "Vadstena Konstrunda"
    assert organisation_of(["Protokoll Årsmöte + Medlemsmöte Vadstena Konstrunda 2021-08-15"]) == "Vadstena Konstrunda"
    assert organisation_of(["Protokoll Styrelsemöte Vadstena Konstrunda torsdag 23/5 2024"]) == "Vadstena Konstrunda"
    assert organisation_of(["Protokoll Årsmöte Vadstena konstrunda", "Tid: kl 15 söndag 24 mars"]) == \
        "Vadstena Konstrunda"
    assert organisation_of(["Protokoll styrelsemöte IF Göta 2020-04-02"]) == "IF Göta"
    assert organisation_of(["Protokoll årsmöte 2020-01-26"]) == ""
    assert organisation_of(["Protokoll Styrelsemöte Digitalt 2020-04-02"]) == ""
    assert organisation_of(["Protokoll styrelsemöte Kommunstyrelsen 2020-04-02"]) == ""
    assert organisation_of(["Protokoll Årsmöte Söndag 24 mars"]) == ""


def test_a_question_naming_the_acronym_is_answered_from_its_meeting(tmp_path) -> None:
    assistant = _two_associations(tmp_path)
    owners = {d["path"].split("/")[-2] for d in assistant.documents() if d["organisation"] == "IX"}
    assert owners == {"ix"}
    elected = assistant.ask("vilka valdes till styrelseledamöter i IX på årsmötet 2019?")
    assert elected.found and "Erik Welander" in elected.answer and "Kim Lindberger" in elected.answer, elected.answer
    assert "Olle Ek" not in elected.answer, elected.answer


def test_a_meeting_two_associations_held_is_answered_for_each(tmp_path) -> None:
    """"årsmötet 2019" without a name: IX and Föreningen Stacken each held one, and each is answered under its
    name; "årsmötet 2020" was IX's alone."""
    assistant = _two_associations(tmp_path)
    both = assistant.ask("vem var mötesordförande på årsmötet 2019?")
    assert both.found and "Elis Hirwing" in both.answer and "Anna Berg" in both.answer, both.answer
    blocks = {block.split(":")[0]: block for block in both.answer.split("\n\n")}  # "IX:" / "Protokollet …"
    assert "Elis Hirwing" in blocks["IX"] and "Anna Berg" not in blocks["IX"], both.answer
    one = assistant.ask("vem var mötesordförande på årsmötet 2020?")
    assert one.found and "Elis Hirwing" in one.answer and "Anna Berg" not in one.answer and "IX:" not in one.answer


def test_a_year_the_named_association_did_not_meet_is_refused(tmp_path) -> None:
    """Föreningen Stacken met in 2022, IX did not: IX's other annual meetings do not answer."""
    assistant = _two_associations(tmp_path)
    answer = assistant.ask("vem valdes till ordförande för IX på årsmötet 2022?")
    assert not answer.found and "2022" in answer.answer, answer.answer


def test_a_budget_row_in_kronor_and_ore_states_the_sum(tmp_path) -> None:
    assistant = _two_associations(tmp_path)
    answer = assistant.ask("hur mycket avsatte budgeten som IX årsmöte 2019 antog till lokalhyra för träffar?")
    assert answer.found and "10000.00" in answer.answer, answer.answer


def test_motion_n_is_the_motion_numbered_n_not_item_n(tmp_path) -> None:
    assistant = _two_associations(tmp_path)
    answer = assistant.ask("hur gick det med motion 1 om stadgeändring kring medlemsavgift på IX årsmöte 2019?")
    assert answer.found and "med ändringsyrkandet" in answer.answer, answer.answer
    assert "öppnar mötet" not in answer.answer, answer.answer
    assert "Medlemskap måste förnyas varje kalenderår" in answer.answer, answer.answer  # the amendment it names


def test_between_which_hours_gives_the_opening_and_the_closing(tmp_path) -> None:
    assistant = _two_associations(tmp_path)
    answer = assistant.ask("mellan vilka klockslag pågick IX årsmöte 2020?")
    assert "19:02" in answer.answer and "20:01" in answer.answer, answer.answer


def test_ahead_of_the_annual_meeting_reads_what_was_written_for_it(tmp_path) -> None:
    """"inför årsmötet 2019": the board's motion to the meeting may answer, not only the meeting's minutes; "på
    årsmötet 2019" is the meeting's own."""
    assistant = _two_associations(tmp_path)
    ahead = assistant.analyse("varför föreslogs en stadgeändring om medlemsavgift inför IX årsmöte 2019?")
    at = assistant.analyse("varför föreslogs en stadgeändring om medlemsavgift på IX årsmöte 2019?")
    assert at.filters.body == "Årsmötet" and ahead.filters.body == "", (at.filters, ahead.filters)
    motion = next(d["doc_id"] for d in assistant.documents() if d["path"].endswith("motion-1-medlemsavgift-2019.txt"))
    assert motion in ahead.filters.documents and ahead.filters.date_from <= "2019-01-29" <= ahead.filters.date_to


def test_a_board_filed_as_styrelsen_and_as_styrelsemotet_is_one_organ_in_a_year(tmp_path) -> None:
    """"styrelsemötet 2016": the board's meetings of that year, whether their minutes are filed under the board
    ("Styrelsen") or its meeting ("Styrelsemötet")."""
    folder = tmp_path / "corpus" / "ix"
    paths = [
        _written(folder / "2016-02-29-styrelsemote.txt", (
            "IX styrelse\nProtokoll konstituerande styrelsemöte 2016-02-29\n\n"
            "Motion: Förvaltning av inventarier\nTB har skickat in en motion angående inventarier som föreningen "
            "har i sin ägo.\nStyrelsen beslutade att låta TB förvalta dessa prylar.\n")),
        _written(folder / "2016-03-14-styrelsemote.txt", (
            "IX Styrelsemötesprotokoll\n2016-03-14\n\n1 Mötets öppnande\nMötet öppnade klockan 17:45.\n\n"
            "2 Närvarande\nSamtliga från styrelsen är närvarande.\n\n3 Hemsida\nStyrelsen beslutade att skriva oftare.\n")),
        _annual_minutes(folder, "IX", 2016, "Elis Hirwing", ["Erik Welander"], "100.00")]
    assistant = _indexed(tmp_path, paths)
    boards = {m.body for m in assistant.meetings.meetings()} - {"Årsmötet"}
    assert len(boards) == 2 and "Styrelsemötet" in boards, boards  # "Styrelse" from the first line
    answer = assistant.ask("vad beslutade IX styrelse om motionen om förvaltning av inventarier på styrelsemötet 2016?")
    assert answer.found and "låta TB förvalta dessa prylar" in answer.answer, answer.answer


def test_a_notice_in_prose_gives_the_time_and_place_in_its_sentence(tmp_path) -> None:
    """A notice posted as a blog text: "… den 14:e mars och börjar klockan" / "19:00 …. Platsen är online." The
    time wrapped onto the next line is still the meeting's, and the quote starts where its sentence does."""
    assistant = _beside_minutes_of_2020(tmp_path, "kallelse-arsmote-2020.txt", (
        "Inbjudan till IX årsmöte 2020-03-14\n\nNu har tiden kommit för IX Årsmöte! I år är det den 14:e mars "
        "och börjar klockan\n19:00 och planerat avslut senast 21. Platsen är online. Se extra bloggpost kring\n"
        "Årsmötet.\n\nDagordning\n1. Öppnande av mötet\n2. Val av mötesordförande\n"))
    answer = assistant.ask("när och var skulle IX årsmöte 2020 hållas enligt inbjudan?")
    assert all(fact in answer.answer for fact in ("14:e mars", "19:00", "online")), answer.answer


def test_a_sentence_saying_why_goes_with_the_sentence_it_explains(tmp_path) -> None:
    """"… grundligt då jag inte kunnat se kontoutdrag. Detta beror på att styrelsen inte kunnat logga in …": the
    reason the auditor gives is in the second sentence."""
    assistant = _beside_minutes_of_2020(tmp_path, "arsmotesprotokoll-2021.txt", (
        "IX Årsmötesprotokoll 2021\n2021-03-22\n\n1 Öppnande av mötet\nMötet öppnas 19:00.\n\n"
        "2 Revisionsberättelse\nJag har som revisor granskat styrelsens arbete under verksamhetsåret 2020.\n\n"
        "2.1 Ekonomisk redovisning\nJag har inte kunnat kontrollera den ekonomiska berättelsen grundligt då jag inte "
        "kunnat se kontoutdrag från banken. Detta beror på att styrelsen inte kunnat logga in på internetbanken då "
        "deras konton har deaktiverats. Jag har dock ingen anledning att misstro styrelsens berättelse.\n"))
    answer = assistant.ask("varför kunde revisorn inte kontrollera IX ekonomiska berättelse grundligt?")
    assert "logga in på internetbanken" in answer.answer, answer.answer


@pytest.mark.parametrize("said, question, expected", [
    ({"2011-01-20": "Föreningen har 15 bekräftade medlemmar.", "2011-02-20": "Kassan är god, inga nya utgifter.",
      "2011-03-10": "Totala medlemsantalet är 22 st."},
     "Hur mycket växte medlemsantalet mellan styrelsemötet 20 januari och mötet 10 mars 2011?",
     ("15 bekräftade medlemmar", "22 st")),
    ({"2023-09-20": "Vi har numera 127 medlemmar.",
      "2023-10-20": "Vi har en ekonomi i balans och numera 133 medlemmar."},
     "Hur många medlemmar hade vi vid styrelsemötet i september 2023 jämfört med mötet i oktober?",
     ("127 medlemmar", "133 medlemmar")),
])
def test_two_meetings_compared_are_each_answered(tmp_path, said: dict[str, str], question: str,
                                                 expected: tuple[str, str]) -> None:
    """Two meetings compared, "mellan styrelsemötet 20 januari och mötet 10 mars" or "vid styrelsemötet i september
    jämfört med mötet i oktober": the count each meeting's minutes give, not one meeting's ("medlemsantalet" counts
    members)."""
    folder = tmp_path / "corpus" / "styrelsen"
    paths = [_written(folder / f"styrelse-{day}.txt", (
        f"Protokoll styrelsemöte {day}\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Ekonomi\n{text}\n\n"
        "3. Aktiviteter\nVi ska skicka ut 2 enkäter och boka 3 kvällar för turneringar.\n\n"
        "4. Mötets avslutande\nMötet avslutades.\n")) for day, text in said.items()]
    answer = _indexed(tmp_path, paths).ask(question)
    assert all(fact in answer.answer for fact in expected), answer.answer
