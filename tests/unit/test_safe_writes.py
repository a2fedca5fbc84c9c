"""The generator never destroys what it did not write: refusals, --force, the lock file's
record of written files, `.codegenignore` and `examples/`."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
from pathlib import Path

import pytest
from tinydoc import openapi

from codegen import write
from codegen.cli import main
from codegen.lock import LOCK_NAME
from codegen.write import protected


def _doc(*tags: str) -> dict[str, object]:
    """One operation per tag: each tag becomes a resource module of its own."""
    return openapi(
        {
            f"/{tag}": {
                "get": {
                    "operationId": f"list_{tag}",
                    "tags": [tag],
                    "responses": {"204": {"description": "done"}},
                }
            }
            for tag in tags
        }
    )


def _tree(folder: Path) -> dict[str, str]:
    """Every file below `folder` (hidden ones and .git included) -> its sha256."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, timeout=60)


def test_generating_into_a_git_repository_folder_is_refused_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "doc.json").write_text(json.dumps(_doc("invoices")))
    (repo / "notes.txt").write_text("mine\n")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "first")
    before = _tree(repo)
    assert any(name.startswith(".git/") for name in before)
    monkeypatch.chdir(repo)
    assert main(["generate", "--spec", "doc.json", "--out", "."]) == 2
    err = capsys.readouterr().err
    assert "the folder is not empty" in err and "--force" in err and LOCK_NAME in err
    assert _tree(repo) == before


def test_force_writes_only_the_generators_own_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n")
    (out / "README.md").write_text("an old readme\n")
    spec = tmp_path / "doc.json"
    spec.write_text(json.dumps(_doc("invoices")))
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--force"]) == 0
    assert (out / "notes.txt").read_text() == "mine\n"
    assert (out / "README.md").read_text() != "an old readme\n"  # a name the generator writes
    lock = json.loads((out / LOCK_NAME).read_text())
    assert "README.md" in lock["files"] and "notes.txt" not in lock["files"]


def test_regeneration_removes_only_files_an_earlier_run_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = tmp_path / "doc.json"
    args = ["generate", "--spec", str(spec), "--out", str(out)]
    spec.write_text(json.dumps(_doc("invoices", "contacts", "payments")))
    assert main(args) == 0
    resources = out / "src" / "doc" / "resources"
    assert {"invoices.py", "contacts.py", "payments.py"} <= {p.name for p in resources.iterdir()}
    (resources / "mine.py").write_text("# hand-written\n")
    payments = resources / "payments.py"
    payments.write_text(payments.read_text() + "# edited\n")
    spec.write_text(json.dumps(_doc("invoices")))
    capsys.readouterr()
    assert main(args) == 0
    assert not (resources / "contacts.py").exists()  # written by the last run, no longer produced
    assert (resources / "mine.py").read_text() == "# hand-written\n"  # never written by it
    assert payments.read_text().endswith("# edited\n")  # edited since: kept, and said so
    assert "payments.py: no longer generated, but edited since: left in place" in (
        capsys.readouterr().err
    )
    lock = json.loads((out / LOCK_NAME).read_text())
    assert "src/doc/resources/contacts.py" not in lock["files"]
    assert "src/doc/resources/payments.py" not in lock["files"]


def test_codegenignore_and_examples_are_never_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = tmp_path / "doc.json"
    args = ["generate", "--spec", str(spec), "--out", str(out)]
    spec.write_text(json.dumps(_doc("invoices", "contacts")))
    assert main(args) == 0
    (out / "examples").mkdir()
    (out / "examples" / "demo.py").write_text("print('demo')\n")
    (out / ".codegenignore").write_text(
        "# our own readme\nREADME.md\nsrc/doc/resources/contacts.py\n"
    )
    (out / "README.md").write_text("# written by us\n")
    contacts = out / "src" / "doc" / "resources" / "contacts.py"
    contacts.write_text("# ours now\n")
    kept = {rel: digest for rel, digest in _tree(out).items() if not rel.startswith("src/doc/m")}
    spec.write_text(json.dumps(_doc("invoices")))  # contacts.py is no longer produced
    capsys.readouterr()
    assert main(args) == 0
    after = _tree(out)
    for rel in ("examples/demo.py", ".codegenignore", "README.md", "src/doc/resources/contacts.py"):
        assert after[rel] == kept[rel], rel
    assert main(["check", "--spec", str(spec), "--out", str(out)]) == 0
    assert "examples" not in capsys.readouterr().out


