"""An association's attendance written as a table of names and roles, one person a row ("August Eriksson
Ordförande"), under a "Tidpunkt" that gives the day and the hours. Names are made up; the shape is the
genre's (a LaTeX class's title block as pypdf extracts it)."""

from __future__ import annotations

from assistant.documents.attendance import SERVING, members_in, served_entry
from assistant.documents.model import LoadedText, Member
from assistant.documents.parsing import parse

HEAD = """Datorföreningen Bit  Styrelsemöte 2021-03-02  1(2)

Protokoll fört vid Styrelsemöte

Datorföreningen Bit

Tidpunkt  2021-03-02, 17:05 - 18:10

Plats  Sal A1

Närvarande Anna Berg  Ordförande
Bo Ek  Sekreterare
Cecilia Holm  Vice Ordförande tillika justeringsperson
David Lund Kassör tillika justeringsperson
Erik Sten  Ledamot
Fia Ström  Medlem
Gustav Nord  Medlem

1 Mötets öppnande

Anna Berg förklarade mötet öppnat 17:05.

2 Godkännande av dagordning

Styrelsen beslutade att fastslå dagordningen.

3 Mötets avslutande

Anna Berg förklarade mötet avslutat 18:10.
"""


def test_the_role_in_the_cell_beside_each_name() -> None:
    structure = parse(HEAD)
    members = {m.name: m.role for m in structure.members}
    assert members["Anna Berg"] == "ordförande"
    assert members["Fia Ström"] == "medlem" and members["Gustav Nord"] == "medlem"
    assert members["Cecilia Holm"] == "vice ordförande tillika justeringsperson"
    assert members["David Lund"] == "kassör tillika justeringsperson"


def test_tidpunkt_gives_the_day_and_the_hours() -> None:
    structure = parse(HEAD)
    assert structure.meeting_date == "2021-03-02"
    assert structure.meeting_time == "17:05-18:10"


FEDERATION = """Direktionens protokoll 9 februari 2024

Närvarande

Direktionens ledamöter och ersättare som var närvarande på mötet

Direktionens ledamöter

Åsa Ulander, ordförande (S)
Stefan Broman (S)
Jan-Erik Iversen (M)

Direktionens ersättare

Anna Edin (C)
Klara Hedin (V) tjänstgörande

Tjänstepersoner

Per Silverliden, förbundschef
Catarina Andersson, administratör

Fackliga organisationer

Niklas Hildebrand, Kommunal
Jimmy Södermark, Vision

Justering och sekreterare

Att jämte ordförande Åsa Ulander justera dagens protokoll valdes Stefan Broman. Sekreterare är
Catarina Andersson.

1 § Sammanträdets öppnande

Ordförande öppnade mötet.
"""


def test_lists_headed_by_the_bodys_members_and_substitutes_officers_and_unions() -> None:
    """A kommunalförbund's minutes head their lists "Direktionens ledamöter", "Direktionens ersättare",
    "Tjänstepersoner" and "Fackliga organisationer": everyone present is read, members and substitutes as such."""
    members = {m.name: m.role for m in parse(FEDERATION).members}
    assert members["Stefan Broman"] == "ledamot" and members["Anna Edin"] == "ersättare"
    assert members["Per Silverliden"] == "förbundschef"
    assert "Jimmy Södermark" in members and "Niklas Hildebrand" in members


WEB_PRINTED = """Gå till innehåll

Direktionens protokoll 29 augusti 2023

Protokoll från direktionens sammanträde den 29 augusti 2023.

Ösby kommunhus, Storgatan 50 C, Klippan kl 08.30 – 12.30.

Beslutande:

William Garp (VF) vice ordf.

Agneta Sör (M)

Theresa Ros (M) Ordf

Arne Silf (S)

Ej tjänstgörande:

Robert Lars (KD)

Deltagande:

Suzanne Eck, sekreterare

Utses att justera:

Sida 1

Direktionen för Ösby Miljöförbund – sammanträde 2023-08-29

Arne Silf (S)

Justeringens plats:

Torsdag den 31 augusti 2023 - Digital justering

Direktionens beslut

Dagordningen godkänns.
"""


def test_a_web_page_printed_one_name_a_paragraph_and_a_page_break_under_a_label() -> None:
    """Minutes published as a web page and printed: each name of "Beslutande:" a paragraph of its own, the chair
    marked "Ordf" and "vice ordf.", and the running header of the next page between "Utses att justera:" and the
    name."""
    start = WEB_PRINTED.index("Sida 1")
    end = WEB_PRINTED.index("Arne Silf (S)\n\nJusteringens")
    structure = parse(WEB_PRINTED, LoadedText(WEB_PRINTED, noise=[(start, end - 2)]))
    members = {m.name: m.role for m in structure.members}
    assert {"William Garp", "Agneta Sör", "Theresa Ros", "Arne Silf", "Robert Lars"} <= set(members), members
    assert structure.roles["ordförande"] == "Theresa Ros" and structure.roles["justerare"] == "Arne Silf (S)"


