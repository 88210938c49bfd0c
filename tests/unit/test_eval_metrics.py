"""The evaluation metrics, report helpers and options on crafted inputs (no index, no embedder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evals import metrics, report
from assistant.evals.runner import EvalOptions
from assistant.evals.metrics import (
    Sweep,
    best_threshold,
    check_thresholds,
    citation_exact,
    citation_supported,
    collapse,
    contains_quote,
    false_refusal_rate,
    first_hit_rank,
    gold_reachable,
    key_fact_share,
    key_facts_hit,
    mean_reciprocal_rank,
    missing_key_facts,
    normalise,
    occurrences,
    passage_has_gold,
    ranges_overlap,
    recall_at_k,
    refusal_accuracy,
    separation_auc,
    summarise,
    sweep_thresholds,
)

ROOT = Path(__file__).resolve().parents[2]

# --- normalisation and key facts --------------------------------------------------------------------


def test_normalise_folds_case_diacritics_dashes_space_and_digit_groups():
    assert normalise("  Välfärds\u00adBROTTSLIGHET ") == normalise("valfards\u00adbrottslighet")
    assert normalise("Östlund – Café") == "ostlund - cafe"
    assert normalise("09:00—12:00") == normalise("09:00–12:00") == "09:00-12:00"
    assert normalise("1\u22122") == "1-2"  # minus sign
    assert normalise("21 280 kronor") == "21280 kronor"
    assert normalise("21\u00a0280\nkronor") == "21280 kronor"  # NFKC turns the no-break space into a space
    assert normalise("a\u030a") == "a"  # decomposed å
    assert normalise("Kl 09.00  och\t10.00") == "kl 09.00 och 10.00"


def test_key_facts_match_after_normalisation():
    answer = "Nästa sammanträde ska äga rum fredagen den 7 Februari 2025 kl 09.00. [1]"
    assert key_facts_hit(answer, ["7 februari 2025", "09.00"])
    assert key_facts_hit("Avgiften är 21280 kronor.", ["21 280 kronor"])
    assert key_facts_hit("Avgiften är 21 280 kronor.", ["21280 kronor"])
    assert key_facts_hit("100-150 miljarder", ["100–150 miljarder"])
    assert not key_facts_hit("7 februari 2024", ["7 februari 2025"])
    assert missing_key_facts("Silvergruvan, Västerås", ["Silvergruvan", "Regionhuset"]) == ["Regionhuset"]
    assert key_fact_share("Silvergruvan", ["Silvergruvan", "Regionhuset"]) == 0.5
    assert key_facts_hit("anything", [])


# --- retrieval ------------------------------------------------------------------------------------------


def test_quotes_match_passages_with_whitespace_collapsed():
    passage = "| 3. | Valfärds-<br>brottslighet |\n\nNästa  sammanträde\nska äga rum"
    assert contains_quote(passage, "Nästa sammanträde ska äga rum")
    assert contains_quote(passage, "Valfärds-<br>brottslighet")
    assert not contains_quote(passage, "nästa sammanträde")  # case is not folded for quotes
    assert not contains_quote(passage, "   ")
    gold = [{"doc": "a.txt", "quote": "ska  äga\nrum"}]
    assert passage_has_gold("a.txt", passage, gold)
    assert not passage_has_gold("b.txt", passage, gold)  # same words, other file
    assert collapse(" a \n b\t") == "a b"
    # a quote split across two chunks is reachable in neither
    halves = [("a.txt", "Nästa  sammanträde"), ("a.txt", "ska äga rum")]
    assert not gold_reachable(halves, [{"doc": "a.txt", "quote": "sammanträde ska"}])
    assert gold_reachable(halves, [{"doc": "a.txt", "quote": "ska äga"}])


def test_ranks_recall_and_mrr():
    assert first_hit_rank([False, False, True, True]) == 3
    assert first_hit_rank([False]) is None
    assert first_hit_rank([]) is None
    ranks = [1, 3, None, 5, 10]
    assert recall_at_k(ranks, 1) == pytest.approx(1 / 5)
    assert recall_at_k(ranks, 3) == pytest.approx(2 / 5)
    assert recall_at_k(ranks, 5) == pytest.approx(3 / 5)
    assert recall_at_k(ranks, 10) == pytest.approx(4 / 5)
    assert mean_reciprocal_rank(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 5 + 1 / 10) / 5)
    assert recall_at_k([], 5) is None and mean_reciprocal_rank([]) is None


# --- citations ------------------------------------------------------------------------------------------

DOC = "Rubrik\nNästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.\nÖvrigt: inget."
GOLD = [{"doc": "agenda.txt", "quote": "fredagen den 7 februari 2025 kl 09.00."}]


def _cite(quote: str, doc: str = "agenda.txt", text: str = DOC, start: int | None = None) -> bool:
    start = text.find(quote) if start is None else start
    return citation_supported(doc, text, quote, start, start + len(quote), GOLD)


def test_citation_support_by_overlap_and_containment():
    assert _cite("Nästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.")  # contains the gold
    assert _cite("fredagen den 7")  # inside the gold quote
    assert _cite("kl 09.00.\nÖvrigt: inget.")  # overlaps the gold span partly
    assert not _cite("Övrigt: inget.")  # next to it, no overlap
    assert not _cite("Rubrik")
    assert not _cite("fredagen den 7", doc="other.txt")  # other file
    # containment with collapsed white space counts even where offsets do not overlap
    text = "fredagen den 7\nfebruari 2025 kl 09.00. och igen: fredagen den 7 februari 2025 kl 09.00."
    gold = [{"doc": "agenda.txt", "quote": "den 7 februari 2025"}]
    assert citation_supported("agenda.txt", text, text[0:37], 0, 37, gold)


def test_citation_must_be_exact_at_its_offsets():
    quote = "fredagen den 7"
    start = DOC.find(quote)
    assert citation_exact(DOC, quote, start, start + len(quote))
    assert not citation_exact(DOC, quote, start + 1, start + 1 + len(quote))
    assert not citation_exact(DOC, "", 0, 0)
    assert not citation_exact(DOC, quote, len(DOC), len(DOC) + 14)
    assert not _cite(quote, start=start + 1)  # overlapping but not what the document says there


def test_ranges_and_occurrences():
    assert ranges_overlap((0, 5), (4, 9)) and not ranges_overlap((0, 5), (5, 9))
    assert occurrences("abcabc", "bc") == [(1, 3), (4, 6)]
    assert occurrences("abc", "") == []


# --- refusals, faithfulness, thresholds ---------------------------------------------------------------


def test_refusal_rates():
    assert refusal_accuracy([False, False, True, False]) == 0.75
    assert false_refusal_rate([True, True, False, True]) == 0.25
    assert refusal_accuracy([]) is None and false_refusal_rate([]) is None


def test_threshold_sweep_and_choice():
    rows = [(0.9, True, False), (0.7, True, False), (0.3, False, False), (0.2, False, False),
            (0.8, True, True)]  # the last is refused whatever the threshold
    sweep = sweep_thresholds(rows, [0.0, 0.25, 0.5, 0.75, 1.0])
    by_t = {s.threshold: s for s in sweep}
    assert by_t[0.0].refusal_accuracy == 0 and by_t[0.0].false_refusal == pytest.approx(1 / 3)
    assert by_t[0.5].refusal_accuracy == 1 and by_t[0.5].false_refusal == pytest.approx(1 / 3)
    assert by_t[1.0].false_refusal == 1
    assert best_threshold(sweep) == 0.5
    flat = [Sweep(t, 1.0, 0.0) for t in (0.3, 0.4, 0.5, 0.6, 0.7)] + [Sweep(0.8, 0.5, 0.0), Sweep(0.9, 1.0, 0.0)]
    assert best_threshold(flat) == 0.5  # the middle of the longest best run


def test_separation_auc():
    assert separation_auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert separation_auc([0.1], [0.9]) == 0.0
    assert separation_auc([0.5, 0.9], [0.5]) == 0.75
    assert separation_auc([], [0.5]) is None


def test_check_thresholds():
    metrics = {"recall_at_5": 0.96, "key_fact": 0.8, "false_refusal": 0.1}
    bounds = {"min": {"recall_at_5": 0.95, "key_fact": 0.85, "citation_support": 0.5},
              "max": {"false_refusal": 0.05}}
    failures = check_thresholds(metrics, bounds)
    assert len(failures) == 3
    assert any(f.startswith("key_fact") for f in failures)
    assert any(f.startswith("citation_support") for f in failures)  # missing metric fails
    assert any(f.startswith("false_refusal") for f in failures)
    assert check_thresholds(metrics, {"min": {"recall_at_5": 0.9}, "max": {"false_refusal": 0.2}}) == []


def test_summarise_crafted_records():
    cit = lambda s, e=True: {"supported": s, "exact": e}  # noqa: E731
    records = [
        {"type": "agenda", "answerable": True, "rank": 1, "found": True, "key_fact_hit": True,
         "key_fact_share": 1.0, "citations": [cit(True), cit(False)]},
        {"type": "agenda", "answerable": True, "rank": None, "found": False, "key_fact_hit": False,
         "key_fact_share": 0.0, "citations": []},
        {"type": "unanswerable", "answerable": False, "rank": None, "found": True, "citations": [cit(False, False)]},
        {"type": "unanswerable", "answerable": False, "rank": None, "found": False, "citations": []},
    ]
    m = summarise(records)
    assert m["n"] == 4 and m["n_answerable"] == 2
    assert m["recall_at_1"] == 0.5 and m["mrr"] == 0.5
    assert m["key_fact"] == 0.5
    assert m["citation_support"] == 0.5  # answerable questions' citations only
    assert m["exact_substring"] == pytest.approx(2 / 3)  # every citation
    assert m["refusal_accuracy"] == 0.5 and m["false_refusal"] == 0.5
    retrieval_only = summarise([{"type": "x", "answerable": True, "rank": 2}])
    assert retrieval_only["recall_at_3"] == 1.0 and "key_fact" not in retrieval_only


def test_report_name_reflects_ablations():
    assert EvalOptions(set_path=Path("evals/test.jsonl")).report_name() == "test-extractive"
    options = EvalOptions(set_path=Path("evals/dev.jsonl"), retrieval="dense", fusion="dense-first")
    assert options.report_name() == "dev-extractive-dense-dense-first"


def test_checked_in_thresholds_parse():
    targets, guard = metrics.load_thresholds(ROOT / "evals" / "thresholds.toml", "test-extractive")
    assert targets["min"]["recall_at_5"] == 0.95 and targets["max"]["false_refusal"] == 0.05
    assert guard is not None and set(guard["min"]) >= {"recall_at_5", "key_fact", "refusal_accuracy"}


def test_svg_is_well_formed():
    import xml.etree.ElementTree as ET

    ET.fromstring(report.svg_recall_curve({"ours": {1: 0.5, 3: 0.8, 5: 0.9, 10: 1.0}, "naive": {1: 0.2}},
                                         [1, 3, 5, 10], "recall <test> & co"))
    ET.fromstring(report.svg_type_bars({"agenda": {"a": 0.5, "b": None}, "typo": {"a": 1.0, "b": 0.0}},
                                      [("a", "A"), ("b", "B")], "bars"))


# --- end to end -------------------------------------------------------------------------------------------


