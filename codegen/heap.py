"""The generator's own heap: how often Python's cyclic collector runs, and giving freed memory
back to the system before the model writer's process starts.

A large document makes millions of objects (the document, the IR, the code being written)
that live until the run ends. The collector's default pace (a young collection every 700
allocations) walks them again and again, an eighth of a run's time on GitHub's description;
the cycles it finds are few. And memory freed inside the process stays with it (CPython's
and the C library's allocators keep it for reuse), counted in its resident size while the
writer's process, the largest part of a run's peak, runs beside it.
"""

from __future__ import annotations

import ctypes
import gc

# young collections 70 times less often; the older generations as before, relative to it
_THRESHOLDS = (50_000, 20, 100)


def tune_collector() -> None:
    """Move what exists now (modules, classes) out of the collector's sight, and let it run
    less often: each young collection then has more to free and less to walk."""
    gc.freeze()
    gc.set_threshold(*_THRESHOLDS)


def return_free_memory() -> None:
    """Give the C library's free heap pages back to the system (glibc's `malloc_trim`); a no-op
    where the library has no such call."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return
    trim(0)
