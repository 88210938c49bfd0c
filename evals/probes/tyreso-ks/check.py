"""Check that every gold quote in probe.jsonl is an exact substring of the loader text of its doc."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from assistant.documents.loaders import load  # noqa: E402

DOCS = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/probes/docs/tyreso-ks")
HERE = Path(__file__).resolve().parent
cache, bad, n = {}, 0, 0
for line in (HERE / "probe.jsonl").read_text(encoding="utf-8").splitlines():
    p = json.loads(line)
    for g in p["gold"]:
        n += 1
        if g["doc"] not in cache:
            cache[g["doc"]] = load(DOCS / g["doc"]).text
        ok = g["quote"] in cache[g["doc"]]
        bad += not ok
        print("OK  " if ok else "FAIL", p["id"], g["doc"], repr(g["quote"][:60]))
print(f"{n - bad} OK, {bad} FAIL")
sys.exit(1 if bad else 0)
