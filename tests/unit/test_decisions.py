"""The decision register on the real Kungsbacka minutes and agendas, and on small Swedish minutes
written here for what the real ones lack (replacement of earlier decisions, återremiss, reservation)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.documents.agenda_tables import parse_table_agenda
from assistant.index.decisions import DecisionRegister, extract_decisions, replacement_refs
from assistant.swedish import fold_name as fold
from assistant.documents.model import Document, Structure, sha256_text
from assistant.documents.minutes import parse_minutes

ROOT = Path(__file__).resolve().parents[2]
KUNGSBACKA = ROOT / "corpus/kungsbacka"
MINUTES_ID = "bygg-au-2024-03-14-protokoll"
AGENDA_IDS = {date: f"bygg-au-{date}-kallelse" for date in ("2024-02-01", "2024-02-29", "2024-03-14")}

EARLIER = """
<!-- sida 1 -->

KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL          1 (2)
Byggnadsnämnden
Datum
2023-10-19

§ 192                       Dnr BN-2022-00071
Antagande av detaljplan för verksamheter inom Varla 3:22 m.fl.

Beslut
Byggnadsnämnden antar detaljplan för verksamheter inom Varla 3:22 m.fl. i Kungsbacka.

Lovet upphör att gälla om åtgärden inte har påbörjats inom två år.

Beslutsgång
Ordföranden prövar förslaget och finner att nämnden bifaller det.

Expedierat/bestyrkt
"""

LATER = """
<!-- sida 1 -->

KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL          1 (2)
Byggnadsnämnden
Datum
2024-04-18

§ 29                       Dnr BN-2022-00071
Ny detaljplan för verksamheter inom Varla 3:22 m.fl.

Yrkanden
Lars Eriksson (S) yrkar på återremiss för att utreda skyfallsleder.
Thure Sandén (M) yrkar bifall till förvaltningens förslag.

Beslut
Byggnadsnämnden antar detaljplan för verksamheter inom Varla 3:22 m.fl.

Beslutet ersätter byggnadsnämndens beslut 2023-10-19 § 192.

Beslutsgång
Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Thure Sandén (M) yrkande.

Reservation
Lars Eriksson (S) reserverar sig mot beslutet till förmån för eget yrkande.

Expedierat/bestyrkt

<!-- sida 2 -->

KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL          2 (2)
Byggnadsnämnden
Datum
2024-04-18

§ 30                       Dnr BN-2023-000412
Riktlinjer för bygglov i kustbygd

Beslut
Ärendet återremitteras till förvaltningen för komplettering.

§ 31                       Dnr BN-2022-00071
Ändring av detaljplan för Varla 3:22 m.fl.

Beslut
Byggnadsnämnden godkänner ändringen. Beslutet ersätter tidigare beslut i ärendet.

§ 32                       Dnr BN-2016-00060
Avsluta planuppdrag för detaljplan för del av Kolla 1:36

Beslut
Byggnadsnämnden avslutar planuppdraget. Byggnadsnämndens beslut den 12 december 2016 § 337 om uppdrag att
upprätta detaljplan upphör att gälla.

