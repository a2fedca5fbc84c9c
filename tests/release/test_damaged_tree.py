"""A generated file deleted or edited in a package's folder is no change of its API: the
committed package is read as its lock file recorded it (from git's HEAD where that holds it
as written, else without that file), so `diff` finds no change and `generate` restores the
file without a release."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.lock import LOCK_NAME
from codegen.release.versioning import read_committed

ROOT = Path(__file__).resolve().parents[2]


def _delete(path: Path) -> None:
    path.unlink()


def _add_a_class(path: Path) -> None:
    path.write_text(path.read_text() + "\n\nclass Extra(BaseModel):\n    note: str\n")


DAMAGE: list[tuple[str, Callable[[Path], None]]] = [
    ("src/bookeeping/errors.py", _delete),
    ("src/bookeeping/models.py", _add_a_class),
    ("pyproject.toml", _delete),  # the version's record
]


def _git(repo: Path) -> None:
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "the package"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t.test", *args],
            cwd=repo,
            check=True,
            capture_output=True,
        )


def _files(package: Path) -> dict[str, bytes]:
    return {
        p.relative_to(package).as_posix(): p.read_bytes()
        for p in package.rglob("*")
        if p.is_file() and p.name != LOCK_NAME  # its record of the generator's code may differ
    }


@pytest.mark.parametrize("in_git", [True, False], ids=["git", "no-git"])
@pytest.mark.parametrize(("rel", "damage"), DAMAGE, ids=[rel for rel, _ in DAMAGE])
def test_a_damaged_package_is_restored_without_a_release(
    rel: str,
    damage: Callable[[Path], None],
    in_git: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(ROOT / "specs" / "bookeeping", specs / "bookeeping")
    package = generated / "bookeeping"
    shutil.copytree(ROOT / "generated" / "bookeeping", package)
    if in_git:
        _git(tmp_path)
    where = ["--specs", str(specs), "--generated", str(generated)]
    before = _files(package)
    version = next(
        line.split('"')[1]
        for line in before["pyproject.toml"].decode().splitlines()
        if line.startswith("version = ")
    )
    damage(package / rel)

    capsys.readouterr()
    assert main(["diff", *where]) == 0
    assert capsys.readouterr().out == f"bookeeping: no change (bookeeping-client {version})\n"
    assert main(["generate", *where]) == 0
    assert _files(package) == before  # the file as it was; the same version and changelog
    assert main(["check", *where]) == 0


@pytest.mark.parametrize("in_git", [True, False], ids=["git", "no-git"])
def test_the_committed_package_is_read_as_its_lock_recorded_it(
    in_git: bool, tmp_path: Path
) -> None:
    package = tmp_path / "bookeeping"
    shutil.copytree(ROOT / "generated" / "bookeeping", package)
    errors, models = "src/bookeeping/errors.py", "src/bookeeping/models.py"
    written = {rel: (package / rel).read_text() for rel in (errors, models)}
    if in_git:
        _git(tmp_path)
    (package / errors).unlink()
    _add_a_class(package / models)
    (package / "src" / "bookeeping" / "mine.py").write_text("def mine() -> None: ...\n")

    committed = read_committed(package)
    assert committed is not None
    assert "src/bookeeping/mine.py" not in committed.files  # not the generator's
    if in_git:  # as HEAD holds them, which is what the lock recorded
        assert committed.unknown == frozenset()
        assert {rel: committed.files[rel] for rel in (errors, models)} == written
    else:  # not known: compared on neither side
        assert committed.unknown == {errors, models}
        assert errors not in committed.files and models not in committed.files
    assert committed.files["openapi.json"] == (package / "openapi.json").read_text()
