"""Check that every gold quote of probe.jsonl is an exact substring of the loader's text
and that every key fact occurs (case-insensitive, white space collapsed) in the text of a gold document."""
import json, re, sys
from collections import Counter
from pathlib import Path

from assistant.documents.loaders import load

HERE = Path(__file__).resolve().parent
DOCS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/museet-for-ai")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

texts = {p.name: load(p).text for p in sorted(DOCS.glob("*.pdf"))}
bad = 0
types = Counter()
for line in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    types[q["type"]] += 1
    for g in q["gold"]:
        if g["doc"] not in texts:
            print(q["id"], "missing doc", g["doc"]); bad += 1
        elif g["quote"] not in texts[g["doc"]]:
            print(q["id"], "quote not found:", repr(g["quote"])); bad += 1
    gold_text = " ".join(norm(texts.get(g["doc"], "")) for g in q["gold"])
    for k in q["key_facts"]:
        if norm(k) not in gold_text:
            print(q["id"], "key fact not in gold docs:", repr(k)); bad += 1
    if q["answerable"] != bool(q["key_facts"]):
        print(q["id"], "answerable/key_facts mismatch"); bad += 1
print(dict(types), "total", sum(types.values()))
print("problems:", bad)
sys.exit(1 if bad else 0)
