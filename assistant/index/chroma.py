"""The Chroma integration: one embedded or HTTP client and the collection of chunk vectors, opened with a
near-exact search breadth."""

from __future__ import annotations

import time
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from assistant.settings import Settings

EF_SEARCH = 400  # near-exact search: the same question finds the same passages in every process
OPEN_ATTEMPTS = 5
OPEN_WAIT_S = 0.2


def open_collection(settings: Settings) -> tuple[Any, Any]:
    """The client and collection; an embedded store that another process is creating at this very moment (two
    first ingests at once) is tried again after a short wait instead of failing."""
    for attempt in range(1, OPEN_ATTEMPTS):
        try:
            return _client_and_collection(settings)
        except Exception:  # noqa: BLE001 - chromadb raises many kinds (Rust, HTTP, SQLite)
            if settings.chroma_url:
                raise
            time.sleep(OPEN_WAIT_S * attempt)
    return _client_and_collection(settings)


def _client_and_collection(settings: Settings) -> tuple[Any, Any]:
    client = _chroma_client(settings)
    collection = client.get_or_create_collection(
        settings.collection, embedding_function=None,
        configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
    )
    _search_thoroughly(collection)
    return client, collection


def _chroma_client(settings: Settings) -> Any:
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings)
    return chromadb.PersistentClient(path=str(settings.index_path / "chroma"), settings=chroma_settings)


def _search_thoroughly(collection: Any) -> None:
    """An index made with Chroma's default search breadth (ef_search 100) gets ``EF_SEARCH``: with the default,
    the graph Chroma rebuilds on each start made the same question find different passages in different
    processes."""
    configuration = collection.configuration_json or {}
    if (configuration.get("hnsw") or {}).get("ef_search", EF_SEARCH) < EF_SEARCH:
        collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
