"""Enums that are no classes, open in responses like the classes.

A string enum is a class whose unknown values a response may bring (`OpenStrEnum`); an enum
of numbers, or of numbers and strings, is a `Literal` in datamodel-code-generator's output,
which refuses any value it does not list. Each such `Literal` (two values or more, or one
boolean: any other one value is a constant, which stays closed) is wrapped with the runtime's `open_values`, which lets a
response bring a new value of the same JSON type, and every other `Enum` class becomes an
`OpenEnum`.
"""

from __future__ import annotations

import ast
import re

from codegen.emit.models import scan

_LITERAL = re.compile(r"\bLiteral\b")
_JSON_TYPES = {bool: "bool", int: "int", float: "float", str: "str"}


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
    """(start, end, replacement) of each `Literal[...]` of two values or more."""
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
            values = ast.literal_eval("(" + code[start + len("Literal[") : end - 1] + ",)")
            if len(values) < 2 and not isinstance(values[0], bool):
                continue  # a constant; but `[true]` is a boolean whose other value may come
            types = sorted({_JSON_TYPES[type(v)] for v in values})
            text = code[start:end]
            edits.append((start, end, f"Annotated[{text}, open_values({', '.join(types)})]"))
    return edits
