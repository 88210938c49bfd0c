"""Which bodies, meetings and organisations a question names, resolved against those of the index: by all the
words of their name, by their initials, or by a head noun alone ("arbetsutskottet", "nämnden")."""

from __future__ import annotations

from collections import Counter

import re
from datetime import date
from pathlib import Path
from typing import Any

from assistant.answer.asked import SOURCE_READ
from assistant.answer.periods import Period, within
from assistant.index.meetings import Meeting
from assistant.swedish import MONTHS, STOPWORDS, content_terms, fold, fold_name, normalise_word

_COUNCIL = content_terms("fullmäktige")  # "Kommunfullmäktige" by its tail, only with its day (never a verb's form,
# as "nämndes" is of "nämnd")
MEETING_HEADS = ("mot", "stam", "stamman", "sammantrad")  # folded stems of möte, stämma, sammanträde
NOT_MEETINGS = content_terms("emot bemöta ledamot ledamoten ledamöter")
MEETING_DOCUMENTS = content_terms("protokoll protokollet protokollets kallelse kallelsen kallelsens föredragningslista "
                                  "föredragningslistan föredragningslistans dagordning dagordningen dagordningens "
                                  "agenda agendan agendans minutes")  # the documents of a meeting
MEETING_KINDS = content_terms("extra extrainsatt extrainsatta extrainkallad extrainkallade ordinarie konstituerande "
                              "konstituerade extraordinarie")  # which meeting: "det extrainsatta sektionsmötet"
ORG_KINDS = ("kommun", "region", "brf", "forening", "foreningen", "byalag", "byalaget", "kar", "karen", "sektion",
             "sektionen", "division", "divisionen", "stiftelse", "stiftelsen", "landsting", "stad", "klubb", "klubben",
             "forbund", "forbundet", "sallskap", "sallskapet", "nation", "nationen")


def is_meeting_word(term: str) -> bool:
    """"styrelsemot", "arsmot", "foreningsstamman": a meeting's name (not "ledamot", "styrelseledamot", "emot")."""
    return term.endswith(MEETING_HEADS) and term not in NOT_MEETINGS and not term.endswith("ledamot")


def undated_reports(chosen: list[Meeting], mine: list[Meeting], bodies: list[str], period: Period) -> list[Meeting]:
    """A meeting named by its year that has no dated document ("årsmötet 2007"): the body's undated documents,
    which may report on it ("Referat från årsmöten"); none for an organ ("styrelsen i maj") or when minutes that
    name no body are dated then."""
    if not bodies or not period.since or not all(is_meeting_word(t) for b in bodies for t in content_terms(b)) or \
            any(within(m.meeting_date, period) for m in mine if not m.body):
        return []
    return [m for m in chosen if not m.meeting_date]


def of_organs(meetings: list[Meeting], bodies: list[str] | tuple[str, ...]) -> list[Meeting]:
    """The meetings of the organs the bodies name: "Styrelsen" also finds the minutes filed as "Styrelsemötet", and
    "Årsmötet" those filed as "Årsstämma"."""
    organs = {organ(b) for b in bodies}
    return [m for m in meetings if organ(m.body) in organs]


def of_kind(meetings: list[Meeting], bodies: list[str] | tuple[str, ...]) -> list[Meeting]:
    """The meetings of bodies of the kind a bare body names: "Arbetsutskott" (of "au") is "Landstingsstyrelsens
    arbetsutskott" too."""
    kinds = {fold_name(b) for b in bodies if " " not in b.strip()}
    return [m for m in meetings if m.body and fold_name(m.body).split()[-1] in kinds]


