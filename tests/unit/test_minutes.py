"""The minutes parser on the real Kungsbacka protocol (bygg-au 2024-03-14, §§ 71-82, 47 pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.documents.agenda_tables import join_wrapped
from assistant.documents.model import Structure
from assistant.documents.minutes import is_minutes, noise_spans, parse_minutes

ROOT = Path(__file__).resolve().parents[2]
KUNGSBACKA = ROOT / "corpus/kungsbacka"
PROTOCOL = KUNGSBACKA / "kungsbacka_bygg-au_2024-03-14_protokoll.md"
NOISE_MARKERS = ("SAMMANTRÄDESPROTOKOLL", "Expedierat/bestyrkt", "<!-- sida")

FIRST_BESLUT_LINE = {
    "§ 71": "Byggnadsnämndens arbetsutskott godkänner ärendelistan utan förändring.",
    "§ 72": "Byggnadsnämndens arbetsutskott noterar informationen till protokollet.",
    "§ 74": "Byggnadsnämndens arbetsutskott lämnar negativt förhandsbesked för ett",
    "§ 75": "Byggnadsnämndens arbetsutskott lämnar negativt förhandsbesked för tre",
    "§ 76": "Byggnadsnämndens arbetsutskott lämnar negativt förhandsbesked för ett",
    "§ 77": "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av",
    "§ 78": "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av",
    "§ 80": "Byggnadsnämndens arbetsutskott avslår ansökan om bygglov för nybyggnad av",
    "§ 81": "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för tillbyggnad av",
}
BESLUT_80 = (
    "Byggnadsnämndens arbetsutskott avslår ansökan om bygglov för nybyggnad av\n"
    "enbostadshus.\n"
    "\n"
    "Avgiften för beslutet är 20 000 kronor. Avgiften är fastställd i taxan för\n"
    "byggnadsnämndens verksamhet, beslutad i kommunfullmäktige 2022-12-06 § 236."
)


def strip_front_matter(raw: str) -> str:
    """What the loader hands the parsers: the text after the closing ``---`` line of the YAML block."""
    return re.sub(r"\A---\n.*?\n---[ \t]*\n", "", raw, count=1, flags=re.DOTALL)


def read(path: Path) -> str:
    return strip_front_matter(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text() -> str:
    return read(PROTOCOL)


@pytest.fixture(scope="module")
def minutes(text: str) -> Structure:
    return parse_minutes(text)


def without_noise(text: str, start: int, end: int, noise: list[tuple[int, int]]) -> str:
    kept = [i for i in range(start, end) if not any(a <= i < b for a, b in noise)]
    return "".join(text[i] for i in kept)


def toc_entries(text: str) -> list[tuple[str, str, str]]:
    """(§, dnr, title) from the table of contents on page 2, read independently of the parser."""
    toc = text[text.index("Innehåll"):text.index("Expedierat/bestyrkt", text.index("Innehåll"))]
    entries = []
    for block in re.split(r"\n(?=§ )", toc)[1:]:
        head, *rest = [ln for ln in block.splitlines() if ln.strip()]
        number, dnr = re.fullmatch(r"(§ \d+) Dnr (\S+)", head).groups()
        title = re.sub(r"\s*\.{2,}\s*\d+$", "", join_wrapped(rest))
        entries.append((number, dnr, title))
    return entries


def test_an_agenda_the_secretary_filled_in_at_the_meeting_is_its_minutes() -> None:
    """"Föredragningslista" over items that each record what the meeting did ("- Mötet valde John till
    ordförande.") is the minutes; an agenda that only proposes stays one."""
    from assistant.documents.parsing import parse

    items = ("§ 1 Mötets öppnande\n\n§ 2 Val av mötesordförande\n\nFörslag: John Ek.\n{chair}\n\n"
             "§ 3 Val av mötessekreterare\n\nFörslag: Johan Ros.\n{secretary}\n\n§ 4 Godkännande av föredragningslistan"
             "\n\n{agenda}\n\n§ 5 Val av medlemsavgift\n\n{fee}\n")
    filled = items.format(chair="- Mötet valde John till ordförande.", secretary="- Mötet valde Johan till sekreterare.",
                          agenda="- Mötet godkände föredragningslistan.", fee="- Mötet valde avgiften till noll (0) kr.")
    head = "Stormöte  Kodföreningen  Växjö 2017-02-14\n\nFöredragningslista, Kodföreningen Stormöte 2017-02-14\n\n"
    assert parse(head + filled).doc_type == "protokoll"
    assert parse(head + items.format(chair="", secretary="", agenda="", fee="Styrelsen föreslår 0 kr.")).doc_type == \
        "föredragningslista"


def test_all_paragraphs_with_dnr_and_title_from_the_table_of_contents(text: str, minutes: Structure) -> None:
    expected = toc_entries(text)
    assert [e[0] for e in expected] == [f"§ {n}" for n in range(71, 83)]
    assert [(i.number, i.dnr, i.title) for i in minutes.items] == expected
    assert minutes.items[2].dnr == "BN-2016-00046"
    assert minutes.items[9].title == "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus"


def test_item_spans_cover_one_paragraph_each(text: str, minutes: Structure) -> None:
    for item, following in zip(minutes.items, minutes.items[1:] + [None]):
        assert text[item.start:item.end].startswith(item.number)
        if following:
            assert item.end < following.start
    assert text[minutes.items[-1].start:minutes.items[-1].end].endswith("Sökande (delges)")


def test_beslut_of_every_paragraph(minutes: Structure) -> None:
    fields = {item.number: item.fields for item in minutes.items}
    for number, first_line in FIRST_BESLUT_LINE.items():
        assert fields[number]["Beslut"].startswith(first_line), number
    # The arbetsutskott only proposes to the nämnd in § 73 and § 82; § 79 is withheld (secrecy).
    assert fields["§ 73"]["Förslag till beslut i byggnadsnämnden"].startswith(
        "Byggnadsnämnden beslutar att återta överklagande över Länsstyrelsen i Hallands")
    assert fields["§ 82"]["Förslag till beslut i byggnadsnämnden"].startswith(
        "Byggnadsnämnden beviljar inte strandskyddsdispens för parkeringsplatser,")
    assert "Beslut" not in fields["§ 73"] and "Beslut" not in fields["§ 82"]
    assert fields["§ 79"] == {
        "Text": "Protokoll innehållande sekretess publiceras inte i sin helhet på Kungsbacka\nkommuns webbsida."}


def test_beslut_of_paragraph_80_is_verbatim(text: str, minutes: Structure) -> None:
    [block] = [b for b in minutes.blocks if b.item_number == "§ 80" and b.kind == "decision"]
    assert text[block.start:block.end] == BESLUT_80
    assert (block.field, block.dnr, block.item_title) == ("Beslut", "BN-2023-002581",
                                                          "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus")
    assert block.heading_path == ("Byggnadsnämndens arbetsutskott",
                                  "§ 80 MYRA 6:19 - Bygglov för nybyggnad av enbostadshus")


def test_field_blocks_and_kinds(text: str, minutes: Structure) -> None:
    kinds = {(b.item_number, b.field): b.kind for b in minutes.blocks if b.item_number}
    assert kinds[("§ 73", "Förslag till beslut i byggnadsnämnden")] == "proposal_decision"
    assert kinds[("§ 77", "Förslag till beslut på sammanträdet")] == "proposal_decision"
    assert kinds[("§ 77", "Beslutsgång")] == "field"
    assert kinds[("§ 77", "Upplysning")] == "field"
    assert kinds[("§ 74", "Beslutet kan överklagas")] == "field"
    for block in minutes.blocks:
        assert text[block.start:block.end] == text[block.start:block.end].strip()
        if block.item_number:
            assert block.field in minutes.items[int(block.item_number[2:]) - 71].fields


def test_sub_headings_stay_in_their_field(minutes: Structure) -> None:
    fields = minutes.items[3].fields  # § 74
    assert "Planförutsättningar" not in fields and "Lucktomt" not in fields
    assert "\nPlanförutsättningar\n" in fields["Sammanfattning av ärendet"]
    assert "\nLucktomt\n" in fields["Beslutsmotivering"]


def test_header_facts(minutes: Structure) -> None:
    assert (minutes.doc_type, minutes.organisation, minutes.body) == (
        "protokoll", "Kungsbacka kommun", "Byggnadsnämndens arbetsutskott")
    assert (minutes.meeting_date, minutes.meeting_time, minutes.place) == (
        "2024-03-14", "09.00–09.57", "Kungsbackarummet, Storgatan 37")
    assert minutes.roles == {
        "ordförande": "Thure Sandén (M)",
        "sekreterare": "Sofie Axelsson",
        "justerare": "Stefan Vilumsons (SD)",
        "paragrafer": "§§ 71-82",
        "justering": "Digital justering",
    }


def test_members(minutes: Structure) -> None:
    members = {m.name: (m.party, m.role) for m in minutes.members}
    assert members["Thure Sandén"] == ("M", "ordförande")
    assert members["Heinrich Kaufmann"] == ("C", "1:e vice ordförande")
    assert [n for n, (party, _) in members.items() if party] == [
        "Thure Sandén", "Heinrich Kaufmann", "Daniel Hognert", "Lars Eriksson", "Stefan Vilumsons"]
    assert members["Stefan Vilumsons"] == ("SD", "ledamot")
    assert members["Thinh Bui-Ljungqvist"] == ("", "senior bygglovshandläggare")
    assert members["Maria Brink"] == ("", "planarkitekt, kommunstyrelsens förvaltning, §§ 71-73")
    assert members["Sofie Axelsson"] == ("", "nämndsekreterare")
    assert len(members) == 14


def test_meeting_info_and_members_blocks(text: str, minutes: Structure) -> None:
    info = [b for b in minutes.blocks if b.kind in ("meeting_info", "members")]
    assert [b.kind for b in info] == ["meeting_info", "members", "meeting_info"]
    assert text[info[0].start:info[0].end].startswith("Plats och tid för Kungsbackarummet")
    assert text[info[1].start:info[1].end].startswith("Beslutande")
    assert text[info[1].start:info[1].end].endswith("Sofie Axelsson, nämndsekreterare")
    assert text[info[2].start:info[2].end].endswith("Protokolljusterare Stefan Vilumsons (SD)")


def test_no_block_contains_noise(text: str, minutes: Structure) -> None:
    noise = minutes.noise
    for block in minutes.blocks:
        kept = without_noise(text, block.start, block.end, noise)
        assert not any(marker in kept for marker in NOISE_MARKERS), block
        assert not any(a <= block.start < b or a < block.end <= b for a, b in noise), block
    for item in minutes.items:
        assert not any(marker in value for value in item.fields.values() for marker in NOISE_MARKERS)


def test_page_furniture_is_noise(text: str, minutes: Structure) -> None:
    noise_text = [text[a:b] for a, b in minutes.noise]
    assert sum(t.startswith("<!-- sida") for t in noise_text) == 47
    headers = [t for t in noise_text if "SAMMANTRÄDESPROTOKOLL" in t]
    assert len(headers) == 47
    assert headers[6] == ("KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL          7 (47)\n"
                          "Byggnadsnämndens arbetsutskott\nDatum\n2024-03-14")
    assert noise_text.count("Expedierat/bestyrkt") == 46  # every page but the first
    assert noise_spans(text) == minutes.noise


def test_table_of_contents_is_noise(text: str, minutes: Structure) -> None:
    start = text.index("Innehåll")
    end = text.index("och byggbodar.......") + len(text[text.index("och byggbodar......."):].split("\n")[0])
    assert any(a <= start and end <= b for a, b in minutes.noise)
    toc_line = text.index("§ 80 Dnr BN-2023-002581")
    assert any(a <= toc_line < b for a, b in minutes.noise)
    assert all(not (start <= item.start < end) for item in minutes.items)


def test_a_field_across_pages_keeps_its_noise_inside(text: str, minutes: Structure) -> None:
    [block] = [b for b in minutes.blocks if b.item_number == "§ 74" and b.field == "Beslutsmotivering"]
    assert "SAMMANTRÄDESPROTOKOLL          7 (47)" in text[block.start:block.end]
    assert text[block.start:block.end].endswith(
        "överväger det enskilda intresset av att bygga ett bostadshus\npå platsen.")


def test_is_minutes() -> None:
    assert is_minutes(read(PROTOCOL))
    for path in sorted(KUNGSBACKA.glob("*_kallelse.md")) + sorted((ROOT / "corpus/region-vastmanland").glob("*.txt")):
        assert not is_minutes(read(path)), path.name


def test_a_cited_paragraph_on_its_own_line_does_not_open_a_new_item(text: str) -> None:
    cited = "beslutad i kommunfullmäktige 2022-12-06 § 236."
    assert text.count(cited) > 1
    wrapped = text.replace(cited, "beslutad i kommunfullmäktige 2022-12-06\n§ 236")
    assert [i.number for i in parse_minutes(wrapped).items] == [f"§ {n}" for n in range(71, 83)]


def test_members_in_two_columns() -> None:
    """Bygg-au 2024-02-29: a serving substitute stands in the second column, beside the members ("Thure Sandén
    (M), Ordförande  Richard Hansson (C) ersätter Heinrich" / "Daniel Hognert (M)  Kaufmann (C)")."""
    minutes = parse_minutes(read(KUNGSBACKA / "kungsbacka_bygg-au_2024-02-29_protokoll.md"))
    members = {m.name: (m.party, m.role) for m in minutes.members}
    assert members["Thure Sandén"] == ("M", "ordförande")
    assert members["Daniel Hognert"] == ("M", "ledamot")
    assert members["Richard Hansson"] == ("C", "tjänstgörande ersättare, ersätter Heinrich Kaufmann (C)")
    assert "Heinrich Kaufmann" not in members  # replaced, not present
    assert [n for n, (party, _) in members.items() if party] == [
        "Thure Sandén", "Richard Hansson", "Daniel Hognert", "Lars Eriksson", "Stefan Vilumsons"]
    assert members["Thinh Bui-Ljungqvist"] == ("", "bygglovshandläggare")
