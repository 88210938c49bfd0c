"""What kind of document this is and which meeting it belongs to, read from its first page and running
header (and, only when the text does not say, guessed from the file name).

Fills only what a layout-specific parser left blank: document type, body, meeting date, time and place,
roles (ordförande, sekreterare, justerare) and people present from label–value lines, and a title a person
can tell apart ("Protokoll Styrelsen 2025-02-03"). Facts taken from the file name are listed in
``Structure.guessed``.
"""

from __future__ import annotations

import re

from assistant.documents.bodies import (administration_body, annual_meeting, body_name, initialled_body,
                                       labelled_body, names_unbroken, opens_with_sitting, posted_body, proposer,
                                       signed_by)
from assistant.documents.dates import (CLOCK_TIME, called_day, compact_meeting_day, day_wrapped_before_year,
                                      guessed_day, meeting_date_lines, parse_date, title_day, title_day_in_file_year,
                                      without_date)
from assistant.documents.doc_types import (FIRST_PAGE_CHARS, NOT_MEETINGS, TITLE_WORDS, agenda_filled_in, doc_type,
                                           doc_type_from_text, posted_minutes, report_headline, run_in_letterheads,
                                           title_type)
from assistant.documents.file_names import facts_from_file_name, file_date, file_year
from assistant.documents.header_cells import LABEL_VALUE, MARKUP, label_values
from assistant.documents.item_heads import agenda_shaped
from assistant.documents.lines import SITE_LINK, Line, is_page_number, split_lines, unspaced, without_banner
from assistant.documents.meeting_numbers import numbered_span
from assistant.documents.model import Structure
from assistant.documents.organisation import UNIT_WORD, organisation_alias, organisation_of
from assistant.documents.meeting_place import (COMPACT_HOUR, HOURS, HOURS_LINE, OPENED, SAYS_MEETING, TITLE_LINES,
                                              place_in_head)
from assistant.documents.present import people

Span = tuple[int, int]

_CLOCK_AT = r"(?:\bkl\.?|\bklockan|\btid)\s*:?\s*"
# "kl 9.30 15.15": an extraction that lost the dash
_TIME = re.compile(rf"{_CLOCK_AT}(\d{{1,2}}[.:]\d{{2}})(?:(?:\s*[–-]\s*|[ \t]+)(?:ca\.?\s*)?(\d{{1,2}}[.:]\d{{2}})\b)?",
                   re.IGNORECASE)
# "Plats och tid Borås, kl. 13,00-16,00" with a decimal comma: only in the head, as minutes' items write other
# events' hours so too ("Årsmötet kommer att hållas den 19/4, kl. 18,30")
_COMMA_TIME = re.compile(rf"{_CLOCK_AT}(\d{{1,2}},\d{{2}})\s*[–-]\s*(\d{{1,2}},\d{{2}})\b", re.IGNORECASE)
# "Välkommen till klubbens höstmöte lördag den 28 november 2020, klockan 14.00 i Ellös / Folkets Park.", "Medlemmarna
# kallas till årsmöte … kl. 15.00 på Bygdegården, Hönö.": a notice's invitation says where after the hour
_INVITED_AT = re.compile(r"\b(?:[Vv]älkomm(?:en|na)|kallas)\b[^.]{0,160}?\b(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2},?\s+"
                         r"(?:i|på)\s+(?P<place>[A-ZÅÄÖ][^.,;:\n]{1,60}(?:\n[A-ZÅÄÖ][^.,;:\n]{1,40})?"
                         r"(?:,[ \t]*[A-ZÅÄÖ][^.,;:\n]{1,30})?)\s*[.,]"
                         r"|\b[Vv]i\s+(?:är|ses|träffas|samlas|håller till)\s+(?:som vanligt\s+)?(?:i|på|hos)\s+"
                         r"(?P<our>[A-ZÅÄÖ][^.,;:\n]{1,60}?)\s*[.,]")  # "Vi är som vanligt på Trenova Center."
