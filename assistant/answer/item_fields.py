"""What an item's fields add to a quote from it: a proposal brings the decision that decides it, a bare decision
("bifalles") the proposal it decides, a question about reservations the item's reservations, and a short field
comes whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.asked import RESERVATION
from assistant.answer.sources import SourceTexts
from assistant.answer.intents import REASON_LABELS
from assistant.answer.retrieval import Hit
from assistant.answer.units import SENTENCE_END, Unit, runs_on
from assistant.documents.fields import is_decision, is_motion_field
from assistant.index.meetings import Span
from assistant.index.store import StoredChunk

ItemFields = Callable[[StoredChunk], list[Span]]  # a chunk -> the fields of the item (or heading) it stands in
_BARE_OUTCOME = re.compile(r"(?i)(?:förslaget |attsatsen |att-satsen |att-sats \d+ |yrkandet )?(?:bifall(?:es|s)?|avslås|antas"
                           r"|godkänns|beviljas|fastställs)(?:[,;] (?:och )?(?:att-sats \d+ )?(?:bifall(?:es|s)?|avslås))*\.?")
_ASSESSES = re.compile(r"\bbedöm|\beftersom\b|\bdärför\b|\bmot bakgrund\b|\bsammanfattningsvis\b", re.IGNORECASE)
# "Sammanfattningsvis bedömer förvaltningen att …", "Den sammantagna bedömningen är att …": where a motivation concludes
_CONCLUDES = re.compile(r"\bsammanfattningsvis\b|\bsammantagn[ae] bedömning|\bsammantaget\b"
                        r"|\bmot bakgrund av (?:ovan|detta|det ovan)", re.IGNORECASE)
SUMMARY_LABELS = ("Sammanfattning", "Ärendet i korthet", "Ärendebeskrivning")
_SENTENCE_OR_PARAGRAPH = re.compile(rf"{SENTENCE_END.pattern}|\n[ \t]*\n")
_MOVES = re.compile(r"\byrka[rdt]?\b")
# "Ordföranden prövar förslagen och finner att arbetsutskottet bifaller …", "Med 8 ja-röster mot 5 nej-röster …"
_FINDS = re.compile(r"\bfinner\b|\b\d+\s+(?:ja|nej)-?röster|\bröster mot\b", re.IGNORECASE)
_OWN_MOTION = re.compile(r"\beget yrkande\b", re.IGNORECASE)  # the chair's: "Ordförande X (M) konstaterar att det
# finns två förslag till beslut, … respektive eget yrkande"
_VOTING_FIELDS = ("beslutsgång", "propositionsordning", "omröstning")
_MOTIVATION = re.compile(r",? med (?:följande |den )?motivering|[;:] ")
FIELD_OPENING_CHARS = 300
WHOLE_FIELD_CHARS = 300
REASON_CHARS = 600
PROPOSED_PARAGRAPHS = 8  # an att-sats a paragraph


@dataclass(frozen=True)
class FieldsAsked:
    """Which of an item's fields a question asks for beyond the passages its words found."""

    decision: bool = False
    reservation: bool = False
    reason: bool = False
    motions: bool = False  # the yrkanden made at the meeting and how the chair put them
    written_motion: bool = False  # what a motion, or the answer to one, moves
    proposal: bool = False  # what is proposed ("vilka åtgärder föreslås")


