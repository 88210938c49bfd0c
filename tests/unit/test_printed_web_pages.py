"""Meeting documents a member saved from the municipality's website: the page's own heading over the document
("Protokoll, kallelse och föredragningslista, <nämnd>"), the site's links around it. Names are made up; the shape
is that of such pages."""

from __future__ import annotations

from pathlib import Path

from assistant.index.ingest import build_document

AGENDA_PAGE = """Protokoll, kallelse och föredragningslista, miljö- och byggnämnden

Förteckning över miljö- och byggnämndens ärenden den 12 oktober 2022

Tid Onsdagen den 12 oktober 2022 klockan 13.30

Plats Sessionssalen, Storgatan 4, Åby kommunhus

Miljö- och byggnämndens ärenden

1. Val av justeringsperson
2. Informationsärenden
- Information om tillsynsplanen
- Förvaltningschefens information
3. Redovisning av delegeringsbeslut
4. Delårsrapport för nämndens verksamheter
5. Övrigt
Skriv ut
Senast uppdaterad: 5 oktober 2022
"""


def test_the_heading_of_the_website_page_names_no_kind_of_the_document_under_it(tmp_path: Path) -> None:
    """The page lists every kind of a body's meeting documents; the document under it is a list of items
    without decisions: an agenda, not minutes."""
    path = tmp_path / "mbn_2022-10-12.txt"
    path.write_text(AGENDA_PAGE, encoding="utf-8")
    doc, _ = build_document(path)
    assert doc.doc_type in ("dagordning", "kallelse", "föredragningslista"), doc.doc_type
    assert doc.meeting_date == "2022-10-12"


MEETING_PAGE = """Hoppa över navigering
Sammanträde regionstyrelsen 2023-04-12

• 1

Val av justerare

• 2

Fastställande av dagordning

• 4

Årsredovisning för Stiftelsen Åbybygdens museum 2022

• Stiftelsens styrelse har lämnat årsredovisning och revisionsberättelse.

• 5

Uppföljning av internkontrollplan

• Ekonomidirektören informerar om uppföljningen för perioden januari – mars.

• 6

Övriga frågor
"""


def test_a_meeting_page_that_sets_each_item_number_as_a_bullet_of_its_own_has_those_items(tmp_path: Path) -> None:
    """A meeting platform's page shows each item's number as a bullet ("• 5") with its title on the line below:
    the items are numbered, titled by that line, and "punkt 5" can be looked up."""
    path = tmp_path / "rs_2023-04-12.txt"
    path.write_text(MEETING_PAGE, encoding="utf-8")
    doc, _ = build_document(path)
    titles = {item.number: item.title for item in doc.items}
    assert titles == {"1": "Val av justerare", "2": "Fastställande av dagordning",
                      "4": "Årsredovisning för Stiftelsen Åbybygdens museum 2022",
                      "5": "Uppföljning av internkontrollplan", "6": "Övriga frågor"}, titles


BULLETED_MINUTES = """Styrelseprotokoll 2023-05-03

Protokoll Åby MK 2023-05-03
Närvarande: Eva, Jonas, Linda F, Per
• 1. Mötets öppnande
Ordförande Linda Fors öppnar mötet.
• 2. Lägesrunda
• Vi fortsätter jobba med punkterna från föregående möte.
• 3. Arbetsdagar
• En arbetsdag för banfix kommer att sättas in söndagen den 14/5.
• 4. Nästa Möte
• Nästa styrelsemöte blir den 2023-06-05 kl.18.00
• 5. Avslutande
Linda Fors avslutade mötet.
"""


def test_minutes_written_as_a_bulleted_list_have_their_numbered_bullets_as_items(tmp_path: Path) -> None:
    """A club's minutes as its web page prints them: each item a bullet of its own ("• 3. Arbetsdagar") over
    bullets of text. The numbered bullets are the items, the others their text; "Nästa Möte" is the next meeting."""
    path = tmp_path / "styrelseprotokoll-2023-05-03.txt"
    path.write_text(BULLETED_MINUTES, encoding="utf-8")
    doc, _ = build_document(path)
    assert [(item.number, item.title) for item in doc.items] == [
        ("1", "Mötets öppnande"), ("2", "Lägesrunda"), ("3", "Arbetsdagar"), ("4", "Nästa Möte"), ("5", "Avslutande")]
    next_meeting = next(item for item in doc.items if item.number == "4")
    assert "2023-06-05 kl.18.00" in doc.text[next_meeting.start:next_meeting.end]


GAPPED_BULLETS = """Protokoll nr 4 2021

Protokoll styrelsemöte 4/2021

Tennisklubben Ösby 12 april 2021

Närvarande:

Eva Ek, ordförande

Per Lind, sekreterare

 • 1           Mötets öppnande

Ordförande hälsar alla välkomna.

 • 2           Val av justeringsman

Förutom Eva o Per valdes Lisa till justeringsman.

 • 3           Rapporter
 1. a) Kansli

Kansliet är öppet vardagar.

 • 4  Avtal med ny tränare, Ösby Tennisakademi

Avtalet skrivs på ett år.

§5 Utkast budget 2022

Kassören visar budgeten.

§6 Nästa möte

Nästa möte hålls den 10 maj.
"""


