"""One run of ``assistant eval`` on evals/dev.jsonl against the session index. Quality thresholds are
not asserted here: CI runs ``assistant eval`` for that."""

from __future__ import annotations

import json
import math
from pathlib import Path

from click.testing import CliRunner

from assistant.evals import runner as evals

ROOT = Path(__file__).resolve().parents[2]


def test_eval_command_on_dev(corpus_index: Path, tmp_path: Path):
    reports = tmp_path / "reports"
    result = CliRunner().invoke(evals.eval_command, [
        "--set", str(ROOT / "evals" / "dev.jsonl"), "--index", str(corpus_index), "--mode", "extractive",
        "--no-baselines", "--report-dir", str(reports), "--thresholds", str(tmp_path / "none.toml"),
    ])
    assert result.exit_code == 0, result.output + repr(result.exception)
    for name in ("dev-extractive.json", "dev-extractive.md", "dev-extractive-recall.svg", "dev-extractive-types.svg"):
        assert (reports / name).is_file(), name
    report = json.loads((reports / "dev-extractive.json").read_text(encoding="utf-8"))
    questions = [json.loads(line) for line in (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assert len(report["questions"]) == len(questions)
    ours = report["systems"]["ours"]
    assert set(ours["by_type"]) == {q["type"] for q in questions}
    expected = ["recall_at_1", "recall_at_3", "recall_at_5", "recall_at_10", "mrr", "key_fact", "citation_support",
                "exact_substring", "refusal_accuracy", "false_refusal"]
    for metrics in [ours["overall"], *ours["by_type"].values()]:
        for name, value in metrics.items():
            assert isinstance(value, (int, float)) or value is None, (name, value)
            counts = ("n", "n_answerable", "n_unanswerable", "citations", "median_seconds", "median_answer_chars")
            if name not in counts and value is not None:
                assert 0.0 <= value <= 1.0 and not math.isnan(value), (name, value)
    for name in expected:
        assert isinstance(ours["overall"][name], float), name
    assert ours["overall"]["recall_at_1"] <= ours["overall"]["recall_at_5"] <= ours["overall"]["recall_at_10"]
    assert "| agenda |" in (reports / "dev-extractive.md").read_text(encoding="utf-8")
