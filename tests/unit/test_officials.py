"""The meeting's officials in the shapes Swedish minutes write them, each quoted where it is stated."""

from __future__ import annotations

import re

import pytest

from assistant.documents.model import AgendaItem
from assistant.documents.officials import meeting_officials


def officials(text: str) -> dict[str, tuple[str, str]]:
    return {o.role: (o.names, text[o.start:o.end]) for o in meeting_officials(text, [])}


@pytest.mark.parametrize(("text", "role", "names"), [
    ("§ 2 Val av justerare\nMötet valde Karl Nilsson till justerare.\n", "justerare", "Karl Nilsson"),
    ("§ 3 Val av sekreterare\nMötet utsåg Lisa Ek till sekreterare.\n", "sekreterare", "Lisa Ek"),
    ("Till justerare valdes Eva Holm och Per Ek.\n", "justerare", "Eva Holm och Per Ek"),
    ("Justerare för mötet är Britt-Marie Lundquist\n", "justerare", "Britt-Marie Lundquist"),
    ("Ordförande Anna Berg förklarade mötet öppnat kl 12:15.\n", "ordförande", "Anna Berg"),
    ("2. Val av justerare Britt-Marie\n3. Diskussion\n", "justerare", "Britt-Marie"),
    ("a. Mötesordförande\nMötet nominerar och väljer Christoffer Sjöbergsson .\n", "ordförande", "Christoffer Sjöbergsson"),
    ("- mötessekreterare: Johan\n", "sekreterare", "Johan"),
    ("Erik Fogelberg skriver protokoll.\n", "sekreterare", "Erik Fogelberg"),
    ("3. Till att tillsammans med ordförande justera protokollet valdes Sven Sjökvist och Håkan\nLövgren.\n",
     "justerare", "Sven Sjökvist och Håkan Lövgren"),  # the second name broken over the line's end
    ("§2 Anna Green Svensson väljs att skriva protokoll, i Pierres frånvaro.\n", "sekreterare", "Anna Green Svensson"),
])
def test_each_shape_names_the_official_where_it_is_said(text: str, role: str, names: str) -> None:
    found = officials(text)
    assert found[role][0] == names
    assert names.split(" och ")[0] in found[role][1]


def test_the_one_chosen_to_keep_the_minutes_over_three_lines_is_the_secretary() -> None:
    text = "I Pierres frånvaro, väljs Anna\nGreen Svensson att\nskriva kvällens protokoll.\n"
    names, said = officials(text)["sekreterare"]
    assert names == "Anna Green Svensson"
    assert " ".join(said.split()) == "väljs Anna Green Svensson att skriva kvällens protokoll"


@pytest.mark.parametrize("signature", ["Vid anteckningarna\n\n/Lisa Ek\n", "Vid pennan\nLisa Ek\n",
                                       "Vid protokollet\n\n/Lisa Ek/\n"])
def test_notes_signed_by_who_kept_them_name_the_secretary(signature: str) -> None:
    """Notes end "Vid anteckningarna" (minutes "Vid protokollet", "Vid pennan") over the keeper's name, typed
    after a slash where the hand's signature would stand."""
    text = f"Gemensamt husrådsmöte 2020-10-14\n\nAnteckningar\n\nGenomgång av husen.\n\n{signature}"
    assert officials(text)["sekreterare"][0] == "Lisa Ek"


def test_signatures_at_the_end_when_the_opening_says_nothing() -> None:
    text = "Protokoll styrelsemöte\n§ 1 Övrigt\nInget.\n\nVid protokollet\n\nLisa Ek\n\nJusteras\n\nKarl Nilsson\nJusterare\n"
    found = officials(text)
    assert found["sekreterare"] == ("Lisa Ek", "Vid protokollet\n\nLisa Ek")
    assert found["justerare"] == ("Karl Nilsson", "Justeras\n\nKarl Nilsson")


