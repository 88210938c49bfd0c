"""Who was elected to a post: "vem valdes till kassör", "vilka valdes till ledamöter i styrelsen". Minutes of
associations, student unions and annual meetings record each election as a sentence of its own ("att välja Eva Ek
som kassör, mandatperioden …", "Till revisor valdes Per Ek"); the answer is that sentence in the minutes of the
meeting the question names, or of the best-ranked minutes when it names none."""

from __future__ import annotations

import re

from assistant.answer.extractive import Answer
from assistant.answer.lookup import (Context, Quote, doc_name, item_location, line_end, quoted_answer,
                                     refusal_answer)
from assistant.answer.periods import years_asked
from assistant.answer.questions import Question
from assistant.documents.officials import ROLES
from assistant.index.meetings import MINUTES_TYPES, Item, Meeting
from assistant.swedish import content_terms

_VERB = r"(?:valdes|valde|vald|valda|valts|väljs|väljer|välja|omvaldes|nyvaldes|invaldes|invald|utsågs|utses|utsedd" \
    r"|utsedda|utsetts)"
_ASKS_ELECTED = re.compile(rf"\b{_VERB}\b")
# "vem valdes till kassör", "vilka valdes till ledamöter i fif", "vem till revisor och vem till revisorssuppleant"
_POST_ASKED = re.compile(r"\b(?:till|som)\s+(?:(?:ny|nya|nye|ordinarie)\s+)?(?P<post>[a-zåäö-]{4,})"
                         r"(?:\s+(?:i|för|inom)\s+(?P<of>[a-zåäö-]{2,}))?")
# "vilka blev revisorer"; after it, "och valberedningen då?"
# "vilka valdes till ordförande, sekreterare och kassör": each post of the list
_LISTED_POST = re.compile(r"\s*(?:,|och|samt)\s+(?:till\s+|som\s+)?(?P<post>[a-zåäö-]{4,})")
# "vilka vill valberedningen ha som ledamöter", "vilka föreslås som suppleanter av valberedningen": the nominations
_NOMINATING = re.compile(r"\b(?:valberedning\w*|föreslå\w*|nominer\w*)")
_SAME_POST = {"reserv": "suppleant", "reserver": "suppleanter", "reserven": "suppleanten"}  # the asker's word
_OWN_QUESTION = re.compile(r"\b(?:vem|vilka|vilken|vad|who|which)\b")
_PROPOSES = re.compile(r"\b(?:föreslå\w*|förslag\w*|nominer\w*|vill\b.*\bha)\b")
_BECAME = re.compile(r"\b(?:vem|vilka|vilken)\s+(?:blev|blir)\s+(?:(?:ny|nya|nye)\s+)?(?P<post>[a-zåäö-]{4,})")
# "vem är vår revisor", "vilka är föreningens revisorer": who holds a post now, which the newest election says; a
# meeting's officials ("vem är ordförande", "vem är justerare") are the head's, unless the post is "ours"
_HOLDS = re.compile(r"\b(?:vem|vilka|vilken)\s+(?:är|sitter som)\s+(?P<ours>(?:vår|vårt|våra|föreningens|sektionens"
                    r"|klubbens|nuvarande)\s+)?(?:(?:ny|nya|nye)\s+)?(?P<post>[a-zåäö-]{4,})")
_DEFINITE = re.compile(r"(?:en|et|rn|arna|erna|orna)$")  # "vem är v-ledamoten från norberg": one of a list, not a post
_ANOTHER_POST = re.compile(r"\s*(?:och|men)\s+(?:till\s+|som\s+)?(?P<post>[a-zåäö-]{4,})(?:\s+då)?\s*\??\s*$")
# an election as minutes write it: the verb, then "till"/"som" and the post; or the post first ("Till revisor valdes")
_SAME_SENTENCE = r"(?:[^.;\n]|\n(?![ \t]*\n))"  # a line break inside it, not a blank line
_ELECTION = re.compile(rf"(?i)\b{_VERB}\b(?! att\b){_SAME_SENTENCE}{{0,200}}?\b(?:till|som)\s+"
                       rf"(?P<after>(?:[\w-]+\s+){{0,2}}[\w-]+)"  # "att välja A, B, … och C till ledamöter i FIF"
                       rf"|\b(?:till|som)\s+(?P<before>(?:[\w-]+\s+){{0,2}}[\w-]+){_SAME_SENTENCE}{{0,40}}?\b{_VERB}\b")