def test_where_the_meeting_was_on_a_line_of_its_own_or_at_someones_home() -> None:
    """"Ösby kommunhus, Storgatan 50 C, Klippan kl 08.30 – 12.30." under the sentence naming the meeting; a small
    association meets at members' homes: "Protokoll vid styrelsemöte söndag 8 november 2015 kl 17.00 hos Siv och
    Jonny i" / "Harrvik"."""
    assert parse(WEB_PRINTED).place == "Ösby kommunhus, Storgatan 50 C, Klippan"
    home = parse("Protokoll nov.2015\n\nProtokoll vid styrelsemöte söndag 8 november 2015 kl 17.00 hos Siv och Jonny"
                 " i\nHarrvik\n\nNärvarande: Jonny, Sven-Ola och Stig.\n\n§ 1/ Mötet öppnades.\n\n§ 2/ Till "
                 "mötesordförande valdes Sven-Ola.\n\n§ 3/ Föredragningslistan godkändes.\n")
    assert "Harrvik" in home.place and home.meeting_date == "2015-11-08"


def test_the_organisation_a_body_is_for_and_a_body_that_is_no_organisation() -> None:
    """"Direktionen för Söderåsens Miljöförbund – sammanträde 2023-08-29" (a running header) names the federation;
    "Protokoll från direktionens sammanträde …" names a body, no organisation (a question saying "direktionen"
    then narrowed the answer to the documents it was taken for the organisation of)."""
    from assistant.documents.organisation import organisation_of

    head = ["Gå till innehåll", "Direktionens protokoll 29 augusti 2023",
            "Protokoll från direktionens sammanträde den 29 augusti 2023."]
    assert organisation_of(["Direktionen för Söderåsens Miljöförbund – sammanträde 2023-08-29", *head]) == \
        "Söderåsens Miljöförbund"
    assert organisation_of(head) == ""


def test_a_pages_heading_names_the_organisation_between_the_kind_and_the_day() -> None:
    """"Protokoll MA Lerum 2023-10-02" under a club's page title names the club; a body, a meeting or a month in
    that place names none."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Hoppa till innehåll", "Styrelseprotokoll 2023-10-02", "Protokoll MA Lerum 2023-10-02"]) \
        == "MA Lerum"
    for line in ("Protokoll Styrelsen 2023-10-02", "Protokoll Vårmötet 2019-05-21", "Kallelse Mars 2020",
                 "Protokoll Barn- och utbildningsnämnden 2025-02-18"):
        assert organisation_of([line]) == "", line


def test_a_list_of_those_present_ends_where_the_first_item_begins() -> None:
    """"Kim Bäckström, tvåa" / "1. Mötets öppnande Ordförande Mattias Jacobsson …": the item is no one's role;
    "PR-chef" keeps its capitals."""
    text = ("Styrelsemötet 951106\nProtokoll fört vid styrelsens lunchmöte 951106\n"
            "Närvarande: Mattias Jacobsson, ordförande\nAnders Selander, sekreterare\nAndré Henriksson, PR-chef\n"
            "Kim Bäckström, tvåa\n1. Mötets öppnande Ordförande Mattias Jacobsson förklarade mötet öppnat.\n"
            "2. Formalia 2.1 Till mötesordförande valdes Mattias Jacobsson.\n3. Dagordning Den godkändes.\n")
    members = [(m.name, m.role) for m in parse(text).members]
    assert members == [("Mattias Jacobsson", "ordförande"), ("Anders Selander", "sekreterare"),
                       ("André Henriksson", "PR-chef"), ("Kim Bäckström", "tvåa")]


def test_names_without_party_each_a_paragraph_under_a_label_alone() -> None:
    """"Närvarande" / "" / "Tora Ek, ordförande" / "" / "Amanda Berg": printed with a blank line after every line,
    names without party letters; the list ends at the next label ("Frånvarande")."""
    text = ("Protokoll styrelsemöte 2016-03-19\n\nTid: kl. 09.00-17.00\n\nNärvarande\n\nTora Ek, ordförande\n\n"
            "Amanda Berg\n\nLars Gäfvert, kassör\n\nGinbot Abraha, suppleant (§ 150-155)\n\nFrånvarande\n\n"
            "Per Ekdahl\n\n§ 1. Mötet öppnas\n\nOrdföranden förklarar mötet öppnat.\n")
    members = {m.name: m.role for m in parse(text).members}
    assert {"Tora Ek", "Amanda Berg", "Lars Gäfvert", "Ginbot Abraha"} <= set(members), members
    assert "Per Ekdahl" not in members, members


def test_a_substitute_in_a_flattened_list_serves_for_the_member_named_after_it() -> None:
    """"Beslutande" flattened into running lines, each substitute written "X (M), tjänstgör för Y (M)" with the
    hours and paragraphs after the member replaced: the substitute serves for Y at those hours, Y is not present."""
    values = ["Anna Berg (S), ordförande Bo Ek (S) Cecilia Holm (S) tjänstgör för",
              "David Lund (S) Erik Sten (C) Fia Ström (M), kl.",
              "08:15-14:05, §§ 33-43 Gustav Nord (M), tjänstgör för Fia Ström (M), kl.",
              "14:05-14:10, §§ 44-45 Hanna Lind (L) ersätter Ivar Berg (L) Jonas Ek (KD)"]
    members = [(m.name, m.role) for m in members_in(values, "ledamot")]
    assert ("Cecilia Holm", "tjänstgörande ersättare, tjänstgör för David Lund (S)") in members
    assert ("Gustav Nord", "tjänstgörande ersättare, tjänstgör för Fia Ström (M), kl. 14:05-14:10, §§ 44-45") in members
    assert ("Hanna Lind", "tjänstgörande ersättare, ersätter Ivar Berg (L)") in members
    assert [name for name, _ in members] == ["Anna Berg", "Bo Ek", "Cecilia Holm", "Erik Sten", "Fia Ström",
                                             "Gustav Nord", "Hanna Lind", "Jonas Ek"]


def test_a_substitutes_entry_is_quoted_from_the_name_to_whom_and_when_they_served_for() -> None:
    text = ("Beslutande\n\n08:15-14:05, §§ 33-43 Gustav Nord (M), tjänstgör för Fia Ström (M), kl.\n"
            "14:05-14:10, §§ 44-45 Jonas Ek (KD)")
    line = (12, text.index("\n14:05"))
    member = Member("Gustav Nord", "M", f"{SERVING}tjänstgör för Fia Ström (M), kl. 14:05-14:10, §§ 44-45", "")
    start, end = served_entry(text, line, member) or (0, 0)
    assert text[start:end] == "Gustav Nord (M), tjänstgör för Fia Ström (M), kl.\n14:05-14:10, §§ 44-45"
    assert served_entry(text, line, Member("Gustav Nord", "M", "ledamot", "")) is None


def test_the_party_written_between_commas_before_the_role() -> None:
    """"Maria Ek, C, ordf" / "Leif Berg, C, tjg ers för Ulf Lind, C": the party between commas, the role after it,
    and the substitute's "tjg ers för" (with the paragraphs served: "tjg ers, 62-79, för") whom they served for."""
    values = ["Maria Ek, C, ordf", "Lisa Sahl, M, 1:e vice ordf", "Leif Berg, C, tjg ers för Ulf Lind, C",
              "Cecilia Ahl, MP", "Per Grund, S, tjg ers, 62-79, för Nils Rho, S", "Ola Skog, kommunchef"]
    members = [(m.name, m.party, m.role) for m in members_in(values, "ledamot")]
    assert members == [("Maria Ek", "C", "ordförande"), ("Lisa Sahl", "M", "1:e vice ordförande"),
                       ("Leif Berg", "C", f"{SERVING}tjg ers för Ulf Lind, C"), ("Cecilia Ahl", "MP", "ledamot"),
                       ("Per Grund", "S", f"{SERVING}tjg ers, 62-79, för Nils Rho, S"), ("Ola Skog", "", "kommunchef")]
    run_on = [(m.name, m.party) for m in members_in(["Maria Ek, C, ordf Cecilia Ahl, MP Per Grund, S"], "ledamot")]
    assert run_on == [("Maria Ek", "C"), ("Cecilia Ahl", "MP"), ("Per Grund", "S")]  # "MP Per" is no name


