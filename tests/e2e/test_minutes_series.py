"""Three real minutes of one body from consecutive meetings (Kungsbacka, Byggnadsnämndens arbetsutskott)."""

from __future__ import annotations

import re

import pytest

from conftest import KUNGSBACKA

MINUTES = {"2024-02-01": range(1, 46), "2024-02-29": range(46, 71), "2024-03-14": range(71, 83)}
NOISE = re.compile(r"SAMMANTRÄDESPROTOKOLL|Expedierat/bestyrkt|<!-- sida|\.{10,}")


@pytest.mark.parametrize("date", MINUTES)
def test_every_paragraph_is_found_with_its_dnr_as_in_the_table_of_contents(date: str):
    from assistant.index.ingest import build_document

    doc, _ = build_document(KUNGSBACKA / f"kungsbacka_bygg-au_{date}_protokoll.md")
    assert (doc.doc_type, doc.body, doc.meeting_date) == ("protokoll", "Byggnadsnämndens arbetsutskott", date)
    assert [item.number for item in doc.items] == [f"§ {n}" for n in MINUTES[date]]
    toc = dict(re.findall(r"^§ (\d+) Dnr (\S+(?: \S+)?)$", doc.text, re.MULTILINE))
    for item in doc.items:
        assert item.dnr.replace(" ", "-") == toc[item.number[2:]].replace(" ", "-"), item.number


def test_headers_footers_and_contents_stay_out_of_every_chunk(assistant):
    minutes = [d for d in assistant.documents()
               if d["doc_type"] == "protokoll" and d["body"] == "Byggnadsnämndens arbetsutskott"]
    assert sorted(d["meeting_date"] for d in minutes) == sorted(MINUTES)
    for doc in minutes:
        for chunk in assistant.index.document_chunks(doc["doc_id"]):
            assert not NOISE.search(chunk.text), (doc["meeting_date"], chunk.text[:200])
            text = assistant.index.document_text(doc["doc_id"])
            for start, end in chunk.segments:
                assert text[start:end] in chunk.text


def test_the_register_holds_every_decision_of_the_three_meetings(assistant):
    decisions = assistant.decisions.search(body="Byggnadsnämndens arbetsutskott")
    by_meeting = {date: [d.paragraph for d in decisions if d.meeting_date == date] for date in MINUTES}
    assert {date: len(paragraphs) for date, paragraphs in by_meeting.items()} == {"2024-02-01": 45, "2024-02-29": 25,
                                                                               "2024-03-14": 12}
    assert [d.meeting_date for d in decisions] == sorted((d.meeting_date for d in decisions), reverse=True)
    links = assistant.decisions.agenda_links(next(d.doc_id for d in decisions if d.paragraph == "§ 80"))
    assert any(link.item_number == "10" and link.same_meeting for link in links)
