"""Formatting generated Python with isort and black, in memory.

Black dominates generation time on large documents, so formatting is shared out:
- a module formatted before (same text, same black and isort versions and settings) is read
  back from a content-addressed cache instead of being formatted again, which makes
  regenerating after a small change to the documents fast;
- the rest are formatted in worker processes when there is enough of them to be worth it.
The result does not depend on either: a cached entry is exactly what formatting produced.

The cache lives in `$CODEGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/invoice-codegen`, else
`~/.cache/invoice-codegen`; `CODEGEN_CACHE_DIR=off` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import black
import isort

from codegen.errors import InputError, Problem

_LINE_LENGTH = 100
_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=_LINE_LENGTH)
# below this much code to format, starting worker processes costs more than it saves
_PARALLEL_MIN_CHARS = 400_000


def format_modules(
    modules: dict[str, str], package: str, *, formatter: str = "black"
) -> dict[str, str]:
    """Every module of `modules` (path -> code) formatted, in the same order."""
    if formatter != "black":  # the configuration refuses the others before this point
        raise ValueError(f"unsupported formatter {formatter!r}")
    cache = _cache_dir()
    done: dict[str, str] = {}
    todo: dict[str, str] = {}
    keys: dict[str, str] = {}
    for path, code in modules.items():
        keys[path] = _key(code, package)
        cached = _read(cache, keys[path]) if cache else None
        if cached is None:
            todo[path] = code
        else:
            done[path] = cached
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1 and sum(map(len, todo.values())) >= _PARALLEL_MIN_CHARS:
        # the largest first, so that no worker is left with a big one at the end
        order = sorted(todo, key=lambda p: -len(todo[p]))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            codes = [todo[p] for p in order]
            results = list(pool.map(_format_or_problem, codes, order, [package] * len(order)))
        problems = [r for r in results if isinstance(r, Problem)]
        if problems:
            raise InputError(problems)
        done.update((p, r) for p, r in zip(order, results, strict=True) if isinstance(r, str))
    else:
        done.update((path, format_python(code, path, package)) for path, code in todo.items())
    if cache:
        for path in todo:
            _write(cache, keys[path], done[path])
    return {path: done[path] for path in modules}


def format_python(code: str, name: str, package: str) -> str:
    """Sort imports as ruff's isort rules expect, then black-format one module.

    Code that does not parse is a generator bug, reported as such.
    """
    try:
        code = isort.code(code, config=_isort_config(package))
        return black.format_str(code, mode=_MODE)
    except black.parsing.InvalidInput as exc:
        raise InputError(
            [
                Problem(
                    name,
                    "",
                    f"generated code does not parse: {exc}",
                    "a construct of the document produced invalid Python; please report it",
                )
            ]
        ) from None


def _format_or_problem(code: str, name: str, package: str) -> str | Problem:
    """`format_python` for a worker process: a problem comes back as data (it pickles)."""
    try:
        return format_python(code, name, package)
    except InputError as err:
        return err.problems[0]


_ISORT_SETTINGS: dict[str, Any] = {
    "profile": "black",
    "line_length": _LINE_LENGTH,
    "combine_as_imports": False,  # as ruff sorts them: an `as` import on its own line
    "float_to_top": False,
}
_ISORT: dict[str, isort.Config] = {}


def _isort_config(package: str) -> isort.Config:
    if package not in _ISORT:
        _ISORT[package] = isort.Config(known_first_party=[package], **_ISORT_SETTINGS)
    return _ISORT[package]


def _key(code: str, package: str) -> str:
    # everything formatting depends on: the tools' versions, their settings, the package
    # name (isort's first-party section) and the code itself
    settings = f"{black.__version__}|{isort.__version__}|{_MODE!r}|{_ISORT_SETTINGS}|{package}\n"
    return hashlib.sha256((settings + code).encode("utf-8")).hexdigest()


def _cache_dir() -> Path | None:
    configured = os.environ.get("CODEGEN_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "invoice-codegen"
    return base / "format"


def _read(cache: Path, key: str) -> str | None:
    try:
        return (cache / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(cache: Path, key: str, text: str) -> None:
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