def test_a_board_chair_elected_under_a_later_item_is_not_the_meetings_chair() -> None:
    text = "".join(f"§ {n} Punkt {n}\nText.\n" for n in range(1, 9)) + \
        "§ 9 Val av styrelse\nMötet beslutar att välja Per Ek till ordförande 2025.\n"
    items = [AgendaItem(f"§ {m.group(1)}", "", m.start(), m.end()) for m in re.finditer(r"^§ (\d+).*$", text, re.M)]
    assert "ordförande" not in {o.role for o in meeting_officials(text, items)}


def test_a_row_of_signatures_under_a_row_of_roles() -> None:
    """"Vid protokollet  Justeras" over the signatures (scanned: a line of scribble) and "Ingrid Kristensen  Emil
    Stigsson": each name under its role; a row of names is no one name for a role below it."""
    text = "Protokoll styrelsemöte\n§ 1 Övrigt\nInget.\n\nVid protokollet  Justeras\n\nbuy vÅ  a  byyO—\n\n" \
           "Ingrid Kristensen  Emil Stigsson\n\nOrdförande\n"
    found = officials(text)
    assert found["sekreterare"][0] == "Ingrid Kristensen" and found["justerare"][0] == "Emil Stigsson"
    assert "ordförande" not in found


def test_a_first_name_elected_and_the_full_name_signed() -> None:
    """A small board elects by first name ("Ylva väljs till justerare."); the signature gives the full name when
    it is the same person; "Mötet väljs …" names nobody."""
    text = "Protokoll styrelsemöte\nMötet öppnades\n1. | Val av justerare\nEmil väljs till justerare.\n" \
           "Elis väljs som mötesordförande.\n\nVid protokollet  Justeras\n\nIngrid Kristensen  Emil Stigsson\n"
    found = officials(text)
    assert found["justerare"][0] == "Emil Stigsson" and found["ordförande"][0] == "Elis"
    assert officials("Protokoll\nYlva väljs till justerare.\n\nJusteras\n\nYHA Selander\n")["justerare"][0] == "Ylva"


def test_a_board_that_elects_by_first_name_in_the_active_voice() -> None:
    """"Styrelsen valde Leffe till mötessekreterare": the subject elects, the member named by first name."""
    text = ("Styrelsemöte 2016-02-23\n\n1. Mötet öppnas 18.15\n3. Val av mötesordförande\n"
            "Styrelsen valde Rebecca till mötesordförande\n\n4. Val av mötessekreterare\n"
            "Styrelsen valde Leffe till mötessekreterare\n\n5. Val av justerare\n"
            "Mötet valde Karin och Matilda till justerare.\n")
    roles = {o.role: o.names for o in meeting_officials(text, [])}
    assert roles == {"ordförande": "Rebecca", "sekreterare": "Leffe", "justerare": "Karin och Matilda"}


def test_a_first_name_elected_after_the_verb_in_the_passive() -> None:
    """"Förutom Kjell o Mia valdes Göran till justeringsman.": the verb first, the one elected after it."""
    text = ("Protokoll styrelsemöte 12/2019\n\n• 3  Val av justeringsman jämte ordförande o sekreterare.\n\n"
            "Tre personer justerar varje styrelseprotokoll. Förutom Kjell o Mia valdes Göran till justeringsman.\n")
    roles = {o.role: o.names for o in meeting_officials(text, [])}
    assert roles.get("justerare") == "Göran", roles


def test_signatures_with_the_names_above_their_roles_and_a_sections_talman() -> None:
    """A student section's signature page: each name over its role in two columns, the pairs a paragraph apart;
    the section meeting is chaired by its "Talman"."""
    text = ("§1 Mötets öppnande\nMötet öppnas 17.15.\n\n§2 Mötets avslutande\nMötet avslutas 23.24.\n\nSignaturer\n\n"
            "Ruben Seyer  Felix Augustsson\nTalman  Sekreterare\n\nTarek Alhaskir  Mikael Eriksson\n"
            "Justerare  Justerare\n\n25 (26)\n")
    roles = {o.role: o.names for o in meeting_officials(text, [])}
    assert roles == {"ordförande": "Ruben Seyer", "sekreterare": "Felix Augustsson",
                     "justerare": "Tarek Alhaskir och Mikael Eriksson"}


