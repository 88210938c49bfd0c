"""Minutes of associations and study councils as their secretaries write them: questions with alternatives
("fysiskt eller digitalt") and joining words ("respektive", "tillika") are no unknown subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents.parsing import parse
from assistant.swedish import content_terms
from conftest import indexed, indexed_files


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _indexed(tmp_path: Path, *paths: Path):
    """A unit-tier assistant over the documents (relevance is not what these tests measure)."""
    return indexed_files(tmp_path, *paths, refusal_threshold=0.0)


# the opening of the chess club Löparen's minutes, the items following it
_LOPAREN = "Protokoll {meeting} Schackklubben Löparen {day}\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"


def _asked(tmp_path: Path, name: str, text: str, question: str):
    """The answer to one question over one document written to ``tmp_path / name``."""
    return indexed(tmp_path, name, text, refusal_threshold=0.0).ask(question)


def _club_minutes(tmp_path: Path) -> list[Path]:
    minutes = _written(tmp_path / "arsmote-2026.txt", (
        "Protokoll årsmöte Judoklubben Kast 2026-03-07\n\nDigitalt möte via Zoom.\n\n"
        "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
        "2. Val av mötesordförande och sekreterare\nPer Larsson valdes till ordförande och Erik Berg valdes till "
        "sekreterare.\n\n3. Val av justerare tillika rösträknare\nSara Ek och Omar Said valdes.\n\n"
        "4. Mötets avslutande\nMötet avslutades.\n"))
    other = _written(tmp_path / "nyhetsbrev.txt", (
        "Nyhetsbrev från Tennisklubben Boll, 2025\n\nVi ses fysiskt i klubbstugan, respektive digitalt för de "
        "som bor långt bort. Kassören är tillika sekreterare.\n"))
    fillers = [_written(tmp_path / f"styrelse-{n}.txt", (  # enough passages that the words are rare ones
        f"Protokoll styrelsemöte Tennisklubben Boll 2021-{n % 12 + 1:02d}-{n + 1:02d}\n\n1. Mötets öppnande\n"
        f"Mötet öppnades.\n\n2. Banorna\nStyrelsen beslutade att måla {n} banor.\n")) for n in range(1, 28)]
    return [minutes, other, *fillers]


def test_alternatives_and_joining_words_are_no_unknown_subjects(tmp_path) -> None:
    assistant = _indexed(tmp_path, *_club_minutes(tmp_path))
    online = assistant.ask("var judoklubben kasts årsmöte 7 mars 2026 ett fysiskt eller digitalt möte")
    assert online.found and "Digitalt möte" in online.answer, online.answer
    officials = assistant.ask("vem var ordförande respektive sekreterare på judoklubben kasts årsmöte 7 mars 2026")
    assert officials.found and "Per Larsson" in officials.answer, officials.answer
    checkers = assistant.ask("vilka var justerare tillika rösträknare på judoklubben kasts årsmöte 7 mars 2026")
    assert checkers.found and "Sara Ek" in checkers.answer, checkers.answer


def test_a_club_is_named_without_its_kind_and_in_a_compound() -> None:
    """"österlen budoklubb" names "Österlen Budo Klubb": "klubb" is the kind of organisation, like "förening"."""
    from assistant.answer.bodies import named_organisations

    clubs = ("Österlen Budo Klubb", "Tennisklubben Boll")
    assert named_organisations("vad beslutade årsmötet i österlen budoklubb 2024", clubs) == ("Österlen Budo Klubb",)
    assert named_organisations("vad beslutade klubben om avgiften", clubs) == ()


def test_an_election_heading_with_a_count_and_a_clause_names_the_officials_below(tmp_path) -> None:
    """The standard agenda of a sports club: "5. Val av två (2) justeringspersoner, som jämte ordförande skall
    justera mötesprotokollet," with the names on a sub-point below; the wrapped line between them names nobody."""
    from assistant.index.ingest import build_document

    path = _written(tmp_path / "arsmote.txt", (
        "Protokoll för årsmöte Judoklubben Kast 2026\n\nLördagen den 7 Mars, kl 11:30 i klubblokalen\n\n"
        "1. Upprop\n\na. Upprop\n\n2. Val av ordförande och sekreterare för mötet.\n\n"
        "a. Per Larsson valdes till ordförande\n\nb. Erik Berg valdes till sekreterare\n\n"
        "3. Val av två (2) justeringspersoner, som jämte ordförande skall justera mötesprotokollet,\n\n"
        "samt vara rösträknare.\n\na. Sara Ek och Henric Sjöstrand\n\n4. Avslutning\n\na. Mötet avslutades.\n"))
    _, structure = build_document(path)
    assert structure.roles["justerare"] == "Sara Ek och Henric Sjöstrand"
    assert structure.roles["ordförande"] == "Per Larsson"


def test_a_sentence_wrapped_over_a_blank_line_is_quoted_whole(tmp_path) -> None:
    """pypdf writes a blank line after every line of some PDFs: "… från 135 kr/år till 175" / "" / "kr/år från och
    med 2027." is one sentence of the decision."""
    path = _written(tmp_path / "arsmote.txt", (
        "Protokoll för årsmöte Judoklubben Kast 2026\n\nLördagen den 7 Mars, kl 11:30 i klubblokalen\n\n"
        "1. Mötets öppnande\n\na. Mötet öppnades\n\n2. Fastställande av medlemsavgift.\n\n"
        "a. Mötet godkände styrelsens förslag att höja medlemsavgiften från 135 kr/år till 175\n\n"
        "kr/år från och med 2027. Avgifter för träning lämnas oförändrade\n\n3. Avslutning\n\na. Mötet avslutades.\n"))
    assistant = _indexed(tmp_path, path)
    answer = assistant.ask("vad beslutade judoklubben kasts årsmöte 7 mars 2026 om medlemsavgiften")
    assert "till 175\n\nkr/år från och med 2027" in answer.citations[0].quote, answer.answer


SECTION_MINUTES = """Fysikteknologsektionen
Protokoll fört vid sektionsmöte
10 december 2020

§1     Mötets öppnande
Mötet öppnas 17.19 av Talman Ruben Seyer.

§2     Propositioner

§2a    Skapande av jämlikhetsråd
Skyddsombud Emelie Sjögren ger bakgrunden.
Sektionsmötet beslutar
 att bifalla propositionen.

§2b    Skapande av mastermottagningsansvarig
Sekreterare Felix Augustsson presenterar propositionen.
Sektionsmötet beslutar
 att avslå propositionen.

§3     Personval

§3a i    Val av ordförande i FnollK
Sektionsmötet beslutar
 att välja Emma Ödman till Ordförande i FnollK.

§3a ii   Val av vice ordförande i FnollK
Sektionsmötet beslutar
 att välja Isabella Tepp till vice ordförande i FnollK.

§4     Mötets avslutande
Mötet avslutas 23.24 av Talman Ruben Seyer.
"""


def test_sub_items_with_letters_and_roman_numerals_are_items_of_their_own(tmp_path) -> None:
    """Student sections number the matters under a heading "§14a", "§14b", and their parts "§13a i", "§13a ii":
    each has its own decision, and "§2b" is looked up as that sub-item."""
    from assistant.index.ingest import build_document

    path = _written(tmp_path / "protokoll-lp2.txt", SECTION_MINUTES)
    doc, _ = build_document(path)
    items = {item.number: item for item in doc.items}
    assert list(items) == ["§ 1", "§ 2", "§ 2a", "§ 2b", "§ 3", "§ 3a i", "§ 3a ii", "§ 4"]
    assert items["§ 2b"].title == "Skapande av mastermottagningsansvarig"
    assert "Beslut" in items["§ 2a"].fields and "Beslut" in items["§ 2b"].fields
    assistant = _indexed(tmp_path, path)
    answer = assistant.ask("vad beslutades under §2b på sektionsmötet 10 december 2020")
    assert "att avslå propositionen" in answer.answer and "bifalla" not in answer.answer, answer.answer


def test_passing_a_proposal_by_vote_asks_the_decision_and_paragraf_is_no_subject() -> None:
    """"röstade sektionsmötet igenom förslaget" asks whether it passed (the decision), not a count of votes;
    "paragraf" in "under paragraf 15" names where, not what."""
    from assistant.answer.asked import attribute_of
    from assistant.answer.questions import DECISION_WORDS
    from assistant.answer.refusal import _subject_terms

    assert attribute_of("röstade sektionsmötet igenom förslaget om ett jämlikhetsråd") == ""
    assert attribute_of("hur röstade sektionsmötet om förslaget") == "vote"
    assert attribute_of("hur röstade mötet om avgiften") == "vote"
    assert attribute_of("hur mycket var avgiften man måste ha betalat för att få rösta på stämman") == "amount"
    assert DECISION_WORDS.search("röstade sektionsmötet igenom förslaget")
    words = {t for alternatives in _subject_terms("vad togs upp under paragraf 15 på årsmötet")
             for terms in alternatives for t in terms}
    assert "paragraf" not in words


def test_who_was_elected_in_inline_numbered_minutes(tmp_path) -> None:
    """Minutes that write each item on one line ("12. Firmatecknare … valdes: Ordförande och kassör …"): "vilka
    valdes" asks for people, not for the items whose titles say "valdes", and "valdes" is a decision."""
    path = _written(tmp_path / "arsmote-2024.txt", (
        "Protokoll från årsmöte i Judoklubben Kast,\nLördagen den 23 Mars 2024 kl. 11.00\n\n"
        "1. Mötet öppnades av ordförande Per Larsson.\n"
        "2. Val av 2 st protokolljusterare tillika rösträknare. Tony och Madeleine valdes.\n"
        "3. Firmatecknare för Judoklubben Kast 2 st för ett år valdes: Ordförande och kassör\n"
        "tecknar firma var för sig.\n"
        "4. Val av 2 st revisorer, 1 år. Cecilia Lind och Pia Larsson valdes ånyo som revisorer.\n"
        "5. Mötet avslutades.\n"))
    assistant = _indexed(tmp_path, path)
    auditors = assistant.ask("vilka valdes till revisorer för judoklubben kast på årsmötet 23 mars 2024")
    assert "Cecilia Lind och Pia Larsson" in auditors.answer, auditors.answer
    signing = assistant.ask("vilka får teckna firman för judoklubben kast enligt årsmötesbeslutet 23 mars 2024")
    assert signing.found and "Ordförande och kassör" in signing.answer, signing.answer


def test_a_sub_item_is_read_under_its_parents_and_the_list_of_attachments_names_documents(tmp_path) -> None:
    """"§12d iii Ansvarsfrihet" is the discharge of "§12d Djungelpatrullen 19/20": its passage carries that heading,
    so "vilka i djungelpatrullen fick ansvarsfrihet" finds it; the minutes' closing "Förteckning över bilagor"
    ("D Verksamhetsberättelse Djungelpatrullen 19/20") only names documents."""
    from assistant.index.ingest import build_document

    path = _written(tmp_path / "protokoll-lp1.txt", (
        "Fysikteknologsektionen\nProtokoll fört vid sektionsmöte\n7 oktober 2020\n\n"
        "§1     Mötets öppnande\nMötet öppnas 17.15.\n\n§2     Verksamhets- och revisionsberättelser\n\n"
        "§2a    Kemisektionen 19/20\n§2a i    Ansvarsfrihet\nSektionsmötet beslutar\n"
        " att bevilja tidigare Kassör Anna Berg ansvarsfrihet för det gångna verksamhetsåret.\n\n"
        "§2b    Djungelpatrullen 19/20\n§2b i    Verksamhetsberättelse\nDP har fixat Focus.\n\n"
        "§2b ii    Ansvarsfrihet\nSektionsmötet beslutar\n"
        " att bevilja tidigare Överste Axel Prebensen och tidigare Rustmästare Frida Krohn ansvarsfrihet för det\n"
        "     gångna verksamhetsåret.\n\n§3     Mötets avslutande\nMötet avslutas 23.24.\n\n"
        "Förteckning över bilagor\n A Verksamhetsberättelse Kemisektionen 19/20\n"
        " B Verksamhetsberättelse Djungelpatrullen 19/20\n C Revisionsberättelse Djungelpatrullen 19/20\n"))
    doc, _ = build_document(path)
    discharge = next(b for b in doc.blocks if b.item_number == "§ 2b ii")
    assert discharge.heading_path[-2:] == ("§2b Djungelpatrullen 19/20", "§2b ii Ansvarsfrihet")  # as written
    assert any(b.field == "Förteckning över bilagor" for b in doc.blocks)
    assistant = _indexed(tmp_path, path)
    answer = assistant.ask("vilka i djungelpatrullen 19/20 fick ansvarsfrihet på sektionsmötet 7 oktober 2020")
    assert "Överste Axel Prebensen" in answer.answer, answer.answer
    assert not any(c.quote.startswith("§2b") for c in answer.citations), answer.answer  # not its bare heading


def test_a_notices_agenda_wins_over_a_longer_numbered_table_and_its_lettered_parts_are_looked_up(tmp_path) -> None:
    """A stämma notice: the agenda (election of the chair first, "Övriga frågor" last) with the motions as "a." …
    "c." under item 11, then a maintenance plan numbered 1–25; "punkt 11 c" is the third motion."""
    from assistant.index.ingest import build_document

    agenda = "\n".join(f"   {n}. {title}" for n, title in enumerate([
        "Val av ordförande för stämman", "Val av sekreterare för stämman", "Val av två justeringspersoner",
        "Fråga om stämman sammankallats på behörigt sätt", "Justering av röstlängd", "Godkännande av dagordning",
        "Styrelsens berättelse", "Årsbokslut", "Fråga om ansvarsfrihet", "Underhållsplan", "Motioner"], 1))
    plan = "\n".join(f"   {n}    {part}                                  0" for n, part in enumerate(
        ["Väggar", "Plåttak", "Golv", "Bänkar", "Staket", "Sand", "Blommor", "Krukor", "Gräs", "Träd", "Buskar",
         "Förråd", "Stege", "Penslar", "Färg", "Ledningar", "Stolpar", "Ljuskällor", "Säkringar", "Elskåp",
         "Beläggning", "Parkeringar", "Skyltar", "Räcken", "Brunnar"], 1))
    path = _written(tmp_path / "kallelse-stamma-2025.txt", (
        "Samfälligheten Flintan\nKallelse till årsstämma 2025-04-28\n\nDatum: Måndag den 28 april 2025\n\n"
        f"DAGORDNING\n{agenda}\n          a. Arbetsgrupp om bilfria vägar\n          b. Indexering av arvodering\n"
        "          c. Boulebana på gård 2\n   12. Övriga frågor\n\nBilaga 3 Underhållsplan\n\n"
        f"   Nr    Del                                  Kostnad\n{plan}\n"))
    doc, _ = build_document(path)
    assert [i.title for i in doc.items][:2] == ["Val av ordförande för stämman", "Val av sekreterare för stämman"]
    assistant = _indexed(tmp_path, path)
    answer = assistant.ask("vad gällde punkt 11 c på dagordningen till samfälligheten flintans årsstämma 2025")
    assert [c.quote for c in answer.citations] == ["c. Boulebana på gård 2"], answer.answer


def test_where_and_when_come_from_the_minutes_and_the_notice_of_the_same_meeting(tmp_path) -> None:
    """A study council's minutes say when the meeting opened but not where; its notice says where: "var och när"
    quotes both, and "hos d-sektionen" names whose meeting it is, not something that happened at it."""
    minutes = _written(tmp_path / "2019-10-09.txt", (
        "DATATEKNIKSEKTIONEN INOM TLTH  Protokoll SRD 20\nSTUDIERÅDET  2019-10-09\n\n"
        "§1 Mötets öppnande\nOrdföranden förklarade mötet öppnat kl 12:16.\n\n§2 Kurser\nSektionen diskuterade "
        "kurserna. Sektionen ska skicka en enkät.\n\n§3 Mötets avslutande\nMötet avslutades kl 12:55.\n"))
    notice = _written(tmp_path / "kallelse-20.txt", (
        "DATATEKNIKSEKTIONEN INOM TLTH  Kallelse SRD 20\nSTUDIERÅDET  2019-10-09\n\n"
        "Kallelse till studierådsmöte 20, den 9 Oktober 2019\n\nTid:      12.10\nPlats:    E:1407\n\n"
        "§1 Mötets öppnande\n§2 Kurser\n§3 Mötets avslutande\n"))
    assistant = _indexed(tmp_path, minutes, notice)
    answer = assistant.ask("var och när hölls studierådsmöte 20 hos d-sektionen inom tlth den 9 oktober 2019")
    assert "E:1407" in answer.answer and "12" in answer.answer, answer.answer