def organ(body: str) -> str:
    """"Styrelsen", "Styrelsemötet" → "styrelse", "Årsmötet", "Årsstämma", "Föreningsstämma" → "ar": the organ,
    whether a body or its meeting is named, whether the meeting is a möte or a stämma, and whether the members'
    yearly meeting is called the year's, the association's or (of a family) "släktmötet"."""
    named = re.sub(r"(?:s?motet|s?mote|s?stamman?|n)$", "", fold_name(body)) or fold_name(body)  # "Stämman" itself
    named = re.sub(r"^(?:kar|forenings|sektions|klubb|forbunds|parti)(?=styrelse$)", "", named)  # "Kårstyrelsen",
    # "Partistyrelsen": the association's board (not a municipality's: "Kommunstyrelsen" is an organ of its own)
    annual = named == "forening" and named != fold_name(body) or named == "slakt"  # a family's "släktmöte"
    return "ar" if annual else named


def another_meeting(term: str, bodies: tuple[str, ...] | list[str]) -> bool:
    """A meeting word whose first part names none of the bodies the question's meetings are of: "institutionsmöte"
    beside "studierådets möte 9 oktober" is what those minutes tell of, not the meeting the date names."""
    modifier = _meeting_modifier(term)
    return bool(modifier and bodies) and not _modifies(modifier, bodies)


def only_at_another_meeting(low: str, terms: set[str], bodies: list[str]) -> bool:
    """The question names a meeting of another organ and none of the bodies' own ("förra årets styrelse" at
    "LiTHe kods stormöten"): the bodies are what the meeting dealt with, not the meeting asked of. Not when it
    names a body's meeting by the body ("studierådets möte 9 oktober", "nämndens möte"): the other meeting
    ("institutionsmöte", "budgetmötet") is what that one told of."""
    modifiers = [m for t in terms if is_meeting_word(t) and (m := _meeting_modifier(t)) and not _MONTH.fullmatch(m)]
    if not (modifiers and bodies) or any(_modifies(m, bodies) for m in modifiers):
        return False
    names = [fold_name(b).replace(" ", "") for b in bodies]
    return not any(any(owner[:5] in name for name in names) for owner in _MEETING_OF.findall(fold_name(low)))


_MONTH = re.compile(rf"(?:{'|'.join(MONTHS)})s?")  # "aprilmötet": the month of the body's own meeting
_MEETING_OF = re.compile(r"\b(\w{4,})s\s+(?:mote|motet|moten|sammantrade|sammantradet)\b")  # "nämndens möte"


def _meeting_modifier(term: str) -> str:
    """"stor" of "stormöte", "" of "mötet"."""
    return re.sub(rf"s?(?:{'|'.join(sorted(MEETING_HEADS, key=len, reverse=True))})$", "", term)


def _modifies(modifier: str, bodies: tuple[str, ...] | list[str]) -> bool:
    return any(o.startswith(modifier[:4]) or modifier.startswith(o[:4]) for o in (organ(b) for b in bodies))


_ADMINISTRATION = re.compile(r"\b[\wåäö-]+s\s+förvaltning\w*")  # "kommunstyrelsens förvaltning": its staff, not the body


def initials(body: str) -> str:
    """"Strategisk regional beredning" → "srb"."""
    return "".join(w[0] for w in fold_name(body).split() if w.isalpha())


# the organs a body's compound name ends in: "utbildnings|nämnden", "kommun|styrelsen", "arbets|utskott"
_ORGAN_PARTS = re.compile(r"(\w{3,}?)(namnd|styrelse|utskott|fullmaktige|beredning|kommitte)\w*")


def abbreviations(body: str) -> set[str]:
    """How a body is shortened: its words' initials ("srb"), or with each compound split at its organ and "och"
    left out, as municipalities write them ("Barn- och utbildningsnämnden" → "bun", "Kommunstyrelsen" → "ks")."""
    parts = []
    for word in fold_name(body).replace("-", " ").split():
        compound = _ORGAN_PARTS.fullmatch(word)
        parts += [compound[1][0], compound[2][0]] if compound else [] if word == "och" else [word[0]]
    return {abbreviation for abbreviation in (initials(body), "".join(parts)) if len(abbreviation) >= 2}


# two letters that are a word or a common abbreviation, not a body's initials: "än", "ja", "kr", "nr", "ca", a party
_NO_BODY = {"an", "ja", "ok", "fa", "ma", "na", "ga", "kr", "nr", "kl", "ca", "st", "ab", "it", "mm", "km", "tv", "eu",
            "fn", "kd", "mp", "sd", "ps", "ev", "dv", "pm"}


