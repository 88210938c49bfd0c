"""Notes that give the meeting's day without a year, verb forms that differ only in their last letter, the
organisation's name inside a compound, money asked as pay, a month beside the date of a meeting held, and a
list question that names an item's whole title (round nineteen's probes of an agency's reference-group notes,
a student council's and a joint property association's minutes)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

from assistant.answer.asked import attribute_of, roles_asked
from assistant.answer.term_match import matches
from assistant.documents.loaders import load
from assistant.documents.parsing import parse
from assistant.swedish import content_terms
from conftest import indexed, make_assistant
from fakes import HashingEmbedder


def _notes_pdf(path: Path, lines: list[str], made: datetime) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(made)
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"))
        pdf.ln(3)
    pdf.output(str(path))
    return path


NOTES = ["Strukturella metadata - Referensgrupp 18", "nov", "Närvarande", "Anna Berg (Lantmäteriet)",
         "Olle Ek (SCB)", "Bakgrund", "Arbetet sker inom byggblock metadata.",
         "Nästa steg", "Remissen skickas ut efter den 9 december."]


def test_notes_without_a_year_are_dated_in_the_year_before_the_file_was_written(tmp_path: Path) -> None:
    loaded = load(_notes_pdf(tmp_path / "notes-meeting1.pdf", NOTES, datetime(2024, 11, 21, tzinfo=timezone.utc)))
    assert loaded.hints["written"] == "2024-11-21"
    structure = parse(loaded.text, loaded, "notes-meeting1.pdf")
    assert structure.meeting_date == "2024-11-18" and "meeting_date" in structure.guessed
    # written in January: the November meeting was the year before
    january = load(_notes_pdf(tmp_path / "notes-2.pdf", NOTES, datetime(2025, 1, 8, tzinfo=timezone.utc)))
    assert parse(january.text, january, "notes-2.pdf").meeting_date == "2024-11-18"


def test_notes_dated_by_the_file_answer_a_question_naming_the_day(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    path = _notes_pdf(tmp_path / "corpus" / "notes-meeting1.pdf", NOTES, datetime(2024, 11, 21, tzinfo=timezone.utc))
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([path]).errors
    answer = assistant.ask("vad sades om remissen på referensgruppens möte 18 november 2024?")
    assert answer.found and "9 december" in answer.answer, answer.answer


def test_a_stem_with_another_last_letter_is_the_same_verb() -> None:
    assert matches(content_terms("fyllnadsvaldes"), content_terms("beslutar att fyllnadsvälja dessa")) == 1
    assert matches(content_terms("omvaldes"), content_terms("omvälja")) == 0  # too short to tell from another word


def test_pay_per_hour_asks_for_an_amount() -> None:
    assert attribute_of("vad får samordnaren för datorstugorna betalt per timme") == "amount"
    assert attribute_of("vilken ersättning får revisorn") == "amount"


BOARD = ("Stenbackens samfällighetsförening\nProtokoll styrelsemöte\nDatum och tid: 2024-11-21 19.00\n"
         "Plats: Hos Jens Nilsson\nNärvarande: Emil Stigsson, Marianne Nikitidis\nFrånvarande: Jan Sjögren\n\n"
         "1. Ekonomi\nGaragefonden kommer att krympa. Den fylls på igen med hjälp av samfällighetsavgiften.\n\n"
         "2. Underhåll\nA) Lekplatser: sanden byts i vår.\nB) Valberedningen har hittat tre kandidater för en "
         "underhållsgrupp; Gösta Runehammar och Richard Andersson. Styrelsen beslutar att fyllnadsvälja dessa till "
         "underhållsgruppen.\n\n3. Mötet avslutades\n")
COUNCIL = ("Studierådet\nProtokoll 2019-10-02\n\n§1 Mötets öppnande\nOrdföranden öppnade mötet kl 12:10.\n\n"
           "§2 Budget\nStudierådet får 5000 kr till möten under året.\n\n"
           "§3 Pågående kurser\nMulticoreprogrammering, EDAN25, har dåliga labbar.\nKompilatorer, EDAN65, har en "
           "labb i veckan som tar 18 timmar.\nReglerteknik, FRTF05, går bra.\n\n§4 Mötets avslutande\n"
           "Ordföranden avslutade mötet.\n\nProtokoll 2019-10-09\n")


def _indexed(tmp_path: Path, named: dict[str, str]):
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True)
    paths = []
    for name, text in named.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest(paths).errors
    return assistant


def test_the_organisations_name_inside_a_compound_does_not_pick_the_sentence(tmp_path: Path) -> None:
    earlier = BOARD.replace("2024-11-21", "2023-05-04").replace("B) Valberedningen", "B) Till revisor "
                                                                "fyllnadsvaldes Karin Ek. Valberedningen")
    assistant = _indexed(tmp_path, {"2024-11-21.txt": BOARD, "2023-05-04.txt": earlier})
    answer = assistant.ask("vilka fyllnadsvaldes till underhållsgruppen i stenbackens samfällighet i november 2024")
    assert answer.found and "Gösta Runehammar" in answer.answer, answer.answer
    assert "samfällighetsavgiften" not in answer.answer


def test_a_list_question_naming_an_items_whole_title_quotes_the_item(tmp_path: Path) -> None:
    assistant = _indexed(tmp_path, {"2019-10-02.txt": COUNCIL})
    answer = assistant.ask("vilka kurser togs upp under pågående kurser på studierådets möte 2 oktober 2019")
    assert answer.found and "EDAN25" in answer.answer and "EDAN65" in answer.answer, answer.answer


def test_a_month_beside_the_date_of_a_meeting_held_is_its_topic(tmp_path: Path) -> None:
    minutes = ("Välfärdsnämnden\nProtokoll 15.9.2022\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
               "§ 2 Sammanträdestider hösten 2022\nNämnden beslöt att budgetmötet i oktober hålls 6.10 och "
               "ett extra möte 13.10.\n")
    assistant = _indexed(tmp_path, {"valfardsnamnden-2022-09-15.txt": minutes})
    answer = assistant.ask("välfärdsnämnden 15.9.2022 – vad beslöts om nämndens möte i oktober (budgetmötet)")
    assert answer.found and "6.10" in answer.answer, answer.answer


def test_a_compound_without_its_linking_s_is_the_same_word() -> None:
    assert matches(content_terms("likabehandlingsombud"), content_terms("Likabehandlingombud väljs")) == 1
    assert matches(content_terms("sektionsmöte"), content_terms("sektionmöte")) == 1
    assert matches({"sektionamot"}, {"sektionmot"}) == 0  # only an s is a compound's seam


def test_two_questions_joined_by_och_are_split_at_the_second_question_word() -> None:
    from assistant.answer.compound import question_parts

    assert question_parts("var hölls brf imatras föreningsstämma 2024 och vilken tid började den") == \
        ("var hölls brf imatras föreningsstämma 2024", "vilken tid började den")
    assert question_parts("varför hölls årsmötet inte i lokalen, och hur skulle det genomföras?") == \
        ("varför hölls årsmötet inte i lokalen", "hur skulle det genomföras?")
    assert question_parts("vem valdes till inspektor på sektionsmötet 2017-05-11 och för hur länge?") == \
        ("vem valdes till inspektor på sektionsmötet 2017-05-11", "för hur länge?")
    assert question_parts("när och var hölls mötet") is None  # one meeting's time and place
    # a question phrase alone asks with the second part's verb
    assert question_parts("På vilket möte och vilket datum valdes Barbro Karlsson till ordinarie ledamot?") is None
    # two dated meetings compared: the question asked of each
    assert question_parts("Hur många medlemmar hade klubben vid styrelsemötet i september 2023 jämfört med mötet i "
                          "oktober?") == ("Hur många medlemmar hade klubben vid styrelsemötet i september 2023?",
                                          "Hur många medlemmar hade klubben vid mötet i oktober?")
    assert question_parts("vad kostade festen jämfört med budgeten?") is None  # no meetings
    assert question_parts("vilka får teckna firman och hur?") is None  # nothing a part could answer alone
    # two questions each with its question mark
    assert question_parts("Björkarna vid entrén till hus 1 – måste de sågas ner? vad kom arboristen fram till") == \
        ("Björkarna vid entrén till hus 1 – måste de sågas ner", "vad kom arboristen fram till")
    assert question_parts("när hölls mötet?") is None
    assert question_parts("blev det nån direktbuss till fritidshemmet? vad beslutade bun?") is None  # asked again
    # a clause of time before a question that opens with its verb: one question
    assert question_parts("och när de sen sökte dispens för parkering på samma fastighet i mars, gick det igenom då?") \
        is None
    assert question_parts("vad beslutade årsmötet 2023 om årsavgiften och arvodet till styrelsen?") == \
        ("vad beslutade årsmötet 2023 om årsavgiften", "vad beslutade årsmötet 2023 om arvodet till styrelsen")
    assert question_parts("vad beslutade nämnden om barn- och ungdomsplanen") is None  # one name
    assert question_parts("vad är årsavgiften och styrelsearvodet i byalaget enligt årsmötet 2023") == (
        "vad är årsavgiften i byalaget enligt årsmötet 2023", "vad är styrelsearvodet i byalaget enligt årsmötet 2023")
    assert question_parts("vad är skillnaden mellan budgeten och utfallet") is None  # one comparison
    assert question_parts("vilka valdes till valberedning och revisorer för 2025 på höstmötet 2024?") == \
        ("vilka valdes till valberedning för 2025 på höstmötet 2024", "vilka valdes till revisorer för 2025 på höstmötet 2024")
    assert question_parts("fick styrelsen ansvarsfrihet på vårmötet 2020, och vem var revisor?") == \
        ("fick styrelsen ansvarsfrihet på vårmötet 2020", "vem var revisor?")  # a yes/no question first
    # typed the way members type: "o" for "och", "va" for "vad", two questions one after the other
    assert question_parts("va e årsavgiften i byalaget nu o vad får styrelsen i arvode?") == \
        ("va e årsavgiften i byalaget nu", "vad får styrelsen i arvode?")
    assert question_parts("o hur många sommarjobb blir det, vad kostar det extra?") == \
        ("hur många sommarjobb blir det", "vad kostar det extra?")
    assert question_parts("När det gäller bygglovet på Särö, vad beslutade nämnden?") is None  # one question


def test_a_second_part_naming_the_head_of_the_first_parts_compound_names_the_compound() -> None:
    from assistant.answer.compound import question_parts

    # asked alone, "lagen" is any law the documents name
    assert question_parts("hur mycket får kommunerna för att införa socialtjänstlagen, och när ska lagen börja gälla?") \
        == ("hur mycket får kommunerna för att införa socialtjänstlagen", "när ska socialtjänstlagen börja gälla?")
    assert question_parts("vem valdes till ordförande på årsmötet 2023 och vem var sekreterare på mötet?") == \
        ("vem valdes till ordförande på årsmötet 2023", "vem var sekreterare på årsmötet?")
    # a short word is no compound's head ("det" in "budget"), nor a word of the first part itself
    assert question_parts("vad kostade bygget enligt budget och när blev det klart?") == \
        ("vad kostade bygget enligt budget", "när blev det klart?")
    assert question_parts("vad beslutade nämnden om bygglovet och när vann bygglovet laga kraft?") == \
        ("vad beslutade nämnden om bygglovet", "när vann bygglovet laga kraft?")


def test_a_second_part_naming_no_organisation_of_its_own_is_asked_of_the_firsts(fast_corpus_index: Path) -> None:
    """"… vill valberedningen att brf-styrelsen ska ha, och vem är föreslagen som ny ledamot?": the second part is
    searched in the documents of the organisation the first was answered from; one naming its own is not."""
    from dataclasses import replace

    from assistant.answer.compound import answered_in_parts
    from assistant.answer.extractive import Answer, Citation
    from assistant.index.store import Filters

    assistant = make_assistant(fast_corpus_index, HashingEmbedder())
    documents = assistant.index.documents()
    nominees = next(d for d in documents if "valberedning" in d["path"])
    cited = Citation(1, nominees["title"], nominees["path"], nominees["doc_id"], 1, "", "", "", "Valberedningen", 0, 14, 1.0)
    given: list[Filters] = []

    def answer_part(question: str, history: object, filters: Filters) -> Answer:
        given.append(filters)
        return Answer(answer="Valberedningen [1]", citations=[replace(cited)])

    def analyse(part: str) -> object:
        return assistant.analyse(part, None, Filters(), documents)

    turn = ("hur många ledamöter vill valberedningen ha", None, Filters())
    leaning = ("och …", None, Filters())
    answered_in_parts([turn, ("vem är föreslagen som ny ledamot?", None, Filters())], answer_part, analyse, documents,
                      leaning)
    same = {d["doc_id"] for d in documents if "brf-doktor-lindh" in d["path"]}
    assert given[1].documents and set(given[1].documents) <= same and nominees["doc_id"] in given[1].documents
    answered_in_parts([turn, ("vem valdes till ordförande i långasands byalag?", None, Filters())], answer_part, analyse,
                      documents, leaning)
    assert not given[3].documents  # the second part names its own organisation


def test_a_second_part_that_finds_nothing_alone_is_asked_again_of_the_whole(fast_corpus_index: Path) -> None:
    """"Who is the chair of the council after the 2022 election, and how many seats does the council have?": the
    second part asked as itself finds nothing; asked as a follow-up of the whole question it is answered. A second
    part found as itself is not asked again."""
    from assistant.answer.compound import answered_in_parts, leaning_turn
    from assistant.answer.extractive import NOT_FOUND, Answer, Citation
    from assistant.index.store import Filters

    assistant = make_assistant(fast_corpus_index, HashingEmbedder())
    documents = assistant.index.documents()
    doc = documents[0]
    asked: list[str] = []

    def answer_part(question: str, history: object, filters: Filters) -> Answer:
        asked.append(question)
        if question.startswith("how many") and history is None:
            return Answer(NOT_FOUND, [], False)
        start = 100 * len(asked)
        return Answer(answer=f"{question} [1]", citations=[
            Citation(1, doc["title"], doc["path"], doc["doc_id"], 1, "", "", "", "x", start, start + 10, 1.0)])

    def analyse(part: str) -> object:
        return assistant.analyse(part, None, Filters(), documents)

    whole = "Who is the chair of the council after the 2022 election, and how many seats does the council have?"
    first, second = "Who is the chair of the council after the 2022 election", "how many seats does the council have?"
    answer = answered_in_parts([(first, None, Filters()), (second, None, Filters())], answer_part, analyse, documents,
                               leaning_turn(second, whole, None, Filters()))
    assert asked == [first, second, f"och {second}"] and answer.found and len(answer.citations) == 2
    asked.clear()
    answered_in_parts([(first, None, Filters()), ("who was the secretary?", None, Filters())], answer_part, analyse,
                      documents, leaning_turn("who was the secretary?", whole, None, Filters()))
    assert asked == [first, "who was the secretary?"]


def test_a_short_second_part_without_a_pronoun_is_asked_of_the_first_parts_meeting(fast_corpus_index: Path) -> None:
    """"…på srb-mötet 2024-12-13, och vem är mötessekreterare?": the secretary of that meeting, not the first part
    asked again."""
    assistant = make_assistant(fast_corpus_index, HashingEmbedder())
    answer = assistant.ask("vem föreslås justera protokollet med ordföranden på srb-mötet 2024-12-13, och vem är "
                           "mötessekreterare?")
    assert "Åsa-Märta Sjöström" in answer.answer and "Elin Hellström" in answer.answer, answer.answer


def test_a_question_asking_two_things_answers_both_with_each_passage_cited_once(fast_corpus_index: Path) -> None:
    assistant = make_assistant(fast_corpus_index, HashingEmbedder())
    answer = assistant.ask("vilka ärenden behandlades på bygg-au 2024-02-29 och vilket återremitterades?")
    assert "Förändring av ärendelista" in answer.answer and "återremitterar ärendet" in answer.answer, answer.answer
    cited = answer.citations + answer.more_citations
    assert [c.n for c in cited] == list(range(1, len(cited) + 1))
    assert len({(c.doc_id, c.start, c.end) for c in cited}) == len(cited)
    assert all(f"[{c.n}]" in answer.answer for c in answer.citations)
    for c in cited:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def _cited(n: int, start: int, quote: str):
    from assistant.answer.extractive import Citation

    return Citation(n, "Protokoll", "p.md", "doc", 1, "2024-02-01", "Nämnden", "§ 4", quote, start, start + len(quote), 1.0)


def test_a_passage_the_first_answer_only_had_under_more_moves_to_the_direct_answer() -> None:
    from assistant.answer.compound import joined
    from assistant.answer.extractive import Answer

    heading = "Ur ”Protokoll” – § 4 Resultatfond:\nSammanfattning:"
    first = Answer(f"{heading}\n- Överskottet är 1 870 000 kronor. [1]", [_cited(1, 0, "Överskottet är 1 870 000 kronor.")],
                   more=f"{heading}\n- Resten, 1 037 000 kronor, förs till resultatfonden. [2]",
                   more_citations=[_cited(2, 50, "Resten, 1 037 000 kronor, förs till resultatfonden.")])
    second = Answer(f"{heading}\n- Resten, 1 037 000 kronor, förs till resultatfonden. [1]",
                    [_cited(1, 50, "Resten, 1 037 000 kronor, förs till resultatfonden.")])
    both = joined(first, second)
    assert both.answer == (f"{heading}\n- Överskottet är 1 870 000 kronor. [1]\n"
                           "- Resten, 1 037 000 kronor, förs till resultatfonden. [2]")
    assert [c.n for c in both.citations] == [1, 2] and not both.more_citations and not both.more


def test_the_annual_meeting_is_one_organ_whether_filed_as_arsmote_or_arsstamma(tmp_path: Path) -> None:
    def minutes(kind: str, day: str, decision: str) -> str:
        return (f"Byvägens vägsamfällighet\nProtokoll från {kind.lower()} {day}\n\n1. Mötets öppnande\nOrdföranden "
                f"öppnade mötet.\n\n2. Övriga frågor\n{decision}\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")
    assistant = _indexed(tmp_path, {
        "2020-08-15_protokoll_arsstamma.txt": minutes("Årsstämma", "2020-08-15", "Mötet beslöt att sätta upp en trafikspegel "
                                                                                 "vid korsningen för att öka sikten."),
        "2022-08-17_arsmotesprotokoll.txt": minutes("Årsmötet", "2022-08-17", "Mötet beslöt att dikena ska rensas.")})
    assert {d["body"] for d in assistant.documents()} == {"Årsstämma", "Årsmötet"}
    answer = assistant.ask("vad beslutade byvägens årsmöte 2020 om korsningen?")
    assert answer.found and "trafikspegel" in answer.answer, answer.answer


def _road_notice(when: str, note: str = "") -> str:
    """A road association's notice of its stämma: "TID: Söndag, 2021-08-15 kl. 14:00", then a note."""
    return ("Byvägens vägsamfällighet\nKallelse\n\nDeltagarna i Byvägens vägsamfällighet kallas härmed till stämma.\n"
            f"TID: {when}\nPLATS: Hos Anna Berg, Lindhult.\n{note}\n\n"
            "Dagordningsförslag:\n1. Mötets öppnande\n2. Val av ordförande för mötet\n")


