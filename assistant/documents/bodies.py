"""Which body a meeting document is of: from its letterhead, a label ("Organ:"), the body that proposes in it or
signs it. "Protokoll Tekniska nämnden 2025-02-03" is of "Tekniska nämnden", a "styrelsemöte" of "Styrelsen"."""

from __future__ import annotations

import re
from collections import Counter

from assistant.documents.lines import Line, split_lines
from assistant.swedish import MONTHS

_BODY_NOUN = r"(?:nämnd|styrelse|beredning|utskott|stämma|fullmäktige|sektion|kommitté|direktion|presidium|råd)"
_PROPOSES = re.compile(rf"^\s*([A-ZÅÄÖ][\wåäö-]*{_BODY_NOUN}(?:en|et|n)?)\s+(?:föreslår|anser|tillstyrker|avstyrker|bedömer)\b",
                       re.MULTILINE)
_BODY_WORD = re.compile(rf"[\wåäöÅÄÖé-]*{_BODY_NOUN}(?:en|ens|et|ets|n|ns|s|an|ans)?", re.IGNORECASE)
_MEETING_WORD = re.compile(r"(?P<prefix>[\wåäöÅÄÖé-]+?)(?P<s>s?)m[öo]te(?:t|s|ts)?(?:protokoll)?", re.IGNORECASE)
_SITTING = re.compile(r"(?P<body>[\wåäöÅÄÖé-]*?(?P<noun>nämnd|styrelse|beredning|utskott|fullmäktige|sektion|kommitté"
                      r"|direktion|råd))s?(?:sammanträde(?:t|s|ts|protokoll)?|protokoll(?:et)?)",
                      re.IGNORECASE)  # "styrelsesammanträde", "Kårstyrelseprotokoll"
_DEFINITE = {"utskott": "et", "råd": "et", "fullmäktige": "", "styrelse": "n", "kommitté": "n"}  # else "en"
_ENGLISH_BODIES = ((re.compile(r"\bboard\s+(?:meeting|minutes|protocol)", re.IGNORECASE), "Styrelsen"),
                   (re.compile(r"\bannual\s+(?:general\s+)?meeting", re.IGNORECASE), "Årsmötet"))  # minutes in English
_NOT_BODIES = {"samråd", "förråd", "avråd", "område", "styrelseledamot", "utskottsledamot"}
_NOT_BODY_TAIL = re.compile(r"(?:samråd|förråd|avråd|område)(?:et|ets|s)?$")  # "Avgränsningssamråd", "Verksamhetsområde"
_ADJECTIVE = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö]*(?:isk|iska|al|ala|ell|ella|ig|iga|na)")
_BROKEN_NAME = re.compile(r"\w-(?:\s+(?:och|&))?$")  # "Barn- och", "Kultur-"
# "Beslutande organ: …", and the anslag block's "Organ   Kommunstyrelsen", "Nämnd/styrelse …", "Instans …"
_BODY_LABEL = re.compile(r"[ \t]*(?i:Beslutande organ|Organ|Instans|Nämnd(?:/styrelse)?)"
                         r"(?:[ \t]*:[ \t]*|[ \t]+(?=[A-ZÅÄÖ]))(?P<value>\S[^\n]*?)[ \t]*")
_ANSLAG_LABEL = re.compile(r"\b(?i:nämnd/styrelse|beslutsinstans|instans(?=[ \t][^\n]{0,60}?sammanträdesdatum))"
                           r"[ \t]*:?[ \t]+(?P<value>[A-ZÅÄÖ][^\n]{0,60})")  # in run-on lines: "… genom anslag.
# Beslutsinstans" / "Tekniska nämnden, Motala kommun Datum för anslags uppsättande", "Instans Kommunstyrelsen
# Sammanträdesdatum 2017-10-10 Datum då anslaget …"
# "Organ Kommunstyrelsen Anslags uppsättande", "Organ Anslags uppsättande Barn- och utbildningsnämnden" (the value
# shifted past the next label), "Organ Jämtlands läns landstingsstyrelse Sammanträdesdatum"
_RUN_IN_ORGAN = re.compile(r"\bOrgan(?=[ \t][^\n]{0,80}?(?i:anslag))[ \t]+(?P<value>[A-ZÅÄÖ][^\n]{0,60})")
# "Justeringen har tillkännagivits genom anslag Forum Kommunfullmäktige Sammanträdesdatum …", "… genom anslag
# Omsorgsnämnden …": the posting's body, where the anslag block's label is another or none
_POSTED = re.compile(r"\bgenom\s+anslag[ \t]+(?P<value>[A-ZÅÄÖ][^\n]{0,60})")


