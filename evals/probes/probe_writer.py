"""Shared helpers for the probe sets' build_probe.py scripts: gold quotes, chat turns and the probe.jsonl writer.

A question is a tuple (type, question, history, answerable, key_facts, gold); a set that leaves out `answerable`
(5-tuples) can derive it from the type with `answerable_by_type`. Each row is written as one JSON line with the
keys in the order id, type, corpus, question, history, answerable, key_facts, gold, ids `<prefix>-01`, `-02`, ….
"""
import json
from pathlib import Path

UNANSWERABLE_TYPES = ("unanswerable", "missing_attribute")


def g(doc, quote):
    """A gold passage: `quote` is a substring of the loader's text of the PDF `doc`."""
    return {"doc": doc, "quote": quote}


def turn(role, content):
    """One earlier chat turn of a question's history."""
    return {"role": role, "content": content}


def answerable_by_type(questions):
    """Turn 5-tuples (type, question, history, key_facts, gold) into 6-tuples, answerable unless the type says not."""
    return [(typ, question, history, typ not in UNANSWERABLE_TYPES, key_facts, gold)
            for typ, question, history, key_facts, gold in questions]


def build_rows(prefix, corpus, questions):
    """The probe rows for 6-tuples `questions`, numbered from 1 as `<prefix>-NN`."""
    rows = []
    for i, (typ, question, history, answerable, key_facts, gold) in enumerate(questions, 1):
        rows.append({"id": f"{prefix}-{i:02d}", "type": typ, "corpus": corpus, "question": question,
                     "history": history, "answerable": answerable, "key_facts": key_facts, "gold": gold})
    return rows


def write_jsonl(path, rows):
    """Write `rows` to `path` as UTF-8 JSON lines (non-ASCII kept as is)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_probe(here, prefix, corpus, questions):
    """Write `here`/probe.jsonl for the set; returns (path, number of rows)."""
    path = Path(here) / "probe.jsonl"
    rows = build_rows(prefix, corpus, questions)
    write_jsonl(path, rows)
    return path, len(rows)
