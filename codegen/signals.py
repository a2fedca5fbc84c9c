"""Ctrl-C and SIGTERM held back while something must not be left half done.

A package folder being written, or a scratch folder being removed, is finished first: the
signal is noted, and delivered to the handler it had (which ends the run as interrupted or
terminated) once the block is done.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def held() -> Iterator[None]:
    """Ctrl-C and SIGTERM noted while the block runs, then delivered to the handlers they had
    (a handler is the main thread's to set: elsewhere the block runs as it is)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        noted.append(signum)

    before = {}
    for kept in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(kept) is not None:  # (None: set outside Python, not to be set back)
            before[kept] = signal.signal(kept, note)
    try:
        yield
    finally:
        for kept, handler in before.items():
            signal.signal(kept, handler)
        for signum in dict.fromkeys(noted):
            signal.raise_signal(signum)
