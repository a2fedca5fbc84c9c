"""Each operation's test case: the values it is called with, what reaches the wire, what is
answered and what comes back; or why it has none.

A case is what the generated tests check for an operation: the request example validates
against its model and serializes back to the same JSON; each response example parses and dumps
back equal; the call through `httpx.MockTransport` sends this method, URL, credentials and
body, and returns the typed result; each documented error status raises its class with the
parsed body. The README shows the same calls and its test answers them the same way.
"""

from __future__ import annotations

import ast
import base64
import json
import re
from typing import Any
from urllib.parse import quote

from codegen.emit.data.calls import NoValue, call_arguments, invalid, wire_text
from codegen.emit.data.model import TOKEN, ErrorCase, OpTest
from codegen.emit.data.sample import sample
from codegen.emit.data.values import dumped, sample_of, sent
from codegen.emit.text import literal
from codegen.ir.model import Api, Operation, Parameter, Resource
from codegen.runtime_serialize import path_value


def _json_wire_text(code: str | None) -> str | None:
    """A JSON `content` parameter's argument as the runtime sends it (compact JSON text),
    when the argument is a plain literal."""
    try:
        value = ast.literal_eval(code) if code is not None else None
        return None if value is None else json.dumps(value, separators=(",", ":"))
    except (ValueError, SyntaxError, TypeError):  # not a literal, or not JSON (a set)
        return None


def _path_text(p: Parameter, text: str | None, code: str | None) -> str | None:
    """A path parameter's segment as the runtime writes it, by its style and `explode`: of its
    value's URL text, or of its items' when it is a list (`[1, 2]` as `1,2`, `.1.2`, ...)."""
    if p.style == "json":
        return None if text is None else quote(text, safe="")
    value: str | list[str] | None = text
    if text is None and code is not None:
        node = ast.parse(code, mode="eval").body
        if isinstance(node, ast.List):
            items = [wire_text(ast.unparse(item)) for item in node.elts]
            value = None if None in items else [item for item in items if item is not None]
    return None if value is None else path_value(p.wire_name, value, p.style, p.explode)