_NAME = re.compile(r"(?<![.:!?]\s)(?<!^)\b[A-ZÅÄÖÉ][a-zåäöéü]+")  # a capitalised word inside the sentence
_GIVEN_ONLY = re.compile(rf"\b{_VERB} ([A-ZÅÄÖÉ][a-zåäöéü]+)(?= (?:till|som)\b)")  # "välja Hugo till revisor"
_ELECTION_TITLE = re.compile(r"(?i:val|omval|nyval|fyllnadsval)\s+av\b")  # "8. Omval av revisorer, d.v.s. …"
_FULL_NAME = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöéü]+ (?:von |af |de )?[A-ZÅÄÖÉ][a-zåäöéü]+")
_SENTENCE_END = re.compile(r"\.(?=\s)|;|\n[ \t]*\n|\n(?=\s*att\b)")
ELECTION_CHARS = 300
SENTENCE_LINE = 40
CANDIDATE_MEETINGS = 3


def elected_to(ctx: Context) -> Answer | None:
    q = ctx.question
    low = q.standalone.casefold()
    posts = _posts_asked(q) if not q.english else []
    if not posts:
        return None
    post = {t for p in posts for t in content_terms(_SAME_POST.get(p.group("post"), p.group("post")))}
    of = {t for p in posts for t in content_terms(p.groupdict().get("of") or "")}  # "ledamöter i FIF", not in Fabiola
    meeting_asked = bool(_FOR_THE_MEETING.search(low))  # "vem valdes till ordförande för mötet"
    nominated = _nominated(q)
    meetings = ctx.ranked_meetings(() if nominated else MINUTES_TYPES)
    years = years_asked(low)
    one_year = q.period.whole_years and q.period.since[:4] == q.period.until[:4]
    dated = years or ({q.period.since[:4]} if one_year else set())
    candidates = meetings if q.meetings else meetings[:CANDIDATE_MEETINGS]
    if not years and any(p.re is _HOLDS for p in posts):  # who holds it now: the newest election first
        candidates = sorted(candidates, key=lambda m: m.meeting_date, reverse=True)
    elected = []
    for meeting in candidates:
        text = ctx.texts.text(meeting.doc_id)
        items = ctx.model.items(meeting.doc_id)
        found = _slate(text, post) if nominated else \
            [(start, end) for start, end in _elections(text, post)
             if not _of_another_post(_item_at(items, start), post, meeting_asked)]
        found = [x for x in found if of and of <= content_terms(text[x[0]:x[1]])] or found or \
            _listed_as(text, post) or _election_items(ctx, meeting.doc_id, items, post, meeting_asked)
        if found and dated and not meeting.meeting_date and _YEAR_HEADING.search(text):  # an undated report of
            found = [x for x in found if _under_year(text, x[0], dated)]  # many years' meetings ("Årsmötet 2006"
            # over each): that year's elections only
        if found:
            elected.append((meeting, items, found))
            if not years or _for_year(text, items, found, years):  # "revisor för 2018": that year's election
                break
    else:  # no election names the year asked: the best ranked one, of a meeting held that year when one is asked
        elected = [e for e in elected if not dated or e[0].meeting_date[:4] in dated][:1]
    if not elected:
        return _none_proposed(ctx, candidates, posts[0]["post"]) if nominated and posts[0]["post"] in _OFFICERS \
            else None
    meeting, items, found = elected[-1]
    found = sorted(set(found + [x for start, end in found
                                for x in _full_names(ctx, meeting.doc_id, start, end, items)]))
    what = "Valberedningens förslag" if nominated else "Val"
    return quoted_answer(ctx, f"{doc_name(meeting)}:", [Quote(meeting.doc_id, start, end, _where(items, start, what))
                                                        for start, end in found], labelled=True)