def bodies_named_in_full(low: str, meetings: list[Meeting], written: str = "") -> list[str]:
    """The bodies of the index the question names: by all their words (a word may be shortened as written,
    "bygg-au"), or by their initials ("SRB"; two letters as ``written``, "KS", "kf", unless a word). ``low``
    may hold words the question was given for search (an English question's "förening"): such a word is the start
    of a body's compound only with the rest of it asked too ("board meeting": "Styrelsemötet"; "the association's
    award" is no "Föreningsstämma")."""
    two_letters = {w for w in map(fold_name, re.findall(r"\b[A-ZÅÄÖa-zåäö]{2}\b", written))
                   if w not in STOPWORDS and w not in _NO_BODY}
    low = _ADMINISTRATION.sub(" ", low)
    said = _ADMINISTRATION.sub(" ", not_elected_to(written.casefold())) if written else low
    asked = content_terms(low)
    folded_words = _folded_words(said)
    given = _folded_words(low) - folded_words
    met = {fold_name(m[1])[:end] for m in _MET.finditer(low) for end in (None, -1, -2)}  # "när styrelsen träffades
    # 2013": the board's meeting ("styrelse" + "n", "nämnd" + "en")
    named = []
    for body in dict.fromkeys(m.body for m in meetings if m.body):
        body_words = [w for w in fold_name(body).replace("-", " ").split() if content_terms(w)]
        letters = [w for w in fold_name(body).replace("-", " ").split() if len(w) == 1 and w.isalnum()]  # "Y-Sektionen"
        by_words = bool(body_words) and all(_names_word(word, asked, folded_words, organ=True) or
                                            _given_start(word, given, asked) or _given_start(word, met, _MEETING)
                                            for word in body_words) \
            and all(letter in folded_words for letter in letters)
        if by_words or _abbreviated(body, folded_words, two_letters):
            named.append(body)
    abbreviated = [body for body in named if _abbreviated(body, folded_words, two_letters)]
    return abbreviated or named  # "the education board (BUN)": not the "Styrelsemötet" of the word "board"


def source_named(low: str, meetings: list[Meeting]) -> list[str]:
    """The body whose document the question reads ("enligt styrelsens protokoll i juni"), not the meeting it asks
    about ("när var förbundsmötet 2014")."""
    found = SOURCE_READ.search(low)
    return bodies_named_in_full(found["source"], meetings, found["source"]) if found else []


_SHORTENED = 4  # "bygg" of "bygg-au"; a longer word ("styrelsen" of "Styrelsemötet") may be the topic, unless it met:
_MET = re.compile(r"\b([a-zåäö]{4,})\s+(?:träffades|träffas|möttes|sammanträdde|hade\s+(?:sitt\s+)?möte)\b")
_MEETING = {"mot"}  # the rest of "Styrelsemötet" after "styrelse"


def _folded_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold_name(re.sub(r"(\w):s\b", r"\1", text))))  # "SRB:s", "(BUN)"


def _given_start(body_word: str, given: set[str], asked: set[str]) -> bool:
    """A word given for search starts the body's compound and the rest is asked too ("styrelse" and "möte")."""
    def rest_asked(rest: str) -> bool:
        rests = (rest, rest[1:]) if rest.startswith("s") else (rest,)  # the linking s of "föreningsstämma"
        return any(len(a) >= 3 and r.startswith(a) for r in rests for a in asked)
    return any(len(w) >= _SHORTENED and body_word.startswith(w) and rest_asked(body_word[len(w):]) for w in given)


