"""The command line: exit codes, messages, `check`, and what a failure leaves untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tinydoc import openapi

from codegen.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _spec(tmp_path: Path, doc: object, name: str = "api.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return path


def _ok_doc() -> dict[str, object]:
    return openapi(
        {"/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "pong"}}}}}
    )


def test_generate_spec_writes_a_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(
            [
                "generate",
                "--spec",
                str(_spec(tmp_path, _ok_doc())),
                "--out",
                str(out),
                "--name",
                "pinger",
            ]
        )
        == 0
    )
    assert (out / "src" / "pinger" / "_client.py").is_file()
    report = json.loads((out / "codegen-report.json").read_text())
    assert report["summary"]["operations"] == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("openapi: 3.1.0\ninfo: {title: x\n", "line"),  # invalid YAML
        (json.dumps({"hello": "world"}), "openapi"),  # not OpenAPI at all
        (
            json.dumps(openapi({"/a/{id}": {"get": {"responses": {"200": {"description": "x"}}}}})),
            "{id}",
        ),
        (
            json.dumps(
                openapi(
                    {
                        "/a": {
                            "post": {
                                "requestBody": {
                                    "content": {
                                        "application/json": {
                                            "schema": {"$ref": "#/components/schemas/Nope"}
                                        }
                                    }
                                },
                                "responses": {"200": {"description": "x"}},
                            }
                        }
                    }
                )
            ),
            "Nope",
        ),
    ],
)
def test_bad_input_exits_2_naming_the_file_and_touches_nothing(
    tmp_path: Path, content: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched")
    spec = _spec(tmp_path, content, "broken.yaml")
    status = main(["generate", "--spec", str(spec), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert "broken.yaml" in err and expected in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_check_reports_stale_and_extra_files_then_passes_after_generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "specs" / "bookeeping", tmp_path / "specs" / "bookeeping")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1  # nothing generated yet
    assert main(["generate"]) == 0
    assert main(["check"]) == 0
    models = tmp_path / "generated" / "bookeeping" / "src" / "bookeeping" / "models.py"
    models.write_text(models.read_text() + "# edited by hand\n")
    (models.parent / "stray.py").write_text("")
    capsys.readouterr()
    assert main(["check", "bookeeping"]) == 1
    out = capsys.readouterr().out
    assert "models.py" in out and "stray.py" in out
    assert main(["generate", "bookeeping"]) == 0
    assert not (models.parent / "stray.py").exists()
    assert main(["check"]) == 0


def test_unknown_provider_is_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "specs").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "nope"]) == 2


def test_quiet_when_not_on_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "generate",
            "--spec",
            str(_spec(tmp_path, _ok_doc())),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""
