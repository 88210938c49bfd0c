"""The cover page most Swedish municipalities put on their minutes (a Word template: label cells on the left,
values on the right, the signatures and the ANSLAG/BEVIS box under them), as pypdf extracts it. Names and
bodies are made up; the shape is the genre's."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents.model import Structure
from assistant.documents.parsing import parse

COVER = """ÄLVBY KOMMUN  Protokoll  1 ( 6 )
Kommunstyrelsen
Sammanträdesdatum  2023-03-06

Plats och tid  Kommunhusets sessionssal måndagen den 6 mars 2023
kl 13.00-15.30

Beslutande  Karin Lind (c), ordförande
Olle Berg (m)
Sara Holm (s)
Jonas Ek (kd)

Ej beslutande  Maria Sten (s)
Per Dahl (fp)

Övriga deltagande  Kommunchef Lena Strand
Ekonomichef Nils Ström

Utses att justera  Olle Berg och Sara Holm

Justeringens plats och tid  Kommunhuset onsdagen den 8 mars 2023, kl 10.00.

Underskrifter  Sekreterare  .................................................................  Paragrafer 1-3
Eva Nord

Ordförande  .................................................................
Karin Lind

Justerande  ………………………………………………..… ……………………..……………………..…
Olle Berg  Sara Holm

KS § 1  DNR:KS/2023.12

Godkännande av dagordning

Kommunstyrelsens beslut

Dagordningen godkänns.

KS § 2  DNR:KS/2023.40

Val av socialutskott

Kommunstyrelsens beslut

Till socialutskott utses:

Ordinarie

(C) Karin Lind
(S) Sara Holm

Ersättare

(M) Rut Falk
(S) Ivar Bro

Till ordförande utses Sara Holm.

KS § 3  DNR : KS/2023.41

Övriga frågor

Kommunstyrelsens beslut

Inga övriga frågor.
"""


@pytest.fixture(scope="module")
def cover() -> Structure:
    return parse(COVER)


def test_parties_in_lower_case_and_members_who_do_not_decide(cover: Structure) -> None:
    members = {m.name: (m.party, m.role) for m in cover.members}
    assert members["Karin Lind"] == ("c", "ordförande")
    assert members["Olle Berg"] == ("m", "ledamot")
    assert members["Maria Sten"] == ("s", "ersättare")
    assert "Rut Falk" not in members  # elected to a committee under § 2, not present


def test_officials_present_are_named_without_their_title(cover: Structure) -> None:
    members = {m.name: (m.party, m.role) for m in cover.members}
    assert members["Lena Strand"] == ("", "kommunchef")
    assert members["Nils Ström"] == ("", "ekonomichef")


def test_the_secretary_signs_beside_the_covers_label_for_signatures(cover: Structure) -> None:
    assert cover.roles["sekreterare"] == "Eva Nord"
    assert cover.roles["ordförande"] == "Karin Lind"


def test_the_place_without_the_day_it_is_written_with(cover: Structure) -> None:
    assert cover.place == "Kommunhusets sessionssal"
    assert cover.meeting_time == "13:00-15:30"


def test_item_titles_under_a_case_number_spaced_either_way(cover: Structure) -> None:
    """"KS § 1  DNR:KS/2023.12" and "KS § 3  DNR : KS/2023.41": the title is the line below."""
    assert [(i.number, i.title) for i in cover.items] == [
        ("§ 1", "Godkännande av dagordning"), ("§ 2", "Val av socialutskott"), ("§ 3", "Övriga frågor")]
    assert [i.dnr for i in cover.items] == ["KS/2023.12", "KS/2023.40", "KS/2023.41"]


def test_item_titles_under_a_case_number_with_series_year_number_and_filing_code() -> None:
    """"KF § 313 Dnr KS 02-323 041": the case's series, year, number and filing code; the title is the line below."""
    minutes = parse("Kommunfullmäktige  2002-12-30\n\nKF § 312\nVal av justeringsmän\nBeslut\nKommunfullmäktige "
                    "beslutar att utse Alf Werlinder.\n\nKF § 313 Dnr KS 02-323 041\nBudget och inriktning 2003-2005\n"
                    "Beslut\nKommunfullmäktige beslutar att bevilja kommunstyrelsen 140.553 tkr i driftbudget.\n")
    assert [(i.number, i.title) for i in minutes.items] == [
        ("§ 312", "Val av justeringsmän"), ("§ 313", "Budget och inriktning 2003-2005")]


def test_a_rule_glued_to_the_paragraph_line_is_no_part_of_it() -> None:
    """A page printed from HTML draws the rule between paragraphs as underscores on the § line
    ("__________KS § 243 Dnr KS 03-291 009"): the paragraph is still § 243, titled by the line below."""
    minutes = parse("Kommunstyrelsen  2003-11-27\n\n__________KS § 242\nVal av justerare\nBeslut\nKommunstyrelsen "
                    "utser Håkan Jonsson.\n\n__________KS § 243 Dnr KS 03-291 009\nBesvarande av motion om "
                    "redovisning\nBeslut\nKommunfullmäktige beslutar att avslå motionen.\n")
    assert [(i.number, i.title) for i in minutes.items] == [
        ("§ 242", "Val av justerare"), ("§ 243", "Besvarande av motion om redovisning")]


def test_cells_set_one_space_from_their_label_and_a_label_wrapped_around_its_value() -> None:
    """An HTML or re-typed protocol keeps one space after the label ("Plats och tid Folkets Hus, …"); a narrow
    label cell wraps around its value ("Justeringens Ledningskontoret …" over "plats och tid"), and an empty one
    takes no value from the cell below it."""
    head = ("Kommunstyrelsen 2005-10-13\nPlats och tid Sammanträdesrum Skutan, Kommunhuset, kl 09.00-11.15\n"
            "Utses att justera Håkan Jonsson (s)\n{justering}\nUnderskrift Sekreterare ........ Paragrafer 236-251\n"
            "Berit Jansson\n\nKS § 236\nVal av justerare\nBeslut\nKommunstyrelsen utser Håkan Jonsson.\n\nKS § 237\n"
            "Övriga frågor\nBeslut\nInga övriga frågor.\n")
    wrapped = parse(head.format(justering="Justeringens Ledningskontoret 2005-10-17, kl 13.00\nplats och tid"))
    assert (wrapped.place, wrapped.meeting_time) == ("Sammanträdesrum Skutan, Kommunhuset", "09:00-11:15")
    assert wrapped.roles["justering"] == "Ledningskontoret 2005-10-17, kl 13.00"
    assert "justering" not in parse(head.format(justering="Justeringens\nplats och tid")).roles


