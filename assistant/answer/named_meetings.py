"""Meetings a question names by what the index knows of them besides their body and day: by number ("styrelsemöte nr
9 2018"), by where they were held ("när styrelsen träffades i Örebro 2013") or by the hour they began ("DM-mötet som
Lovisa Runhem öppnade kl 17.38")."""

from __future__ import annotations

import re
from datetime import date

from assistant.answer.periods import Period, within
from assistant.documents.dates import CLOCK_TIME
from assistant.documents.meeting_numbers import meeting_number, same_number
from assistant.index.meetings import Meeting
from assistant.swedish import fold_name

MAX_PLACED_DAYS = 3  # a place names the meetings held there when there are at most this many


def numbered_or_placed_day(low: str, meetings: list[Meeting], numbers: dict[str, str], organisations: dict[str, str],
                           period: Period) -> list[date]:
    """The days of the meetings the question names by number ("styrelsemöte nr 9 2018") or by where they were held
    ("när styrelsen träffades i Örebro 2013"), in the period it names."""
    asked = meeting_number(low)
    named = [m for m in meetings if asked and same_number(asked, meeting_number(numbers.get(m.doc_id, "")))]
    if not named:
        owned = {x for name in organisations.values() for w in fold_name(name).split()
                 for x in (w, w.removesuffix("s"))}  # "i Höganäs Makerspace"; "i storuman" of "Storumans kommun"
        named = [m for m in meetings if _held_at(low, m.place, owned)]
    held = {m.meeting_date for m in [m for m in named if within(m.meeting_date, period)] or named if m.meeting_date}
    if len(named) == len(meetings) or len(held) > (1 if asked else MAX_PLACED_DAYS):
        return []  # every meeting was held there, or too many to be the ones meant
    return sorted(date.fromisoformat(day) for day in held)


def _held_at(low: str, place: str, owned: set[str]) -> bool:
    """"i Örebro", "på Scandic": a proper name of the place a meeting was held at, after "i", "på" or "hos"; not a
    word of an organisation's name ("i Höganäs Makerspace"), one that goes on into one ("på Stockholms
    Schackförbund") or a genitive."""
    words = [w for w in re.findall(r"\b[A-ZÅÄÖ][\w-]{3,}", place) if not w.endswith("s") and fold_name(w) not in owned]
    return any(re.search(rf"\b(?:i|på|hos) {re.escape(word.casefold())}\b(?! [a-zåäö]+(?:förbund|förening|klubb)\w*)",
                         low) for word in words)


def opened_at(low: str, meetings: list[Meeting]) -> list[Meeting]:
    """The one meeting that began at the hour the question names ("som Lovisa Runhem öppnade kl 17.38")."""
    hours = {h.replace(".", ":").zfill(5) for h in CLOCK_TIME.findall(low)}
    began = [m for m in meetings if m.meeting_time[:5] in hours] if hours else []
    return began if len(began) == 1 else []
