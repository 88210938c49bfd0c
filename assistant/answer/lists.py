"""Which units a list answer quotes: a list whole with the sentence that announces it, the rows of the outcome the
question asks for ("vilka äskanden bordlades"), and at most as many as there is room for, in document order."""

from __future__ import annotations

import re

from assistant.answer.intents import named_list_stem
from assistant.answer.term_match import matches
from assistant.answer.units import Picked, Unit, announced, is_point, outcome_after, sibling_points
from assistant.documents.outcomes import OUTCOME_WORDS, mentions, outcomes_in
from assistant.index.store import StoredChunk
from assistant.swedish import content_terms, listed_under

WHO_DID_WHAT = r"\b(?:vem|vilka|who)(?:\s+(?!och\b|and\b)[\wåäö]+){1,4}\s+(?:vad|what)\b"  # "vem tog på sig vad"
LIST_QUESTION = re.compile(rf"\bvilka\b|\blista\b|\bwhich\b|\bwhat are\b|\bvad innehåller\b|{WHO_DID_WHAT}",
                            re.IGNORECASE)


def heads_rows_asked(chunk: StoredChunk, terms: set[str], question: str) -> bool:
    """"vilka intäktsposter": the chunk under the heading "Intäkter" lists them, whatever scores best elsewhere;
    "vilka är de fem strategierna": the chunk under "Fem övergripande strategier:", whose rows never say the word."""
    heads = {head for t in terms if (head := listed_under(t))}
    listed, heading = named_list_stem(question), content_terms(" ".join(chunk.meta.heading_path[-1:]))
    return bool(LIST_QUESTION.search(question)) and (bool(heads) and matches(heads, heading) > 0 or
                                                     bool(listed) and any(t.startswith(listed) for t in heading)
                                                     or announces_asked(chunk.meta.heading_path[-1:], question))


_WHICH_NOUN = re.compile(r"\bvilka\s+([a-zåäö]{4,})")
_FOLLOWING = re.compile(r"\bföljande\s+(?:\d+\s+)?(.+)", re.IGNORECASE)  # "… följande 5 ledamöter"


def announces_asked(heading: tuple[str, ...], question: str) -> bool:
    """"Valberedningen föreslår följande 5 ledamöter" over the rows "vilka ledamöter föreslår valberedningen" asks
    for: a heading that announces what follows and names it as the question names what it asks for."""
    asked = _WHICH_NOUN.search(question.casefold())
    announced = _FOLLOWING.search(heading[0]) if heading else None
    return bool(asked and announced and content_terms(asked[1]) & content_terms(announced[1]))


def of_asked_outcome(units: list[Unit], terms: set[str], question: str) -> list[Unit]:
    """The rows that record the outcome the question asks for, when rows record different ones; those that record
    another for an outcome denied ("godkändes inte direkt"). The others (a sentence announcing the list, a row with
    no outcome) stay."""
    said = mentions(f"{question} {' '.join(terms)}", asked=True)  # the terms hold the genre's word for the asker's ("sköts upp")
    wanted = {kept for outcome, denied in said for kept in (set(OUTCOME_WORDS) - {outcome} if denied else {outcome})}
    stated = [outcomes_in(u.text) for u in units]  # "godkändes inte (avslogs eller bordlades)": the other outcomes
    if not any(wanted & found for found in stated) or not any(found - wanted for found in stated):
        return units
    return [u for u, found in zip(units, stated) if not found or found & wanted]


def best_in_order(units: list[Unit], room: int) -> list[Unit]:
    """At most ``room`` units, the best scored ones, in document order (a long item quoted whole keeps the
    sentence that answers even when it stands late in the item)."""
    if len(units) <= room:
        return units
    best = sorted(units, key=lambda u: -u.score)[:max(room, 0)]
    return sorted(best, key=lambda u: u.start)


def with_whole_lists(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """For a question asking which ones: a quoted row of an announced list brings the sentence that announces it
    and every other row ("vilka föreslås till omval" quotes the whole slate, not the rows that say "omval"); a
    quoted point of nested bullets brings the other points of its level ("vilka punkter diskuterades")."""
    result = list(chosen)
    for unit in units:
        rows = announced(unit, units)
        if len(rows) >= 2 and any(u in chosen for u in rows):
            result += [u for u in [unit, *rows] if u not in result]
    for unit in chosen:
        result += [u for u in sibling_points(unit, units) if u not in result]
    return sorted(result, key=lambda u: u.start)


def with_announced_lists(chosen: list[Unit], units: list[Unit], parents: dict[int, Unit],
                          outcome_terms: frozenset[str] | None) -> list[Unit]:
    """A quoted sentence that announces a list ("… fem övergripande strategier:", "Invalda:") brings the list
    with it; a quoted sub-point brings the point it stands under; unless the question asks who, a matter raised
    brings what came of it."""
    result = list(chosen)
    for unit in chosen:
        outcome = outcome_after(unit, units, outcome_terms) if outcome_terms is not None else []
        result += [u for u in announced(unit, units) + outcome if u not in result]
        if id(unit) in parents and parents[id(unit)] not in result:
            result.append(parents[id(unit)])
    return sorted(result, key=lambda u: u.start)


def with_parallel_points(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """Two quoted points of one list that open with the same word ("• Införskaffa ett organisationsnummer …",
    "• Införskaffa ett bankkonto …") bring the other points of that list that do ("• Införskaffa hoodies …"):
    the same kind of thing, though they share fewer of the question's words."""
    result = list(chosen)
    for run in _point_runs(units):
        quoted = [_opening_word(u.text) for u in run if u in chosen]
        for word in {w for w in quoted if w and quoted.count(w) >= 2}:
            result += [u for u in run if _opening_word(u.text) == word and u not in result]
    return sorted(result, key=lambda u: u.start)


def parallel_in_direct(direct: Picked, more: Picked) -> tuple[Picked, Picked]:
    """The points parallel to two of the direct answer's stand in it, not under "Mer i underlagen"."""
    moved: dict[int, list[Unit]] = {}
    for hit, units in direct:
        later = [u for h, us in more if h is hit for u in us]
        moved[id(hit)] = [u for u in with_parallel_points(units, sorted(units + later, key=lambda u: u.start))
                          if u not in units]
    direct = [(hit, sorted(units + moved[id(hit)], key=lambda u: u.start)) for hit, units in direct]
    more = [(hit, [u for u in units if u not in moved.get(id(hit), [])]) for hit, units in more]
    return direct, [(hit, units) for hit, units in more if units]


def _point_runs(units: list[Unit]) -> list[list[Unit]]:
    runs: list[list[Unit]] = []
    for previous, unit in zip([None, *units], units):
        if not is_point(unit.text):
            continue
        if previous is not None and is_point(previous.text) and runs:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def _opening_word(text: str) -> str:
    word = re.match(r"[^\wåäöÅÄÖ]*([\wåäöÅÄÖ]{3,})", text)
    return word[1].casefold() if word else ""