def test_a_cover_run_together_into_lines_still_gives_body_time_and_officials() -> None:
    """A transcript that lost the cover's table: the first line runs on past the place and time ("kl. 13,00-16,00"
    with a decimal comma), the signatures' roles and names stand on one line after the list of those present, and
    the justerare is appointed with a party ("Eva Ek (C) utses att jämte ordförande justera …")."""
    text = ("Direktionsprotokoll 2017-02-24 Plats och tid Borås, kl. 13,00-16,00 Omfattning 1-18 och mer text här\n"
            "Beslutande Tomas Berg (M) ordförande 1-5 Ulf Olsson (S) ordförande 6-18 Eva Ek (C) Per Lind (S)\n"
            "Övriga Lena Bro, Förbundsdirektör Anna Kron, Regionutvecklare\n"
            "Sekreterare Lena Bro Ordförande.. Tomas Berg 1-5 Ordförande.. Ulf Olsson 6-18 Justerare Eva Ek 2\n"
            "1 Val av justerare Eva Ek (C) utses att jämte ordförande justera dagens protokoll. 2 Fastställande av "
            "dagordning att fastställa dagordningen\n")
    cover = parse(text)
    assert (cover.body, cover.meeting_time) == ("Direktionen", "13:00-16:00")
    assert cover.roles == {"justerare": "Eva Ek (C)", "sekreterare": "Lena Bro", "ordförande": "Tomas Berg"}, \
        cover.roles
    assert not any(m.name == "Lena Bro" and "ordförande" in m.role for m in cover.members), cover.members
    assert parse(text.replace("kl. 13,00-16,00", "kl 9.30 15.15")).meeting_time == "9:30-15:15"


def test_a_row_of_signature_roles_run_together_with_the_row_of_names_under_it() -> None:
    """A cover's table lost: "Sekreterare Ordförande Justerande" then "Viola Borg Catarina Engström Cecilia
    Hettström", one name of two words under each role; a row whose names cannot be told apart gives none."""
    head = ("1 Tekniska nämnden Plats och tid Sammanträdesrummet KS-salen, Kommunhuset, Motala\n"
            "Tisdag , kl 08:00-14:15 Beslutande Catarina Engström (MP) Ordförande Hans Lobell (M)\n"
            "Utses att justera Justeringens plats och tid Cecilia Hettström Tekniska nämndens kansli , kl 16:00\n"
            "Paragrafer 1-19 Sekreterare\nOrdförande Justerande {names} ANSLAG/BEVIS\n"
            "Protokollet är justerat.\n\nTN 1 Sammanträdets öppnande\nDagordningen godkännes.\n")
    cover = parse(head.format(names="Viola Borg Catarina Engström Cecilia Hettström"))
    assert {r: cover.roles.get(r) for r in ("sekreterare", "ordförande", "justerare")} == {
        "sekreterare": "Viola Borg", "ordförande": "Catarina Engström", "justerare": "Cecilia Hettström"}, cover.roles
    assert "justerare" not in parse(head.format(names="Viola Borg Catarina Engström Cecilia")).roles


def test_a_row_of_signature_roles_with_dot_leaders_and_two_justerare() -> None:
    """"Sekreterare Ordförande Justerare... Erik Anderson. Lars-Åke Larsson. Ingela Karlsson Hans Andersson": the
    leaders printed after the roles and names, and the last role, the justerare, signed by two."""
    cover = parse("1 Plats Bygdegården i Grimsås Tid 18:00-21:40 Närvarande Beslutande Enligt deltagarlista 5/2015 "
                  "Underskrifter Sekreterare Ordförande Justerare... Erik Anderson. Lars-Åke Larsson. Ingela Karlsson "
                  "Hans Andersson ANSLAG/BEVIS Organ Sammanträdesdatum\n\n55 Allmänhetens frågestund\nInga frågor.\n")
    assert {r: cover.roles.get(r) for r in ("sekreterare", "ordförande", "justerare")} == {
        "sekreterare": "Erik Anderson", "ordförande": "Lars-Åke Larsson",
        "justerare": "Ingela Karlsson och Hans Andersson"}, cover.roles
    assert (cover.place, cover.meeting_time) == ("Bygdegården i Grimsås", "18:00-21:40")  # "Plats … Tid …" run in


def test_a_row_of_names_typed_over_the_row_of_their_roles() -> None:
    """An association's minutes end with the names typed over their roles, one space apart ("Bengt Ljungberg Roger
    Nilsson" / "Ordförande Sekreterare"), then the justerare's own pair ("Ulf Sivberg" / "Justerare"): the names
    above are the chair's and the secretary's; the justerare's name and role below are no names for them."""
    text = ("Protokoll fört vid Smålands stövarklubbs styrelsemöte\n\n2022-06-27\nVia Teams.\n\n"
            "§1 Mötets öppnande\nOrdföranden öppnar mötet.\n\n§2 Val av justerare\nUlf Sivberg väljs att "
            "tillsammans med ordföranden justera dagens protokoll.\n\n§3 Mötet avslutas.\nOrdföranden avslutar "
            "mötet.\n\nBengt Ljungberg Roger Nilsson\nOrdförande Sekreterare\n\nUlf Sivberg\nJusterare\n\n"
            "Extra information\nAnna skickar ut kallelsen.\n")
    roles = parse(text).roles
    assert {r: roles.get(r) for r in ("ordförande", "sekreterare", "justerare")} == {
        "ordförande": "Bengt Ljungberg", "sekreterare": "Roger Nilsson", "justerare": "Ulf Sivberg"}, roles


def test_a_day_wrapped_before_its_year_and_the_body_named_by_its_posting() -> None:
    """A transcript of a cover: "Måndagen den 11 juni" / "2012, kl"; a later item's "Från 1 januari 2010 gäller …"
    is no meeting day. The body is named only by the certificate: "Kommunfullmäktiges protokoll har justerats"."""
    text = ("1 VILHELMINA KOMMUN PROTOKOLL 1(40) Plats och tid Folkets Hus, Måndagen den 11 juni\n"
            "2012, kl Beslutande K G Abramsson, ordf. Rolf von Walden Åke Nilsson Hans Eriksson\n"
            "Sekreterare Göran Lidström Ordförande... K G Abramsson Justerande... Max Fredriksson\n"
            "Inga-Lena Larsson BEVIS OM ANSLAG Kommunfullmäktiges protokoll har justerats och\n"
            "anslagits på kommunens anslagstavla Sammanträdesdag Anslaget uppsatt\n\n"
            "2 VILHELMINA KOMMUN PROTOKOLL 2 Kfm 40 Dnr12/Ks Information om minoritetsreformen\n"
            "Labba. Från 1 januari 2010 gäller lagen om minoriteter och minoritetsspråk.\n")
    cover = parse(text)
    assert (cover.meeting_date, cover.body) == ("2012-06-11", "Kommunfullmäktige"), (cover.meeting_date, cover.body)


def test_the_sum_under_the_row_named_answers_how_much_it_got() -> None:
    """A budget decision in rows, each body's name over its att-sats: "och hur mycket fick byggnadsnämnden?" quotes
    the row head "Byggnadsnämnden", so the sum under it answers, not the sum that scored best elsewhere."""
    from assistant.answer.retrieval import Hit
    from assistant.answer.sums_and_reasons import sums_first
    from assistant.answer.units import Unit
    from assistant.index.store import StoredChunk

    hit = Hit(StoredChunk("kf:1", "kf", "", "", {"doc_id": "kf", "item_number": "§ 313"}), 1.0)
    head = Unit(200, 215, "Byggnadsnämnden", 1.0)
    first = Unit(40, 120, "att bevilja kommunstyrelsen 140.553 tkr i driftbudget,", 3.0)
    under = Unit(217, 266, "att bevilja byggnadsnämnden 5.890 tkr i driftbudget,", 1.5)
    direct, _ = sums_first([(hit, [head])], [(hit, [first, under])])
    assert [u.text for _, units in direct for u in units] == [under.text]


