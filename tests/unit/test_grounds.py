""""Varför" answered from a motivation that lays out its facts before it judges them, and judges one thing a
paragraph: the grounds are the facts and each paragraph's judgement, not only the sentence that says "bedömer"."""

from __future__ import annotations


def assert_exact(assistant, answer) -> None:
    for c in answer.citations + answer.more_citations:
        assert assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote, c


def test_the_facts_a_judgement_follows_in_its_paragraph_are_the_grounds(fast_assistant) -> None:
    answer = fast_assistant.ask("varför beviljas inte strandskyddsdispens för materialgården på ölmanäs 3:20")
    assert "inom 100 meter från Getakärr" in answer.answer and "300 meter" in answer.answer, answer.answer
    assert_exact(fast_assistant, answer)


def test_each_later_paragraph_that_judges_is_a_ground_of_its_own(fast_assistant) -> None:
    answer = fast_assistant.ask("varför nekas strandskyddsdispens för solcellerna på älenäs 1:3")
    assert "300 meter från sjön Lygnern" in answer.answer, answer.answer
    assert "brukningsvärd jordbruksmark" in answer.answer, answer.answer
    assert_exact(fast_assistant, answer)


def test_a_paragraph_broken_inside_a_sentence_is_not_quoted_from_its_broken_start(fast_assistant) -> None:
    """Dannebacka's motivation is preceded by "… sökanden måste kunna visa ett tillfälligt" / "" / "behov som …":
    the quote opens with the judgement, not with half a sentence."""
    answer = fast_assistant.ask("varför avslogs det tidsbegränsade bygglovet för husvagnen på dannebacka 1:4")
    assert "- Förvaltningen gör bedömningen att åtgärden inte är av tillfällig karaktär" in answer.answer, answer.answer
    assert "behov som tillgodoses av åtgärden. Förvaltningen" not in answer.answer
    assert_exact(fast_assistant, answer)


def test_what_therefore_sums_up_is_the_reason(fast_assistant) -> None:
    """"Planen har därför varit att ersätta … motorvärmaruttag med laddboxar": the two sentences of its paragraph
    before it say why."""
    answer = fast_assistant.ask("av vilken anledning ska motorvärmaruttagen ersättas med laddboxar enligt motionen "
                                "om elbilsladdare")
    assert "Idag laddas elbilar via motorvärmare" in answer.answer, answer.answer
    assert "ingen rekommendation att göra så" in answer.answer, answer.answer
    assert_exact(fast_assistant, answer)


def test_the_word_for_a_reason_is_no_subject_the_documents_must_use(tmp_path) -> None:
    """"vad var huvudanledningen till stormötet": what is asked is a reason, which the minutes give as "Främsta
    anledningen är …"; "huvudanledningen" is no subject they lack."""
    from conftest import indexed

    text = ("Protokoll fört vid styrelsens lunchmöte 970908\n\n1. Mötets öppnande\n\n6. Stormöte  Vad ska behandlas på "
            "stormötet 22/9? Främsta anledningen är\nju valet av representanter och suppleanter i sektionens "
            "fullmäktige.\n\n7. Övrigt\n\nInget.\n")
    assistant = indexed(tmp_path, "styrelsemote_1997-09-08.txt", text)
    answer = assistant.ask("vad var huvudanledningen till stormötet?")
    assert answer.found and "representanter och suppleanter" in answer.answer, answer.answer


COST_MINUTES = """Protokoll Kultur- och fritidsnämnden 2024-05-14

§ 12 Tilläggsanslag ny simhall
Dnr KFN 2023/118
Tekniska kontoret har inkommit med en skrivelse om tilläggsanslag för den nya simhallen i Åby.
Efter en förnyad upphandling av ventilationen har en revidering av projektkalkylen gjorts vilket innebär
en kostnadsökning med 8 mnkr.

Beslut
Kultur- och fritidsnämnden föreslår kommunfullmäktige att anslå ytterligare 8 000 000 kronor till simhallen.

§ 13 Årsbokslut 2023
Kultur- och fritidsnämnden redovisar för 2023 en negativ budgetavvikelse med -3,2 mnkr.
Underskottet består av högre kostnader för lokalvård och el i samtliga anläggningar.

Beslut
Nämnden godkänner årsbokslutet.
"""


def test_why_something_got_dearer_is_what_the_cost_increase_follows_from(fast_assistant, tmp_path) -> None:
    """"varför blev det dyrare då?" after the decision on a supplementary grant: the sentence that says what the
    cost increase follows from ("… har en revidering av projektkalkylen gjorts vilket innebär en kostnadsökning"),
    "dyrare" meeting "kostnad", not the year-end deficit of another item."""
    path = tmp_path / "kfn-protokoll-2024-05-14.txt"
    path.write_text(COST_MINUTES, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    history = [{"role": "user", "content": "vad beslutade kultur- och fritidsnämnden om simhallen i maj 2024"},
               {"role": "assistant", "content": "Nämnden föreslog kommunfullmäktige att anslå ytterligare 8 000 000 "
                                                "kronor till simhallen."}]
    answer = fast_assistant.ask("varför blev det dyrare då?", history)
    assert "revidering av projektkalkylen" in answer.answer, answer.answer
    assert "budgetavvikelse" not in answer.answer, answer.answer
    assert_exact(fast_assistant, answer)
