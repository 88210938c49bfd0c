"""Follow-up questions: "och vad ska staten göra?" only makes sense with the turn before it."""

from __future__ import annotations

import re

from assistant.swedish import content_terms

_ELLIPTIC_START = re.compile(
    r"^\s*(och|men|samt|också|även|då|sen|sedan|vad mer|what about|and|how about)\b"
    r"|\b(det|den|dem|detta|dessa|där|dit|då|hen|han|hon|it|they|that|this|de)\b[?!.]?\s*$",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\b(det|den|dessa|detta|dem|hen|han|hon|beslutet|förslaget|ärendet|punkten|it|that)\b",
                          re.IGNORECASE)

Message = dict[str, str]


def previous_question(history: list[Message] | None) -> str:
    for message in reversed(history or []):
        if message.get("role") == "user" and message.get("content", "").strip():
            return message["content"].strip()
    return ""


def is_follow_up(question: str) -> bool:
    terms = content_terms(question)
    return bool(_ELLIPTIC_START.search(question)) or not terms or len(terms) <= 2 and bool(_REFERS_BACK.search(question))


def standalone_question(question: str, history: list[Message] | None) -> str:
    """Rule-based condensation: an elliptical follow-up inherits the topic of the previous question."""
    previous = previous_question(history)
    if not previous or not is_follow_up(question):
        return question
    return f"{previous.rstrip(' ?.!')} – {question.strip()}"
