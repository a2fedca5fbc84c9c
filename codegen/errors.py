"""Problems found in the input, reported together with their file and place.

Every step collects what is wrong with the input as `Problem`s. A step that cannot go on
raises `InputError` with all of them; the CLI prints them and exits 2. Warnings are
`Problem`s too: they travel with the result and end up in the generation report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or suspicious) in an input file.

    `where` is a place a user can find: `line 12`, `line 12, column 4`, or a JSON pointer
    such as `/paths/~1invoices/post/requestBody`.
    """

    file: str
    where: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        place = f"{self.file}: {self.where}" if self.where else self.file
        text = f"{place}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text

    def as_dict(self) -> dict[str, str]:
        out = {"file": self.file, "where": self.where, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        return out


@dataclass
class InputError(Exception):
    """Bad input: the generator stops and reports every problem it found."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts: pointer('paths', '/a/b') -> '/paths/~1a~1b'."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def shown(value: Any) -> str:
    """A value of the document as a message quotes it: its JSON, cut at 80 characters."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"
