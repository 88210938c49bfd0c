"""Dates as meeting documents write them: "2024-02-29", "29 februari 2024", "3-4 mars 2012", "April 13, 2011",
"18/4", "951106" beside the meeting, and a notice's "kallas till årsmöte söndagen den 25 november"."""

from __future__ import annotations

import re
from datetime import date

from assistant.documents.lines import Line
from assistant.swedish import ENGLISH_MONTHS, MONTH_NUMBERS, WEEKDAYS, month_starting

_ISO = re.compile(r"(?<!\d)(20\d{2}|19\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")  # also "2019-2-22"
_ORDINAL = r"(?::e|:a|:de|:te|(?:st|nd|rd|th|\s(?:nd|rd|th))(?:\s+of)?)?"  # "23:e", English "20th of", "24 th of"
_WORDY = re.compile(rf"(?<!\d)(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?{_ORDINAL}\s+([a-zåäö]{{3,9}})\.?,?"
                    r"\s+(\d{4})(?!\d)",  # "22 januari, 2018" too
                    re.IGNORECASE)  # "3-4 mars 2012": a meeting over two days is dated by its first
_DAY_MONTH = re.compile(rf"(?<![\d:])(\d{{1,2}}){_ORDINAL}\s+([a-zåäö]{{3,9}})\b(?!\s+\d)",
                        re.IGNORECASE)  # "23:e februari", English minutes' "20th of October", "24 th of September"
_SPACED_ISO = re.compile(r"\b(?:[Tt]id|[Dd]atum):?\s+((?:19|20)\d\d) (\d\d) (\d\d)(?![\d:.])")  # "Tid: 2018 08 13": a
# transcript dropped the hyphens of the labelled day
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?![\d-])")
_MONTH_FIRST = re.compile(rf"(?i)\b({'|'.join(ENGLISH_MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")  # "April 13
# 2011" in minutes kept in English
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./ ]\s*((?:19|20)\d{2})(?!\d)")
NOT_MEETING_DATE = re.compile(r"juster|anslag|anslog|nedtag|nertag|överklag|utfärd|publicer|expedier|skickad|upprätta"
                              r"|senast|inkom|diarie|tillkännag|datum för|utskr", re.IGNORECASE)
LONE_DATE = re.compile(r"[ \t]*(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t]+[a-zåäö]{3,9}[ \t]+(?:19|20)\d\d)"
                        r"[ \t]*\.?[ \t]*", re.IGNORECASE)
LABEL_END_CHARS = 40
_WRAPPED_TAIL_CHARS = 20  # "plats och": a line this short may be the rest of the label above it


# "och tid Kommunledningskontoret onsdag den 29 november 2017 Underskrifter": a cell's place and day, the day first
_LEADING_DATE = re.compile(r"(?:(?!sammanträd|möte|datum)[^\n]){0,60}?(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t]+"
                           r"[a-zåäö]{3,9}[ \t]+(?:19|20)\d\d)", re.IGNORECASE)


def meeting_date_lines(texts: list[str]) -> list[str]:
    """The lines that may date the meeting: not one that names another day ("Datum för anslags nedtagande …"), nor
    a date alone under such a label, wrapped from it ("… Datum för anslags nertagande" / "2000-03-02"), nor the
    first date of a line under such a label that ends the line above ("Justeringens plats" / "och tid Kontoret den
    29 november 2017 Underskrifter …")."""
    return [t for i, t in enumerate(texts) if not NOT_MEETING_DATE.search(t) and not (
        i and (LONE_DATE.fullmatch(t) and NOT_MEETING_DATE.search(texts[i - 1][-LABEL_END_CHARS:])
               or _LEADING_DATE.match(t) and _ends_with_label(_label_above(texts, i))))]


def _label_above(texts: list[str], i: int) -> str:
    """The line above, or with the one above it where it is a label's wrapped tail ("… Justeringens" / "plats och"
    / "tid Kontoret måndag den 23 september 2019")."""
    above = texts[i - 1]
    return f"{texts[i - 2]} {above}" if i > 1 and len(above) < _WRAPPED_TAIL_CHARS else above


