"""The generator's heap: freed memory goes back to the system before the model writer's
process starts, and the collector's pace is set once for a run."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from codegen import heap
from codegen.cli import main


def _resident() -> int:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmRSS:")[1].split()[0]) * 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_freed_memory_leaves_the_resident_size() -> None:
    # 60 MB in blocks above the small-object allocator's size, all freed but the last,
    # which keeps the C library from giving back the heap's top on its own
    blocks = [bytes(1000) + bytes([i % 256]) for i in range(60_000)]
    last = blocks[-1]
    del blocks
    before = _resident()
    heap.return_free_memory()
    assert before - _resident() > 30_000_000
    assert last[-1] == 59_999 % 256


def test_a_run_collects_less_often(tmp_path: Path) -> None:
    thresholds = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        main(["--root", str(tmp_path), "-q", "check"])
        assert gc.get_threshold()[0] > 10_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_a_call_in_its_own_thread_gives_its_result_or_raises_its_error() -> None:
    caller = threading.get_ident()
    assert heap.in_own_thread(lambda: threading.get_ident()) != caller
    assert heap.in_own_thread(lambda: [1, 2]) == [1, 2]
    error = ValueError("the call's own")

    def failing() -> None:
        raise error

    with pytest.raises(ValueError) as raised:
        heap.in_own_thread(failing)
    assert raised.value is error
    assert threading.stack_size() == 0  # the process's default for new threads is restored


def test_a_call_in_its_own_thread_runs_deep_recursion() -> None:
    # a deeply nested value for jsonschema-rs, whose recursion is not bounded by Python's
    import jsonschema_rs

    nested: object = "leaf"
    for _ in range(900):
        nested = {"a": [nested]}
    validator = jsonschema_rs.validator_for({"$ref": "#/$defs/n", "$defs": {"n": {
        "anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": {
            "type": "array", "items": {"$ref": "#/$defs/n"}}}]}}})  # fmt: skip
    assert heap.in_own_thread(lambda: validator.is_valid(nested)) is True


# interrupted while the thread is in compiled code that calls back into Python (a format check
# for each of many items), as the quick check's validation is
_INTERRUPTED = """
import os, signal, sys, threading
import jsonschema_rs
from codegen import heap

signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal
started = threading.Event()

def checked(value):
    started.set()
    return True

validator = jsonschema_rs.validator_for(
    {"items": {"format": "checked"}}, formats={"checked": checked}, validate_formats=True
)
threading.Thread(target=lambda: started.wait() and os.kill(os.getpid(), signal.SIGINT)).start()
try:
    heap.in_own_thread(lambda: validator.is_valid(["x"] * 3_000_000))
except KeyboardInterrupt:
    print("interrupted", flush=True)
    sys.exit(130)
"""


def test_an_interrupted_caller_ends_as_interrupted_once_the_thread_is_done() -> None:
    # the interpreter's exit stopping the thread inside the library's code aborts the process
    ran = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (ran.returncode, ran.stdout) == (130, "interrupted\n"), ran.stderr[-500:]
