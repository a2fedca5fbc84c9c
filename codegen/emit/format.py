"""Formatting generated Python, in memory: imports sorted by ruff's rules, then ruff or black.

Imports are sorted by `ruff check --select I --fix` whichever formatter is chosen, so the
output is what `ruff check` in the generated package expects. `ruff` (the default) formats a
whole package in a fraction of a second with two processes; `black` formats module by
module, in worker processes when there is enough code to be worth it.

A module formatted before (same text, same formatter, versions and settings) is read back
from a content-addressed cache instead, which makes regenerating after a small change fast.
The cache lives in `$CODEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/invoice-codegen`, else
`~/.cache/invoice-codegen`; `CODEGEN_CACHE_DIR=off` turns it off. The result does not depend
on the cache: an entry is exactly what formatting produced.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Literal

from ruff.__main__ import find_ruff_bin

from codegen.errors import InputError, Problem
from codegen.lock import code_hash
from codegen.scratch import folder as scratch_folder

Formatter = Literal["ruff", "black"]
FORMATTERS: tuple[Formatter, ...] = ("ruff", "black")
DEFAULT_FORMATTER: Formatter = "ruff"

_LINE_LENGTH = 100
_TARGET = "py311"
# the settings both steps share; --isolated keeps any configuration file around out of it
_RUFF_ARGS = [
    "--isolated",
    "--no-cache",
    f"--line-length={_LINE_LENGTH}",
    f"--target-version={_TARGET}",
]
# below this much code to format with black, starting worker processes costs more than it saves
_PARALLEL_MIN_CHARS = 400_000
# Linux's memory-backed folder (tmpfs) for files that never need to reach a disk
_SHM = Path("/dev/shm")


def format_modules(
    modules: dict[str, str], package: str, formatter: Formatter = DEFAULT_FORMATTER
) -> dict[str, str]:
    """Every module of `modules` (path -> code) formatted, in the same order.

    Code that does not parse is a generator bug, reported as such with its file and line.
    """
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r} (known: {', '.join(FORMATTERS)})")
    cache = cache_dir("format")
    done: dict[str, str] = {}
    todo: dict[str, str] = {}
    keys: dict[str, str] = {}
    settings = _settings(formatter, package)
    for path, code in modules.items():
        keys[path] = hashlib.sha256((settings + code).encode("utf-8")).hexdigest()
        cached = read_entry(cache, keys[path]) if cache else None
        if cached is None:
            todo[path] = code
        else:
            done[path] = cached
    if todo:
        done.update(_format(todo, package, formatter))
        if cache:
            for path in todo:
                write_entry(cache, keys[path], done[path])
    return {path: done[path] for path in modules}


def _format(todo: dict[str, str], package: str, formatter: Formatter) -> dict[str, str]:
    scratch = _memory_backed()
    if scratch is not None:
        try:
            return _format_in(scratch, todo, package, formatter)
        except (OSError, RuntimeError):
            pass  # full (a container's is small): again in the usual temporary folder
    return _format_in(None, todo, package, formatter)


def _memory_backed() -> str | None:
    """A memory-backed folder for the scratch copies, unless `TMPDIR` names another.

    The modules are written, formatted and read back within a second. Writing a large
    package's thousand files to a disk costs about a second of system time; in memory, a
    twentieth of that. Without such a folder, the `tempfile` default is used.
    """
    if os.environ.get("TMPDIR"):
        return None
    return str(_SHM) if _SHM.is_dir() and os.access(_SHM, os.W_OK | os.X_OK) else None


def _format_in(
    scratch: str | None, todo: dict[str, str], package: str, formatter: Formatter
) -> dict[str, str]:
    with scratch_folder("codegen-format-", scratch) as root:
        for path, code in todo.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(code, encoding="utf-8")
        # named one by one: ruff leaves out folders such as `build/` only when it walks a tree
        files = sorted(todo)
        _sort_imports(root, package, files)
        if formatter == "ruff":
            _ruff(["format", *_RUFF_ARGS, "--", *files], root)
            return {path: (root / path).read_text(encoding="utf-8") for path in todo}
        sorted_code = {path: (root / path).read_text(encoding="utf-8") for path in todo}
    return _black_all(sorted_code)


def _sort_imports(root: Path, package: str, files: list[str]) -> None:
    """Sort every module's imports in place; what does not parse is reported here."""
    result = _ruff(
        [
            "check",
            *_RUFF_ARGS,
            "--select=I",
            "--fix",
            f"--config=lint.isort.known-first-party=[{json.dumps(package)}]",
            "--output-format=json",
            "--",
            *files,
        ],
        root,
        allowed=(0, 1),
    )
    if result.returncode == 0:
        return
    # after the fixes, what is left is code that does not parse
    problems = []
    for d in json.loads(result.stdout):
        rel = Path(d["filename"]).resolve().relative_to(root.resolve()).as_posix()
        place = f"line {d['location']['row']}, column {d['location']['column']}"
        problems.append(
            Problem(
                rel,
                place,
                f"generated code does not parse: {d['message']}",
                "a construct of the document produced invalid Python; please report it",
            )
        )
    raise InputError(problems or [Problem("", "", result.stderr.strip(), "")])


def _ruff(
    args: list[str], cwd: Path, allowed: Iterable[int] = (0,)
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [find_ruff_bin(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode not in allowed:
        raise RuntimeError(f"ruff {args[0]} failed: {result.stderr.strip()}")
    return result


def _black_all(todo: dict[str, str]) -> dict[str, str]:
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1 and sum(map(len, todo.values())) >= _PARALLEL_MIN_CHARS:
        # the largest first, so that no worker is left with a big one at the end
        order = sorted(todo, key=lambda p: -len(todo[p]))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return dict(zip(order, pool.map(_black, [todo[p] for p in order]), strict=True))
    return {path: _black(code) for path, code in todo.items()}


def _black(code: str) -> str:
    # imported here: only the black formatter pays for importing black
    import black

    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=_LINE_LENGTH)
    return black.format_str(code, mode=mode)


def _settings(formatter: Formatter, package: str) -> str:
    # everything formatting depends on: the tools' versions, the package name (the
    # first-party section of the imports), the formatter, and this module, which holds every
    # argument and setting the tools are given (both ignore configuration files here)
    versions = f"ruff {version('ruff')}"
    if formatter == "black":
        versions += f", black {version('black')}"
    return f"{formatter}|{versions}|{code_hash([Path(__file__)])}|{package}\n"


def cache_dir(kind: str) -> Path | None:
    """The cache folder for one kind of entry; None when caching is off."""
    configured = os.environ.get("CODEGEN_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "invoice-codegen"
    return base / kind


def read_entry(cache: Path | None, key: str) -> str | None:
    if cache is None:
        return None
    try:
        return (cache / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_entry(cache: Path, key: str, text: str) -> None:
    """Store an entry atomically; a cache that cannot be written is simply not used."""
    folder = cache / key[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp"
        ) as tmp:
            tmp.write(text)
        os.replace(tmp.name, folder / key)
    except OSError:
        return
