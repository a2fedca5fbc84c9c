"""The generator's own heap: how often Python's cyclic collector runs, and giving freed memory
back to the system before the model writer's process starts.

A large document makes millions of objects (the document, the IR, the code being written)
that live until the run ends. The collector's default pace (a young collection every 700
allocations) walks them again and again, an eighth of a run's time on GitHub's description;
the cycles it finds are few. And memory freed inside the process stays with it (CPython's
and the C library's allocators keep it for reuse), counted in its resident size while the
writer's process, the largest part of a run's peak, runs beside it. Some of it is not freed
at all while the thread that allocated it lives: jsonschema-rs keeps a buffer per thread that
grows with the largest document it validated (16 MB on GitHub's description).
"""

from __future__ import annotations

import ctypes
import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

_T = TypeVar("_T")

_M_ARENA_MAX = -8  # glibc's `mallopt` parameter
# the stack of a thread `in_own_thread` starts: deeper recursion than the main thread's usual
# 8 MB allows (only the pages used are resident), and larger than the C library keeps for
# reuse, so it is unmapped when the thread ends
_STACK_BYTES = 64 * 1024 * 1024

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
    trim = _c_library_function("malloc_trim")
    if trim is not None:
        trim(0)


def in_own_thread(call: Callable[[], _T]) -> _T:
    """`call()`'s result (or its exception), computed in a thread that ends with it: what a
    library keeps per thread is freed then, rather than held for the rest of the run."""
    _one_arena()
    outcome: list[tuple[bool, object]] = []
    finished = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            outcome.append((False, exc))
        finally:
            finished.set()

    before = threading.stack_size(_STACK_BYTES)
    try:
        # not a daemon: the interpreter's exit stopping a thread that is inside a library's
        # compiled code (jsonschema-rs calling a format check) aborts the process
        thread = threading.Thread(target=run, name="codegen-apart")
        thread.start()
    finally:
        threading.stack_size(before)
    try:
        finished.wait()
    except BaseException:
        # interrupted (Ctrl-C, SIGTERM): raised once the call has ended, for the same reason
        # (waited for by an event: Python 3.11 takes an interrupted `join` for the thread's end)
        finished.wait()
        raise
    thread.join()  # its end, which frees what the library kept for it
    done, value = outcome[0]
    if not done:
        raise cast(BaseException, value)
    return cast(_T, value)


def _one_arena() -> None:
    """One malloc arena for every thread (glibc's default gives a new thread one of its own,
    whose pages stay with the process after the thread ends): a no-op elsewhere."""
    mallopt = _c_library_function("mallopt")
    if mallopt is not None:
        mallopt(_M_ARENA_MAX, 1)


def _c_library_function(name: str) -> Any:
    """The C library's function `name`, or None where it has none (not glibc)."""
    try:
        return getattr(ctypes.CDLL(None), name)
    except (AttributeError, OSError):
        return None
