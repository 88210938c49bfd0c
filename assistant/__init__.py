"""Mötesassistenten: questions about Swedish meeting documents, answered with checkable citations."""

from assistant.api import Assistant
from assistant.answer.extractive import Answer, Citation
from assistant.settings import Settings

__all__ = ["Assistant", "Answer", "Citation", "Settings"]
