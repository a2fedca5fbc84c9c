"""The Python blocks of a generated README, formatted with the package's code.

A README's code is read, copied and checked like the package's own (`ruff format` formats
the Python blocks of Markdown too), so each block goes through the same formatter and
import sorting as the modules, as a module of its own, and is put back in its place.
Runnable blocks are fenced as `python`; the others (calls with no test to run them) have a
bare fence, and are Python too.
"""

from __future__ import annotations

_FENCE = "```"
_PYTHON = ("```python", "```")  # the opening fences of a Python block
_NAME = "README.md.{}.py"  # a block's name among the modules formatted


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, closing fence's line) of each Python block: fences are paired in order,
    so that a closing fence is never read as an opening one."""
    found, i = [], 0
    while i < len(lines):
        if lines[i].startswith(_FENCE):
            end = next((j for j in range(i + 1, len(lines)) if lines[j] == _FENCE), len(lines))
            if lines[i] in _PYTHON and end < len(lines):
                found.append((i + 1, end))
            i = end
        i += 1
    return found


def readme_modules(readme: str) -> dict[str, str]:
    """The README's Python blocks, as modules to format (name -> code)."""
    lines = readme.split("\n")
    return {
        _NAME.format(n): "\n".join(lines[start:end]) + "\n"
        for n, (start, end) in enumerate(_blocks(lines))
    }


def with_formatted_blocks(readme: str, formatted: dict[str, str]) -> str:
    """`readme` with each Python block replaced by its formatted code from `formatted`
    (whose entries for the blocks are taken out of it)."""
    lines = readme.split("\n")
    out, done = [], 0
    for n, (start, end) in enumerate(_blocks(lines)):
        out.extend(lines[done:start])
        out.append(formatted.pop(_NAME.format(n)).rstrip("\n"))
        done = end
    out.extend(lines[done:])
    return "\n".join(out)