Expedierat/bestyrkt
"""


def strip_front_matter(raw: str) -> str:
    """What the loader hands the parsers: the text after the closing ``---`` line of the YAML block."""
    return re.sub(r"\A---\n.*?\n---[ \t]*\n", "", raw, count=1, flags=re.DOTALL)


def document(doc_id: str, path: str, text: str, structure: Structure) -> Document:
    return Document(doc_id=doc_id, path=path, text=text, sha256=sha256_text(text), doc_type=structure.doc_type,
                    organisation=structure.organisation, body=structure.body, meeting_date=structure.meeting_date,
                    meeting_time=structure.meeting_time, place=structure.place, items=structure.items,
                    blocks=structure.blocks)


def real_document(doc_id: str, name: str) -> Document:
    path = KUNGSBACKA / name
    text = strip_front_matter(path.read_text(encoding="utf-8"))
    parse = parse_minutes if name.endswith("_protokoll.md") else parse_table_agenda
    return document(doc_id, str(path), text, parse(text))


def written_minutes(doc_id: str, text: str) -> Document:
    return document(doc_id, f"{doc_id}.md", text, parse_minutes(text))


@pytest.fixture(scope="module")
def minutes() -> Document:
    return real_document(MINUTES_ID, "kungsbacka_bygg-au_2024-03-14_protokoll.md")


@pytest.fixture(scope="module")
def agendas() -> dict[str, Document]:
    return {date: real_document(doc_id, f"kungsbacka_bygg-au_{date}_kallelse.md")
            for date, doc_id in AGENDA_IDS.items()}


@pytest.fixture
def register(tmp_path: Path, minutes: Document, agendas: dict[str, Document]) -> DecisionRegister:
    register = DecisionRegister(tmp_path / "register.sqlite")
    assert register.replace_document(minutes) == 12
    assert [register.replace_document(agendas[date]) for date in AGENDA_IDS] == [45, 25, 12]
    return register


def test_decisions_of_the_real_minutes(minutes: Document) -> None:
    decisions = {d.paragraph: d for d in extract_decisions(minutes)}
    assert list(decisions) == [f"§ {n}" for n in range(71, 83)]
    for decision in decisions.values():
        assert minutes.text[decision.start:decision.end] == decision.text
        assert (decision.body, decision.meeting_date, decision.doc_id) == ("Byggnadsnämndens arbetsutskott",
                                                                           "2024-03-14", MINUTES_ID)
    assert {p: d.outcome for p, d in decisions.items()} == {
        "§ 71": "bifall", "§ 72": "information", "§ 73": "bifall", "§ 74": "avslag", "§ 75": "avslag",
        "§ 76": "avslag", "§ 77": "bifall", "§ 78": "bifall", "§ 79": "", "§ 80": "avslag", "§ 81": "bifall",
        "§ 82": "avslag",
    }
    # withheld for secrecy: the note saying so stands in for the decision, with no outcome
    assert decisions["§ 79"].text.startswith("Protokoll innehållande sekretess publiceras inte")
    # § 73: the arbetsutskott's proposal to the nämnd stands in for a Beslut.
    assert decisions["§ 73"].text.startswith("Byggnadsnämnden beslutar att återta överklagande")
    # The real minutes have no återremiss, reservation or replaced decision
    # ("Lovet upphör att gälla om …" is a condition of the permit, not a replacement).
    assert all(not d.reservations and not d.replaces for d in decisions.values())
    assert "Lovet upphör att gälla om åtgärden" in decisions["§ 77"].text


def test_motions_in_the_real_minutes(minutes: Document) -> None:
    decisions = {d.paragraph: d for d in extract_decisions(minutes)}
    assert decisions["§ 77"].motions == [
        "Heinrich Kaufmann (C) yrkar på att bevilja ansökan om bygglov för nybyggnad av enbostadshus, installation "
        "av eldstad samt nybyggnad av komplementbyggnad på fastigheten med motiveringen;",
        "Thure Sandén (M) yrkar bifall till Heinrich Kaufmann (C) yrkande.",
    ]
    assert decisions["§ 78"].motions[1] == (
        "Thure Sandén (M) och Heinrich Kaufmann (C) yrkar bifall till Lars Eriksson (S) yrkande.")
    assert decisions["§ 81"].motions == [
        "Thure Sandén (M) yrkar på att bevilja ansökan om bygglov för tillbyggnad av enbostadshus samt utvändig "
        "ändring på fastigheten med motivering;"]
    assert [p for p, d in decisions.items() if d.motions] == ["§ 77", "§ 78", "§ 81"]
    collapsed = " ".join(minutes.text.split())
    assert all(m in collapsed for d in decisions.values() for m in d.motions)


def test_search_by_dnr_links_the_decision_to_its_agenda_items(register: DecisionRegister, minutes: Document) -> None:
    [decision] = register.search(dnr="BN-2023-002581")
    assert (decision.paragraph, decision.meeting_date, decision.title, decision.outcome) == (
        "§ 80", "2024-03-14", "MYRA 6:19 - Bygglov för nybyggnad av enbostadshus", "avslag")
    assert minutes.text[decision.start:decision.end] == decision.text
    assert decision.text.startswith(
        "Byggnadsnämndens arbetsutskott avslår ansökan om bygglov för nybyggnad av\nenbostadshus.")
    links = {(link.agenda_doc_id, link.item_number, link.same_meeting)
             for link in register.agenda_links(MINUTES_ID) if link.paragraph == "§ 80"}
    assert links == {(AGENDA_IDS["2024-03-14"], "10", True), (AGENDA_IDS["2024-02-29"], "16", False)}
    assert register.history("BN 2023-002581") == [decision]


def test_agenda_of_the_same_meeting_maps_one_to_one(register: DecisionRegister) -> None:
    links = [link for link in register.agenda_links(AGENDA_IDS["2024-03-14"]) if link.same_meeting]
    assert {link.item_number: link.paragraph for link in links} == {str(n): f"§ {70 + n}" for n in range(1, 13)}
    earlier = {link.item_number: link.paragraph for link in register.agenda_links(AGENDA_IDS["2024-02-29"])}
    assert earlier["16"] == "§ 80"
    # § 77: the förvaltning proposed avslag, the arbetsutskott granted the permit on Heinrich Kaufmann's motion.
    [link] = [link for link in links if link.paragraph == "§ 77"]
    assert link.proposal.startswith("Byggnadsnämndens arbetsutskott avslår ansökan om bygglov")
    [decision] = register.search(dnr=link.dnr)
    assert decision.outcome == "bifall"


def test_search_filters(register: DecisionRegister) -> None:
    assert len(register.search(body="byggnadsnämndens  ARBETSUTSKOTT", since="2024-03-01")) == 12
    assert register.search(until="2024-03-13") == []
    assert register.search(body="Byggnadsnämnden") == []
    assert [d.paragraph for d in register.search(query="ragelund")] == ["§ 76"]
    assert [d.paragraph for d in register.search(query="olmanäs STRANDSKYDDSDISPENS")] == ["§ 82"]
    assert [d.paragraph for d in register.search(query="avslår bygglov")] == ["§ 80"]
    assert fold("Ölmanäs  3:20") == "olmanas 3:20"


def test_meetings_with_minutes_and_remove_document(register: DecisionRegister) -> None:
    assert register.meetings_with_minutes() == ["2024-03-14"]
    assert register.meetings_with_minutes("Byggnadsnämnden") == []
    register.remove_document(MINUTES_ID)
    assert register.search() == []
    assert register.meetings_with_minutes() == []
    assert register.agenda_links(AGENDA_IDS["2024-03-14"]) == []
    register.remove_document(AGENDA_IDS["2024-02-29"])
    assert register.search(dnr="BN-2023-002581") == []


def test_replace_document_is_idempotent(register: DecisionRegister, minutes: Document) -> None:
    assert register.replace_document(minutes) == 12
    assert len(register.search()) == 12
    assert len(register.search(dnr="BN-2023-002581")) == 1


def test_replacement_återremiss_and_reservation(tmp_path: Path) -> None:
    earlier, later = written_minutes("bn-2023-10-19", EARLIER), written_minutes("bn-2024-04-18", LATER)
    decisions = {d.paragraph: d for d in extract_decisions(later)}
    adopted, returned, changed, ended = (decisions[f"§ {n}"] for n in range(29, 33))
    assert adopted.replaces == ["byggnadsnämndens beslut 2023-10-19 § 192"]
    assert adopted.outcome == "bifall"
    assert adopted.motions == ["Lars Eriksson (S) yrkar på återremiss för att utreda skyfallsleder.",
                               "Thure Sandén (M) yrkar bifall till förvaltningens förslag."]
    assert adopted.reservations == ["Lars Eriksson (S) reserverar sig mot beslutet till förmån för eget yrkande."]
    assert later.text[adopted.start:adopted.end] == adopted.text
    assert returned.outcome == "återremiss"
    assert returned.replaces == []
    assert changed.replaces == ["tidigare beslut"]
    assert ended.replaces == ["Byggnadsnämndens beslut den 12 december 2016 § 337"]
    [old] = extract_decisions(earlier)
    assert (old.replaces, old.outcome) == ([], "bifall")

    register = DecisionRegister(tmp_path / "register.sqlite")
    register.replace_document(later)
    register.replace_document(earlier)
    [old] = register.search(since="2023-10-19", until="2023-10-19")
    [adopted, changed] = register.search(query="Varla", since="2024-04-18")
    assert [d.paragraph for d in register.replaced(adopted)] == ["§ 192"]
    assert [d.paragraph for d in register.replaced(changed)] == ["§ 192"]
    assert [d.paragraph for d in register.replaced_by(old)] == ["§ 29", "§ 31"]
    assert [d.paragraph for d in register.history("BN-2022-00071")] == ["§ 29", "§ 31", "§ 192"]


def test_replacement_refs_ignore_conditional_expiry() -> None:
    assert replacement_refs("Lovet upphör att gälla om åtgärden inte har påbörjats inom två år.") == []
    assert replacement_refs("Detta beslut upphör att gälla om den åtgärd som dispens avser inte har påbörjats "
                            "inom två år (7 kap. 18 h § miljöbalken).") == []
    assert replacement_refs("Avgiften är fastställd i taxan, beslutad i kommunfullmäktige 2023-12-14 § 196.") == []
    assert replacement_refs("Kommunstyrelsens beslut 2021-05-04 § 88 upphör att gälla.") == [
        "Kommunstyrelsens beslut 2021-05-04 § 88"]
