"""Reader for the `doc-page` shape: a rendered documentation page saved as plain text.

Two kinds of page are told apart by their content:
- a page that prints its method and path (`POST` / `/` / `invoices` ...) and shows JSON
  examples: `example_page`, whose schemas are inferred from the examples;
- a page that lists its fields one run-together line each (`recordIdintegerRequired>=1`)
  under Request and Response headings: `field_page`, whose method and path come from the
  manifest.
"""

from __future__ import annotations

from codegen.errors import InputError, Problem
from codegen.sources.base import Hints, Piece
from codegen.sources.example_page import find_method_line, read_example_page
from codegen.sources.field_page import looks_like_field_page, read_field_page
from codegen.sources.page_sections import normalize_newlines, page_lines


def read(text: str, file: str, hints: Hints) -> Piece:
    text = normalize_newlines(text)
    lines = page_lines(text)
    if find_method_line(lines) is not None:
        return read_example_page(text, lines, file, hints)
    if looks_like_field_page(lines):
        return read_field_page(lines, file, hints)
    raise InputError(
        [
            Problem(
                file,
                "line 1",
                "cannot tell what kind of documentation page this is",
                "a doc page either prints its method and path on lines of their own "
                "(`POST`, `/invoices`) or has Request/Response sections of field lines",
            )
        ]
    )