def test_a_decimal_item_of_a_meeting_named_by_its_sections_name(tmp_path) -> None:
    """"Punkt 5.1 på rymdteknik-sektionens sektionsmöte den 4 maj 2020": the item numbered 5.1 of that meeting's
    agenda; "sektionens" is the organisation the question names, not a body called "Sektionen"."""
    agenda = _written(tmp_path / "sm4.txt", (
        "Sektionen för Rymdteknik  Stockholm 2020-04-20\n\nFöredragningslista\nSektionsmöte, 04 Maj 2020\n\n"
        "1.  Formalia\n\n1.1.  Mötets öppnande\n1.2.  Val av mötesordförande\n2.  Rapporter\n\n3.  Information\n\n"
        "4.  Bordlagda ärenden\n\n5.  Valärenden\n\n5.1.  Val av Zoommaster\n5.2.  Val av Karantänkock\n"
        "6.  Mötets avslutande\n"))
    bylaws = _written(tmp_path / "reglemente.txt", (
        "Reglemente | Sektionen för Rymdteknik\n\n1. Allmänt\n\n1.1 Sektionen leds av styrelsen.\n\n"
        "5. Val\n\n5.1 Val sker på sektionsmötet.\n"))
    notes = _written(tmp_path / "anteckningar.txt", (
        "Mötesanteckningar referensgruppen\n\n4. Genomgång\n\nVi gick igenom materialet.\n\n5. Kardinalitet\n\n"
        "En modell klarar inte alltid detta.\n"))
    assistant = _indexed(tmp_path, agenda, bylaws, notes, *_club_minutes(tmp_path))
    answer = assistant.ask("vilket ärende låg under punkt 5.1 på rymdteknik-sektionens sektionsmöte den 4 maj 2020?")
    assert "punkt 5.1 Val av Zoommaster" in answer.answer and "Karantänkock" not in answer.answer, answer.answer
    assert answer.citations[0].document_title == "Föredragningslista Sektionsmötet 2020-05-04"


def test_an_item_reference_keeps_its_decimal_number() -> None:
    from assistant.answer.references import references_in

    assert [r.value for r in references_in("vad gällde punkt 5.1 på mötet?")] == ["5.1"]
    assert [r.value for r in references_in("vad gällde punkt 11 g?")] == ["11g"]
    assert [r.value for r in references_in("vad händer i steg 5 i processen för att kandidera")] == ["5"]



def test_a_government_report_is_no_property() -> None:
    """"SOU 2011:35", "prop. 2020/21:1", "SFS 2001:453": a series and number of the state's papers, not a property's
    block and unit ("Mossen 3:15")."""
    from assistant.answer.references import references_in

    assert references_in("vilken paragraf hade remissen om missbruk (sou 2011:35)?") == ()
    assert references_in("vad sa nämnden om ds 2019:12 och sfs 2001:453") == ()
    assert [r.value for r in references_in("vad hände med mossen 3:15")] == ["MOSSEN 3:15"]


def test_the_hours_a_meeting_ran_are_no_property() -> None:
    """"budget-SMet som pågick 17:32–19:36": the hours it began and ended, not the property "Pågick 17:32"."""
    from assistant.answer.references import references_in

    assert references_in("vem adjungerades på budget-smet som pågick 17:32–19:36?") == ()
    assert references_in("mötet började 18:30 och slutade 20:15") == ()
    assert [r.value for r in references_in("bygglov på varla 6:18")] == ["VARLA 6:18"]


def test_a_word_of_the_named_organisations_name_names_no_body() -> None:
    """"medieteknik-sektionens sektionsmöte den 4 maj 2020": with the section's by-laws filed under "Sektionen",
    "sektionens" named that body and no meeting of that day was found."""
    from assistant.answer.questions import Corrector, IndexFacts, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "föredragningslista", "", "Sektionsmötet", "2020-05-04", "", ""),
                Meeting("b", "styrdokument", "", "Sektionen", "", "", ""),
                Meeting("c", "protokoll", "", "Styrelsemötet", "2020-05-04", "", "")]
    owners = {"a": "Sektionen för Medieteknik", "b": "Sektionen för Medieteknik", "c": "Brf Imatra"}
    q = analyse("vilket ärende låg under punkt 5.1 på medieteknik-sektionens möte den 4 maj 2020?", None, meetings,
                Corrector(lambda t: t), known=IndexFacts(organisations=owners))
    assert "Sektionen" not in q.bodies and q.meetings == ("a",)


def test_a_question_naming_an_organisation_by_its_other_name_is_answered_from_its_documents(tmp_path: Path) -> None:
    """Its minutes name the association in full; only its statutes say it goes by "Open Maps Sweden". Named so,
    the association's minutes answer, and the brand's words are no topic ("Open Maps-kapacitet")."""
    statutes = _written(tmp_path / "stadgar.txt", (
        "Stadgar\n\nStadgar för\nFöreningen Leverantörer av Digitala Kartor i Sverige\n(Open Maps Sweden)\n"
        "som antagits den 2012-05-11.\n\n§ 1. Namn\nFöreningens namn är Föreningen Leverantörer av Digitala Kartor i "
        "Sverige.\n"))
    minutes = _written(tmp_path / "arsstamma-2018.txt", (
        "Årsstämma 2018\nFöreningen Leverantörer av Digitala Kartor i Sverige\nDatum: 9 april 2018\n\nProtokoll\n\n"
        "1. Mötets öppnande\nStämman öppnades.\n\n"
        "2. Bestämmande av ersättning till styrelseledamöter och revisor\nBestämdes att ingen ersättning utgår till "
        "ledamöterna.\n\n3. Fastställande av avgifter\nServiceavgift: beräknas på antal anställda som utgör "
        "Open Maps-kapacitet i Sverige.\n"))
    assistant = _indexed(tmp_path, statutes, minutes, *_club_minutes(tmp_path))
    question = "vilken ersättning beslutade open maps swedens årsstämma 2018 om för styrelseledamöterna?"
    q = assistant.analyse(question)
    assert "Föreningen Leverantörer av Digitala Kartor" in q.organisations
    assert {"open", "map", "swed"} & q.identifying
    answer = assistant.ask(question)
    assert "ingen ersättning" in answer.answer and "kapacitet" not in answer.answer, answer.answer


def test_who_was_elected_is_answered_from_the_minutes_not_the_notice_of_the_same_day(tmp_path) -> None:
    """The notice of the årsmöte and its minutes share body and date; only the minutes say who was elected."""
    notice = _written(tmp_path / "2023-kallelse.txt", (
        "Kallelse till årsmöte 2023\n\nDen 19 mars kl. 10:00-11:00\n\nAlla medlemmar i Makerklubben Hammaren hälsas "
        "välkomna. Styrelsen har beslutat att årsmötet hålls i lokalen.\n\nDagordning årsmöte\n\n§ 1 Mötets öppnande\n\n"
        "§ 2 Val av valberedning\n\n§ 3 Mötets avslutande\n"))
    minutes = _written(tmp_path / "2023-protokoll.txt", (
        "Årsmöte Makerklubben Hammaren 2023-03-19\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
        "§ 2 Val av valberedning\n\nÅrsmötet beslutade att\n\nvälja Ingvor Green och Pontus Nyholm till valberedning.\n\n"
        "§ 3 Mötets avslutande\n\nMötet avslutades.\n"))
    assistant = _indexed(tmp_path, notice, minutes, *_club_minutes(tmp_path))
    answer = assistant.ask("vilka valdes till valberedning på makerklubben hammarens årsmöte den 19 mars 2023?")
    assert "Ingvor Green" in answer.answer, answer.answer


def test_a_decision_is_quoted_once_not_again_without_its_lead(tmp_path) -> None:
    """"Årsmötet beslutade att / godkänna stadgarna …": the decision with its lead, and not the same words again."""
    minutes = _written(tmp_path / "2023-protokoll.txt", (
        "Årsmöte Makerklubben Hammaren 2023-03-19\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
        "§ 8 Behandling av motioner och propositioner\n\nÅrsmötet beslutade att\n\ngodkänna stadgarna som ändrades vid "
        "förra årsmötet.\n\n§ 9 Mötets avslutande\n\nMötet avslutades.\n"))
    assistant = _indexed(tmp_path, minutes, *_club_minutes(tmp_path))
    answer = assistant.ask("vilket beslut togs under punkten om motioner och propositioner på makerklubben hammarens "
                           "årsmöte 2023-03-19?")
    quotes = [" ".join(c.quote.split()) for c in answer.citations]
    assert any("godkänna stadgarna" in q for q in quotes), answer.answer
    assert not any(a != b and a in b for a in quotes for b in quotes), quotes


def test_a_report_named_by_its_year_is_quoted_and_not_another_years(tmp_path) -> None:
    """"Enligt verksamhetsberättelsen för 2023": that year's report, when its passages are found; the year before
    says the same things of another year."""
    reports = [_written(tmp_path / f"verksamhetsberattelse-{year}.txt", (
        f"Verksamhetsberättelse {year}\n\nJudoklubben Kast\n\nKlubben hade {members} medlemmar {year}-12-31.{more}\n"))
        for year, members, more in ((2022, 60, " Hur många medlemmar klubben har 2023 beror på nya medlemmar."),
                                    (2023, 75, " Träningen hölls två kvällar i veckan."))]
    assistant = _indexed(tmp_path, *reports, *_club_minutes(tmp_path))
    answer = assistant.ask("hur många medlemmar hade judoklubben kast enligt verksamhetsberättelsen för 2023?")
    assert "75 medlemmar" in answer.answer and "60 medlemmar" not in answer.answer, answer.answer


def test_an_agenda_pack_gives_time_and_place_from_the_notice_inside_it(tmp_path) -> None:
    """A section's agenda pack: the agenda on its first page, then the attachments, then the notice ("KALLELSE" /
    "Lördag 9 maj 2020" / "kl 12:00" / "Plats: Zoom"). The notice of the pack's own meeting day gives its time and
    place; a notice of another day in the same pack does not."""
    from assistant.index.ingest import build_document

    agenda = ("Sektionen för Bildteknik\n\nFöredragningslista Sektionsmöte #4 2020-05-09\n\n"
              + "".join(f"{n}. Punkt nummer {n}\n" for n in range(1, 12)) + "\n")
    attachment = "Bilaga. " + "Styrelsen föreslår att sektionsmötet bifaller motionen om antagning. " * 70 + "\n\n"
    notice = ("KALLELSE\n\nTill: Sektionens medlemmar\n\nSektionsmöte #4\n\nLördag 9 maj 2020\n\nkl 12:00\n"
              "Plats: Zoom\n\nHärmed kallas du till sektionsmöte #4.\n")
    _, pack = build_document(_written(tmp_path / "sm4.txt", agenda + attachment + notice))
    assert (pack.meeting_date, pack.meeting_time, pack.place) == ("2020-05-09", "12:00", "Zoom")
    other_day = notice.replace("Lördag 9 maj 2020", "Lördag 4 april 2020")
    _, older = build_document(_written(tmp_path / "sm3.txt", agenda + attachment + other_day))
    assert (older.meeting_time, older.place) == ("", "")
    answer = _indexed(tmp_path, tmp_path / "sm4.txt").ask("var hölls sektionsmöte #4 lördagen den 9 maj 2020")
    assert answer.found and "Plats: Zoom" in [c.quote for c in answer.citations], answer.answer


def test_a_sub_items_decision_is_about_the_item_it_stands_under(tmp_path) -> None:
    """"§11a ii Ansvarsfrihet" under "§11a Idrottsföreningen Kvasten 2020" decides the association's discharge, though
    neither its title nor its decision names the association; the sub-item beside it that does is only background."""
    minutes = _written(tmp_path / "protokoll.txt", (
        "Protokoll fört vid sektionsmöte\nFysiksektionen, 2021-05-06\n\n§1 Mötets öppnande\nMötet öppnas 17.20.\n\n"
        "§11 Verksamhets- och revisionsberättelser\n\n§11a Idrottsföreningen Kvasten 2020\n\n§11a i Revisionsberättelse\n"
        "Revisorn berättar att revisionen av Kvasten inte är klar och yrkar på att bordlägga ansvarsfrihet för Kvasten.\n\n"
        "§11a ii Ansvarsfrihet\n\nSektionsmötet beslutar\n\natt bordlägga frågan om ansvarsfrihet.\n\n"
        "§11b Skidklubben 2020\n\n§11b i Ansvarsfrihet\n\nSektionsmötet beslutar\n\natt bevilja styrelsen ansvarsfrihet.\n\n"
        "§12 Mötets avslutande\nMötet avslutas 23.19.\n"))
    answer = _indexed(tmp_path, minutes).ask("vad beslutades om ansvarsfrihet för kvasten på sektionsmötet den 6 maj 2021?")
    quoted = [c.quote for c in answer.citations]
    assert answer.found and "Sektionsmötet beslutar\n\natt bordlägga frågan om ansvarsfrihet." in quoted, answer.answer
    assert "att bevilja styrelsen ansvarsfrihet." not in answer.answer


def test_whether_a_meeting_voted_a_proposal_through_is_answered_by_its_decision(tmp_path) -> None:
    """"röstade sektionen igenom förslaget om X" asks for the outcome: the decision under X's item ("att bifalla
    propositionen"), though it names no vote, not a line that names X and a vote elsewhere in the minutes."""
    minutes = _written(tmp_path / "protokoll.txt", (
        "Protokoll fört vid sektionsmöte\nFysiksektionen, 2020-12-10\n\n§1 Mötets öppnande\nMötet öppnas 17.20.\n\n"
        "§4 Val av rösträknare\nAnna Berg och Bo Ek röstades fram till rösträknare.\n\n"
        "§14 Propositioner\n\n§14a Skapande av jämlikhetsråd\nSkyddsombudet ger bakgrunden: sektionen saknar en "
        "jämlikhetsgrupp. Förslaget är att skapa ett råd som samlar föreningarna.\n\nSektionsmötet beslutar\n\natt bifalla propositionen.\n\n"
        "§18 Mötets avslutande\nMötet avslutas 23.24.\n\nFörteckning över bilagor:\nF Proposition om skapande av "
        "jämlikhetsråd, röstades om under §14a\n"))
    answer = _indexed(tmp_path, minutes).ask(
        "röstade sektionen igenom förslaget om att skapa ett jämlikhetsråd på sektionsmötet i december 2020?")
    assert answer.found and "att bifalla propositionen." in answer.answer, answer.answer


def test_sub_items_set_plainly_under_items_set_as_headings_are_items(tmp_path) -> None:
    """A section's minutes set "§14b Idrottsföreningen" as a heading and "§14b i Val av ordförande" plainly under it:
    the plain lines that go on from a heading's number are its sub-items, each with its own decision."""
    from assistant.index.ingest import build_document

    items = "".join(f"## §{n} Punkt {n}\n\nText under punkt {n}.\n\n" for n in range(2, 14))
    minutes = _written(tmp_path / "protokoll.md", (
        f"# Protokoll sektionsmöte 2021-02-25\n\n## §1 Mötets öppnande\n\nMötet öppnas 17.20.\n\n{items}"
        "## §14 Personval\n\n## §14a Fabiola\n\n§14a i Val av ledamöter\n\nSektionsmötet beslutar\n\natt välja Julia "
        "Jansson till ledamot i Fabiola.\n\n## §14b Idrottsföreningen, FIF\n\n§14b i Val av ordförande\n\nDet finns 1 "
        "sökande: Filip Rydin.\n\nSektionsmötet beslutar\n\natt välja in Filip Rydin som ordförande i FIF.\n\n"
        "§14b ii Val av ledamöter\n\nSektionsmötet beslutar\n\natt välja Hugo Rådegård och Nina Ekelund till ledamöter "
        "i FIF.\n\n## §15 Mötets avslutande\n\nMötet avslutas 23.19.\n"))
    doc, _ = build_document(minutes)
    numbers = [i.number for i in doc.items]
    assert {"§ 14a i", "§ 14b i", "§ 14b ii"} <= set(numbers) and numbers[-1] == "§ 15", numbers