# the certificate of posting: "Kommunfullmäktiges protokoll har justerats och anslagits …", "Justering av miljö- och
# byggnadsnämndens protokoll har tillkännagivits …"
_ADJUSTED = re.compile(r"\b(?P<body>[A-ZÅÄÖ][\wåäö-]+?)s\s+protokoll\s+(?:har|är)\s+justera"
                       r"|\b(?i:justering(?:en)?\s+av)\s+(?P<of>(?:[\wåäö]+-\s+och\s+)?[\wåäö-]+?s)\s+protokoll\b")


def body_name(line: str) -> str:
    """``"Protokoll Tekniska nämnden 2025-02-03"`` → ``"Tekniska nämnden"``; ``"styrelsemöte"`` → ``"Styrelsen"``."""
    if english := next((name for said, name in _ENGLISH_BODIES if said.search(line)), ""):
        return english
    line = re.sub(r"(?<=\w)-\s+(och|&)\s+", r"-\1", line)  # "Barn- och utbildningsnämnden" as one token
    tokens = re.findall(r"[\wåäöÅÄÖé&-]+", line)
    for i, token in enumerate(tokens):
        low = token.casefold()
        if low in _NOT_BODIES or _NOT_BODY_TAIL.search(low) or (i and tokens[i - 1].casefold() in ("ny", "nya")) or \
                re.search(r"\d", token):  # "143240314-Sammantradesdatum-regionstyrelse": a web address's slug
            continue  # "Förslag till ny styrelse": the board to be elected, not the author
        if _BODY_WORD.fullmatch(token):
            end = i + 1
            if low.endswith("s") and end < len(tokens) and _BODY_WORD.fullmatch(tokens[end]):
                end += 1  # "Byggnadsnämndens arbetsutskott"
                if tokens[i + 1].endswith("s") and _BODY_WORD.fullmatch(tokens[i + 1][:-1]):
                    tokens[i + 1] = tokens[i + 1][:-1]  # "Kommunstyrelsens arbetsutskotts protokoll"
            elif low.endswith(("ens", "ets", "ns", "fullmäktiges")) and not low.endswith("möts"):
                tokens[i] = token[:-1]  # genitive alone: "Styrelsens" → "Styrelsen"
            start = i
            while start > 0 and i - start < 3 and _ADJECTIVE.fullmatch(tokens[start - 1]):
                start -= 1  # "Tekniska nämnden", "Strategisk regional beredning"
            name = " ".join(tokens[start:end]).replace("-och", "- och ").replace("-&", "- & ")
            name = name.capitalize() if name.isupper() else name
            if re.fullmatch(_BODY_NOUN, name.casefold()):  # "… med Svenska Gymnastikförbundets STYRELSE": the board
                name = _definite(name, name.casefold())
            return name[:1].upper() + name[1:]
        if sitting := _SITTING.fullmatch(token):  # the body's sitting: the body
            name = _definite(sitting["body"], sitting["noun"].casefold())
            return name[:1].upper() + name[1:].casefold()
        if (match := _MEETING_WORD.fullmatch(token)) and len(match["prefix"] + match["s"]) >= 3 and \
                (match["prefix"] + match["s"]).casefold() not in MONTHS:  # "Marsmötet 2016": the board's
            # meeting in March, no body
            return f"{match['prefix']}{match['s']}mötet".capitalize()  # "vårmöte", "Årsmötesprotokoll" → "Årsmötet"
    return ""


def posted_body(lines: list[Line]) -> str:
    """The body the certificate of posting names after "genom anslag", in its definite form ("Jämtlands läns
    landstingsstyrelse": "Landstingsstyrelsen", as the minutes' head would name it)."""
    name = next((b for m in _POSTED.finditer(" ".join(ln.text for ln in lines)) if (b := body_name(m["value"]))), "")
    return _in_definite_form(name)


def _in_definite_form(name: str) -> str:
    compound = re.fullmatch(rf"[\wåäö]+({_BODY_NOUN})", name)
    return _definite(name, compound[1]) if compound else name


# "Förvaringsplats för protokollet Fastighets- och serviceförvaltningen, stab": the administration serving the board
# keeps its minutes; the council's administration ("Kommunledningsförvaltningen", "Kommunstyrelseförvaltningen")
# serves several bodies
_KEPT_BY = re.compile(r"\bFörvaringsplats\s+för\s+protokollet\s+(?P<field>[A-ZÅÄÖ][a-zåäö]+(?:-\s+och\s+[a-zåäö]+)?)"
                      r"förvaltningen\b")


def administration_body(text: str) -> str:
    """The board of the administration that keeps the minutes ("Fastighets- och servicenämnden")."""
    kept = _KEPT_BY.search(text)
    field = " ".join(kept["field"].split()) if kept else ""
    return "" if not field or field.casefold().endswith(("lednings", "styrelse")) else f"{field}nämnden"


def _definite(name: str, noun: str) -> str:
    """The name ending in the body noun ``noun`` in its definite form ("Styrelse": "Styrelsen", "…utskott":
    "…utskottet", "…fullmäktige" as it is); a stämma or presidium keeps the form it was written in."""
    return name if noun in ("presidium", "stämma") else name + _DEFINITE.get(noun, "en")


