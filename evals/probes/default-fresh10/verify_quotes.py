"""Check probe.jsonl of default-fresh10 against the text the assistant's loader returns.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh10/verify_quotes.py

Checks: schema fields, every gold quote is an exact substring of the loaded document text,
every key fact is found (case-insensitive, white space collapsed) in the text of at least one
gold document, and also reports whether it lies inside a gold quote.
"""
import json
import re
import sys
from pathlib import Path

from assistant.documents.loaders import load

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
PROBE = Path(__file__).with_name("probe.jsonl")
FIELDS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote",
         "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}

_cache = {}


def text_of(name):
    if name not in _cache:
        hits = [p for p in CORPUS.glob("*/*") if p.name == name]
        if len(hits) != 1:
            raise SystemExit(f"document {name!r}: found {len(hits)} files")
        _cache[name] = load(hits[0]).text
    return _cache[name]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    bad = 0
    rows = [json.loads(l) for l in PROBE.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            print(f"{rid}: fields {list(r.keys())}"); bad += 1
        if rid in ids:
            print(f"{rid}: duplicate id"); bad += 1
        ids.add(rid)
        if r["corpus"] != "default" or r["type"] not in TYPES:
            print(f"{rid}: corpus/type {r['corpus']}/{r['type']}"); bad += 1
        if r["answerable"] and (not r["key_facts"] or not r["gold"]):
            print(f"{rid}: answerable but no key_facts/gold"); bad += 1
        if not r["answerable"] and r["key_facts"]:
            print(f"{rid}: unanswerable with key_facts"); bad += 1
        if r["type"] == "followup" and len(r["history"]) != 2:
            print(f"{rid}: followup without history"); bad += 1
        for g in r["gold"]:
            if g["quote"] not in text_of(g["doc"]):
                print(f"{rid}: QUOTE NOT FOUND in {g['doc']}: {g['quote']!r}"); bad += 1
        for kf in r["key_facts"]:
            docs = {g["doc"] for g in r["gold"]}
            if not any(norm(kf) in norm(text_of(d)) for d in docs):
                print(f"{rid}: KEY FACT NOT FOUND in gold docs: {kf!r}"); bad += 1
            elif not any(norm(kf) in norm(g["quote"]) for g in r["gold"]):
                print(f"{rid}: note: key fact {kf!r} is in the document but not inside a gold quote")
    print(f"{len(rows)} questions, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
