"""Verify the gold quotes and key facts of probe.jsonl against the loader's text.

Run from the repository root:
    .venv/bin/python evals/probes/default-fresh11/verify_quotes.py

Checks, for every line of probe.jsonl:
  * schema (fields, corpus == "default", id prefix d11-, unique ids, known types);
  * every gold quote is an exact substring of load(corpus/<org>/<doc>).text;
  * every key fact occurs (case-insensitive, white space collapsed) in at least
    one gold document of the question, and inside one of its gold quotes;
  * unanswerable questions have no key facts; answerable ones have key facts and gold.
Exits non-zero on any failure.
"""
import json
import re
import sys
from pathlib import Path

from assistant.documents.loaders import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT / "corpus"
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference",
         "body_date", "vote", "reason", "cross", "followup", "english",
         "missing_attribute", "unanswerable"}
FIELDS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def find_doc(name: str) -> Path:
    hits = [p for p in CORPUS.glob(f"*/{name}") if p.is_file()]
    if len(hits) != 1:
        raise FileNotFoundError(f"{name}: {len(hits)} matches under corpus/")
    return hits[0]


_cache: dict[str, str] = {}


def text_of(name: str) -> str:
    if name not in _cache:
        _cache[name] = load(find_doc(name)).text
    return _cache[name]


def main() -> int:
    errors = []
    ids = set()
    lines = (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        o = json.loads(line)
        qid = o.get("id", f"line{n}")
        if list(o.keys()) != FIELDS:
            errors.append(f"{qid}: fields {list(o.keys())}")
        if not qid.startswith("d11-") or qid in ids:
            errors.append(f"{qid}: bad or duplicate id")
        ids.add(qid)
        if o["corpus"] != "default":
            errors.append(f"{qid}: corpus {o['corpus']}")
        if o["type"] not in TYPES:
            errors.append(f"{qid}: type {o['type']}")
        if o["type"] == "followup" and len(o["history"]) != 2:
            errors.append(f"{qid}: followup needs a user+assistant history")
        if o["answerable"]:
            if not o["key_facts"] or not o["gold"]:
                errors.append(f"{qid}: answerable without key facts or gold")
        elif o["key_facts"]:
            errors.append(f"{qid}: unanswerable with key facts")
        for g in o["gold"]:
            try:
                t = text_of(g["doc"])
            except FileNotFoundError as e:
                errors.append(f"{qid}: {e}")
                continue
            if g["quote"] not in t:
                errors.append(f"{qid}: quote not found in {g['doc']}: {g['quote'][:80]!r}")
        gold_text = " ".join(norm(text_of(d)) for d in {g["doc"] for g in o["gold"]})
        quote_text = " | ".join(norm(g["quote"]) for g in o["gold"])
        for k in o["key_facts"]:
            if norm(k) not in gold_text:
                errors.append(f"{qid}: key fact not in gold docs: {k!r}")
            elif norm(k) not in quote_text:
                errors.append(f"{qid}: key fact not inside any gold quote: {k!r}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(lines)} questions, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
