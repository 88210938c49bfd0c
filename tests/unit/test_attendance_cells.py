"""An association's attendance written as a table of names and roles, one person a row ("August Eriksson
Ordförande"), under a "Tidpunkt" that gives the day and the hours. Names are made up; the shape is the
genre's (a LaTeX class's title block as pypdf extracts it)."""

from __future__ import annotations

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
