"""The models of a large document as a package of modules, one per resource.

The first use of one resource then imports the models its operations reach, not all of them:
GitHub's description has 3,295 models, of which a resource reaches 41 (the median), and one
module of all of them takes seconds to import. The models module is written once, as for a
small document, then cut along its top-level statements:

- a model that the operations of one resource reach (through the models it names, its
  variants, its base classes) goes into that resource's module, `models/_<resource>.py`;
- one that several resources reach into `models/_shared.py`;
- one that no operation reaches into `models/_unused.py`.

A model reaches no more than what reaches it, so a resource's module imports from the shared
one and never the other way round, never from another resource's module, and a cycle of
models stays in one module. The modules are private: where a model lives follows from which
operations use it, which a new version of the document may change, so its public name is
`<package>.models.X`, which `models/__init__.py` imports from its module on first use (and
type checkers and editors see through its `TYPE_CHECKING` imports).
"""

from __future__ import annotations

import ast
import functools
import json
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from codegen.emit.models import scan
from codegen.emit.models.classes import NameMismatchError
from codegen.emit.text import api_title, docstring
from codegen.ir.model import Api

# Above this many models a package's models are split. A model costs about 2 ms of CPU to
# import here (Xero Accounting's 203: 0.4 s), so below 100 the whole module loads in a blink
# and one file reads better than a package of small ones.
SPLIT_ABOVE = 100

# a type alias of the model writer's own, for a constrained value it does not name itself
_WRITER_ALIAS = re.compile(r"(\w+) = TypeAliasType\(")

SHARED = "_shared"
UNUSED = "_unused"


@dataclass(frozen=True)
class Layout:
    """Where each model is defined: its module in the models package, none when there is one
    models module."""

    homes: Mapping[str, str] = field(default_factory=dict)
    resources: Mapping[str, str] = field(default_factory=dict)  # module -> its resource

    def module(self, model: str, models: str = "..models") -> str:
        """The module a resource module (or another, by `models`) imports `model` from."""
        home = self.homes.get(model)
        return f"{models}.{home}" if home else models


# the layout of a package whose models are one module
ONE_MODULE = Layout()


@dataclass(frozen=True)
class _Parts:
    imports: list[ast.ImportFrom | ast.Import]
    # the statements defining a model, and those setting its attributes after it
    by_model: dict[str, list[scan.Statement]]
    order: list[tuple[str, scan.Statement]]  # (model, statement) in the module's order
    reads: dict[int, set[str]]  # the names each statement reads, by its start


def layout(code: str, api: Api, used: Mapping[str, frozenset[str]]) -> Layout:
    """Where each model of the models module `code` goes, given the models each resource
    module imports (`used`, by module name); one module when there are few models."""
    names = {m.name for m in api.models}
    if len(names) <= SPLIT_ABOVE or not used:
        return ONE_MODULE
    # and the type aliases the model writer adds of its own (a map's constrained values,
    # say): placed as models are, by who names them, but not public names of the package
    names |= {s.name for s in _whole(scan.top_level(code)) if s.name}
    parts = _parts(code, frozenset(names))
    reads = {
        name: (set().union(*(parts.reads[s.start] for s in stmts)) & names) - {name}
        for name, stmts in parts.by_model.items()
    }
    reached_by: dict[str, set[str]] = {}
    for resource, roots in sorted(used.items()):
        stack = [r for r in roots if r in names]
        seen = set(stack)
        while stack:
            for n in reads[stack.pop()] - seen:
                seen.add(n)
                stack.append(n)
        for n in seen:
            reached_by.setdefault(n, set()).add(resource)
    modules = _module_names(used)
    homes = {}
    for name in names:
        by = reached_by.get(name, set())
        homes[name] = modules[next(iter(by))] if len(by) == 1 else SHARED if by else UNUSED
    return Layout(homes, {module: resource for resource, module in modules.items()})