# "Protokoll fört vid ordinarie föreningsstämma … den 20 september 2025.", "… höstmöte, 1 december 2022 i sal Q21,
# KTH Campus.": the minutes say when and where the meeting was held, whatever the page's "Datum:" (the day written)
_KEPT = r"\bprotokoll\s+(?:nr\.?\s*\d+,?\s+)?(?:fört\s+)?(?:vid|på|under|från)\s+(?P<said>.{0,200}?)"
_KEPT_AT = re.compile(_KEPT + r"(?:\.(?:\s*\n|\s+[A-ZÅÄÖ§])|$)", re.IGNORECASE | re.DOTALL)
_KEPT_LINE = re.compile(_KEPT + r"\n[ \t]*\n", re.IGNORECASE | re.DOTALL)  # no full stop: the head line's paragraph
HEADLINE_CHARS = 80
# a cover's cells run on: "Kallelse Regionala utvecklingsnämnden Datum: …", "Kallelse/underrättelse Kommunstyrelsen …"
_KIND_FIRST = re.compile(r"(?:Kallelse|Protokoll|Föredragningslista|Dagordning)(?:/[a-zåäö]+)?\s+[A-ZÅÄÖ]")
_KEPT_HEAD_CHARS, _KEPT_BODY_CHARS = 30, 80  # "Protokoll nr 348, fört vid"; the meeting, before its day and place
_PLACE_AFTER_DAY = re.compile(r"(?:\d{4}(?:-\d\d-\d\d)?|\b(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}),?\s+"
                              r"(?:(?:ombord|ute|uppe|nere) )?(?:i|på|hos|[Vv]ia)\s+"  # "28 juli 2014 ombord på Roxensnabben"
                              r"(?P<place>(?:(?!\n\s*\n)[^,.$§]){2,80}"
                              r"(?:,[ \t\n]*(?:på[ \t\n]+)?[A-ZÅÄÖ][^,.$§\n]{1,30})?)")
# not past a paragraph; "i Lingsalen, på" / "Lillsved": the room, then the place it is in
_NEXT_MEETING = re.compile(r"\bnästa\s+[\wåäö]*(?:möte|sammanträde|stämma)", re.IGNORECASE)
_NAMES_MEETING = re.compile(r"(?:möte|sammanträde|stämma)(?:t|n|s|ts|s?protokoll)?\b", re.IGNORECASE)  # "Styrelsemöte 4 maj"
_SECTION_NAME = re.compile(r"[\wåäöÅÄÖ-]*(?i:sektion|division)\w*\s+(?i:för|inom|vid)\s+\S"  # "Sektionen för Medieteknik"
                           rf"|{UNIT_WORD}(?:\s*$|\s{{2,}}|,)")  # "Datateknologsektionen"
_ATTENDANCE_OR_OPENING = re.compile(r"\s*(?:§?\s*\d+[.)]?\s*)?(?:Mötets öppnande|Mötet öppnas|Öppnande|Närvarande|"
                                    r"Kallade|Deltagare)\b", re.IGNORECASE)
_OPENED_BY = re.compile(r"\böppnades av\s+[A-ZÅÄÖ]")
_CLOSED = re.compile(r"\b(?:avslutas|avslutades|avslutat|avslutar|avslutande|sluta|slutar|slutade)\b"
                     r"|\b(?:was|is) (?:closed|adjourned)\b",
                     re.IGNORECASE)  # and in minutes kept in English
_POSTED = re.compile(r"(?i)(?:datum\s+(?:för|då)\s+)?anslag(?:s|et)?\s+(?:uppsättande|nedtagande|uppsatt|nedtas|nertas"
                     r"|(?:sätts|sattes|tas|togs)\s+(?:upp|ned|ner))[\s:]*(?:den\s+)?\d{4}-\d\d-\d\d")
# "PROTOKOLLDATUM 2018-01-22", "Protokolldatum: 2014-04-12": the day of the minutes, the meeting's unless the
# title names the meeting with its day; before a web page's stamp ("31 MAJ 2023") above it
_MINUTES_DATED = re.compile(r"\s*(?i:protokolldatum)\b:?\s*(.+)")
_DATE_LABELS = {"datum", "sammanträdesdatum", "mötesdatum", "tid", "tid och plats", "plats och tid", "datum och tid", "tid och datum",
                "datum och plats", "plats och datum", "klockan",
                "när", "sammanträde", "möte", "sammanträdestid", "mötestid", "tidpunkt", "date", "time", "date and time",
                "time and place", "place and time", "date and place"}
