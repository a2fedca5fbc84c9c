"""Property-based conformance of a generated package to its OpenAPI document.

Data is generated from the document's schemas with hypothesis-jsonschema, never from what the
generator made of them, so the document is the judge:

- every model: an instance of the schema it was built from parses into the model, and dumps
  back (by wire name, unset fields left out) to the same JSON;
- every operation with a JSON body: a body generated from the document's schema, passed
  through the method's arguments as a user would pass them, is sent as JSON the document's
  schema accepts (jsonschema).

References are followed three deep (a recursive one once), then cut: the cut schema
(`false`) accepts less than the original, so every instance drawn is still an instance of the
document's schema (an optional property past the cut is left out, an array there is empty). Date-time, date and time strings are drawn in the form the models write
back (UTC as `Z`), so that a round trip compares the text itself.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import math
import typing
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pydantic
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning, InvalidArgument, Unsatisfiable
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from codegen.emit.data.model import TOKEN_ANSWER, token_urls
from codegen.ir.model import Model, Operation
from codegen.sources.fragments import resolve_local
from contract.arguments import _parameter_schemas, _parameter_value, _typed, credentials
from contract.documents import operation_object
from contract.providers import Loaded, operations

# how often a reference may recur on one path, and how many references may be followed on
# one path, before the rest is cut: large documents refer far and wide, and every reference
# followed makes the schema hypothesis-jsonschema reads larger
_UNROLL = 1
_DEPTH = 3
# keywords of OpenAPI that are no JSON Schema assertions: left out of what data is drawn from
_ANNOTATIONS = frozenset(
    {"discriminator", "xml", "externalDocs", "example", "examples", "deprecated", "$comment"}
)


def _utc(value: datetime.datetime) -> str:
    return value.replace(tzinfo=None).isoformat() + "Z"


# strings of the formats the models give a type of their own, as pydantic writes them back;
# every other format is a plain string to the models, and drawn as any string
FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(
        min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2200, 1, 1)
    ).map(_utc),
    "date": st.dates(min_value=datetime.date(1900, 1, 1)).map(datetime.date.isoformat),
    "time": st.times().map(lambda t: t.isoformat() + "Z"),
    "uuid": st.uuids().map(str),
    "decimal": st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
}
# hypothesis-jsonschema checks what a format's strategy draws with jsonschema's default
# `FormatChecker`, which reads `time` by draft 3 (no offset, as RFC 3339 has): such a format
# is drawn under a name of its own
_DRAWN_AS = {"time": "rfc3339-time"}
_CUSTOM_FORMATS = {_DRAWN_AS.get(name, name): strategy for name, strategy in FORMATS.items()}


@dataclass
class Findings:
    """What one package's run covered and what went wrong."""

    models: int = 0
    operations: int = 0
    examples: int = 0
    failures: list[str] = field(default_factory=list)
    # schemas hypothesis cannot draw from (a pattern of surrogates, which UTF-8 text cannot
    # hold): listed with the reason, not counted as checked
    undrawable: list[str] = field(default_factory=list)


