"""The meeting model's query cache is shared by the threads that answer while an ingest writes the file."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from assistant.index.meetings import MeetingModel


def test_a_query_survives_the_file_changing_while_it_is_read(tmp_path: Path) -> None:
    model = MeetingModel(tmp_path / "meetings.sqlite")
    plain_connect = model._connect
    interleaved = []

    @contextmanager
    def connect_then_another_thread_reads_a_changed_file():
        with plain_connect() as conn:
            yield conn
        if not interleaved:  # what an answering thread does right after an ingest wrote the file
            interleaved.append(True)
            stat = model.path.stat()
            os.utime(model.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
            model.counts("annat-dokument")

    model._connect = connect_then_another_thread_reads_a_changed_file
    assert model.meetings() == []
    assert interleaved
    assert model.meetings() == []