_SIGNING_COVER = re.compile(r"Signerat med BankID|Signerat dokument|Originalfilen och signaturerna", re.IGNORECASE)
_NOTICES = {"kallelse", "föredragningslista", "dagordning"}
_MEETING_CALLED = r"(?P<meeting>(?:ordinarie |extra )?(?:[\wåäö-]+s\s+)?[\wåäö-]*(?:möte|stämma|sammanträde)\w*)"
_CALLED_TO = re.compile(rf"\bkalla[rs]\b[^.\n]{{0,60}}?\btill\s+{_MEETING_CALLED}",
                        re.IGNORECASE)  # "Deltagarna kallas härmed till stämma", "Styrelsen kallar till årsmöte"
_NOTICE_TO = re.compile(rf"\bkallelse\s+till\s+{_MEETING_CALLED}", re.IGNORECASE)  # "… till socialnämndens sammanträde"
# "Protokoll för Falkens scoutkårs ordinarie" / "kårstämma 2013-04-11.": the meeting the minutes say they are of
_MINUTES_OF = re.compile(r"^[ \t]*Protokoll\s+(?:fört\s+)?(?:för|vid|från)\s+(?P<meeting>[^\n]+(?:\n(?!\s*\n)[^\n]+)?)",
                         re.MULTILINE)
_NOTICE_HEADING = re.compile(r"(?i:kallelse)(?: till [^.]{3,60})?:?")
NOTICE_LINES = 12  # the head of a notice: to whom, the meeting, its day, time and place



_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def title_lines(text: str, noise: list[Span], first_item: int) -> list[Line]:
    """The first lines of the document before its first item, then running header lines of later pages."""
    end = min(FIRST_PAGE_CHARS, first_item)
    lines = [ln for ln in without_banner(split_lines(text[:end]))
             if _LETTER_OR_DIGIT.search(ln.stripped) and not is_page_number(ln)  # not "1(2)", nor a rule "_____"
             and not SITE_LINK.fullmatch(ln.stripped)]
    covered = [n for n, ln in enumerate(lines) if _SIGNING_COVER.search(ln.text)]
    lines = lines[covered[-1] + 1 if covered else 0:][:TITLE_LINES]  # an e-signing service's cover page first
    header = [ln for ln in split_lines(text) if ln.stripped and any(s <= ln.start < e for s, e in noise[:6])]
    return lines + [ln for ln in header if ln.start >= end][:3]



def _at_line(lines: list[Line], said: re.Pattern[str]) -> list[re.Match[str]]:
    """"Mötet öppnas. / a. 17:16.", "förklarade mötet öppnat 18.03": the time on the line that says it (the
    meeting opened, closed) or on the line below it."""
    return [found for found, _ in _said_at(lines, said)]


def _said_at(lines: list[Line], said: re.Pattern[str]) -> list[tuple[re.Match[str], tuple[int, int]]]:
    for line, below in zip(lines, lines[1:] + lines[-1:]):
        if said.search(line.text):
            if found := CLOCK_TIME.search(line.text):
                return [(found, (line.start, line.end))]
            if found := CLOCK_TIME.search(below.text):
                return [(found, (line.start, below.end))]
    return []  # a heading ("25. Föreningsstämmans avslutande") may say it without the time the text gives below


def opening_and_closing_time(text: str, structure: Structure) -> None:
    """Where the minutes say the meeting opened ("Mötet öppnades av Lisa Berg 17:20") and closed ("Mötet avslutas
    19:52"), with the time: in the first and the last items."""
    head = structure.items[3].start if len(structure.items) > 3 else min(len(text), 3000)
    tail = structure.items[-3].start if len(structure.items) >= 3 else max(0, len(text) - 3000)
    lines = [ln for ln in split_lines(text) if ln.stripped.strip("=-_*")]  # a Setext heading's rule is no line
    for _, span in _said_at([ln for ln in lines if ln.start < head and SAYS_MEETING.search(ln.text)], OPENED):
        structure.fact_spans.setdefault("öppnat", span)
    for line in (ln for ln in lines if ln.start < head and _OPENED_BY.search(ln.text)):  # "Mötet öppnades av
        structure.fact_spans.setdefault("öppnat", (line.start, line.end))  # Uffe.": who, when no time is said
    opened = structure.fact_spans.get("öppnat", (0, 0))[1]  # a notice: "Mötet beräknas sluta 19:00" in its head
    # minutes with earlier minutes attached close before them
    early = [ln for ln in lines if opened <= ln.start < tail and SAYS_MEETING.search(ln.text)
             and _CLOSED.search(ln.text) and CLOCK_TIME.search(ln.text)]
    closings = [(ln.start, ln.end) for ln in early[:1]] + [span for _, span in _said_at(
        [ln for ln in lines if ln.start >= tail], _CLOSED)]
    if closings:
        structure.fact_spans.setdefault("avslutat", closings[0])


