"""Plans for the meeting itself: header facts (tid, plats, ordförande, sekreterare, justerare, nästa
sammanträde) and people (party, role, where they come from); items across the structure are in ``item_plans``."""

from __future__ import annotations

import re

from assistant.answer.extractive import Answer
from assistant.answer.lookup import (MAX_LINES, Context, Quote, designation_items, doc_name, item_location, person_quotes,
                                     quoted_answer, refusal_answer, unique, unstated_answer)
from assistant.answer.asked import ELECTED
from assistant.answer.which_meeting import NEXT_MEETING, asks_another_meeting, fact_meetings, names_meeting, only_names_meeting
from assistant.answer.questions import Question
from assistant.documents.attendance import CAPACITIES
from assistant.documents.bodies import body_name
from assistant.documents.dates import CLOCK_TIME
from assistant.documents.person_names import is_personal_name
from assistant.index.meetings import MINUTES_TYPES, Meeting, Person, Span
from assistant.swedish import fold_name, parties_named

_AGENDA_OF = re.compile(r"tas upp|behandlas|planeras|vilka (?:frågor|ärenden)|\bagenda\b|be discussed")
_PLACE_WORDS = re.compile(r"Plats|lokal|\w+(?:rummet|salen|huset|gatan|vägen)\b|\bsal\b", re.IGNORECASE)
OFFICIALS = ("ordförande", "sekreterare", "justerare")
# "valdes till ordförande för fristads styrelse", "fick ordförandeposten i socialutskottet": a post, not the meeting's
_OF_ORGANISATION = re.compile(r"\b(?:ordförande|sekreterare|kassör)\w* (?:för|i) (?:\w+s )?\w*(?:styrelsen?|föreningen"
                              r"|klubben|sektionen|nämnden|utskottet|beredningen|rådet|gruppen)\b")
# "studierådssekreterare", "sektionsordförande": a post of the organisation, not the meeting's own official
_POST = re.compile(r"\b(?!mötes|motes)[a-zåäö]{3,}s?(?:ordförande|sekreterare|kassör)\b")
# "i vilken lokal hölls mötet", "var hölls det": where, not "var mötet ett fysiskt eller digitalt möte"
_WHERE_HELD = re.compile(r"\bvilken lokal\b|\bvar (?:hölls|höll|holls|äger|ägde|sker|skedde|träffades)\b|\bwhere\b")
_NOMINATED = re.compile(r"\bföresl\w*|\bforesl\w*|\bnominer\w*|\bkandidat\w*|\bnominat\w*|\bproposed\b|\bnya? ordförande")
ASKS_ITEMS = re.compile(r"\b(?:vilka|vilket|which|what)\s+(?:ärenden|ärende|punkter|punkt|paragrafer|frågor|items?"
                        r"|matters?|cases?)\b")
_ITEM_ACTS = re.compile(r"\breserver|\byrka|\byrkade|\byrkande|\buppdrag")  # what a member does or is given in an
# item ("vilket uppdrag fick sekreteraren"), not who holds a role
_REPLACED = re.compile(r"\b(?:(?:ersatte|ersatter|i ?stallet for|replaced|tjanstg(?:jorde|or|jort|ick) for"
                       r"|(?:gick|gar|hoppade|hoppar) in for)"
                       r" (\w+(?: \w+)?)|i (\w+?)s stalle\b)"  # "vem satt i kaufmanns ställe"
                       r"|^(\w+(?: \w+)?) (?:var|kunde|kom) (?:ju )?(?:inte|ej)\b[^?]*\bi ?stallet\b")  # "X var inte med"
_SERVED = re.compile(r"\btjanstgor\w*|\btjanstgjorde\b")
_MEMBER_ROLE = re.compile(r"ledamot|ordforande")
_OFFICIALS = re.compile(r"tjänsteperson|tjänstem|tjanste|förvaltning|officials|staff")
MAX_PRESENT = 40
_OPENED = re.compile(r"\böppna(?:s|des|t)\b|\boppna(?:s|des|t)\b|\bopened\b")
_ASKS_WHO = re.compile(r"\bvem\b|\bvilka\b|\bwho\b")
_HELD = re.compile(r"\bhur länge\b|\bhöll\b|\bpågick\b|\bvarade\b|\bbörjade\b|\bslutade\b"
                   r"|\bmellan vilka (?:klockslag|tider)")