def with_proposal_and_decision(hit: Hit, units: list[Unit], item_fields: ItemFields, texts: SourceTexts,
                               asked: FieldsAsked = FieldsAsked()) -> list[Unit]:
    """A quoted proposal brings its item's decision ("Förslaget bifalles."), and a bare decision ("bifalles",
    "att-sats 1 bifalles, att-sats 2 avslås") the proposal it decides: neither says alone what was decided.
    For a question about a decision, any quoted passage of an item brings the item's decision; about what is
    proposed, its proposal's att-satser; for one about reservations, its reservations; for "varför", the opening
    of its motivation when no quote is from it; for motions, the item's yrkanden and how the chair put them; for
    a motion or its answer, what it moves ("Yrkande": "att 1 Ändra mandatperiodens slutdatum …") beside its
    background."""
    fields = item_fields(hit.chunk)
    text = texts.text(hit.chunk.doc_id)
    decisions = [f for f in fields if is_decision(f.name)]
    proposals = [f for f in fields if _names_proposal(f.name)]
    reasons = [f for f in fields if f.name.startswith(REASON_LABELS)]
    summaries = [f for f in fields if f.name.startswith(SUMMARY_LABELS)]
    quoted = [f for f in fields if any(_overlap(u, f) for u in units)]
    added = []
    if asked.decision or any(f in quoted for f in proposals):
        added += [f for f in decisions if f not in quoted]
    if asked.decision and not decisions:  # an utskott's "Förslag till beslut i byggnadsnämnden" is what it concluded
        added += [f for f in proposals[:1] if f not in quoted]
    if any(f in quoted and is_bare_outcome(f.value) for f in decisions):
        added += [f for f in proposals if f not in quoted]
    referred = [u for f in decisions if f in quoted + added for u in referred_proposal(text, f.value, fields)]
    units = units + [u for u in referred if u not in units]  # "… i enlighet med förslaget i …": what it proposed
    if asked.proposal and proposals and not any(f in quoted for f in proposals):  # "vilka åtgärder föreslås"
        noise = texts.noise(hit.chunk.doc_id)  # a page's running header inside the field is no att-sats
        units = units + [u for u in _paragraphs(text, proposals[0])
                         if not any(s <= u.start and u.end <= e for s, e in noise)][:PROPOSED_PARAGRAPHS]
    if asked.proposal and proposals:  # what is proposed is the proposal, not the item's background or documents
        units = [u for u in units if any(_overlap(u, f) for f in proposals + decisions)] or units
    if asked.reason and reasons:
        units = units + _grounds(text, reasons, summaries, units)
    if asked.motions:  # "vem yrkade vad och vilket förslag vann": each yrkande's opening, then the chair's finding
        units = units + [u for u in _motions(text, fields) if not any(_overlap(u, q) for q in units)]
    if asked.written_motion and units and not any(f.name.casefold().startswith("yrkande") for f in quoted):
        moves = [f for f in fields if f.name.casefold().startswith("yrkande") and f.start > units[-1].start]
        units = units + (_what_it_moves(text, moves[0]) if moves else [])  # its own: the next after the quote
    if asked.reservation:  # "vilka reserverade sig mot beslutet om …": who reserved, each in the item's reservations
        units = units + [u for f in fields if f.name.casefold().startswith("reservation")
                         for u in _paragraphs(text, f) if RESERVATION.search(u.text) and u not in units]
    whole = [f for f in quoted if (f in proposals or f in decisions) and f.end - f.start <= WHOLE_FIELD_CHARS
             and not asked.reason]  # "varför": the grounds, not the decision's other paragraphs (its fee)
    rest = [u for f in whole for u in _paragraphs(text, f) if not any(_overlap(u, q) for q in units)]
    return sorted(units + rest + [Unit(f.start, end, text[f.start:end], label=f.name) for f in added
                                  if (end := first_sentences(text, f.start, f.end)) > f.start], key=lambda u: u.start)


_ATT_LINE = re.compile(r"[ \t]*(?:[-•–*][ \t]*)?att\b", re.IGNORECASE)
_WRAPPED = re.compile(r"[ \t]*[a-zåäö0-9]")  # a line broken inside the att-sats above it
MOVES_CHARS = 1500


def _what_it_moves(text: str, field: Span) -> list[Unit]:
    """A motion's "Med anledning av ovanstående yrkar jag" and each att-sats that follows it, a line broken
    inside one with it (the field's span may hold only its opening line)."""
    found: list[Unit] = []
    at = field.start
    for line in text[field.start:field.start + MOVES_CHARS].split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if not line.strip():
            continue
        if not found or _ATT_LINE.match(line):
            found.append(Unit(start, end, line, label=field.name))
        elif _WRAPPED.match(line) and len(found) > 1:
            last = found[-1]
            found[-1] = Unit(last.start, end, text[last.start:end], label=field.name)
        else:
            break
    return found if len(found) > 1 else []


def _grounds(text: str, reasons: list[Span], summaries: list[Span], units: list[Unit]) -> list[Unit]:
    """"Varför": the motivation's first sentence that judges, unless a quote from it already does; when the
    motivation only cites the law and refers on ("… samt motivering nedan"), the summary's judging sentence; and
    the sentence where the motivation concludes ("Sammanfattningsvis bedömer förvaltningen att …")."""
    found = []
    judged = next((u for f in reasons + summaries if (u := _judging(text, f, _ASSESSES))), None)
    if not any(_ASSESSES.search(u.text) and any(_overlap(u, f) for f in reasons) for u in units):
        found.append(judged or _opening_of(text, reasons[0]))
    elif judged and not any(_overlap(judged, u) for u in units):  # the first ground, beside a later one quoted
        found.append(judged)
    concluded = next((u for f in reasons + summaries if (u := _judging(text, f, _CONCLUDES))), None)
    if concluded and not any(_overlap(concluded, u) for u in units + found):
        found.append(concluded)
    later = [u for u in _later_grounds(text, reasons[0]) if not any(_overlap(u, q) for q in units + found)]
    return found + later[:LATER_GROUNDS]


