"""Which of the units found make the direct answer and which go to "Mer i underlagen": the best one or two for
a question that asks one thing, the list or section the question names for one that asks for a list."""

from __future__ import annotations

import re

from assistant.answer.counted_lists import list_counted_after
from assistant.answer.lists import WHO_DID_WHAT, announces_asked, heads_rows_asked
from assistant.answer.questions import Question
from assistant.answer.retrieval import Hit
from assistant.answer.sources import SourceTexts
from assistant.answer.units import (Picked, Unit, announced, every_unit, is_list_line, is_point, outcome_after,
                                    parent_points, sibling_points, units_of)
from assistant.swedish import content_terms

DIRECT_CHARS = 400
LIST_CHARS = 1200
MAX_LIST_UNITS = 12
MIN_PARAGRAPHS = 3  # a section of this many paragraphs lists by them
DIRECT_SHARE = 0.75
SECOND_SHARE = 0.9  # a second unit joins a short answer only when it answers nearly as well
DOMINANT = 1.5  # a unit joins the direct answer when it scores this share of the best one
POINT_TITLE_CHARS = 80  # a point this short over a quoted sub-point is its title: it joins the direct answer
HEADING_SHARE = 0.8  # of a numbered line's words, the share its item's title holds when the line is that heading


def split_direct(picked: Picked, budget: int, max_units: int = 2) -> tuple[Picked, Picked]:
    """The best units (within ``budget`` characters, the best one always) and the rest, each in the order
    the composer shows them. A unit that announces a list ("… följande:") takes its list along, one that raises a
    matter what came of it."""
    ranked = sorted(((u.score, -i, u) for i, (_, units) in enumerate(picked) for u in units),
                    key=lambda x: (-x[0], -x[1], x[2].start))
    top = ranked[0][0]
    chosen: set[int] = set()
    used = 0
    for score, _, unit in ranked:
        share = SECOND_SHARE if max_units <= 2 else DIRECT_SHARE
        if chosen and (score < share * top or used + len(unit.text) > budget or len(chosen) >= max_units):
            continue
        chosen.add(id(unit))
        used += len(unit.text)
        for _, units in picked:
            if unit not in units:
                continue
            chosen |= {id(u) for u in announced(unit, units) + outcome_after(unit, units)}  # the list, what the
            # sentence announces, or what came of the matter it raises
            if (point := parent_points(units).get(id(unit))) and len(point.text) <= POINT_TITLE_CHARS:
                chosen.add(id(point))  # "b. Förenade teknik föreningar" over "i. Det finns nu en arbetsgrupp …"
    return _parts(picked, chosen)


def split_list(q: Question, picked: Picked, texts: SourceTexts) -> tuple[Picked, Picked]:
    """A list asked for: the list items (those under the group the question names, when it names one) under
    the heading of the best of them, in document order; without list items the best units of that heading."""
    entries = [(u.score, hit, u) for hit, units in picked for u in units]
    items = [e for e in entries if is_point(e[2].text) and not _heads_its_item(e[1], e[2])]
    _, top_hit, top = max(entries, key=lambda e: e[0])
    if not items and (after := list_counted_after(q.standalone, top, texts.text(top_hit.chunk.doc_id))):
        return _chosen(picked, top_hit, [top] + after)  # "kan delas in i fem övergripande strategier" … "Fem
    # övergripande strategier:" over the five points, in the next passage
    if announcing := [(hit, units) for hit, units in picked
                      if announces_asked(hit.chunk.meta.heading_path[-1:], q.standalone)]:
        return _chosen(picked, *announcing[0])  # "Valberedningen föreslår följande 5 ledamöter" over its rows
    if q.attribute == "person" and not is_list_line(top.text) and \
            not (items and re.search(WHO_DID_WHAT, q.standalone.casefold())):  # "vem tog på sig vad": the list
        return split_direct(picked, LIST_CHARS, 4)  # "vilka informerade": the sentences naming them, not a list
    if not is_point(top.text) and top.text.rstrip().endswith(":") and \
            (listed := announced(top, [u for u in every_unit(top_hit, texts) if u.start > top.start])):
        return _chosen(picked, top_hit, [top] + listed)  # "… följande frågor behöver utredas:" and its points,
    # not the points elsewhere that name more of the question's words (a list of the item's documents)
    grouped = [e for e in items if e[2].label and content_terms(e[2].label) & (q.focus or q.terms)]
    pool = grouped or items
    under_heading = [(hit, units) for hit, units in picked if heads_rows_asked(hit.chunk, q.topic, q.standalone)]
    if not pool and under_heading:  # "vilka intäktsposter": the rows under "Intäkter" (of the budget asked, not
        return _chosen(picked, *max(under_heading, key=lambda p: max(u.score for u in p[1])))  # last year's result)
    if not pool:  # no list items: the section whose heading the question names, whole
        _, best_hit, best = max(entries, key=lambda e: e[0])
        heading = content_terms(" ".join(best_hit.chunk.meta.heading_path[-1:]))
        if not heading & q.terms:
            return split_direct(picked, LIST_CHARS, 4)
        if leads := _paragraph_leads(best_hit, texts):
            return _chosen(picked, best_hit, leads)
        pool = entries
    _, best_hit, best = max(pool, key=lambda e: e[0])
    block = _list_of(best, best_hit, texts, q.topic) if is_point(best.text) else []
    if block:  # the whole list, also the rows that matched no word of the question ("Nordea", "Aktia")
        return _chosen(picked, best_hit, block)
    home = best_hit.chunk.meta.heading_path
    chosen: set[int] = set()
    used = 0
    for _, hit, unit in sorted(pool, key=lambda e: (e[1].chunk.meta.start, e[2].start)):
        if hit.chunk.meta.heading_path != home or (grouped and unit.label != best.label):
            continue
        if chosen and (len(chosen) >= MAX_LIST_UNITS or used + len(unit.text) > LIST_CHARS):
            break  # the first, however long (a cover run into one paragraph), is the answer
        chosen.add(id(unit))
        used += len(unit.text)
    return _parts(picked, chosen)


