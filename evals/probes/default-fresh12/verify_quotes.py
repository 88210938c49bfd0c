"""Verify probe.jsonl of default-fresh12 against the assistant's own loader.

Checks: schema, unique ids, every gold doc exists under corpus/<org>/, every gold
quote is an exact substring of the loader text, and every key fact is found
(case-insensitive, white space collapsed) in the text of the question's gold docs.
Run from the repository root:  .venv/bin/python evals/probes/default-fresh12/verify_quotes.py
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from assistant.documents.loaders import load  # noqa: E402

PROBE = Path(__file__).with_name("probe.jsonl")
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date",
         "vote", "reason", "cross", "followup", "english", "missing_attribute", "unanswerable"}
KEYS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def find_doc(name: str) -> Path:
    hits = [p for p in (ROOT / "corpus").glob("*/*") if p.name == name]
    if len(hits) != 1:
        raise SystemExit(f"doc {name!r}: {len(hits)} matches")
    return hits[0]


cache = {}


def text(name: str) -> str:
    if name not in cache:
        cache[name] = load(find_doc(name)).text
    return cache[name]


errors = []
ids = set()
lines = [l for l in PROBE.read_text(encoding="utf-8").splitlines() if l.strip()]
for n, line in enumerate(lines, 1):
    it = json.loads(line)
    qid = it.get("id")
    if list(it.keys()) != KEYS:
        errors.append(f"{qid}: keys {list(it.keys())}")
    if qid in ids:
        errors.append(f"{qid}: duplicate id")
    ids.add(qid)
    if not str(qid).startswith("d12-"):
        errors.append(f"{qid}: bad id prefix")
    if it["type"] not in TYPES:
        errors.append(f"{qid}: bad type {it['type']}")
    if it["corpus"] != "default":
        errors.append(f"{qid}: corpus must be default")
    if it["type"] == "followup" and len(it["history"]) != 2:
        errors.append(f"{qid}: followup needs 2 history turns")
    if it["answerable"] and (not it["key_facts"] or not it["gold"]):
        errors.append(f"{qid}: answerable without key facts/gold")
    if not it["answerable"] and it["key_facts"]:
        errors.append(f"{qid}: unanswerable with key facts")
    for gd in it["gold"]:
        t = text(gd["doc"])
        if gd["quote"] not in t:
            errors.append(f"{qid}: quote not found in {gd['doc']}: {gd['quote']!r}")
    gold_text = norm(" ".join(text(d) for d in {gd["doc"] for gd in it["gold"]}))
    for kf in it["key_facts"]:
        if norm(kf) not in gold_text:
            errors.append(f"{qid}: key fact not in gold docs: {kf!r}")
        if len(kf.split()) > 6:
            errors.append(f"{qid}: key fact longer than 6 words: {kf!r}")

print(f"{len(lines)} questions, {sum(len(json.loads(l)['gold']) for l in lines)} gold quotes checked")
from collections import Counter
print(dict(Counter(json.loads(l)["type"] for l in lines)))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all quotes and key facts verified")
