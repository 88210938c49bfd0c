"""A municipal minutes' cover page whose table cells a document site's transcript ran together: the column labels
on one line ("Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande"), each signature's role, dot leader
and name on one line, the site's address above it all. Names and the body are made up; the shape is that of such
transcripts (docplayer.se's "Transkript" of a region's minutes)."""

from __future__ import annotations

import pytest

from assistant.documents.model import Structure
from assistant.documents.parsing import parse

FLAT = """Källa: http://docplayer.se/123456789-Sammantradesdatum-kommunstyrelse.html

Sammanträdesdatum Kommunstyrelse

Transkript

1 Plats och tid Sessionssalen, Kommunhuset kl. 09:00-12:00 Beslutande ledamöter Ej tjänstgörande
ersättare Övriga närvarande Karin Lind (S) (ordförande) Olle Berg (M) (vice ordförande)
Sara Holm (C) Jonas Ek (KD) Maria Sten (S) ersätter Per Dahl (S) Lars Ahl (S) Nils Ström (V)
Eva Nord (Nämndsekreterare) Lena Strand (Kommundirektör) Underskrifter Sekreterare... Eva Nord
Ordförande.... Karin Lind (S) Justerande.... Olle Berg (M) ANSLAG/BEVIS et är justerat.
Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelse Datum för anslags uppsättande
Förvaringsplats för protokollet Underskrift ... Eva Nord Datum för anslags nedtagande 1 (12)

2 Utses att justera Olle Berg (M) Justeringens plats och tid et omfattar (12)

3 ÄRENDELISTA 40 Val av justerare/justeringstid 41 Fastställande av dagordning 42 Anmälan av
delgivningar 43 Program för uppföljning 44 Månadsrapport jan-feb
"""


@pytest.fixture(scope="module")
def cover() -> Structure:
    return parse(FLAT, None, "ks_protokoll_2019-03-20.pdf")


def test_the_sites_address_names_no_body(cover: Structure) -> None:
    assert cover.body == "Kommunstyrelsen"


def test_a_cover_with_signatures_and_the_anslag_box_is_minutes_though_it_lists_only_its_items(cover: Structure) -> None:
    assert cover.doc_type == "protokoll"


def test_each_signature_is_its_role_a_dot_leader_and_the_name(cover: Structure) -> None:
    assert cover.roles["ordförande"].startswith("Karin Lind")
    assert cover.roles.get("sekreterare", "Eva Nord").startswith("Eva Nord")
    assert "Eva Nord" not in cover.roles["ordförande"]


def test_a_role_in_a_second_parenthesis_after_the_party_is_the_members(cover: Structure) -> None:
    roles = {m.name: m.role for m in cover.members}
    assert roles["Karin Lind"] == "ordförande" and roles["Olle Berg"] == "vice ordförande"


def test_column_labels_run_together_say_no_role_and_the_signatures_are_no_attendance(cover: Structure) -> None:
    members = [(m.name, m.role) for m in cover.members]
    assert ("Sara Holm", "") in members  # under which of the three labels she stood is lost
    assert [name for name, _ in members].count("Eva Nord") == 1
    assert not any("Datum" in name or "Organ" in name for name, _ in members)


def test_a_cells_label_between_the_role_and_the_name_and_two_justerande_on_one_line() -> None:
    """"Underskrifter Sekreterare... Paragrafer Maria Holm Varav sekretess": the empty "Paragrafer" cell's label
    stands between the secretary's dot leader and her name, "Varav sekretess" after it; "Ordförande... Björn Brink
    Justerande... Kennet Hedman Justerande... Stina Michelson": each role takes the name after its own leader."""
    from assistant.documents.officials import meeting_officials

    text = ("Utses att justera Kennet Hedman (M) och Stina Michelson (S) Justeringens plats och tid Kommunkansliet\n"
            "Underskrifter Sekreterare... Paragrafer Maria Holm Varav sekretess\n"
            "Ordförande... Björn Brink Justerande... Kennet Hedman Justerande... Stina Michelson\n")
    found = {o.role: o.names for o in meeting_officials(text, [])}
    assert found["sekreterare"] == "Maria Holm" and found["ordförande"] == "Björn Brink", found
    assert found["justerare"].startswith("Kennet Hedman"), found


def test_the_place_of_a_plats_och_tid_cell_run_together_with_the_next(cover: Structure) -> None:
    """"1 Plats och tid Sessionssalen, Kommunhuset kl. 09:00-12:00 Beslutande ledamöter …": the place is what the
    label gives before the hour."""
    assert (cover.place, cover.meeting_time) == ("Sessionssalen, Kommunhuset", "09:00-12:00")