def notice_posted(text: str, structure: Structure) -> None:
    """Municipal minutes certify where the justering was posted and for how long: "Datum för anslags uppsättande
    2025-02-26  Datum för anslags nedtagande 2025-03-20", "Anslaget sätts upp 2024-02-08 … tas ned 2024-03-01":
    from the first date to the last, as written."""
    found = list(_POSTED.finditer(text))
    if found:
        structure.fact_spans.setdefault("anslag", (found[0].start(), found[-1].end()))


def meeting_when_where(text: str, lines: list[Line], title: list[str], structure: Structure) -> None:
    pairs = label_values(lines)
    kept = _KEPT_AT.search(text, 0, FIRST_PAGE_CHARS) or _KEPT_LINE.search(text, 0, FIRST_PAGE_CHARS)
    kept_at = kept if kept and "fört" in kept[0][:_KEPT_HEAD_CHARS] and kept[0][0].isupper() else None  # "Protokoll
    # från …" only says where; "Anmäldes protokoll fört vid årsstämma …" tells of other minutes
    if kept_at and (named := body_name(kept_at["said"][:_KEPT_BODY_CHARS])):
        structure.body = named  # "Protokoll nr 348, fört vid sammanträde med … STYRELSE": whatever the page above names
    if kept_at and not structure.meeting_date and \
            (day := parse_date(" ".join(kept_at["said"].split()))):
        structure.meeting_date = day
    if kept and not structure.place and (where := _PLACE_AFTER_DAY.search(text, kept.start("said"), kept.end("said"))):
        structure.place = " ".join(where["place"].split())  # the room may be broken onto the next line
        structure.fact_spans.setdefault("plats", (kept.start(), where.end("place")))  # quoted with its meeting and day
    if not structure.place and structure.doc_type in _NOTICES and \
            (invited := _INVITED_AT.search(text, 0, FIRST_PAGE_CHARS)):
        named = "place" if invited["place"] else "our"
        structure.place = " ".join(invited[named].split())
        structure.fact_spans.setdefault("plats", (invited.start(), invited.end(named)))
    if not structure.meeting_date:
        labelled = [parse_date(v) for label, v, _ in pairs if label in _DATE_LABELS]
        dated = meeting_date_lines(title)  # "Styrelsemöte 4 maj" before "Stockholm 2020-04-04"
        naming = 0
        if structure.doc_type in TITLE_WORDS:  # a meeting's own document: the date beside the meeting first
            dated.sort(key=lambda t: not _NAMES_MEETING.search(t))
            naming = sum(bool(_NAMES_MEETING.search(t)) for t in dated)
        in_title = [parse_date(t) or compact_meeting_day(t) for t in dated] + [title_day(title)]
        anywhere = [parse_date(t) for t in meeting_date_lines([ln.text for ln in lines])]
        wrapped = [day_wrapped_before_year(line.text, below.text) for line, below in zip(lines, lines[1:])]
        written = [parse_date(found[1]) for t in title if (found := _MINUTES_DATED.match(t))]
        known = [d for d in labelled + in_title[:naming] + written + in_title[naming:] + wrapped + anywhere if d]
        called = called_day(lines, min(known, default="")) if structure.doc_type in _NOTICES else ""
        structure.meeting_date = called or next(iter(known), "")
    if not structure.meeting_time:
        structure.meeting_time = _meeting_time(pairs, lines, title)
    if not structure.place:
        structure.place = place_in_head(pairs, lines, title)


# "Plats och tid:" / "Rådhussalen, Kulturhuset Glada Hudik, Hudiksvall 17.30-20.30": a cell's hours after the place
_CELL_HOURS = re.compile(rf"(?<![\d.:]){HOURS}(?![\d.:])")


