"""The document's examples of an operation: gathered, and checked against the schemas
they illustrate.

An example that contradicts its schema is kept in the document and the report, but the
generated tests do not use it: a test must show what the client does with valid data.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from codegen.errors import Problem
from codegen.ir.example_checks import ExampleChecks
from codegen.ir.model import Example, Model, Operation
from codegen.ir.responses import status_order
from codegen.ir.schemas import SchemaConverter


def operation_examples(
    schemas: SchemaConverter, op: dict[str, Any], variant: dict[str, Any]
) -> tuple[Example, ...]:
    """The request and response examples of an operation (of one tool-call variant: only
    the request examples that name its value)."""
    out: list[Example] = []
    raw_body = op.get("requestBody") or {}
    body = schemas.resolve(raw_body) if "$ref" in raw_body else raw_body
    for ctype, media in sorted((body.get("content") or {}).items()):
        for name, value in _media_examples(media or {}, schemas):
            if (
                variant
                and isinstance(value, dict)
                and value.get((op.get("x-codegen-variants") or {}).get("property"))
                != variant.get("value")
            ):
                continue
            out.append(Example("request", value, None, name, ctype, schema=media.get("schema")))
    for status, r in sorted(
        (op.get("responses") or {}).items(), key=lambda kv: status_order(kv[0])
    ):
        r = schemas.resolve(r) if "$ref" in r else r
        for ctype, media in sorted((r.get("content") or {}).items()):
            for name, value in _media_examples(media or {}, schemas):
                out.append(
                    Example("response", value, str(status), name, ctype, schema=media.get("schema"))
                )
    return tuple(out)


def _media_examples(media: dict[str, Any], schemas: SchemaConverter) -> list[tuple[str, Any]]:
    if "example" in media:
        return [("default", media["example"])]
    out = []
    for name, ex in sorted((media.get("examples") or {}).items()):
        ex = schemas.resolve(ex) if isinstance(ex, dict) and "$ref" in ex else ex
        if isinstance(ex, dict) and "value" in ex:
            out.append((str(name), ex["value"]))
    return out


def closed_definitions(models: tuple[Model, ...]) -> dict[str, Any]:
    """Every model's schema, closed to properties it does not name (built once per API).

    A model that an `allOf` extends is read open there, in a definition of its own
    (`Parent.open`): closed, it would refuse the properties its child adds, and the child's
    example would fail with both (a failed `allOf` member evaluates no property)."""
    defs = {}
    for m in models:
        opened = _bases_open(m.json_schema)
        defs[m.name] = _closed(opened)
        defs[m.name + _OPEN] = opened
    return defs


# the suffix of a model's open definition: no model's name holds a dot
_OPEN = ".open"
_DEFS = "#/$defs/"


def _bases_open(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with the models its `allOf` extends read open."""
    members = schema.get("allOf")
    if not isinstance(members, list):
        return schema
    return {
        **schema,
        "allOf": [
            (
                {**m, "$ref": m["$ref"] + _OPEN}
                if isinstance(m, dict) and str(m.get("$ref", "")).startswith(_DEFS)
                else m
            )
            for m in members
        ],
    }


def open_definitions(models: tuple[Model, ...]) -> dict[str, Any]:
    """Every model's schema as the document gives it (built once per API)."""
    return {m.name: m.json_schema for m in models}


def check_examples(
    op: Operation,
    defs: dict[str, Any],
    warnings: list[Problem],
    file: str,
    components: Any = None,
    response_defs: dict[str, Any] | None = None,
    checks: ExampleChecks | None = None,
) -> Operation:
    """The operation with each example marked valid or not; a warning for each invalid one.

    An example of a model is checked against the model's schema; one of a body or response
    with no model (an array of models, a string) against the document's schema of it, whose
    references lead into `components`. A request example is checked against the closed
    `defs` (a misspelt key illustrates nothing the client sends); a response example against
    `response_defs` when given, as the models read it: a property the schema does not name
    is kept, as from a provider that added it, and contradicts nothing. `checks` judges
    each schema and value once for the whole document.
    """
    if not op.examples:
        return op
    checks = checks or ExampleChecks()
    checked = []
    for example in op.examples:
        model = _model_of(op, example)
        kind_defs = defs if example.kind == "request" or response_defs is None else response_defs
        if model is not None and model in kind_defs:
            errors = checks.of_model(kind_defs, model, example.value)
        elif isinstance(example.schema, dict) and _json(example.content_type):
            errors = checks.of_schema(components, example.schema, example.value)
            model = "its schema"
        else:
            checked.append(example)
            continue
        if errors:
            what = f"{example.kind} example" + (
                f" of status {example.status}" if example.status else ""
            )
            warnings.append(
                Problem(
                    file,
                    op.source,
                    f"the {what} `{example.name}` of {op.operation_id} does not match "
                    f"{model}: {'; '.join(errors)}",
                    "the tests use data built from the schema instead",
                )
            )
            checked.append(replace(example, valid=False))
        else:
            checked.append(example)
    return replace(op, examples=tuple(checked))


def _closed(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with no room for properties it does not name: an example whose keys are
    misspelt (`bankTransactions` for `BankTransactions`) illustrates nothing the client sends."""
    if ("properties" in schema or "allOf" in schema) and "additionalProperties" not in schema:
        return {**schema, "unevaluatedProperties": False}
    return schema


def _model_of(op: Operation, example: Example) -> str | None:
    if example.kind == "request":
        return op.body.model if op.body is not None else None
    response = next((r for r in op.responses if r.status == example.status), None)
    return response.model if response is not None else None


def _json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")
