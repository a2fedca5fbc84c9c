"""What the models module holds beside datamodel-code-generator's classes.

Discriminated unions become type aliases whose variant the discriminator property picks
(pydantic's callable `Discriminator` with a `Tag` per variant, imported as `variant` so that
a schema may be named `Tag`). datamodel-code-generator
would instead rewrite each variant's property into a `Literal` of its tag, which breaks a
model that two unions tag differently; so it never sees these unions: a reference to one is a
`customTypePath` into the models module itself, whose import is removed again here, and the
alias is written after the classes it names.

Models used in requests also list their readOnly properties (`__read_only__`), which the
runtime leaves out of what it sends.
"""

from __future__ import annotations

import re
from typing import Any

from codegen.emit.models import literals
from codegen.ir.model import Api, Model
from codegen.ir.shapes import model_format


def datamodel_schema(api: Api) -> dict[str, Any]:
    """The JSON Schema handed to datamodel-code-generator: the models without the aliases,
    references to an alias replaced by its name in the models module, the types an enum
    `Literal` opens to as its last value (see `literals.open_enums`), and without the formats
    that have no Python type of their own (kept in the IR for the checks of samples)."""
    aliases = {m.name for m in api.models if m.kind == "alias"}
    module = f"{api.package.name}.models"

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        if "x-codegen-open" in node:
            opens = literals.OPEN_MARK + ",".join(node["x-codegen-open"])
            rest = {
                k: walk(v)
                for k, v in node.items()
                if k != "x-codegen-open" and (k != "format" or model_format(node))
            }
            return {**rest, "enum": [*node["enum"], opens]}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.removeprefix("#/$defs/") in aliases:
            rest = {k: walk(v) for k, v in node.items() if k != "$ref"}
            return {"customTypePath": f"{module}.{ref.removeprefix('#/$defs/')}", **rest}
        members = node.get("allOf")
        if isinstance(members, list) and len(members) == 1:
            only = walk(members[0])
            if isinstance(only, dict) and "customTypePath" in only:
                # `allOf: [alias], description` is the alias with a description
                return {**only, **{k: walk(v) for k, v in node.items() if k != "allOf"}}
        return {k: walk(v) for k, v in node.items() if k != "format" or model_format(node)}

    return {"$defs": {m.name: walk(m.json_schema) for m in api.models if m.kind != "alias"}}


def extra_imports(api: Api) -> list[str]:
    """What the aliases need imported into the models module."""
    if not any(m.kind == "alias" for m in api.models):
        return []
    return [
        "typing.Annotated",
        "typing.TypeAlias",
        f"{api.package.name}._runtime.models.discriminated",
        f"{api.package.name}._runtime.models.variant",
        f"{api.package.name}._runtime.models.unknown_variant",
    ]


def splice(code: str, api: Api) -> str:
    """The module with the aliases after the classes (before the `model_rebuild()` calls,
    which need them) and the `__read_only__` lists at its end."""
    aliases = [m for m in api.models if m.kind == "alias"]
    if aliases:
        pkg = re.escape(api.package.name)
        code = re.sub(rf"^from {pkg}\.models import (\([^)]*\)|.*)\n", "", code, flags=re.MULTILINE)
        block = "\n\n" + "\n\n".join(_alias(m) for m in aliases) + "\n"
        alias_refs = {f"#/$defs/{a.name}" for a in aliases}
        users = [
            m.name
            for m in api.models
            if m.kind == "object" and not alias_refs.isdisjoint(_refs(m.json_schema))
        ]
        # classes naming an alias were built before it existed: complete them now
        block += "".join(f"\n{name}.model_rebuild()" for name in users) + ("\n" if users else "")
        rebuild = re.search(r"^\w+\.model_rebuild\(\)$", code, flags=re.MULTILINE)
        at = rebuild.start() if rebuild else len(code.rstrip()) + 1
        code = code[:at].rstrip() + "\n" + block + "\n" + code[at:].lstrip("\n")
    code = _tidy(code)
    lines = [
        f"{m.name}.__read_only__ = frozenset({names!r})"
        for m in api.models
        if m.in_request and (names := sorted(f.wire_name for f in m.fields if f.read_only))
    ]
    lines += [_variants(m) for m in api.models if is_parent(m)]
    if lines:
        code = code.rstrip() + "\n\n" + "\n".join(lines) + "\n"
    return code


def _tidy(code: str) -> str:
    """What ruff would fix in datamodel-code-generator's output: `typing.Dict` (of a typed
    `additionalProperties` beside properties), and enum bases no class uses any more (the
    string enums became `OpenStrEnum`)."""
    code = re.sub(r"""(["']__pydantic_extra__["']: )Dict\[""", r"\1dict[", code)
    for module in ("typing", "enum"):
        match = re.search(rf"^from {module} import (.+)$", code, flags=re.MULTILINE)
        if match is None or "(" in match.group(1):
            continue
        rest = code[: match.start()] + code[match.end() :]
        names = [n.strip() for n in match.group(1).split(",")]
        words = set(re.findall(r"\w+", rest))  # one pass, however many names are imported
        used = [n for n in names if n in words]
        line = f"from {module} import {', '.join(used)}" if used else ""
        code = code[: match.start()] + line + code[match.end() + (0 if used else 1) :]
    return code


def _alias(m: Model) -> str:
    members = " | ".join(f"Annotated[{name}, variant({name!r})]" for name, _ in m.variants)
    tags = {value: name for name, values in m.variants for value in values}
    lines = [
        f"{m.name}: TypeAlias = Annotated[",
        f"    {members},",
        f"    discriminated({m.discriminator!r}, {tags!r}),",
        f"    unknown_variant({m.discriminator!r}, {tags!r}),",
        "]",
    ]
    return "\n".join(lines)


def _refs(schema: Any) -> set[str]:
    """Every `$ref` in a schema, in one walk (not one walk per alias)."""
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def is_parent(m: Model) -> bool:
    """A class whose discriminator picks among the classes extending it."""
    return m.kind == "object" and m.discriminator is not None


def _variants(m: Model) -> str:
    tags = ", ".join(f"{value!r}: {name}" for name, values in m.variants for value in values)
    return f"{m.name}.__variants__ = ({m.discriminator!r}, {{{tags}}})"