def _guess_meeting_day(title: list[str], year: str, written: str, text: str, first_page: list[Line],
                       structure: Structure) -> None:
    """The day a note was written, or the day minutes that name no day were signed ("Altuna 2021-04-07 Justeras:
    …") or checked."""
    structure.meeting_date = guessed_day(title, year, written, text, structure.doc_type.endswith("protokoll"),
                                         [ln.text for ln in first_page], structure.roles.get("justering", ""))
    structure.guessed += ["meeting_date"] if structure.meeting_date else []


def _meeting_time(pairs: list[tuple[str, str, Line]], lines: list[Line], title: list[str]) -> str:
    """The hour of a "Tid" cell, else of the first page's lines (not the next meeting's: "Nästa styrelsemöte blir
    den 8/8 kl. 18.30"), else when the meeting opened, else the head's "Kl. 1900" or "kl. 13,00-16,00"."""
    lines = [ln for ln in lines if not _NEXT_MEETING.search(ln.text)]
    cells = [without_date(v).strip(" ,") for label, v, _ in pairs if label in _DATE_LABELS]
    times = [m for cell in cells if (m := _TIME.search(f"kl {cell}") or _CELL_HOURS.search(cell))]
    above = ["", *(ln.text for ln in lines)]
    times += [m for ln, over in zip(lines, above) if (m := _hour_of_meeting(ln.text, over))]
    joined = " ".join(ln.stripped for ln in lines)
    times += [m for m in [_hour_of_meeting(joined, "")] if m]  # "börjar klockan" / "19:00"
    times += _at_line(lines, OPENED) + [m for t in title if (m := _COMMA_TIME.search(t) or COMPACT_HOUR.search(t)
                                                               or HOURS_LINE.match(t))]
    hours = [re.sub(r"^(\d\d)(\d\d)$", r"\1:\2", t) for t in times[0].groups() if t] if times else []
    return re.sub(r"[.,]", ":", "-".join(hours))


_CHECKED_WHEN = re.compile(r"\bjustering(?:ens|en)?\s+(?:plats|dag|datum|tid)", re.IGNORECASE)
_CHECKED_HOUR_CHARS = 100  # from the justering's label to its hour: its place and day between


def _hour_of_meeting(line: str, above: str) -> re.Match[str] | None:
    """The line's first hour that is not when the minutes are checked ("Justeringens plats Kommunkontoret och tid
    Fredagen den 22 november 2013 kl. 07:30", the label perhaps on the line above)."""
    for hour in _TIME.finditer(line):
        before = f"{above}\n{line[:hour.start()]}"
        label = [*_CHECKED_WHEN.finditer(before)]
        after_label = before[label[-1].end():] if label else ""
        if not label or len(after_label) > _CHECKED_HOUR_CHARS or re.search(r"\bTid\b", after_label):
            return hour
    return None


