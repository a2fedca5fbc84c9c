"""datamodel-code-generator's results, kept by the hash of what it was given.

On a large document the model writer is most of a generation once formatting is cached:
GitHub's description gives it a 10 MB schema. Its output depends only on its input, its
options, its version and our code that runs it (the writer process's script, which patches
the writer, and the module that sends it the request), so an entry keyed by their hash is
exactly what a new run would produce: after an upgrade of this generator that keeps the
writer's version, the old code's entries are not served. The warnings it gave are kept with
it and raised again on a hit, so the report is the same either way. The entries share the
formatting cache's folder and its switch (`CODEGEN_CACHE_DIR`, `off`).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from codegen.emit.format import cache_dir, read_entry, write_entry
from codegen.lock import code_hash


def cached(call: Callable[..., Any], shaped_by: Sequence[Path]) -> Callable[..., Any]:
    """`call` (the model writer) answered from the cache when given the same arguments and
    `shaped_by` (the files of ours whose change may change its answer) is unchanged."""

    def answer(*args: Any, **kwargs: Any) -> Any:
        cache = cache_dir("models")
        if cache is None:
            return call(*args, **kwargs)
        key = _key(code_hash(shaped_by), args, kwargs)
        entry = _load(read_entry(cache, key))
        if entry is None:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                code = call(*args, **kwargs)
            given = [(_name(w.category), str(w.message)) for w in caught]
            if isinstance(code, str):
                write_entry(cache, key, json.dumps({"code": code, "warnings": given}))
            entry = code, given
        code, given = entry
        for category, message in given:
            warnings.warn(message, warning_category(category), stacklevel=2)
        return code

    return answer


def _key(code: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(f"datamodel-code-generator {version('datamodel-code-generator')}".encode())
    digest.update(f"|code {code}".encode())
    digest.update(f"|python {sys.version_info[0]}.{sys.version_info[1]}|".encode())
    # the options are strings, numbers, enums and dicts of them: their reprs are stable
    digest.update(json.dumps([args, kwargs], sort_keys=True, default=repr).encode())
    return digest.hexdigest()


def _name(category: type[Warning]) -> str:
    return f"{category.__module__}:{category.__qualname__}"


def warning_category(name: str) -> type[Warning]:
    """The warning class of a `module:qualname` name (`UserWarning` when it is gone)."""
    module, _, qualname = name.partition(":")
    try:
        found: Any = importlib.import_module(module)
        for part in qualname.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError):
        return UserWarning
    return found if isinstance(found, type) and issubclass(found, Warning) else UserWarning


def _load(text: str | None) -> tuple[str, list[tuple[str, str]]] | None:
    if text is None:
        return None
    try:
        data = json.loads(text)
        return data["code"], [(c, m) for c, m in data["warnings"]]
    except (ValueError, KeyError, TypeError):
        return None  # a damaged entry is a miss
