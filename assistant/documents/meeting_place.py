"""Where a meeting was held, as the head of its document says: a "Plats" or "Plats och tid" cell (the place before
or after the day and hour), "kl 16.30 i Anne-Maries loge", "årsmötet hålls vid …", a line of the room and its hours."""

from __future__ import annotations

import re

from assistant.documents.dates import without_date
from assistant.documents.lines import Line

TITLE_LINES = 12  # the first lines of a document, where its type, body and date are named
# "08:30 - 10:47 Ånge kommunkontor, mötesrum Rankleven": a meeting page's line of the hours and the room
HOURS = r"(\d{1,2}[.:]\d{2})\s*[-–]\s*(\d{1,2}[.:]\d{2})"  # "08:30 - 10:47", "17.30-20.30": from and to
HOURS_LINE = re.compile(rf"{HOURS}\b")
COMPACT_HOUR = re.compile(r"\b(?:kl\.?|klockan)\s*((?:[01]\d|2[0-3])[0-5]\d)(?![\d.:-])", re.IGNORECASE)  # "Kl. 1900"
SAYS_MEETING = re.compile(r"\bmöte|\bsammanträde|\bstämma|\bmeeting\b", re.IGNORECASE)
OPENED = re.compile(r"\böppna(?:s|des|t|r)?\b|\böppnande\b|\b(?:was|is) opened\b", re.IGNORECASE)
_PLACE_AFTER_TIME = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?,?\s+(?:i|på)\s+"
                               r"(?P<place>[A-ZÅÄÖ][^,\n]{2,60}?)\s*(?:[,.]|$)")  # "kl 16.30 i Anne-Maries loge"
# "årsmötet hålls vid lokalen på Storgatan 7", "Platsen är online"
_HELD_AT = re.compile(r"(?:\b(?:\w*mötet|stämman|sammanträdet)\s+(?:hålls|äger rum|kommer att hållas)\s+(?:vid|i|på)"
                      r"|\bplatsen (?:är|blir))\s+(?P<place>[^.\n]{3,60}?)\s*(?:\.|,|$)", re.IGNORECASE)
# "Sessionssalen, Klippans kommunhus, Trädgårdsgatan 12, kl 08.30—12.00.": a line of its own, no day on it
_PLACE_BEFORE_TIME = re.compile(r"(?P<place>[A-ZÅÄÖ][^\d\n]{3,80}?(?:\d{1,3}\s?[A-Z]?\b[^\d\n]{0,40})?),?\s+"
                                r"(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?\.?")
_PLACE_BEFORE_DATE = re.compile(r"(?:I|På)\s+(?P<place>[^,\n\d]{3,40}?)\s*,\s*\S*\d")  # "I cafeterian, 2018-11-21"
# "1 Plats och tid Sessionssalen, Kommunhuset kl. 09:00-12:00 Beslutande …": a cover's cells run together
_PLACE_TIME_CELL = re.compile(r"\bPlats och tid:?[ \t]+(?P<place>[A-ZÅÄÖ][^\n]{2,80}?),?[ \t]+"
                              r"(?:(?:kl\.?|klockan)[ \t]*\d|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b)"  # or the
                              # weekday that lost its day; or two cells: "1 Plats Bygdegården i Grimsås Tid 18:00"
                              r"|\bPlats:?[ \t]+(?P<cell>[A-ZÅÄÖ][^\n.]{2,80}?),?[ \t]+Tid\b")
_PLACE_AFTER_HOURS = re.compile(rf"{HOURS_LINE.pattern},?\s+(?P<place>[A-ZÅÄÖ][^\n]{{2,80}}?)\s*$")
_PLACE_LABEL_AFTER_DAY = re.compile(r"\d{4}-\d\d-\d\d,?\s+(?i:plats|lokal):?\s+(?P<place>[A-ZÅÄÖ][^\n]{2,80}?)\s*$")
_PLACE_LABELS = {"plats", "lokal", "mötesplats", "plats och tid", "tid och plats", "sammanträdesplats",
                 "datum och plats", "plats och datum",  # and minutes kept in English: "Location:", "Time and place:"
                 "location", "place", "venue", "time and place", "place and time", "date and place"}
