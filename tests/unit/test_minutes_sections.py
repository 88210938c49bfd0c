"""Where a minutes' sections begin and end, and when and where the minutes say the meeting was held."""

from __future__ import annotations

from pathlib import Path

from assistant.index.ingest import build_document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_margin_label_restated_beside_it_the_meetings_handling_and_the_mailing_list_are_sections() -> None:
    """Jönköping's minutes: "Utbildningsförvaltningens förslag  Utbildningsförvaltningens förslag till beslut:" on one
    line, then "Barn- och utbildningsnämndens behandling 202503-18" over the yrkanden, and "Beslutet expedieras till:"
    after the decision."""
    doc, _ = build_document(CORPUS / "jonkoping-bun" / "barn-och-utbildningsnamnden-2025-03-18.pdf")
    item = next(i for i in doc.items if i.number == "§ 44")
    proposal = item.fields["Utbildningsförvaltningens förslag"]
    assert proposal.startswith("• Barn- och utbildningsnämnden föreslås besluta att ställa 31 200 000 kronor")
    assert "behandling" not in proposal
    assert item.fields["Yrkanden"].startswith("Ordförande Christopher Rydell (S) yrkar bifall")
    decision = item.fields["Barn- och utbildningsnämndens beslut"]
    assert decision.endswith("Egnahemsskolan till förskola.") and "expedieras" not in decision
    assert item.fields["Beslutet expedieras till"] == "Tekniska kontoret Ubf, lokalplanerare"


def test_the_sentence_the_minutes_are_kept_at_gives_the_day_and_the_room(tmp_path) -> None:
    minutes = tmp_path / "stammoprotokoll.txt"
    minutes.write_text("Stämmoprotokoll 2025\n\nDatum: 2025-10-06\n\nProtokoll fört vid ordinarie föreningsstämma för "
                       "Ekviks\nsamfällighetsförening den 20 september 2025 i Bygdegården,\nEkvik.\n\n§1 Ordförande\n\n"
                       "Till ordförande för stämman valdes Anna Berg.\n\n§2 Sekreterare\n\nTill sekreterare valdes "
                       "Per Lund.\n", encoding="utf-8")
    doc, structure = build_document(minutes)
    assert (doc.meeting_date, doc.place) == ("2025-09-20", "Bygdegården, Ekvik")
    start, end = structure.fact_spans["plats"]  # quoted with the meeting and its day, broken over the line
    assert doc.text[start:end].startswith("Protokoll fört vid ordinarie föreningsstämma")
    assert doc.text[start:end].endswith("den 20 september 2025 i Bygdegården,\nEkvik")
    doc, _ = build_document(FIXTURES / "orgs" / "stacken" / "2024" / "hostmote.md")
    assert (doc.meeting_date, doc.place) == ("2024-11-14", "sal Q26, KTH Campus")


def test_a_paragraph_run_in_after_its_number_is_text_not_only_a_title(tmp_path) -> None:
    """"§ 7 Antalet besökare ökade från 49 till 61." / "§ 8 Årsmöte för LH den 19 februari. Tre smörgåstårtor" broken
    over the next line: the minutes' sentences written after the number are quotable text of the item, every word of
    them in some block; "§ 5 Ekonomi:" and "§ 2 Val av justerare" over their text stay titles."""
    minutes = tmp_path / "lh-2019-01-24.txt"
    minutes.write_text(
        "Protokoll\n\nLokala Hyresgästföreningen den 24 januari 2019\n\n§ 1 Ordförande Torbjörn öppnar mötet.\n\n"
        "§ 2 Val av justerare\nCharlotte och Laila valdes.\n\n§ 5 Ekonomi:\nPå kontot sitter 25634 kronor.\n\n"
        "§ 7 Antalet besökare ökade från 49 till 61.\nInslaget med julklappsbyte var populärt.\n\n"
        "§ 8 Årsmöte för LH den 19 februari. Tre smörgåstårtor\nska beställas. Två med fisk och en med ost.\n"
        "Mötesordförande Bosse Andersson.\n", encoding="utf-8")
    doc, structure = build_document(minutes)
    quoted = [doc.text[b.start:b.end] for b in structure.blocks]
    for said in ("Antalet besökare ökade från 49 till 61.", "Tre smörgåstårtor\nska beställas. Två med fisk"):
        assert any(said in q for q in quoted), quoted
    assert not any(q.startswith(("Ekonomi", "§ 5", "Val av justerare", "§ 2")) for q in quoted), quoted