def test_why_brings_the_reasons_found_further_down_the_same_item() -> None:
    """"Varför avslog nämnden initiativärendet …": the best passage retells the item's background; the item's
    sentences that give reasons ("på grund av", "därför") join the answer, a reason of another item does not."""
    from assistant.answer.retrieval import Hit
    from assistant.answer.sums_and_reasons import reasons_first
    from assistant.answer.units import Unit
    from assistant.index.store import StoredChunk

    first = Hit(StoredChunk("spn:1", "spn", "", "", {"doc_id": "spn", "item_number": "§ 80"}), 1.0)
    later = Hit(StoredChunk("spn:2", "spn", "", "", {"doc_id": "spn", "item_number": "§ 80"}), 0.8)
    other = Hit(StoredChunk("spn:3", "spn", "", "", {"doc_id": "spn", "item_number": "§ 81"}), 0.7)
    background = Unit(0, 60, "Den 25 januari 2024 inkom ett initiativärende om vindskydd.", 3.0)
    closed = Unit(300, 380, "Området är avstängt för allmänheten på grund av pågående arbete.", 1.0)
    priority = Unit(381, 460, "Förvaltningen prioriterar därför inte upprustning av vindskyddet.", 1.2)
    elsewhere = Unit(900, 960, "Ärendet avslås eftersom budget saknas.", 2.0)
    direct, more = reasons_first([(first, [background])], [(later, [closed, priority]), (other, [elsewhere])])
    assert [u.text for _, units in direct for u in units] == [background.text, priority.text, closed.text]
    assert [u.text for _, units in more for u in units] == [elsewhere.text]


ONE_PARAGRAPH = """1

Bygg- och

miljönämnden

Protokoll

2026-07-07

Plats och tid  Skräddaren  Paragrafer §59
kl. 14:00-15:25

Beslutande  Lady France Mulumba (KD) (ordförande)
Sebastian Aronsson (S) (vice ordförande)

Utses att justera  Sebastian Aronsson (S)

Utdragsbestyrkande

2
Bygg- och miljönämnden
Protokoll

2026-07-07

§ 59  Information Furuhöjd 7

Utdragsbestyrkande

3
Bygg- och miljönämnden
Protokoll

2026-07-07

§ 59 2025.034 BMN

Information Furuhöjd 7

Ärendebeskrivning

Nämnden informeras om Länsstyrelsens beslut dnr: 5475-2026, Furuhöjd 7.

Beslut

Bygg- och miljönämnden accepterar Länsstyrelsens beslut.
"""


def test_minutes_of_one_paragraph_listed_in_their_contents_first() -> None:
    """A meeting that handled one matter: "§ 59  Information Furuhöjd 7" in the contents, then "§ 59 2025.034 BMN"
    over the paragraph itself, whose decision is a field of it."""
    structure = parse(ONE_PARAGRAPH)
    assert [(i.number, i.title, i.dnr) for i in structure.items] == [("§ 59", "Information Furuhöjd 7", "2025.034 BMN")]
    decided = [b for b in structure.blocks if b.field == "Beslut"]
    assert decided and ONE_PARAGRAPH[decided[0].start:decided[0].end].startswith("Bygg- och miljönämnden accepterar")


def _built(tmp_path, text: str):
    from assistant.index.ingest import build_document

    path = tmp_path / "underlag.txt"
    path.write_text(text, encoding="utf-8")
    return build_document(path)[1]


def test_an_officials_letterhead_makes_a_tjansteskrivelse_titled_by_its_wrapped_heading(tmp_path) -> None:
    """"Datum:" / "Handläggare:" / "Diarienr:" over "Riktlinjer för … tillsyn enligt" / "alkohollagen": a
    tjänsteskrivelse about guidelines (not the guidelines), titled by the whole heading."""
    structure = _built(tmp_path, "Datum:  2026-05-25  Bygg- och miljönämnden\nHandläggare:  Ygor Maia\n"
                       "Diarienr:  2026.048 BMN\n\nRiktlinjer för serveringstillstånd och tillsyn enligt\n\n"
                       "alkohollagen\n\nÄrendebeskrivning\n\nI Alingsås kommun ansvarar nämnden för tillsynen.\n\n"
                       "Förslag till beslut\n\nRiktlinjerna godkänns från och med 1 juli 2026.\n")
    assert structure.doc_type == "tjänsteskrivelse"
    assert structure.title == "Riktlinjer för serveringstillstånd och tillsyn enligt alkohollagen"


def test_a_consultation_response_is_no_body_and_its_page_count_no_title(tmp_path) -> None:
    """"1(2)" over "Yttrande" and "Samråd råvattenuttag": page one of two, and a samråd is no body that meets."""
    structure = _built(tmp_path, "1(2)\n\nYttrande\n\nDatum:  2026-05-28\nDiarie nr:  2025-841\n"
                       "Handläggare: Sanna Olsson  Samråd råvattenuttag\n\nYttrande över avgränsningssamråd enligt "
                       "6 kap. miljöbalken\n\nBygg- och miljönämnden bedömer att följande frågor behöver utredas.\n")
    assert structure.doc_type == "tjänsteskrivelse" and structure.title == "Yttrande"
    assert "samråd" not in structure.body.casefold()


def test_the_stamps_under_every_paragraph_are_no_part_of_its_decision() -> None:
    """"Paragrafen är justerad" / "Utdragsbestyrkande" close each paragraph of minutes exported one paragraph a
    page: furniture, like a running header, not a sentence of the decision above them."""
    text = ONE_PARAGRAPH + "\nParagrafen är justerad\n\nUtdragsbestyrkande\n"
    structure = parse(text)
    for stamp in ("Paragrafen är justerad", "Utdragsbestyrkande"):
        at = text.rindex(stamp)
        assert any(start <= at < end for start, end in structure.noise), stamp