def words_naming(bodies: tuple[str, ...], question: str) -> set[str]:
    """The terms of the question's words that name its bodies shortened: "bygg" and "au" of "bygg-au" for
    "Byggnadsnämndens arbetsutskott" (a word's start, or the initials of one compound word's parts)."""
    words = [w for body in bodies for w in fold_name(body).replace("-", " ").split()]
    parts = {"".join(p[0] for p in compound.groups()) for w in words if (compound := _ORGAN_PARTS.fullmatch(w))} | \
        {a for body in bodies for a in abbreviations(body)}  # "ktn": "Kultur- och tekniknämnden"
    said = [w for w in re.findall(r"\w+", fold_name(question)) if 2 <= len(w) <= _SHORTENED]
    return content_terms(" ".join(w for w in said if w in parts or len(w) >= 3 and any(b.startswith(w) for b in words)))


def _abbreviated(body: str, question_words: set[str], two_letters: set[str]) -> bool:
    return any(len(a) >= 3 and a in question_words or a in two_letters for a in abbreviations(body))


_AT_MEETING = re.compile(r"\b(?:vid|på|under)\s+(?:[\wåäö-]+s\s+)?([\wåäö]+)\b")  # "vid stämman", "på brf xs stämma"


def meeting_at(low: str, meetings: list[Meeting], bodies: list[str], days: list[date]) -> list[str]:
    """"ledamöter i brf imatras styrelse vid stämman": the meeting the question is at is the one body whose name
    ends in that word ("Föreningsstämma"), not the board elected there, or the one of them that met on the days the
    question names ("på stämman 2022"); ``meetings``: of the organisation named."""
    for match in _AT_MEETING.finditer(low):
        head = _meeting_head(normalise_word(match[1]))
        if not is_meeting_word(head) or any(_meeting_head(_last_stem(b)).endswith(head) for b in bodies) or \
                bodies and head in _ANY_MEETING:  # "styrelsen … på mötet i oktober": the board's meeting
            continue
        at = [m for m in meetings if m.body and _meeting_head(_last_stem(m.body)).endswith(head)]
        ending = list(dict.fromkeys(m.body for m in at))
        met = list(dict.fromkeys(m.body for m in at if m.meeting_date and date.fromisoformat(m.meeting_date) in days))
        if len(ending) == 1 or len(met) == 1:
            return ending if len(ending) == 1 else met
    return bodies


def _last_stem(body: str) -> str:
    return normalise_word(body.split()[-1].casefold())


def _meeting_head(stem: str) -> str:
    """The stemmer leaves "stämman" as "stamman" but "stämma" as "stam"."""
    return re.sub(r"stamman$", "stam", stem)


_ANY_MEETING = {_meeting_head(normalise_word(w)) for w in ("mötet", "möte", "sammanträdet", "sammanträde")}


# words no body's name is shortened to: function words, and "töreboda kommun", the municipality itself
_NOT_SHORTENED = STOPWORDS | {"kommun", "kommunen", "kommunens", "region", "regionen", "regionens"}
ORG_SHORTEST = 6  # "i långasand" names Långasands Byalag; "lång tid" does not


def named_organisations(low: str, organisations: tuple[str, ...]) -> tuple[str, ...]:
    """The organisations the question names by every word of their name but the kind ("i långasand" names
    "Långasands Byalag"; "brf doktor lindh" names "BRF Doktor Lindh"), and those whose longer name holds every
    word of one named ("Brf Imatra" is also "HSB BRF Imatra i Stockholm" on the letterhead of its minutes), and
    those named by their one-word section or division ("datateknologsektionens sektionsmöte")."""
    asked = content_terms(low)
    question_words = set(fold_name(low).replace("-", " ").split())
    named = [name for name in organisations
             if (words := _name_words(name)) and all(_names_word(w, asked, question_words, ORG_SHORTEST) for w in words)]
    longer = [name for name in organisations if name not in named and  # "HSB Brf Imatra i Stockholm" too
              any(set(_name_words(short)) <= set(_name_words(name)) for short in named)]
    by_unit = [name for name in organisations if name not in named + longer and
               any(stem in asked for unit in _unit_names(name) for stem in content_terms(unit))]
    found = named + longer + by_unit or _only_of_kind(question_words, organisations)
    units = {unit for name in found for unit in _unit_names(name)}  # "Fysikteknologsektionen" on a motion's letterhead
    found += [name for name in organisations if name not in found and units & set(_unit_names(name))]
    asked_units = {unit for name in by_unit for unit in _unit_names(name)}  # "fysikteknologsektionen på chalmers":
    # not Datateknologsektionen, Chalmers studentkår
    return tuple(name for name in found if not asked_units or not _unit_names(name) or asked_units & set(_unit_names(name)))


