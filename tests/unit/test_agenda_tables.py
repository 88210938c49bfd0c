"""The table-agenda parser on the three real Kungsbacka kallelser (bygg-au 2024-02-01, 02-29, 03-14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.documents.agenda_tables import is_table_agenda, join_wrapped, parse_table_agenda
from assistant.swedish import iso_date, normalize_dnr
from assistant.documents.model import Structure

ROOT = Path(__file__).resolve().parents[2]
KUNGSBACKA = ROOT / "corpus/kungsbacka"
ITEM_COUNTS = {"2024-02-01": 45, "2024-02-29": 25, "2024-03-14": 12}


def strip_front_matter(raw: str) -> str:
    """What the loader hands the parsers: the text after the closing ``---`` line of the YAML block."""
    return re.sub(r"\A---\n.*?\n---[ \t]*\n", "", raw, count=1, flags=re.DOTALL)


def read(date: str) -> str:
    return strip_front_matter((KUNGSBACKA / f"kungsbacka_bygg-au_{date}_kallelse.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def agendas() -> dict[str, tuple[str, Structure]]:
    return {date: (read(date), parse_table_agenda(read(date))) for date in ITEM_COUNTS}


def items(structure: Structure) -> dict[str, tuple[str, str]]:
    return {i.number: (i.dnr, i.title) for i in structure.items}


def test_every_numbered_row_is_an_item_with_a_dnr(agendas: dict[str, tuple[str, Structure]]) -> None:
    for date, (text, agenda) in agendas.items():
        assert [i.number for i in agenda.items] == [str(n) for n in range(1, ITEM_COUNTS[date] + 1)], date
        numbered_rows = re.findall(r"^\| \d+\. \|", text, re.MULTILINE)
        assert len(numbered_rows) == ITEM_COUNTS[date]
        for item in agenda.items:
            assert re.fullmatch(r"(?:BN-)?\d{4}-\d{5,6}", item.dnr), (date, item)


def test_items_of_2024_03_14(agendas: dict[str, tuple[str, Structure]]) -> None:
    found = items(agendas["2024-03-14"][1])
    assert found["1"] == ("2024-00001", "Förändring av ärendelista")
    assert found["3"] == ("BN-2016-00046", "Byggnadsnämndens överklagande av Länsstyrelsen i Hallands läns beslut "
                                           "att upphäva detaljplan för Varla 3:22 m.fl. i Kungsbacka")
    assert found["10"] == ("BN-2023-002581", "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus")
    item = agendas["2024-03-14"][1].items[2]
    assert item.fields["Föredragande"] == "Maria Brink, planarkitekt"
    assert item.fields["Förslag till beslut"].startswith(
        "Byggnadsnämnden beslutar att återta överklagande över Länsstyrelsen i Hallands läns beslut 2024-01-16")
    assert agendas["2024-03-14"][1].items[9].fields["Förslag till beslut"] == (
        "Byggnadsnämndens arbetsutskott avslår ansökan om bygglov för nybyggnad av enbostadshus. "
        "Avgiften för beslutet är 20 000 kronor. Avgiften är fastställd i taxan för Byggnadsnämndens verksamhet, "
        "beslutad i Kommunfullmäktige 2022-12-06 § 236.")


def test_dnr_written_with_a_space_is_normalised(agendas: dict[str, tuple[str, Structure]]) -> None:
    text, agenda = agendas["2024-02-29"]
    assert "BN 2023-<br>002581" in text
    assert items(agenda)["16"] == ("BN-2023-002581", "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus samt garage")
    assert agenda.items[2].fields["Föredragande"] == "Thinh Bui-Ljungqvist, bygglovshandläggare"
    assert agenda.items[3].title == "Byggnadsnämndens tillsynsplan 2024-2027"


def test_meeting_facts_and_roles(agendas: dict[str, tuple[str, Structure]]) -> None:
    facts = {date: (a.doc_type, a.organisation, a.body, a.meeting_date, a.meeting_time, a.place)
             for date, (_, a) in agendas.items()}
    assert facts["2024-03-14"] == ("kallelse", "Kungsbacka kommun", "Byggnadsnämndens arbetsutskott", "2024-03-14",
                                   "09.00", "Kungsbackarummet, Storgatan 37")
    assert facts["2024-02-29"][3:5] == ("2024-02-29", "09:00")
    assert facts["2024-02-01"][3] == "2024-02-01"
    assert agendas["2024-03-14"][1].roles == {
        "justerare": "Stefan Vilumsons (SD)",
        "justerare_ersattare": "Heinrich Kaufmann (C)",
        "ordförande": "Thure Sandén",
        "sekreterare": "Sofie Axelsson",
    }
    assert agendas["2024-02-29"][1].roles["justerare"] == "Lars Eriksson (S)"
    assert agendas["2024-02-29"][1].roles["sekreterare"] == "Amanda Toresson"


def test_blocks_are_table_rows(agendas: dict[str, tuple[str, Structure]]) -> None:
    text, agenda = agendas["2024-03-14"]
    rows = [b for b in agenda.blocks if b.kind == "agenda_item"]
    assert rows[0].item_title == "Val av justerare" and rows[0].item_number == ""
    assert text[rows[0].start:rows[0].end].startswith("|  | Val av justerare |")
    for block, item in zip(rows[1:], agenda.items, strict=True):
        assert (block.start, block.end, block.item_number, block.dnr) == (item.start, item.end, item.number, item.dnr)
        assert text[block.start:block.end].startswith(f"| {item.number}. |")
        assert text[block.start:block.end].endswith("|")
    fields = {b.item_number: b.field for b in rows}
    assert fields["1"] == ""  # no proposal
    assert fields["3"] == "Förslag till beslut i byggnadsnämnden"
    assert fields["10"] == "Förslag till beslut"
    assert fields["9"] == ""  # HAMMERÖ 9:24: only the label, the proposal is withheld
    assert [b.kind for b in agenda.blocks].count("meeting_info") == 2
    assert [b.start for b in agenda.blocks] == sorted(b.start for b in agenda.blocks)


def test_page_furniture_and_table_headers_are_noise(agendas: dict[str, tuple[str, Structure]]) -> None:
    for date, (text, agenda) in agendas.items():
        noise = {text[a:b] for a, b in agenda.noise}
        assert {"<!-- sida 2 -->", "KUNGSBACKA  KOMMUN", "[Tabell 2-1](kallelse.tabeller/2-1.csv)",
                "|  | Ärende | Beteckning | Förslag | Tid |", "| --- | --- | --- | --- | --- |"} <= noise, date
        assert any(re.fullmatch(r"2\(\d+\)", n) for n in noise)
        for block in agenda.blocks:
            assert not any(a < block.end and block.start < b for a, b in agenda.noise), (date, block)
            assert "<!-- sida" not in text[block.start:block.end]


def test_is_table_agenda() -> None:
    for date in ITEM_COUNTS:
        assert is_table_agenda(read(date))
    protocol_path = KUNGSBACKA / "kungsbacka_bygg-au_2024-03-14_protokoll.md"
    protocol = strip_front_matter(protocol_path.read_text(encoding="utf-8"))
    assert not is_table_agenda(protocol)
    assert not is_table_agenda((ROOT / "corpus/region-vastmanland/srb-2024-12-13-foredragningslista.txt").read_text())


def test_helpers() -> None:
    assert join_wrapped(["BUERA 16:24 -", "Förhandsbesked för", "nybyggnad"]) == (
        "BUERA 16:24 - Förhandsbesked för nybyggnad")
    assert join_wrapped(["BN-2016-", "00046"]) == "BN-2016-00046"
    assert normalize_dnr("BN 2023-002581") == normalize_dnr("BN-2023- 002581") == "BN-2023-002581"
    assert normalize_dnr("2024-00001") == "2024-00001"
    assert iso_date("1 februari 2024") == "2024-02-01"
    assert iso_date("14 mars 2024") == "2024-03-14"
    assert iso_date("14 foo 2024") == ""
