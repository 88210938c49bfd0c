"""One error hierarchy: everything a user may see is an ``AssistantError`` with a Swedish message.

The command line and the web app catch ``AssistantError`` once, show ``message`` and (CLI) exit with
``exit_code``; anything else is a bug and keeps its traceback in the log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

DATE_HINT = "Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-14."


class AssistantError(Exception):
    """A problem the user can act on. ``message`` is Swedish and meant for users."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(AssistantError):
    """A setting with a value outside what it allows, or an unreadable configuration file."""

    exit_code = 2


class IndexUnavailableError(AssistantError):
    """An index that cannot be opened or used as asked (missing, broken, read-only, other embedder)."""

    exit_code = 3


class EmptyIndexError(IndexUnavailableError):
    """A question to an index without documents."""


class LoadError(AssistantError):
    """A file that cannot be read into text (damaged, wrong type, over a limit)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path.name}: {self.message}"

    def __reduce__(self) -> tuple[type[LoadError], tuple[Path, str]]:
        # keep the error picklable (e.g. across process pools) despite the custom constructor
        return (LoadError, (self.path, self.message))


class UploadError(AssistantError):
    """An uploaded file that is not stored (type, size, permission)."""


class PermissionDeniedError(AssistantError):
    """An action the signed-in user's role does not allow."""


class LLMError(AssistantError):
    """The language model answered with nothing usable, or could not be reached."""


class QuestionError(AssistantError):
    """A question, history or filter that cannot be answered as given (too long, bad date, wrong type)."""


def valid_date(value: object, label: str = "datum") -> str:
    """``value`` as an ISO date (``""`` for empty); the one place every entry point validates dates."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise QuestionError(f"{label} ska vara text, till exempel 2024-03-14.")
    text = value.strip()
    if not text:
        return ""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise QuestionError(f"”{text}” är inte ett datum ({label}). {DATE_HINT}") from None
