"""Questions about what a municipal committee sets for a coming year (its meeting dates, a budget for that year) and
answers that quote each thing once."""

from __future__ import annotations

from pathlib import Path

from conftest import indexed_files


def _nämnd_minutes(folder: Path, day: str, items: str) -> Path:
    path = folder / f"tn-{day}.txt"
    path.write_text(f"Protokoll Tekniska nämnden {day}\n\nSammanträdesdatum: {day}\nPlats: Rådhuset\n\n{items}",
                    encoding="utf-8")
    return path


def _indexed(tmp_path: Path, *paths: Path):
    """A unit-tier assistant over the documents (relevance is not what these tests measure)."""
    return indexed_files(tmp_path, *paths, refusal_threshold=0.0)


def _committee(tmp_path: Path):
    september = _nämnd_minutes(tmp_path, "2025-09-01", (
        "§ 41 Delegationsordning\nBeslut\nTekniska nämnden beslutar att fastställa reviderad delegationsordning.\n\n"
        "§ 42 Sammanträdestider 2026 för tekniska nämnden\nBeslut\nNämnden fastställer sammanträdestider år 2026 "
        "enligt följande:\n2 februari\n23 mars\n4 maj\n7 december\nSammanträdena börjar klockan 18:30.\n"))
    december = _nämnd_minutes(tmp_path, "2025-12-08", (
        "§ 54 Revidering av villkor för seniorbiljett\nÄrendebeskrivning\nSeniorbiljetten ska gälla hela dagen. "
        "I budget för 2026 får tekniska nämnden ett budgettillskott om 100 tkr för att möjliggöra förändringen.\n"
        "Beslut\nTekniska nämnden beslutar att revidera villkoren för seniorbiljett.\n"))
    february = _nämnd_minutes(tmp_path, "2026-02-02", (
        "§ 1 Verksamhetsplan 2026\nBeslut\nTekniska nämnden beslutar att anta verksamhetsplan 2026.\n\n"
        "§ 2 Internkontroll 2025\nBeslut\nTekniska nämnden godkänner uppföljningen av internkontrollen.\n"))
    return _indexed(tmp_path, september, december, february)


def test_whom_a_decision_was_sent_to_is_its_expedieras_till_field(tmp_path) -> None:
    """"vem skickades beslutet om … till?": the item's "Beslutet expedieras till" (or "Beslutet ska skickas till"),
    as Lomma's minutes name the field, not the decision again."""
    from conftest import indexed

    minutes = ("Kultur- och fritidsnämnden  Sammanträdesprotokoll\nSammanträdesdatum 2026-03-23\n\n"
               "KFN § 10  KFN/2026:2\n\nFastställande av plan för intern kontroll 2026\n\nÄrendebeskrivning\n"
               "Plan för intern kontroll baseras på en risk- och väsentlighetsanalys.\n\nBeslut\nKultur- och "
               "fritidsnämnden beslutar:\n\n- att fastställa plan för intern kontroll 2026 enligt bilaga.\n\n"
               "Beslutet expedieras till:\nKommunstyrelsen\n\nKFN § 11\n\nVerksamhetsplan 2026\n\nBeslut\n"
               "Kultur- och fritidsnämnden beslutar:\n\n- att ta del av verksamhetsplanen.\n\n"
               "Beslutet expedieras till:\nFörvaltningschefen\n")
    answer = indexed(tmp_path, "kfn_protokoll_2026-03-23.txt", minutes).ask(
        "vem skickades beslutet om plan för intern kontroll till?")
    assert answer.found and "Kommunstyrelsen" in answer.answer, answer.answer
    assert "Förvaltningschefen" not in answer.answer
