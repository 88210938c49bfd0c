"""The Python API: ``Assistant.from_settings().ask("…")``.

``ask`` orchestrates: analyse the question once (``answer.questions``), retrieve with the filters it implies,
refuse when a named meeting, minutes or property is missing (``answer.refusal``), answer by lookup in the
meeting model when a plan applies (``answer.plans``), else ask the LLM (llm mode, falling back) or compose
an extractive answer (``answer.extractive``, with the decision register for decision questions).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import reduce
from pathlib import Path
from typing import Any

from assistant.answer.attachments import asked_of_attachment
from assistant.answer.boilerplate import boilerplate_keys
from assistant.answer.composer import ADDRESSEES, compose_answer
from assistant.answer.bodies import organisation_aliases, organisations_by_folder
from assistant.answer.compound import answered_in_parts, joined, leaning_turn, part_turns, question_parts
from assistant.answer.item_fields import is_bare_outcome
from assistant.answer.conversation import Message
from assistant.answer.decisions import asks_all_decisions, compose_decisions, decisions_for, merge, under_items
from assistant.answer.extractive import NOT_FOUND, Answer, Citation, related_sources
from assistant.answer.term_match import matches
from assistant.answer.sources import SourceTexts
from assistant.answer.lookup import Context, names_every_property
from assistant.answer.passages import as_passages
from assistant.answer.narrowing import (in_the_years_section, minutes_over_notice, names_property, naming_documents,
                                        naming_properties, of_named_bodies)
from assistant.answer.relevance import coverage, dense_relevance, rarest, relevance, term_weights, with_known_heads
from assistant.answer.meeting_days import with_meeting_day
from assistant.answer.plans import answer_by_plan, lookup_offsets
from assistant.answer.english import glossary_words, is_english, written_in_english
from assistant.answer.periods import Period
from assistant.answer.questions import Corrector, IndexFacts, Question, analyse, with_english_words
from assistant.answer.stated import states_what_is_asked
from assistant.answer.held_paragraphs import minutes_by_paragraphs
from assistant.answer.item_titles import listed_meeting_agenda
from assistant.answer.refusal import missing_reason, year_not_cited
from assistant.answer.reported import reported_outcome
from assistant.answer.retrieval import Hit, HybridRetriever
from assistant.answer.scope import scope_text, undated_of_the_years, visible, wider_filters, year_as_topic
from assistant.answer.separately import by_organisation, labelled
from assistant.documents.fields import names_field
from assistant.documents.model import ChunkKind
from assistant.answer.validation import Budget, checked_history, checked_question
from assistant.documents.loaders import Limits
from assistant.errors import EmptyIndexError, IndexUnavailableError
from assistant.index.decisions import Decision, DecisionRegister
from assistant.index.embedding import Embedder, make_embeddings
from assistant.index.embedding_cache import with_cache
from assistant.index.ingest import Ingestor, IngestSummary, OnResult, Progress, doc_id_for
from assistant.index.meetings import MeetingModel, Span
from assistant.index.sync import SyncPlan, SyncSummary, sync_folder
from assistant.index.store import Filters, Index, StoredChunk, describe_open_error
from assistant.settings import Settings
from assistant.swedish import content_terms

PINNED_CHUNKS = 4
YEAR_CONTEXT_CHARS = 200  # the lines above a looked-up value that may say its year
MAX_PART_DEPTH = 3  # a question split in parts, and its parts again: "2005, 2009, 2013 och 2019"
# who moved what: "vem ville …", "var det nån som ville återremittera det?"
ASKS_MOTIONS = re.compile(r"yrka|reserv|röstade|rostade|proposition"
                          r"|\b(?:vem|nån|någon|några)\b[^?]*\b(?:ville|återremi)")
# A decision is listed only when its passage holds most of what the question asks about and the question's most
# specific word ("skolskjutsar", not "gymnasiet").
DECISION_COVERAGE = 0.5


class Assistant:
    def __init__(self, settings: Settings, index: Index, embedder: Embedder, meetings: MeetingModel,
                 retriever: HybridRetriever | None = None) -> None:
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.meetings = meetings
        self.retriever = retriever or HybridRetriever(index, embedder, settings.retrieval, settings.fusion)
        self._boilerplate: tuple[int, frozenset[str]] = (-1, frozenset())

    @classmethod
    def from_settings(cls, settings: Settings | None = None, embedder: Embedder | None = None,
                      **overrides: Any) -> "Assistant":
        settings = settings or Settings.load(**overrides)
        embedder = embedder or with_cache(make_embeddings(settings), settings)
        index = Index(settings, embedder.name, embedder.dimension)
        try:
            meetings = MeetingModel(settings.index_path / "meetings.sqlite")
        except sqlite3.Error as error:
            index.close()
            raise IndexUnavailableError(describe_open_error(settings.index_path, error)) from None
        assistant = cls(settings, index, embedder, meetings)
        Ingestor(index, embedder, meetings).fill_meetings()  # an index built before the meeting model
        return assistant

    @property
    def decisions(self) -> DecisionRegister:
        return self.meetings.register

    # --- documents ---

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestSummary:
        limits = Limits.from_settings(self.settings)
        return Ingestor(self.index, self.embedder, self.meetings, limits).ingest(paths, progress)

    def sync(self, progress: Progress | None = None, on_result: OnResult | None = None,
             on_plan: Callable[[SyncPlan], None] | None = None) -> SyncSummary:
        """Bring the index in step with the corpus folder: new and changed files in, vanished ones out."""
        ingestor = Ingestor(self.index, self.embedder, self.meetings)
        return sync_folder(ingestor, Path(self.settings.corpus_path), progress, on_result, on_plan)

    def remove(self, doc_id_or_path: str) -> bool:
        """Remove a document by its id, or by the path it was ingested from (from any working directory)."""
        doc = self.index.document(doc_id_or_path) or self.index.document(doc_id_for(Path(doc_id_or_path)))
        if doc is None:
            return False
        with self.index.write_lock:
            self.meetings.remove_document(doc["doc_id"])
            return self.index.remove_document(doc["doc_id"])

    def documents(self) -> list[dict[str, Any]]:
        return self.index.documents()

    # --- questions ---

    def analyse(self, question: str, history: list[Message] | None = None, filters: Filters | None = None,
                all_documents: list[dict[str, Any]] | None = None, owner: str = "") -> Question:
        """``all_documents``: the index's documents when the caller has read them already; ``owner``: the
        organisation to read the question as naming."""
        documents = self.index.documents() if all_documents is None else all_documents
        meetings = self.meetings.meetings() + self.meetings.appended()
        known = IndexFacts(organisations_by_folder(documents), organisation_aliases(documents),
                           self.meetings.mentioned_dates(), self.meetings.designations(), self.meetings.numbered())
        return analyse(question, history, meetings, Corrector(self.index.lexical().known), filters, known, owner)

    def ask(self, question: str, history: list[Message] | None = None, filters: dict[str, Any] | Filters | None = None,
            mode: str | None = None) -> Answer:
        """Raises ``QuestionError`` (too long, bad filter or date, over the time budget) and ``EmptyIndexError``.
        A question that asks two things is answered part by part (the llm mode reads it whole)."""
        question = checked_question(question, self.settings.max_question_chars)
        history = checked_history(history, self.settings.max_question_chars)
        filters = filters if isinstance(filters, Filters) else Filters.from_dict(filters)
        all_documents = self.index.documents()
        if not all_documents:
            raise EmptyIndexError(f"Indexet i {self.settings.index_path} är tomt. Lägg in dokument först: "
                                  "assistant ingest corpus/")
        mode = mode or self.settings.answer_mode
        texts = SourceTexts(self.index)  # each document read once per question, whatever its parts and passes
        if mode != "llm" and (parts := question_parts(question)):
            answer = self._in_parts(parts, question, history, filters, mode, all_documents, texts)
            return as_passages(answer, texts)
        return as_passages(self._answer(question, history, filters, mode, all_documents, texts), texts)

    def _in_parts(self, parts: tuple[str, str], question: str, history: list[Message] | None, given: Filters,
                  mode: str, all_documents: list[dict[str, Any]], texts: SourceTexts, depth: int = 1) -> Answer:
        """Each part answered; a part that asks in parts again ("… 2009 resp 2019" after "2005, ") is split too."""
        analyse = lambda part: self.analyse(part, history, given, all_documents)  # noqa: E731

        def answer_part(part: str, part_history: list[Message] | None, part_given: Filters) -> Answer:
            if depth < MAX_PART_DEPTH and (inner := question_parts(part)):
                return self._in_parts(inner, part, part_history, part_given, mode, all_documents, texts, depth + 1)
            return self._answer(part, part_history, part_given, mode, all_documents, texts)
        answer = answered_in_parts(part_turns(parts, question, history, given, analyse), answer_part, analyse,
                                   all_documents, leaning_turn(parts[1], question, history, given))
        return with_meeting_day(question, answer, self.meetings, texts)  # "…, och vilket datum?"

    def _answer(self, question: str, history: list[Message] | None, given: Filters, mode: str,
                all_documents: list[dict[str, Any]], texts: SourceTexts) -> Answer:
        """A whole year the question names dates the meetings searched, unless nothing is found there: then it may
        be the year something is for ("hur stort budgettillskott får nämnden 2026"), asked of every meeting."""
        budget = Budget(self.settings.answer_budget_s)  # one for both passes
        q = self.analyse(question, history, given, all_documents)
        owners = () if given.narrows() or mode == "llm" else by_organisation(q, self.meetings.meetings(), all_documents)
        # "årsmötet 2023" of two associations: each organisation's own
        each = [(owner, self._answer_to(self.analyse(question, history, given, all_documents, owner), history, given,
                                        mode, budget, texts)) for owner in owners]
        if found := [labelled(owner, answer) for owner, answer in each if answer.found]:
            return reduce(joined, found)
        answer = self._answer_to(q, history, given, mode, budget, texts)
        if not answer.found and (undated := year_as_topic(q, given)) and \
                (retried := self._answer_to(undated, history, given, mode, budget, texts)).found:
            return retried
        return answer

    def _answer_to(self, q: Question, history: list[Message] | None, given: Filters, mode: str,
                   budget: Budget, texts: SourceTexts) -> Answer:
        documents = {d["doc_id"]: d for d in self.index.documents(given.groups)}  # what this user may read
        meetings = visible(self.meetings.meetings(), documents, given)  # the user's filters bind lookups too
        q = minutes_by_paragraphs(asked_of_attachment(q, meetings, self.meetings, documents), meetings, self.meetings)
        if not q.english and q.meetings and all(written_in_english(texts.text(doc)) for doc in q.meetings):
            q = with_english_words(q, Corrector(self.index.lexical().known).knows)
        context = Context(q, self.meetings, self._documents_by_relevance(q), texts, documents, meetings)
        by_lookup = not q.appended_only  # the model holds the facts of a document's own meeting, not of minutes
        planned = _only_visible(answer_by_plan(context) if by_lookup else listed_meeting_agenda(context),  # appended
                                documents)  # to it; of the meetings a page lists, the paragraphs under each day
        pinned = self._chunks_at([(c.doc_id, c.start) for c in planned.citations] if planned else
                                 lookup_offsets(context) if by_lookup else [])
        hits = self.retriever.search(q.search_text, self.settings.top_k, q.filters, pinned)
        if undated := undated_of_the_years(q.filters, meetings):  # papers of the year no meeting day dates
            dateless = replace(q.filters, documents=undated, date_from="", date_to="")
            seen = {hit.chunk.chunk_id for hit in hits}
            hits += [h for h in self.retriever.search(q.search_text, self.settings.top_k, dateless, ())
                     if h.chunk.chunk_id not in seen]
        for wider in wider_filters(q.filters, given):  # a named body or year was the topic, not a filter
            if hits:
                break
            hits = self.retriever.search(q.search_text, self.settings.top_k, wider, pinned)
            q = replace(q, filters=wider)
        budget.check()
        appended = visible(self.meetings.appended(), documents, given)
        roles_found = content_terms(" ".join(q.roles)) if planned is not None and planned.found else frozenset()
        missing = missing_reason(q, hits, meetings + appended, self.index.lexical(),
                                 lambda: scope_text(q, given, meetings, texts), roles_found)
        if missing and (told := reported_outcome(context, missing)):  # another document tells what it decided
            return told
        if missing:
            return Answer(f"{missing} {NOT_FOUND}", [], False, mode, q.standalone, related=related_sources(hits))
        if planned is not None:  # a lookup of another year's facts ("ordförande för 2026" of the 2025 board) is refused
            if planned.found and (other_year := year_not_cited(q, planned.citations, lambda c: _before(texts, c))):
                return Answer(f"{other_year} {NOT_FOUND}", [], False, mode, q.standalone, related=related_sources(hits))
            planned.mode = mode if mode != "llm" else "extractive"
            return with_meeting_day(q.standalone, planned, self.meetings, texts)
        on_topic = self.relevance(hits, set(q.subject_terms), q.text, q.documents_english) if not pinned else 1.0
        named = q.reference("fastighet") is not None and any(names_property(q, hit) for hit in hits)
        if on_topic < self.settings.refusal_threshold and not named:  # the property named is what it is about
            return Answer(NOT_FOUND, [], False, mode, q.standalone, related=related_sources(hits))
        if mode == "llm":
            return self._answer_with_llm(q, hits, history, texts, budget.remaining())
        answer = self._answer_extractively(q, hits, texts, documents)
        if other_year := year_not_cited(q, answer.citations, lambda c: _before(texts, c)):
            return Answer(f"{other_year} {NOT_FOUND}", [], False, mode, q.standalone, related=related_sources(hits))
        return with_meeting_day(q.standalone, answer, self.meetings, texts)

    def _documents_by_relevance(self, q: Question) -> list[str]:
        """Doc ids in the order of their best BM25 chunk for the question (cheap: no embedding)."""
        ranked = self.index.lexical().search(q.search_text, 30, self.index.allowed_chunk_ids(q.filters))
        return list(dict.fromkeys(chunk_id.split(":")[0] for chunk_id, _ in ranked))

    def _chunks_at(self, offsets: list[tuple[str, int]]) -> tuple[str, ...]:
        found: list[str] = []
        for doc_id in dict.fromkeys(doc for doc, _ in offsets):
            found += self.index.chunks_at(doc_id, [at for doc, at in offsets if doc == doc_id])
        return tuple(dict.fromkeys(found))[:PINNED_CHUNKS]

    def _answer_extractively(self, q: Question, hits: list[Hit], texts: SourceTexts, documents: dict) -> Answer:
        hits = minutes_over_notice(q, naming_documents(q, naming_properties(q, in_the_years_section(q, hits))))
        if asks_all_decisions(q) and (listed := self._meeting_decisions(q, texts, documents)):
            return listed
        if q.about_decisions and q.attribute not in ("reason", "frequency") and \
                not ASKS_MOTIONS.search(q.standalone.casefold()) and not ADDRESSEES.search(q.standalone.casefold()):
            weights = term_weights(set(q.topic), self.index.lexical().inverse_document_frequency)
            relevant = [hit for hit in hits if coverage(hit, weights) >= DECISION_COVERAGE and
                        coverage(hit, rarest(weights)) > 0]
            naming = [hit for hit in hits if q.reference("fastighet") and names_every_property(q, hit.chunk.context)]
            on_property = [hit for hit in relevant if hit in naming]  # a named property's items, not others that
            relevant = of_named_bodies(q, on_property or relevant)  # share the question's words ("stod på listan")
            decided = self._decisions_answer(relevant, q.period, texts, documents, q.filters.groups,
                                             set(rarest(weights))) if on_property or not naming else None
            if not decided and naming:  # the property's item, however the question describes it ("hallen på åkern")
                properties = content_terms(" ".join(r.value for r in q.references if r.kind == "fastighet"))
                decided = self._decisions_answer(of_named_bodies(q, naming), q.period, texts, documents,
                                                 q.filters.groups, properties)
            if decided and states_what_is_asked(q, [c.quote for c in decided[1]]):
                text, citations, others = decided
                return merge(text, citations, self.compose(q, others, texts, tuple(c.quote for c in citations)))
        return self.compose(q, hits, texts)

    def compose(self, q: Question, hits: list[Hit], texts: SourceTexts, quoted: tuple[str, ...] = ()) -> Answer:
        known = self.index.lexical().known  # "terminsavslutningen" of minutes that write "Avslutningen den 9 december"
        q = replace(q, terms=frozenset(with_known_heads(set(q.terms), known)), focus=frozenset(with_known_heads(
            set(q.focus), known)))
        return compose_answer(q, hits, texts, self.boilerplate(), self.index.lexical().inverse_document_frequency,
                              self._fields_around, quoted)

    def _fields_around(self, chunk: StoredChunk) -> list[Span]:
        """The fields of the item a chunk stands in; for minutes without numbered items, the field headings
        ("Förslag", "Beslut") under the same heading as the chunk's own."""
        if chunk.meta.item_number:
            return self.meetings.fields(chunk.doc_id, chunk.meta.item_number)
        if not chunk.meta.heading_path or not names_field(chunk.meta.heading_path[-1]):
            return []  # only a field has others to pair with: no need to read a report's chunks
        return fields_under_heading(self.index.document_chunks(chunk.doc_id), chunk)

    def boilerplate(self) -> frozenset[str]:
        """Sentences that recur across many items or documents (appeal instructions, fee text), computed once
        per index generation."""
        generation = self.index.generation
        if self._boilerplate[0] != generation:
            self._boilerplate = (generation, boilerplate_keys(self.index.all_chunk_texts()))
        return self._boilerplate[1]

    def _answer_with_llm(self, q: Question, hits: list[Hit], history: list[Message] | None,
                         texts: SourceTexts, timeout_s: float) -> Answer:
        """``timeout_s``: what is left of the question's time budget; a slower model is not waited for."""
        from assistant.answer.llm import CONDENSE_MAX_TOKENS, answer_with_llm, chat_model, condense, failure_reason

        try:
            if history:
                condensed = condense(chat_model(self.settings, CONDENSE_MAX_TOKENS, timeout_s), q.text, history)
                new_hits = self.retriever.search(condensed, self.settings.top_k, q.filters) if condensed else []
                if new_hits:
                    hits = new_hits
            return answer_with_llm(chat_model(self.settings, timeout_s=timeout_s), hits, q.standalone, texts)
        except Exception as exc:  # noqa: BLE001 - any model failure means: answer without the model
            fallback = self.compose(q, hits, texts)
            fallback.notice = (f"Språkmodellen kunde inte nås ({failure_reason(exc)}); "
                               "svaret är sammanställt direkt ur underlagen.")
            return fallback

    def _meeting_decisions(self, q: Question, texts: SourceTexts, documents: dict) -> Answer | None:
        hidden = set(self.index.hidden_documents(q.filters.groups))
        decisions = [d for d in self.decisions.search(body=q.filters.body, since=q.filters.date_from,
                                                      until=q.filters.date_to) if d.doc_id not in hidden]
        text, citations = compose_decisions(decisions, self.decisions, texts, documents, opening=True)
        return Answer(text, citations, True, "extractive", q.standalone) if citations else None

    def _decisions_answer(self, hits: list[Hit], period: Period, texts: SourceTexts, documents: dict,
                          groups: tuple[str, ...] | None, topic: set[str]) -> tuple[str, list, list] | None:
        """The register's decisions behind the hits (never from documents the asker may not see) whose title or
        text names the topic (a decision is not about what its background merely mentions), and the hits left
        for the rest of the answer."""
        hidden = set(self.index.hidden_documents(groups))

        def quotable(decision: Decision) -> bool:
            return decision.doc_id not in hidden and bool(decision.text.strip()) and not is_bare_outcome(decision.text)

        def about(decision: Decision) -> set[str]:
            return content_terms(f"{decision.title} {decision.text} "
                                 f"{under_items(self.meetings.items(decision.doc_id), decision.paragraph)}")

        decisions = [d for d in decisions_for(self.decisions, hits, period) if quotable(d) and matches(topic, about(d))]
        if not decisions and period.since:  # the item's own short decision drowned by its attachments in the search
            decisions = [d for d in self.decisions.search(since=period.since, until=period.until)
                         if quotable(d) and topic <= content_terms(d.title)]
        if not decisions:
            return None
        text, citations = compose_decisions(decisions, self.decisions, texts, documents, item_fields=self.meetings.fields)
        if not citations:
            return None
        decided = {(d.doc_id, d.paragraph) for d in decisions}
        others = [h for h in hits if not (h.chunk.meta.kind == ChunkKind.DECISION and
                                          (h.chunk.doc_id, h.chunk.meta.item_number) in decided)]
        return text, citations, others

    # --- measures the eval runner reads ---

    def question_terms(self, question: str, standalone: str) -> set[str]:
        """The question's terms, typos corrected to the closest word the documents use."""
        correct = Corrector(self.index.lexical().known)
        return {correct(t) for t in content_terms(question) | content_terms(standalone)}

    def relevance(self, hits: list[Hit], terms: set[str], question: str = "", english_documents: bool = False) -> float:
        idf = self.index.lexical().inverse_document_frequency
        if is_english(question):  # English words never meet Swedish text: the embedder, the glossary's words, names
            lexical = self.index.lexical()
            swedish = {t for t in content_terms(glossary_words(question)) if lexical.known(t)} | \
                {t for t in content_terms(question) if len(t) >= 3 and lexical.known(t) == t}  # "LiTHe Kod", "Sanda"
            return max(dense_relevance(hits), relevance(hits, swedish, idf) if swedish else 0.0)
        lexical = relevance(hits, with_known_heads(terms, self.index.lexical().known), idf)
        return max(dense_relevance(hits), lexical) if english_documents else lexical


def fields_under_heading(chunks: list[StoredChunk], chunk: StoredChunk) -> list[Span]:
    """Chunks that stand under a field heading ("Förslag", "Beslut") beside ``chunk``, under the same parent
    heading, as fields of that heading: each its first segment."""
    parent = chunk.meta.heading_path[:-1]
    if not parent:
        return []
    return [Span(c.doc_id, c.meta.heading_path[-1], c.text, *c.meta.segments[0]) for c in chunks
            if c.meta.heading_path[:-1] == parent and c.meta.segments]


def _only_visible(planned: Answer | None, documents: dict[str, Any]) -> Answer | None:
    """A plan that read the meeting model beyond the documents this user may see is not used: members-only
    material never reaches an answer, whichever path found it."""
    if planned is None or all(c.doc_id in documents for c in planned.citations + planned.more_citations):
        return planned
    return None


def _before(texts: SourceTexts, citation: Citation) -> str:
    """The lines above a quote, where a slate or a list's lead says which year it is for."""
    return texts.text(citation.doc_id)[max(0, citation.start - YEAR_CONTEXT_CHARS):citation.start]
