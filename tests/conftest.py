"""Shared helpers: generate a package from a tiny document and import it."""

from __future__ import annotations

import importlib
import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from codegen.pipeline import Generated, generate_document
from codegen.write import write_tree


@pytest.fixture(
    params=[(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")],
    ids=["SIGTERM", "SIGINT"],
)
def signal_ending(request: pytest.FixtureRequest) -> tuple[int, int, str]:
    """A signal, the exit status a run it ends gives and what the run says; Ctrl-C is
    delivered as a terminal delivers it (a background job, `cmd &` in a script, starts with
    SIGINT ignored, and Python then leaves it ignored)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    request.addfinalizer(lambda: signal.signal(signal.SIGINT, before))
    ending: tuple[int, int, str] = request.param
    return ending


@pytest.fixture
def generate(tmp_path: Path) -> Callable[..., tuple[Generated, Path]]:
    """Generate a package from an OpenAPI document given as data; return it and its folder."""

    def run(document: dict[str, Any], name: str) -> tuple[Generated, Path]:
        spec = tmp_path / f"{name}.json"
        spec.write_text(json.dumps(document), encoding="utf-8")
        result = generate_document(spec, name)
        out = tmp_path / "out" / name
        write_tree(result.files, out)
        return result, out

    return run


@pytest.fixture
def generate_and_import(
    generate: Callable[..., tuple[Generated, Path]],
) -> Callable[..., ModuleType]:
    """Generate a package and import it (each test uses its own package name)."""
    added: list[str] = []

    def run(document: dict[str, Any], name: str) -> ModuleType:
        _, out = generate(document, name)
        src = str(out / "src")
        sys.path.insert(0, src)
        added.append(src)
        for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[mod]
        return importlib.import_module(name)

    yield run  # type: ignore[misc]
    for src in added:
        sys.path.remove(src)