_ENDED = re.compile(r"\bavslut|\bslut|\bstäng|\bend|\bclose")
_RANGE = re.compile(r"\d[.:]\d\d\s*[-–]\s*(?:ca\.?\s*)?\d")  # "18:30-19:50": when it ended too
_CLOCK = re.compile(r"\bklockslag|\böppna|\boppna|\bavslut|\bstäng|\bvilken tid\b|\bklockan\b|\bhur länge\b|\bhur lange\b|\bwhat time\b|\bhow long\b|\bbörja|\bslut|\bstart|\bend")
MEETING_HEAD_CHARS = 1500  # the head of a meeting's document, where its hour would be written
_ASKS_POSTED = re.compile(r"\banslag(?:et|s|stavla\w*)?\b")
# "var och när", "när … och var": where; not the verb of "när var mötet tänkt att sluta"
_ASKS_WHERE = re.compile(r"(?:^|\boch |\bsamt |,\s*)var\b|\bwhere\b")
_PREVIOUS = re.compile(r"\bföregående\b|\bforegaende\b|\bprevious\b|\bförra protokoll")


# --- header facts and people ----------------------------------------------------------------------


_WHAT_IF = re.compile(r"\bvad (?:händer|sker|gäller|blir det|gör man) (?:då )?(?:om|ifall)\b|\bwhat happens if\b")


def _names_another_body(ctx: Context) -> bool:
    """"ordförande i miljö- och byggnadsnämnden": a body named in full that none of the documents is of; its
    officers are not those of the meetings there are."""
    named = body_name(ctx.question.standalone)
    if not named or _BARE_BODY.fullmatch(named) or not _BODY_NOUN.search(named):
        return False
    words = [w[:-2] if len(w) > 5 else w for w in re.findall(r"\w+", fold_name(named)) if w != "och"]  # "nämnden",
    # "strategiska regionala beredningen" of "Strategisk regional beredning", "arbetsutskottet" of "… arbetsutskott"
    return not any(all(w in fold_name(m.body) for w in words) for m in ctx.meetings if m.body)


_BODY_NOUNS = "nämnd|styrelse|utskott|fullmäktige|beredning"
_BODY_NOUN = re.compile(_BODY_NOUNS, re.IGNORECASE)
_BARE_BODY = re.compile(rf"(?:{_BODY_NOUNS})\w*", re.IGNORECASE)  # "Styrelsen"