def inline(document: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """`node` with its references replaced by their targets, recurring ones cut (`False`)."""
    if isinstance(node, dict) and isinstance(node.get("discriminator"), dict):
        node = _tagged(document, node)
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if seen.count(ref) >= _UNROLL or len(seen) >= _DEPTH:
                return False
            target = resolve_local(document, {"$ref": ref})
            rest = {k: v for k, v in node.items() if k != "$ref"}
            if not isinstance(target, dict | bool):
                return inline(document, rest, seen)
            if rest:  # 2020-12: a reference beside other keywords is one more assertion
                return {"allOf": [inline(document, target, (*seen, ref))]} | inline(
                    document, rest, seen
                )
            return inline(document, target, (*seen, ref))
        out: dict[str, Any] = {}
        if "properties" in node and "type" not in node:
            out["type"] = "object"  # as every generator reads it (JSON Schema: any type)
        for key, value in node.items():
            if key in _ANNOTATIONS or key.startswith("x-"):
                continue
            if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
                if isinstance(value, dict):
                    out[key] = {k: inline(document, v, seen) for k, v in value.items()}
                continue
            if key == "format":
                if value not in FORMATS:
                    continue
                value = _DRAWN_AS.get(value, value)
            out[key] = inline(document, value, seen) if isinstance(value, dict | list) else value
        return out
    if isinstance(node, list):
        return [inline(document, v, seen) for v in node]
    return node


def _tagged(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A union with a discriminator as OpenAPI means it: each member with the tag that picks
    it (its mapping's values, else its `const`, else its component's name). JSON Schema alone
    would see open members that all match, and a `oneOf` no data satisfies."""
    disc = node["discriminator"]
    key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
    members = node.get(key)
    prop = disc.get("propertyName")
    if not isinstance(members, list) or not isinstance(prop, str):
        return node
    tagged = []
    for member in members:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if not isinstance(ref, str):
            tagged.append(member)
            continue
        name = ref.rsplit("/", 1)[-1]
        tags = [r for r, t in (disc.get("mapping") or {}).items() if t in (ref, name)]
        target = resolve_local(document, member)
        own = (
            ((target or {}).get("properties") or {}).get(prop) if isinstance(target, dict) else None
        )
        if not tags:
            tags = [own["const"]] if isinstance(own, dict) and "const" in own else [name]
        tag = {"properties": {prop: {"enum": tags}}, "required": [prop]}
        tagged.append({"allOf": [member, tag]})
    rest = {k: v for k, v in node.items() if k not in (key, "discriminator")}
    return {**rest, "anyOf": tagged}


def for_requests(schema: Any) -> Any:
    """A schema as it applies to a request: readOnly properties are not sent, and a
    required one is required of responses only (OpenAPI 3.1, Schema Object)."""
    if isinstance(schema, list):
        return [for_requests(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: for_requests(v) if k != "properties" else v for k, v in schema.items()}
    props = schema.get("properties")
    if isinstance(props, dict):
        read_only = {k for k, v in props.items() if isinstance(v, dict) and v.get("readOnly")}
        out["properties"] = {k: for_requests(v) for k, v in props.items() if k not in read_only}
        if isinstance(schema.get("required"), list):
            out["required"] = [r for r in schema["required"] if r not in read_only]
    return out


def same(a: Any, b: Any) -> bool:
    """Equal as JSON: numbers by value (an integer and a float of the same value are one
    JSON number), objects by key, arrays by position."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return (math.isnan(a) and math.isnan(b)) or float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _run(
    strategy: st.SearchStrategy[Any],
    check: Callable[[Any], None],
    examples: int,
    derandomize: bool,
) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=derandomize,
        suppress_health_check=list(HealthCheck),
        # the first failing example is reported as drawn: shrinking one drawn from a large
        # schema takes minutes
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    @given(strategy)
    def run(value: Any) -> None:
        check(value)

    run()


def check_models(loaded: Loaded, examples: int, derandomize: bool, found: Findings) -> None:
    """Every model of the package: document data in, the same data out."""
    models = importlib.import_module(f"{loaded.provider.package}.models")
    for model in loaded.api.models:
        if not model.source:
            continue
        cls = getattr(models, model.name, None)
        where = f"{loaded.provider.name}: model {model.name} ({model.source})"
        if cls is None:
            found.failures.append(f"{where}: models.py has no class of that name")
            continue
        schema = _model_schema(loaded, model)
        if schema is None:
            continue
        found.models += 1
        adapter = pydantic.TypeAdapter(cls)

        def round_trip(value: Any, adapter: Any = adapter, where: str = where) -> None:
            found.examples += 1
            try:
                parsed = adapter.validate_python(value)
            except pydantic.ValidationError as e:
                raise AssertionError(f"{where}: refuses {value!r}: {e}") from None
            dumped = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
            assert same(dumped, value), f"{where}: {value!r} dumps back as {dumped!r}"

        _attempt(where, schema, round_trip, examples, derandomize, found)


def _model_schema(loaded: Loaded, model: Model) -> Any:
    target = _schema_at(loaded.document, model.source)
    if not isinstance(target, dict) or not _SCHEMA_KEYS & set(target):
        # a source that names an operation (a parameter's enum hoisted from it): the model's
        # own schema, when it stands alone
        own = model.json_schema
        return None if "$ref" in json.dumps(own) else _not_null(inline({}, own))
    return _not_null(inline(loaded.document, target, ("#" + model.source,)))


_SCHEMA_KEYS = frozenset(
    {"type", "properties", "items", "allOf", "anyOf", "oneOf", "enum", "const", "$ref"}
)


def _not_null(schema: Any) -> Any:
    """A nullable schema without its null: the field that holds the model says `| None`, the
    model is the rest."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    if isinstance(out.get("type"), list) and "null" in out["type"]:
        out["type"] = [t for t in out["type"] if t != "null"]
    if isinstance(out.get("enum"), list) and None in out["enum"]:
        out["enum"] = [v for v in out["enum"] if v is not None]
    for key in ("anyOf", "oneOf"):
        if isinstance(out.get(key), list):
            out[key] = [m for m in out[key] if m != {"type": "null"}]
    return out


def _schema_at(document: dict[str, Any], pointer: str) -> Any:
    """The schema a model's `source` names. It names a request body or a response by the
    object itself (`.../requestBody/properties/x`): their schema is that of their first
    content type, as the models take it."""
    node: Any = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = resolve_local(document, node)
        if isinstance(node, dict) and isinstance(node.get("content"), dict) and part != "content":
            media = next(iter(node["content"].values()), {})
            node = resolve_local(document, (media or {}).get("schema"))
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    node = resolve_local(document, node)
    if isinstance(node, dict) and isinstance(node.get("content"), dict):
        media = next(iter(node["content"].values()), {})
        node = resolve_local(document, (media or {}).get("schema"))
    return node


def _attempt(
    where: str,
    schema: Any,
    check: Callable[[Any], None],
    examples: int,
    derandomize: bool,
    found: Findings,
) -> None:
    try:
        with warnings.catch_warnings():  # FORMATS replaces standard formats on purpose
            warnings.simplefilter("ignore", HypothesisWarning)
            strategy = from_schema(schema, custom_formats=_CUSTOM_FORMATS)
        _run(strategy, check, examples, derandomize)
    except Unsatisfiable:
        # the data is drawn from the document, not from the generated code: a schema no value
        # satisfies (an allOf member that retypes its parent's property) is the document's
        found.undrawable.append(f"{where}: no data satisfies the (unrolled) schema")
    except InvalidArgument as e:
        if type(e).__name__ != "IncompatibleWithAlphabet":
            raise
        found.undrawable.append(f"{where}: {ascii(str(e))[:120]}")
    except AssertionError as e:
        found.failures.append((str(e).splitlines() or [f"{where}: {e!r}"])[0][:2000])
    except Exception as e:  # noqa: BLE001 - a schema beyond the tool or a broken client: told
        found.failures.append(f"{where}: {type(e).__name__}: {str(e)[:1500]}")


class _Sent(Exception):
    """Raised by the mock transport once the request is seen: nothing is answered."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request


def _transport(tokens: set[str]) -> httpx.MockTransport:
    """Answers a client-credentials token request with a token, so that the request seen next
    is the operation's own; raises `_Sent` with that one."""

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        if str(request.url.copy_with(query=None)) in tokens:
            return httpx.Response(200, json=TOKEN_ANSWER)
        raise _Sent(request)

    return httpx.MockTransport(handle)


def check_operations(loaded: Loaded, examples: int, derandomize: bool, found: Findings) -> None:
    """Every operation with a JSON body: generated arguments in, a valid request out."""
    client_class = loaded.module.Client
    client = client_class(
        base_url="https://conformance.test",
        max_retries=0,
        http_client=httpx.Client(transport=_transport(set(token_urls(loaded.api)))),
        **credentials(loaded, client_class),
    )
    for resource, op in operations(loaded):
        body = op.body
        if body is None or body.kind != "json" or body.wrapper:
            continue
        media = _media(loaded, op)
        if media is None:
            continue
        where = f"{loaded.provider.name}: {op.http_method} {op.path} ({op.operation_id})"
        method = getattr(getattr(client, resource.attr), op.py_name)
        # the request as OpenAPI reads it (readOnly properties are not sent), cut as drawn
        draw = for_requests(inline(loaded.document, media, ()))
        judge = Draft202012Validator(draw)
        fixed = _fixed_arguments(loaded, op, method)
        found.operations += 1

        def send(
            value: Any,
            op: Operation = op,
            method: Any = method,
            judge: Any = judge,
            fixed: dict[str, Any] = fixed,
            where: str = where,
        ) -> None:
            found.examples += 1
            args = _body_arguments(loaded, op, method, value, where)
            try:
                method(**fixed, **args)
            except _Sent as sent:
                request = sent.request
            else:
                raise AssertionError(f"{where}: nothing was sent")
            assert (request.method, request.url.host) == (
                op.http_method,
                "conformance.test",
            ), f"{where}: sent {request.method} {request.url} instead of the operation's request"
            data = httpx.Response(200, content=request.content).json()
            errors = sorted(judge.iter_errors(data), key=lambda e: list(e.path))
            assert not errors, f"{where}: sends {data!r} for {value!r}: {errors[0].message}"

        _attempt(where, draw, send, examples, derandomize, found)


def _media(loaded: Loaded, op: Operation) -> dict[str, Any] | None:
    assert op.body is not None
    raw = resolve_local(loaded.document, operation_object(loaded.document, op).get("requestBody"))
    media = ((raw or {}).get("content") or {}).get(op.body.content_type) or {}
    schema = media.get("schema")
    return schema if isinstance(schema, dict) else None


def _fixed_arguments(loaded: Loaded, op: Operation, method: Any) -> dict[str, Any]:
    """The required parameters, from data built from their schemas."""
    hints = typing.get_type_hints(method)
    schemas = _parameter_schemas(loaded.document, op)
    return {
        p.py_name: _typed(
            hints,
            p.py_name,
            _parameter_value(loaded, p, schemas.get((p.location, p.wire_name), {})),
            op,
        )
        for p in op.parameters
        if p.required and not p.fixed
    }


def _body_arguments(
    loaded: Loaded, op: Operation, method: Any, value: Any, where: str
) -> dict[str, Any]:
    """The keyword arguments a user passes for body `value`: the body model's fields, or the
    whole body as `body`."""
    body = op.body
    assert body is not None
    hints = typing.get_type_hints(method)
    if not body.fields:
        hint = hints.get("body", Any)
        try:
            return {"body": pydantic.TypeAdapter(hint).validate_python(value)}
        except pydantic.ValidationError as e:
            raise AssertionError(f"{where}: the body argument refuses {value!r}: {e}") from None
    models = importlib.import_module(f"{loaded.provider.package}.models")
    model = getattr(models, body.model or "", None)
    if model is None:
        raise AssertionError(f"{where}: models.py has no class {body.model}")
    try:
        instance = model.model_validate(value)
    except pydantic.ValidationError as e:
        raise AssertionError(f"{where}: {body.model} refuses {value!r}: {e}") from None
    offered = {f.py_name for f in body.fields} & set(inspect.signature(method).parameters)
    return {name: getattr(instance, name) for name in instance.model_fields_set & offered}