def test_a_cover_page_signs_the_minutes_before_the_items() -> None:
    """A municipal cover page (KTweb, Dynasty): the e-signatures' names over their roles, before the first item and
    without a signature rule; the minutes run on long after it."""
    text = ("Protokoll  5/2022\n\nOrgan  Välfärdsnämnden\nSammanträdestid  15.9.2022 kl. 18.00\n\n"
            "Elektroniska underskrifter\n\nMikael Lindvall  Solveig Rif\nordförande  protokollförare\n\n"
            "Elektronisk protokolljustering\n\nJohanna Norrbygård  Tua Backman\n\n" + "Text om ärendena.\n" * 200)
    found = officials(text)
    assert found["ordförande"] == ("Mikael Lindvall", "Mikael Lindvall  Solveig Rif\nordförande  protokollförare")
    assert found["sekreterare"][0] == "Solveig Rif"


def test_the_elected_chair_of_the_meeting_and_not_the_associations_chair_who_opened_it() -> None:
    """"Föreningens ordförande Cecilia Skoog hälsade alla välkomna" opens an årsmöte that then elects its own
    chair ("Årsmötet beslutade att / välja Ingvor Green till mötesordförande.")."""
    text = ("§ 1 Mötets öppnande\n\nFöreningens ordförande Cecilia Skoog hälsade alla välkomna och förklarade årsmötet "
            "öppnat.\n\n§ 2 Val av mötesordförande och sekreterare\n\nÅrsmötet beslutade att\n\nvälja Ingvor Green till "
            "mötesordförande.\n\nvälja Victoria Dorup till mötessekreterare.\n")
    found = officials(text)
    assert found["ordförande"][0] == "Ingvor Green"
    assert found["sekreterare"][0] == "Victoria Dorup"
    assert officials("Ordförande Anna Berg förklarade mötet öppnat kl 12:15.\n")["ordförande"][0] == "Anna Berg"
    checkers = officials("Årsmötet beslutade att\n\nvälja Ingrid Thögersen och Marcus Alsterfjord att justera protokollet.\n")
    assert checkers["justerare"][0] == "Ingrid Thögersen och Marcus Alsterfjord"


def test_first_names_with_the_verb_left_out_and_the_role_in_the_heading_on_the_same_line() -> None:
    """A club's OCR'd minutes, one item a line: "5. Val av ordförande och sekreterare för mötet. Per valdes till
    ordförande och Stefan till" / "sekreterare." and "6. Val av 2 st protokolljusterare tillika rösträknare. Tony och
    Madeleine valdes."."""
    text = ("4. Fastställande av dagordningen: Godkändes.\n5. Val av ordförande och sekreterare för mötet. Per valdes till "
            "ordförande och Stefan till\nsekreterare.\n6. Val av 2 st protokolljusterare tillika rösträknare. Tony och "
            "Madeleine valdes.\n7. Styrelsens verksamhetsberättelse.\n")
    found = officials(text)
    assert found["ordförande"][0] == "Per" and found["sekreterare"][0] == "Stefan"
    assert "Stefan till\nsekreterare" in found["sekreterare"][1]
    assert found["justerare"][0] == "Tony och Madeleine"