def header_facts(ctx: Context) -> Answer | None:
    """Time, place, roles and people of a meeting: only when the question is about the meeting itself (it
    names a role, or asks when/where a meeting is), not when "när" asks about something in the documents."""
    q = ctx.question
    treated = _meetings_treating(ctx) if q.roles and q.references else []
    if q.references and not treated or q.attribute not in ("place", "time", "person", "party", "list", ""):
        return None
    low = q.standalone.casefold()
    named = names_meeting(q.terms) or bool(q.dates and q.meetings)  # "när startade sm#4 den 9 maj": its date names it
    about_meeting = named and q.attribute in ("place", "time") and only_names_meeting(ctx) and \
        not asks_another_meeting(q.standalone) or \
        bool(_PREVIOUS.search(low)) and "protokoll" in low and q.attribute in ("", "time")
    posted = bool(_ASKS_POSTED.search(low))  # "när sattes anslaget upp": the certificate of the justering's posting
    if not (q.roles or about_meeting or posted or q.attribute in ("party", "person")):
        return None
    if (q.roles == ("närvarande",) or not q.roles and q.attribute == "person") and not only_names_meeting(ctx) and \
            not _names_capacity(ctx):
        return None  # "vilka deltog i avstämningsmötet om rekrytering", "who from the police is taking part in the
        # safety item": an event the minutes tell of, not the meeting's people
    if ASKS_ITEMS.search(low) or _ITEM_ACTS.search(low) or _WHAT_IF.search(low) or _names_another_body(ctx):
        return None  # "vilka ärenden föredrogs av …", "vem reserverade sig": the items, not the person; "vad händer
        # om styrelsen inte utser ordförande": what follows, not who holds the office
    if ELECTED.search(low) and (not any(r.endswith(OFFICIALS) for r in q.roles) or _OF_ORGANISATION.search(low)
                                or _POST.search(low)) or \
            _NOMINATED.search(low) and "justerare" not in q.roles:
        return None  # "vem valdes till ledamot i utskottet", "ordförande för styrelsen", "vem föreslås …": an election
    unstated: Answer | None = None
    told_next: Meeting | None = None
    for meeting in treated or fact_meetings(ctx):
        if ELECTED.search(low) and _elects_officer(ctx.texts.text(meeting.doc_id), q.roles):
            return None  # an annual meeting that elects the board's ordförande: that election, not the meeting's chair
        quotes = _meeting_quotes(ctx, meeting)
        if quotes and (missing := _time_or_place_unstated(ctx, meeting, quotes)):
            return unstated_answer(ctx, f"{doc_name(meeting)} {missing}:", quotes)
        if quotes and q.attribute == "party" and not any(p.party for p in _people_quoted(ctx, meeting, quotes)):
            unstated = unstated or unstated_answer(ctx, f"{doc_name(meeting)} nämner personen men anger inget parti:",
                                                   quotes)
            continue  # another meeting may give the party
        if quotes:
            return quoted_answer(ctx, f"{doc_name(meeting)}:{_officials_named(ctx, meeting)}", quotes)
        if q.attribute == "time" and NEXT_MEETING.search(low) and not _AGENDA_OF.search(low):
            told_next = told_next or meeting  # another document of the meeting may still tell
    if about_meeting and _WHERE_HELD.search(low) and not (q.roles or told_next) and q.meetings and \
            any(m.meeting_date for m in ctx.ranked_meetings()):  # not of undated reports, which tell in their text
        return refusal_answer(ctx, "Underlagen för sammanträdet anger inte var det hölls.")  # no "Plats:", no room
    if about_meeting and q.attribute == "time" and _CLOCK.search(low) and q.dates and not (q.roles or told_next) \
            and _no_hour_given(ctx):
        return refusal_answer(ctx, "Underlagen för sammanträdet anger inte vilken tid det hölls.")  # "Klockan" empty
    return _next_held(ctx, told_next) if told_next else unstated


def _time_or_place_unstated(ctx: Context, meeting: Meeting, quotes: list[Quote]) -> str:
    """What the meeting's quoted facts leave out of what is asked: the next meeting's place, the day the minutes
    are checked, the hour of a meeting given only its days, or when a meeting that opened ended."""
    q, low = ctx.question, ctx.question.standalone.casefold()
    said = [ctx.texts.text(x.doc_id)[x.start:x.end] for x in quotes]
    if q.attribute == "place" and NEXT_MEETING.search(low) and not any(_PLACE_WORDS.search(x) for x in said):
        return "anger när nästa sammanträde är men ingen plats"
    if q.attribute == "time" and "justerare" in q.roles and not any(re.search(r"\d", x) for x in said):
        return "anger hur det justeras men inget datum"
    if q.attribute == "time" and _HOUR_ASKED.search(low) and not q.roles and _states_no_hour(ctx, meeting.doc_id):
        return "anger dagen men inte vilken tid mötet börjar"
    if _ends_unstated(ctx, meeting, quotes):
        return "anger när mötet började men inte när det avslutades"
    return ""


def _no_hour_given(ctx: Context) -> bool:
    """The meeting's documents state no hour (not when no meeting's documents are known: then nothing says the
    hour is missing)."""
    return bool(ctx.question.meetings) and all(_states_no_hour(ctx, doc) for doc in ctx.question.meetings)


def _states_no_hour(ctx: Context, doc: str) -> bool:
    """No time, opening or closing, no clock time in the document's head."""
    return not any(f.name in ("tid", "öppnat", "avslutat") for f in ctx.model.facts(doc)) and \
        not CLOCK_TIME.search(ctx.texts.text(doc)[:MEETING_HEAD_CHARS])


_HOUR_ASKED = re.compile(r"\bvilken tid\b|\bklockan\b|\bklockslag|\bwhat time\b|\bhur dags\b")  # the hour, not "när"


def _next_held(ctx: Context, meeting: Meeting) -> Answer:
    """"När har bygg-au nästa sammanträde efter 1 februari", which its documents do not say: the body's next
    meeting in the documents, or that none is told of."""
    later = sorted((m for m in ctx.meetings if m.body == meeting.body and m.meeting_date > meeting.meeting_date),
                   key=lambda m: (m.meeting_date, m.doc_type not in MINUTES_TYPES))
    facts = [f for f in ctx.model.facts(later[0].doc_id) if f.name in ("datum", "tid")] if later else []
    if not facts:
        return refusal_answer(ctx, f"{doc_name(meeting)} anger inte när nästa sammanträde hålls.")
    return quoted_answer(ctx, f"Nästa sammanträde i underlagen – {doc_name(later[0])}:",
                         [_fact_quote(ctx, f) for f in facts])