def _posts_asked(q: Question) -> list[re.Match]:
    """"vem valdes till kassör", "vilka blev revisorer"; after such a question, "och valberedningen då?". A follow-up
    about something else ("och vem ska man höra av sig till om …") asks no election."""
    low = q.standalone.casefold()
    verb = _ASKS_ELECTED.search(low) or (_NOMINATING.search(low) if _nominated(q) else None)
    posts = _with_listed(low, list(_POST_ASKED.finditer(low, verb.end()))) if verb else list(_BECAME.finditer(low)) or \
        [held for held in _HOLDS.finditer(low) if held["ours"] or held["post"] not in ROLES
         and not _DEFINITE.search(held["post"])]
    if posts and q.said_before and not _POST_ASKED.search(q.text.casefold()):
        return [another] if (another := _ANOTHER_POST.match(q.text.casefold())) else []
    return posts


def _none_proposed(ctx: Context, candidates: list[Meeting], post: str) -> Answer | None:
    """A nomination committee's proposal with rows for other posts but none for the one asked ("vem föreslår
    valberedningen som ny ordförande" where it proposes members and deputies): it proposes no one."""
    proposal = next((m for m in candidates if _slate(ctx.texts.text(m.doc_id), set())), None)
    if proposal is None:
        return None
    return refusal_answer(ctx, f"Valberedningens förslag i {doc_name(proposal)} föreslår ingen till {post}.")


def _nominated(q: Question) -> bool:
    """A nomination asked; a question of its own ("…, och vem är det som lämnar styrelsen som ordförande?") is asked
    of what it says, a follow-up ("och som suppleanter då?") of the question before it too."""
    own = q.text.casefold()
    return _asks_nominated(own if _OWN_QUESTION.search(own) else q.standalone.casefold())


def _asks_nominated(low: str) -> bool:
    """What a nomination committee proposes ("vilka föreslår valberedningen", "vilka vill valberedningen ha som
    …"), not its own members ("och valberedningen då?")."""
    return "valberedning" in low and not _ASKS_ELECTED.search(low) and bool(_PROPOSES.search(low))


def _with_listed(low: str, posts: list[re.Match]) -> list[re.Match]:
    listed = []
    for post in posts:
        at = post.end("post")
        while more := _LISTED_POST.match(low, at):
            listed.append(more)
            at = more.end()
    return posts + listed


def _for_year(text: str, items: list[Item], found: list[tuple[int, int]], years: set[str]) -> bool:
    """An election quote, the item it stands in or the year's heading above it names a year the question asks
    for."""
    said = " ".join(text[start:end] + " " + (item.title if (item := _item_at(items, start)) else "")
                    for start, end in found)
    return bool(years) and (any(year in said for year in years) or all(_under_year(text, x[0], years) for x in found))


_YEAR_HEADING = re.compile(r"^[^\n]{0,40}\b((?:19|20)\d\d)[ \t]*$", re.MULTILINE)  # "Årsmötet 2006"


def _under_year(text: str, at: int, years: set[str]) -> bool:
    """The quote stands under a short line naming a year the question asks for."""
    headings = list(_YEAR_HEADING.finditer(text, 0, at))
    return bool(headings) and headings[-1][1] in years


def _election_items(ctx: Context, doc_id: str, items: list[Item], post: set[str],
                    meeting_asked: bool) -> list[tuple[int, int]]:
    """An item "Val av revisor för 2018" whose text is only who was elected ("Malena Wegin, Revidens Konsult
    Aktiebolag"), no verb: its first paragraph, when that names someone; or an item whose line says it all ("8. Omval
    av revisorer, d.v.s. Sven-Olof Eriksson och Göran Axelsson.")."""
    text = ctx.texts.text(doc_id)
    found = []
    for item in items:
        if not _ELECTION_TITLE.match(item.title) or not post & content_terms(item.title) or \
                _of_another_post(item, post, meeting_asked):
            continue
        for field in ctx.model.fields(doc_id, item.number):
            paragraph = text[field.start:field.end].split("\n\n")[0].rstrip()
            if _FULL_NAME.search(paragraph):
                found.append((field.start, field.start + len(paragraph)))
        line_end = text.find("\n", item.start)
        if not any(item.start <= start < item.end for start, _ in found) and _FULL_NAME.search(item.title):
            found.append((item.start, item.start + len(text[item.start:line_end if line_end >= 0 else None].rstrip())))
    return found