def opens_with_sitting(line: str) -> bool:
    """"Direktionsprotokoll 2018-12-07 Plats och tid Borås kl 9.30 …", "1 Styrelseprotokoll Datum: …": a line that
    opens with the body's minutes names the body, however long it runs on and whatever other line names a body."""
    first = re.match(r"[\s\d]*(\S*)", line)
    return bool(first and _SITTING.fullmatch(first[1]))


def names_unbroken(lines: list[str]) -> list[str]:
    """A name a narrow letterhead breaks after "och", a hyphen or a genitive ("Barn- och" over "ungdomsnämndens"
    over "arbetsutskott") as one line."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1].split()[-1] if joined and joined[-1].split() else ""
        if joined and (_BROKEN_NAME.search(joined[-1]) or last.endswith("s") and _BODY_WORD.fullmatch(last)
                       and _BODY_WORD.fullmatch(line.strip())):  # "ungdomsnämndens" over "arbetsutskott"
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def labelled_body(lines: list[Line]) -> str:
    """"Beslutande organ: Kultur- och fritidsnämnden", the label of a justering or anslag block; a web page's
    breadcrumb ("Hem > Stockholms stad > Älvsjö stadsdelsnämnd > Sammanträde 2006-06-15"): the body, in full."""
    joined = " ".join(ln.text for ln in lines)
    values = [*(m["value"] for ln in lines if (m := _BODY_LABEL.fullmatch(ln.text))),
              *(m["value"] for m in _ANSLAG_LABEL.finditer(joined))]
    organ = [_in_definite_form(body_name(m["value"])) for m in _RUN_IN_ORGAN.finditer(joined)]
    values += [name for name in organ if name] + [m["body"] or m["of"] for m in _ADJUSTED.finditer(joined)]
    return next((body_name(v) for v in values if body_name(v)), "") or next(
        (part for ln in lines if ln.text.count(" > ") >= 2 for part in reversed(ln.text.split(" > ")[1:-1])
         if len(part) <= 60 and body_name(part)), "")


def proposer(text: str) -> str:
    """The body that speaks in a proposal: "Valberedningen föreslår …" (at least twice)."""
    found = Counter(m[1] for m in _PROPOSES.finditer(text))
    name, count = found.most_common(1)[0] if found else ("", 0)
    return name if count >= 2 else ""


def signed_by(text: str) -> str:
    """A document signed by its body: "Styrelsen" on one of its last lines."""
    for line in reversed(split_lines(text[-800:])):
        if 0 < len(line.stripped) <= 60 and (body := body_name(line.stripped)) and line.stripped.startswith(body):
            return body
    return ""


_ANNUAL_BUSINESS = (re.compile(r"ansvarsfrihet", re.IGNORECASE),
                    re.compile(r"\bval av (?:ny |nya |den )?styrelse|\bstyrelseval|\bval av (?:styrelse)?ledamöter",
                               re.IGNORECASE),
                    re.compile(r"revisionsberättelse|revisorns? (?:berättelse|granskning)|verksamhetsberättelse"
                               r"|årsredovisning|förvaltningsberättelse", re.IGNORECASE))
_ANNUAL_MEETING = re.compile(r"\b(?:årsmöte|årsstämma|föreningsstämma)\w*", re.IGNORECASE)


def annual_meeting(item_titles: list[str], text: str) -> str:
    """Minutes or an agenda whose items discharge the board, elect it and hear the year's report are of the annual
    meeting, whatever their heading calls them ("Mötesprotokoll för den ideella föreningen …"): named as the text
    names that meeting most often ("årsmötet", "föreningsstämman"), else "Årsmötet"."""
    if not all(any(business.search(t) for t in item_titles) for business in _ANNUAL_BUSINESS):
        return ""
    said = Counter(m.group().casefold() for m in _ANNUAL_MEETING.finditer(text))
    return next((name for word, _ in said.most_common() if (name := body_name(word))), "Årsmötet")


# "Ks 60 Dnr 2017-000030", "Kf 12 Val av …": paragraphs numbered with the body's initials, as municipalities do
INITIALLED = {"ks": "Kommunstyrelsen", "kf": "Kommunfullmäktige", "ksau": "Kommunstyrelsens arbetsutskott"}
_INITIALLED_PARAGRAPH = re.compile(r"\b(KSAU|Ksau|KS|Ks|KF|Kf)[ \t]*§?[ \t]*\d{1,3}(?=[ \t]+(?:Dnr\b|[A-ZÅÄÖ]))")


def initialled_body(text: str) -> str:
    """The body whose initials number the paragraphs, at least two of them."""
    said = Counter(m[1].casefold() for m in _INITIALLED_PARAGRAPH.finditer(text))
    initials, count = said.most_common(1)[0] if said else ("", 0)
    return INITIALLED[initials] if count >= 2 else ""
