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