def test_a_numbered_motion_on_the_first_line_is_the_title_not_a_field(tmp_path) -> None:
    """"Motion 1 : Gällande IMD" names the motion; "Datum: 2023-03-01" above a title is a field of the head."""
    from assistant.index.ingest import build_document

    motion = _written(tmp_path / "motioner.txt", "Motion 1 : Gällande IMD\n\na) att elmätare installeras i "
                      "lägenheterna\n\nMimmi Wiktorsson\n\nSvar:\n\nStyrelsen föreslår att motionen avslås.\n")
    assert build_document(motion)[0].title == "Motion 1 : Gällande IMD"
    dated = _written(tmp_path / "motion.txt", "Datum: 2023-03-01\n\nMotion om laddplatser\n\natt föreningen utreder "
                     "laddplatser i garaget\n")
    assert build_document(dated)[0].title == "Motion om laddplatser"


def test_a_word_hyphenated_at_a_line_end_is_one_word_to_the_search(tmp_path) -> None:
    """PDF text breaks "mandatperioden" as "mandatperi-" / "oden": asked for the mandate period, the decision that
    states it is found. "C-" / "programmet" and "bostads-" / "och" stay as written."""
    from assistant.swedish import words

    assert "mandatperioden" in words("att välja Emil Friberg, mandatperi-\noden 2019-02-20 – 2019-12-31.")
    assert words("C-\nprogrammet") == ["c", "programmet"] and words("bostads-\noch") == ["bostads", "och"]
    minutes = _written(tmp_path / "protokoll.txt", (
        "Protokoll studierådet 2019-02-20\n\n§1 Mötets öppnande\nMötet öppnas kl 12:12.\n\n§9 Valärenden\n"
        "Mötet beslöt\n\natt välja Emil Friberg som sekreterare, mandatperi-\noden 2019-02-20 – 2019-12-31.\n\n"
        "§10 Övrigt\nEmil Friberg presenterar studierådets enkät om tentamensperioder.\n\n"
        "§11 Mötets avslutande\nMötet avslutas 12:53.\n"))
    answer = _indexed(tmp_path, minutes).ask("vilken mandatperiod fick Emil Friberg i studierådet")
    assert answer.found and "2019-12-31" in answer.answer, answer.answer


def _section_minutes(tmp_path: Path) -> Path:
    return _written(tmp_path / "protokoll.txt", (
        "Protokoll sektionsmöte\nFysiksektionen 2020-12-10\n\nMötesordförande: Anna Berg\nMötessekreterare: Cecilia "
        "Dahl\n\n§1 Mötets öppnande\nMötet öppnas 17.20.\n\n§2 Val av sektionsstyrelse\n§2a Val av sektionsordförande\n"
        "Det finns en sökande, Bo Ek.\n\nSektionsmötet beslutar\n\natt välja Bo Ek som sektionsordförande för 2021.\n\n"
        "§2b Val av sektionssekreterare\n\nSektionsmötet beslutar\n\natt välja Eva Fors som sektionssekreterare för "
        "2021.\n\n§3 Mötets avslutande\nMötet avslutas 23.24.\n"))


def test_an_election_to_the_sections_post_is_not_the_meetings_own_official(tmp_path) -> None:
    """"vem valdes till sektionsordförande" asks for the election to the section's post (Bo Ek), not for the chair
    of the meeting (Mötesordförande Anna Berg)."""
    assistant = _indexed(tmp_path, _section_minutes(tmp_path))
    chair = assistant.ask("vem valdes till sektionsordförande på sektionsmötet 10 december 2020")
    assert chair.found and "Bo Ek" in chair.answer and "Anna Berg" not in chair.answer, chair.answer
    secretary = assistant.ask("vem valdes till sektionssekreterare på sektionsmötet 10 december 2020")
    assert secretary.found and "Eva Fors" in secretary.answer and "Cecilia Dahl" not in secretary.answer


def test_a_role_the_minutes_write_only_in_a_compound_is_known(tmp_path) -> None:
    """"vem var sekreterare" of minutes that write "Mötessekreterare: Cecilia Dahl": the word stands in the
    documents as the compound's head, so the question is answered, not refused as about something never written."""
    answer = _indexed(tmp_path, _section_minutes(tmp_path)).ask("vem var sekreterare på sektionsmötet 10 december 2020")
    assert answer.found and "Cecilia Dahl" in answer.answer, answer.answer


def test_what_a_proposition_asks_for_needs_no_minutes(tmp_path) -> None:
    """"vad yrkade styrelsen i propositionen … till sektionsmötet 4 maj" is answered from the proposition in the
    agenda pack; only what the meeting decided would need its minutes."""
    pack = _written(tmp_path / "kallelse.txt", (
        "Föredragningslista Sektionsmöte 2020-05-04\n\n1. Mötets öppnande\n2. Propositioner\n3. Mötets avslutande\n\n"
        "PROPOSITION – SEKTIONSMÖTET 2020\n\nLADDPLATSER VID SEKTIONSLOKALEN\n\nBakgrund\n\nMånga medlemmar har elcyklar "
        "som behöver laddas.\n\nYrkande\n\nMed anledning av ovanstående yrkar styrelsen\n\natt sektionen köper två "
        "laddplatser till sektionslokalen\n"))
    answer = _indexed(tmp_path, pack).ask("vad yrkade styrelsen i propositionen om laddplatser till sektionsmötet 4 maj 2020?")
    assert answer.found and "att sektionen köper två laddplatser" in answer.answer, answer.answer


def test_the_meeting_the_question_is_at_is_the_body_not_the_board_elected_there(tmp_path) -> None:
    """"ledamöter i föreningens styrelse vid stämman i maj 2024": the stämma is where, the board what was elected; a
    board meeting of another month is no reason to say the stämma did not meet."""
    board = _written(tmp_path / "styrelse.txt", "Protokoll styrelsemöte 2024-03-12\nBrf Lärkan\n\n1. Mötets öppnande\n"
                     "Ordföranden öppnade mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n")
    stamma = _written(tmp_path / "stamma.txt", "Protokoll föreningsstämma 2024-05-15\nBrf Lärkan\n\n1. Stämmans "
                      "öppnande\nOrdföranden öppnade stämman.\n\n2. Val av styrelseledamöter\nStämman beslutar att välja "
                      "Barbara Makiela och Krenar Sardi till ordinarie ledamöter i styrelsen.\n\n3. Stämmans avslutande\n")
    assistant = _indexed(tmp_path, board, stamma)
    question = "vilka valdes till ordinarie ledamöter i brf lärkans styrelse vid stämman i maj 2024"
    assert assistant.analyse(question).bodies == ("Föreningsstämma",)
    answer = assistant.ask(question)
    assert answer.found and "Barbara Makiela" in answer.answer, answer.answer


def test_short_nouns_in_the_definite_form_stem_as_the_noun() -> None:
    """The stemmer leaves a short word's "-orna" ("ytorna") and the "-n" of "skötseln" on: asked about "de
    gemensamma ytorna" or "trädgårdsskötseln", minutes that write "Gemensamma ytor" and "skötsel" must match."""
    from assistant.swedish import content_terms

    assert content_terms("de gemensamma ytorna") == content_terms("Gemensamma ytor")
    assert content_terms("trädgårdsskötseln") == content_terms("trädgårdsskötsel")
    assert content_terms("nyckeln") == content_terms("nyckel") and content_terms("kurserna") == content_terms("kurser")


def test_a_noun_in_a_and_its_definite_form_in_an_stem_alike() -> None:
    """"hur mycket fanns i kassan" of minutes that write "Körens kassa, för närvarande 47 493,70 kr": the stemmer
    takes "-a" off "kassa" but leaves "kassan" whole; "frågan", "bilagan", "kyrkans" too. "planen" stays "plan"."""
    from assistant.swedish import content_terms

    for definite, indefinite in [("kassan", "kassa"), ("frågan", "fråga"), ("bilagan", "bilaga"),
                                 ("kyrkans", "kyrka"), ("planen", "plan")]:
        assert content_terms(definite) == content_terms(indefinite), definite
    assert content_terms("mellan") != content_terms("mella") and content_terms("sådan") != content_terms("sade")
    assert content_terms("längs Ågatan") == {"lang", "agatan"}  # a street's name whole, not "ägat" (owned)


def test_a_rent_or_a_fee_asked_by_its_name_asks_for_a_sum(tmp_path) -> None:
    """"vad är månadshyran för lokalen", "vad blev arvodet": a sum is asked, and the sentence stating it answers."""
    from assistant.answer.asked import attribute_of

    assert attribute_of("vad är månadshyran för lokalen") == attribute_of("vad blev arvodet") == "amount"
    plan = _written(tmp_path / "verksamhetsplan.txt", (
        "Verksamhetsplan 2024\nHöganäs Makerspace\n\nLokal\n\nLokalen är enligt verksamhetsplanen för 2024 vår viktigaste "
        "resurs.\n\nVi fortsätter ha öppet tre gånger i veckan i lokalen under 2024.\n\n"
        "Grundhyran för lokalen är 4360 kr per månad.\n"))
    answer = _indexed(tmp_path, plan).ask("vad är hyran för lokalen enligt verksamhetsplan 2024?")
    assert answer.found and "4360 kr per månad" in answer.answer, answer.answer


def test_a_sum_of_something_else_does_not_answer_the_rent_asked(tmp_path) -> None:
    """"hur mycket betalar klubben i hyra för lokalen": the notice states the member fee, not the rent."""
    notice = _written(tmp_path / "kallelse-2025.txt", (
        "Kallelse till vårmöte 2025\nDatorklubben Bit\n\nVårmötet hålls i klubblokalen den 13 februari.\n\n"
        "Medlemsavgiften är för närvarande 125 kr och betalas till klubbens plusgiro.\n"))
    answer = _indexed(tmp_path, notice).ask("hur mycket betalar datorklubben bit i hyra för klubblokalen?")
    assert not answer.found and "125 kr" not in answer.answer, answer.answer


def test_a_line_of_only_a_date_answers_only_when(tmp_path) -> None:
    """"Lördagen den 23 Mars 2024 kl. 11.00" under the title shares the question's date and nothing else: it answers
    "när", not what the meeting decided about the fee."""
    from assistant.answer.extractive import _only_a_date
    from assistant.swedish import content_terms

    assert _only_a_date(content_terms("Lördagen den 23 Mars 2024 kl. 11.00"))
    assert not _only_a_date(content_terms("2023-07-25 kl 09.00 Kilagårds Gröna"))
    minutes = _written(tmp_path / "arsmote.txt", (
        "Protokoll från årsmöte i Kastklubben\nLördagen den 23 Mars 2024 kl. 11.00\n\n1. Mötet öppnades av ordförande "
        "Per Larsson.\n2. Fastställande av röstlängd, 14 medlemmar med betald medlemsavgift. Godkändes.\n3. Fastställande "
        "av avgifter. Mötet beslöt att avgiften höjs från 100 till 125 kr.\n4. Mötet avslutades.\n"))
    assistant = _indexed(tmp_path, minutes)
    answer = assistant.ask("vad beslutade årsmötet i kastklubben den 23 mars 2024 om medlemsavgiften?")
    assert "Lördagen den 23 Mars 2024" not in answer.answer, answer.answer
    assert "23 Mars 2024" in assistant.ask("när hölls årsmötet i kastklubben 2024").answer


def test_an_earlier_decision_reported_to_a_meeting_in_the_index_is_answered_from_its_minutes(tmp_path) -> None:
    """"(stadsstyrelsens beslut 5.9.2022, redovisat för välfärdsnämnden 15.9.2022)": the board's meeting is not in the
    documents, but the committee's minutes are and write the earlier decision's date as "5.9.2022"."""
    minutes = _written(tmp_path / "valfardsnamnden.txt", (
        "Protokoll Välfärdsnämnden 15.9.2022\n\n§ 1 Sammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n\n"
        "§ 2 Rekrytering av välfärdschef\nTidigare behandling: Stadsstyrelsen 5.9.2022, 186 §\n\nStadsstyrelsen beslöt "
        "att tillsätta en rekryteringsgrupp bestående av stadsdirektören och personalchefen.\n\nVälfärdsnämndens "
        "beslut:\nAntecknades för kännedom.\n"))
    assistant = _indexed(tmp_path, minutes)
    answer = assistant.ask("vilka ingår i rekryteringsgruppen för välfärdschef (stadsstyrelsens beslut 5.9.2022, "
                           "välfärdsnämnden 15.9.2022)")
    assert answer.found and "stadsdirektören och personalchefen" in answer.answer, answer.answer
    refused = assistant.ask("vad beslöt stadsstyrelsen 5.9.2022 om rekryteringsgruppen")
    assert not refused.found, refused.answer


def test_the_answer_says_whose_name_a_row_of_signatures_gives_each_role(tmp_path) -> None:
    """"Mikael Lindvall  Solveig Rif" over "ordförande  protokollförare" quoted alone does not say who kept the
    minutes: the answer names the holder of each role asked, then quotes where the minutes say it."""
    minutes = _written(tmp_path / "valfardsnamnden.txt", (
        "Protokoll Välfärdsnämnden 15.9.2022\n\nElektroniska underskrifter\n\nMikael Lindvall  Solveig Rif\n"
        "ordförande  protokollförare\n\n§ 1 Sammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n\n"
        "§ 2 Val av protokolljusterare\nI tur att justera protokollet är Johannes Karf och Anna Kengo.\n"))
    answer = _indexed(tmp_path, minutes).ask("vem förde protokollet på välfärdsnämndens möte 15.9.2022")
    assert answer.answer.splitlines()[0].endswith(": sekreterare Solveig Rif."), answer.answer
    assert "Mikael Lindvall  Solveig Rif" in answer.citations[0].quote
    checked = _indexed(tmp_path / "again", minutes).ask("vem justerade protokollet från välfärdsnämnden 15.9.2022")
    assert "I tur" not in checked.answer.splitlines()[0], checked.answer  # a sentence of the item is no name


def test_a_group_of_a_list_is_quoted_with_its_own_rows(tmp_path) -> None:
    """"- Sju aktiviteter för barn och ungdomar:" heads its own rows inside one bulleted list of groups: asked for
    the children's activities, the answer quotes that group's rows, not the first group's."""
    report = _written(tmp_path / "verksamhetsberattelse.txt", (
        "Verksamhetsberättelse 2021\nHöganäs Makerspace\n\nAktiviteter\n\n"
        "Under 2021 arrangerade föreningen totalt 15 aktiviteter:\n\n"
        "- Sju aktiviteter i lokalen för medlemmar & allmänheten:\n- Cykelverkstad\n- Betonggjutning x 3\n"
        "- Bygga insektshotell\n- Intro till 3D-skrivare\n- Vinyltryck (medlemmar)\n- Julmys (medlemmar)\n\n"
        "- Sju aktiviteter för barn och ungdomar:\n- Bygga fågelholkar x 2\n- Julpyssel på biblioteket x 3\n"
        "- Föreläsning i entreprenörskap för Teknikprogrammet\n\n"
        "- 1 aktivitet för unga vuxna med funktionshinder:\n- Vinyltryck på T-shirt\n"))
    answer = _indexed(tmp_path, report).ask("vilka aktiviteter för barn och ungdomar ordnade föreningen under 2021?")
    assert "Julpyssel på biblioteket x 3" in answer.answer and "Föreläsning i entreprenörskap" in answer.answer, \
        answer.answer
    assert "Cykelverkstad" not in answer.answer, answer.answer