def test_a_part_that_names_no_meeting_is_asked_of_the_meeting_the_other_part_names(tmp_path: Path) -> None:
    assistant = _indexed(tmp_path, {
        "2021-08-15_kallelse.txt": _road_notice("Söndag, 2021-08-15 kl. 14:00", "Corona anpassning kommer att ske!"),
        "2022-08-17_kallelse.txt": _road_notice("Söndag, 2022-08-17 kl. 14:00", "Kaffe serveras.")})
    answer = assistant.ask("vilken dag och tid hölls byvägens stämma 2021, och vad skrev styrelsen om corona i kallelsen?")
    assert "14:00" in answer.answer and "Corona anpassning" in answer.answer, answer.answer


def test_the_weekday_asked_is_a_time_not_an_unknown_subject(tmp_path: Path) -> None:
    assistant = _indexed(tmp_path, {"2022-08-17_kallelse.txt": _road_notice("Onsdag, 2022-08-17 kl. 18:00")})
    answer = assistant.ask("vilken veckodag hölls byvägens stämma 2022?")
    assert attribute_of("vilken veckodag hölls stämman") == "time"
    assert attribute_of("mellan vilka tider höll styrelsemötet 23 april 2008 på") == "time"  # hours, no list
    assert answer.found and "Onsdag" in answer.answer, answer.answer


