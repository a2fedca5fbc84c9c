"""The classes of the models module are the intermediate model's, by the same names.

datamodel-code-generator invents a class of its own where a union member carries
constraints (`anyOf: [{type: string, maxLength: 5000}, {$ref: tax_rate}]` gives a
`RootModel[str]`), naming it after the property; when that name is a model's, the model is
renamed (`TaxRate` becomes `TaxRateModel`) and every operation typed with it would get the
invented class instead. Such classes are put back inline (`Annotated[str, Field(...)]`, a
plain value, as the clients type it), a model renamed for them gets its name back, and the
result is checked: every model of the intermediate model is the class (or alias) of its
name, and no name the module imports is shadowed. A mismatch is a bug of the generator.
"""

from __future__ import annotations

import ast
import re

from codegen.emit.models import scan
from codegen.ir.model import Api


class NameMismatchError(Exception):
    """The emitted models module does not define the intermediate model's names (a bug)."""


def inline_root_models(code: str) -> str:
    """The module without `RootModel` classes (the intermediate model has none: each is
    invented), each use of one replaced by the annotation of its `root`."""
    if "RootModel[" not in code:
        return code
    roots: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for statement in scan.top_level(code):
        node = statement.parsed() if statement.name and "RootModel[" in statement.text else None
        if isinstance(node, ast.ClassDef) and any(
            ast.unparse(b).startswith("RootModel[") for b in node.bases
        ):
            root = next(
                s
                for s in node.body
                if isinstance(s, ast.AnnAssign)
                and isinstance(s.target, ast.Name)
                and s.target.id == "root"
            )
            roots[node.name] = ast.get_source_segment(statement.text, root.annotation) or "Any"
            # its lines, not the blank lines around it
            spans.append((statement.start, statement.start + len(statement.text.rstrip()) + 1, ""))
    if not roots:
        return code
    code = scan.edit(code, spans)
    code = re.sub(
        r"^(\w+)\.model_rebuild\(\)(?:\n|\Z)",
        lambda m: "" if m.group(1) in roots else m.group(),
        code,
        flags=re.MULTILINE,
    )
    for _ in range(len(roots)):  # a root annotation may name another root model
        resolved = {name: scan.rename(text, roots) for name, text in roots.items()}
        if resolved == roots:
            break
        roots = resolved
    code = scan.rename(code, roots)
    if len(re.findall(r"\bRootModel\b", code)) == 1:  # only its import is left
        code = re.sub(r"^from pydantic import RootModel\n", "", code, flags=re.MULTILINE)
        code = re.sub(
            r"^(from pydantic import .*?)(RootModel, |, RootModel\b)",
            r"\1",
            code,
            flags=re.MULTILINE,
        )
    return code


def restore_names(code: str, api: Api) -> str:
    """A model that datamodel-code-generator renamed (`TaxRateModel`, `TaxRate1`) because
    another class took its name gets its name back, once that class is gone."""
    names = {m.name for m in api.models}
    defined = _defined(scan.top_level(code))
    missing = names - defined
    # each class not of the model, under every name it may stand for: one pass, not one
    # pass per missing name
    standing: dict[str, list[str]] = {}
    for c in defined - names:
        for name in _renamed_from(c) & missing:
            standing.setdefault(name, []).append(c)
    renames = {}
    for name in sorted(missing):
        taken = standing.get(name, [])
        if len(taken) == 1:
            renames[taken[0]] = name
    return scan.rename(code, renames) if renames else code


def _renamed_from(c: str) -> set[str]:
    """The names `c` is a renaming of: `c` is one of them followed by `Model`, or by digits
    with an underscore before them or not."""
    found = {c[: -len("Model")]} if c.endswith("Model") else set()
    digits = len(c) - len(c.rstrip("0123456789"))
    for k in range(1, digits + 1):
        found.add(c[:-k])
        if c[:-k].endswith("_"):
            found.add(c[: -k - 1])
    return found


# mypy's code for an incompatible override, and leave to say nothing when it is compatible
_OVERRIDE = "  # type: ignore[assignment, unused-ignore]"


def allow_narrowing(code: str) -> str:
    """A field that a subclass declares again with another type (an `allOf` child narrowing
    its parent's property: `id: integer` over `id: string`, another object) is marked as
    an intended override: pydantic validates the child's type, and mypy, which would call
    it incompatible, accepts it."""
    statements = scan.top_level(code)
    classes = {s.name: s for s in statements if s.name and s.text.startswith("class ")}
    bases = {name: _bases(s) for name, s in classes.items()}
    # only subclasses of the module's classes, and their ancestors, are read
    fields: dict[str, dict[str, str]] = {}  # class -> field -> annotation, inherited included
    edits = []
    for name, statement in classes.items():
        if not any(b in classes for b in bases[name]):
            continue
        node = statement.parsed()
        assert isinstance(node, ast.ClassDef)
        inherited: dict[str, str] = {}
        for base in bases[name]:
            inherited.update(_fields(base, classes, bases, fields))
        own = {
            s.target.id: (ast.unparse(s.annotation), s.lineno)
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        }
        lines = statement.text.splitlines(keepends=True)
        marked = [line for f, (a, line) in own.items() if f in inherited and inherited[f] != a]
        for line in marked:
            lines[line - 1] = lines[line - 1].rstrip("\n") + _OVERRIDE + "\n"
        if marked:
            edits.append((statement.start, statement.end, "".join(lines)))
    return scan.edit(code, edits)


def _bases(statement: scan.Statement) -> list[str]:
    """The base classes a class statement names, as written."""
    head = re.match(r"class \w+\(([\w., ]*)\):", statement.text)
    if head is not None:
        return [b.strip() for b in head.group(1).split(",") if b.strip()]
    node = statement.parsed()
    return [ast.unparse(b) for b in node.bases] if isinstance(node, ast.ClassDef) else []


def _fields(
    name: str,
    classes: dict[str, scan.Statement],
    bases: dict[str, list[str]],
    fields: dict[str, dict[str, str]],
) -> dict[str, str]:
    """A module class's fields and their annotations, inherited ones included (memoized in
    `fields`); a name that is no class of the module has none."""
    if name in fields or name not in classes:
        return fields.get(name, {})
    node = classes[name].parsed()
    out: dict[str, str] = {}
    for base in bases[name]:
        out.update(_fields(base, classes, bases, fields))
    if isinstance(node, ast.ClassDef):
        for s in node.body:
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
                out[s.target.id] = ast.unparse(s.annotation)
    fields[name] = out
    return out


def check_names(code: str, api: Api) -> None:
    """Raise `NameMismatchError` unless the module defines exactly the intermediate model's
    classes and aliases, under their names, none of them a name the module imports."""
    statements = scan.top_level(code)
    defined = _defined(statements)
    imported = {
        alias.asname or alias.name.split(".")[0]
        for statement in statements
        if statement.imports
        for node in ast.parse(statement.text).body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    names = {m.name for m in api.models}
    problems = []
    if missing := sorted(names - defined):
        problems.append(f"models not emitted under their names: {', '.join(missing)}")
    if extra := sorted(defined - names):
        problems.append(f"classes the intermediate model does not name: {', '.join(extra)}")
    if shadowing := sorted(names & imported):
        problems.append(f"models named like a name the module imports: {', '.join(shadowing)}")
    if problems:
        raise NameMismatchError(f"{api.package.name}.models: " + "; ".join(problems))


def _defined(statements: list[scan.Statement]) -> set[str]:
    """The classes and type aliases the module defines at its top level."""
    return {s.name for s in statements if s.name}
