"""A stance asked: "hade trafikverket något emot lagerhallen?", "vad tyckte grannarna om tillbyggnaden?". Minutes
report what those consulted said in their own sentences ("Trafikverket har inget att invända mot att bygglov
beviljas"), often far from the sentence that matched the question best (that they were consulted, what was decided);
the item's sentence where the one asked about takes a stance answers."""

from __future__ import annotations

import re

from assistant.answer.retrieval import Hit
from assistant.answer.stated import item_of
from assistant.answer.units import Picked
from assistant.swedish import content_terms

# asked of someone: "något emot", "några invändningar", "invände", "vad tyckte", "vilken inställning", "object"
STANCE_ASKED = re.compile(r"\b(?:något|nåt|någonting|några|nån|någon)\s+(?:\w+\s+)?(?:emot|invändning\w*|erinr\w*)"
                          r"|\binvände\w*|\binvänder\b|\binvändningar\b|\berinringar\b"
                          r"|\bvad (?:\w+ )?(?:tyckte|tycker|tycks|ansåg|anser|menade|menar)\b"
                          r"|\bvilken (?:inställning|hållning|uppfattning)\b|\bställde sig\b"
                          r"|\bobject(?:ed|ions?)?\b|\bwhat did \w+ think\b", re.IGNORECASE)
# a stance taken in the minutes' words
STANCE = re.compile(r"\binvänd\w*|\berinr\w*|\bemot\b|\btillstyrk\w*|\bavstyrk\w*|\bmotsätt\w*|\bställer sig\b"
                    r"|\b(?:är|var) (?:positiv|negativ)\w*|\b(?:anser|ansåg|tycker|tyckte|menar|menade)\b",
                    re.IGNORECASE)
_STANCE_WORDS = content_terms("emot invända invänder invände invändning invändningar erinra erinran erinringar "
                              "tycker tyckte anser ansåg menar menade inställning hållning uppfattning")


def stances_first(direct: Picked, more: Picked, found: Picked, topic: set[str]) -> tuple[Picked, Picked]:
    """``found``: every unit of the passages retrieved. When no quoted unit has the one asked about (a word of the
    question that is not in the item's heading: "trafikverket") take a stance, the item's first unit that does
    answers, and what was quoted goes under "Mer i underlagen"."""
    if _stance_of_actor(direct, topic):
        return direct, more
    answering = {item_of(hit) for hit, _ in direct}
    for hit, units in found:
        if item_of(hit) not in answering:
            continue
        actors = _actors(hit, topic)
        stance = next((u for u in units if STANCE.search(u.text) and actors & content_terms(u.text)), None)
        if stance is not None:
            at = (hit.chunk.doc_id, stance.start)
            rest = [(h, [u for u in us if (h.chunk.doc_id, u.start) != at]) for h, us in more]
            return [(hit, [stance])], direct + [(h, us) for h, us in rest if us]
    return direct, more


def _stance_of_actor(direct: Picked, topic: set[str]) -> bool:
    return any(STANCE.search(u.text) and _actors(hit, topic) & content_terms(u.text) for hit, units in direct
               for u in units)


def _actors(hit: Hit, topic: set[str]) -> set[str]:
    """The question's words the item's heading does not have ("trafikverket", not "lagerhall"), bar the stance's."""
    return set(topic) - content_terms(hit.chunk.context) - _STANCE_WORDS


def asks_stance(question: str) -> bool:
    return bool(STANCE_ASKED.search(question))
