"""Check that every gold quote is an exact substring of the loader text and every key fact occurs (case-insensitive, whitespace collapsed) in a gold passage's document."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, "/work/main")
from assistant.documents.loaders import load
DOCS = Path("/work/probes/docs/seniorschack-stockholm")
cache = {}
def text(d):
    if d not in cache: cache[d] = load(DOCS / d).text
    return cache[d]
norm = lambda s: re.sub(r"\s+", " ", s).lower()
bad = 0
for line in open(Path(__file__).with_name("probe.jsonl"), encoding="utf-8"):
    q = json.loads(line)
    for g in q["gold"]:
        if g["quote"] not in text(g["doc"]):
            bad += 1; print("QUOTE MISSING", q["id"], g["doc"], repr(g["quote"][:60]))
    for k in q["key_facts"]:
        if not any(norm(k) in norm(g["quote"]) for g in q["gold"]):
            bad += 1; print("KEY FACT NOT IN GOLD", q["id"], k)
print("problems:", bad)
