"""A committed package as it was at a git revision, copied out to a folder; one file of it
as HEAD holds it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from codegen.errors import InputError, Problem


def materialize(folder: Path, ref: str, into: Path) -> bool:
    """Copy the files git holds under `folder` at `ref` into `into`; False when there were none."""
    if not folder.is_dir():
        return False  # a package not generated yet
    listing = _git(folder, "ls-tree", "-r", "--name-only", "-z", ref, "--", ".")
    names = [n for n in listing.decode("utf-8").split("\0") if n]
    for name in names:
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git(folder, "show", f"{ref}:./{name}"))
    return bool(names)


def head_blob(folder: Path, rel: str) -> bytes | None:
    """The bytes of `folder`/`rel` in git's HEAD; None outside a repository, or where HEAD
    holds no such file."""
    try:
        done = subprocess.run(
            ["git", "show", f"HEAD:./{rel}"], cwd=folder, capture_output=True, check=False
        )
    except OSError:  # git is not installed, or the folder is gone
        return None
    return done.stdout if done.returncode == 0 else None


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise InputError([Problem(str(cwd), "", "git is not installed")]) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(
            [
                Problem(
                    str(cwd),
                    f"git {args[0]}",
                    message[-1] if message else "git failed",
                    "--against takes a commit, branch or tag of this repository",
                )
            ]
        )
    return done.stdout