def test_numbered_bullets_set_apart_from_their_titles_by_a_wide_gap_are_the_items(tmp_path: Path) -> None:
    """A club's site prints its ordered list as "• 4           Avtal med ny tränare": the bullet, the number, a wide
    gap, the title. Those are the items, not text under "Närvarande:"; "1. a) Kansli" is a point of item 3; "§5" and
    "§6" typed by hand after the list take up its numbering."""
    path = tmp_path / "styrelsemote-2021-04-12.txt"
    path.write_text(GAPPED_BULLETS, encoding="utf-8")
    doc, _ = build_document(path)
    assert [(item.number, item.title) for item in doc.items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justeringsman"), ("3", "Rapporter"),
        ("4", "Avtal med ny tränare, Ösby Tennisakademi"), ("§ 5", "Utkast budget 2022"), ("§ 6", "Nästa möte")], \
        doc.items


PARAGRAPH_BULLETS = """Hoppa över navigering
Möte med kulturnämnden 2022-09-20

• § 41

Godkännande av föredragningslistan

• § 42

Anmälningar för kännedom

• Nämnden informeras om beslut fattade på delegation.

• § 43

Kulturstipendium 2022

• Åby kommun delar årligen ut ett kulturstipendium om 20 000 kronor.
"""


def test_a_meeting_page_that_sets_each_paragraph_number_as_a_bullet_of_its_own_has_those_items(
        tmp_path: Path) -> None:
    """The same platform's page of minutes bullets the paragraph ("• § 42") over its title: the items are "§ 42"
    and so on, titled by the line below, so that "vad handlade § 42 om" finds it."""
    path = tmp_path / "kn_2022-09-20.txt"
    path.write_text(PARAGRAPH_BULLETS, encoding="utf-8")
    doc, _ = build_document(path)
    assert [(item.number, item.title) for item in doc.items] == [
        ("§ 41", "Godkännande av föredragningslistan"), ("§ 42", "Anmälningar för kännedom"),
        ("§ 43", "Kulturstipendium 2022")], doc.items


def test_the_site_links_printed_with_a_page_are_not_its_title(tmp_path: Path) -> None:
    """"Hoppa över navigering" (skip navigation), "Skriv ut" and "Senast uppdaterad: …" are the website's, printed
    with every page: the title is the page's own heading, the date the meeting's, not the day the page changed."""
    path = tmp_path / "kn.txt"
    two_items = PARAGRAPH_BULLETS[:PARAGRAPH_BULLETS.index("• § 43")]
    path.write_text(two_items + "Skriv ut\nSenast uppdaterad: 3 oktober 2022\n", encoding="utf-8")
    doc, structure = build_document(path)
    assert "Hoppa" not in doc.title and "kulturnämnden" in doc.title.casefold(), doc.title
    assert doc.meeting_date == "2022-09-20"
    for link in ("Hoppa över navigering", "Skriv ut", "Senast uppdaterad"):
        printed = doc.text.index(link)
        assert any(start <= printed < end for start, end in structure.noise), link


MEETING_REPORT = """Hem / Om förbundet / Styrelsemöten / 2021 / Rapport
styrelsemöte 12 oktober

Rapport styrelsemöte 12 oktober

Rapport från styrelsemöte nr 9/2021 som genomfördes tisdagen den 12 oktober kl.18.00-20.30 på kansliet i Åby.

Allmänt

Hela styrelsen deltog utom Per Lind som hade anmält förhinder.

Beslutsärenden

Nedan presenteras några av de beslut som styrelsen fattade vid mötet.

Klubbstugan

Styrelsen beslutade

att ge kansliet i uppdrag att begära in offerter på nytt tak.
"""


def test_a_federations_report_from_its_board_meeting_is_that_meetings_record(tmp_path: Path) -> None:
    """"Rapport från styrelsemöte nr 9/2021 som genomfördes … den 12 oktober": what a federation publishes instead
    of its minutes, the decisions of that one meeting. It is the meeting's record, dated by its day in the year of
    the meeting's number; the site's path over it ("Hem / Om förbundet / … / Rapport") names no kind."""
    path = tmp_path / "rapport.txt"
    path.write_text(MEETING_REPORT, encoding="utf-8")
    doc, _ = build_document(path)
    assert (doc.doc_type, doc.meeting_date) == ("protokoll", "2021-10-12"), (doc.doc_type, doc.meeting_date)
    assert "Hem /" not in doc.title, doc.title
    assert doc.organisation != "Rapport"  # "Rapport styrelsemöte 12 oktober" names the kind, no owner


def test_labels_closed_by_a_semicolon_list_who_was_there(tmp_path: Path) -> None:
    """"Övriga; Stefan Ek (generalsekreterare), Anna Lund (sekreterare)": the federation's report closes its
    labels with a semicolon; those are the others present, and Anna Lund the meeting's secretary."""
    path = tmp_path / "rapport.txt"
    path.write_text(MEETING_REPORT.replace(
        "Hela styrelsen deltog utom Per Lind som hade anmält förhinder.",
        "Närvaro\n\nFöljande deltog på mötet; Eva Holm (ordförande), Jonas Berg, Lisa Ek.\n\n"
        "Övriga; Stefan Ek (generalsekreterare), Anna Lund (sekreterare).\n\nÅterbud; Per Lind"), encoding="utf-8")
    _, structure = build_document(path)
    assert structure.roles.get("sekreterare") == "Anna Lund", structure.roles
    assert "Stefan Ek" in {member.name for member in structure.members}
