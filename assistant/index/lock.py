"""One writer per index: an exclusive file lock (``fcntl.flock``) on ``<index>/write.lock``.

Ingest, sync and removal hold it, so two processes never write the same index at once: a second
ingest waits for the first and then finds its files unchanged instead of embedding them again.
Within one process the lock is re-entrant (a sync that ingests takes it once). Readers never wait.
The operating system releases it when the process dies, so a killed writer leaves no stale lock.
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
from pathlib import Path

WAITING = "Väntar på att en annan inläsning i samma index ska bli klar …"


class WriteLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def __enter__(self) -> "WriteLock":
        self._thread_lock.acquire()
        if self._depth == 0:
            try:
                self._fd = self._acquire_file_lock()
            except BaseException:
                self._thread_lock.release()
                raise
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        self._thread_lock.release()

    def _acquire_file_lock(self) -> int:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(WAITING, file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        return fd
