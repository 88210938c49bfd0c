"""Measure the probe sets on a machine that has none of their documents yet, and compare two measurements.

    .venv/bin/python evals/probes/measure.py docs                       # typeset every set that can be rebuilt
    .venv/bin/python evals/probes/measure.py run LABEL [SET ...]        # every set with documents (or those named)
    .venv/bin/python evals/probes/measure.py compare OLD_LABEL NEW_LABEL

`docs` runs each set's `make_pdfs.py` into `<work>/docs/<set>` (five older scripts always write under
/work/probes/docs, the default `<work>`; sets whose documents were copied from a repository need them fetched again,
see their SOURCES.md). `run` gives every organisation's set its own index of the eval corpus
and its documents (copied from one index of the eval corpus, built first), the default-corpus sets and dev that one
index, and writes each report to `<work>/reports/LABEL/<set>`; `--code DIR` measures another checkout (a worktree of an
older commit) with this virtual environment. A second `run` with another label and the same `--indexes` answers only
(after a change of CHUNKER_VERSION give it new `--indexes`). A question counts as right when an answerable one states
every key fact or an unanswerable one is refused.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WORK = Path(os.environ.get("PROBE_WORK", "/work/probes"))
DEFAULT_SETS = ("default-fresh", "kungsbacka-fresh")


def typeset_all(docs_root: Path) -> None:
    for script in sorted(HERE.glob("*/make_pdfs.py")):
        out = docs_root / script.parent.name
        done = subprocess.run([sys.executable, str(script), str(out)], capture_output=True, text=True)
        print(f"{script.parent.name}: {'ok' if done.returncode == 0 else 'failed'}, "
              f"{len(list(out.glob('*'))) if out.is_dir() else 0} files")


def measurable(docs_root: Path) -> list[str]:
    """dev, the default-corpus sets and every organisation's set whose gold documents are all on this machine.

    A set with some of its documents missing would count its questions about them as wrong: it is left out, named.
    """
    sets = ["dev"]
    for folder in sorted(p for p in HERE.iterdir() if (p / "probe.jsonl").is_file()):
        if folder.name.startswith(DEFAULT_SETS):
            sets.append(folder.name)
        elif missing := missing_documents(folder, docs_root / folder.name):
            print(f"{folder.name}: left out, {len(missing)} documents missing (see its SOURCES.md)")
        else:
            sets.append(folder.name)
    return sets


def missing_documents(folder: Path, docs: Path) -> set[str]:
    rows = [json.loads(line) for line in (folder / "probe.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return {gold["doc"] for row in rows for gold in row.get("gold") or []} - {p.name for p in docs.glob("*")}


def write_set(name: str, docs_root: Path, sets_root: Path) -> Path:
    """The set's questions beside a manifest of the eval corpus and the set's own documents."""
    from assistant.evals.corpus_check import manifest_entries, save_manifest

    out = sets_root / name
    out.mkdir(parents=True, exist_ok=True)
    source = ROOT / "evals" / "dev.jsonl" if name == "dev" else HERE / name / "probe.jsonl"
    shutil.copy(source, out / "probe.jsonl")
    documents = list(json.loads((ROOT / "evals" / "corpus.json").read_text(encoding="utf-8"))["documents"])
    own = [] if name.startswith(DEFAULT_SETS) else [
        path for path in sorted((docs_root / name).glob("*"))
        if path.is_file() and path.name != "SOURCES.md" and not path.name.endswith(".meta.toml")]
    entries = manifest_entries(own)
    for left in sorted(set(own) - {Path(entry["path"]) for entry in entries}):  # a scan with no text layer: the
        print(f"{name}: {left.name} has no text and is left out")  # ingest reports it and goes on, so do we
    save_manifest(documents + entries, out / "corpus.json")
    return out / "probe.jsonl"


def index_of(name: str, indexes: Path) -> Path:
    """The shared index of the eval corpus, or a copy of it that the set's own documents are added to."""
    if name == "dev" or name.startswith(DEFAULT_SETS):
        return indexes / "default"
    own = indexes / name
    if not own.exists() and (indexes / "default").exists():
        shutil.copytree(indexes / "default", own)
    return own


def evaluate(name: str, args: argparse.Namespace) -> str:
    questions = write_set(name, args.docs, args.work / "sets")
    reports = args.work / "reports" / args.label / name
    env = {**os.environ, "PYTHONPATH": str(args.code), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "assistant", "eval", "--set", str(questions), "--index",
                           str(index_of(name, args.indexes)), "--report-dir", str(reports)],
                          cwd=args.code, env=env, capture_output=True, text=True)
    (reports.parent / f"{name}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    return f"{name}: {'ok' if done.returncode == 0 else 'failed'}"


def run(args: argparse.Namespace) -> None:
    (args.work / "reports" / args.label).mkdir(parents=True, exist_ok=True)
    sets = args.sets or measurable(args.docs)
    if not (args.indexes / "default").exists():  # built once, before the sets that copy it
        print(evaluate("dev", args))
        sets = [s for s in sets if s != "dev"]
    with ThreadPoolExecutor(args.parallel) as pool:
        for line in pool.map(lambda name: evaluate(name, args), sets):
            print(line, flush=True)


def passes(label_dir: Path) -> dict[str, bool]:
    found = {}
    for report in sorted(label_dir.glob("*/probe-extractive.json")):
        for q in json.loads(report.read_text(encoding="utf-8"))["questions"]:
            found[f"{report.parent.name}/{q['id']}"] = q["key_fact_hit"] if q["answerable"] else not q["found"]
    return found


def compare(args: argparse.Namespace) -> None:
    old, new = (passes(args.work / "reports" / label) for label in (args.old, args.new))
    common = sorted(set(old) & set(new))
    print(f"{len(common)} questions in both: {sum(old[k] for k in common)} → {sum(new[k] for k in common)} right")
    print("gained:", " ".join(k for k in common if new[k] and not old[k]) or "none")
    print("lost:", " ".join(k for k in common if old[k] and not new[k]) or "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=WORK, help="documents, sets, indexes and reports (PROBE_WORK)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("docs")
    measure = commands.add_parser("run")
    measure.add_argument("label")
    measure.add_argument("sets", nargs="*")
    measure.add_argument("--code", type=Path, default=ROOT, help="the checkout to measure")
    measure.add_argument("--indexes", type=Path, help="default: <work>/indexes/<label>")
    measure.add_argument("--parallel", type=int, default=2)
    versus = commands.add_parser("compare")
    versus.add_argument("old")
    versus.add_argument("new")
    args = parser.parse_args()
    args.docs = args.work / "docs"
    if args.command == "docs":
        typeset_all(args.docs)
    elif args.command == "run":
        args.code = args.code.resolve()
        args.indexes = args.indexes or args.work / "indexes" / args.label
        run(args)
    else:
        compare(args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
