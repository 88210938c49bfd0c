"""Check that every gold quote in probe.jsonl is an exact substring of the
loader text of its document, and that every key fact occurs (case-insensitive,
white space collapsed) in the text of the gold documents.

Run from /work/main:  .venv/bin/python evals/probes/matterod-hembygdsforening/verify_quotes.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from assistant.documents.loaders import load  # noqa: E402

SET = "matterod-hembygdsforening"
DOCS = Path("/work/probes/docs") / SET
HERE = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


texts = {p.name: load(p).text for p in sorted(DOCS.glob("*.pdf"))}
bad = 0
ids = set()
for line in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    assert q["id"] not in ids, q["id"]
    ids.add(q["id"])
    assert q["corpus"] == SET
    for g in q["gold"]:
        if g["doc"] not in texts:
            print("MISSING DOC", q["id"], g["doc"]); bad += 1; continue
        if g["quote"] not in texts[g["doc"]]:
            print("QUOTE NOT FOUND", q["id"], g["doc"], repr(g["quote"])); bad += 1
    gold_text = norm(" ".join(texts[g["doc"]] for g in q["gold"] if g["doc"] in texts))
    for kf in q["key_facts"]:
        if norm(kf) not in gold_text:
            print("KEY FACT NOT IN GOLD DOCS", q["id"], repr(kf)); bad += 1
    if q["answerable"] and not q["key_facts"]:
        print("ANSWERABLE WITHOUT KEY FACTS", q["id"]); bad += 1
print(f"{len(ids)} questions, {bad} problems")
sys.exit(1 if bad else 0)
