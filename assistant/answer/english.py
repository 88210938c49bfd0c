"""English questions: detected by their function words, and given the Swedish words documents use for the
English meeting words they contain (a small glossary), so that the lexical half of search can find them. Swedish
paraphrases of the genre's words ("vem ledde mötet": ordförande) get the same help."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.swedish import content_terms, words

_ENGLISH = re.compile(r"\b(what|who|when|where|which|how|is|are|does|the|about|meeting|decided|proposed)\b",
                      re.IGNORECASE)
# English meeting words and the Swedish words documents use for them (lexical search and term matching)
GLOSSARY = {
    "meeting": "sammanträde möte", "meetings": "sammanträden möten", "chair": "ordförande",
    "chairman": "ordförande", "chairperson": "ordförande", "vice": "vice", "secretary": "sekreterare",
    "minutes": "protokoll", "proposal": "förslag", "proposals": "förslag", "proposed": "förslag föreslås",
    "propose": "föreslår", "suggest": "förslag", "decision": "beslut", "decisions": "beslut", "decided": "beslutade",
    "agenda": "föredragningslista dagordning ärendelista", "item": "punkt ärende", "items": "punkter ärenden",
    "member": "ledamot", "members": "ledamöter", "substitute": "ersättare", "substitutes": "ersättare",
    "adjust": "justera", "adjusts": "justerar", "checks": "justerar", "where": "plats", "place": "plats",
    "room": "sammanträdesrum", "time": "tid", "when": "tid", "next": "nästa", "previous": "föregående",
    "report": "rapport", "state": "staten", "government": "regeringen staten", "municipality": "kommun",
    "municipalities": "kommuner kommunerna", "region": "region", "regions": "regioner", "party": "parti",
    "funding": "finansiering", "financing": "finansiering", "crime": "brott brottslighet",
    "prevention": "förebyggande", "preventive": "brottsförebyggande", "welfare": "välfärd",
    "camera": "kamera", "surveillance": "bevakning kamerabevakning", "police": "polisen", "school": "skola",
    "social": "social socialtjänst", "services": "tjänst", "permit": "lov bygglov", "building": "bygg",
    "fee": "avgift", "cost": "kostnad", "costs": "kostnader", "property": "fastighet", "appeal": "överklagande",
    "information": "information", "presents": "föredrar", "present": "närvarande", "attachment": "bilaga",
    "decision-makers": "beslutande", "vote": "omröstning", "voted": "röstade omröstning", "security": "trygghet",
    "moved": "yrkade yrkande", "reserved": "reserverade reservation", "refused": "avslogs avslår",
    "paragraphs": "paragrafer", "study": "studieresor studiebesök", "trip": "resa studieresa", "trips": "resor studieresor",
    "visited": "besökte besök", "prize": "pris", "award": "pris utmärkelse",
    "awarded": "tilldelades delade", "environmental": "miljö", "environment": "miljö", "lecture": "föreläsning",
    "lectures": "föreläsningar", "recommended": "tillstyrker rekommenderar",
    "committee": "nämnd utskott", "working": "arbetsutskott", "board": "styrelse nämnd", "council": "fullmäktige",
    "budget": "budget", "result": "resultat", "older": "äldre", "elderly": "äldre", "unsafe": "otrygga otrygghet",
    "start": "tid", "end": "tid", "started": "tid", "ended": "tid", "who": "", "minutes'": "protokoll",
    "treasurer": "kassör", "elected": "valdes vald välja", "elect": "välja val", "election": "val",
    "annual": "års", "spring": "vår vårmöte", "autumn": "höst höstmöte", "fall": "höst",
    "general": "stämma", "assembly": "stämma",
    "rights": "röstberättigade rösträtt", "open": "öppnas", "opened": "öppnades öppnas öppnat",
    "closed": "avslutas avslutades", "motion": "motion", "motions": "motioner", "fees": "avgift",
    "membership": "medlemsavgift", "auditor": "revisor", "auditors": "revisorer",
    "nomination": "valberedning", "committee's": "nämndens", "attended": "närvarande",
    "discharge": "ansvarsfrihet", "liability": "ansvarsfrihet", "budget's": "budget", "income": "intäkter",
    "revenue": "intäkter", "association": "förening", "federation": "förbund förbundsmöte", "students": "studenter",
    "student": "student", "interpreter": "tolk", "interpreters": "tolkar",
    "housing": "bostadsrättsförening", "cooperative": "bostadsrättsförening", "resigned": "avgår",
    "chaired": "ordförande", "attend": "närvarande", "absent": "frånvarande", "quorum": "beslutför",
    "adjourned": "ajournerades", "paused": "pausas ajournerades", "resumed": "återupptas", "break": "paus",
    "resume": "återupptas",
    "zoning": "detaljplan", "plan": "plan detaljplan", "shoreline": "strandskydd", "exemption": "dispens",
    "ruling": "förhandsbesked", "preliminary": "förhandsbesked", "demolition": "rivning", "extension": "tillbyggnad",
    "house": "hus enbostadshus", "warehouse": "lagerhall", "solar": "solceller solcellspark", "parking": "parkering",
    "garage": "garage", "bicycle": "cykel", "bicycles": "cyklar cykelparkering", "charging": "laddning laddbox",
    "electric": "el elbil", "car": "bil", "cars": "bilar", "referred": "återremitteras återremiss", "back": "",
    "postponed": "bordläggs bordlades", "rejected": "avslår avslogs avslag", "approved": "godkänns godkände bifall",
    "granted": "beviljar beviljas", "denied": "avslår", "application": "ansökan", "applicant": "sökande",
    "statement": "yttrande", "accounts": "bokslut årsredovisning",
    "pupils": "elever", "preschool": "förskola", "schools": "skolor", "teachers": "lärare", "conference": "konferens",
    "training": "utbildning", "delegation": "delegationsbeslut", "notices": "meddelanden", "keys": "nycklar",
    "invoices": "fakturor", "website": "hemsida", "cafeteria": "cafeteria", "kitchen": "kök", "laundry": "tvättstuga",
    "ventilation": "ventilation", "windows": "fönster", "signed": "justerat signerat", "posted": "anslag",
    "floodlight": "belysning belysningsmast", "floodlights": "belysning belysningsmaster", "lighting": "belysning",
    "mast": "mast", "masts": "master", "football": "fotboll", "pitch": "plan", "height": "höjd", "tall": "höga",
    "high": "höga höjd", "area": "area yta", "neighbours": "grannar sakägare", "neighbors": "grannar sakägare",
    "noise": "buller", "traffic": "trafik", "road": "väg", "water": "vatten", "sewage": "avlopp", "forest": "skog",
    "beach": "strand", "lake": "sjö", "sea": "hav", "playground": "lekplats", "library": "bibliotek",
    "youth": "unga ungdomar", "summer": "sommar", "jobs": "jobb", "children": "barn", "bus": "buss",
    "staff": "personal", "rent": "hyra", "sale": "försäljning", "purchase": "inköp köpa", "buy": "köpa",
    "repair": "reparation", "renovation": "renovering", "roof": "tak", "detached": "enbostadshus",
    "permission": "lov tillstånd", "checked": "kontrolleras kontrollerades kontroll",
    "inspected": "kontrolleras besiktigas besiktning", "inspection": "tillsyn", "supervision": "tillsyn",
    "deadline": "senast",
    "absence": "frånvaro skolfrånvaro", "truancy": "skolfrånvaro", "audit": "granskning revision",
    "audited": "granskat granskning", "review": "granskning", "education": "utbildning", "investment": "investering",
    "appropriation": "anslag tilläggsanslag", "grant": "anslag bidrag", "additional": "ytterligare tillägg",
    "construction": "byggnation nybyggnation", "deficit": "underskott", "surplus": "överskott", "fund": "fond",
    "funds": "fonder resultatfonder medel", "health": "hälsa elevhälsa", "patient": "patient", "figures": "nyckeltal",
    "goal": "mål", "goals": "mål", "furniture": "möbler", "request": "äska äskande begäran", "requested": "äska äskande",
    "money": "pengar kronor medel", "apply": "söka ansöka ansökan",
    "applied": "sökt ansökte ansökan", "sponsor": "sponsor sponsrar", "sponsored": "sponsrade sponsrat sponsor",
    "sponsors": "sponsorer", "shirt": "tröja", "shirts": "tröjor", "responsible": "ansvarig ansvarar",
    "safety": "säkerhet trygghet", "code": "kod",
    "transport": "skolskjuts buss", "recruitment": "rekrytering", "visit": "besök",
    "deputy": "suppleant suppleanter ersättare", "deputies": "suppleanter ersättare",
    "alternate": "suppleant ersättare", "alternates": "suppleanter ersättare", "supporting": "stöd stödmedlem",
    "founded": "bildades grundades", "founding": "bildande konstituerande",
}


def is_english(question: str) -> bool:
    return bool(_ENGLISH.search(question))


# English phrases read before their words one by one: the common municipal bodies (a "school board" is a nämnd, not a
# "styrelse"), an annual meeting, an annual fee
PHRASES = {
    "school board": "utbildningsnämnd skolnämnd", "education committee": "utbildningsnämnd skolnämnd",
    "social services committee": "socialnämnd", "social welfare committee": "socialnämnd",
    "building committee": "byggnadsnämnd", "planning committee": "byggnadsnämnd samhällsbyggnadsnämnd",
    "environmental committee": "miljönämnd", "technical committee": "tekniska nämnden",
    "municipal executive board": "kommunstyrelsen", "executive board": "kommunstyrelsen",
    "municipal council": "kommunfullmäktige", "city council": "kommunfullmäktige",
    "regional council": "regionfullmäktige", "regional board": "regionstyrelsen",
    "working committee": "arbetsutskott", "executive committee": "arbetsutskott",
    "annual general meeting": "årsmöte årsstämma stämma", "annual meeting": "årsmöte",  # not an "annual report"
    "annual fee": "årsavgift medlemsavgift", "membership fee": "medlemsavgift årsavgift",
}


def glossary_words(text: str) -> str:
    low = text.casefold()
    named = [swedish for phrase, swedish in PHRASES.items() if phrase in low]
    for phrase in PHRASES:
        low = low.replace(phrase, " ")
    return " ".join(named + [GLOSSARY[w] for w in words(low) if GLOSSARY.get(w)])


# The item that sets a body's meetings for a coming year is titled with one of these. "Sammanträdesdatum" also labels
# the meeting's own date on every page: the question's word alone finds that label, not the schedule.
_SCHEDULE = "sammanträdestider sammanträdesplan sammanträdesdagar"
PARAPHRASES = {  # how a question may say what minutes write with the genre's own word
    "deltog": "närvarande", "deltagare": "närvarande", "närvarade": "närvarande", "deltagit": "närvarande",
    "närvarande": "beslutande tjänstgörande",  # a municipal cover lists them under "Beslutande", "Ersättare"
    "ledde": "ordförande", "mötesledare": "ordförande", "protokollförde": "sekreterare",
    "protokollförare": "sekreterare", "lokal": "plats", "lokalen": "plats",
    "hand": "ansvarig ansvarar",  # "vem har hand om PR", "vem tar hand om medlemsregistret": "PR-ansvarig: …"
    "arvode": "ersättning", "arvodet": "ersättning", "arvoden": "ersättning", "arvodena": "ersättning",
    "ersättning": "arvode", "ersättningen": "arvode",  # the two words for what an officer is paid
    **{said: _SCHEDULE for said in ("sammanträdesdatum", "sammanträdesdatumen", "mötesdatum", "mötesdatumen",
                                    "sammanträdestider", "mötestider", "mötesdagar", "sammanträdesdagar")},
    **{said: "utgår" for said in ("ströks", "struken", "strukna", "stryks", "strök", "plockades")},  # from the agenda
    **{said: "bordläggs bordlades" for said in ("sköts", "skjuts", "uppskjuten", "uppskjutet", "uppsköts")},
    **{said: "sommarjobb sommarpraktik" for said in ("feriejobb", "feriejobben", "feriearbete", "feriearbeten",
                                                        "sommarjobben")},  # the municipalities' two words
    **{said: "digitalt e-post" for said in ("mejla", "maila", "mejlas", "mailas", "mejlar", "mailar", "mejl", "mail",
                                             "mejlet", "mailet")},  # "kan jag mejla den": "kan ej skickas digitalt"
    **{said: "röster röst" for said in ("omröstningen", "omröstning", "omröstningar", "röstningen", "voteringen",
                                         "votering", "röstetalen", "röstetalet")},  # counted: "12 röster emot"
    # minutes decide in the present passive ("Keramikgruppens äskande bordläggs"), askers in the past
    "godkändes": "godkänns", "bordlades": "bordläggs", "avslogs": "avslås", "beviljades": "beviljas",
    "antogs": "antas", "bifölls": "bifalls", "fastställdes": "fastställs", "återremitterades": "återremitteras",
}


def _english_for() -> dict[str, tuple[str, ...]]:
    """The glossary read the other way: a Swedish term, the English words minutes written in English use for it."""
    found: dict[str, list[str]] = {}
    for english, swedish in GLOSSARY.items():
        for term in content_terms(swedish) - content_terms(english):
            found.setdefault(term, []).append(english)
    return {term: tuple(dict.fromkeys(english)) for term, english in found.items()}


ENGLISH_FOR = _english_for()


def english_terms(term: str) -> set[str]:
    """The terms of the English words minutes written in English use for a Swedish term ("juster": adjust …)."""
    return content_terms(" ".join(ENGLISH_FOR.get(term, ())))


def english_words(text: str, known: Callable[[str], bool]) -> list[str]:
    """English words the documents use for the Swedish words of a question ("kassör": treasurer)."""
    return list(dict.fromkeys(e for term in content_terms(text) for e in ENGLISH_FOR.get(term, ()) if known(e)))


_ENGLISH_WORDS = frozenset("the and of was were is to for with that this by on be at as".split())
ENGLISH_SHARE = 0.08  # of a text's words; Swedish text has next to none of these
SAMPLE_CHARS = 3000


def quoted_from(sources: list[str]) -> str:
    """How an English answer names what it quotes: "the Swedish documents", unless they are written in English."""
    return "From the documents" if any(map(written_in_english, sources)) else "From the Swedish documents"


def written_in_english(text: str) -> bool:
    sample = words(text[:SAMPLE_CHARS].casefold())
    return len(sample) >= 20 and sum(w in _ENGLISH_WORDS for w in sample) >= ENGLISH_SHARE * len(sample)


def meeting_words(text: str) -> str:
    """The genre's words for what a Swedish question paraphrases ("vem ledde mötet": ordförande)."""
    return " ".join(PARAPHRASES[w] for w in words(text.casefold()) if w in PARAPHRASES)

