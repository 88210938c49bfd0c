"""Compile the init (IT-sektionen, KTH) Typst sources into the probe PDFs.

The .typ sources are copied as written from the public repository Fripe070/documents
(see SOURCES.md) into /work/probes/src/init-kth/ (not in git). This script only calls the
Typst compiler (PyPI package `typst`, installed outside the project venv) on them.
The documents' own font (IBM Plex Mono) is not installed, so Typst falls back to the
fonts found in /usr/share/fonts and its embedded ones.
Run: /tmp/typstenv/bin/python typeset.py
"""
from pathlib import Path

import typst

SRC = Path("/work/probes/src/init-kth")
OUT = Path("/work/probes/docs/init-kth")

FILES = {
    "protocols/meeting-00/protocol.typ": "init_pr00_2025-11-28_protokoll.pdf",
    "protocols/meeting-01/protocol.typ": "init_pr01_2026-02-17_protokoll.pdf",
    "protocols/meeting-02/protocol.typ": "init_pr02_2026-04-28_protokoll.pdf",
    "reports/sm-2026-2/sm.typ": "init_rapport_sm2.pdf",
    "statutes/statutes.typ": "init_reglemente.pdf",
}

OUT.mkdir(parents=True, exist_ok=True)
for src, dst in FILES.items():
    typst.compile(str(SRC / src), output=str(OUT / dst), root=str(SRC),
                  font_paths=["/usr/share/fonts"])
    print("wrote", OUT / dst)
