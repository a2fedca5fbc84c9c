"""The format step: ruff by default, black on request, imports sorted by ruff's rules for both,
each formatter's output clean under its own check, the cache keyed by formatter and version."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tinydoc import openapi

from codegen import scratch
from codegen.cli import main
from codegen.emit import format as fmt
from codegen.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

# what a template or datamodel-code-generator may hand over: imports in any order, odd spacing
MESSY = """\
from acme.models import Invoice
import sys
from typing import Any
import httpx
from ._runtime import call
x = {  'a':1,
  'b' : [1,2,
  3]}
def f(a,b = 2) :
    return   Invoice
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(cache))
    return cache


def _check(tool: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(tool, cwd=folder, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("formatter", fmt.FORMATTERS)
def test_output_passes_the_formatters_own_check_and_ruffs_import_order(
    formatter: fmt.Formatter, tmp_path: Path
) -> None:
    out = fmt.format_modules({"src/acme/m.py": MESSY}, "acme", formatter)["src/acme/m.py"]
    assert out != MESSY
    # standard library, then third party, then the package itself, then relative imports
    assert out.index("import sys") < out.index("import httpx") < out.index("from acme.models")
    assert out.index("from acme.models") < out.index("from ._runtime")
    folder = tmp_path / "pkg"
    (folder / "src" / "acme").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(
        '[tool.ruff]\nline-length = 100\ntarget-version = "py311"\n'
        '[tool.black]\nline-length = 100\ntarget-version = ["py311"]\n'
    )
    (folder / "src" / "acme" / "__init__.py").write_text("")
    (folder / "src" / "acme" / "m.py").write_text(out)
    own = {
        "ruff": [str(BIN / "ruff"), "format", "--check", "--no-cache", "."],
        "black": [str(BIN / "black"), "--check", "."],
    }[formatter]
    assert _check(own, folder).returncode == 0
    imports = _check([str(BIN / "ruff"), "check", "--no-cache", "--select=I", "."], folder)
    assert imports.returncode == 0, imports.stdout


def test_code_that_does_not_parse_names_the_module_and_line() -> None:
    broken = "import os\n\ndef f(:\n    pass\n"
    with pytest.raises(InputError) as err:
        fmt.format_modules({"src/acme/ok.py": "x = 1\n", "src/acme/bad.py": broken}, "acme")
    problem = err.value.problems[0]
    assert problem.file == "src/acme/bad.py"
    assert "line 3" in problem.where
    assert "does not parse" in problem.message


def test_folders_ruff_would_skip_when_walking_a_tree_are_formatted() -> None:
    # `build` and `dist` are excluded by ruff's defaults when it looks for files itself
    out = fmt.format_modules({"src/build/m.py": "x = {  'a':1}\n"}, "build")
    assert out == {"src/build/m.py": 'x = {"a": 1}\n'}


def test_the_cache_is_keyed_by_formatter_and_version(
    _cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def entries() -> int:
        return sum(1 for p in _cache.rglob("*") if p.is_file())

    modules = {"m.py": MESSY}
    first = fmt.format_modules(modules, "acme", "ruff")
    assert entries() == 1
    assert fmt.format_modules(modules, "acme", "ruff") == first
    assert entries() == 1  # read back, not formatted again
    fmt.format_modules(modules, "acme", "black")
    assert entries() == 2
    monkeypatch.setattr(fmt, "version", lambda name: "0.0.0-other")
    fmt.format_modules(modules, "acme", "ruff")
    assert entries() == 3


def test_a_cache_entry_is_what_formatting_produced(monkeypatch: pytest.MonkeyPatch) -> None:
    cached = fmt.format_modules({"m.py": MESSY}, "acme")
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    assert fmt.format_modules({"m.py": MESSY}, "acme") == cached


def test_a_provider_generated_with_black_is_black_and_ruff_clean(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    status = main(
        ["generate", "bookeeping", "--specs", str(ROOT / "specs"), "--generated", str(out),
         "--formatter", "black"]
    )  # fmt: skip
    assert status == 0
    pkg = out / "bookeeping"
    black = _check([str(BIN / "black"), "--check", "."], pkg)
    assert black.returncode == 0, black.stderr
    ruff = _check([str(BIN / "ruff"), "check", "--no-cache", "--extend-select=I", "."], pkg)
    assert ruff.returncode == 0, ruff.stdout
    # and the same provider with the default formatter is what generated/ holds
    assert main(["check", "bookeeping", "--specs", str(ROOT / "specs"),
                 "--generated", str(ROOT / "generated")]) == 0  # fmt: skip


def test_an_unknown_formatter_is_refused_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["generate", "--formatter", "yapf"]) == 2
    assert "--formatter: unknown formatter 'yapf'" in capsys.readouterr().err


def test_the_cache_is_keyed_by_the_formatters_arguments(_cache: Path, tmp_path: Path) -> None:
    # another generator release that sorts imports otherwise, the tools' versions unchanged
    source = Path(fmt.__file__).read_text(encoding="utf-8")
    assert '"--select=I",' in source
    changed = tmp_path / "format.py"
    changed.write_text(
        source.replace(
            '"--select=I",',
            '"--select=I",\n            "--config=lint.isort.force-single-line=true",',
        ),
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("codegen_format_changed", changed)
    assert spec is not None and spec.loader is not None
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    modules = {"m.py": "from os import path, sep\n\nprint(path, sep)\n"}
    assert fmt.format_modules(modules, "acme")["m.py"].startswith("from os import path, sep\n")
    assert other.format_modules(modules, "acme")["m.py"].startswith(
        "from os import path\nfrom os import sep\n"
    )


@pytest.fixture
def shm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A memory-backed folder of the test's own, used as the real one would be."""
    folder = tmp_path / "shm"
    folder.mkdir()
    monkeypatch.setattr(fmt, "_SHM", folder)
    monkeypatch.delenv("TMPDIR", raising=False)
    return folder


def _scratch_folders(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The scratch folder of each formatting attempt, in order."""
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")  # each call formats
    used: list[str | None] = []
    format_in = fmt._format_in

    def recorded(scratch: str | None, *args: object) -> dict[str, str]:
        used.append(scratch)
        return format_in(scratch, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "_format_in", recorded)
    return used


def test_scratch_copies_are_made_in_memory_when_it_can_and_removed(
    tmp_path: Path, shm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _scratch_folders(monkeypatch)
    out = fmt.format_modules({"src/acme/m.py": MESSY}, "acme")
    assert used == [str(shm)]
    assert out["src/acme/m.py"].startswith("import sys\n")
    assert list(shm.iterdir()) == []  # nothing left behind

    # a folder named by TMPDIR is the user's choice: the memory-backed one is not tried
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    used.clear()
    assert fmt.format_modules({"src/acme/n.py": MESSY}, "acme")["src/acme/n.py"] == (
        out["src/acme/m.py"]
    )
    assert used == [None]


def test_a_full_memory_backed_folder_falls_back_to_the_usual_one(
    shm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_text = Path.write_text

    def full(self: Path, *args: object, **kwargs: object) -> int:
        if shm in self.parents:
            raise OSError(28, "No space left on device")
        return write_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full)
    used = _scratch_folders(monkeypatch)
    out = fmt.format_modules({"src/acme/m.py": MESSY}, "acme")
    assert used == [str(shm), None]
    assert out["src/acme/m.py"].startswith("import sys\n")
    assert list(shm.iterdir()) == []


@pytest.mark.parametrize("when", ["the copies are made", "their removal starts"])
def test_a_run_ended_by_a_signal_removes_its_scratch_copies(
    when: str,
    tmp_path: Path,
    shm: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signal_ending: tuple[int, int, str],
) -> None:
    signum, status, said = signal_ending
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    sort_imports, rmtree = fmt._sort_imports, scratch.shutil.rmtree
    removals: list[Path] = []

    def sorted_after_a_signal(root: Path, *args: object) -> None:
        assert root.is_relative_to(shm) and any(root.rglob("*.py"))  # the copies are there
        os.kill(os.getpid(), signum)
        sort_imports(root, *args)  # type: ignore[arg-type]

    def removed_after_a_signal(path: Path, **kwargs: bool) -> None:
        removals.append(path)
        os.kill(os.getpid(), signum)  # held until the folder is gone
        rmtree(path, **kwargs)

    if when == "the copies are made":
        monkeypatch.setattr(fmt, "_sort_imports", sorted_after_a_signal)
    else:
        monkeypatch.setattr(scratch.shutil, "rmtree", removed_after_a_signal)
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(_pinger(tmp_path)), "--out", str(out)]) == status
    assert said in capsys.readouterr().err
    assert list(shm.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # as it was before the run
    if when == "their removal starts":
        assert removals and removals[0].is_relative_to(shm)  # the formatter's copies


def _pinger(tmp_path: Path) -> Path:
    spec = tmp_path / "pinger.json"
    spec.write_text(
        json.dumps(
            openapi(
                {
                    "/ping": {
                        "get": {
                            "operationId": "ping",
                            "responses": {"204": {"description": "pong"}},
                        }
                    }
                }
            )
        )
    )
    return spec