def test_a_verbs_past_and_supine_stem_alike() -> None:
    """"när uppfördes byggnaden" is answered by "Byggnaden har uppförts …": the stemmer leaves "-d" on the past and
    "-t" on the supine; and "projektet" stems as "projekt" does (the stemmer takes "-kt" to "-k")."""
    from assistant.swedish import content_terms

    assert content_terms("uppfördes") == content_terms("har uppförts") == content_terms("uppfört")
    assert content_terms("godkändes") == content_terms("godkänts") and content_terms("krävdes") == content_terms("krävts")
    assert content_terms("projektet") == content_terms("projekt") == content_terms("projektets")
    assert content_terms("ordförande") != content_terms("ort")
    # "medlemmar som fyller 90" is answered by "medlemmar som fyllt 90 år": a verb whose stem ends in "-ll"
    assert content_terms("fyller") == content_terms("fyllt") == content_terms("fyllde") == content_terms("fylla")
    assert content_terms("ställer") == content_terms("ställts")
    assert content_terms("gällde") == content_terms("gällt") == content_terms("gäller") == set()  # "vad gällde …"
    # a compound of a noun in "-et" keeps it whole: "festbudgeten" is a "budget", not "festbudg"
    assert content_terms("festbudgeten") == content_terms("festbudget") == {"festbudget"}
    assert content_terms("utskottet") == content_terms("utskott")


def test_a_meeting_of_the_year_the_question_names_is_not_answered_from_another_years_minutes(tmp_path) -> None:
    """"när hölls det nya konstituerande mötet 2021": the annual report tells; the minutes of a 2026 meeting, the
    only minutes indexed, are not that meeting."""
    minutes = _written(tmp_path / "protokoll.txt", "Protokoll Tekniska nämnden 2026-05-18\nTid: kl. 14:00-16:15\n"
                       "Plats: Stadshuset\n\n§ 1 Sammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n")
    report = _written(tmp_path / "verksamhetsberattelse.txt", (
        "Verksamhetsberättelse 2021\nHöganäs Makerspace\n\nStyrelsen\n\nLars Rosenqvist avgick som kassör 2021-09-16 "
        "och lämnade styrelsen. Ett nytt konstituerande möte hölls 2021-10-05 då Per Haglund tog över som kassör.\n"))
    answer = _indexed(tmp_path, minutes, report).ask("när hölls det nya konstituerande mötet 2021 i höganäs makerspace?")
    assert "2021-10-05" in answer.answer and "2026-05-18" not in answer.answer, answer.answer


def test_a_day_written_without_its_year_is_a_mention_of_the_date_asked(tmp_path) -> None:
    """A series of reference-group meetings planned as "Första mötet 8/4 kl. 10:30": asked about "den 8 april", no
    meeting of that day is indexed, but the plan found mentions it, so it answers instead of saying it is missing."""
    plan = _written(tmp_path / "process.txt", (
        "Process för referensgruppen\n\nVi siktar på att ha fyra möten.\n\n- Första mötet 8/4 kl. 10:30 - Koncept och "
        "bakgrund, genomgång av material.\n- Andra mötet 6/5 kl. 13:00 - Dataserier.\n"))
    answer = _indexed(tmp_path, plan).ask("vilken tid startade det första mötet i referensgruppen den 8 april?")
    assert answer.found and "kl. 10:30" in answer.answer, answer.answer


def test_the_turn_of_the_year_is_a_time_not_a_subject() -> None:
    """"hur många medlemmar hade klubben vid årsskiftet": like "i slutet av året" a time, which the report writes
    "2023-12-31"; it is never the subject a scope must mention."""
    from assistant.answer.questions import DATE_TERMS

    assert content_terms("årsskiftet slutet") <= DATE_TERMS


def _section_board(tmp_path: Path) -> list[Path]:
    agenda = _written(tmp_path / "styrm.txt", (
        "Dagordning Styrelsemötet 2020-05-04\nSektionen för Kameror\n\n"
        "1.  Formalia\n1.1.  Mötets öppnande\n1.2.  Fastställande av föredragningslista\n\n"
        "2.  Rapporter                      Föredragande\n2.1.  Ordförande                    Oliver Ek\n"
        "2.2.  Vice ordförande               My Andersson\n2.4.  Sekreterare                   Jessie Liu\n"
        "2.5.  Kassör                        Sandra Larsson\n\n3.  Övriga frågor\n"))
    budget = _written(tmp_path / "budget.txt", (
        "Budgetförslag 2020/2021\nSektionen för Kameror\n\nResultatställe 6: Branschdagen\nIntäkter\n"
        "3041 Företag på mässan          320 000\n3042 Annonsering                 1 000\n\n"
        "Resultatställe 7: Sittningar\nIntäkter\n3051 Biljetter                   40 000\n"))
    rules = _written(tmp_path / "reglemente.txt", (
        "Reglemente för Sektionen för Kameror\n\nSenast reviderat av styrelsen den 21 april 2020.\n\n"
        "1 Styrelsen\nStyrelsen består av ordförande, kassör och sekreterare.\n"))
    return [agenda, budget, rules, *_meetings_before(tmp_path, "Protokoll styrelsemöte Sektionen för Kameror 2019",
                                                     "§ 2 Lokalen\nStyrelsen beslutade att städa lokalen {n} gånger.")]


def test_who_presents_is_read_from_the_row_that_names_someone_not_the_column_heading(tmp_path) -> None:
    """An agenda table with a "Föredragande" column: "2. Rapporter  Föredragande" names no one, the row under it
    does ("2.5. Kassör  Sandra Larsson"); and "föredragningslistan" of a dated meeting says which document,
    not which row ("1.2. Fastställande av föredragningslista")."""
    assistant = _indexed(tmp_path, *_section_board(tmp_path))
    presenter = assistant.ask("vem var föredragande för kassörens rapport på styrelsemötet 2020-05-04")
    assert presenter.found and "Sandra Larsson" in presenter.answer, presenter.answer
    chair = assistant.ask("vem står som ordförande på föredragningslistan till styrelsemötet 2020-05-04")
    assert chair.found and "Oliver Ek" in chair.answer, chair.answer


def test_a_budget_row_states_a_sum_without_a_currency(tmp_path) -> None:
    """"3041 Företag på mässan  320 000": a budget's figure is a sum though no "kr" follows it."""
    from assistant.answer.stated import sum_stated

    assistant = _indexed(tmp_path, *_section_board(tmp_path))
    answer = assistant.ask("hur stora intäkter från företag på mässan budgeterades för branschdagen i budgetförslaget")
    assert answer.found and "320 000" in answer.answer, answer.answer
    question = "hur stor var budgeten"
    assert not sum_stated("Budgeten för 2020/2021 antogs.", question)
    assert not sum_stated("Ring kassören på 070 123 45 67.", question)
    assert not sum_stated("Sektionsavgift          81 000", "hur mycket betalar en enskild medlem i sektionsavgift per år")


def test_the_version_of_a_document_is_no_subject_of_the_question(tmp_path) -> None:
    """"enligt den version som publicerades våren 2020" says which document, not what the question is about."""
    assistant = _indexed(tmp_path, *_section_board(tmp_path))
    answer = assistant.ask("när reviderades sektionen för kamerors reglemente senast, enligt den version som "
                           "publicerades våren 2020")
    assert answer.found and "21 april 2020" in answer.answer, answer.answer


def _board_minutes_with_a_vote(tmp_path: Path) -> list[Path]:
    minutes = _written(tmp_path / "ks-2025-03-04.txt", (
        "Protokoll Kommunstyrelsen Sandby kommun 2025-03-04\n\n§ 11 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
        "§ 12 Motion om gratis kollektivtrafik för unga\nDnr KS 2024/311\n\nFörslag till beslut\n"
        "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.\n\nYrkanden\n"
        "Anna Berg (V) yrkar bifall till motionen.\n\nPer Holm (M) yrkar bifall till förslaget till beslut.\n\n"
        "Beslutsgång\nOrdföranden ställer proposition på förslagen och finner att kommunstyrelsen beslutar enligt "
        "Per Holms (M) yrkande.\n\nOmröstning\nOmröstning begärs och genomförs. Ja-röst för Per Holms (M) yrkande, "
        "nej-röst för Anna Bergs (V) yrkande. Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt Per "
        "Holms (M) yrkande.\n\nBeslut\nKommunstyrelsen föreslår kommunfullmäktige att avslå motionen.\n\n"
        "§ 13 Försäljning av fastigheten Sandby 4:12\nBeslut\nKommunstyrelsen godkänner försäljningen av Sandby 4:12 "
        "för 2 400 000 kronor.\n\n§ 14 Övriga frågor\nInga övriga frågor.\n"))
    return [minutes, *_meetings_before(tmp_path, "Protokoll Kommunstyrelsen Sandby kommun 2024",
                                       "§ 2 Budget\nKommunstyrelsen beslutade att anta budget {n}.")]


def _meetings_before(tmp_path: Path, head: str, item: str) -> list[Path]:
    """27 earlier meetings' minutes of the same body ("{head}-MM-DD"), enough passages that the words of the
    questions are rare ones; ``item`` is each one's single item, with ``{n}`` its number."""
    return [_written(tmp_path / f"earlier-{n:02d}.txt", f"{head}-{n % 12 + 1:02d}-{n + 1:02d}\n\n"
                     f"§ 1 Mötets öppnande\nMötet öppnades.\n\n{item.format(n=n)}\n") for n in range(1, 28)]


def test_how_the_vote_went_quotes_the_yrkanden_and_the_result(tmp_path) -> None:
    """"hur röstade kommunstyrelsen om motionen": the yrkanden made, the chair's finding and the result of the
    vote ("Med 8 ja-röster mot 5 nej-röster …"), each cited; the decision, with the vote's result after it."""
    assistant = _indexed(tmp_path, *_board_minutes_with_a_vote(tmp_path))
    voted = assistant.ask("hur röstade kommunstyrelsen om motionen om gratis kollektivtrafik för unga")
    assert "Med 8 ja-röster mot 5 nej-röster" in voted.answer, voted.answer
    assert "Anna Berg (V) yrkar bifall till motionen" in voted.answer, voted.answer
    decided = assistant.ask("vad beslutade kommunstyrelsen om motionen om gratis kollektivtrafik för unga")
    assert decided.answer.startswith("Beslut, nyast först"), decided.answer
    assert "Omröstning: Med 8 ja-röster mot 5 nej-röster" in decided.answer, decided.answer
    for c in voted.citations + decided.citations:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def test_a_decision_that_elects_no_one_does_not_answer_who_was_elected(tmp_path) -> None:
    """"vem valdes till skuggansvarig": a decision that names someone but elects no one ("Filip Vannfält ska leta
    efter en kandidat") does not state who was elected."""
    from assistant.answer.stated import states_what_is_asked

    assistant = _indexed(tmp_path, *_club_minutes(tmp_path))
    q = assistant.analyse("vem valdes till skuggansvarig av studierådet 2019")
    assert not states_what_is_asked(q, ["Filip Vannfält ska leta efter en kandidat till skuggansvarig."])
    assert states_what_is_asked(q, ["Mötet beslöt att välja Emil Friberg till skuggansvarig."])
    assert states_what_is_asked(q, ["Till skuggansvarig valdes Emil Friberg."])


def test_a_question_whose_verb_the_minutes_write_as_a_noun_is_answered(tmp_path) -> None:
    """"för hur mycket såldes Sandby 4:12": the decision says "godkänner försäljningen … för 2 400 000 kronor"; the
    question's verb is no subject the quote must repeat."""
    assistant = _indexed(tmp_path, *_board_minutes_with_a_vote(tmp_path))
    answer = assistant.ask("för hur mycket såldes sandby 4:12")
    assert answer.found and "2 400 000 kronor" in answer.answer, answer.answer


def test_a_section_named_in_one_word_over_its_union_owns_its_sektionsmote(tmp_path) -> None:
    """"Kemiteknologsektionen" over "Lunds studentkår", then "Protokoll sektionsmöte": the section is the
    organisation and the sektionsmöte the body, like another section's sektionsmöte; "kemiteknologsektionens
    sektionsmöte" on a date is that section's meeting, though the other section's meeting is filed first."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Kemiteknologsektionen  Sidan 1 av 5", "Lunds studentkår  2017-05-11"]) == \
        "Kemiteknologsektionen, Lunds studentkår"
    assert organisation_of(["Sektionsmötesprotokoll", "Kemiteknologsektionen, Lund"]) == "Kemiteknologsektionen, Lund"
    other = _written(tmp_path / "a-sektionsmote.txt", (
        "Protokoll sektionsmöte\nMaskinsektionen vid Lunds Studentkår\n2019-03-14\n\n"
        "§ 1 Mötets öppnande\nMötet öppnades 17:15.\n\n§ 2 Val av mötesordförande\nOskar Lind valdes.\n"))
    minutes = _written(tmp_path / "b-sektionsmote.txt", (
        "Kemiteknologsektionen  Sidan 1 av 2\nLunds studentkår  2017-05-11\nProtokoll sektionsmöte\n\n"
        "§ 1 Mötets öppnande\nMötet öppnades 17:17.\n\n§ 2 Val av mötesordförande\nDavid Åberg valdes.\n\n"
        "§ 3 Motion om busskort\nSektionsmötet beslutar att avslå motionen i sin helhet.\n"))
    assistant = _indexed(tmp_path, other, minutes)
    meetings = {m.doc_id: m for m in assistant.meetings.meetings()}
    assert {m.body for m in meetings.values()} == {"Sektionsmötet"}, meetings
    chair = assistant.ask("vem valdes till mötesordförande på kemiteknologsektionens sektionsmöte 11 maj 2017")
    assert chair.found and "David Åberg" in chair.answer, chair.answer
    decided = assistant.ask("vad beslutade kemiteknologsektionens sektionsmöte 2017-05-11 om motionen om busskort")
    assert decided.found and "avslå motionen" in decided.answer, decided.answer


def test_a_section_asked_by_its_word_is_not_every_section_of_its_union() -> None:
    """"fysikteknologsektionen på chalmers": the place names every Chalmers section, the section's word only one;
    its motion's letterhead ("Fysikteknologsektionen" alone) is the same section's."""
    from assistant.answer.bodies import named_organisations

    sections = ("Datateknologsektionen, Chalmers studentkår", "Fysikteknologsektionen, Chalmers", "Fysikteknologsektionen")
    assert named_organisations("vad kostar sektionsavgiften i fysikteknologsektionen på chalmers", sections) == (
        "Fysikteknologsektionen, Chalmers", "Fysikteknologsektionen")
    assert set(named_organisations("röstade f-sektionen på chalmers för förslaget", sections)) == set(sections)


def _pack_with_earlier_minutes(tmp_path: Path) -> Path:
    """A section meeting's minutes with the previous meeting's minutes appended as an attachment, and a motion
    of the meeting itself after them."""
    own = ("Protokoll sektionsmöte 2019-05-02\nElektrosektionen, Lunds studentkår\n\n"
           "§ 1 Mötets öppnande\nMötet öppnades 17:15.\n\n§ 2 Val av mötessekreterare\nJonas Holm valdes.\n\n"
           "§ 3 Föregående mötesprotokoll\nProtokollet från 2019-03-14 lades till handlingarna, se bilaga 1.\n\n"
           "§ 4 Motion om nya soffor\nMötet beslutar att bifalla motionen.\n\n§ 5 Mötets avslutande\n"
           "Mötet förklarades avslutat 18:02.\n\n")
    filler = "".join(f"Rad {n} i protokollet om lokalens städschema och nycklar.\n" for n in range(40))
    earlier = ("Bilaga 1\n\nProtokoll sektionsmöte 2019-03-14\n\n§ 1 Mötets öppnande\nMötet öppnades 17:20.\n\n"
               "§ 2 Val av mötessekreterare\nEva Berg valdes till mötessekreterare.\n\n"
               "§ 3 Hedersmedlem\nStyrelsen föredrar förslaget om hedersmedlem enligt bilaga 3.\n\n"
               "Mötet ställer frågor om hedersmedlemskapet och diskuterar.\n\n"
               "Mötet beslutar att utnämna Ada Lovelace till hedersmedlem i sektionen.\n\n"
               "§ 4 Mötets avslutande\nMötet förklarades avslutat 19:40.\n\nEva Berg, mötessekreterare\n\n")
    motion = "Bilaga 2\n\n" + "".join(f"Motion om nya soffor, stycke {n}: soffan i basen är sliten.\n" for n in range(40))
    return _written(tmp_path / "sektionsmote-2019-05-02.txt", own + filler + earlier + motion)


def test_minutes_appended_to_another_document_are_of_their_own_meeting(tmp_path) -> None:
    """"Protokoll sektionsmöte 2019-03-14" inside the minutes of 2019-05-02: its passages are dated 14 March, a
    question about that meeting is answered from them, not refused as a meeting that is not in the documents,
    and not answered with the facts of the document's own meeting; the motion after it is the own meeting's."""
    from assistant.documents.appended import appended_minutes

    pack = _pack_with_earlier_minutes(tmp_path)
    text = pack.read_text(encoding="utf-8")
    (start, end, day), = appended_minutes(text, "2019-05-02")
    assert day == "2019-03-14" and text[start:].startswith("Protokoll sektionsmöte 2019-03-14")
    assert "Ada Lovelace" in text[start:end] and "soffan i basen" not in text[start:end]
    assistant = _indexed(tmp_path, pack, *_meetings_before(tmp_path, "Protokoll sektionsmöte Fysiksektionen 2018",
                                                           "§ 2 Lokalen\nMötet beslutade att städa {n} gånger."))
    honoured = assistant.ask("vem utnämndes till hedersmedlem på sektionsmötet den 14 mars 2019")
    assert honoured.found and "Ada Lovelace" in honoured.answer, honoured.answer
    secretary = assistant.ask("vem var mötessekreterare på sektionsmötet 14 mars 2019")
    assert "Jonas Holm" not in secretary.answer and "Eva Berg" in secretary.answer, secretary.answer
    in_month = assistant.ask("vad beslutade sektionsmötet i mars 2019 om hedersmedlem")
    assert in_month.found and "Ada Lovelace" in in_month.answer, in_month.answer
    pack_id = next(d["doc_id"] for d in assistant.index.documents() if d["path"].endswith(pack.name))
    chunks = assistant.index.document_chunks(pack_id)
    dated = {day: " ".join(c.text for c in chunks if c.meta.meeting_date == day) for day in ("2019-03-14", "2019-05-02")}
    assert "Ada Lovelace" in dated["2019-03-14"] and "soffan i basen" in dated["2019-05-02"], dated
    assert "Ada Lovelace" not in dated["2019-05-02"] and "soffan i basen" not in dated["2019-03-14"], dated


def test_what_was_decided_prefers_the_sentence_that_decides_in_running_minutes() -> None:
    """Student minutes record a decision as a sentence among the item's others ("Mötet beslutar att …"), not
    under a "Beslut" heading (and appended minutes have no decisions in the register): asked what was decided,
    that sentence outranks the item's other sentences."""
    from assistant.answer.intents import apply_intents, intents_of
    from assistant.answer.units import Unit

    intents = intents_of("vad bestämde sektionsmötet om flippermotionen")
    presented = Unit(0, 10, "Björn Werner föredrar motionen enligt bilaga 12.", score=1.0)
    decided = Unit(20, 30, "Mötet beslutar att köpa in en flipper för högst 25 000 kr.", score=1.0)
    moved = Unit(40, 50, "Vi yrkar att sektionen beslutar att köpa in en flipper.", score=1.0)
    for unit in (presented, decided, moved):
        apply_intents(unit, intents, "text", "")
    assert decided.score > presented.score == moved.score