def _full_names(ctx: Context, doc_id: str, start: int, end: int, items: list[Item]) -> list[tuple[int, int]]:
    """"Mötet beslutar att välja Hugo till revisor": the line of the same item that gives his whole name
    ("Nominerad: Hugo Hörnquist.")."""
    text = ctx.texts.text(doc_id)
    item = _item_at(items, start)
    lines = []
    for given in _GIVEN_ONLY.finditer(text, start, end):
        whole = re.search(rf"\b{given.group(1)} [A-ZÅÄÖÉ][a-zåäöéü]+", text[item.start:item.end]) if item else None
        if whole:
            at = item.start + whole.start()
            lines.append((text.rfind("\n", 0, at) + 1, line_end(ctx, doc_id, at)))
    return lines


def _elections(text: str, post: set[str]) -> list[tuple[int, int]]:
    """Each sentence that elects someone to the post: from its line's start (or the sentence before) to its end."""
    found: list[tuple[int, int]] = []
    for match in _ELECTION.finditer(text):
        if not _names_post(content_terms(match.group("after") or match.group("before") or ""), post):
            continue
        start = max(text.rfind("\n", 0, match.start()) + 1, _sentence_start(text, match.start()))
        if not _NAME.search(text[start:match.start()]):  # the name on the line before the verb
            start = max(_line_start(text, match.start()), _sentence_start(text, match.start()))
        end = _sentence_end(text, match.end())
        if re.match(r"\s*(?:och )?[Tt]ill\b", text[end:]):  # "… valdes Nakisa Löving. Till suppleant Johan Jernlås."
            end = _sentence_end(text, end + 1)
        quote = text[start:end].rstrip(" \n;")
        if _NAME.search(quote) and not any(a <= start < b for a, b in found):
            found.append((start, start + len(quote)))
    return found


def _names_post(said: set[str], post: set[str]) -> bool:
    """The post itself, or the organisation's post written as one word ("partiordförande", "föreningskassör"); not
    the meeting's own officials ("mötesordförande", "stämmosekreterare") nor a vice post."""
    return bool(said & post) or any(t.endswith(p) and not t.startswith(_NOT_THE_POST) for t in said for p in post)


_NOT_THE_POST = ("motes", "stammo", "arsmotes", "sammantrades", "vice")


_ELECTED_LIST = re.compile(rf"\b{_VERB}\s*:[ \t]*\n")  # "Till övriga ledamöter i kårstyrelsen 2013 valdes:"
_LISTED_ROW = re.compile(r"[ \t]*[-•*]?[ \t]*[A-ZÅÄÖÉ][\w'-]+(?:[ \t]+[A-ZÅÄÖÉ][\w'-]+){1,3},[ \t]+(?P<post>[^\n]+)")
LISTED_ROWS = 15


def _listed_as(text: str, post: set[str]) -> list[tuple[int, int]]:
    """The rows "Else-Britt Wilhelmsson, kassör och medlemsregistrerare." of a list announced by "… valdes:" whose
    post is the one asked."""
    found = []
    for announced in _ELECTED_LIST.finditer(text):
        at = announced.end()
        for line in text[at:].split("\n")[:LISTED_ROWS]:
            if not line.strip():
                break
            if (row := _LISTED_ROW.fullmatch(line)) and _names_post(content_terms(row["post"]), post):
                found.append((at, at + len(line.rstrip())))
            at += len(line) + 1
    return found


# "Omval av Kent Asp på 2 år", "Nyval av Ulrika Enander", "- Fyllnadsval av Ingrid Mathillas på 1 år"
_SLATE_ROW = re.compile(r"[ \t]*[-•*]?[ \t]*(?P<kind>Omval|Nyval|Fyllnadsval|Val|Nyinval)[ \t]+av[ \t]+[A-ZÅÄÖÉ]"
                        r"(?:[^\n]*?[ \t]som[ \t]+(?P<own_post>[^\n]+)|[^\n]*)")  # "… som intern revisorssuppleant"
_ELECTION_KINDS = {"omval", "nyval", "fyllnadsval", "nyinval"}  # "vilka föreslås till omval": the rows of that kind
_KIND_OF = {"fyllnadsval": "nyval", "nyinval": "nyval"}  # a vacancy filled, someone voted in: a new election
_OFFICERS = {"ordförande", "kassör", "sekreterare"}  # posts a slate names when it proposes someone to them


