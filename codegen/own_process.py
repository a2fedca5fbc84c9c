"""A call made in a child process of its own, its results read back here when wanted.

A stage of the pipeline that loads large libraries and makes millions of objects leaves the
process that ran it holding most of that memory after its results are all that is wanted:
freed objects lie among live ones, so the allocators cannot give their pages back, and
modules stay loaded. Run in a child that ends once its results are written, that memory is
returned with the child.

The call is a function of an importable module, given its arguments and a `stage` callable;
it returns two results, `now` and `later`, which the child pickles into a scratch folder of
its own. `now` is read as the child ends, `later` when `Apart.later()` is called, so that
what is done in between (the model writer's run) is done beside little. `in_this_process`
makes the same call here, answered the same way, for work too small for a child to be worth
its start (its interpreter and imports: 0.4 s and more). The child imports
the generator from this process's `sys.path`; it reports each stage it starts on its standard
output, one line each. What the call raises is raised here: a problem of the input
(`InputError`) as it was, anything else with the child's traceback as a note. A child that
ends without an answer (killed, out of memory) raises `ChildProcessFailed`; one whose results
the scratch folder could not hold (a full temporary folder) `ScratchUnwritable`.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, NoReturn, TypeVar

from codegen import heap, scratch
from codegen.errors import InputError

_Now = TypeVar("_Now")
_Later = TypeVar("_Later")

# the child's first words: the parent's import path, then its job
_BOOT = (
    "import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
    "from codegen.own_process import serve; serve(pickle.load(sys.stdin.buffer))"
)
_NOW, _LATER, _RAISED, _STDERR = "now.pickle", "later.pickle", "raised.pickle", "stderr.txt"
# starts the child's last line when it could not write its results (never a stage's name)
_UNWRITTEN = "\0"


class ChildProcessFailed(Exception):
    """The child process ended without an answer (killed, out of memory, a crash of the
    interpreter): a fault of the generator or the machine, not of the input."""


class ScratchUnwritable(ChildProcessFailed):
    """The scratch folder could not be made or could not hold the child's results (no room,
    no permission): the call may be made again in this process."""


class Apart(Generic[_Now, _Later]):
    """What a call returned: `now`, and `later()`, read on demand (from the scratch folder of
    the process that made it, or as it is when it was made here). A context manager: the
    scratch folder is removed on leaving it."""

    def __init__(self, now: _Now, later: Callable[[], _Later], folder: Path | None = None) -> None:
        self.now = now
        self._later = later
        self._folder = folder

    def later(self) -> _Later:
        return self._later()

    def __enter__(self) -> Apart[_Now, _Later]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._folder is not None:
            scratch.remove(self._folder)


def in_this_process(
    call: Callable[..., tuple[_Now, _Later]],
    *args: Any,
    stage: Callable[[str], None],
) -> Apart[_Now, _Later]:
    """`call(*args, stage=stage)` made here, answered as `in_own_process` answers."""
    now, later = call(*args, stage=stage)
    return Apart(now, lambda: later)


def in_own_process(
    call: Callable[..., tuple[_Now, _Later]],
    *args: Any,
    stage: Callable[[str], None],
) -> Apart[_Now, _Later]:
    """`call(*args, stage=...)` made in a child process (see the module's docstring); each
    line the child reports is given to `stage`, in this process."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="codegen-"))
    except OSError as exc:
        raise ScratchUnwritable(f"no scratch folder for the child's results: {exc}") from None
    try:
        returncode = _run_child(call, args, folder, stage)
        return Apart(_outcome(folder, returncode), lambda: _load(folder / _LATER), folder)
    except BaseException:
        scratch.remove(folder)
        raise


def _run_child(
    call: Callable[..., Any], args: tuple[Any, ...], folder: Path, stage: Callable[[str], None]
) -> int:
    try:
        stderr = (folder / _STDERR).open("wb")
    except OSError as exc:
        raise ScratchUnwritable(f"the child's scratch folder is not writable: {exc}") from None
    with stderr:
        child = subprocess.Popen(
            # with this interpreter's warning filters (`-W error` stays an error there)
            [sys.executable, *(f"-W{option}" for option in sys.warnoptions), "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert child.stdin is not None and child.stdout is not None
    unwritten = None
    try:
        try:
            child.stdin.write(pickle.dumps(sys.path))
            child.stdin.write(pickle.dumps((call, args, folder)))
            child.stdin.close()
        except BrokenPipeError:
            pass  # it ended before reading: said by its status below
        for line in child.stdout:
            said = line.decode("utf-8", "replace").rstrip("\n")
            if said.startswith(_UNWRITTEN):
                unwritten = said[len(_UNWRITTEN) :]
            else:
                stage(said)
        returncode = child.wait()
    except BaseException:
        # interrupted (Ctrl-C, SIGTERM) or a stage's own fault: the child ends with it
        child.kill()
        child.wait()
        raise
    finally:
        child.stdout.close()
    if unwritten is not None:
        raise ScratchUnwritable(f"the child could not write its results: {unwritten}")
    return returncode


def _outcome(folder: Path, returncode: int) -> Any:
    said = (folder / _STDERR).read_text(encoding="utf-8", errors="replace")
    if (folder / _RAISED).exists():
        raised, trace = _load(folder / _RAISED)
        if not isinstance(raised, InputError):
            raised.add_note(f"in the generator's child process:\n{trace}")
        raise raised
    if returncode != 0 or not (folder / _NOW).exists():
        lines = said.strip().splitlines()
        if lines:
            why = lines[-1]
        elif returncode < 0:
            why = f"ended by {signal.Signals(-returncode).name}"
        else:
            why = f"exit status {returncode}"
        raise ChildProcessFailed(f"the generator's child process failed: {why}")
    if said:
        sys.stderr.write(said)  # what its libraries printed, as they would have here
    return _load(folder / _NOW)


def serve(job: tuple[Callable[..., tuple[Any, Any]], tuple[Any, ...], Path]) -> None:
    """The child's side: make the call, write its results (or what it raised), and end."""
    call, args, folder = job
    parent = os.getppid()
    heap.tune_collector()
    # the standard output carries the stages alone: what else is printed goes with the errors
    stages, sys.stdout = sys.stdout, sys.stderr

    def stage(name: str) -> None:
        print(name, file=stages, flush=True)

    try:
        made: tuple[Any, Any] | None = call(*args, stage=stage)
    except BaseException as exc:  # noqa: BLE001 - raised again in the parent
        made, raised = None, _picklable(exc)
    if os.getppid() != parent:
        _orphaned(folder)
    try:
        if made is not None:
            _dump(folder / _LATER, made[1])
            _dump(folder / _NOW, made[0])  # last: its presence says the call returned
        else:
            _dump(folder / _RAISED, raised)
    except OSError as exc:  # no room, most likely: said on the one channel left
        print(f"{_UNWRITTEN}{exc}", file=stages)
    try:
        stages.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the parent ended while the results were written
        _orphaned(folder)
    # without the interpreter's clean-up: freeing a large document's millions of objects one
    # by one takes a second, and the memory is returned with the process anyway
    os._exit(0)


def _orphaned(folder: Path) -> NoReturn:
    """The end of a child whose parent is gone (killed: a parent that ends otherwise removes
    the folder itself): no one will read the results, so the folder goes too."""
    scratch.remove(folder)
    os._exit(1)


def _picklable(exc: BaseException) -> tuple[BaseException, str]:
    trace = "".join(traceback.format_exception(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - an exception whose state does not pickle
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc.with_traceback(None), trace


def _load(path: Path) -> Any:
    with path.open("rb") as file:
        return pickle.load(file)


def _dump(path: Path, value: Any) -> None:
    """`value` pickled into `path`, which appears whole or not at all."""
    part = path.with_name(path.name + ".part")
    with part.open("wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    part.replace(path)
