"""A question's words read against the documents: typos, compounds the documents never write, a body named as an
author."""

from __future__ import annotations

from pathlib import Path

from assistant.index.lexical import LexicalIndex
from conftest import indexed, make_assistant
from fakes import HashingEmbedder


def _index(*texts: str) -> LexicalIndex:
    return LexicalIndex.build([f"c{i}" for i in range(len(texts))], list(texts))


def test_a_typo_is_read_as_the_word_the_documents_use() -> None:
    lexical = _index("Institutionsstyrelsen sammanträder i mars.", "Tvättstugorna rustas upp.")
    stem = lexical.tokenizer.tokens
    assert lexical.known(stem("institutionsstyrlsen")[0]) == stem("institutionsstyrelsen")[0]
    assert lexical.known(stem("TväUstugorna")[0]) == stem("tvättstugorna")[0]


def test_a_compound_with_another_head_is_another_word_not_a_typo() -> None:
    lexical = _index("Institutionsstyrelsen sammanträder i mars.", "Ett möte hölls.")
    term = lexical.tokenizer.tokens("institutionsmöte")[0]
    assert lexical.known(term) is None


def test_a_compound_the_documents_misspell_is_read_as_their_spelling() -> None:
    """"samarbetskonsert" asked, "sammarbetskonsert" written (a typo in the minutes): a long compound one letter off
    is the same word; a shorter compound of corpus words stays a word of its own."""
    lexical = _index("Eventuell sammarbetskonsert med annan kör.", "Samarbete och konsert.", "Ett årsmöte hölls.")
    stem = lexical.tokenizer.tokens
    assert lexical.known(stem("samarbetskonsert")[0]) == stem("sammarbetskonsert")[0]
    assert lexical.known(stem("vårmöte")[0]) is None