def test_the_justerings_day_wrapped_under_its_label_and_the_body_of_justering_av_its_protokoll() -> None:
    """A transcript of a cover whose cells ran together: "Justeringens plats" / "och tid Kommunledningskontoret
    onsdag den 29 november 2017 …" is the day the minutes were checked, and "Anslaget nedtas" / "den 2017-12-21
    Paragrafer …" the day the notice comes down; the meeting's day is the kungörelse's "sammanträder måndag den 27
    november 2017". The body is named by "Justering av Kommunfullmäktiges protokoll har tillkännagivits". Minutes
    that name no other day were held on the justering's day or just before: it is their guessed day."""
    text = ("1 Plats och tid Alliancen 17:00-20:30 ande Övriga närvarande Se bilagd uppropslista Anna\n"
            "Berg, kommunsekreterare Utses att justera Olle Ek (S) och Per Dahl (M) Justeringens plats\n"
            "och tid Kommunledningskontoret onsdag den 29 november 2017 Underskrifter. Eva\n"
            "Lind (S), ordförande. Anna Berg, kommunsekreterare. Olle Ek (S), justerare.\n"
            "Per Dahl (M), justerare ANSLAG / BEVIS Justering av Kommunfullmäktiges protokoll\n"
            "har tillkännagivits genom anslag på kommunens anslagstavla. Förvaringsplats\n"
            "för protokollet Kommunledningskontoret Anslaget uppsatt den 2017-11-29 Anslaget nedtas\n"
            "den 2017-12-21 Paragrafer 164-184 Anna Berg, kommunsekreterare\n"
            "Kungörelse 1 Kommunfullmäktige i Åby sammanträder måndag den 27 november 2017 kl\n"
            "17.00 i kommunhusets lokal Alliancen. Föredragningslista 1 Sammanträdet öppnas 2 Val\n"
            "av justerare 3 Taxa för allmänna VA-anläggningar 2018\n")
    cover = parse(text, file_name="kf_protokoll.pdf")
    assert (cover.meeting_date, cover.body) == ("2017-11-27", "Kommunfullmäktige"), (cover.meeting_date, cover.body)
    board = parse(text.replace("Justering av Kommunfullmäktiges", "Justering av miljö- och byggnadsnämndens")
                  .replace("Kungörelse 1 Kommunfullmäktige i Åby sammanträder", "Ärenden den"))
    assert board.body == "Miljö- och byggnadsnämnden", board.body
    unnamed = parse(text.split("Kungörelse 1")[0].replace("2017-11-2", "2017-11-x"), file_name="kf.pdf")
    assert (unnamed.meeting_date, unnamed.guessed) == ("2017-11-29", ["meeting_date"]), unnamed.meeting_date


def test_a_paragraph_within_the_range_the_cover_states_is_not_said_to_be_missing(tmp_path) -> None:
    """"vem justerade omsorgsnämndens protokoll med § 210–238": a transcript whose cover says "Paragrafer 210-238"
    but whose paragraphs lost their "§" (only the page numbers "1", "2" read as items): the minutes hold § 210, so
    "§ 210 finns inte …; där finns 1–2" is wrong."""
    from conftest import indexed

    text = ("PROTOKOLL Omsorgsnämnden 2013-11-20. Underskrifter Sekreterare... Paragrafer 210-238 Maria Holm\n\n"
            "1 Plats och tid Ljusdalssalen, Förvaltningshuset, klockan 08:30-17:10 Beslutande: Markus Ek (S), "
            "ordförande Utses att justera Bengt Jackas Justeringens plats och tid Kommunkansliet\n\n"
            "2 Underskrifter Sekreterare Maria Holm Ordförande Markus Ek Justerande Bengt Jackas\n\n"
            "3 210 Val av justerare Bengt Jackas utses att justera.\n")
    answer = indexed(tmp_path, "on_protokoll_2013-11-20.txt", text, refusal_threshold=0).ask(
        "vem justerade omsorgsnämndens protokoll med § 210–238")
    assert "finns inte" not in answer.answer, answer.answer


def test_a_paragraph_outside_the_range_the_cover_states_is_said_to_be_missing(tmp_path) -> None:
    """The cover's "Paragrafer 210-238" is what the minutes hold, though their items were not read: "§ 250" is
    not there, whatever passage retrieval finds."""
    from conftest import indexed

    text = ("PROTOKOLL Omsorgsnämnden 2013-11-20. Underskrifter Sekreterare... Paragrafer 210-238 Maria Holm\n\n"
            "Plats och tid Ljusdalssalen, Förvaltningshuset, klockan 08:30-17:10 Beslutande: Markus Ek (S), "
            "ordförande Utses att justera Bengt Jackas\n\nInnehållsförteckning\nVal av justerare\n"
            "Ekonomisk uppföljning av omsorgsnämndens verksamhet\n")
    answer = indexed(tmp_path, "on_protokoll_2013-11-20.txt", text, refusal_threshold=0).ask(
        "vad gällde § 250 i omsorgsnämndens protokoll 20 november 2013?")
    assert not answer.found and "§ 250 finns inte" in answer.answer and "210–238" in answer.answer, answer.answer


def test_a_paragraph_a_transcript_numbers_without_its_sign_is_not_said_to_be_missing(tmp_path) -> None:
    """A transcript whose paragraphs lost their "§" ("47 Samverkan med Högskolan …") and whose items are its page
    numbers: "§ 47" is the paragraph, not missing; a number the text never writes so still is."""
    from conftest import indexed

    text = ("Sjuhärads kommunalförbund\n\nDirektionsprotokoll 2013-09-20\n\n1 Plats och tid Borås, kl Omfattning "
            "Beslutande Ulf Olsson\n(S) ordförande Eva Johansson (C) vice ordförande\n\n2 Sekreterare Christina Klaar "
            "Ordförande. Ulf Olsson Justerare Eva Johansson\n\n3 44 Fastställande av dagordning att fastställa "
            "dagordningen 45 Val av justerare\nEva Johansson (C) utses att justera. 46 Föregående mötesprotokoll "
            "Protokollet läggs till handlingarna. 47 Samverkan\nmed Högskolan i Borås Pelle Pellby från Högskolan "
            "informerar. att ta informationen till\ndagens protokoll 48 Medarbetarcentrum informerar.\n")
    assistant = indexed(tmp_path, "direktionen_protokoll_2013-09-20.txt", text, refusal_threshold=0)
    answer = assistant.ask("vad gick § 47 ut på på direktionsmötet 2013?")
    assert "finns inte" not in answer.answer and "Samverkan" in answer.answer, answer.answer
    assert not assistant.ask("vad gick § 52 ut på på direktionsmötet 2013?").found


def test_a_run_in_cover_states_the_paragraphs_the_minutes_hold() -> None:
    text = "PROTOKOLL. Underskrifter Sekreterare... Paragrafer 210-238 Maria Holm Varav sekretess 235-237.\n\n"
    structure = parse(text + "1 Plats och tid Ljusdalssalen klockan 08:30-17:10\n")
    assert structure.roles["paragrafer"] == "210-238"
    start, end = structure.fact_spans["paragrafer"]
    assert text[start:end] == "Paragrafer 210-238"