def test_a_proposal_written_as_its_own_sentence_is_the_proposal_asked_for() -> None:
    """A club's minutes write "Beslut: Förslag på representanter är Glenn G och Joakim D …" under an item: asked
    who was proposed, that sentence is a proposal; "representera" asks nothing about attendance."""
    from assistant.answer.intents import apply_intents, intents_of
    from assistant.answer.units import Unit

    intents = intents_of("Vilka föreslogs åka och representera klubben på seriemötet?")
    assert "proposal" in intents and "attendance" not in intents
    told = Unit(0, 10, "Lördagen den 26 nov har serieföreningen möte i Vänersborg.", score=1.0)
    proposed = Unit(20, 30, "Förslag på representanter är Glenn Gabrielsson och Joakim Devos.", score=1.0, label="Beslut")
    heading = Unit(40, 50, "Förslag från programberedningen gällande trygghet", score=1.0)
    for unit in (told, proposed, heading):
        apply_intents(unit, intents, "text", "")
    assert proposed.score - told.score > 1.5 and heading.score == told.score


def test_a_contents_line_or_page_header_says_where_not_what(tmp_path) -> None:
    """"6 Styrelsens svar: Nya soffor i basen . . . . . 45" and an attachment's "Sida 1 av 1" header name the
    subject in full, but say only where it is: the passage that says something of it answers."""
    minutes = _written(tmp_path / "sektionsmote-2019-09-05.txt", (
        "Protokoll sektionsmöte 2019-09-05\nElektrosektionen, Lunds studentkår\n\nBilagor\n\n"
        "5 Motion: Nya soffor i basen . . . . . . . . . . . . . . 32\n\n"
        "6 Styrelsens svar: Nya soffor i basen . . . . . . . . . . 45\n\n"
        "§ 1 Mötets öppnande\nMötet öppnades 17:15.\n\n§ 6 Motionen om soffor\n"
        "Elektrosektionen  Sida 1 av 1  Styrelsens svar: Nya soffor i basen 2 september 2019\n\n"
        "Styrelsen anser att två av de gamla sofforna räcker och vill inte köpa nya.\n\n"
        "§ 7 Mötets avslutande\nMötet avslutades 19:00.\n"))
    assistant = _indexed(tmp_path, minutes, *_meetings_before(tmp_path, "Protokoll sektionsmöte Fysiksektionen 2018",
                                                               "§ 2 Lokalen\nMötet beslutade att städa {n} gånger."))
    answer = assistant.ask("vad tyckte styrelsen i sitt svar om nya soffor i basen")
    direct = answer.answer.split("Mer i underlagen")[0]
    assert "räcker och vill inte köpa nya" in direct and ". . . ." not in direct and "Sida 1" not in direct, direct


def test_the_list_of_paragraphs_on_the_minutes_cover_says_where_not_what(tmp_path) -> None:
    """Municipal minutes list their paragraphs on the cover ("§ 102 … § 103 Svar på motion gällande laddstationer
    … § 104 …"): the list names the motion in full but says nothing of it; the paragraph itself answers."""
    minutes = _written(tmp_path / "ks-2026-06-01.txt", (
        "Kommunstyrelsen\nProtokoll\n2026-06-01\n\nJusterande\n§ 101 Information och överläggningar § 102 Ramar "
        "för nämnderna § 103 Svar på motion gällande laddstationer för elcyklar - Amanda Andersson (MP) § 104 "
        "Redovisning av delegationsbeslut\n\n§ 103 Svar på motion gällande laddstationer för elcyklar\n\n"
        "Beslut\n\nMotionen om laddstationer för elcyklar avslås i sin helhet.\n\n§ 104 Redovisning av "
        "delegationsbeslut\n\nBeslut\n\nRedovisningen läggs till handlingarna.\n"))
    assistant = _indexed(tmp_path, minutes, *_meetings_before(tmp_path, "Protokoll kommunstyrelsen 2025",
                                                               "§ 2 Lokalen\nMötet beslutade att städa {n} gånger."))
    answer = assistant.ask("vad står det om Amanda Anderssons motion gällande laddstationer för elcyklar")
    direct = answer.answer.split("Mer i underlagen")[0]
    assert "avslås i sin helhet" in direct and "§ 101" not in direct, direct


def test_a_year_named_that_no_cited_passage_mentions_is_not_answered_from_another_year(tmp_path) -> None:
    """The annual report of 2022 gives what the kiln cost then; asked about 2025, say that what was found is
    about other years instead of quoting 2022's figure as the answer."""
    report = _written(tmp_path / "verksamhetsberattelse-2022.txt", (
        "Verksamhetsberättelse 2022\n\nEkonomi\nKeramikugnen kostade 28000 kr, varav 8000 kr kom in genom "
        "crowdfunding.\n\nLokaler\nVi hyr lokalen av kommunen.\n"))
    assistant = _indexed(tmp_path, report, *_club_minutes(tmp_path))
    then = assistant.ask("hur mycket kostade keramikugnen 2022")
    assert then.found and "28000" in then.answer, then.answer
    later = assistant.ask("hur mycket kostade keramikugnen 2025")
    assert not later.found and "2025" in later.answer, later.answer
    club_year = _written(tmp_path / "bokslut.txt", "Årsredovisning\n\nResultat\nVerksamhetsåret 17/18 gav en vinst "
                         "på 12 400 kr.\n")
    assistant.ingest([club_year])
    short = assistant.ask("hur stor vinst gjorde föreningen verksamhetsåret 17/18")
    assert short.found and "12 400" in short.answer, short.answer


def test_the_kind_of_thing_a_which_question_asks_for_need_not_be_named_in_the_minutes(tmp_path) -> None:
    """"vilka uppgifter tog medlemmar på sig": the minutes list who took on what ("tog på sig ansvar för …")
    without the word "uppgifter", which other documents use."""
    minutes = _written(tmp_path / "arsmote-2026-03-07.txt", (
        "Protokoll årsmöte Judoklubben Kast 2026-03-07\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
        "2. Övriga frågor\na. Agnes Ek tog på sig ansvar för inköp.\nb. Per Berg tog på sig ansvar för "
        "medlemsregistret.\n\n3. Mötets avslutande\nMötet avslutades.\n"))
    letter = _written(tmp_path / "brev.txt", "Nyhetsbrev från Tennisklubben Boll\n\nStyrelsen har fördelat uppgifter "
                      "inför säsongen.\n")
    assistant = _indexed(tmp_path, minutes, letter, *_club_minutes(tmp_path)[2:])
    answer = assistant.ask("vilka uppgifter tog medlemmar på sig under övriga frågor på judoklubben kasts årsmöte 7 mars 2026")
    assert answer.found and "ansvar för inköp" in answer.answer, answer.answer


def test_a_day_written_in_english_in_the_minutes_is_no_missing_meeting(tmp_path: Path) -> None:
    """"the workshop on 6 March 2020" is no meeting of the index, but the English minutes that plan it write the day
    "[6 March]": it is mentioned, so the question is answered, not refused as about a meeting not held."""
    text = (
        "Board meeting protocol\nDate: 2020-02-13\nLocation: Teknikum\n\n§ 1 Opening\nThe meeting was opened.\n\n"
        "§ 2 Upcoming workshops\n- Engino [6 March]\n  - 0 registrations [Max 16]. We need to market the event.\n\n"
        "§ 3 Closing\nThe meeting was closed.\n")
    answer = _asked(tmp_path, "board-2020-02-13.txt", text,
                    "how many had registered for the Engino workshop on 6 March 2020?")
    assert answer.found and "0 registrations" in answer.answer, answer.answer


def test_a_paragraph_that_counts_the_list_under_it_brings_the_list(tmp_path: Path) -> None:
    """"Stadgarna antas med två tillägg." over two numbered paragraphs announces them without a colon: "vilka
    tillägg" is answered by the paragraphs, not by the sentence that counts them."""
    text = (
        "Protokoll styrelsemöte Partiet 2013-01-29\n\nNärvarande\nAnna Ek\nBo Berg\n\nFöreningens stadgar\n"
        "Partiets föreslagna stadgar antas med två tillägg.\n1. En partimedlem kan lämna in en motion till partistyrel-"
        "\nsen, för att ändra partiets politik.\n2. Förutom vanligt medlemskap kan man gå med i partiet som stöd-\n"
        "medlem, utan rösträtt.\n\nÖvrigt\nInget.\n")
    answer = _asked(tmp_path, "styrelse-2013-01-29.txt", text, "vilka tillägg gjordes när partiets stadgar antogs?")
    assert "lämna in en motion" in answer.answer and "gå med i partiet som" in answer.answer, answer.answer


def test_who_was_appointed_chair_is_the_appointment_not_the_meetings_secretary(tmp_path: Path) -> None:
    """"Bo Berg utses till partiets sekreterare": minutes that appoint the party's officers answer "vilka utsågs till
    ordförande och sekreterare", not with the meeting's own secretary from its foot."""
    text = (
        "Protokoll styrelsemöte Partiet 2013-01-29\n\nNärvarande\nAnna Ek\nBo Berg\nCia Lund\n\n"
        "Utse styrelse för 2013\n"
        "• Anna Ek utses till partiordförande.\n• Bo Berg utses till partiets sekreterare.\n• Cia Lund utses till "
        "partiets kassör.\n\nÖvrigt\nInget.\n\nMötessekreterare: Dan Sten\n")
    answer = _asked(tmp_path, "styrelse-2013-01-29.txt", text,
                    "vilka utsågs till ordförande och sekreterare på styrelsemötet 2013-01-29?")
    assert "Bo Berg utses till partiets sekreterare" in answer.answer, answer.answer
    assert "Anna Ek utses till partiordförande" in answer.answer, answer.answer


def test_the_agenda_minutes_list_under_its_heading_answers_what_was_on_it(tmp_path: Path) -> None:
    """Minutes without numbered items that list their "Dagordning" as bullets, with dashes for sub-points: "vilka
    punkter stod på dagordningen" is answered by those rows, each shown without its bullet, cited as one passage."""
    text = ("Protokoll partimöte Partiet 2013-04-01\n\nNärvarande\n\nAnna Ek\nBo Berg\n\nDagordning\n\n• Webbsidan\n\n"
            "• Aktuella politiska frågor\n\n– TV-avgiften\n\n– Driftvärnet\n\n• Övrigt\n\nWebbsidan\nDen blir klar i "
            "april.\n\nAktuella politiska frågor\nVi vill återupprätta driftvärnet.\n\nÖvrigt\nInget.\n")
    answer = _asked(tmp_path, "partimote-2013-04-01.txt", text,
                    "vilka punkter stod på dagordningen till partimötet 1 april 2013?")
    assert [c.quote for c in answer.citations] == [
        "Webbsidan\n\n• Aktuella politiska frågor\n\n– TV-avgiften\n\n– Driftvärnet\n\n• Övrigt"], answer.answer
    assert answer.answer.endswith("- Webbsidan [1]\n- Aktuella politiska frågor [1]\n- TV-avgiften [1]\n"
                                  "- Driftvärnet [1]\n- Övrigt [1]"), answer.answer


def test_a_notice_written_as_sections_is_answered_with_its_headings(tmp_path: Path) -> None:
    """A party branch's notice with no items, each topic a heading over its paragraph: "vad skulle vi prata om på
    medlemsmötet 25 april 2019" lists the headings."""
    text = ("Medlemsmöte 25 april\n\nKallelse till medlemsmöte torsdag 25 april 2019 kl. 18.30.\n\n"
            "Vår lokala EU-valkampanj\n\nVi bestämmer hur vi lägger upp kampanjarbetet.\n\nHållbarhetspriset 2019\n\n"
            "Till vem ska vi dela ut priset i år?\n\nKommunens budget 2020\n\nSnart ska budgeten bestämmas.\n")
    answer = _asked(tmp_path, "kallelse-medlemsmote-2019-04-25.txt", text,
                    "vad skulle vi prata om på medlemsmötet 25 april 2019")
    for heading in ("Vår lokala EU-valkampanj", "Hållbarhetspriset 2019", "Kommunens budget 2020"):
        assert heading in answer.answer, answer.answer


def test_the_minutes_own_agenda_list_does_not_answer_for_the_item(tmp_path: Path) -> None:
    """"– Gratis kollektivtrafik" in the minutes' "Dagordning" names the item; the item's own text says what the
    party thinks of it."""
    text = (
        "Protokoll styrelsemöte Partiet 2013-03-23\n\nNärvarande\n\nAnna Ek\nBo Berg\n\nDagordning\n\n"
        "• Aktuella politiska frågor\n\n– Fettskatt\n\n– Gratis kollektivtrafik\n\n• Övrigt\n\n"
        "Aktuella politiska frågor\n\n• Fettskatt är vi emot.\n\n• Gratis kollektivtrafik är något partiet är positivt "
        "till, inom en kommun.\n\nÖvrigt\n\nInget.\n")
    answer = _asked(tmp_path, "styrelse-2013-03-23.txt", text, "vad tycker partiet om gratis kollektivtrafik?")
    assert "positivt till" in answer.answer and not any(c.location == "Dagordning" for c in answer.citations), \
        answer.answer


