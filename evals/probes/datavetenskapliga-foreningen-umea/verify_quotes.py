"""Check that every gold quote in probe.jsonl is an exact substring of the loader text,
and that every key fact occurs (case-insensitive, whitespace collapsed) in the cited docs.
Usage (from /work/main): .venv/bin/python evals/probes/datavetenskapliga-foreningen-umea/verify_quotes.py DOCS_DIR
"""
import json
import re
import sys
from pathlib import Path

from assistant.documents.loaders import load

HERE = Path(__file__).resolve().parent
docs = Path(sys.argv[1])
texts = {}
bad = 0
for line in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines():
    item = json.loads(line)
    cited = []
    for g in item["gold"]:
        if g["doc"] not in texts:
            texts[g["doc"]] = load(docs / g["doc"]).text
        cited.append(texts[g["doc"]])
        if g["quote"] not in texts[g["doc"]]:
            bad += 1
            print("QUOTE NOT FOUND", item["id"], repr(g["quote"]))
    flat = re.sub(r"\s+", " ", " ".join(cited)).lower()
    for kf in item["key_facts"]:
        if re.sub(r"\s+", " ", kf).lower() not in flat:
            bad += 1
            print("KEY FACT NOT IN CITED DOCS", item["id"], kf)
print("problems:", bad)
sys.exit(1 if bad else 0)