def _section_minutes(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    proposition = ("Sektionen för Exempelteknik\nProposition till sektionsmötet 2020-05-04\n\n"
                   "Byta från gul till lila\n\nBakgrund\nSektionen har länge haft gul färg på märken och hemsidan. "
                   "Styrelsen anser att vi byter färg till lila, en kunglig färg.\n\nYrkande\n"
                   "Med anledning av ovanstående yrkar styrelsen\natt lila ska bli den nya gula\n")
    renovation = ("Protokoll sektionsmöte 2021-02-10\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Köket\n"
                  "Renoveringen av köket har en kostnad på 40 000 kr för bänkar och 25 000 kr för ugnen. "
                  "Den totala ytan är 30 kvadratmeter. Mötet var öppet för alla från sektionen.\n")
    paths = [folder / "proposition.txt", folder / "protokoll.txt"]
    for path, text in zip(paths, (proposition, renovation)):
        path.write_text(text, encoding="utf-8")
    for n in range(1, 25):  # enough passages that the words asked are rare ones
        paths.append(folder / f"styrelse-{n}.txt")
        paths[-1].write_text(f"Protokoll styrelsemöte 2021-{n % 12 + 1:02d}-{n + 1:02d}\n\n1. Mötets öppnande\n"
                             f"Mötet öppnades.\n\n2. Städning\nStyrelsen beslutade att städa {n} rum.\n", encoding="utf-8")
    return paths


def test_a_compound_of_words_one_passage_uses_together_is_the_askers_word_for_it(tmp_path: Path) -> None:
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest(_section_minutes(tmp_path)).errors
    answer = assistant.ask("vad yrkade styrelsen i propositionen om färgbyte")
    assert answer.found and "lila ska bli den nya gula" in answer.answer, answer.answer
    assert not assistant.ask("vad blev totalkostnaden för köket").found  # costs, but never a total
    assert not assistant.ask("vilka i sektionen var frånvarande").found  # no "från" said with "var"


def test_a_body_named_as_the_author_of_a_document_need_not_have_met_in_the_month_asked(tmp_path: Path) -> None:
    """"enligt styrelsens proposition i februari": the month dates the proposition and the meeting it went to."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {
        "styrelsemote-2021-03-04.txt": ("Styrelsen\nProtokoll 2021-03-04\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                                        "§ 2 Städning\nStyrelsen beslutade att städa lokalen.\n"),
        "sektionsmote-2021-02-25.txt": ("Protokoll sektionsmöte 2021-02-25\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                                        "§ 2 Proposition om köksrenovering\nStyrelsen föreslår i sin proposition att "
                                        "köket renoveras. Sektionen står för 250 000 kr av kostnaden.\n"
                                        "Sektionsmötet beslutade att bifalla propositionen.\n")}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest(sorted(folder.iterdir())).errors
    answer = assistant.ask("hur mycket av köksrenoveringen skulle sektionen stå för enligt styrelsens proposition i "
                           "februari 2021")
    assert answer.found and "250 000 kr" in answer.answer, answer.answer


ENGLISH_MINUTES = """Minutes of the annual meeting of the Example Student Association, 2020-06-09

1. Opening of the meeting
The chair opened the meeting at 18:00.

2. Election of the board
Anna Berg was elected chairperson for the coming year. Omar Said was elected treasurer.
The meeting elected Eva Lind as auditor.

3. Membership fee
The membership fee for 2020/2021 will be 50 SEK.

4. Closing of the meeting
The chair closed the meeting.
"""


def test_a_swedish_question_finds_minutes_written_in_english(tmp_path: Path) -> None:
    """"kassör" never meets "treasurer" in the lexical half: the glossary read the other way gives the English word
    the documents use."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "annual-meeting-2020-06-09.txt").write_text(ENGLISH_MINUTES, encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([folder / "annual-meeting-2020-06-09.txt"]).errors
    answer = assistant.ask("vem valdes till kassör på årsmötet")
    assert answer.found and "Omar Said was elected treasurer" in answer.answer, answer.answer


def test_a_meeting_that_went_on_is_found_as_resumed(tmp_path: Path) -> None:
    """Minutes record "Mötet återupptas kl 18:57" and "ajourneras"; askers say "fortsatte" and "pausade"."""
    from assistant.swedish import content_terms

    assert content_terms("när pausade styrelsen") & content_terms("Sammanträdet ajourneras kl 12.00")
    assert not content_terms("fortsatte") & content_terms("pausas")
    items = "".join(f"§ {n} Verksamhetsberättelse del {n}\n\nMötet lägger berättelsens del {n} till handlingarna "
                    "efter en kort genomgång av ordföranden.\n\n" for n in range(1, 7))
    assistant = indexed(tmp_path, "varmote-2019-05-20.txt",
                        "Protokoll vårmöte Datorföreningen\n\nDatum: 2019-05-20\nTid: 17:15\nPlats: Sal A\n\n" + items +
                        "§ 7 Val av styrelse\n\nMötet väljer Lisa Ek till ordförande.\n\nMötet ajourneras för fika kl "
                        "18:10\n\nMötet återupptas kl 18:40\n\n§ 8 Övrigt\n\nInga övriga frågor.\n")
    answer = assistant.ask("när pausade vårmötet för fika och när fortsatte det")
    assert "18:10" in answer.answer and "18:40" in answer.answer, answer.answer


def test_who_was_absent_is_found_where_the_minutes_write_not_present(tmp_path: Path) -> None:
    """Askers say "frånvarande"; minutes often write "Ej närvarande: …"."""
    assistant = indexed(tmp_path, "styrelsemote-2015-11-07.txt",
                        "Styrelsemöte 2015-11-07\n\n1. Mötet öppnas\n2. Dagordningens godkännande\nDagordningen "
                        "godkänns.\n\n3. Adjungerande\nNärvarande: Foxears, Ailue, Leffe, Rebecca\n"
                        "Ej närvarande: Emmis och TraXy\n\n4. Plats för lägret\nMötet beslutar att styrelsen "
                        "söker en lokal i Göteborg.\n", refusal_threshold=0.0)  # the hashing embedder: no meaning
    answer = assistant.ask("vilka var frånvarande på styrelsemötet 7 november 2015")
    assert answer.found and "Emmis och TraXy" in answer.answer, answer.answer


def test_what_someone_earns_is_an_amount_the_minutes_may_not_give(tmp_path: Path) -> None:
    """"vad tjänar styrelseledamöterna": minutes that elect the board but state no fee say so; minutes that state
    the fee answer with it."""
    assistant = indexed(tmp_path, "arsmote-2023-07-25.txt",
                        "Protokoll årsmöte Sjöviks byalag\n\nDatum: 2023-07-25\n\n§ 13 Val av styrelseledamöter\n\n"
                        "Årsmötet valde Carl Berg och Ylva Lund till styrelseledamöter för två år.\n\n"
                        "§ 14 Mötets avslutande\n\nOrdföranden avslutade mötet.\n")
    assert not assistant.ask("vad tjänar styrelseledamöterna i sjöviks byalag").found
    paid = tmp_path / "arsmote-2024-07-23.txt"
    paid.write_text("Protokoll årsmöte Sjöviks byalag\n\nDatum: 2024-07-23\n\n§ 9 Arvoden\n\n"
                    "Årsmötet beslutade att styrelseledamöterna får ett arvode om 2 000 kr per år.\n", encoding="utf-8")
    assert not assistant.ingest([paid]).errors
    answer = assistant.ask("vad tjänar styrelseledamöterna i sjöviks byalag")
    assert answer.found and "2 000 kr" in answer.answer, answer.answer


def test_who_took_on_what_lists_each_person_with_their_task(tmp_path: Path) -> None:
    """"vem tog på sig vad inför X": the bullets under X's heading name no X, but each says who does what."""
    assistant = indexed(tmp_path, "styrelsemote-2018-09-25.txt",
                        "Protokoll styrelsemöte Datorklubben\n\nDatum: 2018-09-25\n\n7 Ekonomi\n\nKassören redogör "
                        "för läget. Kontot har 12 000 kr.\n\n8 Övriga frågor\n\n8.1 Julfesten\n\nPlanering inför "
                        "julfesten bedöms börja snarast då lokaler bokas upp tidigt. Preliminärt sätts datum i mitten "
                        "av december.\n\n• Frida tar på sig ansvaret att kontakta kören.\n\n• August tar på sig "
                        "ansvaret att boka aulan.\n\n• Fredrik tar på sig ansvaret att beställa mat.\n\n"
                        "9 Mötets avslutande\n\nOrdföranden förklarade mötet avslutat 19:05.\n")
    answer = assistant.ask("vem tog på sig vad inför julfesten på styrelsemötet 25 september 2018?")
    assert all(task in answer.answer for task in ("kontakta kören", "boka aulan", "beställa mat")), answer.answer


def test_the_second_part_is_answered_by_its_own_words(fast_assistant) -> None:
    """"… och när fortsatte det": asked after the pause, its answer is the line that says when the meeting went
    on ("Mötet återupptas kl 18:57"), not again the pause that shares more of the whole question's words."""
    answer = fast_assistant.ask("när pausade vårmötet 2018 för pizza och när fortsatte det")
    assert "18:15" in answer.answer and "18:57" in answer.answer, answer.answer


def test_numbers_a_question_enumerates_are_each_answered(tmp_path: Path) -> None:
    """"vid 20, 30 och 40 års tjänstgöring": each number the question lists gets the row that opens with it, not
    only the sentence that repeats all three."""
    assistant = indexed(tmp_path, "personalsektionen-2023-03-28.txt",
                        "Protokoll Personalsektionen\n\nDatum: 2023-03-28\n\n§ 17 Uppvaktningar och gåvor\n\n"
                        "Vid uppvaktning av anställda för 20, 30 och 40 års tjänstgöring har silverskedar (värde ca "
                        "170 €) tilldelats. Då lagret nu är slut fastställer sektionen eurobelopp för uppvaktningarna.\n\n"
                        "Nivåerna för uppvaktningarna är:\n20 års tjänstgöring 150 €\n30 års tjänstgöring 175 €\n"
                        "40 års tjänstgöring 200 €\n\nPersonalsektionens beslut:\n\nÄrendet antecknades för kännedom.\n")
    answer = assistant.ask("hur stora är eurobeloppen för uppvaktning vid 20, 30 och 40 års tjänstgöring")
    assert all(amount in answer.answer for amount in ("150 €", "175 €", "200 €")), answer.answer


def test_in_total_frames_an_amount_and_is_no_subject_the_documents_lack(tmp_path: Path) -> None:
    """"vad gick budgeten för festen på totalt": "totalt" asks for the sum (the stemmer reads it as a participle
    no document uses), it is not what the budget is about."""
    text = ("Protokoll, styrelsemöte 20 februari 2011\n\n1. Mötet öppnades.\n\n2. Festen\n\n• Budget för festen\n\n"
            "Affischering 300 kr\nSoppa 300 kr\nSumma 730 kr\n")
    assistant = indexed(tmp_path, "styrelse_2011-02-20.txt", text)
    answer = assistant.ask("vad gick budgeten för festen på totalt?")
    assert answer.found and "730" in answer.answer, answer.answer


def test_a_short_definite_neuter_the_stemmer_leaves_whole_is_a_known_word(tmp_path: Path) -> None:
    """"bygget" of minutes that write "bygglov" and "byggnad": a word of theirs, not an unknown subject."""
    text = ("Protokoll Bygg- och miljönämnden 2026-06-16\n\n§ 55 Gjutaren 23, bygglov för nybyggnad av industribyggnad\n\n"
            "Beslut\n\nBygglov beviljas. Utsedd kontrollansvarig är Anton Toni Schmidt, Behörighetsnivå Komplicerad.\n")
    assistant = indexed(tmp_path, "protokoll_2026-06-16.txt", text)
    answer = assistant.ask("Vem är kontrollansvarig för bygget på Gjutaren 23?")
    assert answer.found and "Anton Toni Schmidt" in answer.answer, answer.answer


def test_an_english_question_with_a_when_clause_asks_what_its_question_word_asks() -> None:
    """"What fee was set for supporting members when the association was founded": a fee, at the founding; the
    glossary gives the Swedish words the minutes use (stödmedlem, bildades), and "deputy board members" are
    suppleanter."""
    from assistant.answer.asked import attribute_of
    from assistant.answer.english import glossary_words

    assert attribute_of("what membership fee was set for supporting members when the association was founded?") != \
        "time"
    assert attribute_of("when was the association founded?") == "time"
    assert attribute_of("who chaired the meeting when the budget was decided?") == "person"
    assert {"stödmedlem", "bildades", "suppleanter"} <= set(
        glossary_words("supporting members founded deputy board members").split())
    assert "återupptas" in glossary_words("when did it resume").split()  # "Mötet återupptas kl 18:57"


def test_spoken_fillers_ask_nothing() -> None:
    """"Var skulle årsmötet hållas, alltså hur deltar man?": "alltså", "liksom", "egentligen" are no topic the
    documents must name; "val" (what "väl" folds to) stays a word."""
    from assistant.swedish import content_terms

    assert content_terms("alltså asså liksom ju nog egentligen") == set()
    assert content_terms("val av ordförande") == {"val", "ordfor"}


def test_whether_a_meeting_met_in_person_or_online_asks_where_it_was_held() -> None:
    """"Träffades styrelsen fysiskt på septembermötet eller hur gick det till?": the place ("Plats: Digitalt via
    Zoom") answers; "kan man skicka röstsedeln digitalt" asks no place."""
    from assistant.answer.asked import attribute_of

    assert attribute_of("träffades styrelsen fysiskt på septembermötet 2020 eller hur gick det till?") == "place"
    assert attribute_of("hölls mötet fysiskt eller digitalt") == "place"
    assert attribute_of("kan man skicka röstsedeln digitalt") != "place"


def test_words_of_a_sloppy_question_about_the_reported_delegated_decisions() -> None:
    """"delegationsbesluten som anmäldes på bun i mars, vilken period gällde dom?": "dom" is them, "vilken period"
    asks a span of time, the delegated decisions are a report (no decision asked), and "anmäldes" is the item's
    "Anmälan"."""
    from assistant.answer.asked import ASKS_DECISION, ASKING_TERMS, attribute_of
    from assistant.answer.term_match import matches
    from assistant.swedish import content_terms

    question = "delegationsbesluten som anmäldes på bun i mars, vilken period gällde dom?"
    assert "dom" not in content_terms(question) and not content_terms("period") - ASKING_TERMS
    assert attribute_of(question) == "time" and not ASKS_DECISION.search(question)
    assert ASKS_DECISION.search("vad beslutade bun om delegationsordningen")
    assert matches(content_terms("anmäldes"), content_terms("§ 39 Anmälan om delegationsbeslut"))
    assert matches(content_terms("ansökte"), content_terms("ansökan om bygglov"))
    assert not matches(content_terms("anmäldes"), content_terms("anmärkning"))


def test_taking_someones_place_asks_who_not_where() -> None:
    from assistant.answer.asked import attribute_of
    assert attribute_of("vem tog hans plats i arbetsutskottet då?") == "person"
    assert attribute_of("vem tog stig-arne tengmers plats i arbetsutskottet?") == "person"
    assert attribute_of("vem fick hennes plats i styrelsen") == "person"
    assert attribute_of("vilken plats hade mötet?") == "place"
    assert attribute_of("var hölls mötet") == "place"


def test_the_role_someone_acts_together_with_is_not_asked() -> None:
    from assistant.answer.asked import roles_of
    assert roles_of("vem ska justera protokollet ihop med ordf på srb 13 dec") == ("justerare",)
    assert roles_of("vem justerar tillsammans med ordföranden") == ("justerare",)
    assert roles_of("vem var ordförande och vem justerade") == ("justerare", "ordförande")


def test_the_meeting_named_by_the_day_its_minutes_were_checked_asks_no_justerare() -> None:
    """"tjänstgjorde Ferid Letic på ks-mötet som justerades 24 mars 2014?": the justering names the meeting."""
    from assistant.answer.asked import roles_of

    assert roles_of("tjänstgjorde ferid letic på ks-mötet som justerades 24 mars 2014?") == ()
    assert roles_of("vem justerade protokollet som justerades 24 mars") == ("justerare",)


def test_a_role_a_yes_no_question_asks_what_it_must_do_is_not_who_holds_it() -> None:
    """"Måste ordföranden numera också attestera fakturorna?": what the chair must do, not who chairs."""
    from assistant.answer.asked import roles_asked

    asked = "Måste ordföranden numera också attestera fakturorna, eller räcker det med kassören?"
    assert roles_asked(asked, asked) == ()
    assert roles_asked("ska kassören skriva under", "ska kassören skriva under") == ()
    assert roles_asked("vem ska vara ordförande", "vem ska vara ordförande") == ("ordförande",)


def test_who_could_not_come_is_who_the_minutes_list_as_prevented() -> None:
    """"vilka kunde inte komma" meets "Förhindrade: …", "Anmält förhinder: …" and "Frånvarande: …"."""
    from assistant.swedish import content_terms

    asked = content_terms("vilka i styrelsen kunde inte komma på mötet 2 feb 2015")
    for listed in ("Förhindrade: Edit Eriksson och Ingela Nilsson", "Anmält förhinder: Suzanne Lundvall",
                   "Frånvarande: Per Holm", "Ej närvarande: Emmis"):
        assert "franvar" in asked & content_terms(listed), listed
    assert "franvar" not in content_terms("vilka kom på mötet") | content_terms("Vid förhinder meddela sekreteraren.")


def test_a_federation_meeting_asked_in_english_is_a_förbundsmöte() -> None:
    from assistant.answer.english import glossary_words

    assert "förbundsmöte" in glossary_words("who was secretary at the 2020 federation meeting?")
    assert "tolkar" in glossary_words("who were the interpreters at the annual meeting in april 2023?")


def test_the_day_a_meeting_was_put_off_to_is_the_one_the_putting_off_names(tmp_path: Path) -> None:
    """"årsmötet sköts upp – till vilket datum?": the sentence that puts it off to a day ("senarelägga årsmötet till
    lördag den 12 juni"), not the day the news was signed nor the day first planned alone."""
    news = ("Ösby Tennisklubbs årsmöte, planerat till den 20 mars, skjuts upp.\n\n"
            "Med anledning av smittspridningen har styrelsen beslutat att senarelägga årsmötet till lördag "
            "den 12 juni.\n\nÖsby den 2 mars 2021\nStyrelsen för Ösby Tennisklubb\n")
    assistant = indexed(tmp_path, "nyhet-arsmote-skjuts-upp-2021.txt", news, refusal_threshold=0.0)  # one page,
    # which the question's "sköts upp" does not word alike
    answer = assistant.ask("årsmötet 2021 sköts upp – till vilket datum?")
    assert "12 juni" in answer.answer, answer.answer


def test_how_many_meetings_a_body_held_in_a_year_is_no_meeting_that_was_not_held(tmp_path: Path) -> None:
    """"hur många styrelsemöten hade klubben 2012" asks a year's tally, which an annual report gives though no
    minutes of 2012 are indexed; "när hölls styrelsemötet 2012" asks of one meeting, and none of 2012 is."""
    from conftest import indexed_files

    report = tmp_path / "verksamhetsberattelse-2012.txt"
    report.write_text("Verksamhetsberättelse för Ösby Tennisklubb 2012\n\nStyrelsen har under året haft 6 "
                      "sammanträden. Klubben har 140 medlemmar.\n", encoding="utf-8")
    minutes = tmp_path / "styrelsemote-2013-03-05.txt"
    minutes.write_text("Protokoll styrelsemöte Ösby Tennisklubb 2013-03-05\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                       "2. Banorna\nBanorna öppnar i maj.\n\n3. Mötets avslutande\nMötet avslutades.\n",
                       encoding="utf-8")
    assistant = indexed_files(tmp_path, report, minutes)
    not_held = "har inget sammanträde under 2012"
    assert not_held not in assistant.ask("hur många styrelsemöten hade tennisklubben 2012?").answer
    assert not_held in assistant.ask("när hölls styrelsemötet 2012?").answer


def test_a_meeting_other_documents_tell_of_was_held_though_its_own_are_missing(tmp_path: Path) -> None:
    """The federation's annual meetings of 2023 and 2025 are indexed; the board's report tells of the 2024 one
    ("inför Förbundsårsmötet den 23-24 mars 2024 … i Umeå"): asked where that was, the report answers, and it is
    not refused as a meeting not held. One no document tells of (2022) is."""
    from conftest import indexed_files

    report = tmp_path / "styrelsemote-2023-11-20.txt"
    report.write_text("Rapport från styrelsemöte nr 9/2023 som genomfördes måndagen den 20 november 2023.\n\n"
                      "Förbundsårsmötet\nGeneralsekreteraren informerade om arbetet inför Förbundsårsmötet den "
                      "23-24 mars 2024 som planeras att genomföras i Umeå.\n", encoding="utf-8")
    meetings = []
    for year in (2023, 2025):
        meeting = tmp_path / f"forbundsarsmote-{year}.txt"
        meeting.write_text(f"Protokoll förbundsårsmötet {year}-03-25\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                           "2. Val av styrelse\nStyrelsen valdes.\n\n3. Mötets avslutande\nMötet avslutades.\n",
                           encoding="utf-8")
        meetings.append(meeting)
    assistant = indexed_files(tmp_path, report, *meetings)
    told = assistant.ask("förbundsårsmötet 2024 var väl i umeå?")
    assert "inget sammanträde" not in told.answer and "Umeå" in told.answer, told.answer
    assert "inget sammanträde under 2022" in assistant.ask("var hölls förbundsårsmötet 2022?").answer
    assert "inget sammanträde i februari 2024" in assistant.ask("var hölls förbundsårsmötet i februari 2024?").answer
    assert "inget sammanträde i mars 2024" not in assistant.ask("var hölls förbundsårsmötet i mars 2024?").answer
    autumn = assistant.ask("var hölls förbundsårsmötet hösten 2024?").answer
    assert "inget sammanträde under hösten 2024" in autumn


def test_the_municipality_named_as_a_place_names_no_meeting_held_there(tmp_path: Path) -> None:
    """"vem är ordförande i kf i vindeln": Vindeln is the municipality (Vindelns kommun), not the place of the
    board's meeting held at "Kommunhuset, Vindeln"; the question names no meeting day."""
    from conftest import indexed_files

    files = []
    for day, place in (("2019-04-09", "Kommunhuset, Vindeln"), ("2019-05-14", "Folkets hus, Åmsele")):
        path = tmp_path / f"ks-{day}.txt"
        path.write_text(f"VINDELNS KOMMUN\nProtokoll Kommunstyrelsen {day}\n\nPlats och tid: {place} "
                        f"{day} kl 13.00-15.00\n\n§ 1 Val av justerare\nAnna Berg utses att justera.\n\n"
                        "§ 2 Budget\nKommunstyrelsen beslutar att godkänna budgeten.\n", encoding="utf-8")
        files.append(path)
    other = tmp_path / "mn-2019-06-11.txt"
    other.write_text("LYCKSELE KOMMUN\nProtokoll Miljönämnden 2019-06-11\n\nPlats och tid: Stadshuset, Lycksele "
                     "2019-06-11 kl 09.00-11.00\n\n§ 1 Val av justerare\nPer Lind utses att justera.\n",
                     encoding="utf-8")
    assistant = indexed_files(tmp_path, *files, other)
    assert assistant.analyse("vem är ordförande i kf i vindeln").dates == ()


def test_another_organisations_meeting_is_told_of_by_the_boards_minutes_of_that_year(tmp_path: Path) -> None:
    """"vem fick föra klubbens talan på alliansens årsmöte 2007": the club's own annual meetings of other years are
    indexed, the alliance's meeting is told of in the board's minutes of 2007 by the question's own words, which
    answer; no meeting of the club's own Årsmötet in 2007 is no reason to refuse."""
    from conftest import indexed_files

    board = tmp_path / "styrelsemote-2007-02-28.txt"
    board.write_text("Protokoll styrelsemöte Ösby Bridgeklubb 2007-02-28\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                     "2. Inför alliansens årsmöte\nBeslutades att Robert Larsson får fullmakt att föra klubbens "
                     "talan vid mötet.\n\n3. Mötets avslutande\nMötet avslutades.\n", encoding="utf-8")
    annual = tmp_path / "arsmote-2010-02-13.txt"
    annual.write_text("Protokoll årsmöte Ösby Bridgeklubb 2010-02-13\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                      "§ 2 Val av ordförande\nTill ordförande valdes Eva Ek.\n", encoding="utf-8")
    assistant = indexed_files(tmp_path, board, annual)
    answer = assistant.ask("vem fick föra klubbens talan på alliansens årsmöte 2007")
    assert "Robert Larsson" in answer.answer, answer.answer
    assert "har inget sammanträde under 2008" in assistant.ask("vem valdes till ordförande på årsmötet 2008").answer


def test_when_asks_the_time_of_an_amounts_noun() -> None:
    """"från när gäller de nya arvodena", "när höjdes avgiften": the question word asks when; the fee is the topic.
    A sum asked for stays a sum ("hur mycket höjdes avgiften när stämman beslutade")."""
    from assistant.answer.asked import attribute_of

    assert attribute_of("ks 10 jan 2012, arvodesreglementet: från när gäller de nya arvodena för kommunalråden?") \
        == "time"
    assert attribute_of("när höjdes årsavgiften?") == "time"
    assert attribute_of("hur mycket höjdes avgiften när stämman beslutade?") == "amount"
    assert attribute_of("vad kostade festen när föreningen fyllde 50?") == "amount"