def test_the_meeting_dates_set_for_a_coming_year_are_the_schedule_item_not_the_meetings_own_date(tmp_path) -> None:
    """"vilka sammanträdesdatum för 2026": the item titled "Sammanträdestider 2026" lists them; the label
    "Sammanträdesdatum" over the minutes gives only the day of the meeting that set them."""
    assistant = _committee(tmp_path)
    answer = assistant.ask("vilka sammanträdesdatum för 2026 fastställde tekniska nämnden i september 2025?")
    assert answer.found and "23 mars" in answer.answer and "7 december" in answer.answer, answer.answer
    assert "delegationsordning" not in answer.answer, answer.answer  # the decision that also "fastställer"
    answer = assistant.ask("vilka mötesdatum har tekniska nämnden 2026?")  # a word the documents do not use
    assert answer.found and "23 mars" in answer.answer, answer.answer


def test_a_year_beside_the_body_may_be_the_year_the_money_is_for(tmp_path) -> None:
    """"får nämnden 2026": the 2026 meeting says nothing of it; the December meeting grants it for 2026."""
    answer = _committee(tmp_path).ask("hur stort budgettillskott får tekniska nämnden 2026 för seniorbiljetten?")
    assert answer.found and "100 tkr" in answer.answer, answer.answer
    assert {c.meeting_date for c in answer.citations} == {"2025-12-08"}


def test_a_sentence_restated_in_the_same_report_is_quoted_once_and_a_blank_value_never(tmp_path) -> None:
    report = tmp_path / "rapport.md"
    report.write_text(
        "# Rapport från beredningen för trygghet 2024\n\n## Sammanfattning\n\nBeredningen har fokuserat på fyra "
        "huvudområden: brottsförebyggande arbete, välfärdsbrott, socialtjänstens arbete och fysisk planering.\n\n"
        "## Avgränsning\n\nBeredningen för trygghet har fokuserat på fyra huvudområden, brottsförebyggande arbete, "
        "välfärdsbrott, socialtjänstens arbete och fysisk planering.\n\nKontrollansvarig för åtgärden är .\n",
        encoding="utf-8")
    assistant = _indexed(tmp_path, report)
    answer = assistant.ask("vilka fyra huvudområden har beredningen fokuserat på")
    assert answer.found and answer.answer.count("fyra huvudområden") == 1, answer.answer
    answer = assistant.ask("vem är kontrollansvarig för åtgärden?")
    assert "är ." not in answer.answer, answer.answer


def test_an_agenda_item_without_a_presenter_is_said_to_name_none(fast_assistant) -> None:
    """Region Västmanland's agenda names no föredragande for item 8 (nor anyone who informs): who presents it is not
    in the documents, and the answer says so at the item instead of quoting its text as if it named someone."""
    answer = fast_assistant.ask("vem är föredragande för punkten välfärdsbrottslighet på beredningen i december?")
    assert not answer.found and "ingen föredragande" in answer.answer, answer.answer
    assert [c.location for c in answer.citations] == ["punkt 8 Valfärdsbrottslighet"], answer.citations
    answer = fast_assistant.ask("vem föredrar punkten om trygghet på strategisk regional beredning 13 december?")
    assert answer.found and "Amanda Lindblad" in answer.answer, answer.answer  # "… informerar": the ones who present


def test_a_cost_asked_in_a_compound_or_in_kronor_needs_that_sum(fast_assistant) -> None:
    """"hyreskostnaden": Jönköping's item on Egnahemsskolan states the sum put at the technical committee's disposal,
    no rent; "i kronor": Doktor Lindh's motion only says three quotes exist."""
    rent = fast_assistant.ask("hur hög blir hyreskostnaden per år för Egnahemsskolan som förskola?")
    assert not rent.found and "31 200 000" not in rent.answer, rent.answer
    quotes = fast_assistant.ask("hur mycket landade offerterna för laddplatser i garaget på, i kronor?")
    assert not quotes.found, quotes.answer


