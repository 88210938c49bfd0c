"""Whether a quoted passage decides, and the decision joined to a quote that only tells what was asked for: the
unit of the same passage that decides, the one right after it, or the sibling decisions of an item that records
them as lettered points."""

from __future__ import annotations

import re
from itertools import takewhile

from assistant.answer.item_fields import names_proposal_or_decision
from assistant.answer.retrieval import Hit
from assistant.answer.sources import SourceTexts
from assistant.answer.units import Picked, Unit, decision_under, every_unit, units_in, units_of
from assistant.documents.model import ChunkKind
from assistant.documents.structure import DECIDES
from assistant.swedish import content_terms

_OPENS_DECISION = re.compile(rf"Beslut\b|{DECIDES.pattern}")  # "Beslut — Offerten accepteras", "Mötet beslöt att"
DECIDED = re.compile(r"beslut|beslöt|beslot|bifall|bifölls|avslå|avslag|avslog|\bantas\b|\bantogs\b|godkän|fastställ"
                      r"|\bbestäm(?:de|des|ts?|s|mer)\b"
                      r"|\bvald(?:a|e|es|s)?\b|\bväljer\b|\butse[sr]\b|\butsågs\b|bordl[äa]g|återremi|bevilja|förhandsbesked"
                      r"|\buppdra|\bi uppdrag\b|\btar på sig\b|\b(?:ska|skall|bör) (?:undersöka|utreda|se över|återkomma)"
                      r"|\btill handlingarna\b|\bnoterar informationen\b|^\W*att\s"
                      r"|\bdecided\b|\bdecision\b|\b(?:accepted|approved|rejected|postponed|agreed|passed|adopted)\b"
                      r"|\b(?:agrees|approves|accepts|rejects|adopts|decides)\b",  # "The board agrees to try Glow"
                      re.IGNORECASE | re.MULTILINE)  # English minutes' words too
DECISION_KINDS = (ChunkKind.DECISION, ChunkKind.PROPOSAL_DECISION)


def with_its_decision(direct: Picked, more: Picked, texts: SourceTexts) -> tuple[Picked, Picked]:
    """A question about a decision whose direct answer quotes what was asked for but not what was decided: the
    unit of the same passage that decides ("Styrelsen bifaller förfrågan") joins it, or else the unit right
    after the quote when it opens with the decision ("Beslut — Offerten accepteras")."""
    if any(decided(hit, units, texts.text(hit.chunk.doc_id)) for hit, units in direct):
        return direct, more
    quoted = {id(hit) for hit, _ in direct}
    for hit, units in more:
        deciding = [u for u in units if id(hit) in quoted and DECIDED.search(u.text)]
        if deciding:
            joined = [(h, sorted(us + deciding, key=lambda u: u.start) if h is hit else us) for h, us in direct]
            rest = [(h, [u for u in us if u not in deciding]) for h, us in more]
            return joined, [p for p in rest if p[1]]
    return [(hit, units + _decision_after(hit, units, texts)) for hit, units in direct], more


_DECISION_POINT = re.compile(r"\s*[a-h][.)]\s*Beslut\b")  # "a. Beslut: att …", "b. Beslut Greg … valdes …"


def with_sibling_decisions(hit: Hit, units: list[Unit], texts: SourceTexts, topic: set[str]) -> list[Unit]:
    """An item that records its decisions as lettered points ("a. Beslut: att alla tidigare beslut om firmateckning
    annulleras", "b. Beslut Greg FitzPatrick … valdes till firmatecknare"): one of them quoted brings the others.
    So does a clause of a decision written as att-clauses, or its verb with a clause on the question's topic."""
    if not any(_DECISION_POINT.match(u.text) or _ATT_CLAUSE.match(u.text) or _DECIDING_VERB.search(u.text)
               for u in units):
        return units  # no decision's point, clause or verb is quoted: the passage is not read again
    every = every_unit(hit, texts)
    if any(_DECISION_POINT.match(u.text) for u in units):
        siblings = [u for u in every if _DECISION_POINT.match(u.text)]
    else:
        siblings = _att_clauses_of(units, every, topic)
    return sorted(units + [u for u in siblings if all(u.start != x.start for x in units)], key=lambda u: u.start)


_DECIDING_VERB = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutades|beslöts)\b", re.IGNORECASE)
_DECIDES_ATT = re.compile(rf"{_DECIDING_VERB.pattern}[^.!?]*\batt\s", re.IGNORECASE)  # "… beslutade enhälligt att …"
_MAX_CLAUSES = 8


