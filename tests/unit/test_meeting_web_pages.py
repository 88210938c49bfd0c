"""A municipality's meeting pages printed from its web site ("Sammanträde 2015-03-24", items "1 Title" over "Dnr …"
and "Kommunstyrelsens förslag till beslut"), and a notice posted on a date of its own that calls its members to a
day written without the year; an annual report bound with the notice and agenda of the meeting it is for."""

from __future__ import annotations

import pytest

from assistant.documents.parsing import parse

_PAGE = ("Din position: Hem > Kommunen > Kommunstyrelsen > Sammanträde 2016-04-12\n\nSammanträde 2016-04-12\n\n"
         "Datum\nKlockan\n18:30\nPlats\nKommunhuset, sammanträdesrummet Ekhagen\n\n"
         "1 Kommundirektörens rapport april 2016\n\nDnr 2016/KS 0011 001\n\n"
         "Kommunstyrelsens förslag till beslut\n- Informationen noteras.\n\n"
         "Beskrivning av ärendet\nKommundirektören informerar om pågående uppdrag.\n\n"
         "2 Verksamhetsberättelse för tekniska utskottet 2015\n\nDnr 2016/KST 0167 042\n\n"
         "Kommunstyrelsens förslag till beslut\n- Verksamhetsberättelsen för 2015 godkänns.\n\n"
         "Beskrivning av ärendet\nUtskottet redovisar ett överskott om 2,1 miljoner kronor.\n\n"
         "3 Årsredovisning för kommunen 2015\n\nDnr 2016/KS 0138 10\n\n"
         "Kommunstyrelsens förslag till kommunfullmäktige\nKommunstyrelsen föreslår kommunfullmäktige besluta att:\n\n"
         "1. Godkänna årsredovisningen för 2015.\n"
         "2. Överföra 88 400 tkr avseende investeringsprojekt som påbörjats men inte avslutats under\n2015.\n"
         "3. Överföra -1 250 tkr avseende intäktsfinansierade verksamheters resultat 2015.\n\n"
         "Beskrivning av ärendet\nÅrsredovisningen visar ett resultat om 41 miljoner kronor.\n")


def test_a_meeting_page_keeps_its_items_not_the_numbered_points_of_a_proposal() -> None:
    """Three items "N Title" and, under the last, three points "N. Godkänna …": as many numbers each, and the
    points are sentences, so the items are the page's items; with proposals and no decisions it is an agenda."""
    parsed = parse(_PAGE, file_name="ks_2016-04-12.pdf")
    assert [i.title for i in parsed.items] == ["Kommundirektörens rapport april 2016",
                                              "Verksamhetsberättelse för tekniska utskottet 2015",
                                              "Årsredovisning för kommunen 2015"]
    assert "Kommunstyrelsens förslag till kommunfullmäktige" in parsed.items[2].fields
    assert (parsed.doc_type, parsed.meeting_date) == ("dagordning", "2016-04-12")


def test_a_page_that_records_the_boards_decisions_is_its_minutes() -> None:
    decided = _PAGE.replace("Kommunstyrelsens förslag till beslut", "Kommunstyrelsens beslut")
    assert parse(decided, file_name="ks_2016-04-12.pdf").doc_type == "protokoll"


def test_a_notice_is_dated_by_the_day_it_calls_to_not_the_day_it_was_posted() -> None:
    """A blog post's notice: posted 2019-10-02, calling to "söndagen den 10 november" (the year is the post's)."""
    text = ('---\nlayout: post\ntitle: "Kallelse till Cykelföreningens årsmöte den 10 november kl 18"\n'
            "date: 2019-10-02 19:00:00\ncategories: blog\n---\n"
            "Medlemmarna i föreningen kallas till ordinarie årsmöte söndagen den 10 november kl 18.\n\n"
            "## Dagordning\n\n1. Årsmötets öppnande\n2. Val av ordförande och sekreterare för mötet\n"
            "3. Val av justerare\n4. Verksamhetsberättelse\n5. Fråga om styrelsens ansvarsfrihet\n"
            "6. Val av styrelse\n7. Övriga frågor\n8. Årsmötets avslutande\n")
    parsed = parse(text, file_name="kallelse_arsmote.pdf")
    assert (parsed.doc_type, parsed.meeting_date) == ("kallelse", "2019-11-10")
    spanning = text.replace("den 10 november kl 18", "29 april - 3 maj 2020").replace("2019-10-02", "2020-03-15")
    assert parse(spanning, file_name="kallelse_arsmote.pdf").meeting_date == "2020-04-29"  # its first day


