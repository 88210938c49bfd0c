"""A sum or reason asked: the units of the item quoted that state it answer before those that do not ("att bevilja
byggnadsnämnden 5.890 tkr" under its row's head, the sum the decision grants before the sums of its background, "… på
grund av pågående arbete" found further down), and a quoted sum brings the sums of its calculation."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.intents import _AMOUNT, MONEY, gives_reason
from assistant.answer.stated import UNDER_CHARS, item_of
from assistant.answer.units import Picked, Unit

MAX_REASONS = 2


def sums_first(direct: Picked, more: Picked) -> tuple[Picked, Picked]:
    """A question about a sum: when the direct answer states none but another found unit of the same item or
    section does, that unit answers instead: the one right under the direct unit (a row's head, "Byggnadsnämnden",
    over "att bevilja byggnadsnämnden 5.890 tkr"), else the best such; a sum from elsewhere is about something else."""
    if any(MONEY.search(u.text) or _AMOUNT.search(u.text) for _, units in direct for u in units):
        return _decided_sum_first(direct, more)
    answering = {item_of(hit) for hit, _ in direct}
    ends = {(hit.chunk.doc_id, u.end) for hit, units in direct for u in units}
    with_sum = [(any(d == hit.chunk.doc_id and 0 <= u.start - end <= UNDER_CHARS for d, end in ends), u.score, hit, u)
                for hit, units in more for u in units if MONEY.search(u.text) and item_of(hit) in answering]
    if not with_sum:
        return direct, more
    *_, hit, unit = max(with_sum, key=lambda x: x[:2])
    return [(hit, [unit])], direct + _taken_out(more, unit)


def reasons_first(direct: Picked, more: Picked) -> tuple[Picked, Picked]:
    """"Varför avslog nämnden …": when no directly quoted unit gives a reason but units of the same item found
    further down do ("… på grund av pågående arbete", "prioriterar därför inte …"), the best two join the answer."""
    if any(gives_reason(u) for _, units in direct for u in units):
        return direct, more
    answering = {item_of(hit) for hit, _ in direct}
    reasons = sorted(((u.score, hit, u) for hit, units in more for u in units
                      if item_of(hit) in answering and gives_reason(u)), key=lambda x: -x[0])[:MAX_REASONS]
    for _, hit, unit in reasons:
        direct = direct + [(hit, [unit])]
        more = _taken_out(more, unit)
    return direct, more


def _taken_out(picked: Picked, unit: Unit) -> Picked:
    """The passages without ``unit``; a passage left with no unit is dropped."""
    return [(h, kept) for h, units in picked if (kept := [u for u in units if u is not unit])]


# a sum decided or proposed: "beslutade att bevilja …", "föreslår kommunfullmäktige att ställa ytterligare …"
_SETTLED = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutades|beslöts|föreslår|beviljar|beviljade|beviljas"
                      r"|beviljades)\b")


def _decided_sum_first(direct: Picked, more: Picked) -> tuple[Picked, Picked]:
    """A sum the item's decision grants or proposes ("Kommunstyrelsen beslutade att bevilja … 7 500:- per värn,
    totalt 45 000:-") answers before the sums of its background ("Under 2016 erhöll räddningsvärnen … 7 500
    kronor")."""
    if any(_SETTLED.search(u.text) for _, units in direct for u in units):
        return direct, more
    answering = {item_of(hit) for hit, _ in direct}
    decided = [(hit, u) for hit, units in more for u in units
               if MONEY.search(u.text) and _SETTLED.search(u.text) and item_of(hit) in answering]
    if not decided:
        return direct, more
    hit, unit = decided[0]
    return [(hit, [unit])] + direct, _taken_out(more, unit)


def with_sums_beside(units: list[Unit], every: list[Unit], text: str) -> list[Unit]:
    """"hur mycket kostar det efter reduceringen": the sentences of a quoted sum's paragraph that state sums too
    ("Avgiften för beslutet är 18 750 kronor. Avgiften är reducerad med 15 000 kronor … Kostnaden blir därför
    3 750 kronor."), each sum of a calculation on its own says too little."""
    quoted = {u.start for u in units}
    added: list[Unit] = []
    for unit in [u for u in units if MONEY.search(u.text)]:
        at = next((i for i, u in enumerate(every) if u.start == unit.start), None)
        if at is None:
            continue
        for step in (-1, 1):
            i = at + step
            while 0 <= i < len(every) and MONEY.search(every[i].text) and "\n\n" not in \
                    text[min(every[i].end, every[i - step].end):max(every[i].start, every[i - step].start)]:
                if every[i].start not in quoted:
                    quoted.add(every[i].start)
                    added.append(replace(every[i], label=unit.label))
                i += step
    return sorted(units + added, key=lambda u: u.start)
