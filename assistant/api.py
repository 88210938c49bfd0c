"""The Python API: ``Assistant.from_settings().ask("…")``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from assistant.answer.extractive import (
    NOT_FOUND,
    Answer,
    SourceTexts,
    compose_extractive,
    coverage,
    dense_relevance,
    related_sources,
    relevance,
    select_units,
    term_weights,
    topic_terms,
)
from assistant.answer.conversation import Message, standalone_question
from assistant.answer.decisions import (
    MONTHS,
    Period,
    compose_decisions,
    decisions_for,
    is_decision_question,
    merge,
    missing_minutes,
    resolve_period,
)
from assistant.index.decisions import DecisionRegister
from assistant.index.embedding import Embedder, make_embeddings
from assistant.index.embedding_cache import with_cache
from assistant.index.ingest import Ingestor, IngestSummary, OnResult, Progress, doc_id_for
from assistant.index.sync import SyncPlan, SyncSummary, sync_folder
from assistant.swedish import content_terms, words
from assistant.answer.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.index.store import Filters, Index, IndexError_

UNKNOWN_MIN_CHARS = 6
VERB_ENDINGS = ("era", "erar", "erade", "erat")
DATE_TERMS = content_terms(" ".join(MONTHS)) | {str(year) for year in range(1990, 2100)}
DECISION_COVERAGE = 0.5  # a decision is listed only when its passage holds most of what the question asks about
_ENGLISH = re.compile(r"\b(what|who|when|where|which|how|is|are|does|the|about|meeting|decided|proposed)\b",
                      re.IGNORECASE)
NOT_PROPERTY_NAMES = {"klockan", "från", "till", "mellan", "och", "eller", "kring", "runt", "paragraf", "punkt"}
_DESIGNATION = re.compile(r"\b([A-Za-zÅÄÖåäö]{3,})[\s-]+(\d{1,4}:\d{1,4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SWEDISH_DATE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b", re.IGNORECASE)


class EmptyIndexError(IndexError_):
    pass


class Assistant:
    def __init__(self, settings: Settings, index: Index, embedder: Embedder, decisions: DecisionRegister,
                 retriever: HybridRetriever | None = None) -> None:
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.decisions = decisions
        self.retriever = retriever or HybridRetriever(index, embedder, settings.retrieval, settings.fusion)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, embedder: Embedder | None = None,
                      **overrides: Any) -> "Assistant":
        settings = settings or Settings.load(**overrides)
        embedder = embedder or with_cache(make_embeddings(settings), settings)
        index = Index(settings, embedder.name, embedder.dimension)
        decisions = DecisionRegister(settings.index_path / "decisions.sqlite")
        return cls(settings, index, embedder, decisions)

    # --- documents ---

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestSummary:
        return Ingestor(self.index, self.embedder, self.decisions).ingest(paths, progress)

    def sync(self, progress: Progress | None = None, on_result: OnResult | None = None,
             on_plan: Callable[[SyncPlan], None] | None = None) -> SyncSummary:
        """Bring the index in step with the corpus folder: new and changed files in, vanished ones out."""
        ingestor = Ingestor(self.index, self.embedder, self.decisions)
        return sync_folder(ingestor, Path(self.settings.corpus_path), progress, on_result, on_plan)

    def remove(self, doc_id_or_path: str) -> bool:
        """Remove a document by its id, or by the path it was ingested from (from any working directory)."""
        doc = self.index.document(doc_id_or_path) or self.index.document(doc_id_for(Path(doc_id_or_path)))
        if doc is None:
            return False
        with self.index.write_lock:
            self.decisions.remove_document(doc["doc_id"])
            return self.index.remove_document(doc["doc_id"])

    def documents(self) -> list[dict[str, Any]]:
        return self.index.documents()

    # --- questions ---

    def ask(self, question: str, history: list[Message] | None = None, filters: dict[str, Any] | Filters | None = None,
            mode: str | None = None) -> Answer:
        if not self.index.documents():
            raise EmptyIndexError(
                f"Indexet i {self.settings.index_path} är tomt. Lägg in dokument först: assistant ingest corpus/"
            )
        filters = filters if isinstance(filters, Filters) else Filters.from_dict(filters)
        mode = mode or self.settings.answer_mode
        standalone = standalone_question(question, history)
        about_decisions = is_decision_question(standalone)
        period = resolve_period(standalone, self.decisions.meetings_with_minutes()) if about_decisions else None
        if about_decisions and (filters.date_from or filters.date_to):  # the user's date filter wins
            period = Period(filters.date_from, filters.date_to)
        original_filters = filters
        if period and (period.since or period.until) and not (filters.date_from or filters.date_to):
            filters = replace(filters, date_from=period.since, date_to=period.until)
        hits = self.retriever.search(standalone, self.settings.top_k, filters)
        if not hits and period and (period.since or period.until):
            hits = self.retriever.search(standalone, self.settings.top_k, original_filters)  # a year was the topic
        terms = self.question_terms(question, standalone)
        missing = self._missing_meeting(question, hits) or _missing_designation(question, hits)
        if not missing and about_decisions:
            missing = missing_minutes(question, _dates_in(question), self.decisions)
        missing = missing or self._unknown_subject(question)
        if missing or self.relevance(hits, terms, question) < self.settings.refusal_threshold:
            text = f"{missing} {NOT_FOUND}" if missing else NOT_FOUND
            return Answer(text, [], False, mode, standalone, related=related_sources(hits))
        if mode == "llm":
            from assistant.answer.llm import answer_with_llm

            return answer_with_llm(self, question, standalone, hits, history, filters)
        if about_decisions:
            weights = term_weights(terms - DATE_TERMS, self.index.lexical().inverse_document_frequency)
            relevant = [hit for hit in hits if coverage(hit, weights) >= DECISION_COVERAGE]
            decided = self._decisions_answer(relevant, period or resolve_period("", []))
            if decided:
                text, citations, others = decided
                return merge(text, citations, self.answer_extractively(question, standalone, others))
        return self.answer_extractively(question, standalone, hits)

    def _decisions_answer(self, hits: list, period) -> tuple[str, list, list] | None:
        """The register's decisions behind the hits, and the hits left for the rest of the answer."""
        decisions = decisions_for(self.decisions, hits, period)
        if not decisions:
            return None
        titles = {d["doc_id"]: d for d in self.index.documents()}
        text, citations = compose_decisions(decisions, self.decisions, SourceTexts(self.index), titles)
        if not citations:
            return None
        decided = {(d.doc_id, d.paragraph) for d in decisions}
        others = [h for h in hits if not (h.chunk.metadata.get("kind") == "decision" and
                                          (h.chunk.doc_id, h.chunk.metadata.get("item_number")) in decided)]
        return text, citations, others

    def _unknown_subject(self, question: str) -> str:
        """A subject word the documents never use, not even inflected or in a compound ("simhallen"), means
        the documents cannot answer: refuse instead of quoting whatever shares the other words."""
        if _ENGLISH.search(question):
            return ""
        lexical = self.index.lexical()
        subject_words = [w for w in words(question) if not w.endswith(VERB_ENDINGS)]  # "diskutera" frames a question
        unknown = [t for t in topic_terms(content_terms(" ".join(subject_words)))
                   if len(t) >= UNKNOWN_MIN_CHARS and not lexical.known(t) and not lexical.has_prefix(t[:UNKNOWN_MIN_CHARS])]
        return "Underlagen nämner inte det frågan gäller." if unknown else ""

    def question_terms(self, question: str, standalone: str) -> set[str]:
        """The question's terms, typos corrected to the closest word the documents use."""
        lexical = self.index.lexical()
        return {lexical.known(t) or t for t in content_terms(question) | content_terms(standalone)}

    def relevance(self, hits: list, terms: set[str], question: str = "") -> float:
        if _ENGLISH.search(question):  # English words never meet Swedish text: trust the multilingual embedder
            return dense_relevance(hits)
        return relevance(hits, terms, self.index.lexical().inverse_document_frequency)

    def answer_extractively(self, question: str, standalone: str, hits: list) -> Answer:
        texts = SourceTexts(self.index)
        terms = self.question_terms(question, standalone)
        picked = select_units(hits, texts, terms, standalone, self.question_terms(question, question))
        if not picked:
            return Answer(NOT_FOUND, [], False, "extractive", standalone, related=related_sources(hits))
        text, citations = compose_extractive(picked, texts)
        return Answer(text, citations, True, "extractive", standalone)

    def _missing_meeting(self, question: str, hits: list) -> str:
        """A question naming a date that is neither a meeting in the index nor mentioned in what was
        found must not be answered from other meetings."""
        asked = _dates_in(question)
        if not asked:
            return ""
        meetings = {d["meeting_date"] for d in self.index.documents()}
        found_text = " ".join(h.chunk.text for h in hits)
        for day in asked:
            iso = day.isoformat()
            spoken = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
            if iso in meetings or iso in found_text or spoken.casefold() in found_text.casefold():
                continue
            wants_minutes = re.search(r"protokoll|beslut", question, re.IGNORECASE)
            kind = "Protokollet" if wants_minutes else "Sammanträdet"
            return f"{kind} från {spoken} finns inte i underlagen."
        return ""


def _missing_designation(question: str, hits: list) -> str:
    """A property designation ("KYVIK 10:1") that none of the found passages mentions is not in the
    documents: refuse rather than answer about other properties."""
    found = " ".join(f"{h.chunk.context}\n{h.chunk.text}" for h in hits).casefold()
    for name, number in _DESIGNATION.findall(question):
        if name.casefold() in NOT_PROPERTY_NAMES:
            continue
        if not re.search(rf"{re.escape(name.casefold()[:4])}\w*[\s-]*{re.escape(number)}", found):  # typo-tolerant
            return f"{name.upper()} {number} nämns inte i underlagen."
    return ""


def _dates_in(text: str) -> list[date]:
    found = []
    for y, m, d in _ISO_DATE.findall(text):
        found.append(_safe_date(int(y), int(m), int(d)))
    for d, month, y in _SWEDISH_DATE.findall(text):
        found.append(_safe_date(int(y), MONTHS.index(month.lower()) + 1, int(d)))
    return [d for d in found if d]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