def test_an_annual_report_bound_with_the_notice_and_agenda_is_the_annual_meetings_notice() -> None:
    """"ÅRSREDOVISNING" on the cover, then the notice with a "Datum:" the secretary forgot to update, the call
    with the real day, and the agenda from the opening to the closing: the meeting's papers, of the day called to."""
    text = ("2021-04-15\n\nÅRSREDOVISNING\n\nFÖR\n\nCYKELFÖRENINGEN\n\nRÄKENSKAPSÅRET\n2020-01-01 - 2020-12-31\n\n"
            "Verksamhetsberättelse för 2020\n\nFöreningen har ordnat fyra cykelturer under året.\n\n"
            "Kallelse och dagordning årsmöte 2021\n\nKallelse till årsmöte för Cykelföreningen.\n\n"
            "Datum: 2020-04-23\n\nPlats: via webbformulär\n\n"
            "Härmed kallas du som är medlem i Cykelföreningen till ordinarie årsmöte fredagen den 23 april\n"
            "2021 kl 20:00.\n\nDagordning\n\n1. Årsmötets öppnande\n2. Val av ordförande och sekreterare för mötet\n"
            "3. Verksamhetsberättelse\n4. Fråga om styrelsens ansvarsfrihet\n5. Val av styrelse\n6. Övriga frågor\n"
            "7. Årsmötets avslutande\n\nRevisionsberättelse\n\nJag har granskat räkenskaperna och funnit dem i god "
            "ordning.\n")
    parsed = parse(text, file_name="arsredovisning_2020.pdf")
    assert (parsed.doc_type, parsed.meeting_date, parsed.body) == ("kallelse", "2021-04-23", "Årsmötet")
    report = text.replace("Härmed kallas du som är medlem i Cykelföreningen till ordinarie årsmöte", "Årsmötet hölls")
    assert parse(report, file_name="arsredovisning_2020.pdf").doc_type != "kallelse"  # no call: the report alone


def test_a_pages_officials_stand_on_lines_of_their_own_and_an_empty_label_takes_no_item() -> None:
    """"Karin Ek, ordförande" and "Ola Berg, sekreterare" under the place, with no label over them; "Justeringens tid
    och plats" is the justering; a "Plats" left empty is not the first item below it."""
    text = ("Sammanträde 2009-02-10\n\nDatum\nKlockan\n18.30\nPlats\nKommunhuset, Sammanträdesrummet Ekhagen\n\n"
            "Karin Ek, ordförande\nOla Berg, sekreterare\n\n"
            "Justeringens tid och plats: Fredagen den 13 februari 2009, kommunstyrelsens kansli\n\n"
            "1 Kommunchefens rapport\n\nKommunstyrelsens beslut\n- Informationen noteras\n\n"
            "2 Månadsuppföljning januari 2009\n\nKommunstyrelsens beslut\n- Uppföljningen noteras\n\n"
            "3 Detaljplan för Hagvägen\n\nKommunstyrelsens beslut\n- Detaljplanen antas\n")
    parsed = parse(text, file_name="ks_2009-02-10.pdf")
    assert (parsed.roles["ordförande"], parsed.roles["sekreterare"]) == ("Karin Ek", "Ola Berg")
    assert parsed.roles["justering"].startswith("Fredagen den 13 februari 2009")
    assert "Ekhagen" in parsed.place
    empty = parse(text.replace("Plats\nKommunhuset, Sammanträdesrummet Ekhagen\n", "Plats\n\n"), file_name="ks.pdf")
    assert "Kommunchefens" not in empty.place


