"""``assistant eval``: measure retrieval and answers on the question sets in ``evals/``.

For every question the assistant answers (``Assistant.ask`` with its history) and the ranks of the
retrieved passages are recorded. Metrics, per question type and overall:

- retrieval (answerable questions only): recall@k for k = 1, 3, 5, 10 and MRR (cut at 10). A question
  is a hit at k when one of the top-k passages contains one of its gold quotes, compared with white
  space collapsed against the passage's span ``[start, end)`` of its document;
- answers: key-fact hit rate (every key fact in the answer, after ``normalise``), citation support
  (a citation quotes ``text[start:end]`` exactly and overlaps a gold quote of the same file), the
  exact-substring rate of citations, refusal accuracy on unanswerable questions and the false-refusal
  rate on answerable ones; in ``llm`` mode also faithfulness.

Baselines (``--baselines``) run in the same report: a naive RAG (fixed 1000-character chunks, dense
only, top-k passages as the answer, never refusing) and our pipeline with dense-only and BM25-only
retrieval. ``--tune-threshold`` sweeps the refusal threshold on a (dev) set.

The metric functions at the top are pure so that they can be tested on crafted inputs. Heavy
imports (Chroma, LangChain, the embedder) happen inside functions: ``assistant.cli`` imports this
module for every command.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

EVAL_INDEX = Path(".cache/eval-index")  # the eval's own index, kept in step with evals/corpus.json

from assistant.evals.baselines import NaiveIndex, _hit_passage, recording_retriever, run_naive
from assistant.evals.inputs import DocTexts, grade_retrieval, load_questions
from assistant.evals.metrics import (
    RECALL_KS,
    _fmt,
    best_threshold,
    check_thresholds,
    citation_exact,
    citation_supported,
    collapse,
    gold_reachable,
    key_fact_share,
    load_thresholds,
    missing_key_facts,
    separation_auc,
    summarise_by_type,
    sweep_thresholds,
)
from assistant.evals.report import SYSTEM_LABELS, format_table, write_report

# ---------------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------------


def _faithfulness(answer: Any) -> float:
    from assistant.answer.llm import supported_share

    return float(supported_share(answer.answer, {c.n: c.quote for c in answer.citations}))


def variant(assistant: Any, depth: int, **changes: Any) -> Any:
    """The same index and embedder under other settings (retrieval mode, fusion, refusal threshold),
    with a retriever that records the ranks."""
    from dataclasses import replace

    from assistant.api import Assistant

    settings = replace(assistant.settings, **changes)
    twin = Assistant(settings, assistant.index, assistant.embedder, assistant.meetings)
    return Assistant(settings, assistant.index, assistant.embedder, assistant.meetings,
                     retriever=recording_retriever(twin, depth))


def run_assistant(assistant: Any, questions: Sequence[dict[str, Any]], texts: DocTexts, *, mode: str,
                  depth: int, progress: Callable[[int, int], None] | None = None) -> list[dict[str, Any]]:
    """Ask every question of an assistant made by ``variant``; one record per question (retrieval ranks,
    answer, grades)."""
    records = []
    for number, q in enumerate(questions, 1):
        records.append(_ask_and_grade(assistant, q, texts, mode, depth))
        if progress:
            progress(number, len(questions))
    return records


def _ask_and_grade(assistant: Any, q: dict[str, Any], texts: DocTexts, mode: str, depth: int) -> dict[str, Any]:
    recorder = assistant.retriever
    recorder.reset()
    history = q.get("history") or None
    started = time.perf_counter()
    answer = assistant.ask(q["question"], history, None, mode)
    seconds = time.perf_counter() - started
    standalone = answer.question or q["question"]
    hits = recorder.hits if recorder.query is not None else recorder.search(standalone, depth)
    rank, retrieved = grade_retrieval([_hit_passage(h) for h in hits[:depth]], texts, q["gold"])
    terms = assistant.question_terms(q["question"], standalone)
    record: dict[str, Any] = {
        "id": q["id"], "type": q["type"], "corpus": q.get("corpus", ""), "question": q["question"],
        "standalone": standalone, "answerable": q["answerable"], "rank": rank,
        "reachable": gold_reachable(texts.chunk_spans(), q["gold"]) if q["answerable"] else None,
        "relevance": assistant.relevance(hits[:assistant.settings.top_k], terms, q["question"]),
        "retrieved": retrieved, **_grade_answer(answer, q, texts), "seconds": round(seconds, 3),
    }
    if mode == "llm" and answer.found:
        record["faithfulness"] = _faithfulness(answer)
    return record


def _grade_answer(answer: Any, q: dict[str, Any], texts: DocTexts) -> dict[str, Any]:
    citations = []
    for c in answer.citations:
        doc_text = texts.by_id.get(c.doc_id, "")
        name = texts.name_of.get(c.doc_id, Path(c.source_path).name)
        citations.append({
            "n": c.n, "doc": name, "start": c.start, "end": c.end,
            "exact": citation_exact(doc_text, c.quote, c.start, c.end),
            "supported": citation_supported(name, doc_text, c.quote, c.start, c.end, q["gold"]),
            "quote": collapse(c.quote)[:240],
        })
    graded: dict[str, Any] = {"found": bool(answer.found), "answer": answer.answer, "citations": citations}
    if q["answerable"]:
        graded["key_facts"] = list(q["key_facts"])
        graded["missing_facts"] = missing_key_facts(answer.answer, q["key_facts"])
        graded["key_fact_hit"] = not graded["missing_facts"]
        graded["key_fact_share"] = key_fact_share(answer.answer, q["key_facts"])
    return graded


# ---------------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------------


@dataclass
class EvalOptions:
    set_path: Path = Path("evals/test.jsonl")
    mode: str = "extractive"
    k: int = 5
    index_path: Path | None = None
    baselines: bool = False
    retrieval: str = "hybrid"
    chunker: str = "structure"
    fusion: str = "rrf"
    refusal_threshold: float | None = None
    top_k: int | None = None
    thresholds: Path = Path("evals/thresholds.toml")
    report_dir: Path = Path("evals/reports")
    tune_threshold: bool = False
    limit: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def report_name(self) -> str:
        parts = [self.set_path.stem, "tune" if self.tune_threshold else self.mode]
        if self.retrieval != "hybrid":
            parts.append(self.retrieval)
        if self.chunker != "structure":
            parts.append(f"chunker-{self.chunker}")
        if self.fusion != "rrf":
            parts.append(self.fusion)
        if self.refusal_threshold is not None and not self.tune_threshold:
            parts.append(f"refusal-{self.refusal_threshold:g}")
        if self.top_k is not None:
            parts.append(f"top{self.top_k}")
        if self.limit is not None:
            parts.append(f"first{self.limit}")
        return "-".join(parts)


@dataclass
class EvalResult:
    report: dict[str, Any]
    failures: list[str]
    files: list[Path]


def open_for_eval(options: EvalOptions, echo: Callable[[str], None]) -> Any:
    from assistant.api import Assistant
    from assistant.errors import IndexUnavailableError
    from assistant.evals.corpus_check import ensure_eval_index
    from assistant.settings import Settings

    overrides: dict[str, Any] = {"index_path": options.index_path or EVAL_INDEX, "top_k": options.top_k}
    if options.refusal_threshold is not None:
        overrides["refusal_threshold"] = options.refusal_threshold
    overrides.update(options.extra)
    settings = Settings.load(**overrides)
    try:
        assistant = Assistant.from_settings(settings)  # an unusable index: the CLI reports it and exits
    except IndexUnavailableError as error:
        if options.index_path is not None:
            raise
        echo(f"{error} Evalueringens eget index byggs om.")  # it is ours: rebuild it (another chunker, embedder)
        shutil.rmtree(settings.index_path)
        assistant = Assistant.from_settings(settings)
    ensure_eval_index(assistant, options.set_path, echo)
    return assistant


def run_eval(options: EvalOptions, echo: Callable[[str], None] = click.echo) -> EvalResult:
    questions = load_questions(options.set_path)
    if options.limit is not None:
        questions = questions[:options.limit]
    ks = sorted(set(RECALL_KS) | {options.k})
    assistant = open_for_eval(options, echo)
    texts = DocTexts(assistant.index)
    if options.tune_threshold:
        return _tune(options, assistant, questions, texts, max(ks), echo)
    systems = _run_systems(options, assistant, questions, texts, max(ks), echo)
    report = _report(options, assistant, systems, ks)
    files = write_report(report, options.report_name(), options.report_dir)
    _print_summary(report, files, options, echo)
    return EvalResult(report, report["guard"]["failures"] if report["guard"] else [], files)


def _progress(label: str, echo: Callable[[str], None]) -> Callable[[int, int], None]:
    def show(number: int, total: int) -> None:
        if number == total or number % 20 == 0:
            echo(f"  {label}: {number}/{total}")
    return show


def _run_systems(options: EvalOptions, assistant: Any, questions: Sequence[dict[str, Any]], texts: DocTexts,
                 depth: int, echo: Callable[[str], None]) -> dict[str, list[dict[str, Any]]]:
    """Our pipeline as configured, and with ``--baselines`` the naive RAG and our single-half ablations."""
    systems: dict[str, list[dict[str, Any]]] = {}
    naive: NaiveIndex | None = None
    try:
        if options.chunker == "fixed" or options.baselines:
            naive = NaiveIndex(texts, assistant.embedder, echo)
        echo(f"Kör {len(questions)} frågor ur {options.set_path} ({options.mode}) …")
        if options.chunker == "fixed":
            assert naive is not None
            systems["ours"] = run_naive(naive, questions, texts, k=options.k, depth=depth,
                                        retrieval=options.retrieval, answers=False, conversational=True)
        else:
            ours = variant(assistant, depth, retrieval=options.retrieval, fusion=options.fusion)
            systems["ours"] = run_assistant(ours, questions, texts, mode=options.mode, depth=depth,
                                            progress=_progress("vår pipeline", echo))
        if options.baselines:
            assert naive is not None
            systems["naive"] = run_naive(naive, questions, texts, k=options.k, depth=depth)
            for mode in ("dense", "lexical"):
                half = variant(assistant, depth, retrieval=mode, fusion="rrf")
                systems[f"ours-{mode}"] = run_assistant(half, questions, texts, mode=options.mode, depth=depth,
                                                        progress=_progress(f"vår pipeline, {mode}", echo))
    finally:
        if naive is not None:
            naive.close()
    return systems


def _report(options: EvalOptions, assistant: Any, systems: dict[str, list[dict[str, Any]]],
            ks: list[int]) -> dict[str, Any]:
    from assistant.evals.corpus_check import corpus_summary

    summaries = {name: summarise_by_type(records, ks) for name, records in systems.items()}
    report_name = options.report_name()
    targets, guard = load_thresholds(options.thresholds, report_name)
    overall = summaries["ours"]["overall"]
    failures = check_thresholds(overall, guard) if guard is not None else []
    return {
        "set": options.set_path.stem, "mode": options.mode, "k": options.k, "ks": ks,
        "created": time.strftime("%Y-%m-%d %H:%M:%S"), "corpus": corpus_summary(assistant.index.documents()),
        "config": {"retrieval": options.retrieval, "chunker": options.chunker, "fusion": options.fusion,
                   "refusal_threshold": assistant.settings.refusal_threshold, "top_k": assistant.settings.top_k,
                   "embedder": assistant.embedder.name, "k": options.k},
        "main_system": "ours", "systems": summaries,
        "guard": None if guard is None else {"table": f"guard.{report_name}", "bounds": guard, "failures": failures},
        "target_misses": check_thresholds(overall, _present(targets, overall)) if targets else None,
        "labels": {**SYSTEM_LABELS, "ours": _ours_label(options)},
        "questions": systems["ours"],
        "baseline_questions": {name: [{key: r.get(key) for key in ("id", "type", "rank", "found", "key_fact_hit",
                                                                   "missing_facts")} for r in records]
                               for name, records in systems.items() if name != "ours"},
    }


def _print_summary(report: dict[str, Any], files: list[Path], options: EvalOptions,
                   echo: Callable[[str], None]) -> None:
    main, ks = report["systems"]["ours"], report["ks"]
    echo("")
    echo(format_table(list(main["by_type"].items()) + [("ALLA", main["overall"])], ks))
    if len(report["systems"]) > 1:
        echo("")
        echo(format_table([(report["labels"].get(s, s), v["overall"]) for s, v in report["systems"].items()], ks))
    echo("")
    for path in files:
        echo(f"Skrev {path}")
    if report["target_misses"]:
        echo("Under målen i issuet: " + "; ".join(report["target_misses"]))
    if report["guard"] is None:
        echo(f"Inga spärrtrösklar för {options.report_name()} i {options.thresholds}: inget kontrolleras.")
    elif report["guard"]["failures"]:
        echo("UNDER SPÄRRTRÖSKLARNA: " + "; ".join(report["guard"]["failures"]))
    else:
        echo(f"Spärrtrösklarna ({report['guard']['table']}) håller.")


def _present(bounds: dict[str, Any], metrics: dict[str, Any]) -> dict[str, Any]:
    """Only the bounds on metrics this run measured (a retrieval-only run has no answer metrics)."""
    return {side: {k: v for k, v in (bounds.get(side) or {}).items() if metrics.get(k) is not None}
            for side in ("min", "max")}


def _ours_label(options: EvalOptions) -> str:
    parts = [options.retrieval if options.fusion == "rrf" or options.retrieval != "hybrid" else options.fusion]
    if options.chunker != "structure":
        parts.append(f"{options.chunker} chunks")
    return f"ours ({', '.join(parts)})"


def _tune(options: EvalOptions, assistant: Any, questions: Sequence[dict[str, Any]], texts: DocTexts, depth: int,
          echo: Callable[[str], None]) -> EvalResult:
    """Answer everything with the threshold off, then sweep it over the recorded relevance scores."""
    current = assistant.settings.refusal_threshold
    unguarded = variant(assistant, depth, refusal_threshold=-1.0, retrieval=options.retrieval, fusion=options.fusion)
    echo(f"Kör {len(questions)} frågor ur {options.set_path} utan tröskel …")
    records = run_assistant(unguarded, questions, texts, mode=options.mode, depth=depth)
    rows = [(r["relevance"], r["answerable"], not r["found"]) for r in records]
    grid = [i / 100 for i in range(0, 101)]
    sweep = sweep_thresholds(rows, grid)
    best = best_threshold(sweep)
    chosen = next(s for s in sweep if s.threshold == best)
    now = sweep_thresholds(rows, [current])[0]
    echo("")
    echo("tröskel  refusal_acc  false_refusal  poäng")
    for s in sweep:
        if abs(s.threshold * 20 - round(s.threshold * 20)) < 1e-9 or s.threshold == best:
            mark = "  <- bäst" if s.threshold == best else ""
            echo(f"{s.threshold:7.2f}  {s.refusal_accuracy:11.3f}  {s.false_refusal:13.3f}  {s.score:5.3f}{mark}")
    forced = [r["id"] for r in records if not r["found"] and r["answerable"]]
    auc = separation_auc([r["relevance"] for r in records if r["answerable"]],
                         [r["relevance"] for r in records if not r["answerable"]])
    echo("")
    echo(f"relevance() skiljer besvarbara från obesvarbara med AUC {_fmt(auc)} (0.5 = inte alls, 1 = helt)")
    echo(f"Nu (refusal_threshold = {current}): refusal_accuracy {now.refusal_accuracy:.3f}, "
         f"false_refusal {now.false_refusal:.3f}")
    echo(f"Rekommenderad refusal_threshold = {best} (refusal_accuracy {chosen.refusal_accuracy:.3f}, "
         f"false_refusal {chosen.false_refusal:.3f}), vald på {options.set_path.name}")
    if forced:
        echo(f"Avböjs oavsett tröskel (besvarbara): {', '.join(forced)}")
    report = {"set": options.set_path.stem, "mode": options.mode, "created": time.strftime("%Y-%m-%d %H:%M:%S"),
              "current": current, "recommended": best, "relevance_auc": auc,
              "sweep": [{"threshold": s.threshold, "refusal_accuracy": s.refusal_accuracy,
                         "false_refusal": s.false_refusal, "score": s.score} for s in sweep],
              "questions": [{key: r.get(key) for key in ("id", "type", "answerable", "relevance", "found", "rank")}
                            for r in records]}
    options.report_dir.mkdir(parents=True, exist_ok=True)
    path = options.report_dir / f"{options.report_name()}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    echo(f"Skrev {path}")
    return EvalResult(report, [], [path])


@click.command(name="eval")
@click.option("--set", "set_path", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=Path("evals/test.jsonl"), show_default=True, help="Frågeuppsättning (JSONL).")
@click.option("--mode", type=click.Choice(["extractive", "llm"]), default="extractive", show_default=True)
@click.option("--k", type=int, default=5, show_default=True,
              help="k för huvudmåttet recall@k och antal stycken i den naiva baslinjens svar.")
@click.option("--index", "index_path", type=click.Path(path_type=Path), default=None,
              help=f"Indexmapp (standard: {EVAL_INDEX}, byggs och synkas mot evals/corpus.json).")
@click.option("--baselines/--no-baselines", default=False, show_default=True,
              help="Kör även naiv RAG, vår pipeline med bara dense och med bara BM25.")
@click.option("--retrieval", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True)
@click.option("--chunker", type=click.Choice(["structure", "fixed"]), default="structure", show_default=True,
              help="fixed: naiva 1000-teckensbitar (bara retrieval-mått).")
@click.option("--fusion", type=click.Choice(["rrf", "dense-first"]), default="rrf", show_default=True)
@click.option("--refusal-threshold", type=float, default=None, help="Åsidosätt settings.refusal_threshold.")
@click.option("--top-k", type=int, default=None, help="Åsidosätt settings.top_k (stycken till svaret).")
@click.option("--thresholds", type=click.Path(path_type=Path), default=Path("evals/thresholds.toml"),
              show_default=True)
@click.option("--report-dir", type=click.Path(path_type=Path), default=Path("evals/reports"), show_default=True)
@click.option("--tune-threshold", is_flag=True,
              help="Svep vägringströskeln (bara på dev) och skriv ut bästa värdet.")
@click.option("--limit", type=int, default=None, help="Bara de N första frågorna (snabbprov).")
def eval_command(**kwargs: Any) -> None:
    """Utvärdera retrieval och svar på en frågeuppsättning; avslutar med fel under spärrtrösklarna."""
    options = EvalOptions(**kwargs)
    if options.tune_threshold and options.set_path.stem == "test":
        click.echo("Varning: trösklar ska bara väljas på dev (evals/README.md).", err=True)
    result = run_eval(options)
    if result.failures:
        sys.exit(1)


if __name__ == "__main__":  # python -m assistant.evals … (same as ``assistant eval``)
    eval_command(prog_name="assistant eval")
