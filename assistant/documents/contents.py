"""A transcript's list of the paragraphs its minutes hold, run into one paragraph after its label ("ÄRENDELISTA 58
Justering av protokoll 59 Fastställande av dagordning 60 Tema - Åsnens nationalpark …"): where the paragraphs
themselves were cut off or lost their "§", the list is what says which paragraph is about what."""

from __future__ import annotations

import re

from assistant.documents.model import AgendaItem

_LABEL = re.compile(r"\b(?:ÄRENDELISTA|Ärendelista|INNEHÅLLSFÖRTECKNING|Innehållsförteckning|INNEHÅLL)\b:?")
_NUMBER = re.compile(r"(?<![\d§.,:/()-])(?:(?P<prefix>§|[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]?)\s*)?(?P<n>\d{1,3})(?=\s+[^\s\d])")
FIRST_WITHIN = 6  # the first number follows the label at once
MAX_STEP = 3  # a paragraph the list leaves out (a secret one, one cut by the transcript) skips a number or two
MIN_LISTED = 3
NEXT_SHARE = 2 / 3  # most paragraphs follow the one before: page numbers after the titles would not
LIST_CHARS = 2500
_PAGE_AFTER = re.compile(r"\s*(?:\.{2,}|…)\s*\d*$")  # "Öppnande... 4": the dots and page of a listing
_PAGE_COLUMN = re.compile(r"\s+\d{1,3}$")


def run_in_contents(text: str) -> list[AgendaItem]:
    """The paragraphs a run-in list names, numbered "§ N", each spanning its title in the list; none unless at
    least three numbers, most of them one after the other, follow each other (a year or a count inside a title
    is no paragraph). Where the first is written "Ks 60", each is ("… föredragningslistan... 3 Ks 61": the 3 is
    a page)."""
    for label in _LABEL.finditer(text):
        blank = text.find("\n\n", label.end())
        end = min(len(text), label.end() + LIST_CHARS, blank if blank >= 0 else len(text))
        chain = _chain(text, label.end(), end)
        steps = [int(b["n"]) - int(a["n"]) for a, b in zip(chain, chain[1:])]
        if len(chain) >= MIN_LISTED and steps.count(1) >= NEXT_SHARE * len(steps):
            ends = [m.start() for m in chain[1:]] + [end]
            titles = [_PAGE_AFTER.sub("", " ".join(text[m.end():stop].split())) for m, stop in zip(chain, ends)]
            if sum(bool(_PAGE_COLUMN.search(t)) for t in titles) * 2 >= len(titles):  # "Landstingsdirektörens
                titles = [_PAGE_COLUMN.sub("", t) for t in titles]  # rapport 5": the listing's column of pages
            return [AgendaItem(f"§ {m['n']}", title, m.start(), stop, written=" ".join(m.group().split()))
                    for m, title, stop in zip(chain, titles, ends)]
    return []


def _chain(text: str, start: int, end: int) -> list[re.Match[str]]:
    chain: list[re.Match[str]] = []
    for number in _NUMBER.finditer(text, start, end):
        if not chain and number.start() - start > FIRST_WITHIN:
            break
        if not chain or number["prefix"] == chain[0]["prefix"] and \
                int(chain[-1]["n"]) < int(number["n"]) <= int(chain[-1]["n"]) + MAX_STEP:
            chain.append(number)
    return chain


def with_listed_paragraphs(items: list[AgendaItem], listed: list[AgendaItem]) -> list[AgendaItem]:
    """The items, and the listed paragraphs none of them numbers, in place of the items the list stands inside
    (a transcript's page "3 ÄRENDELISTA 58 …" read as an item)."""
    if not listed:
        return items
    numbers = {item.number.removeprefix("§").strip() for item in items}
    new = [p for p in listed if p.number.removeprefix("§").strip() not in numbers]
    if not new:
        return items
    start, end = listed[0].start, listed[-1].end
    kept = [item for item in items if item.end <= start or item.start >= end]
    return sorted(kept + new, key=lambda item: item.start)
