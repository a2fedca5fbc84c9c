"""Readers: one small module per document shape, each turning a document into a `Piece`.

A reader is `read(text, file, hints) -> Piece`; it raises `InputError` naming the file and
the line when it cannot read the document.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from codegen.errors import InputError, Problem
from codegen.sources.base import Hints, Piece

# shape -> module in this package; imported on first use so a run pays only for its shapes
_READERS = {
    "openapi": "openapi",
    "markdown-openapi": "markdown",
    "example-summary": "example_summary",
    "doc-page": "doc_page",
}


def read_document(
    path: Path, shape: str, hints: Hints | None = None, *, label: str | None = None
) -> Piece:
    """Read one document of the given shape. `label` is the file name used in messages."""
    file = label or str(path)
    if shape not in _READERS:
        raise InputError(
            [
                Problem(
                    file, "", f"unknown document shape {shape!r}", f"one of {', '.join(_READERS)}"
                )
            ]
        )
    try:
        # a byte order mark opens the file, not the document: JSON is told from YAML after it
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(file, "", f"cannot read the file: {exc}")]) from None
    reader = import_module(f"codegen.sources.{_READERS[shape]}")
    return reader.read(text, file, hints or Hints())


__all__ = ["Hints", "Piece", "read_document"]
