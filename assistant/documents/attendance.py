"""The labels of a minutes' head ("Beslutande", "Ej beslutande", "Utses att justera" …) and the people listed under
them: a name, then a party or a role, in the shapes minutes and their cover pages write them."""

from __future__ import annotations

import re

from assistant.documents.lines import CELL_GAP, locate
from assistant.documents.model import Member
from assistant.documents.person_names import is_personal_name, names_row

ROLE_LABELS = {"utses att justera": "justerare", "ordförande": "ordförande", "mötesordförande": "ordförande", "sekreterare": "sekreterare",
                "mötessekreterare": "sekreterare", "protokollförare": "sekreterare", "justerare": "justerare",
                "justerande": "justerare", "protokolljusterare": "justerare", "justeringsperson": "justerare",
                "justeringspersoner": "justerare", "rösträknare": "rösträknare"}
MEMBER_LABELS = {"närvarande": "ledamot", "närvarande ledamöter": "ledamot", "ledamöter": "ledamot",
                  "beslutande": "ledamot", "deltagare": "", "ersättare": "ersättare",
                  "tjänstgörande ersättare": "tjänstgörande ersättare", "övriga närvarande": "", "övriga": "",
                  "övriga deltagare": "", "närvarande styrelsen": "ledamot", "närvarande från styrelsen": "ledamot",
                  "närvarande styrelseledamöter": "ledamot",
                  "adjungerade": "adjungerad", "adjungerad": "adjungerad", "närvarolista": "", "närvaro": "",
                  "närvarande medlemmar": "", "närvarande medlemmar med rösträtt": "med rösträtt",
                  "närvarande med rösträtt": "med rösträtt", "närvarande utan rösträtt": "utan rösträtt",
                  "beslutande ledamöter": "ledamot", "tjänstgörande ledamöter": "ledamot",
                  "ej beslutande ersättare": "ersättare", "ej tjänstgörande ersättare": "ersättare",
                  "ej beslutande": "ersättare", "övriga deltagande": "", "tjänstepersoner": "", "tjänstemän": "",
                  "fackliga organisationer": "facklig företrädare", "fackliga företrädare": "facklig företrädare",
                  "fackliga representanter": "facklig företrädare", "inbjudna": "", "inbjudna deltagare": "",
                  "närvarande vid mötet": "", "närvarande vid sammanträdet": "", "ej tjänstgörande": "ersättare"}
SERVING = "tjänstgörande ersättare, "  # the role of a substitute whom the list says serves for a member
_SERVES_FOR = re.compile(r"(?:(?:tjänstgör\w*|tjg\.?)(?: ers\w*\.?)?(?:,? [§\d ,-]+,?)?|ersätter|i ?stället) för$"
                         r"|ersätter$", re.IGNORECASE)  # "tjänstgör för", "tjg ers för", "tjg ers, 62-79, för"
_COMMA_PARTY = re.compile(r"[ \t]*,[ \t]*([A-ZÅÄÖ]{1,3})(?=[ \t]*(?:[,;]|$))")  # "Anna Ek, C, ordf", "Bo Berg, MP"
_ABBREVIATED = {"ordf": "ordförande", "vice ordf": "vice ordförande", "v.ordf": "vice ordförande",
                "v. ordf": "vice ordförande", "sekr": "sekreterare"}  # "Theresa Rosbäck (M) Ordf", "… v.ordf"
CAPACITIES = {"med rösträtt", "utan rösträtt", "adjungerad", "facklig företrädare"}  # how a person was there, which
# a question may name ("vilka var närvarande utan rösträtt"); other roles are titles ("förbundschef") or employers
STATED_LABELS = {"justeringens plats och tid": "justering", "justeringens plats och datum": "justering",
                  "justeringens tid och plats": "justering", "plats och tid för justering": "justering",
                  "tid och plats för justering": "justering",
                  "justering": "justering", "paragrafer": "paragrafer"}  # stated as written, not a person
CELL_LABELS = ({"datum", "tid", "plats", "lokal", "plats och tid", "tid och plats", "sammanträdesdatum", "utses att justera",
                 "sammanträdestid", "sammanträdesplats", "mötestid", "mötesplats", "mötesdatum", "tidpunkt",
                 "klockan"}
                | set(STATED_LABELS) | set(ROLE_LABELS) | set(MEMBER_LABELS))
