"""The command line: exit codes, messages, `check`, and what a failure leaves untouched."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
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
    status = main(["generate", "--spec", str(spec), "--out", str(out), "--force"])
    err = capsys.readouterr().err
    assert status == 2
    assert "broken.yaml" in err and expected in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_check_says_why_a_package_is_stale_and_generate_keeps_foreign_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "specs" / "bookeeping", tmp_path / "specs" / "bookeeping")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    assert "generated/bookeeping: not generated yet" in capsys.readouterr().out
    assert main(["generate"]) == 0
    assert main(["check"]) == 0
    package = tmp_path / "generated" / "bookeeping"
    models = package / "src" / "bookeeping" / "models.py"
    models.write_text(models.read_text() + "# edited by hand\n")
    (models.parent / "stray.py").write_text("# mine\n")
    capsys.readouterr()
    assert main(["check", "bookeeping"]) == 1
    out = capsys.readouterr().out
    assert "output edited by hand: src/bookeeping/models.py" in out
    assert "stray.py" not in out  # not the generator's file, not its business
    assert main(["generate", "bookeeping"]) == 0
    assert "edited by hand" not in models.read_text()
    said = capsys.readouterr().err
    assert (
        "generated/bookeeping/src/bookeeping/models.py: edited by hand since it was generated: "
        "written over (hint: list it in .codegenignore to keep it as edited)"
    ) in said
    assert "stray.py" not in said
    assert (models.parent / "stray.py").read_text() == "# mine\n"
    assert main(["check"]) == 0
    manifest = tmp_path / "specs" / "bookeeping" / "manifest.yaml"
    manifest.write_text(manifest.read_text() + "# a comment\n")
    capsys.readouterr()
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "input changed since generation: specs/bookeeping/manifest.yaml" in out
    assert "edited by hand" not in out


def test_check_diff_prints_a_unified_diff_of_the_stale_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    readme = out / "README.md"
    readme.write_text(readme.read_text().replace("pinger", "PINGER", 1))
    capsys.readouterr()
    assert main(["check", "--diff", "--spec", str(spec), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert f"--- {readme.as_posix()} (on disk)" in printed
    assert "\n-# PINGER" in printed and "\n+# pinger" in printed


def test_a_package_whose_provider_is_gone_is_stale_until_generate_removes_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("bookeeping", "alguna"):
        shutil.copytree(ROOT / "specs" / name, tmp_path / "specs" / name)
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    shutil.rmtree(tmp_path / "specs" / "alguna")
    package = tmp_path / "generated" / "alguna"
    notes = package / "NOTES.md"  # the user's own file
    notes.write_text("mine\n")
    readme = package / "README.md"  # written by the generator, then edited
    readme.write_text(readme.read_text() + "edited\n")
    written = set(json.loads((package / "codegen.lock.json").read_text())["files"])
    capsys.readouterr()
    assert main(["check"]) == 1
    assert "generated/alguna: no provider left" in capsys.readouterr().out
    assert main(["check", "bookeeping"]) == 0  # asked for one provider: only that one
    assert main(["generate", "bookeeping"]) == 0  # nor does generate look further
    assert (package / "codegen.lock.json").is_file()
    assert main(["generate"]) == 0
    assert "generated/alguna: no provider left" in capsys.readouterr().err
    left = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    assert left == {"NOTES.md", "README.md"}
    assert "edited" in readme.read_text() and notes.read_text() == "mine\n"
    assert len(written) > 10 and not (package / "src").exists()
    assert main(["check"]) == 0  # generate and check agree
    notes.unlink()
    readme.unlink()
    assert main(["generate"]) == 0 and package.is_dir()  # no lock: no longer its business


def test_a_package_made_from_a_lone_document_is_not_taken_for_one_whose_provider_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "specs" / "alguna", tmp_path / "specs" / "alguna")
    monkeypatch.chdir(tmp_path)
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    assert main(["generate", "-q", "--spec", str(spec), "--out", "generated/pinger"]) == 0
    assert main(["generate", "-q"]) == 0
    assert main(["check"]) == 0
    assert (tmp_path / "generated" / "pinger" / "codegen.lock.json").is_file()


def test_a_package_folder_left_empty_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "specs" / "alguna", tmp_path / "specs" / "alguna")
    shutil.copytree(ROOT / "specs" / "bookeeping", tmp_path / "specs" / "bookeeping")
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    shutil.rmtree(tmp_path / "specs" / "alguna")
    assert main(["generate", "-q"]) == 0
    assert not (tmp_path / "generated" / "alguna").exists()
    assert (tmp_path / "generated" / "bookeeping" / "codegen.lock.json").is_file()
    assert main(["check"]) == 0


@pytest.mark.parametrize(
    ("info", "where"),
    [
        (None, "/info"),
        ({"version": "1.0"}, "/info/title"),
        ({"title": "Pinger"}, "/info/version"),
        ({"title": " ", "version": "1"}, "/info/title"),
    ],
)
def test_a_lone_document_without_title_or_version_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], info: object, where: str
) -> None:
    doc = _ok_doc()
    del doc["info"]
    if info is not None:
        doc["info"] = info
    spec = _spec(tmp_path, doc, "pinger.json")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"pinger.json: {where}: " in err and "manifest" in err
    assert not out.exists()


def test_a_provider_whose_manifest_supplies_title_and_version_needs_no_info(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _ok_doc()
    del doc["info"]
    provider = tmp_path / "specs" / "pinger"
    provider.mkdir(parents=True)
    _spec(provider, doc, "api.json")
    (provider / "manifest.yaml").write_text(
        "package: {name: pinger, version: 1.2.0}\ntitle: Pinger API\n"
        "documents: [{path: api.json, shape: openapi}]\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    report = json.loads((tmp_path / "generated" / "pinger" / "codegen-report.json").read_text())
    assert report["api"]["title"] == "Pinger API"


@pytest.mark.parametrize(
    "argv",
    [
        ["-q", "check", "--spec", "{spec}", "--out", "{out}"],
        ["check", "-q", "--spec", "{spec}", "--out", "{out}"],
        [
            "--root",
            "{root}",
            "--config",
            "{config}",
            "-q",
            "check",
            "--spec",
            "{spec}",
            "--out",
            "{out}",
        ],
        ["check", "--spec", "{spec}", "--out", "{out}", "--root", "{root}", "--quiet"],
    ],
)
def test_shared_options_go_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    out = tmp_path / "out"
    config = tmp_path / "codegen.toml"
    config.write_text('specs = "specs"\n')
    assert main(["generate", "-q", "--spec", str(spec), "--out", str(out)]) == 0
    (out / "README.md").write_text("# edited\n")
    capsys.readouterr()
    fill = {
        "{spec}": str(spec),
        "{out}": str(out),
        "{root}": str(tmp_path),
        "{config}": str(config),
    }
    assert main([fill.get(a, a) for a in argv]) == 1
    printed = capsys.readouterr()
    assert "README.md" in printed.out  # what check found, on stdout even with -q
    assert printed.err == ""  # -q: no progress, no summary


def test_an_option_given_before_the_command_is_not_reset_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    out = tmp_path / "out"
    assert main(["-v", "generate", "--spec", str(spec), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "pinger.json: building the model…" in err  # -v: progress
    # and what each stage took, once all are done
    took = re.search(r"pinger\.json: wall time by stage: (.*)", err)
    assert took is not None
    assert re.fullmatch(
        r"reading and assembling the document \d+\.\d s, building the model \d+\.\d s, "
        r"writing and formatting the code \d+\.\d s",
        took.group(1),
    )


def test_quiet_is_refused_where_it_means_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["-q", "build"])
    assert exc.value.code == 2
    assert "-q/--quiet: only for generate and check" in capsys.readouterr().err


def test_a_different_generator_version_is_decided_by_generating_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    args = ["--spec", str(spec), "--out", str(out)]
    assert main(["generate", *args]) == 0
    lock_file = out / "codegen.lock.json"
    lock = json.loads(lock_file.read_text())
    lock["generator"]["black"] = "0.0.1"
    lock_file.write_text(json.dumps(lock))
    capsys.readouterr()
    assert main(["check", "-v", *args]) == 0  # same output from the black installed now
    assert "generated with black 0.0.1, now" in capsys.readouterr().err
    client = out / "src" / "pinger" / "_client.py"
    client.write_text(client.read_text() + "\n")
    assert main(["check", *args]) == 1
    printed = capsys.readouterr().out
    assert "generated with black 0.0.1" in printed and "src/pinger/_client.py" in printed


def test_generate_skips_a_package_whose_lock_is_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    args = ["generate", "--spec", str(spec), "--out", str(out)]
    assert main(args) == 0
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(args) == 0
    assert "pinger.json: up to date" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before
    spec.write_text(json.dumps(_ok_doc()).replace("pong", "pong!"))
    assert main(args) == 0
    assert "pong!" in (out / "openapi.json").read_text()


def test_documents_and_overlays_named_outside_the_provider_folder_are_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    spec = _spec(shared, _ok_doc(), "api.json")
    overlay = shared / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - {target: $.info, update: {description: first}}\n"
    )
    provider = tmp_path / "specs" / "pinger"
    provider.mkdir(parents=True)
    hidden = provider / ".fix.yaml"  # a hidden file is no input unless the manifest names it
    hidden.write_text(overlay.read_text().replace("description: first", "summary: one"))
    (provider / "manifest.yaml").write_text(
        "package: {name: pinger, version: 1.2.0}\n"
        "documents: [{path: ../../shared/api.json, shape: openapi}]\n"
        "overlays: [../../shared/overlay.yaml, .fix.yaml]\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    lock = json.loads((tmp_path / "generated" / "pinger" / "codegen.lock.json").read_text())
    assert sorted(lock["inputs"]) == [
        "../../shared/api.json",
        "../../shared/overlay.yaml",
        "../../specs/pinger/.fix.yaml",
        "../../specs/pinger/manifest.yaml",
    ]
    assert main(["check", "-q"]) == 0
    capsys.readouterr()
    edits = [(overlay, "first", "second"), (spec, "pong", "pong!"), (hidden, "one", "two")]
    for edited, old, new in edits:
        edited.write_text(edited.read_text().replace(old, new))
        assert main(["check"]) == 1
        shown = edited.relative_to(tmp_path).as_posix()
        assert f"input changed since generation: {shown}" in capsys.readouterr().out
        assert main(["generate", "-q"]) == 0
        assert new in (tmp_path / "generated" / "pinger" / "openapi.json").read_text()
        assert main(["check", "-q"]) == 0


def test_a_package_given_another_name_is_not_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "api.pinger.json")
    args = ["--spec", str(spec), "--out", str(out)]
    assert main(["generate", *args, "--name", "pinger"]) == 0
    assert main(["check", *args, "--name", "pinger"]) == 0
    capsys.readouterr()
    # without --name, the package is named after the document: api_pinger
    assert main(["check", *args]) == 1
    said = capsys.readouterr().out
    assert "generated with the package name pinger, now api_pinger" in said
    assert main(["check", *args, "--name", "pong"]) == 1
    assert main(["generate", *args, "--name", "pong"]) == 0
    assert "up to date" not in capsys.readouterr().err
    assert (out / "src" / "pong" / "_client.py").is_file()
    assert not (out / "src" / "pinger").exists()  # what the earlier run wrote, removed
    assert main(["check", *args, "--name", "pong"]) == 0
    assert main(["check", *args, "--name", "pinger"]) == 1


def test_a_reference_to_a_missing_schema_is_one_line_of_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _ok_doc()
    doc["components"] = {
        "schemas": {
            "Thing": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/Gone"}}}
        }
    }
    spec = _spec(tmp_path, doc, "refs.json")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert first.startswith("refs.json: /components/schemas/Thing/properties/x/$ref: ")
    assert "reference to nowhere" in first and "/components/schemas/Gone" in first
    assert "pong" not in err  # the document is never printed
    assert len(err) < 600


def test_a_reference_to_another_file_is_one_line_of_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _ok_doc()
    doc["components"] = {"schemas": {"Thing": {"$ref": "other.json#/Thing"}}}
    spec = _spec(tmp_path, doc, "refs.json")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith("refs.json: /components/schemas/Thing/$ref: ")
    assert "only references inside the document are supported: 'other.json#/Thing'" in err
    assert not (tmp_path / "out").exists()


def test_a_bug_of_the_generator_exits_3_even_at_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("codegen.pipeline.generate_document", broken)
    spec = _spec(tmp_path, _ok_doc())
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 3
    assert "internal error: RuntimeError: boom" in capsys.readouterr().err
    # a generator that cannot even be imported
    started = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['codegen.cli'] = None; "  # its import fails
            + "from codegen.__main__ import entry; entry()",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    assert started.returncode == 3
    assert "internal error while starting" in started.stderr


def test_a_full_disk_is_said_as_such_not_as_a_fault_of_the_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/tmp/codegen-format-x/m.py")

    monkeypatch.setattr("codegen.pipeline.generate_document", full)
    spec = _spec(tmp_path, _ok_doc())
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 3
    said = capsys.readouterr().err
    assert "codegen: No space left on device (/tmp/codegen-format-x/m.py): free some" in said
    assert "internal error" not in said and "Traceback" not in said

    # any other failure of the system is still the generator's to explain
    def denied(*_: object, **__: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("codegen.pipeline.generate_document", denied)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 3
    assert "internal error: PermissionError" in capsys.readouterr().err


# a Ctrl-C as the command starts (here: while `codegen.cli` is imported), and one the command
# does not handle (here: `main` ended by it, as by a second Ctrl-C while the run ends)
_STOPPED_WHILE_STARTING = """
import sys
class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "codegen.cli":
            raise KeyboardInterrupt