def test_a_report_named_in_the_first_item_is_no_type_of_the_page() -> None:
    """A page cut after two items, the second's five numbered points taken for the items: "1 Kommundirektörens
    rapport" above them is an item the head runs into, so the page is no report but the dated meeting's."""
    text = ("Sammanträde 2016-05-10\n\nDatum\nKlockan\n18:30\nPlats\nKommunhuset\n\n"
            "1 Kommundirektörens rapport maj 2016\n\nDnr 2016/KS 0011 001\n\n"
            "2 Kommunal borgen för Strandens båtklubb *\n\nDnr 2016/KS 0246 11\n\n"
            "Kommunstyrelsens förslag till kommunfullmäktige\n"
            "1. Kommunen ingår borgen för båtklubben upp till ett belopp om två miljoner kronor.\n"
            "2. Borgensåtagandet gäller till och med 2030-07-31.\n3. Båtklubben betalar en borgensavgift.\n"
            "4. Båtklubben ska visa att övrig finansiering finns.\n5. Ekonomichefen får underteckna handlingarna.\n")
    parsed = parse(text, file_name="ks_2016-05-10.pdf")
    assert (parsed.doc_type, parsed.meeting_date) == ("dagordning", "2016-05-10")


def test_a_meeting_page_with_the_minutes_first_paragraphs_answers_who_checks_them(tmp_path) -> None:
    """A meeting page that lists the agenda and then the minutes' first paragraphs ("§1 Val av justerare …
    Ledamoten X utses att … justera dagens protokoll"): the page records the meeting, so its minutes are there."""
    from conftest import indexed

    page = ("Din position: Hem > Staden > Stadsdelsnämnden > Sammanträde 2012-06-14\n\nSammanträde 2012-06-14\n\n"
            "Datum\nKlockan\n18:00\nPlats\nMedborgarkontoret\n\n1 Val av justerare och dag för justering\n\n"
            "2 Anmälan av föregående protokoll\n\n3 Förhyrning av verksamhetslokal\n\nMötesinformation\n\n"
            "§1 Val av justerare och dag för justering\n\nLedamoten Olle Ström (M) utses att tillsammans med vice "
            "ordföranden Viktor Berg (MP) justera dagens protokoll vilket ska ske tisdagen den 19 juni.\n\n"
            "§2 Anmälan av föregående protokoll\n\nAnmäldes att protokoll 2012-05-24 justerats den 30 maj.\n")
    answer = indexed(tmp_path, "sdn-2012-06-14.txt", page).ask(
        "Vem utsågs att justera protokollet ihop med vice ordföranden på sammanträdet den fjortonde juni 2012?")
    assert answer.found and "Olle Ström" in answer.answer, answer.answer


def test_the_body_is_the_pages_place_in_the_sites_breadcrumb() -> None:
    """"Din position: Hem > Stockholms stad > Älvsjö stadsdelsnämnd > Sammanträde 2006-06-15": the body whose
    meeting the page is, named in full, also where the page's text never names it again."""
    page = ("Din position: Hem > Stockholms stad > Älvsjö stadsdelsnämnd > Sammanträde 2006-06-15\n\n"
            "Sammanträde 2006-06-15\n\nDatum\nKlockan\n18:00\nPlats\nMedborgarkontoret\n\n"
            "1 Val av justerare och dag för justering\n\n2 Hävning av avtal\n\nDnr: 239-2006-105\n\n"
            "Förvaltningen föreslår att nämnden häver ramavtalet.\n")
    assert parse(page).body == "Älvsjö stadsdelsnämnd"


def test_items_each_with_their_handlaggare_make_an_agenda_not_an_officers_report() -> None:
    """A meeting page whose first items each name their case number and officer ("Dnr: …" / "Handläggare: …")
    is the meeting's agenda; an officer's report names them above any item."""
    page = ("Din position: Hem > Stockholms stad > Älvsjö stadsdelsnämnd > Sammanträde 2006-11-30\n\n"
            "Sammanträde 2006-11-30\n\nDatum\nKlockan\n18:00\nPlats\nMedborgarkontoret\n\n"
            "1 Val av justerare och dag för justering\n\n2 Anmälan av föregående protokoll\n\nBeslutsärenden\n\n"
            "3 Anskaffning av företagshälsovård för år 2007\n\nDnr: 407-2006-205\n\n"
            "Handläggare: Personalchef Margareta Hamrén, 08-508 21 020\n\n"
            "4 Stadsdelsnämndens sammanträdestider i januari 2007\n\nDnr: 416-2006-002\n\n"
            "Handläggare: Nämndsekreterare Britt-Marie Ek, 08-508 21 008\n")
    structure = parse(page)
    assert (structure.doc_type, structure.meeting_date) == ("dagordning", "2006-11-30"), structure.doc_type