def test_a_property_typed_without_swedish_letters_is_the_one_the_minutes_name(fast_assistant) -> None:
    """"alenas 1:3" is Kungsbacka's "ÄLENÄS 1:3" (§ 69 of 2024-02-29), not refused as unknown nor answered with
    another property's strandskydd; a designation no document names is still refused."""
    answer = fast_assistant.ask("vad var skalet till beslutet om strandskydd for alenas 1:3")
    assert answer.found and {c.location.split(" ", 2)[1] for c in answer.citations} == {"69"}, answer.citations
    assert "ALENÄS 1:9 nämns inte" in fast_assistant.ask("vad beslutades om ALENÄS 1:9").answer


def test_a_reason_goes_on_in_the_sentence_that_says_what_it_leads_to(tmp_path) -> None:
    """"… meddelat att en ny anslutning önskas." and then "Förutsättningarna gör att Trafikverket inte kommer godkänna
    …": the second sentence is the reason itself."""
    minutes = _nämnd_minutes(tmp_path, "2024-02-29", (
        "§ 60 STORA HULT 20:31 - Bygglov för tillbyggnad av enbostadshus\nBeslut\nTekniska nämnden avslår ansökan "
        "om bygglov.\nBeslutsmotivering\nTrafikverket har i sitt remissvar meddelat att det enligt handlingarna "
        "önskas en ny anslutning till statlig väg. Förutsättningar på platsen gör att Trafikverket inte kommer "
        "godkänna en ny väganslutning. Sökande har beretts tillfälle att yttra sig.\n"))
    assistant = _indexed(tmp_path, minutes)
    answer = assistant.ask("varför fick stora hult 20:31 avslag efter trafikverkets remissvar om anslutning?")
    assert "inte kommer godkänna en ny väganslutning" in answer.answer, answer.answer


def test_the_next_meeting_after_a_dated_one_of_a_body_named_by_its_initials(fast_assistant) -> None:
    """"SRB:s nästa sammanträde efter mötet den 13 december": Region Västmanland's agenda says when; "SRB" names the
    body (Strategisk regional beredning), it is no word the answer must find in the agenda's text."""
    answer = fast_assistant.ask("när är SRB:s nästa sammanträde efter mötet den 13 december?")
    assert answer.found and "7 februari 2025" in answer.answer, answer.answer


def test_a_reason_asked_brings_the_opening_of_the_background_it_is_found_in(tmp_path) -> None:
    """The list of changes matches "reviderades delegationsordningen"; why it was revised is the first sentence of
    the item's Ärendebeskrivning, a paragraph above it."""
    minutes = _nämnd_minutes(tmp_path, "2026-02-02", (
        "§ 2 Revidering av delegationsordning för tekniska nämnden\nÄrendebeskrivning\nUnder hösten 2025 har en "
        "organisationsöversyn genomförts, vilket resulterat i att kart och mät flyttas till miljönämnden.\n\n"
        "En fullständig översyn har gjorts av tekniska nämndens delegationsordning och några justeringar föreslås. "
        "Här en sammanställning av ändringarna:\n• Ändring av delegat för skadeståndsanspråk.\n• Rättelse av "
        "nummer i delegationsordningen.\n\nBeslut\nTekniska nämnden beslutar att fastställa reviderad "
        "delegationsordning.\n"))
    assistant = _indexed(tmp_path, minutes)
    answer = assistant.ask("varför gjordes en översyn av tekniska nämndens delegationsordning?")
    assert "organisationsöversyn" in answer.answer, answer.answer