def test_the_last_name_after_och_and_an_acting_secretary() -> None:
    """"Anders Nilsson (Ordf), Eddie Uggla, Anders Carlsson och Thomas Abrahamsson (tf Sekr).": "och" is no role of
    the name before it, and "tf Sekr" is an acting secretary."""
    values = ["Anders Nilsson (Ordf), Eddie Uggla, Anders Carlsson och Thomas Abrahamsson (tf Sekr)."]
    members = [(m.name, m.role) for m in members_in(values, "ledamot")]
    assert members == [("Anders Nilsson", "ordförande"), ("Eddie Uggla", "ledamot"), ("Anders Carlsson", "ledamot"),
                       ("Thomas Abrahamsson", "tf sekreterare")]


def test_roles_written_before_the_names_go_with_the_names() -> None:
    """A city board's list: "Ordföranden Kristina Alvendal (m)", "Vice ordföranden Teres Lindberg (s)", then role
    headings over the names ("Ledamöterna", "Suppleanterna", "Ersättare", "Verkställande direktören")."""
    from assistant.documents.attendance import members_in

    listed = ["Ordföranden Kristina Alvendal (m)", "", "Vice ordföranden Teres Lindberg (s)", "", "Ledamöterna",
              "Ann Mari Engel (v)", "Ulf Fridebäck (fp)", "", "Suppleanterna", "Anders Broberg (kd)", "", "Ersättare",
              "Kjell Savenholm", "", "Verkställande direktören", "Göran Wendel"]
    assert [(m.name, m.party, m.role) for m in members_in(listed, "ledamot")] == [
        ("Kristina Alvendal", "m", "ordförande"), ("Teres Lindberg", "s", "vice ordförande"),
        ("Ann Mari Engel", "v", "ledamot"), ("Ulf Fridebäck", "fp", "ledamot"), ("Anders Broberg", "kd", "suppleant"),
        ("Kjell Savenholm", "", "ersättare"), ("Göran Wendel", "", "verkställande direktör")]