def test_a_run_in_cover_states_where_and_when_the_minutes_are_checked() -> None:
    """"när och var justerades …": the run-in cell's place is the justering's as much as its day."""
    text = ("Protokoll 1 (18) Plats och tid: Kulturhuset Glada Hudik, KL 17.30-18.50 Utses att justera: Tommy Ljung "
            "Justeringens plats och tid: Kommunledningskontoret torsdag den 22 december 2011 kl 15.00 Underskrifter: "
            "Paragrafer 218-229 Sekreterare: Pia Embretsén\n\n")
    structure = parse(text + "§ 218 Val av justerare\nTommy Ljung utses.\n")
    assert structure.roles["justering"] == "Kommunledningskontoret torsdag den 22 december 2011 kl 15.00"
    run_together = parse("Beslutande Hans Isacsson (s) Utses att justera Justeringens plats och tid\nHans Isacsson "
                         "Tekniska nämndens kansli 2007-12-17, kl 08.00 Paragrafer 192-205\n\n§ 192 Val\nBeslut.\n")
    assert run_together.roles["justering"] == "2007-12-17, kl 08.00"  # the name is the empty cell's before it
    split = parse("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige\n\n1 Sid 1 av 33 Plats Tranemosalen, kommunkontoret, "
                  "Tranemo Tid Beslutande Enligt närvarolista 8/2013 Paragrafer Utses att justera Alf Petersson (KD) "
                  "Justeringens plats Kommunkontoret, TRANEMO och tid Fredagen den 22\nnovember 2013 kl. 07:30 "
                  "Underskrifter Sekreterare\n\n2 Sid 2 av 33 Innehållsförteckning 147 Motion\n",
                  file_name="tranemo_kf_2013-11.pdf")
    assert split.roles["justering"] == "Kommunkontoret, TRANEMO och tid Fredagen den 22 november 2013 kl. 07:30"
    assert split.meeting_date == "2013-11-22" and "meeting_date" in split.guessed  # checked then or just after
    assert split.meeting_time == ""  # "kl. 07:30" is when the minutes were checked; the "Tid" cell is empty
    whole_hour = parse("1 (18) Plats och tid Stadshuset Ovalen kl. 13 Utses att justera Dan Nilsson Justeringens tid "
                       "och plats Samhällsbyggnad stab 2015-12-07 kl. 15 Paragrafer 93 105 Sekreterare Maria "
                       "Burström\n\n§ 93 Val\nBeslut.\n")
    assert whole_hour.roles["justering"] == "Samhällsbyggnad stab 2015-12-07 kl. 15"  # the hour without minutes
    assert parse(text + "§ 218 Val av justerare\nTommy Ljung utses.\n").meeting_time == "17:30-18:50"
    above = parse("Plats Stadshuset Justeringens plats och tid\nKansliet 2007-12-17, kl 08.00 Paragrafer 192-205\n\n"
                  "§ 192 Val\nBeslut.\n")
    assert above.meeting_time == ""  # the label ends the line above


def test_the_covers_paragraph_range_spans_the_paragraphs_it_names() -> None:
    from assistant.answer.plans import _covers
    from assistant.index.meetings import Span

    def stated(value: str) -> list[Span]:
        return [Span("d", "sekreterare", "Maria Holm 235-237", 0, 9), Span("d", "paragrafer", value, 10, 20)]

    assert _covers(stated("210-238"), "§ 210") and _covers(stated("210-238"), "238")
    assert not _covers(stated("210-238"), "§ 239") and not _covers(stated("210-238"), "§ 236 a")
    assert _covers(stated("§§ 44-62"), "§ 50") and not _covers(stated("§ 5"), "§ 5")


def test_the_meeting_day_under_its_label_in_the_posting_not_the_justering_wrapped_over_three_lines() -> None:
    """A transcript's cover wraps "Justeringens" / "plats och" / "tid Kontoret måndag den 23 september 2019": the
    day the minutes were checked. The posting block states the meeting's day and body one space from their labels:
    "Instans Kommunstyrelsen" / "Sammanträdesdatum 2019-09-17"."""
    members = "".join(f"{first} Persson (S) {first} Olsson (M)\n" for first in
                      ("Anna", "Bo", "Cecilia", "Daniel", "Erika", "Frida", "Gerd", "Henrik", "Ida", "Jonas", "Karin"))
    text = ("Protokoll\n" + members + "Ulrica Högberg (V) Patrik Nilsson (SD) Ersättare Nina Burchardt (S)\n"
            "Justerare Anna Kiffer § 119-147 och Eva Schmidt § 148-151 Justeringens\nplats och\n"
            "tid Kommunledningsförvaltningen måndag den 23 september 2019 kl 09:00.\nUnderskrifter\n"
            "Sekreterare Paragrafer §§ 119-151\nPia Embretsén\n"
            "Protokollet är justerat. Justeringen tillkännagiven genom anslag.\n{body}\n{day}\n"
            "Datum då anslaget\npubliceras 2019-09-23\n\n§ 119 Uppföljning av kommunens ekonomi\n"
            "Kommunstyrelsen godkänner uppföljningen.\n")
    posted = parse(text.format(body="Instans Kommunstyrelsen", day="Sammanträdesdatum 2019-09-17"))
    assert (posted.meeting_date, posted.body) == ("2019-09-17", "Kommunstyrelsen"), (posted.meeting_date, posted.body)
    run_on = parse(text.format(body="Instans Kommunstyrelsen Sammanträdesdatum 2019-09-17 Datum då", day="")
                   .replace("Kommunstyrelsen godkänner", "Den godkänns"))
    assert (run_on.meeting_date, run_on.body) == ("2019-09-17", "Kommunstyrelsen"), (run_on.meeting_date, run_on.body)
    checked = parse(text.format(body="", day=""), file_name="ks.pdf")
    assert (checked.meeting_date, checked.guessed) == ("2019-09-23", ["meeting_date"]), checked.meeting_date


def test_minutes_that_name_no_meeting_day_are_dated_by_the_justering_their_cell_states() -> None:
    """A transcript cut before the posting names no meeting day; the justering's cell does ("Justeringens plats
    och tid Digital justering, 2021-05-04"): the meeting was held then or just before, a guessed day."""
    text = ("Protokoll KF\nMarit Holmstrand (S), Ordförande § 44-56 Ulf Nyman (C), 1:e vice ordförande\n"
            "Övriga deltagare Kommunchef Nicklas Bremefors, § 44\n"
            "Justerare Lennart Canskog (S) och Maria Molin (M)\n"
            "Justeringens plats och tid Digital justering, 2021-05-04\nUnderskrifter\n"
            "Sekreterare Paragrafer §§ 44-62\nKarin Höglund\n\n§ 44 Val av justerare\nBeslut\n"
            "Lennart Canskog och Maria Molin utses att justera protokollet.\n")
    minutes = parse(text)
    assert (minutes.meeting_date, minutes.guessed) == ("2021-05-04", ["meeting_date"]), minutes.meeting_date


def test_a_letterhead_run_into_the_first_page_names_the_kind_and_the_body() -> None:
    """A transcript numbers its pages and runs the letterhead into the cover ("1 KALMAR KOMMUN KOMMUNFULLMÄKTIGE
    PROTOKOLL Sammanträdesdag Tid Plats …"): minutes of kommunfullmäktige, not an agenda whose first item that is."""
    text = ("Sammanträdesdag Stora Konferenssalen, Brofästet Hotell & Konferens\n\nTranskript\n\n"
            "1 KALMAR KOMMUN KOMMUNFULLMÄKTIGE PROTOKOLL Sammanträdesdag Tid Plats Stora Konferenssalen, Brofästet "
            "Hotell & Konferens Omfattning ande Roger Kaliff (S) ordförande 16-23, Marianne Lundahl (S) ordförande 24 "
            "Nils Fredrik Aurelius (M) Johan Persson (S)\n\n2 Kommunfullmäktige Kajsa Hedin (M) Tamas Lakatos (M)\n\n"
            "3 Kommunfullmäktige 16 Val av justerare\n\n4 Kommunfullmäktige 17 Anmälan av motioner\n\n"
            "5 Kommunfullmäktige 18 Interpellation om skolan\n")
    minutes = parse(text, file_name="kalmar_kf_2010-03-29.pdf")
    assert (minutes.doc_type, minutes.body) == ("protokoll", "Kommunfullmäktige"), (minutes.doc_type, minutes.body)