def _att_clauses_of(units: list[Unit], every: list[Unit], topic: set[str]) -> list[Unit]:
    """The verb and the att-clauses of a decision ("Styrelsen beslutade enhälligt" / "att förbundet inte deltar …" /
    "att starkt rekommendera …") whose verb or clause is quoted, when a clause is quoted (the first may stand with
    the verb) or names the topic."""
    picked = {u.start for u in units}
    for at, unit in enumerate(every):
        if not _DECIDING_VERB.search(unit.text):
            continue
        clauses = list(takewhile(lambda u: bool(_ATT_CLAUSE.match(u.text)), every[at + 1:at + 1 + _MAX_CLAUSES]))
        run = [unit] + clauses
        if not clauses or not picked & {u.start for u in run}:
            continue
        if picked & {u.start for u in clauses} or _DECIDES_ATT.search(unit.text) \
                or any(topic & content_terms(u.text) for u in clauses):
            return run
    return []


def _decision_after(hit: Hit, units: list[Unit], texts: SourceTexts) -> list[Unit]:
    """The unit right after the quote when it opens with the decision; for a quote that opens a matter under its
    heading ("Friskis&Svettis" / "Ordförande … informerade …"), the matter's sentences up to its decision before the
    next matter's heading ("Ett avtal … kan nu förberedas." / "Styrelsen beslutade"); each decision with the
    att-clauses it announces. Else the decision labelled under the point the quote stands in."""
    text = texts.text(hit.chunk.doc_id)
    every = units_of(hit.chunk, text)
    end = hit.chunk.segments[-1][1]  # the decision may open the next chunk
    following = [u for u in every if u.start >= max(u.end for u in units)] + \
        units_in(text, [(end, _read_on(text, end))])
    reach = _DECISION_REACH if _heads_matter(min(units, key=lambda u: u.start)) else 1
    for at, unit in enumerate(following[:reach]):
        if _OPENS_DECISION.match(unit.text):
            return following[:at + 1] + _announced_clauses(unit, following[at + 1:])
        if _heads_matter(unit):
            break
    return decision_under(units, every)


_DECISION_REACH = 3  # the matter's own sentences before its decision
_READ_ON_CHARS = 1200
_ATT_CLAUSE = re.compile(r"\W*(?:samt\s+)?att\s", re.IGNORECASE)
_MATTER_HEAD = re.compile(r"[^\n.!?:]{2,60}\n[A-ZÅÄÖ]")  # "Antidopingpolicy, uppdatering" / "Styrelsen diskuterade …"


def _read_on(text: str, end: int) -> int:
    """Where the few lines after a chunk that may hold its decision end: at a line's end."""
    cut = text.rfind("\n", end, end + _READ_ON_CHARS)
    return cut if cut > end else min(len(text), end + _READ_ON_CHARS)


def _heads_matter(unit: Unit) -> bool:
    """The unit opens the next matter: its first line, a short heading, stands over a sentence."""
    return unit.starts_line and bool(_MATTER_HEAD.match(unit.text))


def _announced_clauses(unit: Unit, following: list[Unit]) -> list[Unit]:
    """The att-clauses a decision that ends unfinished ("Styrelsen beslutade", "Mötet beslutar:") stands over."""
    if unit.text.rstrip().endswith((".", "!", "?")):
        return []
    return list(takewhile(lambda u: bool(_ATT_CLAUSE.match(u.text)), following))


def decided(hit: Hit, units: list[Unit], text: str) -> bool:
    """A decision or a proposal to decide is quoted: a decision field, a unit that decides ("beslutar att",
    "bifalles", "väljs", an att-sats), or one a decision above it announces."""
    return hit.chunk.meta.kind in DECISION_KINDS or any(
        names_proposal_or_decision(u.label) or DECIDED.search(u.text) and not u.label.startswith("Yrkande")
        or _announced_by_decision(text, u)
        for u in units)  # a motion's att-satser move, they do not decide


_ANNOUNCES = re.compile(r"(?::|\bsålunda|\bföljande)\s*$", re.IGNORECASE)  # "… justera arvoden sålunda"


def _announced_by_decision(text: str, unit: Unit) -> bool:
    """The sentence before the unit decides and announces it ("Stämman beslutade … sålunda" over "Ordförande och
    sekreterare kr 20 000 vardera"); the unit's chunk may begin at the unit."""
    sentence = re.split(r"[.!?]\s", text[max(0, unit.start - 300):unit.start])[-1]
    return bool(_ANNOUNCES.search(sentence) and DECIDED.search(sentence))
