"""The keyword arguments of one call, and the credentials a client is built with.

A body comes from the document's request example when it has one that fits its schema,
otherwise from data built from the body's schema (`codegen.emit.data.sample`). Either is validated
with the generated body model, whose fields then become the keyword arguments: the call is
made exactly as a user would make it. A required parameter gets a value built from its
schema in the document.
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import pydantic

from codegen.emit.data.sample import sample
from codegen.ir.model import Operation, Parameter, RequestBody
from codegen.sources.fragments import resolve_local
from contract.documents import inline_refs, operation_object, path_item
from contract.errors import ContractError
from contract.providers import Loaded

# the constructor arguments of every generated client that are not credentials
CLIENT_OPTIONS = frozenset(
    {
        "environment",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
        "strict_response_validation",
    }
)


def credentials(loaded: Loaded, client_class: type) -> dict[str, str]:
    """A value for each credential argument of the client's constructor.

    Every security scheme of the model must have its argument there: a client that cannot be
    given a scheme's credentials cannot pass a mock server's security check either.
    """
    params = inspect.signature(client_class).parameters
    names = sorted(
        name
        for name, p in params.items()
        if name not in CLIENT_OPTIONS and p.kind is inspect.Parameter.KEYWORD_ONLY
    )
    missing = sorted(s.py_name for s in loaded.api.security_schemes if s.py_name not in names)
    if missing:
        raise ContractError(
            f"{loaded.provider.folder}: {client_class.__name__}() takes no argument for the "
            f"credentials {', '.join(missing)} (is the package stale?)"
        )
    return {name: "contract-" + name.replace("_", "-") for name in names}


def call_arguments(loaded: Loaded, op: Operation, method: Callable[..., Any]) -> dict[str, Any]:
    """Keyword arguments for `method` (the generated method of `op`): all that are required."""
    try:
        hints = typing.get_type_hints(method)
    except Exception as e:  # a hint that does not resolve is a defect of the generated code
        raise ContractError(f"{_name(op)}: cannot read the method's type hints: {e!r}") from e
    accepted = set(inspect.signature(method).parameters)
    args: dict[str, Any] = {}
    schemas = _parameter_schemas(loaded.document, op)
    for p in op.parameters:
        if p.required:
            value = _parameter_value(loaded, p, schemas.get((p.location, p.wire_name), {}))
            args[p.py_name] = _typed(hints, p.py_name, value, op)
    if op.body is not None:
        args.update(_body_arguments(loaded, op, op.body, hints))
    unknown = sorted(set(args) - accepted)
    if unknown:
        raise ContractError(
            f"{_name(op)}: the method takes no argument {', '.join(unknown)} "
            "(is the package stale?)"
        )
    return args


def request_example(op: Operation) -> Any:
    """The document's first request example for the operation's body, or None.

    An example that contradicts its schema (the generator's report says how) is passed over:
    a call made from it would test the document, not the client.
    """
    content_type = op.body.content_type if op.body else None
    for example in op.examples:
        if example.kind == "request" and example.content_type == content_type and example.valid:
            return example.value
    return None


# -- parameters ---------------------------------------------------------------------------


def _parameter_schemas(
    document: dict[str, Any], op: Operation
) -> dict[tuple[str, str], dict[str, Any]]:
    """(location, name) -> schema of the operation's parameters in the document."""
    shared = path_item(document, op).get("parameters") or []
    own = operation_object(document, op).get("parameters") or []
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in list(shared) + list(own):
        p = resolve_local(document, entry)
        if not isinstance(p, dict):
            continue
        schema = p.get("schema")
        if schema is None and isinstance(p.get("content"), dict) and p["content"]:
            schema = next(iter(p["content"].values())).get("schema")
        out[(str(p.get("in")), str(p.get("name")))] = inline_refs(document, schema or {})
    return out


def _parameter_value(loaded: Loaded, p: Parameter, schema: dict[str, Any]) -> Any:
    if p.location == "path" and _plain_string(schema):
        # an id that reads as one in the table: my-project-id
        words = [w for w in re.split(r"[^0-9a-zA-Z]+", p.wire_name.lower()) if w]
        return "my-" + "-".join(words)
    return sample(loaded.api, schema)


def _plain_string(schema: dict[str, Any]) -> bool:
    constraints = {"enum", "const", "format", "pattern", "minLength", "maxLength", "anyOf", "oneOf"}
    return schema.get("type") == "string" and not constraints & set(schema)


# -- the body -----------------------------------------------------------------------------


def _body_arguments(
    loaded: Loaded, op: Operation, body: RequestBody, hints: dict[str, Any]
) -> dict[str, Any]:
    example = request_example(op)
    if not body.fields:
        if example is None and not body.required:
            return {}
        if body.kind == "binary":
            return {"body": example.encode() if isinstance(example, str) else b"contract"}
        if body.kind == "text":
            return {"body": example if isinstance(example, str) else "contract"}
        data = example if example is not None else _sample_body(loaded, op, body)
        return {"body": _typed(hints, "body", data, op)}
    if body.model is None:
        raise ContractError(f"{_name(op)}: a body with fields but no model")
    data = example if example is not None else sample(loaded.api, {"$ref": f"#/$defs/{body.model}"})
    model_name = body.model
    if body.wrapper:
        data = data.get(body.wrapper) if isinstance(data, dict) else None
        model_name = body.wrapper_model or ""
    model = _model_class(loaded, model_name, op)
    origin = "request example" if example is not None else "data built from the schema"
    try:
        instance = model.model_validate(data)
    except pydantic.ValidationError as e:
        raise ContractError(f"{_name(op)}: the {origin} does not fit {model_name}: {e}") from e
    offered = {f.py_name for f in body.fields}
    # the client fills in fixed properties itself, and never sends read-only ones
    fixed = {wire for wire, _ in body.fixed}
    by_design = {
        f.py_name
        for f in loaded.api.model(model_name).fields
        if f.read_only or f.wire_name in fixed
    }
    left_out = sorted(instance.model_fields_set - offered - by_design)
    if left_out:
        raise ContractError(
            f"{_name(op)}: the {origin} sets {', '.join(left_out)}, which the method does not take"
        )
    return {name: getattr(instance, name) for name in sorted(instance.model_fields_set & offered)}


def _sample_body(loaded: Loaded, op: Operation, body: RequestBody) -> Any:
    if body.model is not None:
        return sample(loaded.api, {"$ref": f"#/$defs/{body.model}"})
    raw = resolve_local(loaded.document, operation_object(loaded.document, op).get("requestBody"))
    media = ((raw or {}).get("content") or {}).get(body.content_type) or {}
    return sample(loaded.api, inline_refs(loaded.document, media.get("schema") or {}))


def _model_class(loaded: Loaded, name: str, op: Operation) -> type[pydantic.BaseModel]:
    models = importlib.import_module(f"{loaded.provider.package}.models")
    model = getattr(models, name, None)
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise ContractError(f"{_name(op)}: {loaded.provider.package}.models has no model {name}")
    return model


# -- types --------------------------------------------------------------------------------


def _typed(hints: dict[str, Any], name: str, value: Any, op: Operation) -> Any:
    """The wire value as the Python value the argument's type hint asks for."""
    hint = _without_not_given(hints.get(name, Any))
    try:
        return pydantic.TypeAdapter(hint).validate_python(value)
    except pydantic.ValidationError as e:
        raise ContractError(f"{_name(op)}: {value!r} does not fit the argument {name}: {e}") from e


def _without_not_given(hint: Any) -> Any:
    """The hint without its `NotGiven` member: the marker of an argument left out."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if getattr(a, "__name__", "") != "NotGiven"]
        return typing.Union[tuple(members)] if members else Any  # noqa: UP007
    return hint


def _name(op: Operation) -> str:
    return f"{op.http_method} {op.path} ({op.operation_id})"
