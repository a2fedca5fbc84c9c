"""JSON examples printed in a text page: a line starting with `{` or `[` opens one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from codegen.errors import InputError, Problem
from codegen.jsonload import DECODER, DuplicateKey, duplicate_key_problem
from codegen.sources.page_sections import Line
from codegen.yamlload import json_values_only


@dataclass(frozen=True)
class Block:
    value: Any
    first: int  # line numbers, 1-based
    last: int

    @property
    def where(self) -> str:
        return f"line {self.first}"


def opens_block(line: Line) -> bool:
    return line.text.startswith(("{", "["))


def scan(text: str, lines: list[Line], file: str) -> list[Line | Block]:
    """`lines` (some of the page's, in order) with every JSON example read into a `Block`.

    `text` is the whole page with `\n` line ends, as `page_lines` numbered it.

    A line that opens an example which does not parse is an `InputError` at the line where
    the JSON breaks; so is text after the end of an example on its last line.
    """
    starts = _line_starts(text)
    out: list[Line | Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not opens_block(line):
            out.append(line)
            index += 1
            continue
        offset = text.index(line.text[0], starts[line.number - 1])
        try:
            value, end = DECODER.raw_decode(text, offset)
        except json.JSONDecodeError as exc:
            raise InputError(
                [
                    Problem(
                        file,
                        f"line {exc.lineno}, column {exc.colno}",
                        f"the JSON example that starts at line {line.number} does not parse: "
                        f"{exc.msg}",
                    )
                ]
            ) from None
        except DuplicateKey:
            raise InputError([duplicate_key_problem(text, file, offset)]) from None
        last = text.count("\n", 0, end - 1) + 1
        rest = text[end : starts[last] if last < len(starts) else len(text)].strip()
        if rest:
            raise InputError(
                [Problem(file, f"line {last}", f"text after the end of a JSON example: {rest!r}")]
            )
        json_values_only(value, file, f"line {line.number}")  # no `NaN`, as JSON has none
        out.append(Block(value, line.number, last))
        while index < len(lines) and lines[index].number <= last:
            index += 1
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for raw in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(raw) + 1)
    return starts