def guessed_day(title: list[str], year: str, written: str, text: str, minutes: bool, first_lines: list[str],
                justering: str) -> str:
    """The day of a meeting document that names none: its title's day in the file name's year, the day before its
    PDF was written, or for minutes the day they were signed or checked (the meeting was held then or just before):
    under the justering's label wrapped or as its cell states it ("Digital justering, 2021-05-04"; "måndagen den 24
    juni" in the file name's year)."""
    return title_day_in_year(title, year) or day_before_written(title, written) or \
        (signed_day(text) if minutes else "") or checked_day(first_lines) or \
        (parse_date(justering) or title_day_in_year([justering], year) if minutes else "")  # "måndagen den 24 juni"


def checked_day(texts: list[str]) -> str:
    """The day of the justering written under its label ("Justeringens plats" / "och tid Kontoret den 29 november
    2017"), for minutes that name no meeting day: the meeting was held then or just before."""
    return next((parse_date(t) for i, t in enumerate(texts) if i and _LEADING_DATE.match(t)
                 and _ends_with_label(label := _label_above(texts, i))
                 and "juster" in label[-LABEL_END_CHARS:].casefold()), "")


def _ends_with_label(line: str) -> bool:
    """The line ends with a label of another day than the meeting's, no date after it."""
    label = next(reversed(list(NOT_MEETING_DATE.finditer(line[-LABEL_END_CHARS:]))), None)
    return label is not None and not re.search(r"\d", line[-LABEL_END_CHARS:][label.end():])


_CALLS = re.compile(r"\b(?:kallas|kallar|kallelse)\b[^.]{0,60}?\btill\b", re.IGNORECASE)  # "… kallas härmed till"
CALLED_DAY_CHARS = 80  # how far after "kallas … till" the meeting's day is written
CLOCK_TIME = re.compile(r"\b([012]?\d[.:][0-5]\d)\b")  # "19:00", "18.30"
_DAY = rf"(?:{'|'.join(WEEKDAYS)})(?:en)?"  # before a date, or after a place ("Tingssalen måndagen den")
_WRITTEN_DAY = re.compile(rf"^\s*(?:den\s+)?{_DAY}\s*,?|[ \t,]+(?:den[ \t]+)?{_DAY}(?:[ \t]+den)?[ \t]*$", re.IGNORECASE)


def _month_number(word: str) -> int:
    """A month written out, short or in English: "okt", "oktober", "October" → 10; 0 when it is none."""
    return MONTH_NUMBERS.get(month_starting(word.casefold()), 0) or ENGLISH_MONTHS.get(word.casefold(), 0)


def parse_date(text: str) -> str:
    text = re.sub(r"(?<=\d)[\u00ad\u2010\u2011\u2012\u2013](?=\d)", "-", text)
    if (match := _ISO.search(text)) and (found := _calendar_date(*match.groups())):
        return found
    if (match := _SPACED_ISO.search(text)) and (found := _calendar_date(*match.groups())):
        return found
    if (match := _WORDY.search(text)) and (month := _month_number(match[2])):  # "21 okt 2025" too
        return _calendar_date(match[3], str(month), match[1])
    if match := _MONTH_FIRST.search(text):
        return _calendar_date(match[3], str(ENGLISH_MONTHS[match[1].casefold()]), match[2])
    if (match := _NUMERIC.search(text)) and 1 <= int(match[2]) <= 12:
        return _calendar_date(match[3], match[2], match[1])
    return ""


# "Protokoll fört vid styrelsens lunchmöte 951106", "Styrelsemöte 980331", "Fredag 231020 klockan 1400": a day
# written YYMMDD beside the meeting or its weekday
_COMPACT_DAY = re.compile(rf"(?:möte|mötet|sammanträde|sammanträdet|stämma|protokoll|{_DAY})\s+(?:den\s+)?"
                          r"(\d\d)(\d\d)(\d\d)(?![\d-])", re.IGNORECASE)