def test_a_justering_paragraph_written_as_sentences_below_the_attendance() -> None:
    """A kommunalförbund's minutes: "Justering och sekreterare" / "Att jämte ordförande Åsa Ulander justera dagens
    protokoll valdes Pirjo Jonsson. Sekreterare är" / "Catarina Andersson."; the item below says the chair opened
    the meeting ("Ordförande öppnade mötet."), which is no heading over a name; another writes each official with
    the role after the name ("Niklas Säwén och Erik Lövgren, justerande. Per Silverliden, sekreterare.")."""
    text = ("Direktionens protokoll 9 februari 2024\n\nJustering och sekreterare\n\nAtt jämte ordförande Åsa Ulander "
            "justera dagens protokoll valdes Pirjo Jonsson. Sekreterare är\nCatarina Andersson.\n\n1 § Sammanträdets "
            "öppnande\n\nOrdförande öppnade mötet.\n\nDagordningen fastställdes.\n\nTill justeringsperson valdes Pirjo "
            "Jonsson.\n")
    found = officials(text)
    assert found["ordförande"][0] == "Åsa Ulander"
    assert found["justerare"][0] == "Pirjo Jonsson" and found["sekreterare"][0] == "Catarina Andersson"
    assert "Catarina Andersson" in found["sekreterare"][1]
    other = officials("Justering och sekreterare\n\nNiklas Säwén och Erik Lövgren, justerande. Per Silverliden, "
                      "sekreterare.\n\n1 § Sammanträdets öppnande\n")
    assert other["justerare"][0] == "Niklas Säwén och Erik Lövgren" and other["sekreterare"][0] == "Per Silverliden"
    wrapped = officials("Justering och sekreterare\n\nAtt jämte ordförande Åke Nylén justeras protokollet av Pirjo "
                        "Jonsson. Sekreterare är Per\nSilverliden.\n\n56 § Sammanträdets öppnande\n")
    assert wrapped["justerare"][0] == "Pirjo Jonsson" and wrapped["sekreterare"][0] == "Per Silverliden"



def test_a_summary_that_ends_with_who_chaired_and_who_kept_the_minutes() -> None:
    """A party branch's summary of its annual meeting ends "Jesper Sjöberg Räftegård var ordförande för mötet och
    Linus Sandkvist" / "sekreterare.": the meeting's chair and secretary."""
    found = officials("Övrigt\n\nMedlemmar diskuterade aktuella frågor.\n\nJesper Sjöberg Räftegård var ordförande "
                      "för mötet och Linus Sandkvist\nsekreterare.\n\nMöteshandlingar\n")
    assert found["ordförande"][0] == "Jesper Sjöberg Räftegård" and found["sekreterare"][0] == "Linus Sandkvist"
    assert "sekreterare." in found["sekreterare"][1]



def test_a_list_of_names_that_runs_on_to_the_next_line() -> None:
    """"2.3  Till justerare valdes Magnus Söderlund och" / "Ola Ågren.": both, not the first alone."""
    text = ("Protokoll fört vid styrelsens lunchmöte 950306\n\n2. Formalia  2.1  Till mötesordförande valdes "
            "Mattias Jacobsson.\n2.2  Till mötessekreterare valdes Anders Selander\n2.3  Till justerare valdes "
            "Magnus Söderlund och\nOla Ågren.\n\n3. Dagordning  Den förestående dagordningen fastställdes.\n")
    found = {o.role: o.names for o in meeting_officials(text, [])}
    assert found == {"ordförande": "Mattias Jacobsson", "sekreterare": "Anders Selander",
                     "justerare": "Magnus Söderlund och Ola Ågren"}


