"""`codegen build`: an sdist and a wheel of a generated package, checked with twine."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from codegen import scratch
from codegen.errors import InputError, Problem


@dataclass(frozen=True)
class Built:
    distribution: str
    version: str
    files: tuple[Path, ...]  # the sdist and the wheel, in the dist folder


def package_identity(folder: Path) -> tuple[str, str]:
    """(distribution, version) from a generated package's pyproject.toml."""
    file = folder / "pyproject.toml"
    if not file.is_file():
        raise InputError(
            [Problem(str(file), "", "no generated package here", "run `codegen generate`")]
        )
    try:
        project = tomllib.loads(file.read_text(encoding="utf-8"))["project"]
        return str(project["name"]), str(project["version"])
    except (tomllib.TOMLDecodeError, KeyError) as exc:
        raise InputError(
            [Problem(str(file), "[project]", f"cannot read name and version: {exc}")]
        ) from exc


def dist_files(dist: Path, distribution: str, version: str) -> list[Path]:
    """The sdist and wheels of one version already in `dist`."""
    stem = re.sub(r"[-_.]+", "_", distribution).lower() + "-" + version
    return sorted(p for p in dist.glob(f"{stem}*") if p.name.endswith((".tar.gz", ".whl")))


def differences(file: Path, folder: Path) -> list[str]:
    """The package files that `file`, an sdist or a wheel of the package in `folder`, holds
    otherwise than the folder does now, lacks, or holds though the folder no longer does:
    a file built from another tree. Empty when it is what building the folder would give."""
    if file.name.endswith(".whl"):
        with zipfile.ZipFile(file) as archive:
            held = {
                f"src/{name}": archive.read(name)
                for name in archive.namelist()
                if not name.endswith("/") and ".dist-info/" not in name
            }
    else:
        with tarfile.open(file) as archive:
            held = {}
            for member in archive.getmembers():
                extracted = archive.extractfile(member) if member.isfile() else None
                if extracted is not None:  # below the top folder `<name>-<version>/`
                    held[member.name.partition("/")[2]] = extracted.read()
        held.pop("PKG-INFO", None)  # written by the build, from pyproject.toml
    code = {
        p.relative_to(folder).as_posix()
        for p in (folder / "src").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    return sorted(
        rel
        for rel in code | set(held)
        if rel not in held
        or not (folder / rel).is_file()
        or (folder / rel).read_bytes() != held[rel]
    )


def build_package(folder: Path, dist: Path, *, isolation: bool = True) -> Built:
    """Build into a temporary folder, check, then move into `dist`: never a partial file there."""
    distribution, version = package_identity(folder)
    with scratch.folder("codegen-build-") as tmp:
        command = [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--wheel",
            "--outdir",
            str(tmp),
            str(folder),
        ]
        if not isolation:
            command.insert(3, "--no-isolation")
        _run(command, f"{folder}: building failed")
        built = sorted(tmp.iterdir())
        _run(
            [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)],
            f"{folder}: `twine check` found problems in the metadata",
        )
        dist.mkdir(parents=True, exist_ok=True)
        moved = []
        for file in built:
            shutil.move(str(file), dist / file.name)
            moved.append(dist / file.name)
    return Built(distribution, version, tuple(moved))


class BuildError(Exception):
    pass


def _run(command: list[str], failure: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise BuildError(f"{failure}:\n{tail}")