# the kind of an organisation as a member names their own ("brf-styrelsen", "byalagets årsmöte"), in its name's word
_KIND_SAID = {"brf": "brf", "brfen": "brf", "brf:en": "brf", "bostadsrattsforeningen": "brf", "byalaget": "byalag",
              "byalagets": "byalag", "samfalligheten": "samfallighet", "samfallighetens": "samfallighet"}


def _only_of_kind(question_words: set[str], organisations: tuple[str, ...]) -> list[str]:
    """"brf-styrelsen" names the one brf of the index; of two, neither."""
    kinds = {_KIND_SAID[w] for w in question_words if w in _KIND_SAID}
    of_kind = [name for name in organisations if kinds & set(_words(name))]
    return of_kind if len(of_kind) == 1 else []


def organisations_named(question: str, owners: dict[str, str],
                        aliases: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The organisations the question names, by their name or by another ("open source sweden"); and those other
    names."""
    aliased = named_by_alias(question, aliases)
    named = named_organisations(question.casefold(), tuple(sorted({o for o in owners.values() if o})))
    return tuple(dict.fromkeys(named + tuple(aliases[a] for a in aliased))), aliased


def named_by_alias(question: str, aliases: dict[str, str]) -> tuple[str, ...]:
    """The other names of organisations the question uses ("open source swedens årsstämma"); an acronym only as
    written, in capitals ("SKR"), since "oss" is also a word."""
    low = question.casefold()
    asked, question_words = content_terms(low), set(fold_name(low).replace("-", " ").split())
    return tuple(alias for alias in aliases
                 if (re.search(rf"\b{re.escape(alias)}s?\b", question) if alias.isupper() else
                     all(_names_word(w, asked, question_words, ORG_SHORTEST) for w in _words(alias))))


def organisation_aliases(documents: list[dict[str, Any]]) -> dict[str, str]:
    """Each other name a document gives its organisation ("Open Source Sweden") → the organisation's name."""
    return {d["organisation_alias"]: d["organisation"] for d in documents
            if d.get("organisation_alias") and d.get("organisation")}


def _name_words(organisation: str) -> list[str]:
    return [w for w in _words(organisation) if content_terms(w) and not w.endswith(ORG_KINDS)
            and not any(is_meeting_word(t) for t in content_terms(w))]  # "Årsmöte föreningen" names no one


def _unit_names(organisation: str) -> list[str]:
    """"Datateknologsektionen", "Fysikteknologsektionen vid Chalmers": a section or division named in one word,
    which names the organisation alone ("datateknologsektionens sektionsmöte")."""
    return [w for w in _words(organisation) if re.fullmatch(r"\w{4,}(?:sektion|division)(?:en)?", w)]


def _words(organisation: str) -> list[str]:
    return fold_name(organisation).replace("-", " ").replace(",", " ").split()


def _names_word(body_word: str, asked: set[str], question_words: set[str], shortest: int = 4,
                organ: bool = False) -> bool:
    """A word of a body's name is in the question: as a term ("nämnden"), inside a longer one
    ("arbetsutskottets"), or shortened as written ("bygg" in "bygg-au"). Any of the word's terms counts
    ("valberedningen" stems two ways); picking one from the set made the answer depend on the hash seed. Three
    letters shorten too many words ("d-sek" is no "Sektionsmötet"). An ``organ``'s word opens only its inflections
    and its meeting ("styrelsemötet"), not another noun ("styrelseposter")."""
    base = re.sub(r"(?:ens|ets|en|et|n)$", "", fold(body_word))  # "styrelse": a short stem ("styr") opens no other
    # word ("styrit" is a board's own name), but "styrelsemötet" is the board's meeting
    return any(stem in asked or any(len(a) >= 4 and a.startswith(stem) and (len(stem) >= 5 or a.startswith(base))
                                    and (not organ or _inflected_or_meeting(a[len(stem):])
                                         or a.startswith(base) and _inflected_or_meeting(a[len(base):])) for a in asked)
               for stem in content_terms(body_word)) or \
        any(len(w) >= shortest and fold(w) not in _NOT_SHORTENED and body_word.startswith(w) for w in question_words)


def _inflected_or_meeting(rest: str) -> bool:
    """What follows a body's word in a longer question word: an ending ("arbetsutskottets") or its meeting
    ("styrelsemötet"); not another noun the body has ("styrelseposter", "styrelseledamöter")."""
    return len(rest) <= 3 or rest.lstrip("es").startswith(("mot", "sammantrad", "protokoll", "kallels", "stamm"))


def meeting_among(bodies: list[str]) -> list[str]:
    """Of several bodies named, the one that is a meeting ("vilka valdes till valberedning på vårmötet 2024":
    the valberedning is who was elected, the vårmöte where)."""
    meetings = [b for b in bodies if any(is_meeting_word(t) for t in content_terms(b))]
    return meetings if len(bodies) > 1 and len(meetings) == 1 else bodies


_ELECTED_TO = re.compile(r"\b((?:valdes|valda|väljs|välja|invaldes) (?:in )?till )(?:ny |nya )?[\wåäö-]+")


def not_elected_to(text: str) -> str:
    """The text without what someone was elected to ("valdes till styrelsen"): the board they joined, not the
    meeting that elected them."""
    return _ELECTED_TO.sub(r"\1", text)


_MODIFIED = re.compile(r"\b([\wåäö]+)-[\wåäö]+")  # "skr-beredningen": SKR's committee


def unmodified_terms(low: str) -> set[str]:
    """The question's terms but the heads another word modifies ("beredningen" of "skr-beredningen"), which name no
    body of the index by their head noun; the modifier stays ("au" of "au-mötet" is the arbetsutskott)."""
    return content_terms(_MODIFIED.sub(r"\1", low))


def named_by_head_noun(asked: set[str], meetings: list[Meeting], dates: list[date]) -> list[str]:
    """"arbetsutskottet" for "Byggnadsnämndens arbetsutskott": a body is often called by its last word alone;
    taken only when one body of the index ends in that word and no body whose name is a compound of it met, or
    when a date is named, the one that met then of those ending in it, also inside a compound ("nämnden" den 17
    november: "Kultur- och fritidsnämnden", not "Tekniska nämnden")."""
    bodies = list(dict.fromkeys(m.body for m in meetings if m.body))
    lasts = {body: _last_stem(body) for body in bodies}
    heads = ({last for body, last in lasts.items() if len(body.split()) > 1} | _COUNCIL) & asked
    met = {m.body for m in meetings if m.meeting_date and date.fromisoformat(m.meeting_date) in dates}
    held = {m.body for m in meetings if m.meeting_date}
    named = []
    for head in heads:
        ending = [body for body, last in lasts.items() if last.endswith(head)]
        dated = [body for body in ending if body in met]
        exact = [body for body in ending if lasts[body] == head and len(body.split()) > 1]
        rivals = [body for body in ending if body not in exact and body in held]  # "nämnden": "Ungdomsnämnden" too
        found = dated if dates and dated else [] if rivals else exact
        named += found[:1] if len(found) == 1 else []
    return named if len(named) == 1 else []


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
    stämma pack names the association)."""
    by_folder: dict[Path, Counter[str]] = {}
    for d in documents:
        if d.get("organisation"):
            by_folder.setdefault(Path(d["path"]).parent, Counter())[d["organisation"]] += 1
    def folder_owner(d: dict[str, Any]) -> str:
        named = next((by_folder[f] for f in Path(d["path"]).parents if f in by_folder), Counter())
        owner, count = named.most_common(1)[0] if named else ("", 0)
        return owner if count * 2 > named.total() else ""
    return {d["doc_id"]: d.get("organisation") or folder_owner(d) for d in documents}
