"""Verify probe.jsonl for the scouterna set.

Every gold quote must be an exact substring of the text the assistant's loader
returns for the named document in /work/probes/docs/scouterna; every key fact
must occur (case-insensitive, white space collapsed) in the text of at least
one of the question's gold documents. Also checks the schema and id prefix.

Run from the repository root:
    .venv/bin/python evals/probes/scouterna/verify_quotes.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

DOCS = Path("/work/probes/docs/scouterna")
PROBE = Path(__file__).with_name("probe.jsonl")
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote",
         "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}
KEYS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


docs = {p.name: load(p).text for p in sorted(DOCS.glob("*.pdf"))}
errors = []
rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if len(rows) != 25:
    errors.append(f"{len(rows)} rows, expected 25")
used_docs = Counter()
for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys {list(r.keys())}")
    if rid != f"sco-{i:02d}":
        errors.append(f"{rid}: bad id (expected sco-{i:02d})")
    if r["type"] not in TYPES:
        errors.append(f"{rid}: bad type {r['type']}")
    if r["corpus"] != "scouterna":
        errors.append(f"{rid}: corpus must be scouterna")
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
    if r["type"] == "unanswerable" and (r["gold"] or r["answerable"]):
        errors.append(f"{rid}: unanswerable should have no gold and answerable false")
    if r["type"] == "missing_attribute" and (r["answerable"] or not r["gold"]):
        errors.append(f"{rid}: missing_attribute needs answerable false and gold")
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