def test_a_notice_is_filed_under_the_meeting_it_calls_not_its_sender() -> None:
    notice = ("Styrelsen för  Byvägen 2022-06-18\nByvägens vägsamfällighet\n\n"
              "Deltagarna i Byvägens vägsamfällighet kallas härmed till stämma.\n\nTID: Onsdag, 2022-08-17 kl. 18:00\n\n"
              "Dagordningsförslag:\n1 Mötets öppnande\n2 Fastställande av dagordning\n3 Val av ordförande för mötet\n\n"
              "För styrelsen\nAnna Berg\nSekreterare\n")
    structure = parse(notice, None, "2022-08-17_Kallelse.txt")
    assert structure.doc_type == "kallelse" and structure.body == "Stämma", (structure.doc_type, structure.body)
    assert parse(notice.replace("kallas härmed till stämma", "kallas härmed till ordinarie årsmöte"), None,
                 "kallelse.txt").body == "Årsmötet"


def test_a_body_is_resolved_among_the_meetings_of_the_organisation_the_question_names(tmp_path: Path) -> None:
    minutes = ("BRF Solgården i Stockholm\nProtokoll fört vid extra föreningsstämma 2022-09-20\n\n§ 1 Stämmans öppnande\n"
               "Ordföranden öppnade stämman.\n\n§ 2 Beslut om stambyte\nStämman beslutar att genomföra stambytet. "
               "Med 101 röster för och 19 mot.\n\n§ 3 Stämmans avslutande\nOrdföranden avslutade stämman.\n")
    folder = tmp_path / "corpus"
    (folder / "byvagen").mkdir(parents=True)
    (folder / "solgarden").mkdir()
    (folder / "byvagen" / "2022-08-15_kallelse.txt").write_text(_road_notice("Söndag, 2022-08-15 kl. 14:00"),
                                                                encoding="utf-8")
    (folder / "solgarden" / "protokoll_extra_stamma_2022-09-20.txt").write_text(minutes, encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([folder]).errors
    assert {d["body"] for d in assistant.documents()} == {"Stämma", "Föreningsstämma"}
    answer = assistant.ask("hur röstade brf solgårdens extra stämma i september 2022 om stambytet?")
    assert answer.found and "101 röster för" in answer.answer, answer.answer


def test_a_second_part_asking_the_place_is_not_asked_the_roles_of_the_first(tmp_path: Path) -> None:
    """"vem var ordförande och sekreterare … och var hölls det": the second part asks where, not who again."""
    assistant = indexed(tmp_path, "arsmote-2022-03-10.txt",
                        "Protokoll årsmöte för Schackklubben Löparen\nDatum: 2022-03-10\nPlats: Folkets hus, lilla salen"
                        "\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Val av mötesordförande\nKarin Ek väljs.\n\n"
                        "§ 3 Val av mötessekreterare\nPer Holm väljs.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n")
    answer = assistant.ask("vem var ordförande och sekreterare på årsmötet i mars 2022 och var hölls det")
    assert "Karin Ek" in answer.answer and "Per Holm" in answer.answer, answer.answer
    assert "Folkets hus, lilla salen" in answer.answer, answer.answer


MOTION = """# Motion till sektionsmöte 3 2021

## Längre öppettider i sektionslokalen

### Bakgrund

Många medlemmar vill plugga sent på kvällen inför tentaperioden, men lokalen stänger redan klockan 18.
Flera andra sektioner har öppet längre utan problem.

### Yrkande

Med anledning av ovanstående yrkar jag

att 1  förlänga lokalens öppettider till klockan 22 under tentaperioderna

att 2  ge styrelsen i uppdrag att ta fram regler för sena kvällar i
lokalen

Kim Nyberg
Lund 3 mars 2021
"""


def test_a_question_about_a_motion_is_answered_with_what_it_moves(tmp_path: Path) -> None:
    """A motion's background says why; its "Yrkande" says what it wants: a question about the motion gets the
    att-satser beside the background, a line broken inside one with it."""
    assistant = indexed(tmp_path, "motion-oppettider.md", MOTION)
    answer = assistant.ask("vad ville motionen om längre öppettider i sektionslokalen ändra?")
    assert "förlänga lokalens öppettider till klockan 22" in answer.answer, answer.answer
    assert "regler för sena kvällar i lokalen" in " ".join(answer.answer.split()), answer.answer
    text = assistant.index.document_text(answer.citations[0].doc_id)
    assert all(text[c.start:c.end] == c.quote for c in answer.citations)


def test_the_time_of_a_meeting_named_by_its_year_comes_with_its_day(tmp_path: Path) -> None:
    """"vilken tid och var hålls årsstämman 2025": the notice's "Datum:" line (not its title's date), its "Tid:"
    and its "Plats:"; a meeting named by its day gets the hour alone."""
    assistant = indexed(tmp_path, "kallelse-arsstamma-2025.txt",
                        "Ekbackens samfällighet\n\nKallelse till årsstämma 2025-04-28\n\nMöte:  Ordinarie årsstämma för "
                        "Ekbackens samfällighetsförening\nDatum:  Måndag den 28 april 2025\nTid:  Kl 19.00\nPlats:  Skolans "
                        "matsal\n\nDAGORDNING\n\n1. Val av ordförande för stämman\n2. Val av sekreterare för stämman\n"
                        "3. Fastställande av dagordning\n4. Stämmans avslutande\n")
    answer = assistant.ask("vilken tid och var hålls ekbackens årsstämma 2025")
    assert all(part in answer.answer for part in ("Måndag den 28 april 2025", "Kl 19.00", "Skolans matsal")), \
        answer.answer
    assert "Måndag" not in assistant.ask("vilken tid börjar årsstämman den 28 april 2025").answer


def test_which_of_a_neuter_noun_without_plural_ending_asks_for_a_list() -> None:
    """"vilka pennalternativ", "vilka tillägg": things, like "vilka åtgärder"; "vilka diskuterade" asks for people."""
    assert attribute_of("vilka pennalternativ diskuterade studierådet på mötet") == "list"
    assert attribute_of("vilka tillägg gjordes när stadgarna antogs") == "list"
    assert attribute_of("vilka diskuterade frågan på mötet") == "person"
    assert attribute_of("vilka val stod på ks dagordning 14 aug 2012") == "list"  # elections
    assert attribute_of("vilka valdes till revisorer") == "person"


def test_which_of_a_hyphenated_compound_asks_for_a_list() -> None:
    """"vilka EU-propositioner", "vilka IT-projekt": things, as "vilka propositioner"; "vilka styrelse-ledamöter"
    are people."""
    assert attribute_of("vilka eu-propositioner antog styrelsen i mars 2012") == "list"
    assert attribute_of("vilka it-projekt ska upphandlas") == "list"
    assert attribute_of("vilka styrelse-ledamöter var närvarande") == "person"


def test_var_before_a_pronoun_asks_whether_not_where() -> None:
    """"… och var hen med från början": "was", as "var han", not "where"; "var hölls mötet" asks where."""
    assert attribute_of("och var hen med från början") != "place"
    assert attribute_of("var ni med på mötet") != "place"
    assert attribute_of("var hölls mötet") == "place"


def test_a_stance_asked_and_a_decision_asked_of_the_body_are_both_about_the_subject_named(tmp_path: Path) -> None:
    """"hade nämnden några invändningar mot naturreservatet, och vad beslutade nämnden 8 december 2025?": the
    objections are a stance, not a subject the documents must name, and the second part asks about the same
    reserve, not for every decision of the day."""
    text = ("Protokoll Kultur- och fritidsnämnden 2025-12-08\n\n§ 55 Svar på remiss - naturreservat Ekdalen\n\n"
            "Ärendebeskrivning\nKommunstyrelsen har skickat förslaget om naturreservatet Ekdalen på remiss.\n\n"
            "Yttrande\nFörvaltningen har ingenting att erinra om förslaget till naturreservat Ekdalen.\n\n"
            "Beslut\nKultur- och fritidsnämnden beslutar att godkänna och översända yttrandet till kommunstyrelsen.\n\n"
            "§ 56 Taxa för simhallen\n\nBeslut\nKultur- och fritidsnämnden beslutar att höja entréavgiften till 60 "
            "kronor.\n")
    answer = indexed(tmp_path, "kfn-2025-12-08.txt", text, refusal_threshold=0.0).ask(
        "hade nämnden några invändningar mot naturreservatet ekdalen, och vad beslutade nämnden 8 december 2025?")
    assert answer.found and "ingenting att erinra" in answer.answer + answer.more, answer.answer
    assert "översända yttrandet" in answer.answer and "entréavgiften" not in answer.answer, answer.answer


def test_a_sum_asked_of_a_case_by_its_number_is_said_to_be_missing_when_its_item_gives_none(tmp_path: Path) -> None:
    text = ("Protokoll Byggnadsnämndens arbetsutskott 2024-02-01\n\n"
            "§ 35 Dnr BN-2017-002010 Byggsanktionsavgift för att ha påbörjat åtgärd innan startbesked\n\n"
            "Ärende för beslut i byggnadsnämnden. Protokoll för ärende om tillsyn publiceras inte i sin helhet.\n\n"
            "§ 36 Dnr BN-2018-000111 Byggsanktionsavgift för olovlig byggnad\n\n"
            "Beslut\nByggsanktionsavgiften tas ut med 12 000 kronor.\n")
    assistant = indexed(tmp_path, "bygg-au-2024-02-01.txt", text, refusal_threshold=0.0)
    missing = assistant.ask("hur stor byggsanktionsavgift beslutades i ärendet BN-2017-002010?")
    assert not missing.found and "ingen summa" in missing.answer, missing.answer
    stated = assistant.ask("hur stor byggsanktionsavgift beslutades i ärendet BN-2018-000111?")
    assert stated.found and "12 000 kronor" in stated.answer, stated.answer


def test_a_role_that_only_owns_what_is_asked_is_not_the_role_asked() -> None:
    """"vem betalar ordförandens resor": who pays, not who the chair was."""
    from assistant.answer.asked import roles_of

    assert roles_of("vem betalar ordförandens resor och boende enligt årsstämman 2017") == ()
    assert roles_of("vad stod i kassörens och sekreterarens rapporter") == ()
    assert roles_of("vem var ordförande och vem var sekreterare på mötet") == ("sekreterare", "ordförande")
    # the paragraphs checked at once ("omedelbar justering"), not who checked the minutes
    assert roles_of("justerades nåt omedelbart på ks 6 december 2011? vilken paragraf i så fall") == ()
    assert roles_of("vilka paragrafer blev omedelbart justerade") == ()
    assert roles_of("vem justerade protokollet") == ("justerare",)


def test_an_english_question_asks_the_adjuster_in_the_words_a_reader_would_use() -> None:
    """"who was appointed to check them", "who verified the minutes": the justerare, as "checks the minutes" is."""
    from assistant.answer.asked import roles_of

    assert roles_of("who was appointed to check them?") == ("justerare",)
    assert roles_of("and who were chosen to check the minutes?") == ("justerare",)
    assert roles_of("who verified the minutes of the board meeting") == ("justerare",)
    assert roles_of("who checked the budget figures") == ()


def test_what_the_board_answered_asks_its_decision_how_many_answered_does_not() -> None:
    from assistant.answer.asked import ASKS_OUTCOME

    assert ASKS_OUTCOME.search("vad svarade styrelsen på äskningen om att hyra bowlinghallen")
    assert not ASKS_OUTCOME.search("hur många elever svarade på ungdomsfullmäktiges enkät våren 2023")


def test_a_figures_sign_in_a_compound_is_no_unknown_subject(tmp_path: Path) -> None:
    """"plusresultat" of minutes that write the result "+ 82 529kr": the sign, not a subject they never name."""
    minutes = ("Protokoll fört vid årsmöte i Föreningen Lindgården 2019-02-17\n\n1. Mötets öppnande\n"
               "Ordföranden öppnade mötet.\n\n6. Styrelsens verksamhetsberättelse\nDen ekonomiska berättelsen visade "
               "på ett bra resultat (+ 82 529kr) och godkändes.\n\n7. Mötets avslutande\n"
               "Ordföranden avslutade mötet.\n")
    assistant = _indexed(tmp_path, {"arsmote-2019-02-17-protokoll.txt": minutes})
    answer = assistant.ask("Hur stort plusresultat visade den ekonomiska berättelsen på årsmötet 2019?")
    assert answer.found and "82 529" in answer.answer, answer.answer
    assert not assistant.ask("Hur stort plusresultat visade simhallen på årsmötet 2019?").found


def test_a_deficit_asked_without_its_sum_points_to_where_it_is_named(tmp_path: Path) -> None:
    """"hur stort var underskottet som fördes över" of minutes saying only "Årets underskott överförs i ny
    räkning": a sum is asked and none is given, so say where the deficit is named, and that it has no sum."""
    minutes = ("Protokoll fört vid årsmöte i Föreningen Lindgården 2021-04-07\n\n1. Mötets öppnande\n"
               "Ordföranden öppnade mötet.\n\n8. Balansräkningen fastställdes och godkändes. Årets underskott "
               "överförs i ny räkning.\n\n9. Mötets avslutande\nOrdföranden avslutade mötet.\n")
    assistant = _indexed(tmp_path, {"arsmote-2021-04-07-protokoll.txt": minutes})
    answer = assistant.ask("Hur stort var underskottet som fördes över i ny räkning på årsmötet 2021?")
    assert not answer.found and "ingen kostnad eller summa" in answer.answer, answer.answer
    assert [c.quote for c in answer.citations] and "underskott" in answer.citations[0].quote



def test_a_price_or_loan_asked_without_its_sum_points_to_where_it_is_named(tmp_path: Path) -> None:
    """"för vilket pris överläts Sveaborg 6", "hur stort lån fick systerkyrkan": a sum asked that the minutes do
    not give: not answered with the decision that names the sale or the loan."""
    minutes = ("Protokoll fört vid styrelsemöte i Bostadsbolaget 2007-12-04\n\n1. Mötets öppnande\n"
               "Ordföranden öppnade mötet.\n\n9. Överlåtelse av fastigheten Sveaborg 6 till Micasa\nStyrelsen "
               "beslutade att godkänna överlåtelsen av fastigheten Sveaborg 6.\n\n10. Lån till systerkyrkan\n"
               "Styrelsen beslutade att bevilja systerkyrkan i Tartu ett lån.\n\n11. Mötets avslutande\n")
    assistant = _indexed(tmp_path, {"styrelsemote-2007-12-04-protokoll.txt": minutes})
    for question in ("för vilket pris överläts sveaborg 6 till micasa?", "hur stort lån fick systerkyrkan i tartu?"):
        answer = assistant.ask(question)
        assert not answer.found, answer.answer


def test_the_sum_a_decision_grants_answers_before_its_background(tmp_path: Path) -> None:
    """"hur mycket fick räddningsvärnen i bidrag": the sum the board decided to grant, not only last year's sum
    the long background paragraph tells of."""
    minutes = ("Information från kommunstyrelsen\n\nUnder onsdagen (170308) hade kommunstyrelsen sammanträde och "
               "bland annat\nföljande ärenden togs upp:\n\n- Bidrag till räddningsvärnen för RAKEL-system: "
               "Räddningsvärnen i kommunen\n(Norrby, Sörby, Västerby, Österby, Mellanby och Byn) ansöker i skrivelse\n"
               "om bidrag till den årliga abonnemangsavgiften för RAKEL-terminaler.\nAbonnemangsavgiften uppgår "
               "till 15 000 kronor för två RAKEL-terminaler (per\nräddningsvärn). Under 2016 erhöll räddningsvärnen "
               "bidrag till ett RAKEL-abonnemang\nper värn, det vill säga 7 500 kronor per värn.\n\n"
               "Kommunstyrelsen beslutade att bevilja de sex räddningsvärnen i kommunen\nbidrag till ett "
               "Rakel-abonnemang med 7 500:- per värn, totalt 45 000:-. Bidraget\nfinansieras genom minskning av "
               "kommunstyrelsens anslag till förfogande.\n\n- Centrumutveckling: En arbetsgrupp har under året "
               "tittat på möjligheterna att arrangera en bomässa.\n")
    assistant = _indexed(tmp_path / "beslut", {"ks-2017-03-08-protokoll.txt": minutes})
    answer = assistant.ask("hur mycket fick räddningsvärnen i bidrag till rakel när ks sammanträdde i mars 2017?")
    assert "45 000" in answer.answer, answer.answer
    proposed = minutes.replace("Kommunstyrelsen beslutade att bevilja", "Kommunstyrelsen föreslår fullmäktige att ge")
    assistant = _indexed(tmp_path / "förslag", {"ks-2017-03-08-protokoll.txt": proposed})
    answer = assistant.ask("hur mycket vill ks ge räddningsvärnen i bidrag till rakel?")
    assert "45 000" in answer.answer, answer.answer


def test_the_agendas_items_for_decision_ask_no_decision(tmp_path: Path) -> None:
    """"föredragande för beslutsärendena": the items the agenda puts to the vote, which its notice answers; no
    decision is asked, so no minutes are missing."""
    agenda = ("Landstingsfullmäktiges sammanträde den 12 maj 2009\n\nFöredragningslista\n\nInledning\n1. Justering\n\n"
              "Beslutsärenden\nFöredragande landstingsråd: Anna Berg (M)\n2. Reviderad förbundsordning för "
              "samordningsförbundet i Norrby (förslag 37)\n3. Ny taxa för färdtjänsten (förslag 38)\n")
    assistant = _indexed(tmp_path, {"lf-2009-05-12-foredragningslista.txt": agenda})
    assert not assistant.analyse("vilka beslutsärenden fanns på mötet?").about_decisions
    assert assistant.analyse("vad beslutade fullmäktige om taxan?").about_decisions
    answer = assistant.ask("Vem var föredragande landstingsråd för beslutsärendena på fullmäktigemötet 12 maj 2009?")
    assert answer.found and "Anna Berg" in answer.answer, answer.answer


def test_typed_abbreviations_are_read_written_out(tmp_path: Path) -> None:
    """"hur mkt går till resultatfonden" asks an amount, as "hur mycket" does."""
    from assistant.answer.asked import written_out

    assert written_out("hur mkt går till resultatfonden, fick ngn ersättning?") == \
        "hur mycket går till resultatfonden, fick någon ersättning?"
    assert written_out("Mkt folk") == "mycket folk" and written_out("mktg") == "mktg"
    assert written_out("vem justerade tsm med ordf, sköts det upp pga sjukdom?") == \
        "vem justerade tillsammans med ordf, sköts det upp på grund av sjukdom?"
    assistant = _indexed(tmp_path, {"2022-08-17_kallelse.txt": _road_notice("Onsdag, 2022-08-17 kl. 18:00")})
    assert assistant.analyse("hur mkt går till resultatfonden?").attribute == "amount"


def test_a_date_or_sum_asked_of_a_paragraph_is_its_sentence_that_gives_it(tmp_path: Path) -> None:
    """"§ 43 … – när ska föreskrifterna träda i kraft och när skulle synpunkterna vara inne?": the second part names
    nothing of its own, so both are asked of § 43, and each is answered by the item's sentence that gives the date
    and shares its words, not by the item's decision; a sum by the sentence that gives one (a Markdown bullet "\\*"
    opens a sentence)."""
    minutes = ("Sammanträdesprotokoll Kulturnämnden 2026-03-18\n\n§ 42 Val av justerare\nAnna Ek utses att justera."
               "\n\n§ 43 Remiss om ändrade föreskrifter för bibliotek\n\nSammanfattning Verket vill ändra sina "
               "föreskrifter om bibliotek. Verket föreslår att förslagen ska träda i kraft den 1 juli 2026. "
               "Eventuella synpunkter bör vara verket tillhanda senast den 20 mars 2026.\n\nKulturnämndens beslut "
               "Förvaltningens tjänsteutlåtande utgör nämndens yttrande.\n\n§ 44 Ombudget och resultatfond 2025\n\n"
               "Sammanfattning Nämnden redovisar ett positivt resultat på 900 000 kronor. Nämnden begär följande "
               "resultatdisponering:\n\\* Projektbudget för kartor, 300 000 kronor, ombudgeteras till 2026.\n\\* "
               "Resterande överskott, 600 000 kronor, förs till nämndens resultatfond.\n\nKulturnämndens beslut "
               "Nämnden godkänner förslaget.\n")
    assistant = _indexed(tmp_path, {"kulturnamnden-2026-03-18-protokoll.txt": minutes})
    answer = assistant.ask("§ 43 i kulturnämndens protokoll från mars 2026 – när ska de ändrade föreskrifterna träda "
                           "i kraft och när skulle synpunkterna vara inne?")
    assert [c.quote for c in answer.citations] == [
        "§ 43 Remiss om ändrade föreskrifter för bibliotek",
        "Verket föreslår att förslagen ska träda i kraft den 1 juli 2026. Eventuella synpunkter bör vara verket "
        "tillhanda senast den 20 mars 2026."], answer.answer  # two sentences of one paragraph: one passage
    in_force = assistant.ask("kulturnämnden mars 2026 § 43 – när ska ändringarna börja gälla och vilket datum skulle "
                             "synpunkterna vara inne?")  # "börja gälla" asks what "träda i kraft" says
    assert "träda i kraft den 1 juli 2026" in in_force.answer, in_force.answer
    answer = assistant.ask("§ 44 i kulturnämndens protokoll från mars 2026 – hur mycket av överskottet går till "
                           "resultatfonden?")
    assert [c.quote for c in answer.citations][-1] == "\\* Resterande överskott, 600 000 kronor, förs till nämndens " \
        "resultatfond.", answer.answer


def test_who_is_to_see_to_a_matter_is_the_later_sentence_of_its_point_that_assigns_it(tmp_path: Path) -> None:
    """"vem ska fixa häcken vid hus 4 och när?": the point quoted says what is wrong; the sentence further down the
    same point that gives it to someone ("Pierre skall göra en insats i vår") answers who, not a point elsewhere."""
    notes = ("Protokoll husrådsmöte Brf Lindarna 2026-10-14\n\nHus 1\n\n● Reservutgången ställs ofta upp. Olle har "
             "åtgärdat.\n\nHus 4\n\n● Avenbokshäcken är anfrätt och tar sig inte. Samma problem utanför hus 3, "
             "delvis beroende\npå att vissa personer tar en genväg genom häcken när de går till tvättstugan "
             "på kvällen.\n"
             "Gunnar: Pierre skall göra en insats i vår och, om det inte hjälper, plantera nytt.\n\n"
             "● Önskar plantering på bergknallen.\n")
    assistant = _indexed(tmp_path, {"2026-10-14_husradsmote.txt": notes})
    answer = assistant.ask("vem ska fixa den anfrätta avenbokshäcken vid hus 4 och när?")
    assert "Pierre skall göra en insats i vår" in answer.answer, answer.answer


def test_the_hours_written_with_a_decimal_comma_are_quoted_where_they_stand(tmp_path: Path) -> None:
    """"Plats och tid Borås, kl. 13,00-16,00": the meeting's hours, quoted from the line that writes them so."""
    minutes = ("Direktionsprotokoll 2017-02-24 Plats och tid Borås, kl. 13,00-16,00 Omfattning 1-18\n"
               "Beslutande Tomas Berg (M) ordförande Eva Ek (C) Per Lind (S)\n\n"
               "1 Val av justerare Eva Ek (C) utses att jämte ordförande justera dagens protokoll.\n\n"
               "2 Budget Direktionen beslutar att godkänna budgeten.\n")
    assistant = _indexed(tmp_path, {"direktion_2017-02-24.txt": minutes})
    answer = assistant.ask("vilken tid höll direktionen på den 24 februari 2017?")
    assert "13,00-16,00" in " ".join(c.quote for c in answer.citations), answer.answer


def test_a_spoken_va_is_read_as_vad_where_it_opens_and_as_var_after_its_subject() -> None:
    """"vilka va med på mötet" asks who was there; "va beslutade dom" what was decided; "VA-ledningen" and "VA"
    (water and sewage) are words of their own."""
    from assistant.answer.asked import roles_of, written_out

    assert written_out("vilka va med på mötet 2 november 2020") == "vilka var med på mötet 2 november 2020"
    assert roles_of(written_out("vilka va med på styrelsemötet 2 november 2020")) == ("närvarande",)
    assert written_out("va beslutade dom om taxan, o va kostar det?") == "vad beslutade dom om taxan, o vad kostar det?"
    assert written_out("när va VA-ledningen klar") == "när var VA-ledningen klar"
    assert written_out("hur gick det med va-ledningen och VA") == "hur gick det med va-ledningen och VA"


def test_an_ordinal_before_vice_is_written_as_the_documents_write_it() -> None:
    """"andre vice ordförande" as "2:e vice ordförande": the ordinal the documents write is no searchable word, and
    the role asked stays the same."""
    from assistant.answer.asked import roles_of, written_out

    assert written_out("vem var andre vice ordförande 2017") == "vem var 2:e vice ordförande 2017"
    assert written_out("vem är förste vice ordf") == "vem är 1:e vice ordf"
    assert roles_of(written_out("vem var andre vice ordförande")) == roles_of("vem var andre vice ordförande")
    assert written_out("andra frågor") == "andra frågor"


def test_ever_is_no_subject_the_documents_must_name() -> None:
    """"… sköt upp ansvarsfriheten på vårmötet 2019, fick de den nånsin?": "nånsin" asks whether it ever happened;
    no passage says the word."""
    from assistant.swedish import content_terms

    assert content_terms("fick de den nånsin") == content_terms("fick de den någonsin") == content_terms("fick de den")


def test_a_role_that_did_what_is_asked_about_is_not_the_role_asked() -> None:
    """"nämndsekreteraren påminde om en utbildning …, vilket datum": the secretary reminded, the day of the
    training is asked, not who the secretary was; "när valdes ordföranden" and "vem var sekreterare" still ask
    the role."""
    for question in ("nämndsekreteraren påminde om en utbildning för nya ledamöter, vilket datum är den",
                     "ordföranden informerade om en ny lokal, var ligger den"):
        assert roles_asked(question, question) == (), question
    assert roles_asked("när valdes ordföranden", "när valdes ordföranden") == ("ordförande",)
    assert roles_asked("vem var sekreterare", "vem var sekreterare") == ("sekreterare",)


def test_vilka_var_med_asks_who_attended() -> None:
    """"styrelsemötet 16 december – var det fysiskt, vilka var med?": those present, as "vilka var med på mötet"."""
    question = "styrelsemötet 16 december – var det fysiskt, vilka var med?"
    assert roles_asked(question, question) == ("närvarande",)


def test_a_years_result_asked_by_its_name_asks_a_sum() -> None:
    """"vad blev vinsten 17/18", "hur gick underskottet": the result a financial report states in money ("Vinst/Förlust:
    62,892.08 kr"); the result of a vote or an inquiry is no sum."""
    from assistant.answer.asked import attribute_of

    for asked in ("vad blev vinsten för lithe kod verksamhetsåret 17/18", "vad var underskottet 2019",
                  "vilket överskott redovisade föreningen", "vad blev årets resultat",
                  "vad var det budgeterade resultatet"):
        assert attribute_of(asked) == "amount", asked
    assert attribute_of("vad blev resultatet av omröstningen") == "vote"
    assert attribute_of("vad blev resultatet av utredningen om lokalerna") == ""
    assert attribute_of("budgeten går med underskott – hur ska underskottet täckas?") == ""
    assert attribute_of("vad beror underskottet på") == ""