_RUN_IN_LIST = ("Regionala utvecklingsnämnden\n\nTranskript\n\n1 Regionala utvecklingsnämnden Tid :00-14:00 Plats "
                "ande ledamöter Bolmen, Region Kronoberg, Nygatan 20, Växjö Olof Björkmarker (S) (ordförande) "
                "Page 1 of 27\n\n2 ANSLAG/BEVIS Organ Protokollet är justerat. Justeringen har tillkännagivits genom "
                "anslag. Regionala utvecklingsnämnden Sammanträdesdatum Page 2 of 27\n\n"
                "3 ÄRENDELISTA 58 Justering av protokoll 59 Fastställande av dagordning 60\nTema - Åsnens "
                "nationalpark och Bredband i Kronoberg 61 Rapporter från externa\nuppdrag 62 Regionala "
                "utvecklingsdirektörens rapport 63 Månadssammandrag maj 2016\n64 sutrymme, anslag 1: Svar på motion "
                "om träbyggnadsstrategi. 66 Svar på motion Stärk\nEU-arbetet 67 Överenskommelse driftsstöd Coompanion "
                "Kronobergs län 68 Svar på remiss\n")


def test_a_run_in_list_of_paragraphs_says_what_each_is_about(tmp_path) -> None:
    """A transcript cut before its paragraphs lists them run together after "ÄRENDELISTA": each number the list
    gives, in order, is a paragraph of these minutes with the title after it; a year inside a title is none."""
    from conftest import indexed

    minutes = parse(_RUN_IN_LIST, file_name="run_protokoll_par58-72.pdf")
    titles = {item.number: item.title for item in minutes.items}
    assert titles["§ 67"] == "Överenskommelse driftsstöd Coompanion Kronobergs län", titles
    assert titles["§ 63"] == "Månadssammandrag maj 2016" and "§ 65" not in titles and "§ 2016" not in titles, titles
    assert "3" not in titles, titles  # the transcript's page is no paragraph
    from assistant.documents.contents import run_in_contents

    paged = run_in_contents("Ärendelista Ks 60 Dnr 2017-000030 Godkännande av föredragningslistan... 3 Ks 61 Dnr "
                            "2017-000031 Informationer... 4 Ks 62 Dnr 2017-000117 Ägardirektiv Jämtkraft AB... 5\n")
    assert [(p.number, p.written, p.title) for p in paged] == [
        ("§ 60", "Ks 60", "Dnr 2017-000030 Godkännande av föredragningslistan"),
        ("§ 61", "Ks 61", "Dnr 2017-000031 Informationer"),
        ("§ 62", "Ks 62", "Dnr 2017-000117 Ägardirektiv Jämtkraft AB")]
    answer = indexed(tmp_path, "run_protokoll_par58-72.txt", _RUN_IN_LIST, refusal_threshold=0).ask(
        "vad handlade § 67 om i regionala utvecklingsnämndens protokoll?")
    assert "Coompanion" in answer.answer, answer.answer


def test_minutes_named_by_the_paragraphs_they_hold(tmp_path) -> None:
    """Municipal minutes are cited by their paragraphs: "protokollet med §§ 210-238", "mötet som började på § 58".
    The question is about that meeting (who checked it, where it was held), not about a paragraph of it."""
    from conftest import indexed_files

    def minutes(name: str, first: int, last: int, justerare: str, place: str) -> Path:
        path = tmp_path / name
        items = "".join(f"§ {n} Ärende nummer {n}\nBeslut\nNämnden beslutar enligt förslaget.\n\n"
                        for n in range(first, min(last, first + 3) + 1))
        path.write_text(f"Protokoll Omsorgsnämnden\n\nPlats och tid {place}, klockan 08:30-12:00\n"
                        f"Utses att justera {justerare}\nParagrafer {first}-{last}\n\n{items}", encoding="utf-8")
        return path

    assistant = indexed_files(tmp_path, minutes("on_a.txt", 55, 71, "Mona Wandel", "Ljusdalssalen"),
                              minutes("on_b.txt", 210, 238, "Bengt Åke Jackas", "Förvaltningshuset"),
                              refusal_threshold=0)
    checked = assistant.ask("vem justerade omsorgsnämndens protokoll med §§ 210–238?")
    assert "Bengt Åke Jackas" in checked.answer and "Mona Wandel" not in checked.answer, checked.answer
    held = assistant.ask("var hölls mötet som började på paragraf 55?")
    assert "Ljusdalssalen" in held.answer and "Förvaltningshuset" not in held.answer, held.answer
    from assistant.answer.held_paragraphs import _BEGUN_AT, _SPANNING

    assert _SPANNING.search("vem justerade kf-protokollet med §§ 218-229") and _SPANNING.search("protokoll 210-238")
    assert not _SPANNING.search("vem valdes till justerare på styrelsemötet 18-19 mars 2017")
    assert not _SPANNING.search("vad hände på protokollet 18-19 mars") and _BEGUN_AT.search("mötet som börjar med § 86")


def test_a_run_in_cover_names_the_justerare_after_its_label() -> None:
    """"Paragrafer Utses att justera Louise Bertilsson (MP) och Erene Bertilsson (KD) Underskrifter": the names
    after the label, not the empty cell's label before it read as a name."""
    text = ("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2015-05-18\n\n1 Plats Tranemosalen i Tranemo Tid 18:00-19:00 "
            "Närvarande Beslutande Enligt närvarolista 4/2015 Övriga närvarande Tina Haglund, processekreterare "
            "Paragrafer Utses att justera Louise Bertilsson (MP) och Erene Bertilsson (KD) Underskrifter Sekreterare "
            "Ordförande Justerare.. Tina Haglund.. Lars-Åke Larsson Louise Bertilsson Erene Bertilsson ANSLAG/BEVIS "
            "Organ Sammanträdesdatum Anslaget under tiden\n\n43 Information om samordningsförbundet s beslut "
            "Noterar informationen\n")
    structure = parse(text)
    assert structure.roles["justerare"] == "Louise Bertilsson (MP) och Erene Bertilsson (KD)"
    shifted = parse("1 1 Plats och tid Polstjernan 13: ande Övriga närvarande Utses att justera Ewa\nLindstrand (S) "
                    "Bengt Nilsson (S) tjänstgör istället för Stefan Dalin (S) Johanna\nBergsten (S) Jan Norberg (S)\n\n"
                    "§ 1 Val av justerare\nJan Norberg (S) utses att justera.\n")
    assert shifted.roles.get("justerare") != "Ewa Lindstrand (S)"  # the list of those present, shifted under it


