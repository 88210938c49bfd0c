"""Mötesassistenten: questions about Swedish meeting documents, answered with checkable citations."""

from .api import Assistant
from .answering import Answer, Citation
from .settings import Settings

__all__ = ["Assistant", "Answer", "Citation", "Settings"]