def test_the_hour_under_klockan_is_the_meetings_not_the_justerings() -> None:
    """"Klockan" over "18:30" is the page's cell of the hour; the justering's "kl. 15.30" in the first item is
    another day's hour."""
    page = _PAGE.replace("1 Kommundirektörens rapport april 2016\n", "1 Förslag på justerare Anna Ek, tid och plats "
                         "för justering: måndagen den 18 april kl. 15.30 på\nkommunledningskontoret.\n\n"
                         "2 Kommundirektörens rapport april 2016\n")
    assert parse(page, file_name="ks_2016-04-12.pdf").meeting_time == "18:30"


def test_a_wrapped_day_on_a_line_that_tells_of_the_justering_does_not_date_the_meeting() -> None:
    """"Övriga paragrafer justeras på kommunkansliet tisdagen den 7 april" / "2015 kl …" under a cover whose
    "Plats och tid" says "måndagen den 30 mars 2015": the meeting's day is the one beside its place (the head over
    the cover is a document site's)."""
    cover = ("Ljusby kommun\n\nEva Holm\n\n- Visningar:\nTranskript\n1 SAMMANTRÄDESPROTOKOLL 1 Plats och tid "
             "Beslutande\nTingssalen Storgatan 26, Ljusby, måndagen den 30 mars "
             "2015, kl Ledamöter\nAnne Ek (S) Per Berg (M)\nJusterare Justeringens plats och tid Eva Holm, "
             "sekreterare\n"
             "Per Berg Ersättare: Anne Ek 18 Ram för nyupplåning justeras omedelbart efter\nsammanträdet. Övriga "
             "paragrafer justeras på kommunkansliet tisdagen den 7 april\n2015 kl Paragrafer Sekreterare Ordförande\n\n"
             "2 SAMMANTRÄDESPROTOKOLL 2 ANSLAG/BEVIS\nProtokollet är justerat.\n")
    assert parse(cover, file_name="kf-protokoll.pdf").meeting_date == "2015-03-30"


def test_the_minutes_paragraphs_after_a_pages_agenda_are_items_of_their_own() -> None:
    """A meeting page lists the agenda ("1 Ordföranden hälsar välkommen" … "5 Inlämnande av medborgarförslag."),
    then the minutes' paragraphs, numbered through the year ("§66 …") or under a listed title ("§1 Revidering …"):
    each paragraph is an item, not text of the agenda's last item."""
    head = ("Din position: Hem > Ljusby kommun > Kommunfullmäktige > Sammanträde 2011-06-14\n\n"
            "Sammanträde 2011-06-14\n\nDatum\nKlockan\n16:30\nPlats\nGARVAREN, Strålforssalen\n\n"
            "1 Ordföranden hälsar välkommen.\n\n2 Revidering av bilaga till kommunens arvodesreglemente. - Anna Ek\n\n"
            "4 Inlämnande av motioner och interpellationer.\n\n5 Inlämnande av medborgarförslag.\n\n")
    through_year = head + ("§66 Inlämnande av motioner och interpellationer\n\nBeslut\n\nMotionen överlämnas till "
                           "kommunstyrelsen för beredning.\n\n§67 Inlämnande av medborgarförslag\n\nBeslut\n\n"
                           "Medborgarförslaget överlämnas till tekniska nämnden.\n")
    items = parse(through_year, file_name="kf_2011-06-14.pdf").items
    assert [i.number for i in items][-3:] == ["5", "§ 66", "§ 67"], [i.number for i in items]
    assert "kommunstyrelsen för beredning" in through_year[items[-2].start:items[-2].end]
    listed = head + ("§1 Revidering av bilaga till kommunens arvodesreglemente\n\nBeslut\n\nDe nya arvodena gäller "
                     "från 1 april.\n")
    items = parse(listed, file_name="ks_2012-01-10.pdf").items
    assert items[-1].number == "§ 1" and "1 april" in listed[items[-1].start:items[-1].end]
    assert "1 april" not in listed[items[-2].start:items[-2].end]