def test_which_meeting_names_its_day_as_the_minutes_write_it(tmp_path) -> None:
    """"vid vilket möte informerades det om …": the answer quotes the line that dates the meeting ("Ägarrådets
    protokoll 21 april 2023"), not only the day the lead gives in ISO form."""
    owners = []
    for day, written, said in (("2022-10-14", "14 oktober 2022", "Inflyttning planeras till tidig höst 2023."),
                               ("2023-04-21", "21 april 2023", "Timrå gymnasium kommer ha lokaler i stationen.")):
        path = tmp_path / f"agarrad-{day}.txt"
        path.write_text(f"Ägarrådets protokoll {written}\n\nJustering och sekreterare\n\nPer Ek, sekreterare.\n\n"
                        f"1 § Sammanträdets öppnande\n\nSammanträdet öppnades.\n\n2 § Information om nya "
                        f"räddningsstationer\n\nJan Eriksson informerade om räddningsstationen i Timrå. {said}\n",
                        encoding="utf-8")
        owners.append(path)
    answer = _indexed(tmp_path, *owners).ask("Vid vilket möte informerades det om att Timrå gymnasium ska ha lokaler "
                                              "i räddningsstationen?")
    assert "lokaler i stationen" in answer.answer and "21 april 2023" in answer.answer, answer.answer
    assert any(c.quote == "Ägarrådets protokoll 21 april 2023" for c in answer.citations), answer.citations
    treated = _indexed(tmp_path, *owners).ask("När och av vilket organ behandlades informationen om att Timrå "
                                              "gymnasium ska ha lokaler i räddningsstationen?")
    assert "21 april 2023" in treated.answer, treated.answer  # "när … behandlades": the day, as written too


def test_a_second_part_asking_the_day_dates_the_meeting_the_first_part_found(tmp_path) -> None:
    """"Vilket organ godkände årsredovisningen för 2022, och vilket datum?": the decision, and the line that dates
    its meeting as the minutes write the day."""
    path = tmp_path / "direktion-2023-02-17.txt"
    path.write_text("Direktionens protokoll 17 februari 2023\n\nJustering och sekreterare\n\nPer Ek, sekreterare.\n\n"
                    "3 § Beslut om årsredovisning för 2022\n\nDirektionen beslutar\n\natt godkänna årsredovisning 2022."
                    "\n\nBakgrund\n\nFörbundet ska för varje år ta fram en årsredovisning.\n", encoding="utf-8")
    answer = _indexed(tmp_path, path).ask("Vilket organ godkände årsredovisningen för 2022, och vilket datum?")
    assert "godkänna årsredovisning 2022" in answer.answer and "17 februari 2023" in answer.answer, answer.answer


def test_when_something_is_planned_is_the_later_sentence_that_gives_the_time(tmp_path) -> None:
    """"När planeras inflyttningen i …": the sentence naming the building, and the later sentence of its paragraph
    that says when ("Inflyttning planeras till hösten 2026."), though it repeats few of the question's words."""
    path = tmp_path / "direktion-2024-05-31.txt"
    path.write_text("Direktionens protokoll 31 maj 2024\n\n36 § Information om ny brandstation\n\nNu är det klart att "
                    "en ny brandstation för räddningstjänsten kommer att\nuppföras invid Ösby idrottsplats. Bygglov "
                    "blir troligen klart innan midsommar.\nProjektering startar i juni 2024. Inflyttning planeras till "
                    "hösten 2026.\n", encoding="utf-8")
    answer = _indexed(tmp_path, path).ask("När planeras inflyttningen i den nya brandstationen för räddningstjänsten "
                                          "invid Ösby idrottsplats?")
    assert "hösten 2026" in answer.answer, answer.answer


