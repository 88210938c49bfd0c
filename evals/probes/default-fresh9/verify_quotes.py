"""Checks default-fresh9: every gold quote is an exact substring of the loader text of its corpus document,
every key fact occurs in one of the item's quotes (case-folded, white space collapsed), and the schema holds."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from assistant.documents.loaders import load  # noqa: E402

nfc = lambda s: unicodedata.normalize("NFC", s)
docs = {nfc(p.name): p for p in (ROOT / "corpus").glob("*/*")
        if p.name != "SOURCES.md" and not p.name.endswith(".meta.toml")}
cache = {}
norm = lambda s: re.sub(r"\s+", " ", s).strip().casefold()
FIELDS = ["id", "type", "corpus", "question", "history", "answerable", "key_facts", "gold"]
TYPES = {"decision", "person", "header", "date", "amount", "list", "reference", "body_date", "vote", "reason",
         "cross", "followup", "english", "missing_attribute", "unanswerable"}
bad = 0
rows = [json.loads(l) for l in open(Path(__file__).with_name("probe.jsonl"), encoding="utf-8")]
assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
for r in rows:
    assert list(r) == FIELDS, (r["id"], list(r))
    assert r["type"] in TYPES and r["corpus"] == "default", r["id"]
    assert bool(r["history"]) == (r["type"] == "followup"), r["id"]
    if not r["answerable"]:
        assert not r["key_facts"], r["id"]
    else:
        assert r["key_facts"] and r["gold"], r["id"]
    for g in r["gold"]:
        d = nfc(g["doc"])
        if d not in docs:
            print("MISSING DOC", r["id"], d); bad += 1; continue
        if d not in cache:
            cache[d] = load(docs[d]).text
        if g["quote"] not in cache[d]:
            print("QUOTE NOT FOUND", r["id"], d, repr(g["quote"][:80])); bad += 1
    joined = " | ".join(norm(g["quote"]) for g in r["gold"])
    for k in r["key_facts"]:
        if norm(k) not in joined:
            print("KEY FACT NOT IN QUOTES", r["id"], k); bad += 1
print(len(rows), "items;", "OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
