"""Check that every gold quote and key fact of probe.jsonl is in the loader text of its document."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from assistant.documents.loaders import load  # noqa: E402

DOCS = Path("/work/probes/docs/code-at-lth")
HERE = Path(__file__).parent
texts = {p.name: load(p).text for p in DOCS.glob("*.pdf")}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
bad = 0
for line in (HERE / "probe.jsonl").read_text().splitlines():
    q = json.loads(line)
    golds = " ".join(texts[g["doc"]] for g in q["gold"])
    for g in q["gold"]:
        if g["quote"] not in texts[g["doc"]]:
            bad += 1
            print("QUOTE MISSING", q["id"], g["doc"], repr(g["quote"]))
    for k in q["key_facts"]:
        if norm(k) not in norm(golds):
            bad += 1
            print("KEY FACT NOT IN GOLD DOCS", q["id"], k)
print("problems:", bad)
sys.exit(1 if bad else 0)