def test_a_notice_whose_date_lost_its_hyphens_is_dated_by_its_labelled_cell() -> None:
    """"Kallelse/underrättelse Kommunstyrelsen Tid: 2018 08 13 kl. 08:00": a transcript dropped the hyphens; the
    labelled day is the meeting's, not an item's "workshop 18 juni"."""
    text = ("Kallelse/underrättelse Kommunstyrelsen Tid: 2018 08 13 kl. 08:00 Plats: Forumsalen\n"
            "Föredragningslista Öppet sammanträde från kl. 13:00 Ärende Dnr Föredragande 1. Sammanfattning av\n"
            "workshop 18 juni KS/2018:242 8:00 Marit Ekstener 2. Information från förvaltningen KS/2018:12\n")
    notice = parse(text, file_name="ks_kallelse_2018-08-13.pdf")
    assert (notice.doc_type, notice.meeting_date, notice.body) == ("kallelse", "2018-08-13", "Kommunstyrelsen")
    assert parse(text.replace("2018 08 13", "2018 14 13"), file_name="ks_kallelse.pdf").meeting_date != "2018-14-13"


def test_paragraphs_numbered_with_the_bodys_initials_name_the_body() -> None:
    """"Ks 60 Dnr 2017-000030 …", "Ks 61 Dnr …": a municipality's minutes number each paragraph with the body's
    initials; minutes whose head names no body are the kommunstyrelse's. One mark alone says nothing."""
    head = ("1(49) Plats och tid Kommunhuset, Mus-Olle, onsdagen den kl 08.30-15.30 Beslutande Ledamöter Maria "
            "Söderberg, C, ordförande\n\n2(49) Ärendelista {a} 60 Dnr 2017-000030 Godkännande av föredragningslistan\n"
            "{b} 61 Dnr 2017-000031 Informationer\n\n{a} 60 Dnr 2017-000030\nGodkännande av föredragningslistan\n"
            "Beslut\nFöredragningslistan godkänns.\n")
    assert parse(head.format(a="Ks", b="Ks"), file_name="protokoll_2017-04.pdf").body == "Kommunstyrelsen"
    assert parse(head.format(a="Kf", b="Kf"), file_name="protokoll_2017-04.pdf").body == "Kommunfullmäktige"
    assert parse(head.format(a="§", b="Ks"), file_name="protokoll_2017-04.pdf").body == ""


def test_the_matter_a_case_number_stands_after_is_the_one_it_numbers(tmp_path) -> None:
    """"vilket ärende hade dnr KS/2014:238": a transcript's run-in contents write each matter's title before its case
    number in brackets; with no item that holds the number, that title answers."""
    from conftest import indexed

    text = ("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2015-05-18\n\n1 Plats Tranemosalen i Tranemo Tid 18:00-19:00\n\n"
            "2 Innehållsförteckning Information om Sjuhärads samordningsförbund 3 Inkomna medborgarförslag "
            "(KS/2015:375) 4 Motion om en gemensam policy för utvecklingssamtalen (KS/2014:461) 9 Bibliotek i\n"
            "anslutning till kommunhuset i Tranemo (KS/2014:238) 11 Revision av livsmedelskontrollen (KS/2014:773)\n")
    assistant = indexed(tmp_path, "kf_2015-05-18.txt", text, refusal_threshold=0)
    answer = assistant.ask("vilket ärende hade dnr KS/2014:238?")
    assert "Bibliotek i anslutning till kommunhuset i Tranemo" in answer.answer, answer.answer
    assert "utvecklingssamtalen" not in answer.answer, answer.answer


def test_the_chair_of_a_body_the_documents_do_not_have_is_not_another_bodys(tmp_path) -> None:
    """"vem var ordförande i miljö- och byggnadsnämnden 2015": with only the council's minutes of 2015, the
    council's chair is no answer; asked of the council, he is."""
    from conftest import indexed

    text = ("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2015-06-15\n\nPlats och tid: Bygdegården i Grimsås kl "
            "18.00-21.40\nOrdförande: Lars-Åke Larsson (M)\nSekreterare: Erik Anderson\n\n"
            "§ 55 Allmänhetens frågestund\n"
            "Inga frågor ställdes.\n\n§ 56 Detaljplan för Grimsås centrum\nYttrande från miljö- och byggnadsnämnden "
            "har inkommit. Kommunfullmäktige antar detaljplanen.\n")
    assistant = indexed(tmp_path, "kf_2015-06-15.txt", text)
    assert "Lars-Åke Larsson" not in assistant.ask("vem var ordförande i miljö- och byggnadsnämnden 2015?").answer
    assert "Lars-Åke Larsson" in assistant.ask("vem var ordförande i kommunfullmäktige 2015?").answer


def test_signature_cells_run_in_give_each_officer_before_the_next_cell() -> None:
    """A transcript's cover ("Paragrafer 248-275 Sekreterare Johan Forssell Ordförande Peter Roslund Justerande Helén
    Lindbäck Organ Anslag/Bevis"): each role's name runs to the next role or cell label, past an empty cell's label
    ("Sekreterare Paragrafer Inger Ronkainen"); two roles over their two names end at the anslag block."""
    cells = parse("1 (45) Plats och tid Ovalen, stadshuset, tisdag 29 september 2015, kl. 13.00 16.05 Utses att "
                  "justera Helén Lindbäck Justeringens tid och plats Kommunledningskontoret, måndag 5 oktober 2015\n"
                  "Paragrafer 248-275 Sekreterare Johan Forssell Ordförande Peter Roslund\nJusterande Helén Lindbäck "
                  "Organ Anslag/Bevis Protokollet är justerat.\n\n2 (45) Innehåll\n")
    assert (cells.roles["sekreterare"], cells.roles["ordförande"], cells.roles["justerare"]) == (
        "Johan Forssell", "Peter Roslund", "Helén Lindbäck")
    empty = parse("1 PITEÅ KOMMUN Sammanträdesprotokoll 1 (73) Plats och tid Stadshuset, Ovalen, kl Utses att justera "
                  "Elisabet Berg Justeringens plats och tid Kommunledningskontoret, onsdag 5 december 2007 "
                  "Underskrifter Sekreterare Paragrafer Inger Ronkainen Ordförande Justerande Peter Roslund Elisabet "
                  "Berg Anslag/Bevis Protokollet är justerat.\n\n2 PITEÅ KOMMUN Sammanträdesprotokoll 2 KS 252 Dnr "
                  "07/KS Natura\n")
    assert (empty.roles["sekreterare"], empty.roles["ordförande"], empty.roles["justerare"]) == (
        "Inger Ronkainen", "Peter Roslund", "Elisabet Berg")
    anslag = parse("1 Landstingsstyrelsen Protokoll 1(44) Utses att justera Christer\nSiwertsson Justeringens plats "
                   "Landstingshuset den 8 april 2011 Och tid Sekreterare\nParagrafer James Winoy Ordförande Harriet "
                   "Jorderud Justerande Christer Siwertsson Organ\nBEVIS Justeringen har tillkännagivits genom anslag "
                   "Jämtlands läns landstingsstyrelse\nSammanträdesdatum Datum för anslags Uppsättande Förvaringsplats "
                   "för protokollet Datum\nför anslags nedtagande Landstingshuset, Östersund Underskrift James "
                   "Winoy\n\n2 Landstingsstyrelsen Protokoll 2(44) Innehållsförteckning\n")
    assert anslag.roles["sekreterare"] == "James Winoy"  # the row, not the anslag block's labels


