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