def test_the_kind_of_meeting_and_the_years_of_a_mandate(tmp_path) -> None:
    """"När hade direktionen sitt konstituerande sammanträde?": the meeting whose head calls it so, not the latest;
    "… ordförande för mandatperioden 2023–2026": the years the mandate runs, not of the meeting that elected."""
    paths = []
    for day, written, kind, text in (
            ("2022-12-29", "29 december 2022", "konstituerande ", "Theresa Ros (M) väljs som ordförande för "
             "mandatperioden 2023—2026.\n\nÅsa Edv (SD) väljs som vice ordförande för mandatperioden 2023—2026."),
            ("2023-06-13", "13 juni 2023", "", "Direktionen godkänner delårsrapporten."),
            ("2024-02-06", "6 februari 2024", "", "Direktionen godkänner årsredovisningen.")):
        path = tmp_path / f"direktion-{day}.txt"
        path.write_text(f"Direktionens protokoll {written}\n\nProtokoll från direktionens {kind}sammanträde den "
                        f"{written}.\n\nÖsby kommunhus, Storgatan 5, kl 09.00—10.00.\n\nDirektionens beslut\n\n{text}\n",
                        encoding="utf-8")
        paths.append(path)
    assistant = _indexed(tmp_path, *paths)
    first = assistant.ask("När hade direktionen sitt konstituerande sammanträde?")
    assert "29 december 2022" in first.answer or "2022-12-29" in first.answer, first.answer
    assert not assistant.analyse("Vem valdes till direktionens ordförande för mandatperioden 2023–2026?").period.since
    chair = assistant.ask("Vem valdes till direktionens ordförande för mandatperioden 2023–2026?")
    assert "Theresa Ros" in chair.answer, chair.answer


def test_the_items_of_a_kind_at_the_meeting_of_a_month_named_as_one_word(tmp_path) -> None:
    """"Vilka strandskyddsdispenser behandlades på majmötet?": the month's one meeting ("majmötet" is no word of
    the documents), its items whose titles name the kind in the singular."""
    from conftest import indexed_files

    def minutes(day: str, items: list[str]) -> str:
        body = "\n\n".join(f"§ {n} {title}\n\nÄrendebeskrivning\n\nÄrendet avser {title.lower()}.\n\nBeslut\n\n"
                           f"Nämnden beslutar enligt förslaget." for n, title in items)
        return f"Protokoll\nBygg- och miljönämnden\n{day}\n\n{body}\n"

    may = tmp_path / "bmn_protokoll_2026-05-19.txt"
    may.write_text(minutes("2026-05-19", [(41, "Ekonomiuppföljning"), (42, "Ingared 4:101, strandskyddsdispens för "
                   "carport"), (43, "Lövekulle 1:26, strandskyddsdispens för transformatorstation"),
                   (44, "Delegerade beslut")]), encoding="utf-8")
    june = tmp_path / "bmn_protokoll_2026-06-16.txt"
    june.write_text(minutes("2026-06-16", [(50, "Västerbodarna 1:36, strandskyddsdispens för brygga"),
                                           (51, "Meddelanden")]), encoding="utf-8")
    assistant = indexed_files(tmp_path, may, june)
    answer = assistant.ask("Vilka strandskyddsdispenser behandlades på majmötet?")
    assert "Ingared 4:101" in answer.answer and "Lövekulle 1:26" in answer.answer, answer.answer
    assert "Västerbodarna" not in answer.answer and "Ekonomiuppföljning" not in answer.answer


def test_the_sub_items_of_the_one_item_of_a_kind_at_the_meeting_of_a_month(tmp_path) -> None:
    """"Vilka undergrupper rapporterade på styrelsemötet i mars 1995?": the month's one meeting has one item
    "Undergrupper", and its sub-items 5.1, 5.2 … are the groups."""
    from conftest import indexed_files

    def minutes(day: str, groups: list[str]) -> str:
        under = "\n".join(f"5.{n} {group} Rapporterade om terminens arbete." for n, group in enumerate(groups, 1))
        return (f"Protokoll fört vid styrelsens lunchmöte {day}\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
                f"2. Formalia\nDagordningen godkändes.\n3. Ekonomi\nKassan är god.\n4. Skrivelser\nInga.\n"
                f"5. Undergrupper\n{under}\n6. Mötets avslutande\nMötet avslutades.\n")

    march = tmp_path / "styrelsen-1995-03-06.txt"
    march.write_text(minutes("1995-03-06", ["Piraya", "Kuriren", "Pubgruppen"]), encoding="utf-8")
    may = tmp_path / "styrelsen-1995-05-08.txt"
    may.write_text(minutes("1995-05-08", ["Filmgruppen", "Kuriren"]), encoding="utf-8")
    answer = indexed_files(tmp_path, march, may).ask("Vilka undergrupper rapporterade på styrelsemötet i mars 1995?")
    assert all(group in answer.answer for group in ("Piraya", "Kuriren", "Pubgruppen")), answer.answer
    assert "Filmgruppen" not in answer.answer, answer.answer