@pytest.mark.parametrize("opening, expected", [
    ("2. Till mötesordförande valdes Stian, till mötessekreterare Stefan, och till justeringsperson\nLeif-Jöran.\n",
     {"ordförande": "Stian", "sekreterare": "Stefan", "justerare": "Leif-Jöran"}),
    ("2. Som mötesfunktionärer valdes\n\n(a) Stefan till ordförande,\n(b) Gustav till sekreterare och\n"
     "(c) Stian till justeringsperson.\n", {"ordförande": "Stefan", "sekreterare": "Gustav", "justerare": "Stian"}),
    ("Stefan var mötets ordförande, Gustav sekreterare och Stian justerare.\n",
     {"ordförande": "Stefan", "sekreterare": "Gustav", "justerare": "Stian"}),
    ("1. Stefan Kangas ledde mötet och Stian Rødven Eide justerar protokollet.\n",
     {"ordförande": "Stefan Kangas", "justerare": "Stian Rødven Eide"}),
    ("2. The meeting officials were elected as\n\n(a) Stefan as chairperson,\n(b) Gustav as secretary, and\n"
     "(c) Mattias as approver.\n", {"ordförande": "Stefan", "sekreterare": "Gustav", "justerare": "Mattias"}),
    ("2. Meeting officials elections\n\n(a) Stefan to chairman\n(b) Gustav to meeting secretary\n",
     {"ordförande": "Stefan", "sekreterare": "Gustav"}),
    ("§ 1 Till funktionärer för mötet valdes som ordförande Eva Werner, som sekreterare Gustav Eek samt som "
     "justerare Anna Berg och Olle Ek.\n",
     {"ordförande": "Eva Werner", "sekreterare": "Gustav Eek", "justerare": "Anna Berg och Olle Ek"}),
    ("2. Till ordförande valdes Eva Werner, till sekreterare Gustav Eek och till justerare Anna Berg.\n",
     {"ordförande": "Eva Werner", "sekreterare": "Gustav Eek", "justerare": "Anna Berg"}),
])
def test_officials_named_once_each_in_a_sentence_or_a_lettered_list(opening: str, expected: dict[str, str]) -> None:
    """A small association elects its officials in one sentence ("till sekreterare Gustav"), in a lettered list
    under one verb, in the past tense ("Stefan var mötets ordförande") or in English; by first name, hyphenated
    too ("Leif-Jöran")."""
    text = "Protokoll, styrelsemöte\n\nNärvarande: Gustav Eek, Stefan Kangas, Eva Werner\n\n1. Mötet öppnades.\n\n" + \
        opening + "\n3. Dagordningen godkändes.\n"
    assert {o.role: o.names for o in meeting_officials(text, [])} == expected


@pytest.mark.parametrize("opening, expected", [
    ("2. Val till dagens möte\nLennart B Johansson valdes till sekreterare för mötet.\n"
     "Lars-Erik Åberg till att justera protokollet.\n",
     {"sekreterare": "Lennart B Johansson", "justerare": "Lars-Erik Åberg"}),
    ("2. Lennart B. Johansson valdes till mötessekreterare och Bosse Steiner valdes till\njusteringsman.\n",
     {"sekreterare": "Lennart B. Johansson", "justerare": "Bosse Steiner"}),
])
def test_a_middle_initial_and_a_justerare_named_under_the_heading_of_the_elections(opening: str,
                                                                                  expected: dict[str, str]) -> None:
    """"Lennart B Johansson" is one name; "X till att justera protokollet" under "Val till dagens möte" elects
    the justerare with the verb left out."""
    text = "Styrelsemöte 3/2023\n\nNärvarande: Dan Israel, Ordförande\n\n1. Öppnande\nDan Israel öppnade mötet\n\n" + \
        opening + "\n3. Ekonomi\nGenomgång.\n"
    found = {o.role: o.names for o in meeting_officials(text, [])}
    assert {role: found.get(role) for role in expected} == expected


def test_the_justerare_a_municipal_body_appoints_beside_its_chair() -> None:
    """"Upprop förrättas och Ann-Margret Knapp utses att jämte ordföranden justera protokollet.\""""
    text = ("Allmänna utskottet 2008-06-09\n\n§ 29 Upprop och protokollsjustering\nUpprop förrättas och Ann-Margret "
            "Knapp utses att jämte ordföranden justera protokollet.\n\n§ 30 Budgetuppföljning\nLäggs till handlingarna.\n")
    assert {o.role: o.names for o in meeting_officials(text, [])}.get("justerare") == "Ann-Margret Knapp"