def _officials_named(ctx: Context, meeting: Meeting) -> str:
    """" ordförande Mikael Lindvall, sekreterare Solveig Rif.": who holds each official role asked, as the minutes'
    head writes it, when every one is known (a row of signatures quoted alone does not say which name is whose)."""
    asked = [role for role in ctx.question.roles if role in OFFICIALS]
    held = {f.name: f.value for f in ctx.model.facts(meeting.doc_id)  # names, not the sentence of an election item
            if f.name in asked and all(is_personal_name(n) for n in re.split(r", | och | & ", f.value))}
    if not asked or set(asked) - set(held):
        return ""
    return " " + ", ".join(f"{role} {held[role]}" for role in asked) + "."


def _elects_officer(text: str, roles: tuple[str, ...]) -> bool:
    """The minutes record an election to the role itself ("Mötet beslutar att välja Frans Skarman till ordförande
    18/19", "Bard Nilsson utses till partiordförande", "… till partiets sekreterare"), not only of the meeting's own
    chair ("Mötesordförande: …"). A justerare is always the meeting's own."""
    return any(re.search(rf"\b(?:välja|väljer|väljs|valdes|valde|vald|utses|utsågs|utsedd)\b[^.\n]{{0,60}}"
                         rf"\btill (?:[\wåäö]+s )?(?!mötes)[\wåäö]*{re.escape(role)}\b", text, re.IGNORECASE)
               for role in roles if role in OFFICIALS and role != "justerare")


def _meetings_treating(ctx: Context) -> list[Meeting]:
    """"vem var ordförande när utskottet behandlade VARLA 6:18": the meetings whose items name the property the
    question names, the minutes first."""
    found = designation_items(ctx.model, ctx.latest_meetings(("protokoll", "kallelse")), ctx.question)
    return list(dict.fromkeys(meeting for meeting, _ in found))


def _ends_unstated(ctx: Context, meeting: Meeting, quotes: list[Quote]) -> bool:
    """"När avslutades mötet" of minutes that record only when it opened: no closing line, no "18:30–19:50"."""
    q = ctx.question
    return q.attribute == "time" and bool(_ENDED.search(q.standalone.casefold())) and \
        not any(f.name == "avslutat" for f in ctx.model.facts(meeting.doc_id)) and \
        not any(_RANGE.search(ctx.texts.text(x.doc_id)[x.start:x.end]) for x in quotes)