def test_the_rows_listed_under_the_one_item_of_a_kind_at_a_dated_meeting(tmp_path) -> None:
    """"Vilka meddelanden finns på föredragningslistan 4/3?": the one item "Meddelanden för kännedom" lists them
    as rows under it; its title alone names none."""
    from conftest import indexed_files

    agenda = tmp_path / "kfn_foredragningslista_2026-03-04.txt"
    agenda.write_text("Föredragningslista Kultur- och fritidsnämnden 2026-03-04\n\n1 Val av justerare\n\n"
                      "2 Meddelanden för kännedom\n\nFörslag till beslut\n\nInformationen noteras.\n\nMeddelanden\n\n"
                      "- KFN2026-11 Skrivelse från hembygdsföreningen om bidrag till museet\n"
                      "- KFN2026-14 Minnesanteckningar från samverkansråd idrott 2026-02-10\n"
                      "- KFN2026-15 Länsstyrelsens beslut om fornlämning vid Tjolöholm\n\n"
                      "3 Bidrag till föreningar 2026\n\nFörslag till beslut\n\nNämnden fördelar bidragen enligt bilaga.\n",
                      encoding="utf-8")
    answer = indexed_files(tmp_path, agenda).ask("vilka meddelanden finns på kfn:s föredragningslista 4/3?")
    assert all(row in answer.answer for row in ("hembygdsföreningen", "samverkansråd idrott", "fornlämning")), \
        answer.answer


def test_the_case_number_of_an_item_named_by_its_subject(fast_assistant) -> None:
    """"vilket diarienummer har …": the dnr the minutes give the item whose title names it, quoted where it stands."""
    answer = fast_assistant.ask("vilket diarienummer har förhandsbeskedet för mossen 3:15?")
    assert answer.answer.startswith("Diarienummer i underlagen:") and "BN-2024-000187" in answer.answer, answer.answer
    text = fast_assistant.index.document_text(answer.citations[0].doc_id)
    assert text[answer.citations[0].start:answer.citations[0].end] == "BN-2024-000187"


def test_the_office_asked_names_the_sentence_more_than_the_case_does(tmp_path) -> None:
    """"Vem är kontrollansvarig för bygget på Gjutaren 23?": the sentence naming the kontrollansvarig, not a
    protokollsanteckning that names the property and the permit twice."""
    from conftest import indexed

    text = ("Protokoll\nBygg- och miljönämnden\n2026-06-16\n\n§ 55 Gjutaren 23, bygglov för nybyggnad av industribyggnad\n\n"
            "Beslut\n\nBygglov beviljas med stöd av 9 kap. 56 § Plan- och bygglagen.\n\nUtsedd kontrollansvarig är Anton "
            "Toni Schmidt, Behörighetsnivå Komplicerad.\n\nProtokollsanteckning\n\nSebastian Aronsson (S) lämnar följande "
            "protokollsanteckning: I ärendet om bygget på Gjutaren 23 lyfter vi fram räddningstjänstens remissvar om "
            "bygget.\n\nExpedieras till\n\nSökanden, Gjutaren 23\n")
    assistant = indexed(tmp_path, "bmn_protokoll_2026-06-16.txt", text)
    answer = assistant.ask("Vem är kontrollansvarig för bygget på Gjutaren 23?")
    assert "Anton Toni Schmidt" in answer.answer.split("\n\n")[0], answer.answer


