"""The resource module's own names give way to the operations' arguments.

An argument keeps the name the document gives it (`date`, `data`, `list`, `given`). Where
it would hide a name the module's code reads in the same function (an import, a builtin, a
local such as `data` or `call`), the module's name is spelled otherwise: an import gets a
private alias (`from datetime import date as _date`), a builtin is `builtins.list`, a local
takes a leading underscore (`_data`). Arguments are snake_case and never start with `_`
(`codegen.ir.names.snake`), so none of these can collide with one. The same holds in class
bodies, where a method's name hides a name its class's annotations read, and for a model
named like one of the module's classes.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# locals of the generated functions: the builder's body, the call in each method, the pages
LOCALS = frozenset({"data", "call", "pages"})

# a string literal (kept as it is) or a name not reached through a dot
_TOKEN = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<![\w.])([A-Za-z_]\w*)""")


def identifiers(code: str) -> set[str]:
    """The names a type expression reads (`dict[str, Event]` -> dict, str, Event)."""
    return {m.group(2) for m in _TOKEN.finditer(code) if m.group(2)}


@dataclass(frozen=True)
class Spelling:
    """How one module writes the names that arguments or methods would hide."""

    aliased: frozenset[str] = frozenset()  # imported as `_name`
    qualified: frozenset[str] = frozenset()  # builtins, as `builtins.name`
    builtins_module: str = "builtins"  # `_builtins` when an argument is named `builtins`

    def name(self, n: str) -> str:
        if n in self.aliased:
            return f"_{n}"
        if n in self.qualified:
            return f"{self.builtins_module}.{n}"
        return n

    def code(self, text: str) -> str:
        """`text` (a type expression) with every name hidden somewhere spelled otherwise."""
        if not (self.aliased or self.qualified):
            return text
        return _TOKEN.sub(lambda m: m.group(1) or self.name(m.group(2)), text)


@dataclass
class OwnNames:
    """One operation's view of its module's names: how to write them in its functions, and
    (the first time round) which ones those functions read besides the arguments."""

    args: frozenset[str]
    spelling: Spelling = field(default_factory=Spelling)
    reads: set[str] = field(default_factory=set)

    def name(self, n: str) -> str:
        """A name of the module (or a local) that the operation's functions read."""
        self.reads.add(n)
        if n in LOCALS:
            return f"_{n}" if n in self.args else n
        return self.spelling.name(n)

    def code(self, text: str) -> str:
        """A type expression the operation's functions read."""
        self.reads |= identifiers(text)
        return self.spelling.code(text)


def spelling_for(
    hidden: Iterable[str], imported: Iterable[str], binders: Iterable[str]
) -> Spelling:
    """The module's spelling, given the names some argument or method hides where it is read
    (`hidden`), the names the module imports, and every argument and method name."""
    hidden = set(hidden) - LOCALS
    own = set(imported)
    return Spelling(
        aliased=frozenset(n for n in hidden if n in own),
        qualified=frozenset(n for n in hidden if n not in own and hasattr(builtins, n)),
        builtins_module="_builtins" if "builtins" in set(binders) else "builtins",
    )
