"""Query latency p50/p95/p99: retrieval alone and a whole extractive answer, one user and 8 concurrent users.

    python bench/query.py [--scales 1,10,100] [--indexes bench/results] [--app]

Uses the indexes bench/ingest.py left under --indexes (index-<scale>x); a scale without one is skipped. The
questions are the Swedish eval questions (evals/dev.jsonl + evals/test.jsonl). With --app, the 8 concurrent users
go through the web app's API (gradio_client against `python app.py` on loopback) and the app's cold start is timed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant, Settings  # noqa: E402

USERS = 8


def questions() -> list[str]:
    found = []
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (ROOT / "evals" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not json.loads(line).get("history"):
                found.append(json.loads(line)["question"])
    return found


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000  # noqa: E731
    return {"p50": pick(0.50), "p95": pick(0.95), "p99": pick(0.99), "n": len(ordered)}


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def bench_in_process(assistant: Assistant, qs: list[str]) -> dict[str, dict[str, float]]:
    for q in qs[:5]:
        assistant.ask(q)  # warm caches: BM25 load, model, SQLite pages
    retrieval = [timed(assistant.retriever.search, q, assistant.settings.top_k) for q in qs]
    answer = [timed(assistant.ask, q) for q in qs]
    with ThreadPoolExecutor(USERS) as pool:
        concurrent = list(pool.map(lambda q: timed(assistant.ask, q), qs * 2))
    return {"retrieval": percentiles(retrieval), "answer": percentiles(answer),
            f"answer_{USERS}_users": percentiles(concurrent)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_app(index: Path, qs: list[str]) -> dict[str, object]:
    from gradio_client import Client

    port = free_port()
    env = {**os.environ, "MOTE_INDEX_PATH": str(index), "MOTE_PORT": str(port), "MOTE_HOST": "127.0.0.1"}
    started = time.perf_counter()
    app = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        client = None
        while client is None:
            try:
                client = Client(f"http://127.0.0.1:{port}/", verbose=False)
            except Exception:
                if app.poll() is not None or time.perf_counter() - started > 300:
                    raise RuntimeError("appen startade inte")
                time.sleep(0.5)
        cold_start = time.perf_counter() - started
        ask = lambda q: timed(lambda: client.predict(q, api_name="/fraga"))  # noqa: E731
        for q in qs[:3]:
            ask(q)
        with ThreadPoolExecutor(USERS) as pool:
            concurrent = list(pool.map(ask, qs))
        return {"cold_start_s": cold_start, f"app_answer_{USERS}_users": percentiles(concurrent)}
    finally:
        app.terminate()
        app.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--indexes", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--app", action="store_true")
    args = parser.parse_args()
    qs = questions()
    rows = []
    for scale in (int(s) for s in args.scales.split(",")):
        index = args.indexes / f"index-{scale}x"
        if not (index / "registry.sqlite").exists():
            print(f"{index} saknas: kör bench/ingest.py --scales {scale} först", file=sys.stderr)
            continue
        assistant = Assistant.from_settings(Settings.load(index_path=index, config_file=Path("/nonexistent")))
        row = {"scale": scale, "chunks": assistant.index.chunk_count(), **bench_in_process(assistant, qs)}
        if args.app:
            row.update(bench_app(index, qs))
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    args.indexes.mkdir(parents=True, exist_ok=True)  # a first run finds no index and still writes its (empty) table
    (args.indexes / "query.json").write_text(json.dumps(rows, indent=2))
    table = ["| scale | chunks | retrieval p50/p95/p99 ms | answer p50/p95/p99 ms | answer, 8 users p50/p95/p99 ms |"
             + (" app API, 8 users p50/p95/p99 ms | app cold start s |" if args.app else ""),
             "| --- | --- | --- | --- | --- |" + (" --- | --- |" if args.app else "")]
    fmt = lambda p: f"{p['p50']:.0f} / {p['p95']:.0f} / {p['p99']:.0f}"  # noqa: E731
    for r in rows:
        line = (f"| {r['scale']}x | {r['chunks']} | {fmt(r['retrieval'])} | {fmt(r['answer'])} | "
                f"{fmt(r[f'answer_{USERS}_users'])} |")
        if args.app:
            line += f" {fmt(r[f'app_answer_{USERS}_users'])} | {r['cold_start_s']:.1f} |"
        table.append(line)
    (args.indexes / "query.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))

if __name__ == "__main__":
    main()