def _slate(text: str, post: set[str]) -> list[tuple[int, int]]:
    """The rows proposed to the post (``_rows_of``); to a post the asker wrote as a compound of the one the line
    over them names ("styrelseledamöter" of "följande 5 ledamöter"), when none names it as asked."""
    return _rows_of(text, post, False) or _rows_of(text, post, True)


def _rows_of(text: str, post: set[str], head_of_post: bool) -> list[tuple[int, int]]:
    """The rows "Omval av Kent Asp på 2 år" under a line that names the post ("Valberedningen föreslår följande 5
    ledamöter"), with that line: a nomination committee's proposal, or the minutes that adopted it; of any post when
    none is given. A row that names its own post ("Nyval av Hans Ragneskog som intern revisorssuppleant"), and the
    rows of the kind of election asked ("till omval") whatever the post, stand alone."""
    kinds = post & _ELECTION_KINDS
    found: list[tuple[int, int]] = []
    heading: tuple[int, int] | None = None
    row_end = at = 0
    for line in text.split("\n"):
        end = at + len(line.rstrip())
        if (row := _SLATE_ROW.fullmatch(line)) and heading:
            over = text[heading[0]:heading[1]]
            if not kinds and (not post or _heading_names(over, post, head_of_post)):
                found[-1:] = [(heading[0], end)] if found and found[-1][0] == heading[0] else found[-1:] + [
                    (heading[0], end)]
            elif _KIND_OF.get(row["kind"].casefold(), row["kind"].casefold()) in kinds or \
                    not kinds and _names_post(content_terms(row["own_post"] or ""), post):
                found[-1:] = [(found[-1][0], end)] if found and found[-1][1] == row_end else found[-1:] + [(at, end)]
            row_end = end
        elif line.strip():
            heading, row_end = (at, end), -1
        at += len(line) + 1
    return found


def _heading_names(heading: str, post: set[str], head_of_post: bool) -> bool:
    """The line over the rows names the post; or, ``head_of_post``, the head of the post's compound ("ledamöter" of
    "styrelseledamöter")."""
    over = content_terms(heading)
    return _names_post(over, post) or head_of_post and any(p.endswith(t) for p in post for t in over if len(t) >= 5)


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return min(found.end() if found else len(text), at + ELECTION_CHARS)


def _line_start(text: str, at: int) -> int:
    """The start of the election's line, or of the line before when the sentence began there ("… har Glenn
    Viklund, kommunstyrelsekontoret" / "Drakfastigheter, utsetts till huvudprojektledare.")."""
    start = text.rfind("\n", 0, at) + 1
    before = text[:max(start - 1, 0)].rsplit("\n", 1)[-1]
    if len(before.strip()) >= SENTENCE_LINE and not re.search(r"[.:;!?]\s*$", before) and \
            not re.match(r"\s*[-•*]", text[start:]):  # a line of running text, not a heading over the election
        return start - 1 - len(before)
    return start


def _sentence_start(text: str, at: int) -> int:
    cut = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
    return cut + 2 if cut >= 0 else 0


def _item_at(items: list[Item], at: int) -> Item | None:
    inside = [i for i in items if i.start <= at < i.end]
    return max(inside, key=lambda i: i.start) if inside else None


def _where(items: list[Item], at: int, what: str) -> str:
    item = _item_at(items, at)
    return item_location(item) if item else what


def _of_another_post(item: Item | None, post: set[str], meeting_asked: bool) -> bool:
    """An item "Val av mötesordförande" or "Val av ordförande och sekreterare för årsmöte" elects the meeting's
    chair: "vald till ordförande" there is not the post, unless the meeting's own officials are asked."""
    title = content_terms(item.title) if item else set()
    of_meeting = bool(item and _FOR_THE_MEETING.search(item.title.casefold())) and not meeting_asked
    return not post & title and any(t.endswith(p) and t != p for t in title for p in post) or \
        bool(post & title) and of_meeting


# "för årsmöte", "för mötet", "vid stämman", "för dagens sammanträde": the officials of the meeting itself
_FOR_THE_MEETING = re.compile(r"\b(?:för|vid)\s+(?:dagens\s+)?[a-zåäö]*(?:möte|mötet|mötes|stämma|stämman|stämmans"
                              r"|sammanträde|sammanträdet)\b")
