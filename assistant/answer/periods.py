"""The period a question names, against the documents' own meeting dates: "i december", "förra mötet",
"hösten 2023", "verksamhetsåret 2018/2019", a bare year; and the years something asked about is for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.answer.asked import put_off_matter
from assistant.swedish import ENGLISH_MONTHS, MONTHS, NAMED_BY_YEAR, month_starting, operating_year

# "2019–2020", "från 2022 till 2025", "2008 resp 2009": each year
_YEAR_SPAN = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?:[–-]|\btill\s|\b(?P<each>och|resp\.?|respektive|eller)\s)\s*"
                        r"(?P<last>(?:19|20)\d\d)\b")
_MEETING_NOUN = r"(?:möte|mötet|stämma|stämman|sammanträde|sammanträdet)"
# "på vårmötet 2020", "stämman 2025": the year of that meeting, whatever other years the question names
DATED_MEETING = re.compile(rf"\b(?P<meeting>\w*{_MEETING_NOUN})\s+(?P<year>(?:19|20)\d\d)\b")
# "alliansens årsmöte", "förbundets stämma": a meeting named with its owner, which may be another organisation's
_OWNED_MEETING = re.compile(rf"\b[a-zåäö]{{3,}}s\s+\w*{_MEETING_NOUN}\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")  # "2020-12-9" as people type it
_YEAR = re.compile(r"(?<![/–-])\b((?:19|20)\d\d)\b(?! års\b|-års\b|/|\s*[–-]\s*(?:19|20)\d\d)")  # not "2024 års",
# "2018/2019", "2026-2032"
_NAMED_NOUNS = rf"{NAMED_BY_YEAR}|program|strategi|taxa|mandatperiod|period"  # named by a year
# ("patientsäkerhetsberättelsen 2024"), or the years a mandate runs ("ordförande för mandatperioden 2023–2026")
_YEAR_NAMES = re.compile(rf"(?:(?:{_NAMED_NOUNS}"
                         r"|räkenskapsår|verksamhetsår)\w{0,3}(?: för| inför)?|\b(?:för|inför)"
                         r"(?: (?:19|20)\d\d(?:,| och| eller))?"  # "för 2008 och 2009": both years
                         r"|\b(?!\w*(?:protokoll|möte|stämma|sammanträde|beslut|kallelse)\w*\b)\w+ från) $")
# "ordförande för 2025", "räkenskapsåret 2022", "underskottet från 2022": the year a mandate, the accounts or
# what they show run, not the meeting's
_YEAR_OF = re.compile(r"\b(?:för|under|inför|år)\s+((?:19|20)\d\d)\b(?![/-])|\b((?:19|20)\d\d) års\b")  # "för 2024"
_PRICED = re.compile(r"\b(?:kostar|kostade|kosta|\w*avgift\w*|medlemskap\w*|arvode\w*)\b")  # a year a price is for
# "vårstämman 2021", "höstmötet 2019": the meeting an association holds each spring or autumn
_SEASON_MEETING = re.compile(rf"\b(?:(?P<autumn>höst)|vår)(?:termins)?(?:{_MEETING_NOUN}|årsmöte|årsmötet)\s+"
                             r"(?P<year>(?:19|20)\d\d)\b")
_YEAR_AFTER = re.compile(r"\s+((?:19|20)\d\d)\b")  # "i mars 2024": the month's own year
_NAMES_IT = re.compile(rf"(?:{_NAMED_NOUNS})\w*(?: för| inför)? $")  # a report or plan named by a month or years
# "hösten 2023", "sommaren 2025", "första sammanträdet efter sommaren 2026": the season, or the time after or
# before it
_SEASON_YEAR = re.compile(r"\b(?:(?P<after>efter)\s+|(?P<before>före|innan)\s+)?(?:(?P<autumn>hösten|höstterminen)"
                          r"|(?P<summer>sommaren)|(?P<spring>våren|vårterminen))\s+(?P<year>(?:19|20)\d\d)\b")
_SEASONS = {"spring": ("01-01", "06-30"), "summer": ("06-01", "08-31"), "autumn": ("08-01", "12-31")}
MONTH_ONLY = re.compile(rf"\b(?:i|under|(?P<start>början av)|mitten av|(?P<end>slutet av|sista)) "
                        rf"(?P<month>{'|'.join(MONTHS)})\b"
                        # "i mars", "sista februari",
                        rf"|(?<!\d )\b(?P<before_year>{'|'.join(MONTHS)})(?= \d{{4}}\b)"  # "stämman september 2022"
                        # "i början av februari", or "marsprotokollet", "decembermötet"
                        rf"|\b(?P<meeting_month>{'|'.join(MONTHS)})(?=protokoll|möte|mote|sammanträde|kallelse|stämma)")
_TWO_MONTHS = re.compile(rf"\b(?P<first>{'|'.join(MONTHS)})-?\s*(?:och|samt|eller|,)\s+(?:i\s+)?"
                         rf"(?P<second>{'|'.join(MONTHS)})")  # "i februari och i mars", "februari- och marsprotokollen"
ENGLISH_MONTH = re.compile(rf"\b(?:in|during) ({'|'.join(ENGLISH_MONTHS)})\b")  # "in may 2018"
_NEXT_MEETING = re.compile(r"\bnästa\b|\bnasta\b|\bkommande\b|\bnext\b")
_FIRST = re.compile(r"\b(?:allra )?första (?:[a-zåäö]*mötet?|[a-zåäö]*sammanträdet?|[a-zåäö]*stämman?)\b|\bfirst meeting\b"
                    r"|\bnär (?:[\wåäö-]+ ){1,3}(?:bildades|grundades|startades)\b")  # "när Fripost bildades": its first
# "hur mycket hade upparbetats per sista mars 2024": the day a sum is reckoned to, not a meeting's time
_AS_OF = re.compile(rf"\bper\s+(?:den\s+)?(?:sista|\d{{1,2}}(?::e|:a)?)\s+(?:{'|'.join(MONTHS)})"
                    r"(?:\s+(?:19|20)\d\d)?\b")
_LATEST = re.compile(r"\b(förra|senaste|sista|forra) (mötet|sammanträdet|motet|sammantradet)\b|\blast meeting\b")
SHORT_MONTHS = r"jan|febr?|mar|apr|jun|jul|aug|sept?|okt|nov|dec"  # as askers type them: "3 okt", "feb 2024"
_SHORT_MONTH = re.compile(rf"(?:(?<=\d )|(?<=\d\. ))({SHORT_MONTHS})\b\.?|\b({SHORT_MONTHS})\b\.?(?= \d{{4}}\b)")


@dataclass(frozen=True)
class Period:
    since: str = ""
    until: str = ""

    @property
    def whole_years(self) -> bool:
        """From a first of January to a last of December ("2019", "under 2019–2020"), not a month or a season."""
        return self.since.endswith("-01-01") and self.until.endswith("-12-31")


def within(day: str, period: Period) -> bool:
    return bool(day) and (period.since or period.until) != "" and \
        (not period.since or day >= period.since) and (not period.until or day <= period.until)


_CHRISTMAS = re.compile(r"(?<!\d )(?<!\d\. )\bjul(?:en)?\b")  # "strax före jul 2022": Christmas, not July


def with_full_months(low: str) -> str:
    """"6 feb 2019", "sept 2022": a month written short beside a day or year, written out; "jul" without a day is
    Christmas, in December."""
    return _SHORT_MONTH.sub(lambda m: month_starting((m[1] or m[2])[:3]), _CHRISTMAS.sub("december", low))


_NAMES_TIME = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{'|'.join(MONTHS)})(?:\b|(?=möte|sammanträde|stämm))"  # "marsmötet"
                         r"|\bi (?:höstas|våras)\b|\b(?:förra|nästa) (?:möte|sammanträde)")


def when_asked(question: str, standalone: str, low: str) -> str:
    """The words that date a follow-up: its own, when it names a time ("och vem var det i mars 2026?" after a
    question about February 2025), else those of the whole question it stands for; not the day a paper is dated."""
    own = with_full_months(question.casefold())
    said = own if standalone != question and _NAMES_TIME.search(own) else low
    return _ALSO_THEN.sub(" ", _PAPER_DATE_OR_NUMBER.sub(" ", said))


# "den var väl uppe i februari också?": that month and another time, no limit on when; not a meeting the month
# names ("nämndes björkarna på husrådsmötet i oktober också?": at that meeting too)
_ALSO_THEN = re.compile(rf"(?<!möte )(?<!mötet )(?<!stämman )(?<!sammanträdet )"
                        rf"(?:\b(?:också|även) i (?:{'|'.join(MONTHS)})(?: (?:19|20)\d\d)?\b"
                        rf"|\bi (?:{'|'.join(MONTHS)})(?: (?:19|20)\d\d)? (?:också|även)\b)")


# "kallelsen säger daterad 9 feb", "the plan dated 2024-02-09": the day a paper bears, no meeting's; "skolfs
# 2011:142", "sou 2011:35", "prop. 2020/21:1": the year and number of a statute or the state's paper
_PAPER_DATE_OR_NUMBER = re.compile(r"\b(?:daterad[et]?|dated)\s+(?:den\s+)?"
                                   r"(?:\d{4}-\d\d-\d\d|\d{1,2}(?:/\d{1,2}|\s+[a-zåäö]+)(?:\s+\d{4})?)"
                                   r"|\b[a-zåäö]{2,6}\.?\s*(?:19|20)\d\d(?:/\d\d)?:\d+")


# "kom myra-ärendet tillbaka sen?", "togs det upp igen", "vad blev beslutet till slut": a later meeting's
_CAME_BACK = re.compile(r"\b(?:kom|kommer|togs|tas|behandlades|återkom\w*|hände|hänt)\b[^?]{0,30}?"
                        r"\b(?:tillbaka|igen|sen|senare|därefter)\b|\btill slut\b|\bcame back\b"
                        r"|\b(?:sen|senan|sedan) dess\b"  # "har det hänt nåt mer med det sen dess?": since then
                        r"|\b(?:sen|senare|därefter)\W*$")  # "– och vilka tackade ja sen?": afterwards


def after_put_off(later: Period, held: list[str]) -> Period:
    """A matter put off at the meeting named ("ansvarsfriheten som sköts upp på vårmötet 2019") ended at a later
    one: the period from the first meeting held in the period named (which tells that it was put off) on."""
    named = sorted(d for d in held if within(d, later))
    return Period(named[0], "") if named else later


def after_the_named(low: str, dates: list[date], period: Period) -> Period | None:
    """A question whether a matter came back after the meeting it names (or its question before named), or how a
    matter put off there ended, asks of that meeting and every later one."""
    if not (_CAME_BACK.search(low) or put_off_matter(low)) or not (dates or period.since):
        return None
    return Period(max(dates).isoformat() if dates else period.since, "")


def resolve_period(question: str, meeting_dates: list[str], mentioned: list[str] = ()) -> Period:
    """Relative dates against the documents' own dates: "förra/senaste mötet" is the latest meeting (with minutes), "det första
    mötet" the earliest, "i höstas" the autumn of the latest year, "i december" that month of the latest year with a meeting
    in it, a bare year or an operating year ("2018/2019") those years."""
    low = _AS_OF.sub(" ", question.casefold())
    latest = max(meeting_dates) if meeting_dates else ""
    if _LATEST.search(low) and latest:
        return Period(latest, latest)
    if _FIRST.search(low) and meeting_dates:  # "det allra första styrelsemötet": the earliest in the documents,
        named = resolve_period(_FIRST.sub(" ", low), meeting_dates)  # or in the period named ("i april 2024")
        held = [d for d in meeting_dates if within(d, named)] if named.since or named.until else meeting_dates
        return Period(min(held), min(held)) if held else named
    year = latest[:4] if latest else str(date.today().year)
    if "i höstas" in low or "i våras" in low:
        return _half_year(year, autumn="i höstas" in low)
    if (two := _TWO_MONTHS.search(low)) and not _NAMES_IT.search(low[:two.start()]):
        return _months_between(two, low, meeting_dates, year)
    if (match := MONTH_ONLY.search(low) or ENGLISH_MONTH.search(low)) and not _NAMES_IT.search(low[:match.start()]):
        number = MONTHS.index(_month_of(match)) + 1 if match.re is MONTH_ONLY else ENGLISH_MONTHS[match.group(1)]
        in_month = sorted(d[:4] for d in meeting_dates + list(mentioned) if int(d[5:7]) == number)
        named_year = _named_year(low, match.end())  # "i mars 2024", "decembermötet 2025"
        year = named_year.group(1) if named_year else in_month[-1] if in_month else year
        return _part_of_month(match, f"{year}-{number:02d}", meeting_dates)
    if season := _SEASON_YEAR.search(low):
        return _season(season)
    if season := _SEASON_MEETING.search(low):  # "vårstämman 2021"
        return _half_year(season["year"], autumn=bool(season["autumn"]))
    if years := operating_year(low):
        return Period(*years)
    if (span := _YEAR_SPAN.search(low)) and 0 < int(span["last"]) - int(span["first"]) <= 10 and \
            not (_YEAR_NAMES if span["each"] else _NAMES_IT).search(low[:span.start()]) and \
            not (latest and span["first"] > latest[:4]):  # "under 2019–2020"; not years after every meeting held
        # ("ramar 2027-2029", "inriktning för 2008 och 2009": the years a plan is for)
        return Period(f"{span['first']}-01-01", f"{span['last']}-12-31")
    if (match := _meeting_year(low)) and not ISO_DATE.search(low):
        priced = bool(_PRICED.search(low)) and not DATED_MEETING.search(low)  # "vad kostar medlemskap under 2024": set
        return Period(f"{int(match.group(1)) - priced}-01-01", f"{match.group(1)}-12-31")  # the year before, too
    return Period()


def _months_between(two: re.Match[str], low: str, meeting_dates: list[str], year: str) -> Period:
    """"i februari och i mars", "februari- och marsprotokollen": from the first month through the second, of the
    year named or else the latest year with a meeting in one of them."""
    first, last = sorted(MONTHS.index(two[m]) + 1 for m in ("first", "second"))
    held = sorted(d[:4] for d in meeting_dates if int(d[5:7]) in (first, last))
    named_year = _named_year(low, two.end())
    year = named_year.group(1) if named_year else held[-1] if held else year
    return Period(f"{year}-{first:02d}-01", f"{year}-{last:02d}-31")


def _named_year(low: str, end: int) -> re.Match[str] | None:
    """The year after the month word that ends at ``end`` ("i mars 2024", "decembermötet 2025": after the whole
    word), else the year that dates the meeting anywhere in the question."""
    return _YEAR_AFTER.match(low, _WORD_REST.match(low, end).end()) or _meeting_year(low)


_WORD_REST = re.compile(r"\w*")


def _part_of_month(match: re.Match[str], month: str, meeting_dates: list[str]) -> Period:
    """"i mars 2024": the month; "sista februari", "i slutet av mars": its last meeting, "i början av": its first."""
    held = sorted(d for d in meeting_dates if d.startswith(month))
    if held and match.re is MONTH_ONLY and match["end"]:
        return Period(held[-1], f"{month}-31")
    if held and match.re is MONTH_ONLY and match["start"]:
        return Period(f"{month}-01", held[0])
    return Period(f"{month}-01", f"{month}-31")


def season_named(low: str) -> str:
    """The season as the question names it ("under hösten 2024", "efter sommaren 2026"), to say when nothing was
    held."""
    found = _SEASON_YEAR.search(low)
    if not found:
        return ""
    return found.group() if found["after"] or found["before"] else f"under {found.group()}"


def _season(found: re.Match[str]) -> Period:
    """The season named, or everything after ("efter sommaren 2026") or before it ("före hösten 2023")."""
    start, end = (f"{found['year']}-{day}" for day in _SEASONS[next(k for k in _SEASONS if found[k])])
    if found["after"]:
        return Period((date.fromisoformat(end) + timedelta(days=1)).isoformat(), "")
    if found["before"]:
        return Period("", (date.fromisoformat(start) - timedelta(days=1)).isoformat())
    return Period(start, end)


def _half_year(year: str, autumn: bool) -> Period:
    return Period(f"{year}-08-01", f"{year}-12-31") if autumn else Period(f"{year}-01-01", f"{year}-06-30")


def years_asked(question: str) -> set[str]:
    """The years something asked about is for ("medlemskap under 2024", "2019 års styrelse"), not the one that dates
    the meeting it names ("på vårmötet 2020", "i december 2018")."""
    low = question.casefold()
    return {a or b for a, b in _YEAR_OF.findall(low)} - {m["year"] for m in DATED_MEETING.finditer(low)}


def _meeting_year(low: str) -> re.Match[str] | None:
    """A bare year that dates a meeting, unless it names a plan, budget or report of that year: those are
    decided on in another year as often as in theirs."""
    if dated := DATED_MEETING.search(low):
        return _YEAR.match(low, dated.start("year"))
    return next((m for m in _YEAR.finditer(low) if not _YEAR_NAMES.search(low[:m.start()])), None)


def names_month(low: str) -> bool:
    """A month that names the meeting asked about, not the next one ("nästa sammanträde i februari")."""
    return bool(MONTH_ONLY.search(low) or ENGLISH_MONTH.search(low)) and not _NEXT_MEETING.search(low)


def _month_of(match: re.Match[str]) -> str:
    return match["month"] or match["before_year"] or match["meeting_month"]


# "mötet 14/3", "24/2 -17", "29/2 2024": a day and month written with a slash, the year after a dash or a space
_SLASHED_DAY = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})(?:\s*-\s*(\d{2}|\d{4})|\s+(\d{4}))?(?![\d/])"
                          r"(?!\s*(?:majoritet|av\b|delar|dels\b))")  # "2/3 majoritet", "3/4 av rösterna": shares


def slashed_days(low: str, meeting_days: list[str]) -> list[date]:
    """The meetings' days written "14/3" (in any year), "24/2 -17" or "29/2 2024"; only days a meeting was held, as
    the form is a share too ("2/3 majoritet") and an event the minutes plan ("husmötet 26/9 2018") is no meeting."""
    found = []
    for day, month, after_dash, after_space in _SLASHED_DAY.findall(low):
        written = after_dash or after_space
        year = written if len(written) == 4 else _century(int(written)) if written else ""
        held = [iso for iso in meeting_days if iso[5:] == f"{int(month):02d}-{int(day):02d}" and iso.startswith(year)]
        found += [date.fromisoformat(iso) for iso in held[:1]]
    return found


def _century(year: int) -> str:
    return str(2000 + year if 2000 + year <= date.today().year + 1 else 1900 + year)


def years_met_in(low: str, meeting_days: list[str]) -> list[str]:
    """The years a question names that meetings were held in ("första mötet 2019 (30 jan)")."""
    held = {day[:4] for day in meeting_days}
    return sorted({y for y in re.findall(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])", low) if y in held})


def names_owned_meeting(low: str, text: str) -> bool:
    """The text names a meeting as the question does, with its owner ("Inför alliansens årsmöte")."""
    return any(named.group(0) in text.casefold() for named in _OWNED_MEETING.finditer(low))
