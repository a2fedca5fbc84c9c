"""Names that keep their spelling across regenerations.

The naming rules derive a name from the document around a thing, so an unrelated edit (a
new operation whose inline object is also called `discount`, listed first) could move a
name to another thing. Each package records the names it was generated with, by place, in
`codegen-names.json`; the next generation gives each place its recorded name while the
place exists and the name is free, and keeps recorded names away from new things.

`NAMING_RULES` is the version of the rules themselves (`names.py`, `grouping.py`, the
hoisting in `schemas.py`): bump it with a deliberate change of the rules, and the names
are derived afresh (a breaking release, which `codegen diff` reports).
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field, replace
from pathlib import Path

from codegen.ir.model import Api, Resource
from codegen.ir.names import Namer

NAMING_RULES = 2
NAMES_FILE = "codegen-names.json"


@dataclass(frozen=True)
class StoredNames:
    models: dict[str, str] = field(default_factory=dict)  # place (JSON pointer) -> class name
    methods: dict[str, str] = field(default_factory=dict)  # "POST /invoices" -> method name


def parse_names(text: str | None) -> StoredNames:
    """The recorded names; none when there is no record or it was made by other rules."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return StoredNames()
    if not isinstance(data, dict) or data.get("naming_rules") != NAMING_RULES:
        return StoredNames()
    models, methods = data.get("models"), data.get("methods")
    return StoredNames(
        # a hand-edited record must not put anything but an identifier into code
        models=(
            {str(k): v for k, v in models.items() if _identifier(v)}
            if isinstance(models, dict)
            else {}
        ),
        methods={str(k): str(v) for k, v in methods.items()} if isinstance(methods, dict) else {},
    )


def read_names(folder: Path) -> StoredNames:
    file = folder / NAMES_FILE
    return parse_names(file.read_text(encoding="utf-8") if file.is_file() else None)


def names_json(api: Api) -> str:
    """The record of this generation's names."""
    data = {
        "naming_rules": NAMING_RULES,
        "models": {
            m.source: m.name for m in sorted(api.models, key=lambda m: m.source) if m.source
        },
        "methods": {
            operation_key(op.http_method, op.path): f"{r.attr}.{op.py_name}"
            for r in api.resources
            for op in r.operations
        },
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


# what a resource class holds besides its operations
_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})


def _identifier(name: object) -> bool:
    return isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)


def _usable_method_name(name: str) -> bool:
    """A recorded name is kept only when the current rules would allow it at all."""
    return _identifier(name) and not name.startswith("_") and name not in _RESOURCE_ATTRIBUTES


def keep_method_names(resources: tuple[Resource, ...], stored: StoredNames) -> tuple[Resource, ...]:
    """Each operation still in the resource it was in keeps its recorded method name; a new
    operation whose derived name is recorded for another one gets a `_2`."""
    if not stored.methods:
        return resources
    out = []
    for r in resources:
        recorded: dict[int, str] = {}
        for op in r.operations:
            attr, _, name = stored.methods.get(
                operation_key(op.http_method, op.path), ""
            ).partition(".")
            if attr == r.attr and _usable_method_name(name):
                recorded[id(op)] = name
        namer = Namer(set(recorded.values()))
        ops = tuple(
            (
                op
                if recorded.get(id(op), op.py_name) == op.py_name and id(op) in recorded
                else replace(op, py_name=recorded.get(id(op)) or namer.unique(op.py_name, sep="_"))
            )
            for op in r.operations
        )
        out.append(replace(r, operations=ops) if ops != r.operations else r)
    return tuple(out)
