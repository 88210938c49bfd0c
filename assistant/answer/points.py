"""The parts of an item or a document a reference names below its items: a lettered point ("punkt 11 g"), a numbered
motion in a list of motions, a motion's heading in an attachment, a "§" written in the text that the structure did not
take as an item."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.extractive import Answer
from assistant.answer.item_titles import MOTIONS
from assistant.answer.lookup import Context, Quote, doc_name, item_location, quoted_answer, refusal_answer
from assistant.index.meetings import Item, Meeting

NAMED_MINUTES = 2  # a meeting's notice and minutes


_SUB_POINT = re.compile(r"^[ \t]*[a-h][.)][ \t]+\S", re.MULTILINE)
SUB_POINT_CHARS = 600


def sub_point(ctx: Context, meetings: list[Meeting], value: str) -> Answer | None:
    """"punkt 11 g" where item 11 lists its parts as "a. …" … "g. Boulebana på gård 2": that line."""
    parts = re.fullmatch(r"(?:§ )?(?P<number>\d+)(?P<letter>[a-h])", value)
    if not parts:
        return None
    line = re.compile(rf"^[ \t]*(?P<point>{parts['letter']}[.)][ \t]+\S[^\n]*)", re.MULTILINE | re.IGNORECASE)
    return _point_of_item(ctx, meetings, lambda item: unsigned(item.number) == parts["number"], line, _SUB_POINT,
                          parts["letter"])


def numbered_motion(ctx: Context, meetings: list[Meeting], value: str) -> Answer | None:
    """"proposition 4" where the item "Motioner och propositioner" numbers them "1. …" … "4. Förtydliga vad …":
    that one, with what the meeting did with it, up to the next."""
    if not value.isdigit():
        return None
    line = re.compile(rf"^[ \t]*(?P<point>{value}[.)][ \t]+\S[^\n]*)", re.MULTILINE)
    following = re.compile(rf"^[ \t]*{int(value) + 1}[.)][ \t]+\S", re.MULTILINE)
    return _point_of_item(ctx, meetings, lambda item: bool(MOTIONS.search(item.title.casefold())), line, following,
                          value)


def _point_of_item(ctx: Context, meetings: list[Meeting], chosen: Callable[[Item], bool], line: re.Pattern[str],
                   following: re.Pattern[str], name: str) -> Answer | None:
    """The first ``line`` inside a chosen item of the meetings named (else the best ranked), quoted up to the
    ``following`` marker or the item's end."""
    named = [m for m in meetings if m.doc_id in ctx.question.meetings] or meetings[:1]
    for meeting in named:
        text = ctx.texts.text(meeting.doc_id)
        for item in filter(chosen, ctx.model.items(meeting.doc_id)):
            if found := line.search(text, item.start, item.end):
                start = found.start("point")
                after = following.search(text, found.end(), item.end)
                end = min(after.start() if after else item.end, start + SUB_POINT_CHARS)
                where = f"{item_location(item)} – {name}"
                quote = Quote(item.doc_id, start, start + len(text[start:end].rstrip()), where)
                return quoted_answer(ctx, f"{doc_name(meeting)}, {where}:", [quote])
    return None


def motion_heading(ctx: Context, value: str) -> Answer | None:
    """"Proposition 1: Inför ett halvårsmöte" heading an attachment of the minutes named, not an item of them:
    the heading and the paragraphs under it."""
    heading = re.compile(rf"^[ \t]*(?P<line>(?:motion|proposition)\s+(?:nr\.?\s*)?{re.escape(value)}\b[^\n]*)",
                         re.MULTILINE | re.IGNORECASE)
    for meeting in [m for m in ctx.meetings if m.doc_id in ctx.question.meetings]:
        text = ctx.texts.text(meeting.doc_id)
        if found := heading.search(text):
            start, doc_id = found.start("line"), meeting.doc_id
            cut = text.rfind("\n\n", start, start + SUB_POINT_CHARS)
            end = cut if cut > found.end() else min(len(text), start + SUB_POINT_CHARS)
            quote = Quote(doc_id, start, start + len(text[start:end].rstrip()), found["line"].strip()[:80])
            return quoted_answer(ctx, f"{doc_name(meeting)}, {found['line'].strip()}:", [quote])
    return None


def unsigned(number: str) -> str:
    return number.removeprefix("§ ")


_NEXT_PARAGRAPH = re.compile(r"^[ \t]*§[ \t]*\d", re.MULTILINE)


def paragraph_written(ctx: Context, meetings: list[Meeting], value: str) -> Answer | None:
    """"§5 Firmateckning" written in the minutes named, whose items the structure took from the agenda above them:
    the paragraph's heading and what stands under it, up to the next "§"."""
    heading = re.compile(rf"^[ \t]*(?P<line>§[ \t]*{re.escape(unsigned(value))}\b(?![.,:]\d)[^\n]*)", re.MULTILINE)
    for meeting in [m for m in meetings if m.doc_id in ctx.question.meetings][:NAMED_MINUTES]:
        text = ctx.texts.text(meeting.doc_id)
        if found := heading.search(text):
            start, line = found.start("line"), found["line"].strip()
            after = _NEXT_PARAGRAPH.search(text, found.end())
            end = min(after.start() if after else len(text), start + SUB_POINT_CHARS)
            quote = Quote(meeting.doc_id, start, start + len(text[start:end].rstrip()), line[:80])
            return quoted_answer(ctx, f"{doc_name(meeting)}, {line[:80]}:", [quote])
    return None


def paragraph_never_written(ctx: Context, meetings: list[Meeting], number: str) -> Answer | None:
    """Minutes named by their day whose items were not read and whose text never writes the paragraph's number,
    in any form ("§ 80", "Deltar ej i 172", "190" over its title)."""
    named = [m for m in meetings if m.doc_id in ctx.question.meetings] if ctx.question.dates else []
    written = re.compile(rf"(?<![\d,.]){re.escape(unsigned(number))}(?![\d,.])")
    if not named or any(written.search(ctx.texts.text(m.doc_id)) for m in named):
        return None
    return refusal_answer(ctx, f"§ {unsigned(number)} finns inte i {doc_name(named[0])}.")
