"""Verify a probe set (evals/probes/<set>/probe.jsonl): over the default corpus, or over an organisation's documents.

Every gold quote must be an exact substring of the text the assistant's loader returns for the named document;
every key fact must occur (case-insensitive, white space collapsed) in the text of at least one of the question's
gold documents. Also checks the schema, that the ids run in order (dN-01 … dN-30 for default-freshN), the corpus
named, and that only unanswerable and missing_attribute questions are not answerable.

Run from the repository root:
    .venv/bin/python evals/probes/verify_set.py default-fresh18
    .venv/bin/python evals/probes/verify_set.py borasregionen --docs /work/probes/docs/borasregionen --prefix bor- \
        --questions 25
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote",
         "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}
NOT_ANSWERABLE = {"unanswerable", "missing_attribute"}
QUESTIONS = 30
KEYS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def corpus_texts(files: list[Path]) -> dict[str, str]:
    docs = {}
    for p in files:
        if p.name == "SOURCES.md" or p.name.endswith(".meta.toml") or not p.is_file():
            continue
        if p.name in docs:
            sys.exit(f"duplicate file name in corpus: {p.name}")
        docs[p.name] = load(p).text
    return docs


def row_errors(r: dict, prefix: str, corpus: str, docs: dict[str, str], used_docs: Counter) -> list[str]:
    rid = r.get("id")
    errors = []
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys {list(r.keys())}")
    if not rid.startswith(prefix):
        errors.append(f"{rid}: bad id prefix")
    if r["type"] not in TYPES:
        errors.append(f"{rid}: bad type {r['type']}")
    if r["corpus"] != corpus:
        errors.append(f"{rid}: corpus must be {corpus}")
    if r["type"] == "followup":
        h = r["history"]
        if len(h) != 2 or h[0]["role"] != "user" or h[1]["role"] != "assistant":
            errors.append(f"{rid}: followup needs user+assistant history")
    elif r["history"]:
        errors.append(f"{rid}: history only for followup")
    if not r["answerable"] and r["key_facts"]:
        errors.append(f"{rid}: unanswerable with key facts")
    if r["answerable"] and (not r["key_facts"] or not r["gold"]):
        errors.append(f"{rid}: answerable needs key facts and gold")
    if r["type"] == "unanswerable" and r["gold"]:
        errors.append(f"{rid}: unanswerable should have no gold")
    if r["type"] == "missing_attribute" and (r["answerable"] or not r["gold"]):
        errors.append(f"{rid}: missing_attribute needs answerable=false and gold where the topic is")
    if (r["type"] in NOT_ANSWERABLE) == r["answerable"]:
        errors.append(f"{rid}: only unanswerable/missing_attribute may be (and must be) answerable=false")
    gold_texts = []
    for g in r["gold"]:
        d = g["doc"]
        if d not in docs:
            errors.append(f"{rid}: unknown doc {d}")
            continue
        used_docs[d] += 1
        if g["quote"] not in docs[d]:
            errors.append(f"{rid}: quote not found in {d}: {g['quote'][:80]!r}")
        gold_texts.append(norm(docs[d]))
    for k in r["key_facts"]:
        n = len(k.split())
        if not 1 <= n <= 6:
            errors.append(f"{rid}: key fact length {n}: {k!r}")
        if not any(norm(k) in t for t in gold_texts):
            errors.append(f"{rid}: key fact not in gold docs: {k!r}")
    return errors


def main(set_name: str, docs_folder: Path | None, prefix: str, questions: int) -> None:
    """A set over the default corpus (no ``docs_folder``) names corpus "default"; another names its own set."""
    rows = [json.loads(line) for line in (HERE / set_name / "probe.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    docs = corpus_texts(sorted(docs_folder.glob("*")) if docs_folder else sorted(CORPUS.glob("*/*")))
    corpus = set_name if docs_folder else "default"
    ids = [r["id"] for r in rows]
    errors = [] if ids == [f"{prefix}{i:02d}" for i in range(1, questions + 1)] else \
        [f"ids must run {prefix}01 .. {prefix}{questions} in order"]
    used_docs: Counter = Counter()
    for r in rows:
        errors += row_errors(r, prefix, corpus, docs, used_docs)
    print(f"{len(rows)} questions; types: {dict(Counter(r['type'] for r in rows))}")
    print(f"answerable false: {sum(not r['answerable'] for r in rows)}")
    print(f"documents used in gold: {len(used_docs)} of {len(docs)}")
    for d in sorted(set(docs) - set(used_docs)):
        print(f"  not used: {d}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all gold quotes and key facts verified")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("set_name")
    parser.add_argument("--docs", type=Path, help="the organisation's documents; the default corpus when left out")
    parser.add_argument("--prefix", help="the ids' prefix; dN- for default-freshN")
    parser.add_argument("--questions", type=int, default=QUESTIONS)
    args = parser.parse_args()
    main(args.set_name, args.docs, args.prefix or "d" + args.set_name.removeprefix("default-fresh") + "-",
         args.questions)
