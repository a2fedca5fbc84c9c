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
import io
import re
import tokenize

_JSON_TYPES = {bool: "bool", int: "int", float: "float", str: "str"}


def open_enums(code: str) -> str:
    """The models module with its enums open to new values while a response is parsed."""
    code, classes = re.subn(r"^(class \w+)\(Enum\):", r"\1(OpenEnum):", code, flags=re.MULTILINE)
    edits = list(_literals(code))
    for start, end, text in reversed(edits):
        code = code[:start] + text + code[end:]
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
    starts = [0]  # where each line begins, lines as tokenize reads them
    for line in io.StringIO(code).readlines():
        starts.append(starts[-1] + len(line))
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    edits = []
    for i, token in enumerate(tokens[:-1]):
        if not (token.string == "Literal" and tokens[i + 1].string == "["):
            continue
        depth, j = 0, i + 1
        while True:
            depth += {"[": 1, "]": -1}.get(tokens[j].string, 0)
            if depth == 0:
                break
            j += 1
        start = starts[token.start[0] - 1] + token.start[1]
        end = starts[tokens[j].end[0] - 1] + tokens[j].end[1]
        values = ast.literal_eval("(" + code[start + len("Literal[") : end - 1] + ",)")
        if len(values) < 2 and not isinstance(values[0], bool):
            continue  # a constant; but `[true]` is a boolean whose other value may come
        types = sorted({_JSON_TYPES[type(v)] for v in values})
        text = code[start:end]
        edits.append((start, end, f"Annotated[{text}, open_values({', '.join(types)})]"))
    return edits
