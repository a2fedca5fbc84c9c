"""Which member of a union of models a value is: one whose schema it fits, the first of those.

A body typed `A | B` (a `oneOf` of objects without a discriminator) whose example is a `B`
must be built as `B(...)`: built as the first member, `A`, it fails where the client checks
it, and so does the test or README block that shows it. Without a discriminator, the schema
says which member a value is: the members are tried in their order, the first it fits taken
(what pydantic does with a value of several fitting members, in its smart mode, is not
asked here: the value is built as one member by name).
"""

from __future__ import annotations

from typing import Any

from codegen.ir.example_checks import schema_errors
from codegen.ir.model import Api

# the last API's models as one schema document (the example data is made for one API at once)
_DEFS: list[tuple[Api, dict[str, Any]]] = []


def fitting_first(api: Api, options: list[str], value: Any) -> list[str]:
    """`options` (an annotation's union members) with the object models that `value` does
    not fit after those it fits, the order otherwise kept; as they are unless `value` is an
    object and it fits some, not all, of two or more object models among them."""
    if not isinstance(value, dict):
        return options
    models = [o for o in options if (m := api.find_model(o)) is not None and m.kind == "object"]
    if len(models) < 2:
        return options
    fits = {name: not schema_errors(_schema(api, name), value) for name in models}
    if all(fits.values()) or not any(fits.values()):
        return options
    return sorted(options, key=lambda o: not fits.get(o, True))


def _schema(api: Api, name: str) -> dict[str, Any]:
    if not _DEFS or _DEFS[0][0] is not api:
        _DEFS[:] = [(api, {m.name: m.json_schema for m in api.models})]
    return {"$defs": _DEFS[0][1], "$ref": f"#/$defs/{name}"}