NAME = r"[A-ZÅÄÖÉÜ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉÜ][\wåäöéü'-]+){1,3}"
_NAME_IN_CELL = NAME.replace(r"\s+", " ")  # a name never spans the gap between two cells
# a name, its party (bare or in parentheses) and a role in a second parenthesis: "Karin Lind (S) (ordförande)"
_NAMED = re.compile(rf"(?P<name>(?![A-ZÅÄÖ]{{2,3}}[ \t]){_NAME_IN_CELL})"  # "MP Per Grund": a party, then a name
                    rf"(?:[ \t]+(?P<bare>[A-ZÅÄÖ]{{1,3}})(?![\wåäö-]))?"
                    rf"(?:\s*\((?P<paren>[^()]{{1,40}})\))?"
                    r"(?:\s*\((?P<office>(?:\d:e )?[A-Za-zÅÄÖåäö][a-zåäö]+(?: [a-zåäö]+){0,3})\))?")
_ORDINAL_ROLE = re.compile(r"\d:e [a-zåäö]")  # "1:e vice ordförande"
_ACRONYM_ROLE = re.compile(r"[A-ZÅÄÖ]{2,}-[a-zåäö]")  # "PR-chef", "IT-ansvarig"
_NAME_AND_TITLE = re.compile(r"[^,]+,[ \t]*[^,\s][^,]{0,58}[^,\s-]")  # a title that does not go on below
_BARE_PARTY = re.compile(r"[ \t]+([A-ZÅÄÖ]{2,3})$")  # "Paul Andersson KD": the party, not a third name
_ROLE_WORD = re.compile(r"\b(?:Vice|Ordförande|Ordf|Sekreterare|Kassör|Ledamot|Suppleant|Ersättare|Medlem"
                        r"|Revisor)\b")  # a cell
_TITLE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:chef|direktör|sekreterare|handläggare|strateg|controller|ansvarig|samordnare|"
                         r"planerare|arkitekt|ingenjör|jurist|kommunikatör|assistent|inspektör|kanslist|ekonom|utredare)")

# the cover's signatures, run on after the list: "Underskrifter Sekreterare... Eva Nord Ordförande.... Karin Lind"
_SIGNATURES = re.compile(r"\bUnderskrift(?:er)?\b|ANSLAG\s*/\s*BEVIS|\b[A-ZÅÄÖ][a-zåäö]+[ \t]*(?:\.{3,}|…{2,})")


def members_in(values: list[str], default_role: str) -> list[Member]:
    """People in a list such as "Anna Andersson (S), ordförande, Bo Berg (M)" or "Erik Nilsson, rektor Eva
    Ek, kassör": a name, then a party or role in parentheses, then a role up to the next name."""
    text = " ".join(_ended(v.strip()) for v in _roles_before_names(values) if v.strip())
    if signed := _SIGNATURES.search(text):
        text = text[:signed.start()]
    text = _ROLE_WORD.sub(lambda m: m[0].lower(), text)
    members: list[Member] = []
    matches = list(_NAMED.finditer(text))
    replaced = None
    for i, (match, following) in enumerate(zip(matches, matches[1:] + [None])):
        if match is replaced:  # "… tjänstgör för Fia Ström (M)": the member the substitute served for is not there
            continue
        between = text[match.end():following.start() if following else len(text)]
        comma_party = None if match["bare"] or match["paren"] else _COMMA_PARTY.match(between)
        if comma_party:  # "Maria Söderberg, C, ordf": the party between commas, then the role
            between = between[comma_party.end():]
        role = _first_cell(between)
        if between.lstrip().startswith(",") and (role.casefold() in ROLE_LABELS or role.casefold() not in CELL_LABELS):  # "Ann Haluzova (M), Ordförande"
            role = role if _ACRONYM_ROLE.match(role) else role[:1].lower() + role[1:]
        paren = match["paren"] or ""
        name, bare = match["name"], match["bare"] or ""
        if not bare and (letters := _BARE_PARTY.search(name)):
            name, bare = name[:letters.start()], letters[1]
        party = bare or (comma_party[1] if comma_party else "") or \
            (paren if re.fullmatch(r"[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2}|[a-zåäö]{1,2}", paren) else "")
        if not (role[:1].islower() or _ORDINAL_ROLE.match(role) or _ACRONYM_ROLE.match(role)) or len(role) > 60 or \
                role in ("och", "samt"):  # "Anders Carlsson och Thomas Abrahamsson": the list's last name follows
            role = ""
        role = role or ("" if party or not paren else paren) or _lowered(match["office"] or "") or default_role
        role = re.sub(r"\bordf\b\.?", "ordförande", _ABBREVIATED.get(role.rstrip(". "), role))  # "1:e vice ordf"
        role = re.sub(r"\b[Ss]ekr\b\.?", "sekreterare", role)  # "tf Sekr": an acting secretary
        if following is not None and _SERVES_FOR.search(served := _first_cell(between)):
            replaced, after = following, matches[i + 2] if i + 2 < len(matches) else None
            role = f"{SERVING}{served} {_first_cell(text[following.start():after.start() if after else None])}"
        words = name.split()
        while words and words[0].casefold() in CELL_LABELS:  # "Ordförande   Sammanträdesdatum" of a header cell
            words.pop(0)
        if len(words) >= 3 and _TITLE_WORD.fullmatch(words[0]) and not party:  # "Ekonomichef Anders Svensson"
            role = role if role != default_role else words[0].casefold()
            words.pop(0)
        if len(words) >= 2:
            members.append(Member(" ".join(words), party, role, ""))
    return members


