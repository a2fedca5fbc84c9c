"""The golden record: every committed package under generated/ is current and passes its checks.

For each package: `codegen check` finds nothing stale; its own generated tests pass; it is
`mypy --strict`, `ruff check` (imports sorted) and `ruff format --check` clean; its wheel builds, installs into a
clean virtual environment with nothing else, and imports.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from codegen.cli import main

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
PACKAGES = sorted(p.name for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env},
        timeout=900,
    )


def _ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_every_provider_has_a_package() -> None:
    providers = sorted(
        p.name for p in (ROOT / "specs").iterdir() if (p / "manifest.yaml").is_file()
    )
    assert providers and providers == PACKAGES


def test_generated_tree_is_current(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    status = main(["check"])
    assert status == 0, capsys.readouterr().out


@pytest.mark.parametrize("name", PACKAGES)
def test_package_tests_pass(name: str) -> None:
    pkg = GENERATED / name
    _ok(
        _run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
            pkg,
            PYTHONPATH="src",
        )
    )


@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_mypy_strict_clean(name: str) -> None:
    pkg = GENERATED / name
    _ok(
        _run(
            [
                str(BIN / "mypy"),
                "--strict",
                "--no-incremental",
                "--cache-dir",
                os.devnull,
                "src",
                "tests",
            ],
            pkg,
            MYPYPATH="src",
        )
    )


@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_ruff_clean_and_formatted(name: str) -> None:
    pkg = GENERATED / name
    _ok(_run([str(BIN / "ruff"), "check", "--no-cache", "--extend-select=I", "."], pkg))
    # the whole package: ruff formats the Python blocks of the README too
    _ok(_run([str(BIN / "ruff"), "format", "--check", "--no-cache", "."], pkg))


@pytest.mark.parametrize("name", PACKAGES)
def test_wheel_builds_installs_alone_and_imports(name: str, tmp_path: Path) -> None:
    pkg = GENERATED / name
    dist = tmp_path / "dist"
    _ok(_run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), "."], pkg))
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    _ok(
        _run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--quiet",
                str(wheels[0]),
            ],
            tmp_path,
        )
    )
    import_name = tomllib.loads((pkg / "pyproject.toml").read_text())["tool"]["hatch"]["build"][
        "targets"
    ]["wheel"]["packages"][0].split("/")[-1]
    probe = f"import {import_name}, {import_name}.models; print({import_name}.Client.__name__)"
    result = _run([str(python), "-W", "error", "-c", probe], tmp_path)  # not one warning
    _ok(result)
    assert result.stdout.strip() == "Client"
    # nothing but the package and its two dependencies (with theirs) is installed
    listed = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "list", "--format=freeze"], tmp_path
    )
    names = {line.split("==")[0].lower() for line in listed.stdout.split()}
    assert names <= {pkg_name.lower() for pkg_name in _allowed(pkg)}, names


@pytest.mark.parametrize("name", PACKAGES)
def test_every_model_is_the_class_of_its_name(name: str) -> None:
    """The report's models (the intermediate model's names) are exactly what models.py
    defines (or, when the models are split, its modules together, each model once), and none
    is a name its module imports."""
    pkg = GENERATED / name
    report = json.loads((pkg / "codegen-report.json").read_text(encoding="utf-8"))
    (src,) = (pkg / "src").iterdir()
    single = src / "models.py"
    modules = [single] if single.is_file() else sorted((src / "models").glob("_*.py"))
    defined: list[str] = []
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        own = {n.name for n in tree.body if isinstance(n, ast.ClassDef)} | {
            n.target.id
            for n in tree.body
            if isinstance(n, ast.AnnAssign)
            and isinstance(n.target, ast.Name)
            and ast.unparse(n.annotation) == "TypeAlias"
        }
        imported = {
            a.asname or a.name
            for n in tree.body
            if isinstance(n, ast.ImportFrom | ast.Import)
            for a in n.names
        }
        assert not own & imported, module
        defined += own
    assert report["models"] and sorted(defined) == sorted(report["models"])


def _allowed(pkg: Path) -> set[str]:
    project = tomllib.loads((pkg / "pyproject.toml").read_text())["project"]
    return {
        project["name"],
        project["name"].replace("-", "_"),
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "idna",
        "sniffio",
        "certifi",
        "pydantic",
        "pydantic-core",
        "pydantic_core",
        "annotated-types",
        "annotated_types",
        "typing-extensions",
        "typing_extensions",
        "typing-inspection",
        "typing_inspection",
        "pip",
    }