def test_when_something_was_decided_names_the_meetings_day_as_written(tmp_path) -> None:
    """"När hölls styrelsemötet där propositionen antogs?", "när avgick X": the day of the meeting whose minutes
    record it, as they write it ("3-4 mars 2012")."""
    minutes = tmp_path / "styrelse-2012-03-03.txt"
    present = "Närvarande ledamöter voro: Fredrik Strandin, Rick Falkvinge, Fredrik Holmbom, Andreas Larsson, " \
        "Mattias Bjärnemalm, Sammy Nordström, JP Anderson, Emil Isberg, Torbjörn Wester, Henrik Brändén\n\n" \
        "§ 2. Val av mötesfunktionärer\nTill mötesordförande valdes Mattias Bjärnemalm\nTill mötessekreterare " \
        "valdes Henrik Brändén\nTill justerare valdes Emil Isberg och Fredrik Strandin.\n\n§ 3. Dagordning\n" \
        "Dagordningen fastställdes enligt utskickat förslag, med tillägget att under övriga frågor diskutera " \
        "frågan om kalendarium för styrelsen.\n\n"
    minutes.write_text("Protokoll fört vid möte med partiets styrelse 3-4 mars 2012\n\n§ 1. Mötets öppnande\n"
                       f"Mattias Bjärnemalm öppnade mötet\n\n{present}§ 4. Avsägelse\nNoterades till protokollet "
                       "att Henrik "
                       "Brändén avgår från styrelsen.\n\n§ 5. Sakpolitiskt dokument om EU-politik\nStyrelsen beslöt\n"
                       "att anta proposition ”Ett mer demokratiskt EU” enligt protokollets bilaga 1\n",
                       encoding="utf-8")
    other = tmp_path / "styrelse-2012-05-12.txt"
    other.write_text("Protokoll fört vid möte med partiets styrelse 12 maj 2012\n\n§ 1. Mötets öppnande\n"
                     "Mötet öppnades\n\n§ 2. Ekonomi\nKassan är god.\n", encoding="utf-8")
    assistant = _indexed(tmp_path, minutes, other)
    for question in ("När hölls styrelsemötet där propositionen ”Ett mer demokratiskt EU” antogs?",
                     "När avgick Henrik Brändén från styrelsen?"):
        answer = assistant.ask(question)
        assert "3-4 mars 2012" in answer.answer, answer.answer


def test_a_task_given_to_an_official_is_no_question_about_who_holds_the_role(tmp_path) -> None:
    """"Vilket uppdrag fick sekreteraren om EU-förslaget?": the decision that gives the task, not the meeting's
    secretary."""
    minutes = tmp_path / "styrelse-2012-03-03.txt"
    minutes.write_text("Protokoll fört vid möte med partiets styrelse 3 mars 2012\n\n§ 1. Val av mötesfunktionärer\n"
                       "Till mötesordförande valdes Mattias Bjärnemalm\nTill mötessekreterare valdes Henrik Brändén\n\n"
                       "§ 2. Sakpolitiskt dokument om EU-politik\nStyrelsen beslöt\natt ge redaktionellt uppdrag till "
                       "sekreteraren att stycka upp EU-förslaget till fyra propositioner\n", encoding="utf-8")
    answer = _indexed(tmp_path, minutes).ask("Vilket uppdrag fick sekreteraren om EU-förslaget på styrelsemötet i "
                                             "mars 2012?")
    assert "fyra propositioner" in answer.answer, answer.answer