_WEEKDAY_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:den\s+)?(\d{{1,2}})/(\d{{1,2}})\b(?![/-])",
                                re.IGNORECASE)  # "Onsdag 18/4"


def compact_meeting_day(line: str) -> str:
    """The day of a meeting written YYMMDD after it, in the last century when the year would be in the future."""
    if not (match := _COMPACT_DAY.search(line)):
        return ""
    year = int(match[1]) + (1900 if int(match[1]) > date.today().year % 100 else 2000)
    return _calendar_date(str(year), match[2], match[3])


def _calendar_date(year: str, month: str, day: str) -> str:
    """The date, when it is one; "2019–27–02" (day and month swapped) is the 27th of February."""
    if int(month) > 12 >= int(day):
        month, day = day, month
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def title_day(title: list[str]) -> str:
    """A day and month without a year in the title lines, the year written elsewhere in them ("Stackens vårmöte
    2023, torsdagen / den 23:e februari klockan 19.30", "Styrelsemöte 4/2023" / "Onsdag 18/4")."""
    said = " ".join(meeting_date_lines(title))
    if wrapped := parse_date(said):  # "… Museum of Artificial Intelligence, 21 okt" over "2025"
        return wrapped
    year = _YEAR.search(said)
    if (day := _WEEKDAY_DAY_MONTH.search(said)) and year:  # "Styrelsemöte 4/2023" / "Onsdag 18/4"
        return _calendar_date(year[1], day[2], day[1])
    day = _DAY_MONTH.search(said)
    month = MONTH_NUMBERS.get(day[2].casefold()) or ENGLISH_MONTHS.get(day[2].casefold()) if day else None
    if not day or not year or not month or not 1 <= int(day[1]) <= 31:
        return ""
    return f"{year[1]}-{month:02d}-{int(day[1]):02d}"


def title_day_in_file_year(title: list[str], named: str) -> str:
    """A day and month without a year in a title line ("Kommunfullmäktige den 28 november – ett axplock beslut") that
    the file name's date (``named``, ISO) also has: the file name's year, not a year the text names elsewhere
    ("Taxor 2023", "beslutade 2019-12-04")."""
    lines = [t for t in title if not NOT_MEETING_DATE.search(t) and not _YEAR.search(t)]
    day = next((m for t in lines if (m := _DAY_MONTH.search(t))), None)
    worded = day if day and len(day[2]) >= 3 else None  # "8 December", not a month cut to "de"
    slashed = next((m for t in lines if (m := _SLASHED_DAY.search(t))), None)  # "Nationsmöte 8/12"
    if not named or not (worded or slashed):
        return ""
    said = (_month_number(worded[2]), int(worded[1])) if worded else (int(slashed[2]), int(slashed[1]))
    return named if said == (int(named[5:7]), int(named[8:10])) else ""


_SLASHED_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/.-])")  # a day and month, no year


# "Altuna 2021-04-07  Justeras: …", "Stockholm den 12 mars 2021": where and when minutes were signed
_SIGNED_AT = re.compile(r"^[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?,?[ \t]+(?:den[ \t]+)?"
                        r"(?P<day>(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[ \t]+[a-zåäö]+[ \t]+(?:19|20)\d{2})\b",
                        re.MULTILINE)
SIGNED_CHARS = 1500  # the signatures close the minutes


def signed_day(text: str) -> str:
    """The day minutes that name no meeting day were signed, in their last lines: the meeting was held then or
    just before."""
    found = [parse_date(m["day"]) for m in _SIGNED_AT.finditer(text, max(0, len(text) - SIGNED_CHARS))]
    return next((day for day in reversed(found) if day), "")


def title_day_in_year(title: list[str], year: str) -> str:
    """A day and month without any year in the title lines ("Förbundsmötet 23-24 april"), in the one year the file
    name gives ("forbundsmote_2016_nyhet"): the file may have been written years later."""
    day = _DAY_MONTH.search(" ".join(t for t in title if not NOT_MEETING_DATE.search(t)))
    if not year or not day or _YEAR.search(" ".join(title)) or not (month := _month_number(day[2])):
        return ""
    return _calendar_date(year, str(month), day[1])


