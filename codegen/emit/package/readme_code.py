"""The Python blocks of a generated README, formatted with the package's code.

A README's code is read, copied and checked like the package's own (`ruff format` formats
the Python blocks of Markdown too), so each block goes through the same formatter and
import sorting as the modules, as a module of its own, and is put back in its place.
"""

from __future__ import annotations

import re

# a fenced Python block: its opening line, its code, its closing fence
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_NAME = "README.md.{}.py"  # its name among the modules formatted


def readme_modules(readme: str) -> dict[str, str]:
    """The README's Python blocks, as modules to format (name -> code)."""
    return {_NAME.format(i): m.group(1) for i, m in enumerate(_BLOCK.finditer(readme))}


def with_formatted_blocks(readme: str, formatted: dict[str, str]) -> str:
    """`readme` with each Python block replaced by its formatted code from `formatted`
    (whose entries for the blocks are taken out of it)."""
    count = iter(range(len(readme)))

    def put_back(found: re.Match[str]) -> str:
        return "```python\n" + formatted.pop(_NAME.format(next(count))) + "```"

    return _BLOCK.sub(put_back, readme)
