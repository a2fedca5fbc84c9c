"""The generator as another repository meets it: built with `python -m build`, installed from
the wheel alone into a fresh virtual environment outside this checkout, configured by the
host repository's `pyproject.toml`, run from inside that repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=900
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result.stdout + result.stderr


def source_copy(into: Path) -> Path:
    """What the distribution is built from: the project's metadata and the codegen package."""
    into.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, into / name)
    shutil.copytree(
        ROOT / "codegen", into / "codegen", ignore=shutil.ignore_patterns("__pycache__")
    )
    return into


def host_repository(into: Path) -> Path:
    """A repository of a user: its own pyproject table, one provider under `apis/`."""
    shutil.copytree(ROOT / "specs" / "alguna", into / "apis" / "alguna")
    (into / "pyproject.toml").write_text(
        '[project]\nname = "billing"\nversion = "1.0.0"\n\n'
        '[tool.invoice-codegen]\nspecs = "apis"\ngenerated = "clients"\n'
    )
    subprocess.run(["git", "init", "-q"], cwd=into, check=True, timeout=60)
    return into


def test_the_wheel_alone_generates_and_checks_in_another_repository(tmp_path: Path) -> None:
    source = source_copy(tmp_path / "source")
    dist = tmp_path / "dist"
    # sdist first, then the wheel from the sdist: both must carry the templates
    _ok(_run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], tmp_path))
    [wheel] = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    _ok(
        _run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
            tmp_path,
        )
    )
    codegen = str(env_dir / "bin" / "codegen")
    repo = host_repository(tmp_path / "repo")
    where = _ok(_run([str(python), "-c", "import codegen; print(codegen.__file__)"], repo))
    assert str(env_dir) in where and str(ROOT) not in where

    version = _ok(_run([codegen, "--version"], repo))
    assert "invoice-codegen 0.1.0" in version and "black " in version

    _ok(_run([codegen, "generate"], repo))
    assert (repo / "clients" / "alguna" / "src" / "alguna" / "_runtime" / "rules.py").is_file()
    assert (repo / "clients" / "alguna" / "codegen.lock.json").is_file()
    assert _run([codegen, "check"], repo).returncode == 0

    page = repo / "apis" / "alguna" / "create-invoice-line-item.txt"
    original = page.read_text()
    page.write_text(original + "\n")
    stale = _run([codegen, "check"], repo)
    assert stale.returncode == 1
    assert "input changed since generation: apis/alguna/create-invoice-line-item.txt" in (
        stale.stdout
    )
    page.write_text(original)
    assert _run([codegen, "check"], repo).returncode == 0

    client = repo / "clients" / "alguna" / "src" / "alguna" / "_client.py"
    client.write_text(client.read_text() + "# mine\n")
    edited = _run([codegen, "check"], repo)
    assert edited.returncode == 1
    assert "output edited by hand: src/alguna/_client.py" in edited.stdout

    # a document with no manifest, from a folder below the repository root
    (repo / "docs").mkdir()
    (repo / "docs" / "ping.json").write_text((ROOT / "tests" / "data" / "ping.json").read_text())
    _ok(_run([codegen, "generate", "--spec", "ping.json", "--out", "../out/ping"], repo / "docs"))
    assert (repo / "out" / "ping" / "src" / "ping" / "_client.py").is_file()
