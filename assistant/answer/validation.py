"""What a user sends, checked before any work is done: the question's type and length, the history's
shape and size, and a time budget that the answering steps check between them."""

from __future__ import annotations

import time
from typing import Any

from assistant.answer.conversation import Message
from assistant.errors import QuestionError

MAX_HISTORY_MESSAGES = 20  # only the last turns matter for a follow-up
HISTORY_ANSWER_CHARS = 20_000  # an assistant message in the history is cut to this


def checked_question(question: Any, max_chars: int) -> str:
    if not isinstance(question, str):
        raise QuestionError("Frågan ska vara text.")
    question = question.strip()
    if not question:
        raise QuestionError("Skriv en fråga.")
    if len(question) > max_chars:
        raise QuestionError(f"Frågan är för lång ({len(question)} tecken). Största tillåtna längd är {max_chars} "
                            "tecken: ställ en kortare fråga.")
    return question


def checked_history(history: Any, max_chars: int) -> list[Message] | None:
    """The conversation so far, at most its last turns; a user message longer than a question is refused."""
    if not history:
        return None
    if not isinstance(history, list) or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
            for m in history):
        raise QuestionError('Historiken ska vara en lista med meddelanden {"role": …, "content": …}.')
    recent = history[-MAX_HISTORY_MESSAGES:]
    if any(m["role"] == "user" and len(m["content"]) > max_chars for m in recent):
        raise QuestionError(f"En tidigare fråga i historiken är längre än {max_chars} tecken.")
    return [{"role": m["role"], "content": m["content"][:HISTORY_ANSWER_CHARS]} for m in recent]


class Budget:
    """Seconds a question may take; ``check()`` between steps stops the work once they are spent."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.1, self.deadline - time.monotonic())

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise QuestionError(f"Frågan tog längre tid än tillåtna {self.seconds:g} s och avbröts. "
                                "Försök med en kortare eller mer avgränsad fråga.")
