"""Document text -> text of generated code: string literals, docstrings, one-line prose.

Every piece of text taken from the document reaches generated code through `docstring()`
or `literal()`, never as code.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

WIDTH = 88
# Characters a source file may not hold as they are (NUL), that tools refuse (escape codes),
# or that cannot be written as UTF-8 (lone surrogates); tab and the line breaks are handled
# as such.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def literal(value: Any) -> str:
    """A Python literal for JSON data; strings are escaped, never evaluated."""
    return repr(value)


def escaped(text: str) -> str:
    """Unprintable characters as escape sequences, which a string literal, a docstring and a
    regular expression all read back as the characters themselves."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring whose content cannot end it or escape from it."""
    text = textwrap.dedent(text).strip()
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = escaped(text)  # the docstring still reads as the document wrote it
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines = text.splitlines() or [""]
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= WIDTH:
        return f'"""{lines[0]}"""'
    rest = "\n".join((pad + line).rstrip() for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def docstring_line(text: str) -> str:
    """One line of prose for the inside of a docstring a template writes: no quote or
    backslash of it can end the docstring."""
    return comment_text(text).replace("\\", "\\\\").replace('"', '\\"')


def export_order(names: list[str] | set[str] | tuple[str, ...]) -> list[str]:
    """`__all__` in the order ruff expects: CONSTANTS, then Classes, then functions."""

    def key(name: str) -> tuple[int, list[tuple[int, int, str]]]:
        kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        # natural order, as ruff sorts: Schema2 before Schema10, Item01 before Item1
        parts = re.split(r"(\d+)", name)
        return kind, [(1, int(p), p) if p.isdigit() else (0, 0, p) for p in parts if p]

    return sorted(set(names), key=key)


def api_title(title: str) -> str:
    """`Bookeeping.ai API` -> `Bookeeping.ai API`, `Acme` -> `Acme API`: for prose about the API."""
    text = comment_text(title)
    return text if text.lower().endswith("api") else f"{text} API"


def comment_text(text: str | None) -> str:
    """A single line of prose, safe anywhere (comments, one-line docstrings, package metadata)."""
    return " ".join(_UNPRINTABLE.sub(" ", text or "").split())
