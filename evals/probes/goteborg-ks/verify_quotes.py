"""Check that every gold quote is an exact substring of the loader text of its document,
and that every key fact occurs (case-insensitive, whitespace collapsed) in one of the gold docs.

Usage (from /work/main): .venv/bin/python evals/probes/goteborg-ks/verify_quotes.py /work/probes/docs/goteborg-ks
"""
import json
import re
import sys
from pathlib import Path

from assistant.documents.loaders import load

docs = Path(sys.argv[1])
probe = Path(__file__).with_name("probe.jsonl")
cache: dict[str, str] = {}


def text(name: str) -> str:
    if name not in cache:
        cache[name] = load(docs / name).text
    return cache[name]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


bad = 0
rows = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]
for row in rows:
    for gold in row["gold"]:
        if gold["quote"] not in text(gold["doc"]):
            bad += 1
            print("quote not found:", row["id"], gold["doc"], repr(gold["quote"][:60]))
    for fact in row["key_facts"]:
        if not any(norm(fact) in norm(text(g["doc"])) for g in row["gold"]):
            bad += 1
            print("key fact not found:", row["id"], fact)
print(f"{len(rows)} questions, {bad} problems")
sys.exit(1 if bad else 0)