def test_the_anslag_blocks_organ_cell_run_in_names_the_body() -> None:
    """"Organ Kommunstyrelsen Anslags uppsättande …", "Organ Anslags uppsättande Barn- och utbildningsnämnden Anslags
    nedtagande" (the value shifted past the next label): the body whose minutes are posted."""
    head = "1 PITEÅ KOMMUN Sammanträdesprotokoll 1 (73) Plats och tid Stadshuset, Ovalen, kl Beslutande Peter Roslund "
    tail = " Förvaringsplats för protokollet Stadshuset\n\n2 PITEÅ KOMMUN Sammanträdesprotokoll 2 Yttrande\n"
    assert parse(f"{head}Anslag/Bevis Protokollet är justerat. Organ Kommunstyrelsen Anslags uppsättande Anslags "
                 f"nedtagande{tail}").body == "Kommunstyrelsen"
    assert parse(f"{head}Organ Anslags uppsättande Barn- och utbildningsnämnden Anslags nedtagande{tail}").body == \
        "Barn- och utbildningsnämnden"


def test_minutes_kept_by_an_administration_are_its_boards() -> None:
    """A cover that names no body but keeps the minutes at "Fastighets- och serviceförvaltningen": the minutes are
    of Fastighets- och servicenämnden, marked as guessed; the council's administration serves more than one."""
    cover = ("1 Sammanträdesprotokoll 1 (17) Plats och tid Stadshuset, Ovalen kl. 10:00-16:00 Utses att justera Mayvor "
             "Ekberg Sekreterare Eva Nyström Ordförande Marita Björkman-Forsman Justerande Mayvor Ekberg Organ "
             "Anslag/Bevis Protokollet är justerat. Förvaringsplats för protokollet {} Underskrift\n\n"
             "2 Sammanträdesprotokoll 2 (17) Beslutande Marita Björkman-Forsman (S)\n")
    kept = parse(cover.format("Fastighets- och serviceförvaltningen, stab"))
    assert kept.body == "Fastighets- och servicenämnden" and "body" in kept.guessed
    assert parse(cover.format("Kommunledningsförvaltningen, stadshuset")).body == ""


def test_a_run_in_place_cell_ends_at_the_weekday_that_lost_its_date() -> None:
    """"1 1(48) Plats och tid Trångsvikens Bygdegård onsdagen den, klockan Beslutande": the transcript lost the day and
    the hour; the place is what stands before the weekday."""
    cover = parse("1 1(48) Plats och tid Trångsvikens Bygdegård onsdagen den, klockan Beslutande edamöter Se bilaga 1 "
                  "Justeringens plats och tid Kommunhuset i Krokom, torsdagen den 12 mars 2015 Underskrifter\n\n"
                  "2 2(48) Kommunfullmäktige Ärendelista\n")
    assert cover.place == "Trångsvikens Bygdegård"


def test_a_stance_asked_is_answered_by_the_sentence_where_the_one_asked_about_takes_it() -> None:
    """"hade trafikverket något emot lagerhallen": the item's sentence where Trafikverket takes a stance ("har inget
    att invända") answers; the decision and the sentence that only says it was consulted go under "Mer i underlagen";
    a stance of another item, or of someone not asked about, is no answer."""
    from assistant.answer.retrieval import Hit
    from assistant.answer.stances import asks_stance, stances_first
    from assistant.answer.units import Unit
    from assistant.index.store import StoredChunk
    from assistant.swedish import content_terms

    def hit(key: str, item: str, context: str) -> Hit:
        return Hit(StoredChunk(f"bn:{key}", "bn", "", context, {"doc_id": "bn", "item_number": item}), 1.0)

    first = hit("1", "§ 78", "§ 78 GRESSELA 6:9 - Bygglov för nybyggnad av lagerhall")
    later = hit("2", "§ 78", "§ 78 GRESSELA 6:9 - Bygglov för nybyggnad av lagerhall")
    other = hit("3", "§ 79", "§ 79 SÄRÖ 1:486 - Bygglov")
    decision = Unit(0, 80, "Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov för nybyggnad av lagerhall.",
                    3.0)
    consulted = Unit(100, 166, "Trafikverket har fått möjligheter att lämna synpunkter på ansökan.", 2.0)
    neighbours = Unit(200, 260, "Grannarna har inget att invända mot lagerhallen.", 0.5)
    stance = Unit(300, 380, "Trafikverket har inget att invända mot att bygglov beviljas på den föreslagna platsen.",
                  0.2)
    elsewhere = Unit(900, 960, "Trafikverket avstyrker ansökan.", 1.0)
    question = "hade trafikverket något emot lagerhallen på gressela"
    assert asks_stance(question) and not asks_stance("vad beslutade au om lagerhallen på gressela")
    found = [(other, [elsewhere]), (first, [decision, consulted]), (later, [neighbours, stance])]
    direct, more = stances_first([(first, [decision, consulted])], [(later, [stance])], found,
                                 content_terms("trafikverket emot lagerhallen gressela"))
    assert [u.text for _, units in direct for u in units] == [stance.text]
    assert [u.text for _, units in more for u in units] == [decision.text, consulted.text]


def test_the_words_that_ask_a_time_or_the_secretary_name_no_topic(tmp_path) -> None:
    """"mellan vilka klockslag" asks the hours, "vem förde protokollet" the secretary: a cover that says "Plats och tid
    … kl 10:00-15:00" and "Sekreterare Mona Rönneblad" answers, though it never says "klockslag" or "förde"."""
    from conftest import indexed

    cover = ("Heby kommun\n\nVerksamhetsutskottet 2013-05-14\n\n1 SAMMANTRÄDESPROTOKOLL 1 (20) Plats och tid "
             "Kommunkontoret, Heby kl 10:00-15:00 Beslutande David Olsson (M), ordförande Carina Schön (S) Utses att "
             "justera Anne Mattsson Sekreterare Mona Rönneblad Paragrafer 35\n\nVu 35 Delegationsbeslut\n"
             "Delegationsbesluten anmäls.\n")  # a cover's cells run together into one paragraph
    assistant = indexed(tmp_path, "vu-2013-05-14.txt", cover, refusal_threshold=0.0)
    hours = assistant.ask("Var satt verksamhetsutskottet i maj 2013 och mellan vilka klockslag?")
    assert hours.found and "10:00-15:00" in hours.answer, hours.answer
    secretary = assistant.ask("vem förde protokollet på verksamhetsutskottets möte i maj 2013?")
    assert secretary.found and "Mona Rönneblad" in secretary.answer, secretary.answer