def test_the_meetings_at_which_a_person_named_was_justerare(tmp_path) -> None:
    """"Fredrik Holmbom var justerare på två styrelsemöten 2013 – vilka?", "i vilka styrelseprotokoll …": the
    meetings whose minutes name him justerare, with his party letters or without, each dated by its head, not the
    latest meeting's justerare."""
    from conftest import make_assistant
    from fakes import HashingEmbedder

    folder = tmp_path / "styrelsen"
    folder.mkdir()
    for day, written, checkers in (("2013-03-02", "2-3 mars 2013", "Isabelle Danielsson och Fredrik Holmbom"),
                                   ("2013-06-08", "8 juni 2013", "Fredrik Holmbom (M) och Anna Berg (S)"),
                                   ("2013-10-09", "9 oktober 2013", "Nils Kadesjö och Anna Berg")):
        (folder / f"protokoll-{day}.txt").write_text(
            f"Protokoll fört vid möte med partiets styrelse {written}\n\n§ 1. Mötets öppnande\nMötet öppnades.\n\n"
            f"§ 2. Val av mötesfunktionärer\nTill mötesordförande valdes Anders Lindbäck\nTill justerare valdes "
            f"{checkers}.\n\n§ 3. Ekonomi\nKassan är god.\n", encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([folder]).errors
    answer = assistant.ask("Fredrik Holmbom var justerare på två styrelsemöten 2013 – vilka?")
    assert "2-3 mars 2013" in answer.answer and "8 juni 2013" in answer.answer, answer.answer
    assert "9 oktober 2013" not in answer.answer, answer.answer
    listed = assistant.ask("i vilka styrelseprotokoll var Fredrik Holmbom justerare?")
    assert listed.answer.startswith("Fredrik Holmbom var justerare på 2 möten"), listed.answer


def test_the_chair_who_opened_the_meeting_is_no_heading_over_the_names_elected_below() -> None:
    """"1. Ordförande Niclas Moberg öppnade mötet …" is a sentence; the names elected on the lines below it (the
    meeting's chair, the justerare) are not all chairs."""
    text = ("1. Ordförande Niclas Moberg öppnade mötet och hälsade alla välkomna.\n"
            "2. Till ordförande för mötet valdes Niclas Moberg och till sekreterare Peter Karlsson.\n"
            "3. Till att tillsammans med ordförande justera protokollet valdes Sven Sjökvist och Håkan\nLövgren.\n")
    assert officials(text)["ordförande"][0] == "Niclas Moberg"


def test_a_page_header_in_capitals_under_a_role_is_no_name() -> None:
    """A transcript's page break after the signatures: "Sekreterare" then the next page's "2 ÅNGE KOMMUN
    SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sida", which names no secretary."""
    text = ("Sven Johansson Ordförande Agneta Andersson\nSekreterare\n\n"
            "2 ÅNGE KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sida\nValnämnden Plats och tid Ånge kommunkontor\n")
    assert "sekreterare" not in officials(text)


def test_the_annual_meetings_own_chair_and_secretary_named_as_compounds() -> None:
    """"Till årsmötesordförande valdes Susanne Johansson", "Till årsmötessekreterare valdes Margot Larsson": the
    meeting's chair and secretary, not the association's chair the meeting opened with or re-elected."""
    text = ("§1 Mötet öppnades av körens ordförande Lennart Westin.\n\n§4 Till årsmötesordförande valdes "
            "Susanne Johansson.\n\n§5 Till årsmötessekreterare valdes Margot Larsson.\n\n§6 Till justeringsmän valde "
            "Eva Westerberg och Yvonne Hammar.\n\n§12 Val av styrelse\nOrdförande Lennart Westin omvaldes 1 år\n")
    found = officials(text)
    assert found["ordförande"][0] == "Susanne Johansson"
    assert found["sekreterare"][0] == "Margot Larsson"
    assert officials("Till stämmoordförande valdes Per Ek.\n")["ordförande"][0] == "Per Ek"


def test_a_role_cell_of_an_election_is_no_official_of_the_meeting() -> None:
    """"Ordförande  Lennart Westin omvaldes 1 år" in the table of the board elected: the association's chair for the
    next year, not who chaired the annual meeting."""
    from assistant.documents.parsing import parse

    text = ("Protokoll från årsmöte i Långbrodalskören 2016-02-15\n\n§1  Mötet öppnades av körens ordförande "
            "Lennart Westin.\n\n§4  Till årsmötesordförande valdes Susanne Johansson.\n\n§12  Val av styrelse\n"
            "        Ordförande                          Lennart Westin omvaldes 1 år\n")
    assert parse(text).roles["ordförande"] == "Susanne Johansson"