def test_where_a_meeting_was_held_that_its_minutes_do_not_say_is_refused(tmp_path: Path) -> None:
    """Minutes with no "Plats:" and no room: "i vilken lokal hölls partimötet" says that the documents do not tell,
    instead of quoting an item that says "på allmän plats"."""
    text = (
        "Protokoll partimöte Partiet 2013-04-01\n\nNärvarande\n\nAnna Ek\nBo Berg\n\nDagordning\n\n• Kameror\n\n"
        "Kameror\nKameraövervakning på allmän plats stöds av partiet.\n\nMötessekreterare: Bo Berg\n")
    answer = _asked(tmp_path, "partimote-2013-04-01.txt", text, "i vilken lokal hölls partimötet den 1 april 2013?")
    assert not answer.found and "anger inte var" in answer.answer, answer.answer


def test_why_brings_the_sentence_that_gives_the_purpose(tmp_path: Path) -> None:
    """"Detta för att …" after a decision gives its purpose: "varför" quotes it beside the decision."""
    text = (
        "Protokoll styrelsemöte Partiet 2013-03-23\n\nNärvarande\n\nAnna Ek\nBo Berg\n\nMedborgarskapstest\n"
        "Det beslutades att partiet vill införa ett medborgarskapstest i sam-\nband med en kortare utbildning innan "
        "man blir medborgare.\nDetta för att förbättra möjligheten för nyanlända att integreras i det svenska\n"
        "samhället.\nLayout\nDet beslutades att webbsidan ska få en sidebar.\n\nÖvrigt\nInget.\n")
    answer = _asked(tmp_path, "styrelse-2013-03-23.txt", text, "varför vill partiet införa ett medborgarskapstest?")
    assert "integreras i det svenska" in answer.answer, answer.answer



def test_a_number_inside_a_case_number_counts_no_list() -> None:
    """"RUF240255-4 Meddelande om …" over four rows: the 4 ends a case number and counts nothing; "antas med två
    tillägg." over two numbered rows announces them."""
    from assistant.answer.units import Unit, announced

    def units(*lines: str) -> list[Unit]:
        starts = [sum(len(x) + 1 for x in lines[:n]) for n in range(len(lines))]
        return [Unit(start, start + len(line), line) for start, line in zip(starts, lines)]

    rows = units("RUF240255-4 Meddelande om beslut gällande skattebefrielse för biogas.", "- RV240022-14 Grupp A",
                 "- RV240022-15 Grupp B", "- RV240022-16 Grupp C", "- RV240022-17 Grupp D")
    assert announced(rows[0], rows) == []
    amended = units("Stadgarna antas med två tillägg.", "1. Motioner till styrelsen.", "2. Stödmedlemmar.")
    assert announced(amended[0], amended) == amended[1:]


def test_the_year_after_a_meeting_word_dates_that_meeting_not_the_body_the_question_is_about(tmp_path) -> None:
    """"föreläsningar under 2019 enligt verksamhetsberättelsen på vårmötet 2020": the year that dates a meeting is
    the vårmöte's; "arvode till styrelsen … efter stämman 2025" asks the stämma, not a board meeting of 2025."""
    from assistant.answer.periods import Period, resolve_period

    dates = ["2020-02-27", "2024-03-07"]
    asked = "vilka föreläsningar hölls under 2019 enligt verksamhetsberättelsen på vårmötet 2020"
    assert resolve_period(asked, dates) == Period("2020-01-01", "2020-06-30")  # the spring meeting of 2020
    assert resolve_period("hur har avgiften ändrats från 2022 till 2025", dates) == Period("2022-01-01", "2025-12-31")
    board = _written(tmp_path / "styrelsemote-2024-05-02.txt", (
        "Protokoll styrelsemöte Ekviks samfällighetsförening 2024-05-02\n\n§ 1 Mötets öppnande\nOrdföranden "
        "öppnade mötet.\n\n§ 2 Bryggan\nStyrelsen beslutade att begära in anbud på bryggan.\n"))
    annual = _written(tmp_path / "stamma-2025-09-20.txt", (
        "Protokoll föreningsstämma Ekviks samfällighetsförening 2025-09-20\n\n§ 1 Stämmans öppnande\nOrdföranden "
        "öppnade stämman.\n\n§ 2 Arvoden\nStämman beslutade att styrelsen och revisorerna inte får något arvode.\n"))
    answer = _indexed(tmp_path, board, annual).ask("får styrelsen något arvode efter stämman 2025?")
    assert answer.found and "inte får något arvode" in answer.answer, answer.answer


def test_a_numbered_proposition_heading_an_attachment_of_the_minutes_is_looked_up(tmp_path) -> None:
    """"Proposition 2: Ny logotyp" heads the minutes' Bilaga A, not one of their items: "proposition 2" is no
    reference that does not exist."""
    answer = _asked(tmp_path, "arsmote-2024.txt", (
        _LOPAREN.format(meeting="årsmöte", day="2024-03-12") +
        "2. Propositioner\nMötet antar proposition 1 och 2, se bilaga A.\n\n3. Mötet avslutas\nMötet avslutas 20:15.\n\n"
        "Bilaga A\n\nProposition 1: Ändrad mötestid\n\nVi föreslår att klubbkvällen flyttas till tisdagar.\n\n"
        "Proposition 2: Ny logotyp\n\nVi föreslår att klubben byter logotyp till en springare i blått.\n"),
        "vad gick proposition 2 ut på vid löparens årsmöte 2024?")
    assert answer.found and "springare i blått" in answer.answer and "tisdagar" not in answer.answer, answer.answer


def test_a_sentence_ending_enligt_foljande_announces_the_accounts_under_it(tmp_path) -> None:
    answer = _asked(tmp_path, "varmote-2024.txt", (
        _LOPAREN.format(meeting="vårmöte", day="2024-02-20") +
        "2. Resultaträkning\nKassören Eva Holm redogör för klubbens resultaträkning för 2023 enligt\nföljande.\n\n"
        "Intäkter\nMedlemsavgifter  4 200,00\nTurneringsavgifter  1 150,00\n\nKostnader\nLokalhyra  -3 000,00\n\n"
        "Resultat  2 350,00\n\n3. Mötet avslutas\nMötet avslutas 20:15.\n"),
        "vilket resultat redovisade kassören för 2023 på löparens vårmöte 2024?")
    assert "2 350,00" in answer.answer, answer.answer


def test_a_decision_of_a_meeting_named_by_its_year_whose_minutes_are_not_indexed_is_refused(tmp_path) -> None:
    """Only the notice of vårmötet 2025 is indexed: its agenda item "Ansvarsfrihet" is no decision."""
    notice = _written(tmp_path / "kallelse-varmote-2025.txt", (
        "Kallelse till vårmöte 2025\nSchackklubben Löparen\n\nVårmötet hålls 2025-02-13 kl. 19:00 i klubblokalen.\n\n"
        "Förslag till dagordning\n1. Mötets öppnande\n2. Verksamhetsberättelse\n3. Ansvarsfrihet för 2024 års styrelse\n"
        "4. Mötets avslutande\n"))
    minutes = _written(tmp_path / "protokoll-varmote-2024.txt", (
        _LOPAREN.format(meeting="vårmöte", day="2024-02-20") +
        "2. Ansvarsfrihet\nMötet beviljade 2023 års styrelse ansvarsfrihet.\n"))
    answer = _indexed(tmp_path, notice, minutes).ask("beviljade löparens vårmöte 2025 ansvarsfrihet för styrelsen?")
    assert not answer.found and "Protokollet från vårmötet 13 februari 2025 finns inte" in answer.answer, answer.answer



def test_an_undated_document_of_the_meeting_named_is_no_missing_minutes() -> None:
    """The body's undated plan beside its dated notice, both among the meetings the question names."""
    from assistant.answer.periods import Period
    from assistant.answer.questions import Question
    from assistant.answer.refusal import missing_minutes
    from assistant.index.meetings import Meeting

    q = Question("beviljade vårmötet 2025 ansvarsfrihet", "beviljade vårmötet 2025 ansvarsfrihet", bodies=("Vårmötet",),
                 bodies_in_full=True, about_decisions=True, meetings=("plan", "kallelse"),
                 period=Period("2025-01-01", "2025-12-31"))
    meetings = [Meeting("plan", "styrdokument", "", "Vårmötet", "", "", ""),
                Meeting("kallelse", "kallelse", "", "Vårmötet", "2025-02-13", "", "")]
    assert missing_minutes(q, meetings) == "Protokollet från vårmötet 13 februari 2025 finns inte i underlagen."


def test_an_election_enligt_ovan_brings_the_slate_above_it(tmp_path) -> None:
    answer = _asked(tmp_path, "hostmote-2024.txt", (
        _LOPAREN.format(meeting="höstmöte", day="2024-11-20") +
        "2. Val av styrelse\n\nEfter valberedningens förslag har mötet följande förslag:\n\nOrdförande: Eva Holm "
        "Kassör: Per Lund Ledamöter: Ali Demir, Sara Ek\n\nMötet väljer styrelsen för 2025 enligt ovan.\n\n"
        "3. Mötet avslutas\nMötet avslutas 20:15.\n"),
        "vilka valdes till löparens styrelse för 2025?")
    assert "Per Lund" in answer.answer and "Sara Ek" in answer.answer, answer.answer


def test_a_notice_that_records_who_was_elected_is_no_missing_minutes(tmp_path) -> None:
    """Minutes filed under their notice's heading ("Kallelse till årsmöte 2018", then "valdes" under each item)."""
    notice = _written(tmp_path / "arsmote-2018.txt", (
        "Kallelse till årsmöte 2018\nSchackklubben Löparen\n\nÅrsmötet hålls 2018-12-12 kl. 18:00 i klubblokalen.\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Val av övriga ledamöter\nAnna Berg och Bo Ek valdes.\n"))
    answer = _indexed(tmp_path, notice).ask("vilka valdes till övriga ledamöter på löparens årsmöte 2018?")
    assert answer.found and "Anna Berg och Bo Ek valdes" in answer.answer, answer.answer



def test_a_price_asked_for_a_year_is_the_one_set_for_that_year_a_year_before(tmp_path) -> None:
    """"vad kostar medlemskapet under 2024": no meeting of 2024 is meant (the fee was set the autumn before), and a
    sentence about another year's fee gives way to the one about 2024."""
    from assistant.answer.periods import Period, resolve_period

    dates = ["2023-11-16", "2024-11-14"]
    assert resolve_period("vad kostar medlemskap i löparen under 2024", dates) == Period("2023-01-01", "2024-12-31")
    answer = _asked(tmp_path, "hostmote-2024.txt", (
        _LOPAREN.format(meeting="höstmöte", day="2024-11-14") +
        "2. Årsavgift\nÅr 2025 kommer medlemskap att kosta 120 kronor för vuxna medlemmar.\n\n"
        "3. Information\nKassören påminde om att medlemskap för 2024 kostar 100 kronor för vuxna medlemmar.\n"),
        "vad kostar medlemskap i löparen under 2024 för vuxna?")
    assert "100 kronor" in answer.answer and "120 kronor" not in answer.answer, answer.answer


def test_the_years_a_question_asks_about_are_not_the_days_of_its_meetings_or_case_numbers() -> None:
    from assistant.answer.periods import years_asked

    assert years_asked("vad kostar medlemskap under 2024 och vad blir 2025 års avgift") == {"2024", "2025"}
    assert years_asked("vilken mandatperiod fick ombuden som studierådet valde i december 2018") == set()
    assert years_asked("vad föreslog kallelsen till 2024-02-01 om strandskyddsdispensen") == set()
    assert years_asked("vad sa revisorerna om 2019 års styrelse på vårmötet 2020") == {"2019"}


def test_sekr_is_the_secretary(tmp_path) -> None:
    """"vem va sekr på årsmötet": the abbreviation members write, as "ordf" is the chair."""
    answer = _asked(tmp_path, "arsmote-2020-03-12.txt", (
        "Protokoll Filmklubbens årsmöte\n\nDatum 12 mars 2020\nPlats Stadsbiblioteket\n\nNärvarande\nEva Lind\n"
        "Tor Berg\nEmma Ek\n\n1. Årsmötet öppnas\nEva Lind förklarade mötet öppnat.\n\n2. Val av ordförande för "
        "mötet\nTill ordförande för årsmötet valdes Eva Lind.\n\n3. Val av sekreterare för mötet\nTill sekreterare "
        "för årsmötet utsågs Tor Berg.\n"), "vem va sekr på filmklubbens årsmöte 12/3 2020")
    assert "Tor Berg" in answer.answer and "Eva Lind" not in answer.answer.split("\n")[0], answer.answer


def test_a_year_the_lines_above_a_quoted_list_give_it_is_no_other_year(tmp_path) -> None:
    """"vad stod på bruttolistan … inför årsmötet 2026" of the autumn board's report: the list quoted does not say
    2026, the sentence right above it does ("inför den 7 mars 2026"); that is no answer of another year."""
    report = ("Styrelsemöte 20 november\nHär nedan följer en rapport från styrelsemöte nr 9/2025 som genomfördes "
              "digitalt torsdagen den 20 november 2025.\n\nDisciplinnämnd\nStyrelsen har under året diskuterat en "
              "disciplinnämnd.\n\nStyrelsen beslutade\n\natt ställa sig bakom förslaget.\n\nInför våren\nKassören "
              "informerade om läget inför den 7 mars 2026 i Klubbhuset.\n\nFöljande bruttolista på möjliga "
              "styrelseförslag till årsmötet presenterades:\n\n• Årsmöte vartannat år\n• Ny tävlingskommitté\n"
              "• Höjd avgift för juniorer\n")
    answer = _asked(tmp_path, "styrelsemote-2025-11-20.txt", report,
                    "vad stod på bruttolistan över möjliga styrelseförslag inför årsmötet 2026?")
    assert answer.found and "Ny tävlingskommitté" in answer.answer, answer.answer


@pytest.mark.parametrize("slate, asked", [
    ("Mötet valde följande styrelse för 2025: Ordförande: Eva Holm. Kassör: Per Lund.", "kassör"),  # composed
    ("Mötet valde följande styrelse för 2025:\n\nOrdförande: Eva Holm\nKassör: Per Lund", "ordförande"),  # looked up
])
def test_a_year_something_is_for_that_nothing_cited_mentions_is_refused(tmp_path, slate, asked) -> None:
    """"vem valdes till kassör för 2026": the minutes elect the board for 2025 only, in a sentence the answer
    composes from or as a slate whose rows are looked up."""
    answer = _asked(tmp_path, "hostmote-2024.txt", (
        _LOPAREN.format(meeting="höstmöte", day="2024-11-14") + f"2. Val av styrelse\n{slate}\n"),
        f"vem valdes till {asked} i löparen för 2026?")
    assert not answer.found and "gäller inte 2026" in answer.answer, answer.answer


def test_a_year_something_is_for_beside_the_meeting_that_set_it_need_not_be_repeated(tmp_path) -> None:
    answer = _asked(tmp_path, "hostmote-2022.txt", (
        _LOPAREN.format(meeting="höstmöte", day="2022-12-01") +
        "2. Fastställande av budget\nBudgeten går med underskott. Underskottet tas från fonderade medel.\n"),
        "budgeten som löparens höstmöte 2022 fastställde för 2023 går med underskott – hur ska underskottet täckas?")
    assert answer.found and "fonderade medel" in answer.answer, answer.answer


def test_an_officers_arvode_is_also_searched_as_ersattning(tmp_path) -> None:
    """"blir det något arvode till styrelsen": minutes write "ingen ersättning skall utgå till styrelsen"."""
    from assistant.answer.english import meeting_words

    assert "ersättning" in meeting_words("blir det något arvode till styrelsen") and \
        "arvode" in meeting_words("vilken ersättning får revisorerna")
    answer = _asked(tmp_path, "stamma-2025.txt", (
        _LOPAREN.format(meeting="årsmöte", day="2025-03-12") +
        "2. Ersättning till styrelsen\nÅrsmötet beslöt att ingen ersättning skall utgå till styrelsen.\n"),
        "blir det något arvode till löparens styrelse efter årsmötet 2025?")
    assert answer.found and "ingen ersättning skall utgå" in answer.answer, answer.answer


