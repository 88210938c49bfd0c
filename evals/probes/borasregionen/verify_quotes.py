"""Verify probe.jsonl for the set `borasregionen`.

Every gold quote must be an exact substring of the text the assistant's loader
returns for the named document in /work/probes/docs/borasregionen/; every key fact
must occur (case-insensitive, white space collapsed) in the text of at least one
of the question's gold documents. Also checks the schema, the id prefix and the corpus.

Run from the repository root:
    .venv/bin/python evals/probes/borasregionen/verify_quotes.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

SET = "borasregionen"
DOCS = Path("/work/probes/docs") / SET
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
if ids != [f"bor-{i:02d}" for i in range(1, len(rows) + 1)] or len(rows) != 25:
    errors.append(f"ids must be bor-01 … bor-25, got {ids}")
used_docs = Counter()
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys {list(r.keys())}")
        continue
    if r["type"] not in TYPES:
        errors.append(f"{rid}: bad type {r['type']}")
    if r["corpus"] != SET:
        errors.append(f"{rid}: corpus must be {SET}")
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
        errors.append(f"{rid}: unanswerable must have answerable=false and no gold")
    if r["type"] == "missing_attribute" and (r["answerable"] or not r["gold"]):
        errors.append(f"{rid}: missing_attribute needs answerable=false and gold where the topic is")
    gold_texts = []
    for gq in r["gold"]:
        d = gq["doc"]
        if d not in docs:
            errors.append(f"{rid}: unknown doc {d}")
            continue
        used_docs[d] += 1
        if gq["quote"] not in docs[d]:
            errors.append(f"{rid}: quote not found in {d}: {gq['quote'][:80]!r}")
        gold_texts.append(norm(docs[d]))
    for k in r["key_facts"]:
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
