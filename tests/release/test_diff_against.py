"""`codegen diff --against GIT-REF` compares with the packages committed at a revision of a
real git repository, whatever the working tree holds."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import tomllib
from pathlib import Path

import pytest

from codegen.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t.test", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def _repository(folder: Path) -> None:
    """A git repository with the bookeeping provider and its package, committed."""
    shutil.copytree(ROOT / "specs" / "bookeeping", folder / "specs" / "bookeeping")
    shutil.copytree(ROOT / "generated" / "bookeeping", folder / "generated" / "bookeeping")
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-qm", "first")


def test_diff_against_a_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)  # the default --specs and --generated
    pyproject = tmp_path / "generated" / "bookeeping" / "pyproject.toml"
    before = tomllib.loads(pyproject.read_text())["project"]["version"]
    major, minor, _ = before.split(".")
    after = f"{major}.{int(minor) + 1}.0"  # a feature: the next minor version

    doc = tmp_path / "specs" / "bookeeping" / "create-invoice.md"
    text = doc.read_text()
    doc.write_text(re.sub(r"\n +- note\n", "\n", text, count=1))  # `note` no longer required
    assert main(["generate"]) == 0  # the working tree now holds the new package

    capsys.readouterr()
    assert main(["diff"]) == 0
    assert capsys.readouterr().out == f"bookeeping: no change (bookeeping-client {after})\n"

    assert main(["diff", "--against", "HEAD", "--format", "json", "--fail-on", "feature"]) == 1
    report = json.loads(capsys.readouterr().out)["providers"][0]
    assert (report["from"], report["to"], report["bump"]) == (before, after, "feature")
    wire = [(c["kind"], c["where"], c["what"]) for c in report["changes"] if c["level"] == "wire"]
    assert wire == [("feature", "POST /v1/invoices request body `note`", "became optional")]

    assert main(["diff", "--against", "no-such-ref"]) == 2
    assert "no-such-ref" in capsys.readouterr().err


def test_a_diff_ended_by_a_signal_says_so_and_leaves_no_scratch_folder(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    signal_ending: tuple[int, int, str],
) -> None:
    signum, status, said = signal_ending
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def signalled(*args: object, **kwargs: object) -> None:
        assert [p.name[: len("codegen-against-")] for p in scratch.iterdir()] == [
            "codegen-against-"
        ]
        os.kill(os.getpid(), signum)

    monkeypatch.setattr("codegen.pipeline.generate_provider", signalled)
    assert main(["diff", "--against", "HEAD"]) == status
    assert said in capsys.readouterr().err
    assert list(scratch.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # as it was before the run
