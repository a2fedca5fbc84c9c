"""The measuring runner behind `make bench` and `make corpus`: CPU time and peak memory
include the processes a command starts, and memory held by two processes at once adds up."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from procrun import run

MIB = 2**20

# a parent holding 150 MiB while its child holds 200 MiB and burns some CPU
_TWO_AT_ONCE = f"""
import subprocess, sys
held = bytearray(150 * {MIB})
held[:: 4096] = b"x" * len(held[:: 4096])
child = '''
import time
held = bytearray(200 * {MIB})
held[:: 4096] = b"x" * len(held[:: 4096])
end = time.process_time() + 0.4
while time.process_time() < end:
    pass
'''
subprocess.run([sys.executable, "-c", child], check=True)
"""


def test_peak_memory_is_what_the_process_group_holds_at_once(tmp_path: Path) -> None:
    ran = run([sys.executable, "-c", _TWO_AT_ONCE], cwd=tmp_path, timeout=60)
    assert ran.exit == 0, ran.stderr
    # either process alone stays under 250 MiB; together they hold over 350
    assert ran.peak_mb > 350, ran.peak_mb


def test_cpu_time_includes_the_child_it_waited_for(tmp_path: Path) -> None:
    ran = run([sys.executable, "-c", _TWO_AT_ONCE], cwd=tmp_path, timeout=60)
    assert ran.cpu_seconds >= 0.4, ran.cpu_seconds


def test_a_command_past_its_time_limit_is_stopped(tmp_path: Path) -> None:
    ran = run([sys.executable, "-c", "import time; time.sleep(30)"], cwd=tmp_path, timeout=0.5)
    assert ran.timed_out and ran.seconds < 10