# "onsdag 28 september 2022 18:00, Stjärnvallen, Stjärnorp" of "Datum och plats": the place after the day and hour
_AFTER_HOUR = re.compile(r"(?:\d{1,2}[.:]\d{2}|\b(?:19|20)\d\d(?:-\d\d-\d\d)?)\s*,\s*(?P<place>[^,\d][^\n]*?)[\s.]*$")
_HOUR_ON = re.compile(r"(?:,\s*)?(?:\b(?:kl\.?|klockan)\s*)?\d{1,2}[.:]{1,2}\d{2}.*$")
_DAY_WORDS = re.compile(r"(?:\s|,|\bden\b|\bkl\b\.?|\bklockan\b)*", re.IGNORECASE)
_AFTER_HOURS = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*(?:,\s*|\b(?:i|på)\s+)"
                          r"(?P<place>[^\d\s][^\n]*?)[\s.]*$")


def place_in_head(pairs: list[tuple[str, str, Line]], lines: list[Line], title: list[str]) -> str:
    """The first place the head gives: a labelled cell, the title's lines, a sentence that says where, a line of its
    own with the hour."""
    places = [v for label, v, _ in pairs if label in _PLACE_LABELS]
    places += [m["place"] for t in title if (m := _PLACE_AFTER_TIME.search(t) or _PLACE_BEFORE_DATE.match(t))]
    places += [m["place"] for m in _HELD_AT.finditer(" ".join(ln.stripped for ln in lines))]
    places += [m["place"] for ln in lines[:TITLE_LINES] if (m := _PLACE_BEFORE_TIME.fullmatch(ln.stripped))
               and not SAYS_MEETING.search(m["place"]) and not OPENED.search(m["place"])]
    places += [p for t in _comma_joined(title) if COMPACT_HOUR.search(t) and (p := _place_after_hour(t))]
    places += [m["place"] or m["cell"] for ln in lines[:TITLE_LINES] if (m := _PLACE_TIME_CELL.search(ln.text))]
    places += [m["place"] for t in title if (m := _PLACE_AFTER_HOURS.match(t) or _PLACE_LABEL_AFTER_DAY.search(t))]
    places += [m["place"] for t in title if (m := _ROOM_LINE.fullmatch(t) or _VENUE_BEFORE_DAY.search(t))]
    return _place_beside_day(places[0]) if places else ""


# a head line that names the room: "Sammanträdesrum Märtasalen, Storgatan 8, Ljungby" (a transcript's title line)
_ROOM_LINE = re.compile(r"(?i:sammanträdesrum(?:met)?|mötesrum(?:met)?)[ \t]*:?[ \t]+(?P<place>[A-ZÅÄÖ][\wåäöÅÄÖ-]+"
                        r"(?:,?[ \t]+(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\d{1,3}[A-Z]?))*)")  # names and numbers, no run-on text


# "Njurunda hembygdsgård 2015-06-04", "… styrelsemöte i Stöde hembygdsgård 2014-10-30": a venue, by the noun that
# ends its name, before the day on a head line
_VENUE_BEFORE_DAY = re.compile(r"(?P<place>(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3}[\wåäö-]*(?:gård|gården|salen|rummet"
                               r"|huset|kyrka|kyrkan|lokalen|stugan|skolan|biblioteket|hem|hemmet))[ \t,]+"
                               r"(?:19|20)\d\d-\d\d-\d\d")


def _comma_joined(title: list[str]) -> list[str]:
    """The head's lines, one that ends in a comma joined with the next ("… Kl. 1900," / "Vrigstad Värdshus")."""
    joined: list[str] = []
    for line in title:
        if joined and joined[-1].endswith(","):
            joined[-1] += f" {line}"
        else:
            joined.append(line)
    return joined


def _place_beside_day(value: str) -> str:
    """The place of a cell that also gives the day and hour: before them ("Märtasalen, 11 oktober 2016 kl 13.00")
    or after them ("Tisdagen den 11 oktober 2016 kl 13.00-16.30, Märtasalen"), not the day's "den" left over."""
    before = without_date(_HOUR_ON.sub("", value)).strip(" ,")
    if not _DAY_WORDS.fullmatch(before):
        return before
    return found["place"] if (found := _AFTER_HOURS.search(value)) else _place_after_hour(value)


def _place_after_hour(value: str) -> str:
    return found["place"] if (found := _AFTER_HOUR.search(value)) else ""