def infer_facts(text: str, structure: Structure, noise: list[Span], file_name: str, written: str = "") -> None:
    """Fill the blanks of ``structure`` from the text, then from the file name and the day the file was
    ``written`` (its PDF's creation date), marked as guessed."""
    first_item = min((item.start for item in structure.items), default=len(text))
    head = title_lines(text, noise, first_item)
    title = [MARKUP.sub("", unspaced(ln.stripped)) for ln in head]
    first_page = [ln for ln in split_lines(text[:FIRST_PAGE_CHARS]) if ln.stripped and  # a running header between
                  not any(start <= ln.start < end for start, end in noise)]  # a label and its value is not the value
    if doc_type(title) == "styrdokument" and structure.doc_type != "styrdokument":  # by-laws in "§ 17" paragraphs
        structure.doc_type, structure.meeting_date, structure.meeting_time, structure.title = "styrdokument", "", "", ""
    letterheads = run_in_letterheads([ln.text for ln in first_page])
    if not structure.doc_type:
        typed = title_type(title)  # the certificate of the posting outweighs a word of the head ("Beslutande
        typed = "protokoll" if posted_minutes(text) and not typed.endswith("protokoll") else typed  # Se bilaga 1")
        structure.doc_type = typed or doc_type(letterheads) or doc_type_from_text(text, structure)
        if structure.doc_type in ("föredragningslista", "dagordning") and agenda_filled_in(text, structure):
            structure.doc_type = "protokoll"
    if structure.doc_type in NOT_MEETINGS and (notice := _notice_in_pack(text, structure, first_item)):
        structure.doc_type, first_page = "kallelse", notice  # the annual meeting's papers: its notice and agenda
        # bound with the reports ("ÅRSREDOVISNING" on the cover)
    if not structure.body:
        _read_body(text, title, first_page, letterheads, structure)
    if structure.doc_type in NOT_MEETINGS:
        structure.document_date = next((d for ln in first_page + split_lines(text[-1500:]) if (d := parse_date(ln.text))), "")
    else:
        meeting_when_where(text, first_page, title, structure)
        if numbered := numbered_span(head):  # "Styrelsemöte nr 9"
            structure.fact_spans.setdefault("nummer", numbered)
        if structure.doc_type in _NOTICES and not (structure.place and structure.meeting_time):
            meeting_when_where(text, _notice_inside(text, structure.meeting_date), [], structure)
    people(text, first_page, structure)
    opening_and_closing_time(text, structure)
    notice_posted(text, structure)
    if not structure.organisation:
        structure.organisation = organisation_of(title)
    structure.organisation_alias = organisation_alias(title, structure.organisation)
    facts_from_file_name(file_name, structure, text)
    _date_the_running_header_and_file_name_agree_on(text, noise, file_name, structure)
    _year_of_the_file_name(title, file_name, structure)
    if structure.doc_type not in NOT_MEETINGS and not structure.meeting_date:
        _guess_meeting_day(title, file_year(file_name), written, text, first_page, structure)
    if not structure.title or structure.doc_type in TITLE_WORDS:
        at = next((i for i, t in enumerate(title) if not _is_field(t)), 0)
        headline = report_headline(title[at:]) if title else ""
        if re.search(r"\s(?:för|i|vid|inom|enligt|av|om|och|till|med|över|på)$", headline):  # "Stadgar för" over
            # "Österlen Budo Klubb", "Riktlinjer för serveringstillstånd och tillsyn enligt" over "alkohollagen"
            headline = " ".join(title[at:at + 2])
        structure.title = meeting_title(structure) or structure.title or headline[:120]


def _read_body(text: str, title: list[str], first_page: list[Line], letterheads: list[str],
               structure: Structure) -> None:
    # "Styrelsemöte 4 maj 2020" under "Sektionen för Medieteknik": the board meets, the section is the organisation
    bodies_first = sorted(_headlines(title) + letterheads,
                          key=lambda t: (not opens_with_sitting(t), bool(_SECTION_NAME.match(t))))
    called = _called_body(first_page)
    minuted = next((b for m in _MINUTES_OF.finditer(text, 0, FIRST_PAGE_CHARS)
                    if (b := body_name(" ".join(m["meeting"].split())))), "")
    named = labelled_body(first_page) or (called if structure.doc_type in _NOTICES else "") or minuted or \
        next((b for t in bodies_first if (b := body_name(t))), "") or posted_body(first_page) or \
        initialled_body(text)  # the meeting a notice calls, not its sender; "Ks 60 Dnr …": its paragraphs' initials
    proposing = proposer(text)
    own = structure.doc_type in NOT_MEETINGS  # a proposal or report is by its author, not its subject
    structure.body = (proposing or named if own else named or proposing) or \
        ("" if own else annual_meeting([item.title for item in structure.items], text)) or signed_by(text)
    if not structure.body and not own and (kept := administration_body(text[:FIRST_PAGE_CHARS])):
        structure.body = kept  # "Förvaringsplats för protokollet Fastighets- och serviceförvaltningen"
        structure.guessed.append("body")


def _headlines(title: list[str]) -> list[str]:
    """The head's lines that may name the body; of a cover run on into one line ("Kallelse Regionala
    utvecklingsnämnden Datum: … Ledamöter …"), its start."""
    return [t if len(t) <= HEADLINE_CHARS or opens_with_sitting(t) else t[:HEADLINE_CHARS]
            for t in names_unbroken(_before_attendance(title))
            if (len(t) <= HEADLINE_CHARS or opens_with_sitting(t) or _KIND_FIRST.match(t))
            and not t.endswith((".", ":")) and not _BARE_BODY_NOUN.fullmatch(t.strip())]


