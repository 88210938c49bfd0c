"""Pure metric functions of the evaluation: key facts, retrieval ranks, citations, refusals, summaries
and thresholds. Tested on crafted inputs."""

from __future__ import annotations

import re
import statistics
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


TYPES = ("agenda", "report", "proposal", "two_place", "header", "reference", "list", "cross", "body_date",
         "followup", "no_diacritics", "typo", "english", "decision", "missing_attribute", "unanswerable")
RECALL_KS = (1, 3, 5, 10)

# ---------------------------------------------------------------------------------------------------
# Normalisation and key facts (pure)
# ---------------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e",
                       "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


def collapse(text: str) -> str:
    """White space collapsed to single spaces, ends stripped (for comparing quotes and passages)."""
    return " ".join(text.split())


def normalise(text: str) -> str:
    """Key-fact normalisation: NFKC, lower case, å/ä→a, ö→o, é→e, dashes → ``-``, white space collapsed,
    spaces between digits removed (``21 280`` = ``21280``)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _DIGIT_SPACE.sub("", collapse(text))


def missing_key_facts(answer: str, facts: Iterable[str]) -> list[str]:
    shown = normalise(answer)
    return [fact for fact in facts if normalise(fact) not in shown]


def key_facts_hit(answer: str, facts: Sequence[str]) -> bool:
    """True when every key fact occurs in the answer (after ``normalise``)."""
    return not missing_key_facts(answer, facts)


def key_fact_share(answer: str, facts: Sequence[str]) -> float:
    if not facts:
        return 1.0
    return 1.0 - len(missing_key_facts(answer, facts)) / len(facts)


# ---------------------------------------------------------------------------------------------------
# Retrieval (pure)
# ---------------------------------------------------------------------------------------------------


def contains_quote(passage: str, quote: str) -> bool:
    """The quote occurs in the passage, white space collapsed on both sides."""
    wanted = collapse(quote)
    return bool(wanted) and wanted in collapse(passage)


def passage_has_gold(doc_name: str, passage: str, gold: Sequence[dict[str, str]]) -> bool:
    """A passage (the document span of a retrieved chunk) holds one of the gold quotes of its file."""
    return any(g["doc"] == doc_name and contains_quote(passage, g["quote"]) for g in gold)


def gold_reachable(passages: Iterable[tuple[str, str]], gold: Sequence[dict[str, str]]) -> bool:
    """Whether any passage of the whole index, as (file name, span text), holds a gold quote: the ceiling
    for recall; False means chunking split or dropped the quote."""
    return any(passage_has_gold(name, text, gold) for name, text in passages)


def first_hit_rank(hits: Sequence[bool]) -> int | None:
    """1-based rank of the first relevant passage, or None."""
    for rank, hit in enumerate(hits, 1):
        if hit:
            return rank
    return None


def recall_at_k(ranks: Sequence[int | None], k: int) -> float | None:
    """Share of questions with a relevant passage in the top k; None for no questions."""
    if not ranks:
        return None
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mean_reciprocal_rank(ranks: Sequence[int | None]) -> float | None:
    if not ranks:
        return None
    return sum(1.0 / r for r in ranks if r) / len(ranks)


# ---------------------------------------------------------------------------------------------------
# Citations (pure)
# ---------------------------------------------------------------------------------------------------


def ranges_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` where the quote occurs exactly in the text."""
    found, at = [], text.find(quote) if quote else -1
    while at >= 0:
        found.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return found


def citation_exact(doc_text: str, quote: str, start: int, end: int) -> bool:
    """The citation's quote is exactly the document text at its offsets."""
    return bool(quote) and 0 <= start < end <= len(doc_text) and doc_text[start:end] == quote


def citation_supported(doc_name: str, doc_text: str, quote: str, start: int, end: int,
                       gold: Sequence[dict[str, str]]) -> bool:
    """Exact at its offsets AND overlapping a gold quote of the same file: the character ranges
    overlap in the document, or one contains the other with white space collapsed."""
    if not citation_exact(doc_text, quote, start, end):
        return False
    shown = collapse(quote)
    for g in gold:
        if g["doc"] != doc_name:
            continue
        if any(ranges_overlap((start, end), span) for span in occurrences(doc_text, g["quote"])):
            return True
        wanted = collapse(g["quote"])
        if shown and wanted and (wanted in shown or shown in wanted):
            return True
    return False


# ---------------------------------------------------------------------------------------------------
# Refusals, faithfulness, threshold sweep (pure)
# ---------------------------------------------------------------------------------------------------


def refusal_accuracy(found_on_unanswerable: Sequence[bool]) -> float | None:
    """Share of unanswerable questions the assistant declined (``found`` False)."""
    if not found_on_unanswerable:
        return None
    return sum(1 for f in found_on_unanswerable if not f) / len(found_on_unanswerable)


def false_refusal_rate(found_on_answerable: Sequence[bool]) -> float | None:
    """Share of answerable questions the assistant declined."""
    if not found_on_answerable:
        return None
    return sum(1 for f in found_on_answerable if not f) / len(found_on_answerable)


@dataclass
class Sweep:
    threshold: float
    refusal_accuracy: float
    false_refusal: float

    @property
    def score(self) -> float:
        return self.refusal_accuracy + (1.0 - self.false_refusal)


