"""Whether a word of the question stands in a passage, also in another form: the stemmer's variants, the parts
of a compound, a linking s left out."""

from __future__ import annotations

from assistant.swedish import normalise_word

COMPOUND_PART = 4
LAST_LETTER_STEM = 7  # a stem this long that differs only in its last letter is the same word


def matches(terms: set[str], found: set[str], weights: dict[str, float] | None = None) -> float:
    """How many of ``terms`` occur in ``found`` (each counted by its weight, default 1), also in another form
    (``_alike``)."""
    return sum((weights or {}).get(t, 1.0) for t in terms if t in found or len(t) >= 4 and any(_alike(t, f) for f in found)
               or _parts_apart(t, found))


def _parts_apart(t: str, found: set[str]) -> bool:
    """A compound of the question whose parts the text writes apart ("stadgeändringen": "ändring av föreningens
    stadgar"): its head is a word of the text and so is its modifier, with or without the linking s or e."""
    if len(t) < 2 * COMPOUND_PART:
        return False
    for f in found:
        if len(f) >= COMPOUND_PART and t.endswith(f) and len(t) - len(f) >= COMPOUND_PART:
            modifier = t[:-len(f)]
            stemmed = {normalise_word(modifier), normalise_word(modifier.removesuffix("s"))}  # "styrelsearvodet":
            if any(m in found for m in (modifier, modifier[:-1])) and modifier[-1:] in "se" or modifier in found \
                    or stemmed & found:  # "arvodet till styrelsen", the modifier stemmed as the text's word
                return True
    return False

def _alike(t: str, f: str) -> bool:
    """The tail or head of a compound ("juster" in "protokolljuster", "valfard" in "valfardsbrot"), a stem two letters
    shorter ("investeringskostn" for "investeringskostnad": the stemmer cuts "kostnad" and "kostnaden" apart), a long
    stem with another last letter ("fyllnadsvald" for "fyllnadsvalj": "valdes" and "välja" are one verb), or a
    compound with its linking s left out ("likabehandlingombud"), or a verb's past and its noun in -an ("anmäldes",
    "Anmälan")."""
    return f.endswith(t) or len(t) >= 5 and f.startswith(t) or len(f) >= 5 and t.startswith(f) and len(t) - len(f) <= 2 \
        or len(t) == len(f) >= LAST_LETTER_STEM and t[:-1] == f[:-1] \
        or _linking_s_left_out(t, f) or _linking_s_left_out(f, t) or _noun_of_verb(t, f) or _noun_of_verb(f, t)


def _noun_of_verb(verb: str, noun: str) -> bool:
    """"anmald" / "anmalan", "ansokt" / "ansokan"."""
    return len(verb) >= 5 and verb[-1] in "dt" and noun == f"{verb[:-1]}an"


def _linking_s_left_out(longer: str, shorter: str) -> bool:
    if len(longer) != len(shorter) + 1 or len(shorter) < LAST_LETTER_STEM:
        return False
    at = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
    return longer[at] == "s" and longer[at + 1:] == shorter[at:]
