"""Verify probe.jsonl for the altunagarden set.

Checks the schema (keys and their order, types, ids alt-01..alt-25, corpus,
history only for follow-ups), that every gold quote is an exact substring of the
text the assistant's loader returns for the named document, and that every key
fact occurs (case-insensitive, white space collapsed) in the text of at least one
of the question's gold documents.

Run from the repository root:
    .venv/bin/python evals/probes/altunagarden/verify_quotes.py [DOCS_DIR]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

SET = "altunagarden"
PREFIX = "alt"
HERE = Path(__file__).resolve().parent
DOCS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs") / SET
KEYS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote",
         "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


texts = {p.name: load(p).text for p in sorted(DOCS.glob("*.pdf"))}
if not texts:
    sys.exit(f"no PDFs in {DOCS}")
errors = []
rows = [json.loads(line) for line in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
ids = [r.get("id") for r in rows]
if ids != [f"{PREFIX}-{i:02d}" for i in range(1, 26)]:
    errors.append(f"ids are not {PREFIX}-01..{PREFIX}-25 in order: {ids}")
used = Counter()
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys {list(r.keys())}")
        continue
    if r["type"] not in TYPES:
        errors.append(f"{rid}: bad type {r['type']}")
    if r["corpus"] != SET:
        errors.append(f"{rid}: corpus must be {SET}")
    if not isinstance(r["question"], str) or not r["question"].strip():
        errors.append(f"{rid}: empty question")
    if r["type"] == "followup":
        h = r["history"]
        if (len(h) != 2 or h[0].get("role") != "user" or h[1].get("role") != "assistant"
                or not all(isinstance(m.get("content"), str) and m["content"] for m in h)):
            errors.append(f"{rid}: followup needs user+assistant history")
    elif r["history"] != []:
        errors.append(f"{rid}: history only for followup")
    if not isinstance(r["answerable"], bool):
        errors.append(f"{rid}: answerable must be a bool")
    if not r["answerable"] and r["key_facts"]:
        errors.append(f"{rid}: not answerable but has key facts")
    if r["answerable"] and (not r["key_facts"] or not r["gold"]):
        errors.append(f"{rid}: answerable needs key facts and gold")
    if r["type"] == "unanswerable" and (r["gold"] or r["answerable"]):
        errors.append(f"{rid}: unanswerable must have answerable=false and no gold")
    if r["type"] == "missing_attribute" and (r["answerable"] or not r["gold"]):
        errors.append(f"{rid}: missing_attribute must have answerable=false and gold where the topic is")
    gold_texts = []
    for g in r["gold"]:
        if list(g.keys()) != ["doc", "quote"]:
            errors.append(f"{rid}: gold keys {list(g.keys())}")
            continue
        d = g["doc"]
        if d not in texts:
            errors.append(f"{rid}: unknown doc {d}")
            continue
        used[d] += 1
        if g["quote"] not in texts[d]:
            errors.append(f"{rid}: quote not found in {d}: {g['quote'][:80]!r}")
        gold_texts.append(norm(texts[d]))
    for k in r["key_facts"]:
        if not any(norm(k) in t for t in gold_texts):
            errors.append(f"{rid}: key fact not in gold docs: {k!r}")

print(f"{len(rows)} questions; types: {dict(Counter(r.get('type') for r in rows))}")
print(f"answerable false: {sum(not r.get('answerable') for r in rows)}")
print(f"documents used in gold: {len(used)} of {len(texts)}")
for d in sorted(set(texts) - set(used)):
    print(f"  not used: {d}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all gold quotes and key facts verified")