def test_examples_can_be_given_back_to_the_generator(tmp_path: Path) -> None:
    assert protected(tmp_path).match_file("examples/demo.py")
    (tmp_path / ".codegenignore").write_text("!examples/\n")
    assert not protected(tmp_path).match_file("examples/demo.py")
    assert protected(tmp_path).match_file(".codegenignore")


def test_a_document_named_as_an_output_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    spec = out / "openapi.json"  # a name the generator writes too
    spec.write_text(json.dumps(_doc("invoices")))
    before = _tree(out)
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--force"]) == 2
    assert "an input of this generation" in capsys.readouterr().err
    assert _tree(out) == before


def test_regeneration_never_removes_an_input_the_lock_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = out / "doc.json"
    out.mkdir()
    spec.write_text(json.dumps(_doc("invoices")))
    args = ["generate", "--spec", str(spec), "--out", str(out), "--force"]
    assert main(args) == 0
    lock = json.loads((out / LOCK_NAME).read_text())
    lock["files"]["doc.json"] = hashlib.sha256(spec.read_bytes()).hexdigest()
    (out / LOCK_NAME).write_text(json.dumps(lock))
    assert main([*args, "--full"]) == 0
    assert spec.is_file()


def test_a_lock_listing_files_outside_its_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = tmp_path / "doc.json"
    spec.write_text(json.dumps(_doc("invoices")))
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n")
    args = ["generate", "--spec", str(spec), "--out", str(out)]
    assert main(args) == 0
    lock = json.loads((out / LOCK_NAME).read_text())
    lock["files"]["../victim.txt"] = hashlib.sha256(victim.read_bytes()).hexdigest()
    (out / LOCK_NAME).write_text(json.dumps(lock))
    capsys.readouterr()
    assert main([*args, "--full"]) == 2
    assert "../victim.txt: not a path inside the package folder" in capsys.readouterr().err
    assert victim.read_text() == "mine\n"


def test_force_never_writes_through_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("mine\n")
    (out / "README.md").symlink_to(precious)  # a name the generator writes
    spec = tmp_path / "doc.json"
    spec.write_text(json.dumps(_doc("invoices")))
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--force"]) == 2
    assert "README.md: a symbolic link" in capsys.readouterr().err
    assert precious.read_text() == "mine\n"
    assert sorted(p.name for p in out.iterdir()) == ["README.md"]


def test_check_does_not_report_a_file_the_codegenignore_took_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    spec = tmp_path / "doc.json"
    spec.write_text(json.dumps(_doc("invoices")))
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    (out / ".codegenignore").write_text("README.md\n")  # after the generation that wrote it
    (out / "README.md").write_text("# ours now\n")
    capsys.readouterr()
    assert main(["check", "--spec", str(spec), "--out", str(out)]) == 0
    assert "README.md" not in capsys.readouterr().err


def test_a_signal_while_the_package_is_written_leaves_it_whole(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signal_ending: tuple[int, int, str],
) -> None:
    signum, status, said = signal_ending
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    spec = tmp_path / "api.json"
    spec.write_text(json.dumps(_doc("pets")), encoding="utf-8")
    out = tmp_path / "out"
    writes: list[str] = []
    real = write._write

    def signalled(path: Path, text: str) -> None:
        if not writes:
            os.kill(os.getpid(), signum)  # as the first file is written
        writes.append(path.name)
        real(path, text)

    monkeypatch.setattr(write, "_write", signalled)
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == status
    assert said in capsys.readouterr().err
    assert writes[-1] == LOCK_NAME and len(writes) > 10  # the whole package, the lock last
    monkeypatch.setattr(write, "_write", real)
    assert main(["check", "--spec", str(spec), "--out", str(out)]) == 0
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # as it was before the run
