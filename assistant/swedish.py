"""Swedish text helpers shared by parsing, indexing and answering: words and their normal forms
(Snowball stem, å/ä/ö folded, compounds evened out), stopwords, month names, dates and diarienummer."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"\w+", re.UNICODE)
# a word hyphenated at the end of a line ("mandatperi-" / "oden"), not "bostads- och" nor "C-" / "programmet"
_BROKEN_WORD = re.compile(r"(?<=[a-zåäöé])-[ \t]*\n[ \t]*(?=[a-zåäöé])(?!(?:och|eller|samt|respektive|som|till)\b)")
# a point after these ends no sentence: "7 kap. 18 c §", "kl. 18.00", "bl.a. Stina"
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{re.escape(a)})" for a in (
    "kap.", "prop.", "jfr.", "bl.a.", "t.ex.", "s.", "nr.", "st.", "ca.", "kl.", "p."))
FOLD = str.maketrans("åäöéèüáà", "aaoeeuaa")
_VOWELS = set("aeiouyåäö")
_VERB_STEM_ENDS = set("rnlpv")  # "uppför-", "godkän-", "anmäl-", "köp-", "kräv-" (folded)
_STEMMER = Stemmer.Stemmer("swedish")
MIN_PART = 4  # shortest stem that counts as a word of its own in a compound


_AGENT_NOUN = re.compile(r"(\w{4,}or)(?:n|er|erna|ernas|ers)")


_SHORT_DEFINITE_PLURAL = re.compile(r"[a-zåäöé]{2,3}(?:orna|arna|erna)")


_NOT_DEFINITE_AN = frozenset(("samman", "sedan", "nedan", "ovan", "utan", "innan", "hädan", "dessförinnan", "mellan",
                              "sådan", "likadan", "annan", "hurdan", "vardan"))  # no nouns: particles, pronouns
_ET_NOUNS = ("budget", "paket", "magnet", "planet", "raket", "toalett", "tablett", "etikett", "kassett")


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    if word.isdigit():
        return word  # "2022" and "2000" are years, not "202" and "200" with a doubled consonant
    if len(word) > 5 and word.endswith("s") and word[-2] not in _VOWELS | {"s"}:
        word = word[:-1]  # a genitive stems as its noun: "fristads" as "fristad", not "fristad" as a suffix of it
    if len(word) >= 5 and word.endswith("an") and word[-3] not in _VOWELS and word not in _NOT_DEFINITE_AN and \
            not word.endswith("gatan"):  # a street's name ("Ågatan", "Storgatan") is matched whole
        word = word[:-1]  # "kassan", "frågan": the definite form of a noun in "-a", which the stemmer leaves whole
    if len(word) >= 7 and (agent := _AGENT_NOUN.fullmatch(word)):
        word = agent[1]  # "revisorn", "revisorerna" stem as "revisor" does
    if len(word) >= 6 and word.endswith(("ektor", "aktor", "oktor")):  # "projektor", "sektor", "faktor", "doktor":
        return word.translate(FOLD)  # no plural in "-or" of "projekt", "sekt" (as "lyktor" is of "lykta")
    stem = _STEMMER.stemWord(word).translate(FOLD)
    if _SHORT_DEFINITE_PLURAL.fullmatch(word) and stem == word[:-1].translate(FOLD):
        stem = stem[:-1]  # "ytorna" as "ytor": the stemmer leaves a short word's "-orna" on
    if len(stem) >= 6 and stem.endswith("eln"):
        stem = stem[:-1]  # "skötseln", "nyckeln", "artikeln": the noun's definite form
    if len(stem) >= 7 and stem.endswith("et") and stem[-3] not in _VOWELS and not stem.endswith(_ET_NOUNS):  # definite
        # neuter: utskottet, beslutet; not a noun of its own in "-et" ("festbudget", "matpaket")
        stem = stem[:-2]
    if len(stem) >= 6 and stem.endswith(("ium", "eum", "iet", "eet")):  # Latin nouns: stipendium, stipendiet
        stem = stem[:-2]
    if len(stem) > 4 and stem.endswith("s") and stem[-2] not in _VOWELS:
        stem = stem[:-1]
    if len(stem) >= 5 and stem.endswith("t") and stem[-2] in "kg":
        stem = stem[:-1]  # "projektet" as "projekt" (the stemmer takes the "t" of "-kt", "-gt" off)
    elif len(stem) >= 5 and stem.endswith("t") and stem[-2] in _VERB_STEM_ENDS:
        stem = stem[:-1] + "d"  # "uppförts", "godkänt" as "uppfördes", "godkändes": one verb, its supine and past
    if len(stem) >= 5 and stem.endswith("lld"):
        stem = stem[:-2]  # "fyllt", "fyllde" as "fyller": a verb in "-lla" ("ställa", "fälla") keeps one "l"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    return _without_syncope(stem)


def _without_syncope(stem: str) -> str:
    """Nouns in -el and -er lose the e when they inflect ("cykel": "cyklar", "fönster": "fönstren"), and the
    stemmer leaves "cykel" but takes "fönster" to "fönst": both forms meet as "cykl" and "fönst"."""
    if len(stem) >= 5 and stem.endswith("el") and stem[-3] not in _VOWELS:
        return stem[:-2] + "l"
    if len(stem) >= 5 and stem.endswith("r") and stem[-2] not in _VOWELS | {"r"}:
        return stem[:-1]
    return stem


SYNONYMS = {"mot": "sammantrad", "moten": "sammantrad", "au": "arbetsutskot", "foreslas": "forslag",
            "foreslar": "forslag", "foreslog": "forslag", "beslot": "beslut", "beslots": "beslut",
            # a meeting's procedure as minutes record it and as askers say it: "återupptas" / "fortsatte",
            # "ajourneras" / "pausade"
            "fortsat": "ateruppd", "aterupptog": "ateruppd", "ajourner": "paus", "ajourn": "paus",
            "franvaro": "franvar"}
_NOT_PRESENT = re.compile(r"\b(?:ej|inte|icke)\s+närvarande\b"  # "Ej närvarande: Emmis och TraXy"
                          r"|\b(?:kunde|kan|kom)\s+inte\s+(?:komma|närvara|delta)\b"  # "vilka kunde inte komma"
                          r"|\b(?:förhindrade|anmält\s+förhinder|anmälda\s+förhinder)\s*:",  # the list of those
                          re.IGNORECASE)  # absent ("Förhindrade: Edit Eriksson"), not a notice's "Vid förhinder …"


def phrase_terms(text: str) -> set[str]:
    """Terms a phrase stands for: "ej närvarande", "kunde inte komma" is who was absent ("frånvarande")."""
    return {"franvar"} if _NOT_PRESENT.search(text) else set()


def derivation_base(stem: str) -> str:
    """"brottslig" -> "brot": lets "välfärdsbrott" meet "välfärdsbrottslighet"."""
    for suffix in ("slig", "lig", "ing"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_PART:
            return normalise_word(stem[: -len(suffix)])
    return ""


_LISTED_TAILS = ("post", "punkt", "punk", "arend")  # "intäktsposter", "informationspunkter", "informationsärenden"


def listed_under(stem: str) -> str:
    """"intaktspost" → "intakt": the heading ("Intäkter") whose rows a question about its posts or points asks for."""
    for tail in _LISTED_TAILS:
        head = stem.removesuffix(tail)
        if head != stem and len(head) > MIN_PART:
            return head.removesuffix("s")
    return ""


def words(text: str) -> list[str]:
    return _WORD.findall(_BROKEN_WORD.sub("", unicodedata.normalize("NFKC", text)).casefold())


STOPWORDS = set(
    """
    och i på till för att det den de som är en ett av med har ska kan om vad vem vilka vilken vilket när var hur
    varför finns fanns blir blev vara vid från under efter eller men så inte ingen inga nu också då sig sin sina
    dem dom deras man vi du jag ni han hon hen detta denna dessa här där mot mellan över ut upp bara alla
    the a an of to in on for is are was what who when where how which does do did about and or be by
    om kring gäller gällde gällt sägs står skrivs tas tog togs enligt allra hos inom hade respektive tillika samt igenom åt
    alltså asså liksom ju nog egentligen själv själva självt nånsin någonsin ever
    """.translate(FOLD).split()
)  # folded, so that "fran" and "nar" typed without å/ä/ö are stopwords too


def fold(word: str) -> str:
    return word.translate(FOLD)


def content_terms(text: str) -> set[str]:
    terms = {normalise_word(w) for w in words(text) if fold(w) not in STOPWORDS and len(w) > 1}
    return terms | {base for term in terms if (base := word_base(term))} | phrase_terms(text)


def word_base(stem: str) -> str:
    """The other form a stem is also found under: a derivation's base, a synonym, a strong verb's present."""
    return derivation_base(stem) or SYNONYMS.get(stem, "") or strong_verb_present(stem)


STRONG_VERBS = (("gick", "gar"), ("gat", "gar"), ("fick", "far"), ("tog", "tar"), ("drog", "drar"), ("stod", "star"),
                ("gav", "ger"), ("slog", "slar"))  # past stem, present stem


def strong_verb_present(stem: str) -> str:
    """"utgick", "utgått" → "utgår"; "framgick" → "framgår": the present the documents write."""
    return next((stem[:-len(past)] + present for past, present in STRONG_VERBS if stem.endswith(past)
                 and len(stem) > len(past)), "")


MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
ENGLISH_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                              "august", "september", "october", "november", "december"), 1)}
COUNT_WORDS = {word: number for number, word in enumerate(
    ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"), start=2)}  # "två tillägg"
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year as questions and documents write it
MEETING_WORD = r"[\wåäö]*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman)"  # "styrelsemötet", "årsstämman"
_UNITS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde")
_TEENS = ("tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde",
          "nittonde")
DAY_ORDINALS = {word: day for day, word in enumerate(
    (*_UNITS, *_TEENS, "tjugonde", *(f"tjugo{u}" for u in _UNITS), "trettionde", "trettioförsta"), start=1)}
_DAY_ORDINAL = re.compile(rf"\b({'|'.join(sorted(DAY_ORDINALS, key=len, reverse=True))})(?=(?: och \w+)? "
                          rf"(?:{'|'.join(MONTHS)})\b)")


def with_numbered_days(low: str) -> str:
    """"den fjortonde juni" → "den 14 juni"; "den fjärde och femte maj" → "den 4 och 5 maj"."""
    return _DAY_ORDINAL.sub(lambda m: str(DAY_ORDINALS[m[1]]), low)


WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def month_starting(prefix: str) -> str:
    """The month whose name starts with ``prefix`` ("nov" → "november"), or ""."""
    return next((name for name in MONTHS if name.startswith(prefix)), "")


_SWEDISH_DATE = re.compile(r"(\d{1,2})[ \t]+([a-zåäö]+)[ \t]+(\d{4})")


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for a day the calendar does not have ("31 juni")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# an operating year ("verksamhetsåret 2018/2019", "2018/19", "verksamhetsåret 20/21"), not a plan's or budget's
# ("budget för 2019/2020") nor a day ("den 11/12")
_OPERATING_YEAR = re.compile(r"(?<![\d/])(20\d\d|\d\d)/(?:20)?(\d\d)(?![\d/])")
# "verksamhetsplan 2024", "budget för …", "uppföljningen för mars": what a period names, not when a meeting was
NAMED_BY_YEAR = "berättelse|plan|budget|bokslut|redovisning|rapport|prognos|uppföljning|statistik"
_NAMED_BY_YEAR = re.compile(rf"(?:{NAMED_BY_YEAR})\w*(?: för| inför)? $")


def operating_year(low: str) -> tuple[str, str] | None:
    """The first and last day of the two years an operating year spans."""
    found = _OPERATING_YEAR.search(low)
    if not found or int(found[2]) != int(found[1][-2:]) + 1 or _NAMED_BY_YEAR.search(low[:found.start()]) or \
            len(found[1]) == 2 and not low[:found.start()].endswith(("verksamhetsåret ", "verksamhetsår ")):
        return None
    return f"20{found[1][-2:]}-01-01", f"20{found[2]}-12-31"


def normalize_dnr(value: str) -> str:
    """``"BN 2023- 002581"`` → ``"BN-2023-002581"``; ``"2024-00001"`` stays."""
    value = re.sub(r"\s*-\s*", "-", " ".join(value.split()))
    return re.sub(r"^([A-ZÅÄÖ]{1,6}) (?=\d)", r"\1-", value)


def iso_date(swedish: str) -> str:
    """``"14 mars 2024"`` → ``"2024-03-14"``; ``""`` when it is not such a date."""
    match = _SWEDISH_DATE.fullmatch(swedish.strip())
    if not match or match.group(2).lower() not in MONTH_NUMBERS:
        return ""
    day, month, year = match.groups()
    return f"{year}-{MONTH_NUMBERS[month.lower()]:02d}-{int(day):02d}"


def fold_name(value: str) -> str:
    """Case- and diacritic-insensitive form with single spaces: "Rågelund  1:117" → "ragelund 1:117"."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# "diskutera", "disponeras", "avgjordes", "fortsatte"