_BARE_BODY_NOUN = re.compile(r"(?i:[a-zåäö]*(?:styrelse|nämnd|utskott|beredning)|revision)")  # "Styrelse",
# "Valberedning" over the people a meeting elected ("• Anna Berg, ordförande"): headings, not the page's body


def _is_field(line: str) -> bool:
    """"Datum: 2024-05-15" is a field of the head, not its title; "Motion 1 : Gällande IMD" names a numbered thing."""
    found = LABEL_VALUE.fullmatch(line)
    return bool(found) and not re.search(r"\d", found["label"])


def _notice_inside(text: str, day: str) -> list[Line]:
    """An agenda pack's notice after its first page ("KALLELSE" / "Sektionsmöte #4" / "Lördag 9 maj 2020" / "kl 12:00"
    / "Plats: Zoom"): its lines, when they name the meeting's day."""
    lines = [ln for ln in split_lines(text) if ln.stripped]
    for at, line in enumerate(lines):
        if line.start >= FIRST_PAGE_CHARS and _NOTICE_HEADING.fullmatch(line.stripped):
            block = lines[at:at + NOTICE_LINES]
            if day and any(parse_date(ln.text) == day for ln in block):
                return block
    return []


def _called_body(first_page: list[Line]) -> str:
    """The body whose meeting the page calls to, the call wrapped or not ("… Kallelse till socialnämndens" /
    "sammanträde:")."""
    said = " ".join(ln.text for ln in first_page)
    return next((b for m in [*_CALLED_TO.finditer(said), *_NOTICE_TO.finditer(said)] if (b := body_name(m["meeting"]))),
                "")


def _notice_in_pack(text: str, structure: Structure, first_item: int) -> list[Line]:
    """The lines of a notice ("Härmed kallas du … till ordinarie årsmöte …" under its "Datum:", "Plats:") before the
    agenda of the document's items, when they run from the opening to the closing."""
    called = _CALLED_TO.search(text, 0, first_item)
    if not called or not agenda_shaped([item.title for item in structure.items]):
        return []
    lines = [ln for ln in split_lines(text[:first_item]) if ln.stripped]
    at = next(n for n, ln in enumerate(lines) if ln.end >= called.start())
    return lines[max(0, at - NOTICE_LINES):at + 2]  # its head and labelled lines above the call, the call's day below


def _before_attendance(title: list[str]) -> list[str]:
    """The head naming who meets ends where attendance or the opening begins ("## Stormöte" after is a topic)."""
    end = next((i for i, t in enumerate(title) if _ATTENDANCE_OR_OPENING.match(t)), len(title))
    return title[:end]


def _date_the_running_header_and_file_name_agree_on(text: str, noise: list[Span], file_name: str,
                                                    structure: Structure) -> None:
    """A head copied from an older file ("Protokoll Styrelsemöte 2018-02-28") over pages headed "Styrelsemöte
    2019-01-22", in a file named for 2019-01-22: two witnesses against one."""
    named = file_date(file_name)
    if structure.doc_type in NOT_MEETINGS or not structure.meeting_date or named in ("", structure.meeting_date):
        return
    headed = {parse_date(line) for start, end in noise for line in text[start:end].splitlines()}
    if named in headed and structure.meeting_date not in headed:
        structure.meeting_date = named


def _year_of_the_file_name(title: list[str], file_name: str, structure: Structure) -> None:
    """The title's day without its year, in the year of the file name that has the same day (the text's own years
    are of what it decides: "Budget 2023–2027")."""
    day = title_day_in_file_year(title, file_date(file_name)) if structure.doc_type not in NOT_MEETINGS else ""
    if day and day != structure.meeting_date:
        structure.meeting_date = day
        structure.guessed.append("meeting_date")


def meeting_title(structure: Structure) -> str:
    """"Protokoll Styrelsen 2025-02-03"; empty for documents that are not of a meeting or say too little."""
    word = TITLE_WORDS.get(structure.doc_type)
    if not word or not (structure.body or structure.meeting_date):
        return ""
    title = " ".join(x for x in (word, structure.body, structure.meeting_date) if x)
    if structure.doc_type.endswith("protokoll") and len(structure.items) == 1:  # an extract of one paragraph
        title += f" – {structure.items[0].heading}"
    return title