LATER_GROUNDS = 2


def _later_grounds(text: str, field: Span) -> list[Unit]:
    """A motivation that judges one thing a paragraph ("… inom 300 meter från sjön Lygnern" / "Den mark som
    solcellerna har en föreslagen placering på bedöms även utgöra brukningsvärd jordbruksmark."): the judging
    sentence that opens each later paragraph, each a ground of its own."""
    paragraphs = _paragraphs(text, field)[1:]
    return [first for u in paragraphs if (first := _first_sentence(u)) and _ASSESSES.search(first.text)]


def _first_sentence(unit: Unit) -> Unit:
    end = m.end() if (m := SENTENCE_END.search(unit.text)) else len(unit.text)
    quote = unit.text[:end].rstrip()
    return Unit(unit.start, unit.start + len(quote), quote, label=unit.label)


def _overlap(a: Unit | Span, b: Unit | Span) -> bool:
    return a.start < b.end and b.start < a.end


def _judging(text: str, field: Span, judges: re.Pattern[str]) -> Unit | None:
    """The field's first sentence that judges ("Förvaltningen bedömer att avvikelsen inte är liten"), not the law
    it opens by citing, and the rest of its paragraph, which gives the grounds (up to ``REASON_CHARS``)."""
    ends = [m.start() for m in _SENTENCE_OR_PARAGRAPH.finditer(text, field.start, field.end)] + [field.end]
    for cut, end in zip([field.start] + ends, ends):
        if not judges.search(text[cut:end]):
            continue
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        end = _sentence_end(text, start, end, ends, field.end)
        start = _paragraph_start(text, field.start, start, end)
        while (following := next((e for e in ends if e > end), None)) is not None and \
                not re.match(r"[ \t]*\n[ \t]*\n", text[end:following]):  # the paragraph goes on
            after = _sentence_end(text, start, following, ends, field.end)
            if after - start > REASON_CHARS:
                break
            end = after
        quote = text[start:end].rstrip()
        return Unit(start, start + len(quote), quote, label=field.name)
    return None


def _paragraph_start(text: str, floor: int, start: int, end: int) -> int:
    """A judgement follows the facts it judges in one paragraph ("Föreslagen placering är inom 100 meter från
    Getakärr …" / "Förvaltningen bedömer att det inte finns skäl …"): they are the grounds, and the quote opens
    with them when the paragraph is short enough."""
    opened = max(text.rfind("\n\n", floor, start), floor)
    opened += len(text[opened:start]) - len(text[opened:start].lstrip())
    before = text[floor:opened].rstrip()
    begins_sentence = text[opened:opened + 1].isupper() and (not before or before.endswith((".", "!", "?", ":")))
    return opened if begins_sentence and end - opened <= REASON_CHARS else start


def _opening_of(text: str, field: Span) -> Unit:
    end = first_sentences(text, field.start, field.end)
    return Unit(field.start, end, text[field.start:end], label=field.name)


def _sentence_end(text: str, start: int, end: int, ends: list[int], limit: int) -> int:
    """Where a sentence a page break cut ends ("… inte är liten eller förenlig med" / "" / "detaljplanens …")."""
    for later in ends:
        if later >= end and (text[start:later].rstrip().endswith((".", "!", "?", ":")) or later == limit):
            return later
    return end


def _motions(text: str, fields: list[Span]) -> list[Unit]:
    """The opening of each yrkande made at the meeting ("Lars Eriksson (S) yrkar bifall till …", cut before its
    motivation) and the chair's finding in the Beslutsgång."""
    moved = [_opening(u) for f in fields if is_motion_field(f.name) for u in _paragraphs(text, f) if _MOVES.search(u.text)]
    return sorted(moved + chairs_findings(text, fields), key=lambda u: u.start)


