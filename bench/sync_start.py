"""A start on 1,000 unchanged files: how long until the sync of the corpus folder is done.

    python bench/sync_start.py [--files 1000] [--keep bench/results/sync-start] [--repeat 3]

Builds once (kept under --keep) a folder of N short agendas and an index of them; then, each in a
fresh process and --repeat times, measures:
- ``assistant sync`` on the unchanged folder: the whole command (Python start, imports, opening the
  index and the embedder, the stat check of every file);
- the app's start-up sync split in two: opening the assistant, then ``Assistant.sync()``;
- the same after every file got a new mtime (same bytes): the hash path;
- ``python app.py`` on the unchanged folder: seconds from start to the first page and to the end of
  its start-up sync (the "Synkade …" line), and the same on an empty index (page only).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Ekbacken", "Solrosen", "Kvarnbäcken", "Tallbacken", "Myrstigen", "Gökängen", "Lindhagen", "Björkås"]

SYNC_CHILD = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from assistant import Assistant, Settings
a = Assistant.from_settings(Settings.load(index_path=Path(sys.argv[1]), corpus_path=Path(sys.argv[2]),
                                          config_file=Path("/nonexistent")))
opened = time.perf_counter()
summary = a.sync()
done = time.perf_counter()
print(json.dumps({"open_s": opened - started, "sync_s": done - opened, "ingested": len(summary.plan.to_ingest),
                  "touched": len(summary.plan.touched), "unchanged": summary.plan.unchanged}))
"""


def agenda(number: int) -> str:
    place = PLACES[number % len(PLACES)]
    return (f"Kallelse Tekniska nämnden {number}\n\nDatum: 2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}\n\n"
            f"1 Upprustning av {place} {number}\nFörvaltningen föreslår att {place} rustas upp, ärende {number}.\n")


def build(keep: Path, files: int) -> tuple[Path, Path]:
    corpus, index = keep / f"corpus-{files}", keep / f"index-{files}"
    if (index / "registry.sqlite").exists() and len(list(corpus.rglob("*.txt"))) == files:
        return corpus, index
    for number in range(files):
        folder = corpus / f"{number // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"kallelse-{number:04d}.txt").write_text(agenda(number), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(corpus), "--index", str(index)], cwd=ROOT,
                   env=env(), check=True, capture_output=True)
    print(f"built an index of {files} files in {time.perf_counter() - started:.0f} s", flush=True)
    return corpus, index


def env() -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("MOTE_")}
    return values | {"PYTHONPATH": str(ROOT), "MOTE_CONFIG": "/nonexistent", "HF_HUB_OFFLINE": "1"}


def cli_sync(corpus: Path, index: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant.cli", "sync", "--index", str(index), "--corpus", str(corpus)],
                   cwd=ROOT, env=env(), check=True, capture_output=True)
    return time.perf_counter() - started


def child_sync(corpus: Path, index: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", SYNC_CHILD, str(index), str(corpus)], cwd=ROOT, env=env(),
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def app_start(corpus: Path, index: Path) -> tuple[float, float]:
    """Seconds from starting ``python app.py`` to its first page and to the end of its start-up sync."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    values = env() | {"MOTE_INDEX_PATH": str(index), "MOTE_CORPUS_PATH": str(corpus), "MOTE_PORT": str(port),
                      "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    app = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=values, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    synced: list[float] = []

    def watch() -> None:
        for line in app.stdout:  # type: ignore[union-attr]
            if line.startswith(("Synkade ", "Mappen ")):
                synced.append(time.perf_counter() - started)

    threading.Thread(target=watch, daemon=True).start()
    try:
        page = _first_page(f"http://127.0.0.1:{port}/", started)
        while not synced and app.poll() is None:
            time.sleep(0.05)
        return page, synced[0]
    finally:
        app.kill()
        app.wait()


def _first_page(url: str, started: float) -> float:
    while time.perf_counter() - started < 300:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("no page within 300 s")


def touch_all(corpus: Path) -> None:
    now = time.time_ns()
    for path in corpus.rglob("*.txt"):
        os.utime(path, ns=(now, now))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=ROOT / "bench" / "results" / "sync-start")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus, index = build(args.keep, args.files)
    child_sync(corpus, index)  # settle: the first sync after a build records nothing new
    cli = [cli_sync(corpus, index) for _ in range(args.repeat)]
    runs = [child_sync(corpus, index) for _ in range(args.repeat)]
    assert all(r["ingested"] == 0 and r["unchanged"] == args.files for r in runs), runs
    touched = []
    for _ in range(args.repeat):
        touch_all(corpus)
        touched.append(child_sync(corpus, index))
    assert all(r["touched"] == args.files and r["ingested"] == 0 for r in touched), touched
    apps = [app_start(corpus, index) for _ in range(args.repeat)]
    with tempfile.TemporaryDirectory() as empty:
        first = [app_start(Path(empty) / "ingen-mapp", Path(empty) / f"index-{i}")[0] for i in range(args.repeat)]
    median = statistics.median
    print(f"files: {args.files} unchanged")
    print(f"assistant sync, whole command: median {median(cli):.2f} s (runs: {', '.join(f'{s:.2f}' for s in cli)})")
    print(f"app start-up sync: open {median(r['open_s'] for r in runs):.2f} s + "
          f"sync {median(r['sync_s'] for r in runs):.2f} s (stat check only)")
    print(f"after touching every file (same bytes, new mtime): sync {median(r['sync_s'] for r in touched):.2f} s "
          f"(hash check)")
    print(f"python app.py on them: first page {median(a[0] for a in apps):.2f} s, start-up sync done "
          f"{median(a[1] for a in apps):.2f} s after start")
    print(f"python app.py on an empty index: first page {median(first):.2f} s after start")


if __name__ == "__main__":
    main()
