"""Running one command with a time limit, and measuring its wall time, CPU time and peak memory.

`os.wait4` gives the resource usage of exactly the child we started (and what it waited
for), which `resource.getrusage(RUSAGE_CHILDREN)` cannot when two runs share a process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Ran:
    """What one command did. `exit` is None when it was stopped at its time limit."""

    exit: int | None
    seconds: float
    cpu_seconds: float  # user + system, of the command and every process it waited for
    peak_mb: float
    stdout: str
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.exit is None


def run(
    args: Sequence[str],
    *,
    cwd: Path,
    timeout: float,
    env: Mapping[str, str] | None = None,
) -> Ran:
    """Run `args`; stop its whole process group once `timeout` seconds have passed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own group, so a timeout ends its children too
        )
        deadline = started + timeout
        status: int | None = None
        usage = None
        while True:
            pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wait_status)
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                _, _, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(_POLL_SECONDS)
        seconds = time.perf_counter() - started
        proc.returncode = -1 if status is None else status  # already reaped by wait4
        out.seek(0)
        err.seek(0)
        return Ran(
            exit=status,
            seconds=seconds,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_mb=usage.ru_maxrss / 1024,  # Linux reports kilobytes
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def first_line(text: str) -> str:
    """The first non-blank line of a command's message, for one-line summaries."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""
