"""Bringing every table and picker up to date after the documents changed (upload, removal, sync)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.users import User
from assistant.web.formatting import filter_choices
from assistant.web.service import WebApp


@dataclass
class Refresh:
    outputs: list[Any]  # the components, in the order ``values`` returns their updates
    values: Callable[..., tuple[Any, ...]]


def make_refresh(web: WebApp, doc_table: Any, f_docs: Any, f_body: Any, f_type: Any, remove_choice: Any,
                 d_body: Any, decision_table: Any) -> Refresh:
    def values(user: User, selected: list[str] | None = None) -> tuple[Any, ...]:
        """What ``user`` may see: members-only documents of other groups are left out everywhere."""
        doc_choices, body_choices, type_choices = filter_choices(web.documents(user))
        known = {value for _, value in doc_choices}
        return (
            web.document_rows(user),
            gr.update(choices=doc_choices, value=[d for d in (selected or []) if d in known]),
            gr.update(choices=body_choices),
            gr.update(choices=type_choices),
            gr.update(choices=doc_choices, value=None),
            gr.update(choices=body_choices),
            web.decision_rows(user),
        )

    return Refresh([doc_table, f_docs, f_body, f_type, remove_choice, d_body, decision_table], values)
