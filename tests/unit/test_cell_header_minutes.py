"""Minutes from a municipal meeting system that writes its header as cells ("Organ", "Sammanträdestid",
"Sammanträdesplats"), numbers paragraphs "18 §" and dates "14.3.2023" (Swedish-speaking municipalities in
Finland do; so do some Swedish systems), and questions written the same way."""

from __future__ import annotations

from pathlib import Path

from assistant.index.ingest import build_document
from conftest import make_assistant
from fakes import HashingEmbedder

MINUTES = """Personalsektionen  Protokoll  2/2023

Organ  Personalsektionen
Sammanträdestid  14.03.2023 kl. 15:00 – 16:10
Sammanträdesplats  Stadshuset, stadsstyrelsens rum
Ärenden  16 – 19 §

16 §  Sammanträdets laglighet och beslutförhet
Ordföranden konstaterar att sammanträdet är lagligt sammankallat och beslutfört.

17 §  Uppvaktningar och gåvor
Personalsektionens beslut: Uppvaktningen vid 20 års tjänstgöring är 150 euro.

18 §  Arbetsvärdering av ny befattning
Personalsektionens beslut: Befattningen placeras i kravnivå 4.

19 §  Sammanträdets avslutande
Ordföranden avslutar sammanträdet kl. 16:10.
"""


def _written(tmp_path: Path) -> Path:
    path = tmp_path / "personalsektionen_protokoll.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


def test_the_header_cells_give_date_time_and_place(tmp_path) -> None:
    doc, _ = build_document(_written(tmp_path))
    assert (doc.meeting_date, doc.meeting_time, doc.place) == (
        "2023-03-14", "15:00-16:10", "Stadshuset, stadsstyrelsens rum")


def test_a_paragraph_written_number_first_and_a_date_with_dots_in_the_question(tmp_path) -> None:
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assert not assistant.ingest([_written(tmp_path)]).errors
    q = assistant.analyse("personalsektionen 14.3.2023, vad behandlades under 18 §")
    assert [r.value for r in q.references] == ["§ 18"] and (q.filters.date_from, q.filters.date_to) == (
        "2023-03-14", "2023-03-14")
    answer = assistant.ask("personalsektionen 14.3.2023, vad behandlades under 18 §")
    assert answer.found and "Arbetsvärdering av ny befattning" in answer.answer


def test_a_paragraph_of_the_agenda_when_the_question_names_the_agenda(tmp_path) -> None:
    """"§ 17 i kallelsen": the agenda's item, although the minutes have a § 17 too."""
    agenda = tmp_path / "kallelse.txt"
    agenda.write_text("Personalsektionen\nKallelse 14.03.2023\n\n16 §  Sammanträdets laglighet\n\n"
                      "17 §  Förslag om nya gåvoregler\n\n18 §  Arbetsvärdering\n", encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assert not assistant.ingest([_written(tmp_path), agenda]).errors
    answer = assistant.ask("vad gällde 17 § i kallelsen till personalsektionen 14.3.2023")
    assert "Förslag om nya gåvoregler" in answer.answer and "Uppvaktningar" not in answer.answer


def test_a_report_numbered_1_to_7_inside_one_paragraph_is_not_the_agendas_items(tmp_path) -> None:
    """An agenda whose "193 §" carries a report numbered "1 BAKGRUND" … "7": the paragraphs are the items."""
    report = "".join(f"{n} {title}\nText om {title.lower()} i rapporten.\n\n" for n, title in enumerate(
        ("BAKGRUND", "GRANSKNINGEN", "RESULTAT", "REPARATIONSSKULD", "PLATSER", "REKOMMENDATIONER", "TJÄNSTEN"), 1))
    agenda = ("Stadsstyrelsen  Föredragningslista  12/2022\n\nOrgan  Stadsstyrelsen\nSammanträdestid  26.09.2022 kl. 16:30\n\n"
              "192 § Verkställighet av beslut\nFörslag: Beslutet verkställs.\n\n"
              f"193 § Presentation av konditionsinventering\nFörslag: Informationen antecknas.\n\n{report}"
              "194 § Upptagande av lån\nFörslag: Staden tar upp ett lån.\n\n195 § Ändring av befattningsbenämning\n"
              "Förslag: Benämningen ändras.\n")
    path = tmp_path / "foredragningslista.txt"
    path.write_text(agenda, encoding="utf-8")
    _, structure = build_document(path)
    assert [i.number for i in structure.items] == ["§ 192", "§ 193", "§ 194", "§ 195"]
