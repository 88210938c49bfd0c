"""Start Mötesassistenten in the browser: ``python app.py``.

Reads the settings (``assistant.toml`` and ``MOTE_*`` environment variables), opens the index, reads
in the documents under ``corpus_path`` the first time (when the index is empty) and starts the web app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant import Assistant, Settings
from assistant.index.store import IndexError_
from assistant.web.app import parse_auth, serve


def main() -> None:
    settings = Settings.load()
    try:
        parse_auth(settings.auth)
        assistant = Assistant.from_settings(settings)
    except (IndexError_, ValueError) as error:
        sys.exit(str(error))
    if not assistant.documents():
        corpus = Path(settings.corpus_path)
        if corpus.exists():
            print(f"Indexet är tomt. Läser in dokumenten i {corpus} (det kan ta några minuter) …", flush=True)

            def progress(number: int, total: int, path: Path) -> None:
                print(f"  [{number}/{total}] {path.name}", flush=True)

            summary = assistant.ingest([corpus], progress)
            print(summary.format(), flush=True)
        else:
            print(f"Indexet är tomt och mappen {corpus} finns inte. Lägg till dokument under fliken Dokument.",
                  flush=True)
    serve(assistant, settings)


if __name__ == "__main__":
    main()
