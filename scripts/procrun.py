"""Running one command with a time limit, and measuring its wall time, CPU time and peak memory.

`os.wait4` gives the resource usage of exactly the child we started (and what it waited
for), which `resource.getrusage(RUSAGE_CHILDREN)` cannot when two runs share a process. Its
peak memory is that of the largest single process, though: a command whose work runs in
processes of its own at the same time holds their sum, so the resident memory of the whole
process group is also sampled while it runs, and the larger of the two is reported.
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
        group_peak = 0
        while True:
            group_peak = max(group_peak, _group_rss(proc.pid))
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
            # Linux reports ru_maxrss in kilobytes
            peak_mb=max(usage.ru_maxrss * 1024, group_peak) / 2**20,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def _group_rss(group: int) -> int:
    """Bytes resident in the processes of process group `group` now (0 where /proc is not)."""
    total = 0
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:  # it ended meanwhile
            continue
        # the fields after the command's name, which is in parentheses and may hold spaces
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == group:  # pgrp
            total += int(fields[21]) * _PAGE  # rss, in pages
    return total


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def first_line(text: str) -> str:
    """The first non-blank line of a command's message, for one-line summaries."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""
