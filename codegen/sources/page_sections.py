"""A documentation page saved as text, cut into numbered lines and headed sections."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # without surrounding white space

    @property
    def where(self) -> str:
        return f"line {self.number}"


@dataclass
class Section:
    """A heading and the lines under it, up to the next heading."""

    name: str
    heading: Line
    lines: list[Line] = field(default_factory=list)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def page_lines(text: str) -> list[Line]:
    """The lines of a page whose line ends are `\n` (see `normalize_newlines`)."""
    return [Line(i, raw.strip()) for i, raw in enumerate(text.split("\n"), start=1)]


def split_sections(
    lines: list[Line], headings: Collection[str]
) -> tuple[list[Line], list[Section]]:
    """The lines before the first heading, and the sections; a heading is a line on its own
    that is one of `headings` (compared without regard to case)."""
    known = {h.lower(): h for h in headings}
    before: list[Line] = []
    sections: list[Section] = []
    for line in lines:
        name = known.get(line.text.lower())
        if name is not None:
            sections.append(Section(name, line))
        elif sections:
            sections[-1].lines.append(line)
        else:
            before.append(line)
    return before, sections


def non_blank(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.text]
