"""Verify probe.jsonl for the kodkollektivet set.

Checks the schema (keys and their order, types, ids kkl-01..kkl-25, corpus,
history only for follow-ups), that every gold quote is an exact substring of the
text the assistant's loader returns for the named document, and that every key
fact occurs (case-insensitive, white space collapsed) in the text of at least one
of the question's gold documents.

Run from the repository root:
    .venv/bin/python evals/probes/kodkollektivet/verify_quotes.py [DOCS_DIR]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

HERE = Path(__file__).resolve().parent
DOCS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/kodkollektivet")
KEYS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote",
         "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


texts = {p.name: load(p).text for p in sorted(DOCS.glob("*.pdf"))}
errors = []
rows = [json.loads(l) for l in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [r.get("id") for r in rows]
if ids != [f"kkl-{i:02d}" for i in range(1, 26)]:
    errors.append(f"ids are not kkl-01..kkl-25 in order: {ids}")
used = Counter()
types = Counter()
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        errors.append(f"{rid}: keys {list(r.keys())}")
        continue
    types[r["type"]] += 1
    if r["type"] not in TYPES:
        errors.append(f"{rid}: bad type {r['type']}")
    if r["corpus"] != "kodkollektivet":
        errors.append(f"{rid}: corpus {r['corpus']}")
    if r["type"] == "followup":
        hist = r["history"]
        if len(hist) != 2 or [m.get("role") for m in hist] != ["user", "assistant"] or not all(m.get("content") for m in hist):
            errors.append(f"{rid}: follow-up needs a user and an assistant turn")
    elif r["history"]:
        errors.append(f"{rid}: history only for follow-ups")
    if r["answerable"]:
        if not r["key_facts"] or not r["gold"]:
            errors.append(f"{rid}: answerable needs key facts and gold")
    else:
        if r["key_facts"]:
            errors.append(f"{rid}: not answerable but has key facts")
        if r["type"] == "unanswerable" and r["gold"]:
            errors.append(f"{rid}: unanswerable must have no gold")
        if r["type"] == "missing_attribute" and not r["gold"]:
            errors.append(f"{rid}: missing_attribute needs gold where the topic is")
    if r["type"] in ("unanswerable", "missing_attribute") and r["answerable"]:
        errors.append(f"{rid}: {r['type']} must be answerable=false")
    gold_text = ""
    for g in r["gold"]:
        d = g["doc"]
        if d not in texts:
            errors.append(f"{rid}: unknown document {d}")
            continue
        used[d] += 1
        if g["quote"] not in texts[d]:
            errors.append(f"{rid}: quote not in {d}: {g['quote'][:80]!r}")
        gold_text += " " + norm(texts[d])
    for k in r["key_facts"]:
        if norm(k) not in gold_text:
            errors.append(f"{rid}: key fact not in its gold documents: {k!r}")

print(f"{len(rows)} questions, {len(texts)} documents")
print("types:", dict(sorted(types.items())))
print("gold uses per document:")
for d in sorted(texts):
    print(f"  {used[d]:2d}  {d}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
