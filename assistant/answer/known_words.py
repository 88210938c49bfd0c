"""Whether the documents know a word of a question: as it is, inflected, as a compound of words they use, as a
part of a document about a word they use ("enkätbilagan"), or in English in minutes kept in English."""

from __future__ import annotations

import re

from assistant.answer.english import english_terms
from assistant.answer.references import ITEM_PARTS
from assistant.answer.relevance import COMPOUND_HEAD_CHARS
from assistant.index.lexical import LexicalIndex
from assistant.swedish import STOPWORDS, content_terms, fold, normalise_word

UNKNOWN_MIN_CHARS = 6
COMPOUND_PART_CHARS = 4  # each word of a compound of two the documents use
RARE_HEAD_IDF = 6.0  # a compound's head this rare names the thing itself ("sladdar"); "kostnad" does not
_DOCUMENT_PARTS = ("bilagan", "bilaga", "bilag", "frågan", "fråga", "fråg") + ITEM_PARTS
_PART_OF_DOCUMENT = re.compile(rf"(\w{{4,}}?)s?(?:{'|'.join(fold(w) for w in _DOCUMENT_PARTS)})")


def head_in(term: str, folded: str, lexical: LexicalIndex) -> bool:
    """The compound's head, a word of its own, is in the text ("elmätning": "individuell mätning")."""
    return any(lexical.known(term[i:]) == term[i:] and stem_prefix(term[i:]) in folded
               for i in range(2, len(term) - COMPOUND_HEAD_CHARS + 1))


# "plusresultat", "minussaldot": the sign of a figure the documents write "+ 82 529kr", not a subject of its own
_SIGNED = re.compile(r"(?:plus|minus)(\w{4,})")


def known_parts(term: str, lexical: LexicalIndex) -> bool:
    """A compound of two words the documents use ("laddsladdar" of "laddning" and "sladdar"): both parts long
    enough to be words of their own, not a syllable ("simhallen"), and the head a rare word. A common head
    ("totalkostnaden" of minutes that give costs but no total) leaves the subject to the modifier."""
    if (signed := _SIGNED.fullmatch(term)) and lexical.known(signed[1]):
        return True
    for i in range(COMPOUND_PART_CHARS, len(term) - COMPOUND_PART_CHARS + 1):
        head = lexical.known(term[i:])
        if head and lexical.has_prefix(term[:i]) and lexical.inverse_document_frequency(head) >= RARE_HEAD_IDF:
            return True
    return False


def said_in_english(term: str, lexical: LexicalIndex) -> bool:
    """"kassör" of minutes written in English, which say "treasurer"."""
    return any(lexical.known(word) == word for word in english_terms(term))


_AMOUNT_HEADS = content_terms("kostnad kostnaden belopp beloppet summa summan antal antalet pris priset avgift avgiften")


def parts_said_together(term: str, lexical: LexicalIndex) -> bool:
    """A compound of two words that one passage uses together may be the asker's word for what it says
    ("färgbyte": "vi byter färg", "pennalternativ": "blyertspennor … Lyxalternativ"). Not when the head is the
    amount asked: "totalkostnaden" of minutes that give costs but never a total."""
    for i in range(COMPOUND_PART_CHARS, len(term) - COMPOUND_PART_CHARS + 2):
        modifier, head = term[:i], term[i:]
        if modifier in STOPWORDS or head in STOPWORDS or head in _AMOUNT_HEADS:
            continue  # "frånvarande" is no "från" said with "var"
        if lexical.said_together(modifier, head):
            return True
    return False


def known_part_of_document(term: str, lexical: LexicalIndex) -> bool:
    """"enkätbilagan", "budgetpunkten", "lokalfrågan": an attachment, item or matter about a word documents use."""
    part = _PART_OF_DOCUMENT.fullmatch(term)
    return bool(part) and bool(lexical.known(part[1]) or lexical.has_prefix(stem_prefix(part[1])))


def neuter_base(term: str) -> str:
    """"externt", which the stemmer reads as a participle ("godkänt": "godkand"), of "extern": the stem of the
    word without its neuter ending."""
    return normalise_word(term[:-1]) if term.endswith("nd") and len(term) > UNKNOWN_MIN_CHARS else ""


def definite_base(term: str) -> str:
    """"bygget", which the stemmer leaves whole, of "bygg-" (bygglov, byggnad): a short noun's definite neuter form
    after a doubled consonant; another word as it is."""
    return term[:-2] if len(term) == 6 and term.endswith("et") and term[-3] == term[-4] else term


def stem_prefix(term: str) -> str:
    """The start a word must share with the documents' words: six letters, five of a six-letter word whose end
    may be an article the stemmer left on ("datorn" for "Dator")."""
    return term[:min(UNKNOWN_MIN_CHARS, len(term) - 1)]