def test_which_elections_an_agenda_holds_are_its_items_titled_val(tmp_path) -> None:
    """"vilka val stod på ks dagordning 14 aug 2012": the items "Val av ledamot i arbetsutskottet", "Val av ersättare
    i personalutskottet"; "val" is a word of three letters, matched only as itself."""
    from conftest import indexed

    page = ("Din position: Hem > Ljusby kommun > Kommunstyrelsen > Sammanträde 2012-08-14\n\nSammanträde 2012-08-14\n\n"
            "Datum\nKlockan\n08:00\nPlats\nSammanträdesrum Bolmen\n\n1 Förslag till justerare: Anne Karlsson\n\n"
            "2 Ljusby Arena. - Jan Berg\n\n3 Kostutredning, särskilda boenden.\n\n"
            "4 Val av ledamot i arbetsutskottet.\n\n"
            "5 Val av ersättare i personalutskottet.\n\n6 Kommunstyrelsen informerar\n")
    answer = indexed(tmp_path, "ks_2012-08-14.txt", page, refusal_threshold=0).ask(
        "vilka val stod på ks dagordning 14 aug 2012")
    assert "Val av ledamot i arbetsutskottet" in answer.answer and "Val av ersättare i personalutskottet" in \
        answer.answer and "Kostutredning" not in answer.answer, answer.answer


_YEAR_PAGE = ("Protokoll 2017\n\nFör innehållsförteckning, klicka på önskat datum nedan.\n\n2017-12-14\n2017-03-30\n"
              "2017-02-23\n2017-02-01\n\n2017-02-01 Till protokollet>>\n§ 1 Revidering av sammanträdesdatum - B\n"
              "§ 2 Anmälningsärenden - B\n2017-02-23 Till protokollet>>\n§ 3 Remissvar om ökad transparens - B\n"
              "§ 4 Projekt Mångkulturell kompetens - Lägesrapport - I\n2017-03-30 Till protokollet>>\n"
              "§ 5 Presentation av ny rektor - I\n§ 6 Godkännande av Årsredovisning 2016 - B\n"
              "2017-12-14 Till protokollet>>\n§ 7 Budget 2018 - B\n§ 8 Sammanträdesdagar 2018 - B\n")


def test_a_page_listing_a_years_meetings_dates_each_meetings_paragraphs(tmp_path) -> None:
    """A page of the year's minutes: each date ("2017-02-23 Till protokollet>>") heads the paragraphs of that
    meeting. Its passages are of that day, a question naming the day is not refused as a meeting the documents
    lack, and a paragraph is answered as the meeting's whose date heads it, not with the next meeting's heading."""
    from conftest import indexed
    from assistant.documents.appended import listed_meetings

    days = [day for _, _, day in listed_meetings(_YEAR_PAGE)]
    assert days == ["2017-02-01", "2017-02-23", "2017-03-30", "2017-12-14"], days
    assistant = indexed(tmp_path, "protokoll-2017.txt", _YEAR_PAGE, refusal_threshold=0)
    doc_id = assistant.index.documents()[0]["doc_id"]
    dated = {c.text.split("\n")[0]: c.meta.meeting_date for c in assistant.index.document_chunks(doc_id)}
    assert dated["§ 3 Remissvar om ökad transparens - B"] == "2017-02-23", dated
    held = assistant.ask("vad sades om remissvaret den 23 februari 2017?")
    assert "finns inte" not in held.answer and "Remissvar" in held.answer, held.answer
    paragraph = assistant.ask("vilket möte behandlade § 6 om årsredovisningen?")
    assert "2017-03-30" in paragraph.answer and "2017-12-14" not in paragraph.answer, paragraph.answer


@pytest.mark.parametrize("question", ["vad behandlades den 23 februari 2017?", "vad tog de upp 23/2 2017",
                                      "vilka ärenden behandlades den 23 februari 2017?"])