def chairs_findings(text: str, fields: list[Span]) -> list[Unit]:
    """"Ordföranden prövar förslagen och finner att arbetsutskottet bifaller Lars Erikssons (S) yrkande": which
    proposal the meeting adopted, from the item's Beslutsgång, and the result of a vote."""
    said = [u for f in fields if f.name.casefold().startswith(_VOTING_FIELDS) for u in _sentences(text, f)]
    found = [u for u in said if _FINDS.search(u.text)]
    if any(_OWN_MOTION.search(u.text) for u in found):  # "… bifaller eget yrkande": whose is told before
        found = sorted(found + [u for u in said if _OWN_MOTION.search(u.text) and u not in found], key=lambda u: u.start)
    return found


def _opening(unit: Unit) -> Unit:
    """A yrkande up to its motivation ("… på fastigheten med följande motivering; …") or its first sentence."""
    cut = _MOTIVATION.search(unit.text)
    end = cut.start() if cut else (m.end() if (m := _SENTENCE_OR_PARAGRAPH.search(unit.text)) else len(unit.text))
    quote = unit.text[:end].rstrip(" ,;")
    return Unit(unit.start, unit.start + len(quote), quote, label=unit.label)


def _sentences(text: str, field: Span) -> list[Unit]:
    ends = [m.end() for m in _SENTENCE_OR_PARAGRAPH.finditer(text, field.start, field.end)] + [field.end]
    found = []
    for start, end in zip([field.start] + ends, ends):
        quote = text[start:end].strip()
        if not quote:
            continue
        at = text.index(quote, start)
        if found and runs_on(found[-1].text, quote):  # "… finner att arbetsutskottet" / "" / "bifaller det."
            found[-1] = Unit(found[-1].start, at + len(quote), text[found[-1].start:at + len(quote)], label=field.name)
        else:
            found.append(Unit(at, at + len(quote), quote, label=field.name))
    return found


def _paragraphs(text: str, field: Span) -> list[Unit]:
    """A short proposal or decision is quoted whole: its other paragraphs ("godkänner samrådsredogörelsen" as well
    as "uppdrar åt samhällsbyggnadskontoret")."""
    found = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[field.start:field.end]):
        if any(c.isalnum() for c in match.group()):
            found.append(Unit(field.start + match.start(), field.start + match.end(), match.group(), label=field.name))
    return found


# a decision that says what it decides only by the proposal it follows, which the item's summary sets out
_BY_THE_PROPOSAL = re.compile(r"\b(?:i enlighet med|enligt)\s+(?:förslaget|det förslag)\s+i\b", re.IGNORECASE)
_PROPOSES = re.compile(r"\bföreslås\b|\bföreslår\b")


MAX_PROPOSING = 2


def referred_proposal(text: str, decision: str, fields: list[Span]) -> list[Unit]:
    """A decision "i enlighet med förslaget i utbildningsförvaltningens tjänsteutlåtande": the sentences of its item's
    summary that propose ("Det föreslås härmed att rubriken … inte längre tas med …")."""
    if not _BY_THE_PROPOSAL.search(decision):
        return []
    summaries = [f for f in fields if f.name.startswith(SUMMARY_LABELS)]
    return [u for f in summaries for u in _sentences(text, f) if _PROPOSES.search(u.text)][:MAX_PROPOSING]


def is_bare_outcome(decision: str) -> bool:
    """"Förslaget bifalles.": a decision that says what was decided only with the proposal it decides."""
    return bool(_BARE_OUTCOME.fullmatch(" ".join(decision.split())))


def names_proposal_or_decision(field: str) -> bool:
    return _names_proposal(field) or is_decision(field)


def _names_proposal(field: str) -> bool:
    low = field.casefold()
    return low == "förslag" or low.startswith("förslag till beslut") or low.endswith("s förslag")


def first_sentences(text: str, start: int, end: int) -> int:
    """Where a field's quotable opening ends: its first paragraph, at most ``FIELD_OPENING_CHARS``."""
    stop = text.find("\n\n", start, end)
    stop = end if stop < 0 else stop
    if text[start:stop].rstrip().endswith(":") and stop < end:  # "Nämnden beslutar:" announces its att-satser
        after = text.find("\n\n", stop + 2, end)
        stop = end if after < 0 else after
    if stop - start > FIELD_OPENING_CHARS:
        sentence = text.rfind(". ", start, start + FIELD_OPENING_CHARS)
        stop = sentence + 1 if sentence > start else start + FIELD_OPENING_CHARS
    return stop