# a list headed by roles written before the names: "Ordföranden Kristina Alvendal (m)", "Vice ordföranden Teres
# Lindberg (s)", then "Ledamöterna" / "Ann Mari Engel (v)" / "Ulf Fridebäck (fp)" / "Suppleanterna" / …
_ROLE_BEFORE = re.compile(r"(?P<role>(?:[Vv]ice [Oo]rdförande|Ordförande|Ersättare|Sekreterare)n"
                          r"|(?:Ledamot|Suppleant)en)[ \t]+"
                          r"(?P<named>[A-ZÅÄÖ][^\s,]+[ \t]+[A-ZÅÄÖ].*)")
_INDEFINITE = {"ordföranden": "ordförande", "ersättaren": "ersättare", "sekreteraren": "sekreterare",
               "ledamoten": "ledamot", "suppleanten": "suppleant"}
_ROLE_HEADING = {"ledamöterna": "ledamot", "ledamöter": "ledamot", "suppleanterna": "suppleant",
                 "suppleanter": "suppleant", "ersättarna": "ersättare", "ersättare": "ersättare",
                 "verkställande direktören": "verkställande direktör", "personalrepresentanten": "personalrepresentant",
                 "personalrepresentanterna": "personalrepresentant"}


def _roles_before_names(values: list[str]) -> list[str]:
    """Each name with the role written before it, on its line or heading the lines below, after it ("Kristina
    Alvendal (m), ordförande"), as the list's other shapes write it."""
    heading, out = "", []
    for value in values:
        line = value.strip()
        if line.casefold() in _ROLE_HEADING:
            heading = _ROLE_HEADING[line.casefold()]
        elif before := _ROLE_BEFORE.fullmatch(line):
            role = before["role"].casefold()
            vice = "vice " if role.startswith("vice ") else ""
            out.append(f"{before['named']}, {vice}{_INDEFINITE[role.removeprefix(vice)]};")
        elif heading and (named := _NAMED.match(line)) and is_personal_name(named["name"]):
            out.append(f"{line}, {heading};")
        else:
            out.append(value)
    return out


def served_entry(text: str, line: tuple[int, int], member: Member) -> tuple[int, int] | None:
    """Where a substitute's entry in a list of running lines stands, from the name to the end of whom and when they
    served for ("Gustav Nord (M), tjänstgör för Fia Ström (M), kl." / "14:05-14:10, §§ 44-45"), not the line's
    other people."""
    at = text.find(member.name, *line)
    served = locate(text, member.role.removeprefix(SERVING), at, line[1] + 200) if member.role.startswith(SERVING) \
        and at >= 0 else None
    return (at, served[1]) if served and served[0] - at - len(member.name) <= len(member.party) + 5 else None


def _first_cell(text: str) -> str:
    return CELL_GAP.split(text.strip(" ,;.–-•*"))[0]  # not the cell beside it ("2025-12-08")


def _lowered(office: str) -> str:
    return office[:1].lower() + office[1:] if office[1:2].islower() else office


def _ended(line: str) -> str:
    """A line that is a name alone, ends with party letters ("Paul Andersson KD") or is a name and a title ("Roberto
    Citterio, Förvaltningschef") ends its entry: the name on the next line is someone else's."""
    named_with_title = _NAME_AND_TITLE.fullmatch(line) and is_personal_name(line.split(",")[0])
    return f"{line};" if _BARE_PARTY.search(line) or is_personal_name(line) or names_row(line) or named_with_title \
        else line