def test_the_day_of_the_meeting_where_something_was_raised_is_the_meetings_date(tmp_path) -> None:
    """"vilket datum hade mötet där äskningen för pins togs upp?": the meeting's date answers, though the
    sentence that raised it names no day."""
    minutes = tmp_path / "protokoll-2019-09-10.txt"
    reports = "".join(f"§ {n} Rapport från {group}\n{group} har haft ett lugnt läsår med få aktiviteter och god "
                      "ekonomi. Inga frågor till styrelsen.\n\n" for n, group in enumerate(
                          ("DigIT", "sexIT", "NollKIT", "FanbärerIT", "Mottagningen"), 2))
    minutes.write_text("Mötesprotokoll StyrIT\nTid och datum: 18:00 2019-09-10\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                       f"{reports}§ 7 Äskningar\nP.R.I.T. äskning för pins och frackband. Beslut: godkänns.\n",
                       encoding="utf-8")
    other = tmp_path / "protokoll-2019-10-01.txt"
    other.write_text("Mötesprotokoll StyrIT\nTid och datum: 18:00 2019-10-01\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
                     "§ 2 Ekonomi\nKassan är god.\n", encoding="utf-8")
    answer = _indexed(tmp_path, minutes, other).ask("vilket datum hade styrIT mötet där P.R.I.T:s äskning för pins "
                                                    "och frackband togs upp?")
    assert answer.found and "2019-09-10" in answer.answer and "2019-10-01" not in answer.answer, answer.answer


def test_the_decisions_under_an_item_of_a_kind_include_those_written_without_a_heading(tmp_path) -> None:
    """"Vilka lokalföreningar godkändes av partistyrelsen i juni 2013?": "7 Lokala föreningar" and its sub-items;
    7.1's "Partistyrelsen godkände lokalföreningarna för …" is a decision though no "Beslut" heads it."""
    from conftest import indexed_files

    def minutes(day: str, approved: str) -> str:
        return (f"Protokoll från partistyrelsemöte {day}\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Ekonomi\n"
                f"Kassan är god.\n\n7. Lokala föreningar\n\n7.1 Nya föreningar\nPartistyrelsen godkände "
                f"lokalföreningarna för {approved}.\n\n7.2 Framtida informering\nBeslut: Mötet beslutade att föra in "
                f"en stående beslutspunkt om lokala föreningar.\n\n8. Mötets avslutande\nMötet avslutades.\n")

    june = tmp_path / "ps-2013-06-08.txt"
    june.write_text(minutes("8 juni 2013", "Göteborg, Örebro och Skåne"), encoding="utf-8")
    march = tmp_path / "ps-2013-03-02.txt"
    march.write_text(minutes("2 mars 2013", "Uppsala"), encoding="utf-8")
    answer = indexed_files(tmp_path, june, march).ask("Vilka lokalföreningar godkändes av partistyrelsen i juni 2013?")
    assert "Göteborg, Örebro och Skåne" in answer.answer and "Uppsala" not in answer.answer, answer.answer


def test_why_a_case_was_sent_back_is_its_decisions_grounds(tmp_path) -> None:
    """"Varför sköt nämnden upp ärendet om bageriet på ÖSBY 2:31": the item's "Beslutsmotivering", not its
    "Beskrivning av ärendet", whose name only shares the word "ärendet" with the question."""
    minutes = _nämnd_minutes(tmp_path, "2024-02-29", (
        "§ 58 ÖSBY 2:31 - Bygglov för inredande av bageri i enbostadshus\n\nBeslut\nNämnden återremitterar ärendet "
        "till förvaltningen för fortsatt beredning.\n\nBeslutsmotivering\nNämnden bedömer att ärendet inte är "
        "färdigberett. Förvaltningen ska begära in remissvar från förvaltningen för Teknik.\n\n"
        "Beskrivning av ärendet\nAnsökan registrerades 2023-06-08 och gäller ändrad användning av en del av "
        "bostadshuset till bageri.\n\n§ 59 Meddelanden\n\nBeslut\nMeddelandena läggs till handlingarna.\n"))
    answer = _indexed(tmp_path, minutes).ask("Varför sköt nämnden upp ärendet om bageriet på Ösby 2:31 i februari?")
    assert "färdigberett" in answer.answer and "förvaltningen för Teknik" in answer.answer, answer.answer
