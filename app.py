"""Start Mötesassistenten in the browser: ``python app.py`` (the same as ``assistant serve``).

Reads the settings (``assistant.toml`` and ``MOTE_*`` environment variables) and starts the web app
through ``assistant.web.server.launch``.
"""

from __future__ import annotations

from assistant import Settings
from assistant.errors import AssistantError
from assistant.web.server import launch

if __name__ == "__main__":
    try:
        settings = Settings.load()
    except AssistantError as error:
        raise SystemExit(f"Fel: {error.message}") from None
    launch(settings)
