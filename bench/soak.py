"""Soak: 8 clients ask through the web app's HTTP API (``/gradio_api/call/fraga``) for a bounded time on
loopback; prints latency p50/p95/p99 and the app's resident memory (RSS) after warm-up and at the end.

    python bench/soak.py [--index PATH] [--seconds 180] [--warmup 30] [--clients 8]

Without --index, a small index of corpus/region-vastmanland is built in a temporary folder first. The app
runs as its own process (``assistant serve`` on 127.0.0.1), so its RSS is read from /proc alone; it is
stopped when the soak ends, also on errors. The target (issue 12): RSS growth under 10 % after warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def questions() -> list[str]:
    lines = (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip() and not json.loads(line).get("history")]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def build_index(folder: Path) -> Path:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(ROOT / "corpus" / "region-vastmanland"),
                    "--index", str(folder)], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return folder


def start_app(index: Path, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTE_")}
    env.update(PYTHONPATH=str(ROOT), MOTE_CONFIG="/nonexistent")
    app = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index), "--host", HOST,
                            "--port", str(port)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    started = time.monotonic()
    while time.monotonic() - started < 300:
        if app.poll() is not None:
            raise SystemExit("the app did not start")
        try:
            if httpx.get(f"http://{HOST}:{port}/", timeout=2).status_code == 200:
                return app
        except httpx.HTTPError:
            time.sleep(1)
    app.terminate()
    raise SystemExit("the app did not answer within 300 s")


def ask(client: httpx.Client, base: str, question: str) -> None:
    """One question through the two-step REST API: POST the call, then read its event stream to the end."""
    posted = client.post(f"{base}/gradio_api/call/fraga", json={"data": [question, "[]", "{}"]})
    posted.raise_for_status()
    event_id = posted.json()["event_id"]
    with client.stream("GET", f"{base}/gradio_api/call/fraga/{event_id}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event: error"):
                raise RuntimeError(f"the app failed on {question!r}")
            if line.startswith("event: complete"):
                return


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def soak(base: str, pid: int, clients: int, seconds: float, warmup: float) -> dict[str, float]:
    qs = questions()
    started = time.monotonic()
    warm_at = started + warmup
    stop_at = warm_at + seconds
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client_loop(number: int) -> None:
        with httpx.Client(timeout=120) as client:
            i = number
            while time.monotonic() < stop_at:
                begun = time.monotonic()
                try:
                    ask(client, base, qs[i % len(qs)])
                except Exception as error:  # noqa: BLE001 - counted and reported
                    with lock:
                        errors.append(str(error))
                if begun >= warm_at:
                    with lock:
                        latencies.append(time.monotonic() - begun)
                i += clients

    threads = [threading.Thread(target=client_loop, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, warm_at - time.monotonic()))
    rss_start = rss_mb(pid)
    for thread in threads:
        thread.join(timeout=seconds + warmup + 300)
    rss_end = rss_mb(pid)
    ordered = sorted(latencies)
    return {"requests": len(ordered), "errors": len(errors), "p50": percentile(ordered, 0.5),
            "p95": percentile(ordered, 0.95), "p99": percentile(ordered, 0.99), "rss_start": rss_start,
            "rss_end": rss_end, "growth_pct": (rss_end - rss_start) / rss_start * 100, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--seconds", type=float, default=180.0, help="measured time after warm-up")
    parser.add_argument("--warmup", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or build_index(Path(tmp) / "index")
        port = free_port()
        app = start_app(index, port)
        try:
            result = soak(f"http://{HOST}:{port}", app.pid, args.clients, args.seconds, args.warmup)
        finally:
            app.terminate()
            app.wait(30)
    print(f"{args.clients} clients, {result['seconds']:.0f} s after {args.warmup:.0f} s warm-up: "
          f"{result['requests']} questions, {result['errors']} errors")
    print(f"latency p50 {result['p50']:.0f} ms, p95 {result['p95']:.0f} ms, p99 {result['p99']:.0f} ms")
    print(f"RSS {result['rss_start']:.0f} MB after warm-up -> {result['rss_end']:.0f} MB at the end "
          f"({result['growth_pct']:+.1f} %)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