def _meeting_quotes(ctx: Context, meeting: Meeting) -> list[Quote]:
    q = ctx.question
    low = q.standalone.casefold()
    facts = ctx.model.facts(meeting.doc_id)
    people = ctx.model.people(meeting.doc_id)
    if _ASKS_POSTED.search(low):
        return [_fact_quote(ctx, f) for f in facts if f.name == "anslag"]
    if q.attribute == "time" and "justerare" in q.roles:  # when the minutes were checked, and by whom if asked;
        when = "tid" if _HELD.search(low) else "justering"  # "hur länge höll mötet på och vem justerade": its hours
        checked = [_fact_quote(ctx, f) for f in facts if f.name == when]
        return unique(_role_quotes(ctx, meeting, facts, people) + checked) if _ASKS_WHO.search(low) else checked
    if q.attribute in ("time", "place") and not q.roles:
        when = ("tid",) if _CLOCK.search(low) and q.dates else ("datum", "tid")  # "när hålls": the day and the
        # hour; "vilken tid" of a meeting named by its day only the hour, of one named by its year the day too
        named = {f.name for f in facts}
        opening = ("öppnat",) if "öppnat" in named else ("tid",)
        if (_ENDED.search(low) or _HELD.search(low)) and "avslutat" in named:  # the closing ("hur länge": both)
            when = opening + ("avslutat",) if _OPENED.search(low) or _HELD.search(low) else ("avslutat",)
        elif _OPENED.search(low) and "öppnat" in named:
            when = ("öppnat",)  # "när öppnades mötet": when it was opened, not when it was called
        wanted = {"time": when, "place": ("plats",)}[q.attribute]
        if q.attribute == "time" and NEXT_MEETING.search(low):
            wanted = ("kommande ärenden",) if _AGENDA_OF.search(q.text.casefold()) else ("nästa sammanträde",)
        elif q.attribute == "place" and NEXT_MEETING.search(low):  # where the next meeting is: only if its notice says
            wanted = ("nästa sammanträde",)
        elif _PREVIOUS.search(low):
            wanted = ("föregående protokoll",)
        elif q.attribute == "time" and _ASKS_WHERE.search(low) or \
                q.attribute == "place" and re.search(r"\bnär\b|\bwhen\b|\bhur länge\b|\bpåg[åi]|\bvilken tid\b", low):
            wanted = ("tid", "plats") if q.dates else ("datum", "tid", "plats")
        found = [f for f in facts if f.name in wanted]
        return unique([_fact_quote(ctx, f) for f in found + _told_beside(ctx, meeting, wanted, found)])
    if _PREVIOUS.search(low) and not q.roles:
        return [_fact_quote(ctx, f) for f in facts if f.name == "föregående protokoll"]
    named = people_named(low, people)
    if named and (q.attribute == "party" or not q.roles):
        return unique([Quote(p.doc_id, p.start, p.end, "Närvarande") for p in named])  # one line, several roles
    if q.roles and q.attribute == "party":  # "vem justerar och vilket parti är hen": the holder's row gives it
        held = _role_quotes(ctx, meeting, facts, people)
        return unique(held + [Quote(p.doc_id, p.start, p.end, "Närvarande") for p in _people_quoted(ctx, meeting, held)
                              if p.party])
    if q.roles:
        return _role_quotes(ctx, meeting, facts, people)
    places = _people_from(q, people)
    return [Quote(p.doc_id, p.start, p.end, "Ledamöter") for p in places]


def _told_beside(ctx: Context, meeting: Meeting, wanted: tuple[str, ...], found: list[Span]) -> list[Span]:
    """"Var och när": the minutes state when the meeting opened, its notice where; the fact the meeting's document
    lacks, from another document of the same body and day."""
    missing = {"tid", "plats"} & set(wanted) - {f.name for f in found}
    if not (found and missing and meeting.meeting_date):
        return []
    siblings = [m for m in ctx.meetings if m.doc_id != meeting.doc_id and m.body == meeting.body
                and m.meeting_date == meeting.meeting_date]
    return [next(f for f in facts if f.name == name) for name in sorted(missing) for m in siblings[:1]
            if (facts := ctx.model.facts(m.doc_id)) and any(f.name == name for f in facts)]


def _fact_quote(ctx: Context, fact: Span) -> Quote:
    """A header fact, located in the agenda item it comes from ("punkt 4 Nästa sammanträde") if any."""
    item = next((i for i in ctx.model.items(fact.doc_id) if i.start <= fact.start < i.end), None)
    return Quote(fact.doc_id, fact.start, fact.end, item_location(item) if item else "Sammanträdet")


def _role_quotes(ctx: Context, meeting: Meeting, facts: list[Span], people: list[Person]) -> list[Quote]:
    quotes: list[Quote] = []
    for role in ctx.question.roles:
        if role == "föredragande":
            continue
        if role == "närvarande" and not {"ledamot", "ersättare", "beslutande"} & set(ctx.question.roles):
            officials = _OFFICIALS.search(ctx.question.standalone.casefold())  # or only them: no party
            parties = parties_named(ctx.question.standalone)  # "vilka moderater var närvarande": of that party
            present = [Quote(p.doc_id, p.start, p.end, "Närvarande") for p in _of_capacity_asked(ctx.question, people)
                       if not (officials and p.party) and (not parties or p.party.upper() in parties)]
            return unique(quotes + present)[:MAX_PRESENT]
        if role in ("ledamot", "ersättare", "beslutande"):
            members = _people_from(ctx.question, people) or \
                (_members_as(role, ctx.question.standalone, people) if _asks_attendance(ctx.question) else [])
            quotes += [quote for p in members for quote in person_quotes(ctx, p)]
            continue
        key = fold_name(role)
        holders = [p for p in people if _role_matches(key, fold_name(p.role))]
        quotes += [Quote(p.doc_id, p.start, p.end, "Närvarande") for p in holders]
        if not holders:
            quotes += [_fact_quote(ctx, f) for f in facts
                       if fold_name(f.name).startswith(key)]
    return unique(quotes)[:MAX_LINES]


