"""Evaluation output: console and Markdown tables, SVG plots and the report files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


from assistant.evals.metrics import _fmt, collapse

# ---------------------------------------------------------------------------------------------------
# Output: console table, Markdown, SVG
# ---------------------------------------------------------------------------------------------------

COLUMNS = [("n", "n"), ("gold_reachable", "Reach"), ("recall_at_1", "R@1"), ("recall_at_3", "R@3"),
           ("recall_at_5", "R@5"), ("recall_at_10", "R@10"), ("mrr", "MRR"), ("key_fact", "KF"),
           ("citation_support", "CitSup"),
           ("exact_substring", "Exact"), ("refusal_accuracy", "RefAcc"), ("false_refusal", "FalseRef"),
           ("faithfulness", "Faith"), ("median_answer_chars", "AnsLen")]
SYSTEM_LABELS = {"ours": "ours (hybrid)", "naive": "naive RAG (fixed 1000, dense, no refusal)",
                 "ours-dense": "ours dense-only", "ours-lexical": "ours BM25-only"}




def _columns(ks: Sequence[int], rows: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    rows = list(rows)
    cols = COLUMNS[:2] + [(f"recall_at_{k}", f"R@{k}") for k in ks] + COLUMNS[6:]
    return [(key, label) for key, label in cols if any(r.get(key) is not None for r in rows)]


def format_table(rows: Sequence[tuple[str, dict[str, Any]]], ks: Sequence[int], markdown: bool = False) -> str:
    cols = _columns(ks, (m for _, m in rows))
    header = ["", *[label for _, label in cols]]
    body = [[name, *[_fmt(m.get(key)) for key, _ in cols]] for name, m in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in body])
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *[fmt(r) for r in body]])


_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _svg_start(w: int, h: int, left: int, title: str) -> list[str]:
    """The opening tag, white background and title every plot starts with."""
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'font-family="sans-serif" font-size="11">', f'<rect width="{w}" height="{h}" fill="white"/>',
            f'<text x="{left}" y="18" font-size="13">{_esc(title)}</text>']


def svg_recall_curve(series: dict[str, dict[int, float | None]], ks: Sequence[int], title: str) -> str:
    """recall@k against k, one line per system."""
    w, h, left, right, top, bottom = 700, 340, 50, 320, 30, 40
    pw, ph = w - left - right, h - top - bottom
    kmax = max(ks)
    x = lambda k: left + pw * (k - 1) / max(1, kmax - 1)  # noqa: E731
    y = lambda v: top + ph * (1 - v)  # noqa: E731
    out = _svg_start(w, h, left, title)
    for i in range(6):
        v = i / 5
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + pw}" y2="{y(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for k in ks:
        out.append(f'<text x="{x(k):.1f}" y="{top + ph + 16}" text-anchor="middle">{k}</text>')
    out.append(f'<text x="{left + pw / 2:.1f}" y="{h - 6}" text-anchor="middle">k</text>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#333"/>')
    out.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="#333"/>')
    for n, (name, values) in enumerate(series.items()):
        color = _PALETTE[n % len(_PALETTE)]
        points = [(x(k), y(values[k])) for k in ks if values.get(k) is not None]
        if points:
            out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                       + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + '"/>')
            out += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}"/>' for px, py in points]
        ly = top + 14 + 16 * n
        out.append(f'<rect x="{left + pw + 12}" y="{ly - 8}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{left + pw + 26}" y="{ly + 1}">{_esc(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def svg_type_bars(by_type: dict[str, dict[str, Any]], metrics: Sequence[tuple[str, str]], title: str) -> str:
    """Grouped bars: for each question type, one bar per metric (0–1)."""
    types = list(by_type)
    group = 14 * len(metrics) + 12
    w, h, left, top, bottom = max(420, 60 + group * len(types) + 150), 320, 44, 30, 70
    ph = h - top - bottom
    y = lambda v: top + ph * (1 - v)  # noqa: E731
    out = _svg_start(w, h, left, title)
    for i in range(6):
        v = i / 5
        x2 = left + group * len(types)
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{x2}" y2="{y(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for t_i, t in enumerate(types):
        gx = left + 6 + t_i * group
        for m_i, (key, _) in enumerate(metrics):
            value = by_type[t].get(key)
            if value is None:
                continue
            bx = gx + 14 * m_i
            out.append(f'<rect x="{bx}" y="{y(value):.1f}" width="12" height="{ph * value:.1f}" '
                       f'fill="{_PALETTE[m_i % len(_PALETTE)]}"><title>{_esc(t)} {key} {value:.3f}</title></rect>')
        cx = gx + 14 * len(metrics) / 2
        out.append(f'<text x="{cx:.1f}" y="{top + ph + 12}" text-anchor="end" '
                   f'transform="rotate(-35 {cx:.1f} {top + ph + 12})">{_esc(t)}</text>')
    lx = left + group * len(types) + 16
    for m_i, (_, label) in enumerate(metrics):
        color = _PALETTE[m_i % len(_PALETTE)]
        out.append(f'<rect x="{lx}" y="{top + 16 * m_i}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{lx + 14}" y="{top + 16 * m_i + 9}">{_esc(label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def failure_reasons(record: dict[str, Any], k: int) -> list[str]:
    reasons = []
    if record["answerable"]:
        if record.get("reachable") is False:
            reasons.append("no chunk holds a gold quote")
        elif record.get("rank") is None or record["rank"] > k:
            reasons.append(f"gold not in top {k} (rank {record.get('rank') or '>10'})")
        if record.get("found") is False:
            reasons.append("false refusal")
        elif record.get("missing_facts"):
            reasons.append("missing key facts: " + ", ".join(record["missing_facts"]))
        unsupported = [c for c in record.get("citations") or [] if not c["supported"]]
        if record.get("citations") and len(unsupported) == len(record["citations"]):
            reasons.append("no citation supported")
    elif record.get("found"):
        reasons.append("answered an unanswerable question")
    return reasons


def markdown_report(report: dict[str, Any], name: str, images: dict[str, str]) -> str:
    ks = report["ks"]
    systems = report["systems"]
    labels = report.get("labels", SYSTEM_LABELS)
    main = systems[report["main_system"]]
    lines = [f"# Utvärdering: {report['set']} ({report['mode']})", "",
             f"- frågor: {main['overall']['n']} ({main['overall']['n_answerable']} besvarbara, "
             f"{main['overall']['n_unanswerable']} obesvarbara)",
             "- konfiguration: " + ", ".join(f"{k}={v}" for k, v in report["config"].items()),
             f"- körd: {report['created']}", ""]
    if report.get("corpus"):
        lines[-1:-1] = [f"- korpus: {report['corpus']['documents']} dokument, sha256 {report['corpus']['sha256']}"]
    if report.get("guard") is not None:
        failures = report["guard"]["failures"]
        lines += [f"**Tröskelkontroll ({report['guard']['table']}): "
                  f"{'UNDERKÄND – ' + '; '.join(failures) if failures else 'godkänd'}**", ""]
    targets = report.get("target_misses")
    if targets is not None:
        lines += [f"Mål från issuet: {'alla nådda' if not targets else 'ej nådda – ' + '; '.join(targets)}", ""]
    lines += ["## Översikt", "", format_table([(labels.get(s, s), v["overall"]) for s, v in systems.items()],
                                              ks, markdown=True), ""]
    if "recall" in images:
        lines += [f"![recall@k]({images['recall']})", ""]
    lines += [f"## Per frågetyp ({labels.get(report['main_system'], report['main_system'])})", "",
              format_table(list(main["by_type"].items()) + [("**alla**", main["overall"])], ks, markdown=True), ""]
    if "types" in images:
        lines += [f"![per typ]({images['types']})", ""]
    if main.get("by_corpus"):
        lines += ["## Per dokumentsamling", "", format_table(list(main["by_corpus"].items()), ks, markdown=True), ""]
    headline = f"recall_at_{report['k']}"
    if len(systems) > 1:
        lines += [f"## {headline} och key facts per typ, alla system", ""]
        types = list(main["by_type"])
        header = "| typ | " + " | ".join(f"{labels.get(s, s)} R@{report['k']} / KF" for s in systems) + " |"
        lines += [header, "|" + "---|" * (len(systems) + 1)]
        for t in types:
            cells = [f"{_fmt(v['by_type'].get(t, {}).get(headline))} / {_fmt(v['by_type'].get(t, {}).get('key_fact'))}"
                     for v in systems.values()]
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
        lines.append("")
    failing = [(r, failure_reasons(r, report["k"])) for r in report["questions"]]
    failing = [(r, why) for r, why in failing if why]
    lines += [f"## Misslyckade frågor ({len(failing)})", ""]
    for r, why in failing:
        top = r["retrieved"][0] if r["retrieved"] else None
        got = f"{top['doc']} [{top['start']}:{top['end']}]" if top else "–"
        answer = collapse(r.get("answer", ""))[:220]
        lines.append(f"- **{r['id']}** ({r['type']}) _{r['question']}_ — {'; '.join(why)}. "
                     f"Top 1: {got}. Svar: {answer!r}")
    lines.append("")
    return "\n".join(lines)


def write_report(report: dict[str, Any], name: str, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    ks = report["ks"]
    images = {"recall": f"{name}-recall.svg", "types": f"{name}-types.svg"}
    labels = report.get("labels", SYSTEM_LABELS)
    series = {labels.get(s, s): {k: v["overall"].get(f"recall_at_{k}") for k in ks}
              for s, v in report["systems"].items()}
    (directory / images["recall"]).write_text(
        svg_recall_curve(series, ks, f"recall@k – {report['set']} ({report['mode']})"), encoding="utf-8")
    main = report["systems"][report["main_system"]]
    metrics = [(f"recall_at_{report['k']}", f"recall@{report['k']}"), ("key_fact", "key facts"),
               ("citation_support", "citation support"), ("refusal_accuracy", "refusal accuracy"),
               ("false_refusal", "false refusal")]
    metrics = [m for m in metrics if any(t.get(m[0]) is not None for t in main["by_type"].values())]
    (directory / images["types"]).write_text(
        svg_type_bars(main["by_type"], metrics, f"per frågetyp – {report['set']} ({report['mode']})"),
        encoding="utf-8")
    json_path, md_path = directory / f"{name}.json", directory / f"{name}.md"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md_path.write_text(markdown_report(report, name, images), encoding="utf-8")
    return [json_path, md_path, directory / images["recall"], directory / images["types"]]