def test_a_date_wrapped_from_the_posting_label_above_it_does_not_date_the_meeting() -> None:
    """A transcript's title is the site's summary of the cover's end: "… Datum för anslags nertagande" / "2006-04-02"
    on the next line. That date is when the notice came down; the meeting's day is the cover's "den 8 mars 2006"."""
    text = ("Per Dahl. BEVIS Justeringen har tillkännagivits genom\n\n"
            "anslag den 9 mars 2006. 2006-03-09 Datum för anslags nertagande\n\n2006-04-02\n\n"
            "1 Sammanträdesprotokoll KOMMUNSTYRELSEN (12) Plats och tid Sessionssalen, stadshuset,\n"
            "Ås den 8 mars 2006 kl Beslutande Karin Lind Olle Berg Per Dahl Övriga deltagare Eva Nord\n"
            "Utses att justera Per Dahl\n\n"
            "2 Val av justerare\nPer Dahl utses att justera.\n\n3 Budget 2007\nKommunstyrelsen fastställer budgeten.\n")
    parsed = parse(text, file_name="ks-protokoll.pdf")
    assert parsed.meeting_date == "2006-03-08", parsed.meeting_date


def test_the_justerings_day_run_together_with_the_cells_around_it(cover: Structure) -> None:
    """"… Utsedd att justera Justeringens plats och tid" / "2018-10-22 Paragrafer 132-160": the day the minutes
    were checked is the date after the label, though a line break and no colon part them; a label followed by
    another cell's words ("Justeringens plats och tid et omfattar") gives no day."""
    text = ("Socialnämnden 17 oktober 2018\n\nPlats och tid Ösel, 17 oktober 2018, klockan 09.00 14.00 Närvarande\n"
            "Beslutande Karin Lind (S), ordförande Olle Berg (M) Övriga Eva Nord, nämndsekreterare, 132-140,\n"
            "gäst, 132-140 Utsedd att justera Justeringens plats och tid\n"
            "2018-10-22 Paragrafer 132-140 Underskrifter\nSekreterare Eva Nord Ordförande Karin Lind Justerare "
            "Olle Berg\n\n§ 132\nMuntlig information\n\nNämnden tackar för informationen.\n")
    parsed = parse(text, file_name="son_protokoll_2018-10-17.pdf")
    assert parsed.roles["justering"] == "2018-10-22", parsed.roles
    start, end = parsed.fact_spans["justering"]
    assert text[start:end].startswith("Justeringens plats och tid") and text[start:end].endswith("2018-10-22")
    assert "justering" not in cover.roles
    timed = parse(text.replace("tid\n2018-10-22", "tid\nKansliet 2018-10-22, kl 08.00"))
    assert timed.roles["justering"] == "2018-10-22, kl 08.00", timed.roles
    wordy = parse(text.replace("plats och tid\n2018-10-22", "plats\noch tid Kansliet torsdag den 22 oktober 2018"))
    assert wordy.roles["justering"] == "22 oktober 2018", wordy.roles


def test_signatures_run_together_as_names_each_with_its_role_after_a_comma() -> None:
    """"Underskrifter Ewa Lind (S)," / "ordförande Helen Ohlin, kanslisekreterare Jan-Erik Jonsson (S), justerare
    Nils" / "Edén (C), justerare ANSLAG / BEVIS": a transcript's signature cells, each name followed by its role;
    a name wrapped over the line break is one name."""
    text = ("1 Protokoll 1 Plats och tid Kommunhuset 11: Beslutande Ewa Lind (S) Jan-Erik Jonsson (S) Nils Edén (C)\n"
            "Övriga närvarande Helen Ohlin, kanslisekreterare Utses att justera\n"
            "Jan-Erik Jonsson (S) och Nils Edén (C) Justeringens plats och tid\n"
            "Kansliet torsdag den 9 oktober 2014 Underskrifter Ewa Lind (S),\n"
            "ordförande Helen Ohlin, kanslisekreterare Jan-Erik Jonsson (S), justerare Nils\n"
            "Edén (C), justerare ANSLAG / BEVIS Justering av Kommunstyrelsens protokoll\n\n"
            "2 Ärenden till kommunstyrelsen den 7 oktober 2014 Val av justerare 207\n")
    roles = parse(text, file_name="ks_2014-10-07.pdf").roles
    assert {r: roles.get(r) for r in ("ordförande", "sekreterare", "justerare")} == {
        "ordförande": "Ewa Lind", "sekreterare": "Helen Ohlin",
        "justerare": "Jan-Erik Jonsson (S) och Nils Edén (C)"}, roles  # as "Utses att justera" names them


def test_the_posting_written_anslaget_uppsatt_and_nedtas() -> None:
    """"Anslaget uppsatt den 2017-11-29 Anslaget nedtas" / "den 2017-12-21": when the notice of the justering went up
    and comes down, as "Datum för anslags uppsättande" says it elsewhere."""
    text = ("Protokoll Kommunfullmäktige 2017-11-27\n\nANSLAG / BEVIS Justering av Kommunfullmäktiges protokoll har "
            "tillkännagivits genom anslag.\nFörvaringsplats för protokollet Kansliet Anslaget uppsatt den 2017-11-29 "
            "Anslaget nedtas\nden 2017-12-21 Paragrafer 164-184\n\n§ 164 Val av justerare\nEva Ek utses.\n")
    start, end = parse(text, file_name="kf.pdf").fact_spans["anslag"]
    assert text[start:end] == "Anslaget uppsatt den 2017-11-29 Anslaget nedtas\nden 2017-12-21", text[start:end]
