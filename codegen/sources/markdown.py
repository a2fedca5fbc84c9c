"""Reader for OpenAPI fenced inside a Markdown page (a docs site's `llms.txt`-style page).

Fences follow CommonMark: three or more backticks or tildes, any info string, closed by a
fence of the same character at least as long (or by the end of the page). The prose around
them is ignored; the fences whose content is an OpenAPI document (has `openapi`) are read,
and a YAML error inside one is reported at its line in the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from codegen.errors import InputError, Problem
from codegen.sources import openapi
from codegen.sources.base import Hints, Piece

_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# `openapi:` on a line of its own, or first in a JSON object (`{"openapi": ...`)
_OPENAPI_KEY = re.compile(r"^\s*\{?\s*[\"']?openapi[\"']?\s*:", re.MULTILINE)


@dataclass(frozen=True)
class Fence:
    """A fenced block: its content and the page line its opening fence stands on (1-based)."""

    info: str
    content: str
    line: int


def fences(text: str) -> list[Fence]:
    """Every fenced code block of a Markdown page, in page order."""
    lines = text.splitlines()
    found: list[Fence] = []
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if not match or (match["fence"][0] == "`" and "`" in match["info"]):
            i += 1
            continue
        char, size, indent = match["fence"][0], len(match["fence"]), len(match["indent"])
        close = re.compile(rf"^ {{0,3}}{re.escape(char)}{{{size},}}[ \t]*$")
        end = i + 1
        while end < len(lines) and not close.match(lines[end]):
            end += 1
        body = [_dedent(line, indent) for line in lines[i + 1 : end]]
        found.append(Fence(match["info"].strip(), "\n".join(body) + "\n", i + 1))
        i = end + 1
    return found


def read(text: str, file: str, hints: Hints) -> Piece:
    blocks = fences(text)
    pieces: list[Piece] = []
    seen: list[object] = []
    for block in blocks:
        if not _OPENAPI_KEY.search(block.content):
            continue  # a request sample or another language: prose, for this reader
        data, origins = openapi.parse(block.content, file, line_offset=block.line)
        if not isinstance(data, dict) or "openapi" not in data or data in seen:
            continue
        seen.append(data)
        pieces.append(openapi.build_piece(data, file, hints, origins))
    if not pieces:
        raise InputError(
            [
                Problem(
                    file,
                    "",
                    f"no OpenAPI document fenced in this page ({len(blocks)} fenced blocks, "
                    "none with an `openapi` key)",
                    hint="give the page's ```yaml block holding the document, or read the page "
                    "with the doc-page shape",
                )
            ]
        )
    if len(pieces) == 1:
        return pieces[0]
    from codegen.assemble.merge import merge_pieces  # assembly's merge, for a page of several

    merged = merge_pieces(pieces)
    origins = {k: v for piece in pieces for k, v in piece.origins.items()}
    return Piece(
        file, merged.openapi, origins, [w for p in pieces for w in p.warnings] + merged.warnings
    )


def _dedent(line: str, indent: int) -> str:
    """Remove up to `indent` leading spaces, as CommonMark does for an indented fence."""
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(indent, stripped) :]
