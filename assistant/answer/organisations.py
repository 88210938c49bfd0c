"""Which organisation each document belongs to: the one it names, else the one most documents beside it in its
folder name, else the folder's own name ("krokom-kommun/"); and the documents a question naming one may be answered
from."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any


def of_named_organisations(owners: dict[str, str], named: tuple[str, ...],
                            unknown_too: bool = False) -> set[str] | None:
    """The documents a question naming an organisation may be answered from: that organisation's (and, with
    ``unknown_too``, those whose organisation is not known); None when it names none (or the index holds only
    one)."""
    if not named or len({o for o in owners.values() if o}) < 2:
        return None
    return {doc for doc, owner in owners.items() if owner in named or unknown_too and not owner}


def organisations_by_folder(documents: list[dict[str, Any]]) -> dict[str, str]:
    """Each document's organisation; one whose first lines name none takes the organisation of the documents
    beside it in its folder, when more than half of those that name one name the same (a board's kallelse beside
    its minutes; a municipality's tjänsteskrivelse may name the association it is about), or else of the nearest
    folder above it that holds named documents ("stenalder/protokoll/2024-11-21.pdf" under "stenalder/", whose
    stämma pack names the association). Where no document on its path names one, its folder's own name does."""
    by_folder: dict[Path, Counter[str]] = {}
    for d in documents:
        if d.get("organisation"):
            by_folder.setdefault(Path(d["path"]).parent, Counter())[d["organisation"]] += 1
    def folder_owner(d: dict[str, Any]) -> str:
        named = next((by_folder[f] for f in Path(d["path"]).parents if f in by_folder), None)
        if named is None:
            return _folder_named(d["path"])
        owner, count = named.most_common(1)[0]
        return owner if count * 2 > named.total() else ""
    return {d["doc_id"]: d.get("organisation") or folder_owner(d) for d in documents}


# a folder named for what it holds, a body or where it came from, not whose the documents are
_GENERIC_FOLDER = re.compile(r"corpus|uploads?|docs?|dokument|handlingar|bilagor|\d+|\w{1,2}"
                             r"|.*(?:protokoll|kallelse|nämnd|namnd|styrelse|utskott|fullmäktige|fullmaktige|möte|mote"
                             r"|stämma|stamma)\w*")


def _folder_named(path: str) -> str:
    """"krokom-kommun/ks_protokoll_2017-04.pdf": the folder its documents were filed in, when none names its
    organisation, is named for it."""
    folder = Path(path).parent.name.casefold()
    if not folder or _GENERIC_FOLDER.fullmatch(folder):
        return ""
    name = re.sub(r"[-_\s]+", " ", folder).strip()
    return name[:1].upper() + name[1:]