def _module_names(used: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """Each resource's module in the models package: its own name, private, never the
    shared or the unused module's."""
    out: dict[str, str] = {}
    for resource in sorted(used):
        module = f"_{resource}"
        while module in (SHARED, UNUSED) or module in out.values():
            module += "_models"
        out[resource] = module
    return out


def split_modules(code: str, api: Api, placed: Layout) -> dict[str, str]:
    """The models package's modules (`__init__` and one per home, by name) from the models
    module `code`; `{}` when the models stay one module."""
    if not placed.homes:
        return {}
    parts = _parts(code, frozenset(placed.homes))
    statements: dict[str, list[scan.Statement]] = {}
    for model, statement in parts.order:
        statements.setdefault(placed.homes[model], []).append(statement)
    out = {"__init__": _init(api, placed)}
    for module, stmts in sorted(statements.items()):
        read = set().union(*(parts.reads[s.start] for s in stmts))
        out[module] = _module(api, module, stmts, read, parts.imports, placed)
    _check(statements, placed)
    return out


@functools.lru_cache(maxsize=1)  # read once for the layout, once more for the modules
def _parts(code: str, names: frozenset[str]) -> _Parts:
    imports: list[ast.ImportFrom | ast.Import] = []
    by_model: dict[str, list[scan.Statement]] = {n: [] for n in names}
    order: list[tuple[str, scan.Statement]] = []
    for i, statement in enumerate(_whole(scan.top_level(code))):
        text = statement.text.strip()
        if statement.imports:
            node = statement.parsed()
            assert isinstance(node, ast.ImportFrom | ast.Import)
            imports.append(node)
            continue
        if (i == 0 and text.startswith('"""')) or text.startswith("__all__") or not text:
            continue  # the module's docstring and names, written anew for each module
        owner = statement.name or text.split(".", 1)[0]
        if owner not in by_model:
            raise NameMismatchError(f"a models statement that belongs to no model: {text[:80]}")
        by_model[owner].append(statement)
        order.append((owner, statement))
    reads = {s.start: scan.names_read(code, s.start, s.end) for _, s in order}
    return _Parts(imports, by_model, order, reads)


def _whole(statements: list[scan.Statement]) -> list[scan.Statement]:
    """The statements, a line that closes a bracket at the first column (`]` of a list
    written one item a line) or a string after a statement (its docstring) joined to the
    statement before, and a type alias the model writer defines of its own
    (`X = TypeAliasType("X", ...)`) named as a model's is."""
    out: list[scan.Statement] = []
    for s in statements:
        if s.name is None and (alias := _WRITER_ALIAS.match(s.text)):
            s = replace(s, name=alias.group(1))
        if out and (s.text[:1] in ")]}" or s.text[:1] in "'\"" and s.name is None):
            # a closing bracket, or the docstring the writer puts after a type alias
            last = out.pop()
            s = scan.Statement(last.start, s.end, last.text + s.text, last.name, last.imports)
        out.append(s)
    return out


def _module(
    api: Api,
    module: str,
    stmts: list[scan.Statement],
    read: set[str],
    imports: list[ast.ImportFrom | ast.Import],
    placed: Layout,
) -> str:
    defined = {s.name for s in stmts if s.name}
    lines = ["from __future__ import annotations", ""]
    for node in imports:
        kept = [a for a in node.names if (a.asname or a.name.split(".")[0]) in read]
        if isinstance(node, ast.ImportFrom) and node.module == "__future__" or not kept:
            continue
        if isinstance(node, ast.ImportFrom) and node.level:  # the package's own runtime
            node = ast.ImportFrom(node.module, kept, node.level + 1)
        elif isinstance(node, ast.ImportFrom):
            node = ast.ImportFrom(node.module, kept, 0)
        else:
            node = ast.Import(kept)
        lines.append(ast.unparse(node))
    by_home: dict[str, list[str]] = {}
    for name in sorted(read & placed.homes.keys() - defined):
        by_home.setdefault(placed.homes[name], []).append(name)
    lines += [f"from .{home} import {', '.join(names)}" for home, names in sorted(by_home.items())]
    body = "\n\n".join(s.text.strip() for s in stmts)
    exports = "".join(f"    {json.dumps(n)},\n" for n in sorted(defined))
    return (
        _header(api, module, placed)
        + "\n\n"
        + "\n".join(lines)
        + "\n\n\n"
        + body
        + f"\n\n__all__ = [\n{exports}]\n"
    )


def _header(api: Api, module: str, placed: Layout) -> str:
    if module == SHARED:
        what = "that the operations of several resources use"
    elif module == UNUSED:
        what = "that no operation uses"
    else:
        what = f"that only the `{placed.resources[module]}` operations use"
    text = f"Models of the {api_title(api.title)} {what}.\n\n" + textwrap.fill(
        "Generated from the OpenAPI document; do not edit. Import them from "
        f"`{api.package.name}.models`: where a model is kept follows from the operations "
        "that use it, which a new version of the document may change.",
        96,
    )
    return docstring(text, 0)


def _init(api: Api, placed: Layout) -> str:
    package = api.package.name
    names = sorted(placed.homes)
    # the model writer's own type aliases are reachable as in one models module, not listed
    public = {m.name for m in api.models}
    by_home: dict[str, list[str]] = {}
    for name in names:
        by_home.setdefault(placed.homes[name], []).append(name)
    # one line a module (the formatter wraps a long one)
    checking = "".join(
        f"    from .{home} import {', '.join(members)}\n"
        for home, members in sorted(by_home.items())
    )
    exports = "".join(f"    {json.dumps(n)},\n" for n in names if n in public)
    homes = "".join(f"    {json.dumps(n)}: {json.dumps(placed.homes[n])},\n" for n in names)
    doc = docstring(
        f"Models of the {api_title(api.title)}.\n\n"
        + textwrap.fill(
            "Generated from the OpenAPI document; do not edit. Each model is imported from "
            f"the module that keeps it when it is first named (`from {package}.models import "
            "...`): a resource loads the models its operations use, not all of them.",
            96,
        ),
        0,
    )
    return f"""{doc}

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # what type checkers and editors see; at run time `__getattr__` imports these on first use
{checking}
__all__ = [
{exports}]

# the module holding each model
_HOMES = {{
{homes}}}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
        value = getattr(import_module(f".{{home}}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({{*globals(), *__all__}})
"""


def _check(statements: dict[str, list[scan.Statement]], placed: Layout) -> None:
    """Each model is defined once, in the module its layout names (else a generator bug)."""
    found = {s.name: module for module, stmts in statements.items() for s in stmts if s.name}
    if found != dict(placed.homes):
        wrong = sorted(
            n for n in placed.homes.keys() | found.keys() if found.get(n) != placed.homes.get(n)
        )
        raise NameMismatchError(f"models not where their layout puts them: {', '.join(wrong)}")
