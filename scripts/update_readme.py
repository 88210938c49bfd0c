"""Regenerate the README's "Quality" and "Benchmarks" sections from the reports the scripts wrote.

    python scripts/update_readme.py          # after: assistant eval --set evals/test.jsonl --baselines
                                             #        python bench/ingest.py && python bench/query.py --app
Nothing in those sections is typed by hand: it is copied from evals/reports/test-extractive.json,
bench/results/ingest.md and bench/results/query.md.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
sys.path.insert(0, str(ROOT))

from assistant.evals.report import format_table  # noqa: E402


def quality_section() -> str:
    report = json.loads((ROOT / "evals" / "reports" / "test-extractive.json").read_text(encoding="utf-8"))
    labels, ks, systems = report["labels"], report["ks"], report["systems"]
    overall = [(labels.get(name, name), data["overall"]) for name, data in systems.items()]
    by_type = [(kind, metrics) for kind, metrics in systems["ours"]["by_type"].items()]
    by_corpus = [(corpus, metrics) for corpus, metrics in systems["ours"].get("by_corpus", {}).items()]
    config = ", ".join(f"{k}={v}" for k, v in report["config"].items())
    misses = "; ".join(report["target_misses"]) or "all targets met"
    return "\n".join([
        f"Measured by `assistant eval --set evals/test.jsonl --baselines` on {report['created']} ({config}); "
        "the test split is never used for tuning. Columns: recall@k of the gold passages, MRR, KF = every key "
        "fact stated, CitSup = citations that overlap a gold quote, Exact = citations that are exact substrings "
        "at their offsets, RefAcc = refusals on unanswerable questions, FalseRef = refusals on answerable ones.",
        "", format_table(overall, ks, markdown=True), "",
        "Per question type (ours, hybrid):", "", format_table(by_type, ks, markdown=True), "",
        "Per document collection (ours, hybrid; the `corpus` field of each question):", "",
        format_table(by_corpus, ks, markdown=True), "",
        f"Issue targets not yet met: {misses}.",
    ])


def bench_section() -> str:
    parts = []
    for name, title in (("ingest.md", "Ingest (bench/ingest.py)"), ("query.md", "Queries (bench/query.py)")):
        path = ROOT / "bench" / "results" / name
        if path.exists():
            parts += [f"{title}:", "", path.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(parts).strip()


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(\n<!-- {name}:end -->)", re.DOTALL)
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    text = replace_block(text, "quality", quality_section())
    bench = bench_section()
    if bench:
        text = replace_block(text, "bench", bench)
    README.write_text(text, encoding="utf-8")
    print("README.md updated")


if __name__ == "__main__":
    main()