def test_a_proposition_numbered_inside_the_item_of_motions_is_looked_up_there(tmp_path) -> None:
    """"4. Motioner och propositioner" numbering its own "1. …" … "3. …": proposition 3 is the third of them, not
    the agenda's item 3 nor refused as missing among the agenda's items."""
    answer = _asked(tmp_path, "varmote-2024.txt", (
        _LOPAREN.format(meeting="vårmöte", day="2024-05-21") +
        "2. Val av justerare\nEva Holm valdes.\n\n3. Fastställande av dagordning\nDagordningen fastställdes.\n\n"
        "4. Motioner och propositioner\n1. Inför ett halvårsmöte (Se bilaga A)\n13 röster för\n"
        "Mötet godkänner propositionen.\n\n2. Kräv kontakt med styrelsen (Bilaga B)\nIngen var emot.\n"
        "Mötet godkänner propositionen.\n\n3. Förtydliga vad medlemmar betyder (Bilaga B)\n12 röster emot\n"
        "Mötet godkänner inte propositionen.\n\n5. Mötet avslutas\nMötet avslutas 19:52.\n"),
        "vad gällde proposition 3 på löparens vårmöte 2024 och hur gick omröstningen?")
    assert answer.found and "Förtydliga vad medlemmar betyder" in answer.answer, answer.answer
    assert "godkänner inte" in answer.answer and "halvårsmöte" not in answer.answer, answer.answer


def test_minutes_asked_by_the_day_they_were_posted_are_no_missing_meeting(tmp_path: Path) -> None:
    """"protokollet som anslogs den 12 mars": the day of the posting the minutes' head states, not a meeting day
    the index lacks; the minutes are answered from, not refused as a meeting not held."""
    text = (
        "Kommunstyrelsen Protokoll 2026-03-04\n\nPlats och tid: Kommunhuset kl. 08.30-12.00\n\nBeslutande: Anna Ek (S),"
        " ordförande, Bo Berg (M)\n\nUtses att justera: Bo Berg\n\nANSLAG/BEVIS\nDatum då anslaget sätts upp 12 mars "
        "2026\nSista dag för överklagan 2 april 2026\n\n§ 1 Val av justerare\nBo Berg utses att justera protokollet.\n")
    answer = _asked(tmp_path, "ks-2026-03-04.txt", text,
                    "vem justerade kommunstyrelsens protokoll som anslogs den 12 mars 2026?")
    assert answer.found and "Bo Berg" in answer.answer, answer.answer


def test_a_paragraph_of_the_by_laws_is_looked_up_in_the_by_laws(tmp_path) -> None:
    """"§ 6 i stadgarna": the by-laws' § 6, not the minutes' § 6."""
    statutes = _written(tmp_path / "stadgar.txt", (
        "Stadgar för Fiskevårdsföreningen Sjön\n\n§ 1 NAMN\nFöreningens namn är Fiskevårdsföreningen Sjön.\n\n"
        "§ 6 UPPLÅTELSE\nUpplåtelsen får endast omfatta handredskapsfiske, kräftfiske får ej upplåtas.\n"))
    minutes = _written(tmp_path / "protokoll-2024-03-01.txt", (
        "Protokoll styrelsemöte Fiskevårdsföreningen Sjön 2024-03-01\n\n§ 5 Ekonomi\nKassan är god.\n\n"
        "§ 6 Fisketillsyn\nLeif ansvarar för tillsynen i sommar.\n"))
    assistant = indexed_files(tmp_path, statutes, minutes)
    for question in ("vad säger § 6 i stadgarna om kräftfiske", "vad säger paragraf 6 i föreningens stadgar"):
        answer = assistant.ask(question)
        assert "kräftfiske får ej upplåtas" in answer.answer and "tillsynen" not in answer.answer, answer.answer


def test_a_name_broken_over_two_lines_is_quoted_whole_and_a_host_by_the_list_of_those_present(tmp_path) -> None:
    """"Plats: Anders Nilsson, Bergsvägen 42" (the meeting at his home) and "Närvarande: …, Dick" / "Jonsson, …":
    each person is quoted from the list of those present, the broken name over both its lines."""
    text = ("Fiskevårdsföreningen Sjön 2020-11-03\n\nProtokoll styrelsemöte\n\nDatum: måndag 2 november 2020\n"
            "Tid: 19.00\nPlats: Anders Nilsson, Bergsvägen 42, Vreta\n"
            "Närvarande: Anders Nilsson, Eddie Uggla, Åke Wester, Leif Ånell, Dick\nJonsson, Thomas Abrahamsson\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Ekonomi\nKassan är god.\n")
    assistant = indexed(tmp_path, "protokoll-2020-11-02.txt", text)
    doc = assistant.documents()[0]["doc_id"]
    stored = assistant.index.document_text(doc)
    people = {p.name: stored[p.start:p.end] for p in assistant.meetings.people(doc)}
    assert people["Anders Nilsson"].startswith("Närvarande:"), people
    assert "Dick\nJonsson" in people["Dick Jonsson"], people


def test_a_meeting_without_minutes_whose_outcome_another_document_reports(tmp_path) -> None:
    """Only the agenda of årsmötet 2019 is indexed, and the year's annual report says what it decided about the
    by-laws: that sentence answers, said to be a report; a topic the report does not tell of is still refused."""
    agenda = _written(tmp_path / "arsmote-2019-dagordning.txt", (
        "Dagordning årsmöte 2019\nSjöviks byalag\n\nÅrsmötet hålls 2019-07-09 kl. 18:00 i logen.\n\n"
        "1. Mötets öppnande\n2. Förslag på ändring av föreningens stadgar\n3. Årsavgift\n4. Mötets avslutande\n"))
    report = _written(tmp_path / "verksamhetsberattelse-2019.txt", (
        "Verksamhetsberättelse för Sjöviks byalag 2019\n\nStyrelsen har haft sex möten under året. Vi har reviderat "
        "våra stadgar, som årsmötet godkände vid årsmötet 2019. Midsommarfirandet samlade många.\n"))
    assistant = indexed_files(tmp_path, agenda, report)
    told = assistant.ask("gick stadgeändringen på sjöviks byalags årsmöte 2019 igenom?")
    assert told.found and "årsmötet godkände vid årsmötet 2019" in told.answer, told.answer
    assert "finns inte i underlagen" in told.answer, told.answer
    assert not assistant.ask("höjdes årsavgiften på sjöviks byalags årsmöte 2019?").found


def test_an_item_written_as_one_paragraph_ends_after_its_wrapped_lines() -> None:
    """"9. Styrelsen HGF Järva önskar använda lokalen 27-28 oktober. Förtroendevalda är 9" / "personer. Styrelsen
    bifaller förfrågan att låna lokal.": the item is the whole paragraph, so a quote of item 9 holds the decision on
    its second line too."""

    text = ("Protokoll styrelsemöte nr 9 2018-09-12\n\n8. Slutrapport\n\nHans meddelar att han avslutar sitt "
            "engagemang.\n\n9. Styrelsen HGF Järva önskar använda lokalen 27-28 oktober. Förtroendevalda är 9\n"
            "personer. Styrelsen bifaller förfrågan att låna lokal.\n\n10. Övrigt\n\nInget övrigt.\n")
    item = next(i for i in parse(text, file_name="styrelsemote_9_20180912.txt").items if i.number == "9")
    assert text[item.start:item.end].endswith("bifaller förfrågan att låna lokal."), text[item.start:item.end]



def test_a_month_of_a_year_that_nothing_cited_mentions_is_refused(tmp_path) -> None:
    """"vad beslutade styrelsen på mötet i juni 2021" answered by a decision of 2019 minutes (a report told that the
    board met in June 2021, none of its minutes are in the index): what was found is not of June 2021."""
    from assistant.answer.extractive import Citation
    from assistant.answer.refusal import year_not_cited

    assistant = indexed(tmp_path, "styrelsemote-2019-05-21.txt", "Protokoll styrelsemöte Löparen 2019-05-21\n\n"
                        "1. Beslut om klubbstugan\nStyrelsen beslutade att måla klubbstugan i juni.\n")
    q = assistant.analyse("vad beslutade styrelsen på mötet i juni 2021")

    def cited(day: str) -> Citation:
        return Citation(1, f"Protokoll styrelsemöte {day}", "styrelsemote.txt", "d", 1, day, "Styrelsen",
                        "punkt 1 Beslut om klubbstugan", "Styrelsen beslutade att måla klubbstugan i juni.", 0, 10, 1.0)

    assert "juni 2021" in year_not_cited(q, [cited("2019-05-21")])
    assert year_not_cited(q, [cited("2021-06-14")]) == ""
    guessed = assistant.analyse("vad bestämde styrelsen i maj o vilka dagar blev det")  # the year is only guessed
    assert year_not_cited(guessed, [cited("2019-05-21")]) == ""
    season = assistant.analyse("vad beslutade styrelsen hösten 2021")  # a half of the year named
    assert "2021" in year_not_cited(season, [cited("2019-05-21")])
    assert year_not_cited(season, [cited("2021-10-14")]) == ""


def test_an_association_named_in_one_word_of_its_kind_is_the_organisation() -> None:
    """"Långbrodalskören" (a choir) heading its minutes, alone or before where it is, or named as the meeting's
    ("Protokoll från årsmöte i Långbrodalskören 2016-02-15"); a kind without a name of its own is none."""
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["Långbrodalskören Älvsjö Stockholm", "F1-2022 2022-02-07", "Protokoll från årsmöte"]) \
        == "Långbrodalskören"
    assert organisation_of(["Långbrodalskören", "S1-2019 2019-01-23", "Protokoll från styrelsemöte"]) == \
        "Långbrodalskören"
    assert organisation_of(["Protokoll från årsmöte i Långbrodalskören 2016-02-15"]) == "Långbrodalskören"
    assert organisation_of(["Protokoll från styrelsemöte i Stövarklubben den 3 maj"]) == "Stövarklubben"
    assert organisation_of(["Bostadsrättsföreningen", "Protokoll från styrelsemöte 2019-01-23"]) == ""
    assert organisation_of(["Protokoll fört vid årsmöte i föreningen 2016-02-15"]) == ""


def test_how_a_vote_went_is_asked_of_minutes_that_count_the_votes(tmp_path) -> None:
    """"hur gick omröstningen om proposition 4": minutes record a vote as its count ("12 röster emot"), not by the
    word; another organisation's minutes that say "omröstning" do not make it a subject these lack."""
    from conftest import indexed_files

    spring = tmp_path / "stormote_190521.txt"
    spring.write_text("Protokoll Vårmöte Kodföreningen 2019-05-21\n\n7. Propositioner\n"
                      "4. Förtydliga vad medlemmar betyder (Bilaga B)\n12 röster emot\n3 neutrala\n"
                      "Mötet godkänner inte propositionen.\n\n8. Mötets avslutande\nMötet avslutas.\n",
                      encoding="utf-8")
    other = tmp_path / "brf_arsstamma_2020.txt"
    other.write_text("Protokoll Årsstämma Brf Eken 2020-05-02\n\n§ 9 Val av styrelse\nEfter omröstning valdes Eva Ek. "
                     "Omröstningen skedde med slutna sedlar.\n", encoding="utf-8")
    board = tmp_path / "ks_protokoll_2020-06-01.txt"  # many passages that never vote: the word is a rare one
    board.write_text("Protokoll Kommunstyrelsen 2020-06-01\n\n" + "".join(
        f"§ {n} Ärende om skolgård {n}\nBeslut\nKommunstyrelsen beslutar att anta förslaget om gård {n}.\n\n"
        for n in range(1, 41)), encoding="utf-8")
    answer = indexed_files(tmp_path, spring, other, board, refusal_threshold=0).ask(
        "hur gick omröstningen om proposition 4 på kodföreningens vårmöte 2019")
    assert answer.found and "12 röster emot" in answer.answer, answer.answer


def test_who_was_present_is_asked_of_minutes_that_list_the_deciding_members() -> None:
    """"vilka ersättare var närvarande": minutes list who attended under "Beslutande" and "Ersättare", often
    never the word "närvarande"; either heading answers for it."""
    from assistant.answer.refusal import _subject_terms
    from assistant.swedish import content_terms

    present = next(alternatives for alternatives in _subject_terms("vilka ersättare var närvarande")
                   if content_terms("närvarande") <= alternatives[0])
    assert any(content_terms("beslutande") <= terms for terms in present[1:]), present


def test_whether_a_matter_was_approved_asks_its_outcome_not_a_word_the_minutes_must_use(tmp_path) -> None:
    """"blev lekstugan godkänd på stämman 2020?": the minutes say the motion was granted ("bifalla"); "godkänd" asks
    the outcome, it is no subject they lack."""
    answer = _asked(tmp_path, "stamma-2020.txt", (
        "Protokoll föreningsstämma Brf Eken 2020-05-20\n\n1. Stämmans öppnande\nOrdföranden öppnade stämman.\n\n"
        "2. Motion om lekstuga på lekplatsen\nStyrelsen föreslog att motionen skulle bifallas. Stämman beslutade att "
        "bifalla motionen om en lekstuga.\n"), "blev lekstugan på lekplatsen godkänd på brf ekens stämma 2020?")
    assert answer.found and "bifalla motionen" in answer.answer, answer.answer


def test_an_undated_paper_titled_with_the_year_asked_is_of_that_year(tmp_path) -> None:
    """"blev lekstugan godkänd på stämman 2020?": the board's answer to the motions ("Motioner till föreningens
    årsstämma 2020") names no meeting day; the year in its title puts it in the year asked, beside the dated minutes."""
    from conftest import indexed_files

    minutes = tmp_path / "stamma-2021-05-18.txt"
    minutes.write_text("Protokoll föreningsstämma Brf Eken 2021-05-18\n\n1. Stämmans öppnande\nOrdföranden öppnade "
                       "stämman.\n\n2. Val av styrelse\nStyrelsen omvaldes.\n", encoding="utf-8")
    motions = tmp_path / "motioner_2020.txt"
    motions.write_text("Motioner till Brf Ekens årsstämma 2020\n\nMotion om lekplatsen\nMotionären vill ha en "
                       "lekstuga på lekplatsen.\n\nStyrelsens svar\nPå årsstämman 2020 beslutades att sandlådan skulle "
                       "bytas. Dock bifölls inte den del av motionen som berörde lekstuga.\n", encoding="utf-8")
    autumn = tmp_path / "stamma-2020-09-10.txt"
    autumn.write_text("Protokoll extra föreningsstämma Brf Eken 2020-09-10\n\n1. Stämmans öppnande\nOrdföranden "
                      "öppnade stämman.\n\n2. Stadgeändring\nStämman antog de nya stadgarna.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, minutes, motions, autumn, refusal_threshold=0).ask(
        "blev lekstugan på lekplatsen godkänd på brf ekens stämma 2020?")
    assert answer.found and "bifölls inte" in answer.answer, answer.answer


def test_the_head_line_that_gives_the_day_beside_the_place() -> None:
    """"Njurunda hembygdsgård 2015-06-04" under the title, "Protokoll från årsmöte 2015-04-26 i Tuna Lillkyrka": a
    venue before the day, a place after it; a body before the day is no place."""

    minutes = "\n\n1. Mötets öppnande\nOrdförande öppnade mötet.\n\n2. Dagordning\nDagordningen godkändes.\n"
    board = parse("Medelpads Hembygdsförbund\n\nProtokoll från styrelsemöte\n\nNjurunda hembygdsgård 2015-06-04\n"
                  + minutes, file_name="styrelse_2015-06-04.pdf")
    annual = parse("Medelpads hembygdsförbund\n\nProtokoll från årsmöte 2015-04-26 i Tuna Lillkyrka\n" + minutes,
                   file_name="arsmote_2015.pdf")
    body = parse("Protokoll\n\nKommunstyrelsen 2015-06-04\n" + minutes, file_name="ks.pdf")
    assert (board.place, annual.place, body.place) == ("Njurunda hembygdsgård", "Tuna Lillkyrka", "")
    said_first = parse("Medelpads Hembygdsförbund\n\nProtokoll från styrelsemöte i Stöde hembygdsgård 2014-10-30\n"
                       + minutes, file_name="styrelse.pdf")
    longer = parse("Årsmötesprotokoll 2015\n\nProtokoll från årsmöte 2015-04-26 i Tuna Lillkyrka\n\n1 Mötets öppnande\n"
                   "Ordföranden i Tuna hembygdsförening, Ulla-Britt Lagergren, öppnade mötet och hälsade\nalla ombud "
                   "och övriga deltagare välkomna till årsmötet i den gamla kyrkan vid sjön i Tuna socken.\n" + minutes,
                   file_name="arsmote.pdf")  # no full stop on the head line: its paragraph ends it
    assert (said_first.place, longer.place) == ("Stöde hembygdsgård", "Tuna Lillkyrka")