def _names_capacity(ctx: Context) -> bool:
    """"vilka var närvarande utan rösträtt på höstmötet": a capacity the meeting's list of who was there names."""
    meetings = fact_meetings(ctx)[:1]
    return any(_of_capacity_asked(ctx.question, people) != people
               for m in meetings if (people := ctx.model.people(m.doc_id)))


def _of_capacity_asked(q: Question, people: list[Person]) -> list[Person]:
    """"vilka var närvarande utan rösträtt": those listed in the capacity the question names, when some are."""
    low = fold_name(q.standalone)
    named = [p for p in people if p.role in CAPACITIES and re.search(rf"\b{fold_name(p.role)}\b", low)]
    return named or people


def _asks_attendance(q: Question) -> bool:
    """Who was there, in which capacity ("vilka ledamöter var närvarande", "vilka var beslutande", "vem ersatte
    X"), not what a member did ("vilken ledamot ställde frågan")."""
    low = fold_name(q.standalone)
    return "närvarande" in q.roles or "beslutande" in q.roles or bool(_REPLACED.search(low) or _SERVED.search(low))


def _members_as(asked: str, question: str, people: list[Person]) -> list[Person]:
    """The people present in the capacity the question asks for: "ledamöter" (the chair among them),
    "beslutande" (members and serving substitutes), "ersättare" ("tjänstgörande ersättare": only those serving;
    "vem ersatte Heinrich Kaufmann": the one who replaced him). Without such roles: the people with a party."""
    low = fold_name(question)
    if asked == "ersättare":
        replaced = _REPLACED.search(low)
        serving = "tjanstgorande" in low or replaced
        return [p for p in people if "ersattare" in (role := fold_name(p.role))
                and (not serving or "tjanstgorande" in role)
                and (not replaced or any(w in role for w in _named(replaced).split() if len(w) > 2))]
    found = [p for p in people if _MEMBER_ROLE.search(role := fold_name(p.role))
             or asked == "beslutande" and "tjanstgorande ersattare" in role]
    return found or [p for p in people if p.party]


def _named(replaced: re.Match[str]) -> str:
    return next(group for group in replaced.groups() if group)


def _role_matches(asked: str, role: str) -> bool:
    if asked == "ordforande":
        return role == "ordforande"
    if asked.endswith("vice ordforande") and " " in asked.replace("vice ordforande", "").strip() + " ":
        return asked in role or asked.replace("forste", "1:e").replace("andre", "2:e") in role
    return asked.split()[-1] in role


def _people_quoted(ctx: Context, meeting: Meeting, quotes: list[Quote]) -> list[Person]:
    """The meeting's people the question or the quotes name ("Åsa-Märta Sjöström utses att … justera")."""
    said = " ".join([ctx.question.standalone] + [ctx.texts.text(x.doc_id)[x.start:x.end] for x in quotes])
    return people_named(said.casefold(), ctx.model.people(meeting.doc_id))


def people_named(low: str, people: list[Person]) -> list[Person]:
    """People whose full name (first and last) the question writes, with or without å/ä/ö."""
    folded = fold_name(low)
    return [p for p in people if len(p.name.split()) >= 2 and fold_name(p.name) in folded]


def _people_from(q: Question, people: list[Person]) -> list[Person]:
    """Members from a place (kommun) the question names ("vilka ledamöter har hallstahammar"), of the party
    it names ("v-ledamoten", "(S)") when it names one."""
    low = fold_name(q.standalone)
    asked = set(re.split(r"[\s?,.!]+", low))
    found = [p for p in people if p.place and p.party and fold_name(p.place).split()[0] in asked]
    parties = {fold_name(p.party) for p in people if p.party}
    named = set(re.findall(r"\b([a-zåäö]{1,3})-(?:ledam|politik|ersätt|ersatt)", low)) | \
        set(re.findall(r"\(([a-zåäö]{1,3})\)", low)) | {fold_name(p) for p in parties_named(q.standalone)}
    if named & parties:  # "vem sitter för centerpartiet", "vilka sverigedemokrater från köping"
        found = [p for p in found or people if fold_name(p.party) in named]
    return found[:MAX_LINES]