sys.meta_path.insert(0, Stop())
from codegen.__main__ import entry
entry()
"""
_STOPPED_WHILE_ENDING = """
import codegen.cli
def main():
    raise {signal}
codegen.cli.main = main
from codegen.__main__ import entry
entry()
"""


@pytest.mark.parametrize(
    ("code", "status", "said"),
    [
        (_STOPPED_WHILE_STARTING, 130, "interrupted"),
        (_STOPPED_WHILE_ENDING.format(signal="codegen.cli.Terminated"), 143, "terminated"),
        (_STOPPED_WHILE_ENDING.format(signal="KeyboardInterrupt"), 130, "interrupted"),
    ],
    ids=["while starting", "SIGTERM unhandled", "Ctrl-C unhandled"],
)
def test_a_signal_the_command_does_not_handle_ends_it_in_one_line(
    code: str, status: int, said: str
) -> None:
    stopped = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    assert (stopped.returncode, stopped.stderr) == (status, said + "\n")


def test_unknown_provider_is_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "specs").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "nope"]) == 2


def test_a_provider_folder_without_a_manifest_is_said_not_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "specs" / "bookeeping", tmp_path / "specs" / "bookeeping")
    bare = tmp_path / "specs" / "demo"
    bare.mkdir()
    _spec(bare, _ok_doc(), "openapi.json")
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "demo"]) == 2
    said = capsys.readouterr().err
    assert "demo: no manifest.yaml" in said and "Adding a provider" in said
    assert not (tmp_path / "generated" / "demo").exists()
    # all providers: the others are generated, the bare folder is named
    assert main(["generate"]) == 0
    said = capsys.readouterr().err
    assert "demo: no manifest.yaml, so no provider: left out" in said
    assert (tmp_path / "generated" / "bookeeping" / "codegen.lock.json").is_file()
    assert main(["check"]) == 0
    assert "demo: no manifest.yaml" in capsys.readouterr().err


def test_one_summary_line_without_a_terminal_and_silence_with_q(tmp_path: Path) -> None:
    spec = _spec(tmp_path, _ok_doc())

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), *extra],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            timeout=300,
        )

    loud = run("--out", str(tmp_path / "a"))
    assert loud.returncode == 0 and loud.stdout == ""
    [line] = loud.stderr.splitlines()
    assert "api.json: 1 operations, 0 models, 0 warnings, 0 operations not generated" in line
    assert "report: " + str(tmp_path / "a" / "codegen-report.json") in line
    quiet = run("--out", str(tmp_path / "b"), "-q")
    assert quiet.returncode == 0
    assert quiet.stdout == "" and quiet.stderr == ""


def test_version_names_the_libraries_that_shape_the_output() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "codegen", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert ran.returncode == 0
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("invoice-codegen ")
    for name in ("black", "datamodel-code-generator", "ruff"):
        assert any(line.split()[0] == name and line.split()[1][0].isdigit() for line in lines[1:])


def test_check_full_compares_what_generating_again_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    args = ["--spec", str(spec), "--out", str(out)]
    assert main(["generate", *args]) == 0
    # an edit the lock file agrees with: only generating again can find it
    readme = out / "README.md"
    readme.write_text("# not what the generator writes\n")
    lock_file = out / "codegen.lock.json"
    lock = json.loads(lock_file.read_text())
    lock["files"]["README.md"] = hashlib.sha256(readme.read_bytes()).hexdigest()
    lock_file.write_text(json.dumps(lock))
    assert main(["check", *args]) == 0
    capsys.readouterr()
    assert main(["check", "--full", *args]) == 1
    assert str(readme) in capsys.readouterr().out
    assert main(["generate", "--full", *args]) == 0
    assert readme.read_text().startswith("# pinger")


def test_a_broken_lock_file_is_bad_input_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, _ok_doc(), "pinger.json")
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    (out / "codegen.lock.json").write_text("{not json")
    assert main(["check", "--spec", str(spec), "--out", str(out)]) == 2
    assert f"{out / 'codegen.lock.json'}: cannot read the lock file" in capsys.readouterr().err


def test_the_command_line_knows_the_manifest_by_its_name() -> None:
    from codegen import commands, manifest

    assert commands.MANIFEST_NAME == manifest.MANIFEST_NAME


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("documents", 3, "documents must be a list"),
        ("servers", "a-url", "servers must be a list"),
        ("overlays", "overlay.yaml", "overlays must be a list"),
        ("security_schemes", ["ApiKey"], "security_schemes must be a mapping"),
        ("auth_env", 3, "auth_env must be a mapping"),
        ("pagination", ["listInvoices"], "pagination must be a mapping"),
    ],
)
def test_a_manifest_value_of_the_wrong_kind_is_bad_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: object,
    expected: str,
) -> None:
    import yaml

    provider = tmp_path / "specs" / "bookeeping"
    shutil.copytree(ROOT / "specs" / "bookeeping", provider)
    manifest = provider / "manifest.yaml"
    data = yaml.safe_load(manifest.read_text())
    manifest.write_text(yaml.safe_dump({**data, key: value}))
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "bookeeping"]) == 2
    err = capsys.readouterr().err
    assert "manifest.yaml: line " in err and expected in err
    assert not (tmp_path / "generated" / "bookeeping").exists()


def test_packages_written_into_the_providers_folders_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "specs" / "bookeeping", tmp_path / "specs" / "bookeeping")
    before = sorted(p.name for p in (tmp_path / "specs" / "bookeeping").iterdir())
    monkeypatch.chdir(tmp_path)
    for command in (["generate", "--force"], ["check"]):
        assert main([*command, "--generated", "specs"]) == 2
        assert "the package folder is inside the provider's folder" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "specs" / "bookeeping").iterdir()) == before


def test_a_spec_that_is_a_folder_or_missing_is_refused_saying_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(tmp_path), "--out", str(out)]) == 2
    assert f"{tmp_path}: a folder; --spec takes one document's file" in capsys.readouterr().err
    missing = tmp_path / "api.yaml"
    assert main(["generate", "--spec", str(missing), "--out", str(out)]) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err
    assert not out.exists()