def test_what_a_meeting_a_page_lists_took_up_is_its_paragraphs(tmp_path, question) -> None:
    """Asked what one of the year's meetings took up, the answer lists the paragraphs under its date, not the
    other meetings' paragraphs on the page."""
    from conftest import indexed

    answer = indexed(tmp_path, "protokoll-2017.txt", _YEAR_PAGE, refusal_threshold=0).ask(question)
    assert "Remissvar om ökad transparens" in answer.answer and "Projekt Mångkulturell kompetens" in answer.answer \
        and "Budget 2018" not in answer.answer and "Anmälningsärenden" not in answer.answer, answer.answer


def test_a_meeting_page_of_no_known_kind_still_tells_where_and_when(tmp_path) -> None:
    """A meeting platform's page ("Möte 2019-05-29" / "Valnämnden" / "08:30 - 10:47 Kommunkontoret, mötesrum
    Rankleven" over bullet points) is neither a notice nor minutes by its words; its head still says where and when
    the meeting sat."""
    from conftest import indexed

    page = ("Möte 2019-05-29\n\nValnämnden\n08:30 - 10:47 Kommunkontoret, mötesrum Rankleven\n• Ordförande ställer "
            "frågan om någon närvarande ska lämna jäv under mötet.\n\nKommunstyrelsen och övriga nämnder har som rutin "
            "att inleda samtliga möten med en kontrollfråga om jäv.\n\n• Vid valnämndens preliminära rösträkning "
            "bedöms förtidsrösterna.\n")
    answer = indexed(tmp_path, "valnamnden_mote_2019-05-29.txt", page).ask("var satt valnämnden 29 maj 2019")
    assert answer.found and "Rankleven" in answer.answer, answer.answer


def test_a_news_page_of_a_meetings_decisions_is_no_attachment_for_the_sentence_that_opens_with_motioner() -> None:
    """"Motioner om buffrat dagvatten … var några" / "av de ärenden som förhandlades …": a wrapped sentence under the
    page's heading names no type; the page records the council's decisions on the day of its file name's year. The
    first line is the title however long ("Stadgar för fiskevårdsområdesförening, som bildats enligt lagen …")."""
    page = ("Skärmavbild från kommunfullmäktiges digitala sammanträde.\n\npolitik\n\n"
            "Kommunfullmäktiges sammanträde 15 februari\n\n"
            "Motioner om buffrat dagvatten, delningsfunktion och alkoholfria representationer var några\n"
            "av de ärenden som förhandlades under måndagens möte.\n\n"
            "Överföring av budgetmedel 2020\n\nKommunfullmäktige beslutade att budgetavvikelser överförs.\n\n"
            "Partistöd 2021\n\nKommunfullmäktige beslutade att betala ut partistöd till partierna.\n")
    parsed = parse(page, file_name="kf_2021-02-15_beslut.pdf")
    assert (parsed.doc_type, parsed.meeting_date) == ("protokoll", "2021-02-15")
    bylaws = parse("Stadgar för fiskevårdsområdesförening, som bildats enligt lagen (1981:533) om\n"
                   "fiskevårdsområden.\n\n§ 1 NAMN\n\nFöreningens namn är Sjöns fiskevårdsområdesförening.\n",
                   file_name="stadgar.pdf")
    assert bylaws.doc_type == "styrdokument"


def test_an_officers_letterhead_naming_a_beslutsunderlag_is_an_attachment() -> None:
    """"… Central förvaltning Ledningsenhet BESLUTSUNDERLAG" over the chair's proposal run into one paragraph: an
    attachment to the meeting it goes to, no meeting of its own."""
    text = ("Datum 2014-03-03 Sida 1 (3)\n\n1 Landstinget DALARNA Central förvaltning Ledningsenhet BESLUTSUNDERLAG\n"
            "Landstingsfullmäktige Datum Sida 1 (3) Dnr LD13/03336 Landstingsstyrelsen Ändringar i reglementen\n"
            "Ordförandens förslag 1. Förändringar i nämndernas allmänna bestämmelser om definitioner fastställs. 2.\n"
            "Förändringar i reglementet om tjänstemäns närvarorätt fastställs.\n")
    assert parse(text, file_name="beslutsunderlag_reglementen.pdf").doc_type == "bilaga"
