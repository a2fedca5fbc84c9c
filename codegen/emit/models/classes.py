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
import io
import re
import tokenize

from codegen.ir.model import Api


class NameMismatchError(Exception):
    """The emitted models module does not define the intermediate model's names (a bug)."""


def inline_root_models(code: str) -> str:
    """The module without `RootModel` classes (the intermediate model has none: each is
    invented), each use of one replaced by the annotation of its `root`."""
    tree = ast.parse(code)
    roots: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for node in tree.body:
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
            roots[node.name] = ast.get_source_segment(code, root.annotation) or "Any"
            spans.append((node.lineno, node.end_lineno or node.lineno))
    if not roots:
        return code
    lines = code.splitlines(keepends=True)
    for start, end in reversed(spans):
        del lines[start - 1 : end]
    code = "".join(
        line
        for line in lines
        if not re.fullmatch(r"(\w+)\.model_rebuild\(\)\n?", line) or line.split(".")[0] not in roots
    )
    for _ in range(len(roots)):  # a root annotation may name another root model
        code = _rename(code, roots)
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
    defined = _defined(ast.parse(code))
    renames = {}
    for name in sorted(names - defined):
        taken = [c for c in defined - names if re.fullmatch(re.escape(name) + r"(Model|_?\d+)", c)]
        if len(taken) == 1:
            renames[taken[0]] = name
    return _rename(code, renames) if renames else code


# mypy's code for an incompatible override, and leave to say nothing when it is compatible
_OVERRIDE = "  # type: ignore[assignment, unused-ignore]"


def allow_narrowing(code: str) -> str:
    """A field that a subclass declares again with another type (an `allOf` child narrowing
    its parent's property: `id: integer` over `id: string`, another object) is marked as
    an intended override: pydantic validates the child's type, and mypy, which would call
    it incompatible, accepts it."""
    tree = ast.parse(code)
    fields: dict[str, dict[str, str]] = {}  # class -> field -> annotation, inherited included
    lines = code.splitlines(keepends=True)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        inherited: dict[str, str] = {}
        for base in node.bases:
            inherited.update(fields.get(ast.unparse(base), {}))
        own = {
            s.target.id: (ast.unparse(s.annotation), s.lineno)
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        }
        for name, (annotation, line) in own.items():
            if name in inherited and inherited[name] != annotation:
                text = lines[line - 1].rstrip("\n")
                lines[line - 1] = text + _OVERRIDE + "\n"
        fields[node.name] = {**inherited, **{n: a for n, (a, _) in own.items()}}
    return "".join(lines)


def check_names(code: str, api: Api) -> None:
    """Raise `NameMismatchError` unless the module defines exactly the intermediate model's
    classes and aliases, under their names, none of them a name the module imports."""
    tree = ast.parse(code)
    defined = _defined(tree)
    imported = {
        alias.asname or alias.name.split(".")[0]
        for node in tree.body
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


def _defined(tree: ast.Module) -> set[str]:
    """The classes and type aliases the module defines at its top level."""
    out = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out.add(node.name)
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and ast.unparse(node.annotation) == "TypeAlias"
        ):
            out.add(node.target.id)
    return out


def _rename(code: str, renames: dict[str, str]) -> str:
    """`code` with each name token (never a string's text) replaced as `renames` says."""
    starts = [0]
    for line in io.StringIO(code).readlines():
        starts.append(starts[-1] + len(line))
    edits = [
        (starts[t.start[0] - 1] + t.start[1], starts[t.end[0] - 1] + t.end[1], renames[t.string])
        for t in tokenize.generate_tokens(io.StringIO(code).readline)
        if t.type == tokenize.NAME and t.string in renames
    ]
    for start, end, text in reversed(edits):
        code = code[:start] + text + code[end:]
    return code