def sweep_thresholds(rows: Sequence[tuple[float, bool, bool]], grid: Sequence[float]) -> list[Sweep]:
    """``rows``: (relevance, answerable, refused regardless of the threshold) per question. A question
    is refused at threshold t when it is refused anyway or its relevance is below t."""
    result = []
    for t in grid:
        refused = [(answerable, forced or rel < t) for rel, answerable, forced in rows]
        unans = [r for a, r in refused if not a]
        ans = [r for a, r in refused if a]
        result.append(Sweep(round(t, 4), sum(unans) / len(unans) if unans else 1.0,
                            sum(ans) / len(ans) if ans else 0.0))
    return result


def separation_auc(answerable: Sequence[float], unanswerable: Sequence[float]) -> float | None:
    """Probability that an answerable question scores above an unanswerable one (ties count half):
    how well a score can separate them at all, whatever the threshold (0.5 = not at all)."""
    if not answerable or not unanswerable:
        return None
    wins = sum(1.0 if a > u else 0.5 if a == u else 0.0 for a in answerable for u in unanswerable)
    return wins / (len(answerable) * len(unanswerable))


def best_threshold(sweep: Sequence[Sweep]) -> float:
    """The middle of the longest run of consecutive grid points with the best score (robust to noise)."""
    best = max(s.score for s in sweep)
    runs: list[list[float]] = []
    previous_best = False
    for s in sweep:
        is_best = abs(s.score - best) < 1e-9
        if is_best:
            if previous_best:
                runs[-1].append(s.threshold)
            else:
                runs.append([s.threshold])
        previous_best = is_best
    run = max(runs, key=len)
    return round(run[(len(run) - 1) // 2], 4)


# ---------------------------------------------------------------------------------------------------
# Aggregation (pure over per-question records)
# ---------------------------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise(records: Sequence[dict[str, Any]], ks: Sequence[int] = RECALL_KS) -> dict[str, Any]:
    """Metrics for a list of per-question records (keys: answerable, rank, found, key_fact_hit,
    key_fact_share, citations [{supported, exact}], faithfulness, seconds). Metrics a record does not
    carry (e.g. answers for a retrieval-only run) come out as None."""
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    ranks = [r.get("rank") for r in answerable]
    out: dict[str, Any] = {"n": len(records), "n_answerable": len(answerable), "n_unanswerable": len(unanswerable)}
    for k in ks:
        out[f"recall_at_{k}"] = recall_at_k(ranks, k)
    out["mrr"] = mean_reciprocal_rank(ranks)
    reach = [r["reachable"] for r in answerable if r.get("reachable") is not None]
    if reach:
        out["gold_reachable"] = _mean([1.0 if x else 0.0 for x in reach])
    answered = [r for r in records if r.get("found") is not None]
    if not answered:
        return out
    graded = [r for r in answerable if r.get("key_fact_hit") is not None]
    out["key_fact"] = _mean([1.0 if r["key_fact_hit"] else 0.0 for r in graded])
    out["key_fact_partial"] = _mean([r["key_fact_share"] for r in graded])
    cited = [c for r in answerable for c in r.get("citations") or []]
    out["citations"] = len(cited)
    out["citation_support"] = _mean([1.0 if c["supported"] else 0.0 for c in cited])
    every_citation = [c for r in records for c in r.get("citations") or []]
    out["exact_substring"] = _mean([1.0 if c["exact"] else 0.0 for c in every_citation])
    out["answers_with_support"] = _mean([1.0 if any(c["supported"] for c in r.get("citations") or []) else 0.0
                                         for r in answerable if r.get("found")])
    out["refusal_accuracy"] = refusal_accuracy([bool(r["found"]) for r in unanswerable])
    out["false_refusal"] = false_refusal_rate([bool(r["found"]) for r in answerable])
    faithful = [r["faithfulness"] for r in records if r.get("faithfulness") is not None]
    if faithful:
        out["faithfulness"] = _mean(faithful)
    lengths = [len(r.get("answer") or "") for r in records if r.get("found")]
    if lengths:
        out["median_answer_chars"] = int(statistics.median(lengths))
    seconds = [r["seconds"] for r in records if r.get("seconds") is not None]
    if seconds:
        out["median_seconds"] = statistics.median(seconds)
    return out


def summarise_by_type(records: Sequence[dict[str, Any]], ks: Sequence[int] = RECALL_KS) -> dict[str, Any]:
    types = [t for t in TYPES if any(r["type"] == t for r in records)]
    types += sorted({r["type"] for r in records} - set(types))
    corpora = sorted({r.get("corpus", "") for r in records} - {""})
    return {"overall": summarise(records, ks),
            "by_type": {t: summarise([r for r in records if r["type"] == t], ks) for t in types},
            "by_corpus": {c: summarise([r for r in records if r.get("corpus") == c], ks) for c in corpora}}


# ---------------------------------------------------------------------------------------------------
# Thresholds (pure)
# ---------------------------------------------------------------------------------------------------


def check_thresholds(metrics: dict[str, Any], bounds: dict[str, dict[str, float]]) -> list[str]:
    """Messages for every metric below its ``min`` or above its ``max``; a missing metric fails too."""
    failures = []
    for name, floor in (bounds.get("min") or {}).items():
        value = metrics.get(name)
        if value is None or value < floor:
            failures.append(f"{name} = {_fmt(value)} < {floor}")
    for name, ceiling in (bounds.get("max") or {}).items():
        value = metrics.get(name)
        if value is None or value > ceiling:
            failures.append(f"{name} = {_fmt(value)} > {ceiling}")
    return failures


def load_thresholds(path: Path, report_name: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(targets, guard for this report) from the thresholds TOML; guard is None when the file has no
    ``[guard.<report_name>]`` table (e.g. for ablation runs)."""
    if not path.is_file():
        return {}, None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data.get("targets", {}), (data.get("guard") or {}).get(report_name)

def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
