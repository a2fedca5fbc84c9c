"""A parameter's example from the document, checked against the parameter's schema.

One that contradicts its schema is reported (file and JSON pointer of the example) and left
out: the tests and README then call the operation with data built from the schema.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import Problem
from codegen.ir.context import BuildContext


def parameter_example(
    ctx: BuildContext, p: dict[str, Any], schema: Any, place: str
) -> tuple[Any, ...]:
    """`(value,)` for the parameter's valid example (its own `example`, else the first of its
    `examples`); `()` when it has none, or none that its schema allows (reported)."""
    found = _example(ctx, p, place)
    if found is None or not isinstance(schema, dict) or "content" in p:
        return ()
    value, at = found
    components = ctx.doc.get("components") or {}
    errors = ctx.example_checks.of_schema(components, schema, value)
    if not errors:
        return (value,)
    ctx.warnings.append(
        Problem(
            ctx.file,
            at,
            f"the example of the {p['in']} parameter `{p['name']}` does not match its "
            f"schema: {'; '.join(errors)}",
            "the tests use data built from the schema instead",
        )
    )
    return ()


def _example(ctx: BuildContext, p: dict[str, Any], place: str) -> tuple[Any, str] | None:
    """The example's value and JSON pointer, or None."""
    if "example" in p:
        return p["example"], f"{place}/example"
    examples = p.get("examples")
    if not isinstance(examples, dict):
        return None
    for name in sorted(examples):
        ex = examples[name]
        at = f"{place}/examples/{name.replace('~', '~0').replace('/', '~1')}"
        if isinstance(ex, dict) and isinstance(ex.get("$ref"), str):
            at = ex["$ref"].removeprefix("#")
            ex = ctx.schemas.resolve(ex)
        if isinstance(ex, dict) and "value" in ex:
            return ex["value"], f"{at}/value"
    return None
