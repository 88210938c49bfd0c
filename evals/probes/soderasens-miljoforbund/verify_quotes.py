import json, re, sys
from pathlib import Path
from assistant.documents.loaders import load
DOCS = Path("/work/probes/docs/soderasens-miljoforbund")
texts = {p.name: load(p).text for p in DOCS.glob("*.pdf")}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
bad = 0
rows = [json.loads(l) for l in open("evals/probes/soderasens-miljoforbund/probe.jsonl", encoding="utf-8")]
ids = [r["id"] for r in rows]; assert len(set(ids)) == len(ids) == 25
from collections import Counter; print(Counter(r["type"] for r in rows))
for r in rows:
    for g in r["gold"]:
        if g["doc"] not in texts: print("NO DOC", r["id"], g["doc"]); bad += 1; continue
        if g["quote"] not in texts[g["doc"]]: print("QUOTE MISSING", r["id"], repr(g["quote"][:60])); bad += 1
    alltext = norm(" ".join(texts[g["doc"]] for g in r["gold"] if g["doc"] in texts))
    for k in r["key_facts"]:
        if norm(k) not in alltext: print("KEYFACT not in gold docs", r["id"], k); bad += 1
    if r["answerable"] and (not r["key_facts"] or not r["gold"]): print("answerable w/o facts", r["id"]); bad += 1
print("problems:", bad)