def _heads_its_item(hit: Hit, unit: Unit) -> bool:
    """The item's own numbered heading ("17. Av styrelsen till stämman hänskjutna frågor … (motioner) enligt 38§." over
    "Motion 1: …"): the heading of the list below it, not a point of it."""
    number = hit.chunk.meta.item_number.removeprefix("§").strip()
    opening = re.match(rf"\s*(?:§\s*)?{re.escape(number)}[.)]?\s", unit.text) if number else None
    if not opening:
        return False
    said, title = content_terms(unit.text[opening.end():]), content_terms(hit.chunk.meta.item_title)
    return bool(said) and len(said & title) >= HEADING_SHARE * len(said)


def _paragraph_leads(hit: Hit, texts: SourceTexts) -> list[Unit]:
    """A section of paragraphs, each opening with what it is about ("Kompilatorer, EDAN65 Det känns …"), lists
    them by their first sentences."""
    leads = [u for u in units_of(hit.chunk, texts.text(hit.chunk.doc_id))
             if u.opens_paragraph and not u.text[:1].islower()]  # not a sentence a page break cut
    if len(leads) < MIN_PARAGRAPHS:
        return []
    within = [sum(len(u.text) for u in leads[:n + 1]) <= LIST_CHARS for n in range(len(leads))]
    return [u for u, fits in zip(leads, within) if fits][:MAX_LIST_UNITS] or leads[:1]


def _chosen(picked: Picked, home: Hit, direct: list[Unit]) -> tuple[Picked, Picked]:
    """``direct``, units of ``home`` read from its chunk (not only those picked), as the direct answer; the rest
    after it."""
    starts = {u.start for u in direct}
    rest = [(hit, [u for u in units if hit is not home or u.start not in starts]) for hit, units in picked]
    return [(home, direct)], [p for p in rest if p[1]]


def _list_of(row: Unit, hit: Hit, texts: SourceTexts, topic: frozenset[str]) -> list[Unit]:
    """The list a picked row stands in, read from its whole chunk; for a row under a point of nested bullets that
    the question does not name, the list of those points ("vilka punkter diskuterades": not the questions under
    the first of them)."""
    every = every_unit(hit, texts)
    row = next((u for u in every if u.start == row.start), row)
    parent = parent_points(every).get(id(row))
    if parent is not None and sibling_points(parent, every) and not content_terms(parent.text) & topic:
        row = parent
    return _announced_block(row, every)


def _announced_block(item: Unit, units: list[Unit]) -> list[Unit]:
    """The sentence that announces the list an item stands in, and that list: several lists under one heading
    ("X informerar om" / bullets, "Y informerar om" / bullets) are told apart by what announces them. A point of
    nested bullets ("● Kommittéernas ansvar") stands among the other points of its level."""
    if points := sibling_points(item, units):
        return sorted([item, *points], key=lambda u: u.start)[:MAX_LIST_UNITS]
    if own := announced(item, units) if item.text.rstrip().endswith(":") else []:
        return [item, *own][:MAX_LIST_UNITS]  # the group the question names heads its own rows
    for unit in units:
        listed = announced(unit, units) if not is_list_line(unit.text) else []
        if item in listed:
            return [unit, *listed][:MAX_LIST_UNITS]
    return []


def _parts(picked: Picked, chosen: set[int]) -> tuple[Picked, Picked]:
    direct = [(hit, [u for u in units if id(u) in chosen]) for hit, units in picked]
    rest = [(hit, [u for u in units if id(u) not in chosen]) for hit, units in picked]
    return [p for p in direct if p[1]], [p for p in rest if p[1]]


def asks_for_list(q: Question, picked: Picked) -> bool:
    """A list is asked for ("vilka …", "lista") or a group the found list items stand under ("vad ska staten
    göra?" and the proposals under "Staten")."""
    if q.attribute == "list" or re.search(rf"\bvilka\b|\bwhich\b|{WHO_DID_WHAT}", q.standalone.casefold()):
        return True
    named = sorted((u.score for _, units in picked for u in units
                    if u.label and is_list_line(u.text) and content_terms(u.label) & q.focus), reverse=True)
    top = max(u.score for _, units in picked for u in units)
    # the group's items answer best, and no single one of them alone
    return len(named) > 1 and named[0] >= DIRECT_SHARE * top and named[0] < DOMINANT * named[1]
