"""What a file's name says of the meeting document in it: its date ("2024-03-14", "20180912", a year alone), its
kind ("…_protokoll.pdf") and its body; each value taken from there is marked as guessed."""

from __future__ import annotations

import re

from assistant.documents.bodies import INITIALLED, body_name
from assistant.documents.dates import parse_date
from assistant.documents.doc_types import NOT_MEETINGS, doc_type, fold_words
from assistant.documents.model import Structure


def file_date(file_name: str) -> str:
    stem = file_stem(file_name)
    return parse_date(stem) or compact_date(stem)


def file_year(file_name: str) -> str:
    """The one year a file name gives without a day ("forbundsmote_2016_nyhet", "ks_2013-04"); "" for none or
    several ("2019-2020")."""
    years = re.findall(r"(?<![\d-])(?:19|20)\d{2}(?:(?![\d-])|(?=-(?:0[1-9]|1[0-2])(?![\d-])))", file_stem(file_name))
    return years[0] if len(years) == 1 and not file_date(file_name) else ""


def file_stem(file_name: str) -> str:
    return re.sub(r"\.[a-z0-9]{2,4}$", "", file_name, flags=re.IGNORECASE)


_UNFOLDED = {"Arsmötet": "Årsmötet", "Hostmötet": "Höstmötet", "Varmötet": "Vårmötet"}  # "arsmote_2020-03-14"


_MUNICIPAL = re.compile(r"\bkommun(?:en|s)?\b", re.IGNORECASE)


def facts_from_file_name(file_name: str, structure: Structure, text: str = "") -> None:
    """``text``: the document's, which must be a municipality's for the initials of its file name to name a body
    (a student union's "ks" is its kårstyrelse)."""
    words = file_stem(file_name).replace("_", " ").replace("-", " ")
    if not structure.doc_type and (kind := doc_type([words]) or doc_type([fold_words(words)])):
        structure.doc_type = kind
        structure.guessed.append("doc_type")
    meeting = structure.doc_type not in NOT_MEETINGS
    if meeting and not structure.meeting_date and (date := file_date(file_name)):
        structure.meeting_date = date
        structure.guessed.append("meeting_date")
    if not structure.body and (body := body_name(words) or _initialled(words, text)):
        structure.body = _UNFOLDED.get(body, body)
        structure.guessed.append("body")


def _initialled(words: str, text: str) -> str:
    """"hudiksvall_ks_2013-04.pdf", "heby_kf_2022-09-27_dp394.pdf": a municipality's file named by its body's
    initials."""
    initials = [INITIALLED[w] for w in words.casefold().split() if w in INITIALLED]
    return initials[0] if len(initials) == 1 and _MUNICIPAL.search(text) else ""


def compact_date(stem: str) -> str:
    match = re.search(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", stem)
    if match and 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= 31:
        return "-".join(match.groups())
    return ""
