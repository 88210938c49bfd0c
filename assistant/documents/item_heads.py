"""Numbered item headings of meeting documents (``6``, ``6.1``, ``§ 28``, ``Punkt 4``) and the rising runs they
form, so that numbered lists in the prose are not taken for items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents.lines import CELL_GAP, DNR, Line

_PARAGRAPH_ITEM = re.compile(r"(?:[A-ZÅÄÖ]{2,6}[ \t]+)?(?:(?:§|[&$]{1,2}(?=[ \t]*\d))[ \t]*(?P<number>\d{1,4}"
                             r"(?:[a-h](?:[ \t]+(?:i{1,3}|iv|vi{0,3}))?(?![\wåäö]))?)|"
                             r"(?P<before>\d{1,4})[ \t]*§)[ \t]*[.:]?"
                             r"(?:[ \t]+(?P<title>\S.*))?")  # "§ 28", "VON § 21", "1§ Mötets öppnande", OCR's "& 7."
_WORD_ITEM = re.compile(r"(?:Punkt|Ärende)[ \t]+(?P<number>\d{1,3})[ \t]*[.:]?(?:[ \t]+(?P<title>\S.*))?", re.IGNORECASE)
_NUMBER_ITEM = re.compile(r"(?P<number>[1-9]\d{0,2}(?:\.[1-9]\d{0,2}){0,3})(?:[.)][ \t]*(?P<title>[a-zåäö].*)|[.)]?[ \t]+"
                          r"(?P<upper>[A-ZÅÄÖÉ§\"”«].*)|[.)][ \t]*(?P<tight>[A-ZÅÄÖÉ].*))")
# "6 Dec 2022.", "15 januari 2024 kl. 18": a date wrapped to the start of a line, its day no item number
_DATE_REST = re.compile(r"(?i:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
                        r"|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?:[ \t]+(?:19|20)\d\d\b|$)")
# "• 5", "• § 65" over its title: a meeting platform's page
_BULLET_NUMBER = re.compile(r"[•●▪][ \t]*(?P<paragraph>§[ \t]*)?(?P<number>[1-9]\d{0,2})")
# "• 5. Extra insatt årsmöte", "- 8. MX Alliansen", "• 6           Avtal med ny restauratör": minutes written as a
# web page's list, an item a bullet of its own
BULLETED_ITEM = re.compile(r"^[•●▪-][ \t]*(?=[1-9]\d{0,2}(?:\.[ \t]+|[ \t]{2,})[A-ZÅÄÖ])")
TITLE_PREFIX_CHARS = 30  # a paragraph's title repeats a listed item's when they begin alike for this long
MIN_TITLE_PREFIX = 12
_TABLE_RULE = re.compile(r"^(\d{1,3}[.)]?)[ \t]*\|[ \t]*")  # "7. | Övrigt": a table's rule read as a character
# "KFN/2025:1", "Dnr KS 02-323 041" (a series, a year, a number and a filing code), "Ärendenummer SLK-2023-01134": a
# case, no title
CASE_REFERENCE = re.compile(rf"{DNR.pattern}|[A-ZÅÄÖ]{{1,6}}/\d{{4}}:\S+"
                            r"|(?i:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende nr)\.?[ \t]*:?[ \t]*\S+"
                            r"(?:[ \t]+[\w/.:-]*\d[\w/.:-]*){0,3}")
_LABELLED_CASE = re.compile(r"(?i:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende nr)\.?[ \t]*:?[ \t]*"
                            r"(?P<number>[\w/.:-]*\d[\w/.:-]*)")  # "Dnr 2024/111": a case number without a series


def case_number(line: str) -> str:
    """The case number a head line prints: a series and number ("BN 2023-002581"), or the number after its label."""
    if found := DNR.search(line):
        return found.group()
    return labelled["number"].rstrip(".:") if (labelled := _LABELLED_CASE.search(line)) else ""


# Markdown's "##", Org's "**", a rule printed from HTML glued to the line ("__________KS § 243")
_MARKUP_HEADING = re.compile(r"#{1,6}[ \t]*|\*{1,6}[ \t]+(?=§)|\*{2,6}[ \t]+(?=\S)|_{3,}[ \t]*(?=\S)")
_OPENING = re.compile(r"öppna|val av (?:\w+)?ordförande")
_CLOSING = re.compile(r"avslut|övriga frågor")
MIN_ITEMS = 2
EXTRACT_HEAD_CHARS = 400  # the one paragraph of an extract of minutes stands right under the letterhead
STYLED_SHARE = 0.7  # only the items set in bold or as headings when they are this share of all numbered lines
OPEN_RUNS = 20  # a number may continue one of the last this many runs
MAX_STEP = 10  # the next item's number may skip this many (secret or moved items)
TITLE_CHARS = 120
APPENDED_CHARS = 3000  # more than a closing item and its signatures take: documents appended to an agenda or minutes
WHOLE_ITEM_CHARS = 120  # the items of minutes or an agenda stand this far apart on average; a table of contents's not


@dataclass(frozen=True)
class ItemHead:
    line: Line
    scheme: str  # "§", "punkt", "nummer"
    number: str
    title: str
    styled: bool  # set as a heading or in bold
    written: str  # the number as the line writes it ("§16" of "§ 16")


def heading_text(line: str) -> str:
    """A line without the marks of a Markdown or Org heading ("## 12. Fastställande av årsavgift", "** § 6 The
    Workshop"), which a document printed from its source still shows, or the rule an HTML page drew above it."""
    return _MARKUP_HEADING.sub("", line, count=1) if line.startswith(("#", "*", "___")) else line


def item_head(line: Line, styled: bool) -> ItemHead | None:
    text = BULLETED_ITEM.sub("", _TABLE_RULE.sub(r"\1 ", heading_text(line.stripped), count=1), count=1)
    if bullet := _BULLET_NUMBER.fullmatch(text):
        if bullet["paragraph"]:
            return ItemHead(line, "§", f"§ {bullet['number']}", "", styled, as_written(f"§ {bullet['number']}", text))
        return ItemHead(line, "nummer", bullet["number"], "", styled, bullet["number"])
    for scheme, pattern in (("§", _PARAGRAPH_ITEM), ("punkt", _WORD_ITEM), ("nummer", _NUMBER_ITEM)):
        match = pattern.fullmatch(text)
        if not match:
            continue
        title = CELL_GAP.split((_title_group(match) or "").strip())[0]
        if CASE_REFERENCE.fullmatch(title):  # "§ 63   KFN/2025:1": the title is on the next line
            title = ""
        if scheme == "nummer" and (not _plausible_title(title, styled) or _DATE_REST.match(title)):
            return None
        number = f"§ {_sub_number(match['number'] or match['before'])}" if scheme == "§" else match["number"]
        return ItemHead(line, scheme, number, title.rstrip(". "), styled, as_written(number, text))
    return None


def as_written(number: str, line: str) -> str:
    """The number as ``line`` writes it: "§16" of "§16 Motioner", "7 §" of the by-laws' "7 § Medlemsavgift", else
    the number itself ("§ 16")."""
    tight = number.replace("§ ", "§", 1)
    if tight != number and re.search(rf"{re.escape(tight)}(?!\d)", line):
        return tight
    after = re.match(rf"[ \t]*({re.escape(number[2:])}[ \t]*§)", line) if number.startswith("§ ") else None
    return after[1] if after else number


def _sub_number(number: str) -> str:
    """"13a   ii" as "13a ii"."""
    return " ".join(number.split())


def _title_group(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return groups.get("title") or groups.get("upper") or groups.get("tight") or ""


def _plausible_title(title: str, styled: bool) -> bool:
    if len(title) > TITLE_CHARS or not any(ch.isalpha() for ch in title[:3]):
        return False
    return styled or not (title.endswith((".", ",", ";")) and len(title) > 100)


SUB_ITEM_NUMBER = re.compile(r"(?P<item>§ \d+)(?P<letter>[a-h])(?: (?P<roman>[iv]+))?")  # "§ 13a", "§ 13a ii"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def _parts(head: ItemHead) -> list[int]:
    """"6.1" is [6, 1]; a sub-item by letter and roman numeral, "§ 13a ii", is [13, 1, 2]."""
    parts = [int(p) for p in re.findall(r"\d+", head.number)]
    if sub := SUB_ITEM_NUMBER.fullmatch(head.number):
        parts.append(ord(sub["letter"]) - ord("a") + 1)
        parts += [_ROMAN[sub["roman"]]] if sub["roman"] else []
    return parts


def _runs(heads: list[ItemHead]) -> list[list[ItemHead]]:
    """Rising sequences. A number joins the run it continues with the smallest step (a top-level number at
    most MAX_STEP above the run's last, a sub-number under the run's current item); one that continues no run
    starts a new one: a numbered list inside an item, or the items listed before they are treated. When an
    outer run goes on, the lists begun inside its last item are closed: they cannot take later numbers."""
    runs: list[list[ItemHead]] = []
    open_runs: list[int] = []  # indexes into runs; a run continued closes the runs begun after it
    for head in heads:
        parts = _parts(head)
        steps = [(_step(runs[i], parts), i) for i in open_runs[-OPEN_RUNS:]]
        fitting = [(step, -i) for step, i in steps if step is not None]
        if fitting:
            chosen = -min(fitting)[1]
            runs[chosen].append(head)
            open_runs = [i for i in open_runs if i <= chosen]  # a list nested in an item ends with the item
        elif len(parts) == 1:
            runs.append([head])
            open_runs.append(len(runs) - 1)
    return runs


def _step(run: list[ItemHead], parts: list[int]) -> int | None:
    top = _parts(run[-1])[0]
    if len(parts) == 1:
        return parts[0] - top if top < parts[0] <= top + MAX_STEP else None
    if top <= parts[0] <= top + 1 and _follows(run, parts):
        return parts[0] - top
    return None


def _follows(run: list[ItemHead], parts: list[int]) -> bool:
    """``6.2`` after ``6.1`` or ``6``; ``6.1.1`` after ``6.1``: a sub-number rises within its parent."""
    for head in reversed(run):
        other = _parts(head)
        if len(other) == len(parts) and other[:-1] == parts[:-1]:
            return parts[-1] > other[-1]
        if len(other) < len(parts):  # back at the parent (or another item): this is its first sub-item
            break
    return parts[-1] <= 2


def item_heads(lines: list[Line], styled_starts: set[int]) -> list[ItemHead]:
    """Every line that reads as a numbered item heading."""
    return [h for ln in lines if (h := item_head(ln, ln.start in styled_starts))]


def with_glued_paragraphs_apart(lines: list[Line]) -> list[Line]:
    """A paragraph mark glued to the sentence before it ("… nästa gång?§ 11 Sommarlägret 2013.": a page printed
    without its line break) starts a line of its own."""
    out = []
    for ln in lines:
        if glued := _GLUED_PARAGRAPH.search(ln.text):
            at = glued.start("mark")
            out += [Line(ln.start, ln.start + at, ln.text[:at]), Line(ln.start + at, ln.end, ln.text[at:])]
        else:
            out.append(ln)
    return out


_GLUED_PARAGRAPH = re.compile(r"[.?!](?P<mark>§[ \t]?\d{1,3}[ \t]+[A-ZÅÄÖ])")


def find_items(heads: list[ItemHead]) -> list[ItemHead]:
    """The item headings of the document: of the numbering scheme that yields the most items, the run
    that covers most of the text; only styled lines when the document styles at least three of them."""
    best: list[ItemHead] = []
    whole: list[list[ItemHead]] = []
    all_runs: list[list[ItemHead]] = []
    paragraphs: list[ItemHead] = []
    for scheme in ("§", "punkt", "nummer"):
        candidates = [h for h in heads if h.scheme == scheme]
        runs = _all_runs(candidates)
        run = _longest_run(runs)
        styled = _longest_run(_all_runs([h for h in candidates if h.styled]))
        if len(styled) >= STYLED_SHARE * len(run) and not _inside_one_item(styled, run):
            # bold items, plain numbered lists (not an attachment's headings within one item); with the sub-items
            # of a bold item set plainly ("§14b" bold, "§14b i Val av ordförande" under it)
            run = _longest_run(_all_runs([h for h in candidates if h.styled or _under_any(h, styled)
                                          or _between(h, styled)]))
        if scheme == "§":
            paragraphs = run
        elif len(paragraphs) >= MIN_ITEMS and run and _inside_one_item(run, paragraphs):
            continue  # a report's "1 BAKGRUND" … "7" attached under "193 §": the paragraphs are the items
        best = run if len(run) > len(best) else best
        whole += [run for run in runs if _whole_meeting(run)]
        all_runs += runs
    first = min(whole, key=lambda run: run[0].line.start, default=[])
    if first and best and first[0].line.start < best[0].line.start:
        best = first  # minutes with the minutes of earlier meetings attached: their own items come first
    agendas = [run for run in all_runs if _agenda_shaped(run) and best and run[0].line.start < best[0].line.start]
    if best and not _agenda_shaped(best) and agendas:
        best = agendas[0]  # a notice's agenda, not the longer table of its maintenance plan attached after it
    best = _continued_in_another_scheme(best, all_runs + [[h] for h in heads if h.scheme == "§" and best
                                                          and _repeats_listed(h, best)])
    extract = [h for h in heads if h.scheme == "§"]  # an extract of minutes: one paragraph under the letterhead
    if not best and len(extract) == 1 and extract[0].line.start < EXTRACT_HEAD_CHARS:
        return extract
    if not best and len(extract) == 2 and extract[0].number == extract[1].number:
        return extract[1:]  # minutes of one paragraph: its line in the contents, then the paragraph itself
    return best


def _continued_in_another_scheme(items: list[ItemHead], runs: list[list[ItemHead]]) -> list[ItemHead]:
    """The items, and after them a run of another numbering that takes up where they end ("• 5  Rapporter", then
    "§6 Utkast verksamhetsplan 2020": a page's list, then paragraphs typed by hand), or the paragraphs of the
    minutes of the meeting a page lists the agenda of ("1 Ordföranden hälsar välkommen" … "11 Taxa …", then "§66
    Inlämnande av motioner": numbered through the year, or repeating a listed title); not statutes' "§ 1 Namn"."""
    if not items:
        return items
    last = items[-1]
    following = [run for run in runs if run[0].scheme != last.scheme and run[0].line.start > last.line.start
                 and (_parts(run[0]) == [_parts(last)[0] + 1] or run[0].scheme == "§" and last.scheme != "§"
                      and (_parts(run[0])[0] > len(items) or _repeats_listed(run[0], items)))]
    return items + min(following, key=lambda run: run[0].line.start) if following else items


def _repeats_listed(head: ItemHead, items: list[ItemHead]) -> bool:
    """"§1 Revidering av bilaga till … arvodesreglemente" under the list's "2 Revidering av bilaga till …"."""
    own = head.title.casefold()[:TITLE_PREFIX_CHARS]
    return len(own) >= MIN_TITLE_PREFIX and any(i.title.casefold().startswith(own) or
                                                own.startswith(i.title.casefold()[:TITLE_PREFIX_CHARS]) for i in items)


def _between(head: ItemHead, items: list[ItemHead]) -> bool:
    """The number missing between two styled items, in its place ("3 §" set plainly between "2 §" and "4 §": a
    heading that wrapped and ended its first line with a comma)."""
    parts = _parts(head)
    return len(parts) == 1 and any(_parts(a) == [parts[0] - 1] and _parts(b) == [parts[0] + 1] and
                                   a.line.start < head.line.start < b.line.start for a, b in zip(items, items[1:]))


def _under_any(head: ItemHead, items: list[ItemHead]) -> bool:
    return any(is_sub_number(head.number, i.number) for i in items)


def is_sub_number(number: str, parent: str) -> bool:
    """The number goes on from the parent's ("§ 14b i" from "§ 14b", "§ 11a" from "§ 11", "6.2" from "6"; not "§ 11"
    from "§ 1")."""
    return number != parent and number.startswith(parent) and not number[len(parent)].isdigit()


def _inside_one_item(inner: list[ItemHead], run: list[ItemHead]) -> bool:
    """All of ``inner`` stands between two consecutive items of ``run`` (an agreement's "§ 1"–"§ 10" in § 70)."""
    return any(a.line.start < inner[0].line.start and inner[-1].line.start < b.line.start for a, b in zip(run, run[1:]))


def _longest_run(runs: list[list[ItemHead]]) -> list[ItemHead]:
    """The longest run; of equally long ones the one with fewer sentences (a proposal's "1. Godkänna
    årsredovisningen för 2014." under the item "3 Årsredovisning …" is no heading), then the last (items listed
    first, then treated)."""
    return max(runs, key=lambda r: (len(r), -_sentences(r), r[0].line.start)) if runs else []


def _sentences(run: list[ItemHead]) -> int:
    return sum(head.line.stripped.endswith(".") for head in run)


def own_end(text: str, lines: list[Line], items: list[ItemHead], heads: list[ItemHead]) -> int:
    """Where the ``items`` of a whole meeting end when numbered ``heads`` follow its closing (the minutes of
    earlier meetings attached), or pages of text follow the closing item ("Mötets avslutande") of an agenda or
    minutes (the motions and reports of an agenda pack): after the closing item's first paragraph. Else the end
    of the text."""
    later = [ln for ln in lines if items and ln.start > items[-1].line.start]
    if not later:
        return len(text)
    whole = _whole_meeting(items)
    numbered_after = whole and any(h.line.start > items[-1].line.start for h in heads)
    appended = _opens_and_closes(items) and "avslut" in items[-1].title.casefold() and \
        len(text) - items[-1].line.end > APPENDED_CHARS
    if not (numbered_after or appended):
        return len(text)
    if not whole:
        return items[-1].line.end  # a bare agenda: its closing item has no text of its own
    end = later[0].end
    for line in later[1:]:
        if "\n\n" in text[end:line.start]:
            break
        end = line.end
    return end


def _all_runs(heads: list[ItemHead]) -> list[list[ItemHead]]:
    return [run for run in _runs(heads) if len(run) >= MIN_ITEMS and not all(_wrapped(h.title) for h in run)]


def _wrapped(title: str) -> bool:
    """A numbered paragraph, not a heading: it breaks a word at its line's end ("1. En partimedlem kan lämna in en
    motion till partistyrelsen, för att för-")."""
    return bool(re.search(r"[a-zåäö]-$", title))


def _whole_meeting(run: list[ItemHead]) -> bool:
    """A meeting treated from its opening to its closing, with text under its items: not a table of contents."""
    spread = (run[-1].line.start - run[0].line.start) / max(len(run) - 1, 1)
    return _opens_and_closes(run) and spread > WHOLE_ITEM_CHARS


def _agenda_shaped(run: list[ItemHead]) -> bool:
    return agenda_shaped([head.title for head in run])


def agenda_shaped(titles: list[str]) -> bool:
    """The standard agenda: the election of the chair or the opening first, other matters or the closing last."""
    titles = [title.casefold() for title in titles]
    return len(titles) >= 5 and any(_OPENING.search(t) for t in titles[:3]) and \
        any(_CLOSING.search(t) for t in titles[-3:])


def _opens_and_closes(run: list[ItemHead]) -> bool:
    """A meeting's items from its opening to its closing (an agenda, or the minutes' items)."""
    titles = [head.title.casefold() for head in run]
    return len(run) >= 3 and any("öppna" in t for t in titles[:3]) and any("avslut" in t for t in titles[-3:])


def text_beside_title(head: ItemHead) -> int | None:
    """Where the text of an item begins on its head's own line, in minutes that set each title in a margin column
    beside it; None when the line holds the title alone, or a table's row its other cells ("Sandra Larsson")."""
    line = head.line
    at = line.text.find(head.title) if head.title else -1
    gap = CELL_GAP.search(line.text, at + len(head.title)) if at >= 0 else None
    beside = line.text[gap.end():].strip() if gap else ""
    prose = beside.endswith((".", "!", "?", ":", "-")) or len(beside.split()) >= 4  # not a table's "Sandra Larsson"
    if not prose or not re.search(r"[A-Za-zÅÄÖåäö]{2}", beside) or DNR.search(beside):
        return None
    return line.start + gap.end()


# a sentence ends within the title: "Antalet besökare ökade från 49 till 61.", "… den 19 februari. Tre smörgåstårtor"
_SENTENCE_END = re.compile(r"[a-zåäö0-9)]{2}[.!?](?:\s|$)")
RUN_IN_WORDS = 4  # "Val av justerare." is a title that ends with a full stop


def run_in_text(head: ItemHead) -> int | None:
    """Where the minutes' text begins when it is run in after the number ("§ 7 Antalet besökare ökade från 49 till
    61."): a plain line whose words after the number end a sentence is the item's first text, not only its title."""
    title = head.title
    at = head.line.text.find(title) if title else -1
    if head.styled or at < 0 or len(title.split()) < RUN_IN_WORDS or not _SENTENCE_END.search(head.line.text, at):
        return None
    return head.line.start + at
