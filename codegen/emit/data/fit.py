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

from codegen.ir.example_checks import ExampleChecks
from codegen.ir.examples import open_definitions
from codegen.ir.model import Api

# the last API's models as one schema document, with the judgements made against it (the
# example data is made for one API at once, and reads one value as a call, what it sends and
# what it dumps: judged once)
_LAST: list[tuple[Api, dict[str, Any], ExampleChecks]] = []


def fitting_first(api: Api, options: list[str], value: Any) -> list[str]:
    """`options` (an annotation's union members) with the object models that `value` does
    not fit after those it fits, the order otherwise kept; as they are unless `value` is an
    object and it fits some, not all, of two or more object models among them."""
    if not isinstance(value, dict):
        return options
    models = [o for o in options if (m := api.find_model(o)) is not None and m.kind == "object"]
    if len(models) < 2:
        return options
    fits = {name: _fits(api, name, value) for name in models}
    if all(fits.values()) or not any(fits.values()):
        return options
    return sorted(options, key=lambda o: not fits.get(o, True))


def _fits(api: Api, name: str, value: dict[str, Any]) -> bool:
    if not _LAST or _LAST[0][0] is not api:
        _LAST[:] = [(api, open_definitions(api.models), ExampleChecks())]
    _, defs, checks = _LAST[0]
    return not checks.of_model(defs, name, value)