_VERB_ENDINGS = ("era", "erar", "eras", "erade", "erat", "erats", "des", "tes", "ade", "tte",
                 "mde", "lde", "vde", "gde", "pte", "kte")  # "bestämde", "ställde", "krävde", "byggde", "köpte", "sökte"
# the ends of strong and compound verbs: "utgick", "framkom", "avbröt", "beslöt", "föreslog", "föreslås", "genomförde"
_STRONG_PAST = ("gick", "fick", "kom", "tog", "gav", "stod", "drog", "höll", "hölls", "blev", "satt", "vann", "låg",
                "såg", "bad", "drev", "skrev", "steg", "sköt", "bröt", "föll", "gjorde", "hörde", "körde", "sade", "löt", "löts",
                "slog", "slogs", "slår", "slås", "förde", "fördes", "sköts", "ströks", "bjöd", "lät",
                "föreslagen", "föreslagna", "föreslaget", "föreslagits", "utsedd", "utsedda", "utsett",  # participles
                "dragit", "tagit", "kommit", "gjort", "fått", "gått", "stått", "skrivit", "blivit", "funnit", "vunnit",
                "hållit", "slagit", "brutit", "fallit", "drivit", "stigit", "låtit", "bjudit", "skjutit")  # supines


def looks_like_verb(word: str) -> bool:
    """A word a question's verb ends like: it frames the question, it names no subject."""
    return word.endswith(_VERB_ENDINGS + _STRONG_PAST)


# Swedish parties as minutes abbreviate them ("Barbro Larsson (C)") and as people name them ("centerpartiet",
# "sverigedemokrater", "moderaten"): the start of each name, folded
_PARTY_NAMES = {"S": ("socialdemokrat", "sosse"), "M": ("moderat",), "C": ("centerpart", "centern"),
                "L": ("liberal", "folkpartiet"), "KD": ("kristdemokrat",), "V": ("vansterpart",),
                "MP": ("miljopart",), "SD": ("sverigedemokrat",)}


def parties_named(text: str) -> set[str]:
    """The abbreviations of the parties the words name."""
    folded = [fold(w) for w in words(text.casefold())]
    return {party for party, names in _PARTY_NAMES.items() if any(w.startswith(names) for w in folded)}