def day_before_written(title: list[str], written: str) -> str:
    """A day and month without any year in the title lines ("Referensgrupp 18 / nov"), in the year that puts it
    last before the day the file was written (``written``, ISO; notes are written after the meeting)."""
    day = _DAY_MONTH.search(" ".join(t for t in title if not NOT_MEETING_DATE.search(t)))
    if not day or _YEAR.search(" ".join(title)):
        return ""
    return _nearest_year(day, written, later=False)


def called_day(lines: list[Line], written: str) -> str:
    """The day a notice calls its members to ("… kallas till ordinarie årsmöte söndagen den 25 november kl 19"),
    not the day it was written or posted: a day without its year is the first such day from the notice's own."""
    said = " ".join(ln.stripped for ln in lines)
    for called in _CALLS.finditer(said):  # "Kallelse till årsmöte för föreningen." names no day; the call below does
        after = re.split(r"\.(?:\s|$)", said[called.end():called.end() + CALLED_DAY_CHARS])[0]  # the call's sentence
        if day := _day_said(after, written):
            return day
    return ""


def _day_said(after: str, written: str) -> str:
    first = min((m for m in (_ISO.search(after), _WORDY.search(after), _DAY_MONTH.search(after)) if m),
                key=lambda m: m.start(), default=None)
    if first is None or first.re is not _DAY_MONTH:
        return parse_date(first.group()) if first else ""
    return _nearest_year(first, written, later=True)


def _nearest_year(day: re.Match[str], written: str, later: bool) -> str:
    """A day and month written without a year (``_DAY_MONTH``), in the year that puts it first on or after the day
    ``written`` (ISO) when ``later`` (a notice's meeting), else last on or before it (notes of a meeting)."""
    month = _month_number(day[2]) if len(day[2]) >= 3 else 0
    if not written or not month:
        return ""
    for year in (int(written[:4]), int(written[:4]) + (1 if later else -1)):
        found = _calendar_date(str(year), str(month), day[1])
        if found and (found >= written if later else found <= written):
            return found
    return ""


def without_date(value: str) -> str:
    for pattern in (_ISO, _WORDY, _MONTH_FIRST, _NUMERIC):
        value = pattern.sub("", value)
    return _WRITTEN_DAY.sub("", value)


_WEEKDAY_ENDING = re.compile(rf"\b{_DAY}[ \t]*\n[ \t]*\Z", re.IGNORECASE)


def weekday_before(text: str, start: int) -> int:
    """Where a day's quote begins with the weekday that ends the line above it ("… Förvaltningsbyggnaden, onsdagen" /
    "den 5 november 2014"); ``start`` when the line above ends otherwise."""
    above = text[max(0, start - 30):start]
    found = _WEEKDAY_ENDING.search(above)
    return start - len(above) + found.start() if found else start


# "Måndagen den 11 juni" / "2012, kl": a meeting's weekday and day whose year the line below begins with (not "Sista
# dag för överklagan 7 juni" / "2013", nor a notice "infördes den 14 och 15 november" / "2005")
_DAY_AT_END = re.compile(rf"\b{_DAY}\s+(?:den\s+)?\d{{1,2}}\s+[a-zåäö]{{3,9}}\.?\s*$", re.IGNORECASE)
_YEAR_AT_START = re.compile(r"(?:19|20)\d\d\b")


def day_wrapped_before_year(line: str, below: str) -> str:
    """Not a day the line tells of as another's ("Övriga paragrafer justeras på kansliet tisdagen den 7 april")."""
    if (day := _DAY_AT_END.search(line)) and (year := _YEAR_AT_START.match(below.lstrip())) and \
            not NOT_MEETING_DATE.search(line[:day.start()]):
        return parse_date(f"{day.group()} {year.group()}")
    return ""