# what httpx writes into a URL path unchanged: RFC 3986's unreserved characters, its
# sub-delimiters, `:`, `@` and `/`
# RFC 3986's path characters, percent-escapes among them (httpx keeps one as it is written)
_PLAIN_PATH = re.compile(r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")


def wire_path(path: str) -> str:
    """The path as httpx writes it on the wire: a character a URL path cannot hold (a `"` in
    the document's path) is percent-encoded there, a `.` or `..` segment resolved.

    A path of plain characters without such segments is written as it is: httpx, whose
    import (with the command-line libraries it loads) costs some 0.15 s and 8 MB of every
    run, is imported for the others alone.
    """
    if _PLAIN_PATH.fullmatch(path) and "." not in path.split("/") and ".." not in path.split("/"):
        return path
    import httpx

    return httpx.URL("https://host" + path).raw_path.decode("ascii").split("?")[0]


def op_test(api: Api, resource: Resource, op: Operation) -> OpTest | str:
    """The operation's test, or why it has none."""
    schemes = {s.key: s for s in api.security_schemes}
    alternative = op.security[0] if op.security else ()
    if any(schemes.get(k) is None for k in alternative):
        return "its security requirement names a scheme the document does not define"
    try:
        args = call_arguments(api, op, strict=True)
    except NoValue as exc:
        return str(exc)
    # what reaches the wire, by name: a later value replaces an earlier one as the client's
    # own does (parameters first, then each credential of the alternative in turn)
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    values = dict(args)
    path = op.path
    for p in op.parameters:
        text = wire_text(values[p.py_name]) if p.py_name in values else None
        if p.fixed:  # sent by the client itself, with its one value
            text = wire_text(literal(p.value))
        elif p.style == "json":  # JSON `content`: sent as JSON text
            text = _json_wire_text(values.get(p.py_name))
        if p.location == "path":
            segment = _path_text(p, text, values.get(p.py_name))
            if segment is None:
                return f"the path parameter `{p.wire_name}` has no value of known URL text"
            path = path.replace("{" + p.wire_name + "}", segment)
        elif p.location == "query" and p.required and text is not None:
            query[p.wire_name] = text
        elif p.location == "header" and p.required and text is not None:
            headers[p.wire_name.lower()] = text
    path = wire_path(path)
    for key in alternative:
        s = schemes[key]
        if s.kind in ("bearer", "oauth2_token"):
            headers["authorization"] = f"Bearer test-{s.py_name}"
        elif s.kind == "oauth2_client_credentials":  # fetched from the mock token endpoint
            headers["authorization"] = f"Bearer {TOKEN}"
        elif s.kind == "basic":
            token = base64.b64encode(f"test-{s.py_name}:test-password".encode()).decode()
            headers["authorization"] = f"Basic {token}"
        elif s.kind == "api_key" and s.location == "header":
            headers[s.param_name.lower()] = f"test-{s.py_name}"
        elif s.kind == "api_key" and s.location == "query":
            # appended after the parameters: a parameter of the same name is read first
            query.setdefault(s.param_name, f"test-{s.py_name}")
    request_example = next((e.value for e in op.examples if e.kind == "request" and e.valid), None)
    body = op.body
    check_body = bool(
        body and body.kind == "json" and request_example is not None and (body.fields or body.model)
    )
    success = op.success
    status = (
        int(success.status)
        if success and success.status[:1] == "2" and success.status.isdigit()
        else 200
    )
    response_body: str | None = None
    result_model = success.model if success else None
    if result_model and api.model(result_model).kind == "alias":
        result_model = None  # a type alias, which `isinstance` cannot check
    if success and success.kind == "json":
        example = next(
            (
                e.value
                for e in op.examples
                if e.kind == "response"
                and e.status == success.status
                and e.valid
                and e.content_type == success.content_type  # not an XML one, as a JSON answer
            ),
            None,
        )
        if example is None and success.model:
            example = sample(api, {"$ref": f"#/$defs/{success.model}"})
            if problem := invalid(api, success.model, example):
                return (
                    f"no valid sample of its {success.status} response {success.model} ({problem})"
                )
        elif example is None:
            example = sample_of(api, success.type.annotation) if success.type else {}
        if isinstance(example, str):  # a JSON string is answered as JSON text, quotes and all
            example = json.dumps(example)
        response_body = literal(example)
    elif success and success.kind in ("binary", "text"):
        response_body = literal("content")
    # (a discriminated union is a type alias, with no `model_validate` to round-trip by)
    round_trips = bool(body and body.model and api.model(body.model).kind != "alias")
    response_examples = []
    for i, e in enumerate(ex for ex in op.examples if ex.kind == "response" and ex.valid):
        r = next((r for r in op.responses if r.status == e.status), None)
        if r and r.content_type != e.content_type:
            continue
        if r and r.model and r.kind == "json" and api.model(r.model).kind != "alias":
            response_examples.append(
                (f"{e.status}_{i}", r.model, literal(e.value), _dump_literal(api, e.value, r.model))
            )
    errors = []
    for r in op.responses:
        if r.status in op.errors and r.status.isdigit():
            cls = next((e.class_name for e in api.errors if e.status == r.status), None)
            if cls is None:
                continue
            body_value = (
                sample(api, {"$ref": f"#/$defs/{r.model}"}) if r.model else {"message": "error"}
            )
            # the class is raised whatever the body; the body is parsed as its model only
            # when valid, and never when it is a string (the runtime keeps error text as is)
            body_model = r.model if r.model and not invalid(api, r.model, body_value) else None
            if isinstance(body_value, str):
                body_model = None
                if r.kind == "json":
                    body_value = json.dumps(body_value)  # JSON text, as for the success answer
            errors.append(ErrorCase(int(r.status), cls, literal(body_value), body_model))
    return OpTest(
        name=f"{resource.attr}_{op.py_name}",
        resource=resource.attr,
        method=op.py_name,
        args=tuple(args),
        request_example=(
            literal(request_example) if request_example is not None and round_trips else None
        ),
        request_model=(
            body.model if body and round_trips and request_example is not None else None
        ),
        response_examples=tuple(response_examples),
        status=status,
        response_body=response_body,
        response_kind=success.kind if success else "empty",
        result_model=result_model,
        expected_method=op.http_method,
        expected_path=path,
        expected_query=tuple(query.items()),
        expected_headers=tuple(headers.items()),
        check_body=check_body,
        returns_value=bool(success and success.kind != "empty"),
        errors=tuple(errors),
        sent_body=(
            literal(
                dumped(api, sent(api, request_example, body.type.annotation), body.type.annotation)
            )
            if check_body and body and body.type
            else None
        ),
        request_dumped=(
            _dump_literal(api, request_example, body.model)
            if body and body.model and round_trips and request_example is not None
            else "example"
        ),
    )


def _dump_literal(api: Api, example: Any, model: str) -> str:
    """What the round trip of an example gives back: `example` itself, or the literal of what
    the model writes where it spells a value differently (`.000Z` of a date-time as `Z`)."""
    value = dumped(api, example, model)
    return "example" if value == example else literal(value)