def test_a_case_number_names_no_body() -> None:
    """"dnr KS/2014:238 på fullmäktige i maj 2015": the case number is a reference, its "KS" no body asked."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("kf", "protokoll", "", "Kommunfullmäktige", "2015-05-18", "", ""),
                Meeting("ks", "protokoll", "", "Kommunstyrelsen", "2015-03-30", "", "")]
    q = analyse("vilket ärende hade dnr KS/2014:238 på fullmäktige i maj 2015?", None, meetings, Corrector(lambda t: t))
    assert q.bodies == ("Kommunfullmäktige",) and q.reference("dnr").value == "KS/2014:238"


def test_how_a_roll_call_vote_went_is_its_votering_line(tmp_path) -> None:
    """"hur gick voteringen om …": a council's summary records each roll call as "Votering: 30 ja mot 20 nej" under
    the decision, the item's own line, not the other item's."""
    from conftest import indexed

    answer = indexed(tmp_path, "kf_2024-06-24_beslut.txt", (
        "Kommunfullmäktiges sammanträde 24 juni 2024\n\nNedan följer några av besluten.\n\n"
        "Östra Piren\n\nKommunfullmäktige beslutade att ge kommunstyrelsen i uppdrag att återkomma om piren.\n\n"
        "Votering: 45 ja mot 6 nej\n\n"
        "Utredning av försäljning av Ekegården\n\nKommunfullmäktige beslutade att ge bostadsbolaget i uppdrag att "
        "utreda en försäljning av fastigheten Ekegården.\n\nSamtidigt ska bolaget utreda en större försäljning, efter "
        "ett tilläggsyrkande som resulterade i votering.\n\nVotering: 30 ja mot 20 nej\n\n"
        "Ny godsbangård\n\nKommunfullmäktige beslutade att bygga en godsbangård.\n"),
        refusal_threshold=0.0).ask("hur gick voteringen om att utreda försäljning av Ekegården?")
    assert "30 ja mot 20 nej" in answer.answer and "45 ja" not in answer.answer, answer.answer


@pytest.mark.parametrize(("head", "day"), [
    ("31 MAJ 2023\n\nSTYRELSEMÖTE STAR\n\nProtokolldatum: 2011-08-11\nPlats: Sundbyholms slott\n\n"
     "Tid Torsdag 11/8 16.00", "2011-08-11"),
    ("16 MAJ 2021\n\nSTYRELSEMÖTE I STAR 2013-06-01\n\nProtokolldatum: 2013-08-26\nPlats: Radisson Blu Hotell, Malmö",
     "2013-06-01"),
    ("31 MAJ 2023\n\nPROTOKOLLDATUM 2018-01-22\n\nProtokolldatum: 2019-03-25\nPlats: Telefonmöte Styrelsen",
     "2018-01-22")])
def test_the_minutes_own_date_is_the_meeting_day_before_a_web_pages_stamp(head: str, day: str) -> None:
    """A page's stamp ("31 MAJ 2023") above minutes dated "Protokolldatum: 2011-08-11": the minutes' day, unless the
    title names the meeting with its own day ("STYRELSEMÖTE I STAR 2013-06-01")."""
    text = head + ("\n\n§ 1 Mötets öppnande\nOrdförande Bengt Larwik förklarade mötet öppnat.\n\n§ 2 Ekonomi\n"
                   "Kassan är god.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n")
    assert parse(text, file_name="styrelsemote.txt").meeting_date == day


def test_which_members_are_proposed_is_the_list_a_heading_announces(tmp_path) -> None:
    """"Vilka ledamöter föreslår valberedningen": the rows under "Valberedningen föreslår följande 4 ledamöter", not
    the sentence that names the nominating committee, a proposal and members, nor the suppleants' list."""
    answer = indexed(tmp_path, "valberedningens_forslag.txt", (
        "Förslag till ny styrelse\n\nStyrelsen var under året sammansatt på följande vis:\n\n"
        "Lena Holm  Styrelseledamot, ordförande  Avgår\nOmar Said  Styrelseledamot  1 år\n\n"
        "Valberedningen föreslår en förändring av sammansättningen av styrelsen från 7 till 6 ledamöter,\n"
        "samt bibehållna 3 suppleanter.\n\nValberedningen föreslår följande 4 ledamöter\n\n"
        "Omval av Kent Björk på 2 år\nOmval av Stina Ek på 2 år\nOmval av Max Berg på 2 år\n"
        "Nyval av Eva Axelsson på 2 år\n\nValberedningen föreslår följande 2 suppleanter\n\n"
        "Nyval av Ulla Enander på 2 år\nFyllnadsval av Inga Mattsson på 1 år\n"), refusal_threshold=0.0).ask(
        "Vilka ledamöter föreslår valberedningen?")
    assert all(name in answer.answer for name in ("Kent Björk", "Stina Ek", "Max Berg", "Eva Axelsson")), answer.answer
    from assistant.answer.lists import announces_asked

    heading = ("Valberedningen föreslår följande 4 ledamöter",)  # "vilka föreslås": a verb, not what is announced
    assert not announces_asked(heading, "vilka föreslås som nyval?")
    assert not announces_asked(heading, "Vilka föreslår valberedningen som nya styrelsesuppleanter?")


def test_someone_asked_of_indefinitely_is_no_subject_the_passage_must_name(tmp_path) -> None:
    """"reserverade sig nån på bygg au 1 feb": "nån" (someone) is no word a reservation writes, and no word any
    document writes, which would weigh most in how well the reservation answers."""
    assistant = indexed(tmp_path, "bygg-au_2024-02-01_protokoll.txt", (
        "Protokoll Byggnadsnämndens arbetsutskott 2024-02-01\n\n§ 26 Bygglov för ändrad användning, Lyngås 3:3\n"
        "Beslut\nArbetsutskottet beviljar bygglov.\n\nReservation\n"
        "Stefan Vilumsons (SD) reserverar sig mot beslutet till förmån för eget återremissyrkande.\n"))
    for asked in ("reserverade sig nån på bygg au 1 feb?", "röstade någon emot?"):
        subject = assistant.analyse(asked, None).subject_terms
        assert subject and not subject & content_terms("nån någon"), subject


def test_a_deadline_asked_as_senast_nar_is_the_day_stated_later_in_the_paragraph(tmp_path) -> None:
    """"Senast när ville revisorerna ha svar …": the sentence of the paragraph that gives the last day, not only the
    sentences naming most of the question's words."""
    answer = indexed(tmp_path, "bun_protokoll_2025-02-18.txt", (
        "Protokoll Barn- och utbildningsnämnden 2025-02-18\n\n§ 25 Remiss - Kommunrevisionens granskning av "
        "problematisk skolfrånvaro\n\nSammanfattning\n\nEY har på uppdrag av de förtroendevalda revisorerna i "
        "kommunen granskat\nnämndens arbete med skolfrånvaro i grundskolan. Revisionen efterfrågar svar från\n"
        "nämnden gällande de synpunkter och rekommendationer som framförs i\ngranskningen. Revisorerna önskar svar "
        "senast den 28 februari 2025.\n\nI granskningen märks att nämnden under senare år gjort en satsning på att "
        "främja närvaro och\nförebygga problematisk skolfrånvaro genom tidiga insatser, bland annat genom att peka "
        "ut det\nsom ett utvecklingsområde. Revisionen ser detta som positivt och gör bedömningen att nämnden\n"
        "ytterligare kan utveckla och stärka arbetet med ökad närvaro.\n\nBeslutsunderlag\n\n"
        "Utbildningsförvaltningens tjänsteutlåtande daterat 2025-01-27 Revisionsrapport EY\n\n"
        "§ 26 Tilläggsanslag\n\nBeslut\n\nNämnden begär tilläggsanslag.\n"), refusal_threshold=0.0).ask(
        "Senast när ville revisorerna ha svar från nämnden om granskningen av problematisk skolfrånvaro?")
    assert "28 februari 2025" in answer.answer, answer.answer


def test_a_proposal_ahead_of_a_meeting_of_a_year_it_has_no_minutes_of_is_the_boards(tmp_path) -> None:
    """"styrelsens förslag inför årsmötet 2011": the annual meetings of 2007 and 2015 have minutes, 2011's none; the
    board's minutes of 2011 say what it would propose, so the question is no meeting that never was."""
    annual = tmp_path / "arsmote_2007-08-05.txt"
    annual.write_text("Protokoll Årsmötet 2007-08-05\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Årsavgift\n"
                      "Årsavgiften fastställdes till 30:-/medlem.\n", encoding="utf-8")
    later = tmp_path / "arsmote_2015-08-15.txt"
    later.write_text("Protokoll Årsmötet 2015-08-15\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Val\n"
                     "Styrelsen omvaldes.\n", encoding="utf-8")
    board = tmp_path / "styrelsemote_2011-08-11.txt"
    board.write_text("Protokoll Styrelsemöte 2011-08-11\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Ekonomi\n"
                     "Ekonomin visar på ett minus-resultat.\nOförändrad årsavgift, dvs. 35:-/medlem och år kommer att "
                     "föreslås årsmötet.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, annual, later, board, refusal_threshold=0.0).ask(
        "vad skulle årsavgiften per medlem bli enligt styrelsens förslag inför årsmötet 2011?")
    assert answer.found and "35:-/medlem" in answer.answer, answer.answer


def test_a_meeting_named_by_the_hour_it_opened_is_that_meeting(tmp_path) -> None:
    """"Var hölls DM-mötet som Lovisa öppnade kl 17.38": of a section's undated minutes, the one that began at 17:38
    answers, not the others."""
    paths = []
    for n, (hours, place) in enumerate((("17:38-20:31", "Sal 1537, KTH"), ("17:42-21:30", "H1, KTH"),
                                         ("18:00-20:00", "Kårhuset"))):
        path = tmp_path / f"protokoll_dm_{n}.txt"
        path.write_text(f"Protokoll fört vid DM, Datasektionen\n\nTid: {hours}\nPlats: {place}\n\n"
                        f"§ 1 Mötets öppnande\nLovisa öppnade mötet kl. {hours[:5]}.\n\n§ 2 Val av justerare\n"
                        f"Per Nyberg valdes.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n", encoding="utf-8")
        paths.append(path)
    assistant = indexed_files(tmp_path, *paths, refusal_threshold=0.0)
    asked = assistant.analyse("Var hölls DM-mötet som Lovisa öppnade kl 17.38?", None)
    assert len(asked.meetings) == 1 and asked.meetings[0].startswith("protokoll-dm-0"), asked.meetings
    assert "Sal 1537" in assistant.ask("Var hölls DM-mötet som Lovisa öppnade kl 17.38?").answer


def test_an_election_asked_of_a_year_in_a_report_of_many_years_meetings_is_that_years(tmp_path) -> None:
    """"vilka utsågs till hedersmedlemmar 2006" of an undated report with a heading per annual meeting ("Årsmötet
    2004", "Årsmötet 2006"): not the election under another year's heading, which the year would then refuse."""
    answer = indexed(tmp_path, "arsmotesreferat_2002-2010.txt", (
        "Referat från årsmöten\n\nÅrsmötet 2004\n\nFörbundets årsmöte hölls i Skövde. Föregående års verksamhet "
        "godkändes och styrelsen omvaldes.\nTill ny hedersmedlem utsågs Bo Nordgren, Skövde.\n\nÅrsmötet 2006\n\n"
        "Förbundets årsmöte hölls i Lidköping. Verksamheten godkändes och årsavgiften blev oförändrad.\nPå årsmötet "
        "utsågs även tre hedersmedlemmar: Gunnel Johansson Hjo, Arne Elmgren Torestorp och Egon Andersson "
        "Lidköping.\n\nÅrsmötet 2008\n\nFörbundets årsmöte hölls i Alingsås. Styrelsen omvaldes.\n"),
        refusal_threshold=0.0).ask("vilka utsågs till hedersmedlemmar 2006")
    assert "Gunnel Johansson" in answer.answer and "Bo Nordgren" not in answer.answer, answer.answer


def test_an_election_of_another_years_meeting_does_not_answer_the_year_asked(tmp_path) -> None:
    """"vem blev årets amatörkörsven för 2017": the 2013 minutes' "valdes enhälligt till Årets amatörkörsven" names
    the post, the 2018 minutes' "val av Jessika Sidäck till årets körsven för 2017" the year; not 2012's winner."""
    old = tmp_path / "styrelsemote_2013-06-01.txt"
    old.write_text("Protokoll Styrelsemöte 2013-06-01\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                   "§ 6 Årets amatörkörsven 2012\nLasse Punkari valdes enhälligt till Årets amatörkörsven.\n",
                   encoding="utf-8")
    new = tmp_path / "telefonmote_2018-01-22.txt"
    new.write_text("Protokoll Telefonmöte 2018-01-22\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                   "§ 6 Årets amatörkörsven 2017\nBeslut: enhälligt val av Jessika Sidäck till årets körsven för 2017. "
                   "Prisas på Bergsåkers gala i feb.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, old, new, refusal_threshold=0.0).ask("vem blev årets amatörkörsven för 2017?")
    assert "Jessika Sidäck" in answer.answer and "Punkari" not in answer.answer, answer.answer


def test_a_body_asked_by_its_initials_is_no_subject_its_minutes_must_name(tmp_path) -> None:
    """"ktn § 76 – vad var det för ärende": "ktn" picks Kultur- och tekniknämnden's minutes, which never write
    "ktn"; weighed as a subject it made the right passage too weak to answer."""
    paths = []
    for name, body in (("ktn_2018-08-24.txt", "Kultur- och tekniknämnden"), ("ks_2018-08-20.txt", "Kommunstyrelsen")):
        path = tmp_path / name
        path.write_text(f"Protokoll {body} {name[-14:-4]}\n\n§ 76 Fyllnadsval efter Roger Boork\nBeslut\n"
                        f"{body} väljer Eva Ek.\n", encoding="utf-8")
        paths.append(path)
    asked = indexed_files(tmp_path, *paths).analyse("ktn § 76 – vad var det för ärende", None)
    assert asked.filters.body == "Kultur- och tekniknämnden"
    assert "ktn" not in asked.subject_terms and "ktn" not in asked.topic, (asked.subject_terms, asked.topic)


def test_a_list_of_those_present_runs_on_over_a_blank_line_it_breaks_mid_list(tmp_path) -> None:
    """"Närvarande: …, Jill Skog, Britt-Louise" / "" / "Ahlström, Solweig Lundkvist och Maria Annell.": a list cut
    by a blank line in the middle (a page break, a printed web page) goes on to its full stop; a paragraph after a
    list that ended does not join it."""
    text = ("Protokoll\n\nLokala Hyresgästföreningen den 3 oktober 2019\n\n"
            "Närvarande: Torbjörn Lindell, Bengt-Åke Alm, Jill Skog, Britt-Louise\n\n"
            "Ahlström, Solweig Lundkvist och Maria Annell.\n\n§ 77 Ordförande Torbjörn öppnar mötet.\n\n"
            "§ 78 Ekonomi:\nKassan är god.\n")
    assistant = indexed(tmp_path, "lh-2019-10-03.txt", text)
    doc = assistant.documents()[0]["doc_id"]
    names = {p.name for p in assistant.meetings.people(doc)}
    assert {"Jill Skog", "Solweig Lundkvist", "Maria Annell"} <= names, names
    assert not any("Torbjörn öppnar" in n for n in names), names
