"""Enums that are no classes, open in responses like the classes.

A string enum is a class whose unknown values a response may bring (`OpenStrEnum`); an enum
of numbers or booleans (with strings, maybe) is a `Literal` in datamodel-code-generator's
output, which refuses any value it does not list. Each such `Literal` is wrapped with the
runtime's `open_values`, which lets a response bring a new value of the types the IR gave it,
and every other `Enum` class becomes an `OpenEnum`. A constant is a `Literal` as well, and
stays closed.

datamodel-code-generator writes `enum: [1]` and `const: 1` alike (`Literal[1]`) and drops
extension keys, so what tells them apart rides through it as one more value of the enum's
`Literal`: `OPEN_MARK` and the types (`"\\x1fcodegen-open:float,int"`, see
`extras.datamodel_schema`), taken out here again.
"""

from __future__ import annotations

import re

from codegen.emit.models import scan

_LITERAL = re.compile(r"\bLiteral\b")
# a control character no document's enum value is left with: `escaped` rewrites those as
# escapes before this module reads the code
OPEN_MARK = "\x1fcodegen-open:"
_MARK_TEXT = re.compile(r""",\s*(["'])\\x1fcodegen-open:([a-z,]*)\1\s*\]$""")


def open_enums(code: str) -> str:
    """The models module with its enums open to new values while a response is parsed."""
    code, classes = re.subn(r"^(class \w+)\(Enum\):", r"\1(OpenEnum):", code, flags=re.MULTILINE)
    edits = _literals(code)
    code = scan.edit(code, edits)
    names = (["OpenEnum"] if classes else []) + (["open_values"] if edits else [])
    if not names:
        return code
    if edits and not re.search(r"^from typing import .*\bAnnotated\b", code, re.MULTILINE):
        names_line = "from typing import Annotated\n"
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\n" + names_line,
            1,
        )
    return code.replace(
        "from __future__ import annotations\n",
        f"from __future__ import annotations\n\nfrom ._runtime.models import {', '.join(names)}\n",
        1,
    )


def _literals(code: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of each `Literal[...]` of an enum (one marked as open)."""
    edits = []
    for tokens in scan.statement_tokens(code, _LITERAL):
        for i, token in enumerate(tokens[:-1]):
            if not (token.text == "Literal" and tokens[i + 1].text == "["):
                continue
            depth, j = 0, i + 1
            while True:
                depth += {"[": 1, "]": -1}.get(tokens[j].text, 0)
                if depth == 0:
                    break
                j += 1
            start, end = token.start, tokens[j].end
            mark = _MARK_TEXT.search(code, start, end)
            if mark is None or mark.end() != end:
                continue  # a constant
            text = code[start : mark.start()] + "]"
            types = mark.group(2).replace(",", ", ")
            edits.append((start, end, f"Annotated[{text}, open_values({types})]"))
    return edits
