"""Settings from the host repository: found by walking up, overridden by the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config

ROOT = Path(__file__).resolve().parents[2]


def _host(tmp_path: Path, table: str) -> Path:
    """A host repository with its pyproject.toml and one provider under `apis/`."""
    repo = tmp_path / "host"
    shutil.copytree(ROOT / "specs" / "alguna", repo / "apis" / "alguna")
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "host"\nversion = "1.0"\n\n[tool.invoice-codegen]\n' + table
    )
    return repo


def test_the_pyproject_table_is_found_from_a_subfolder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _host(tmp_path, 'specs = "apis"\ngenerated = "clients"\n')
    (repo / "src" / "deep").mkdir(parents=True)
    monkeypatch.chdir(repo / "src" / "deep")
    assert main(["generate"]) == 0
    report = repo / "clients" / "alguna" / "codegen-report.json"
    assert report.is_file()
    # the report names its sources from the root, wherever the command ran
    assert '"apis/alguna/' in report.read_text()
    assert "report: ../../clients/alguna/codegen-report.json" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--root", str(repo)]) == 0
    assert main(["check"]) == 2  # no settings and no specs/ here
    assert "no such folder" in capsys.readouterr().err


def test_codegen_toml_and_config_override(tmp_path: Path) -> None:
    repo = _host(tmp_path, 'specs = "apis"\n')
    (repo / "tools").mkdir()
    (repo / "tools" / "codegen.toml").write_text('specs = "../apis"\ngenerated = "../out"\n')
    found = load_config(cwd=repo / "tools")
    assert found.file == repo / "tools" / "codegen.toml"
    assert found.generated == repo / "out"
    chosen = load_config(config=repo / "pyproject.toml", cwd=repo / "tools")
    assert chosen.specs == repo / "apis" and chosen.generated == repo / "generated"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('spec = "apis"\n', "unknown setting(s): spec"),
        ("specs = 3\n", "[tool.invoice-codegen] specs: expected a string"),
        ('formatter = "yapf"\n', "unknown formatter 'yapf'"),
        ("specs = [\n", "not valid TOML"),
    ],
)
def test_bad_settings_are_bad_input_naming_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    table: str,
    expected: str,
) -> None:
    repo = _host(tmp_path, table)
    monkeypatch.chdir(repo)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert str(repo / "pyproject.toml") in err and expected in err


def test_an_unknown_formatter_on_the_command_line_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _host(tmp_path, 'specs = "apis"\n')
    monkeypatch.chdir(repo)
    assert main(["generate", "--formatter", "yapf"]) == 2
    assert "--formatter: unknown formatter 'yapf'" in capsys.readouterr().err
    assert not (repo / "generated").exists()


def test_codegen_toml_may_hold_the_pyproject_table(tmp_path: Path) -> None:
    """The README's snippet, header included, pasted into a codegen.toml."""
    (tmp_path / "codegen.toml").write_text(
        '[tool.invoice-codegen]\nspecs = "apis"\ngenerated = "out"\nformatter = "black"\n'
    )
    found = load_config(cwd=tmp_path)
    assert found.specs == tmp_path / "apis" and found.generated == tmp_path / "out"
    assert found.formatter == "black"
