"""The generator's own code meets the standard it holds generated code to: typed, linted, black."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CODE = ["codegen", "contract", "scripts", "tests"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_generator_type_checks() -> None:
    ran = _run(str(BIN / "mypy"), "--no-incremental", "codegen")
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_the_project_is_ruff_and_black_clean() -> None:
    ruff = _run(str(BIN / "ruff"), "check", "--no-cache", *CODE)
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    black = _run(str(BIN / "black"), "--check", "--quiet", *CODE)
    assert black.returncode == 0, black.stdout + black.stderr
