"""Fixed-value parameters, and path fragments that name parameters (`/#X-Amz-Target=Svc.Op`).

A required parameter that allows one value only is sent by the client itself. A path key
whose fragment names parameters is an operation of its own on the path before the `#`:
`name=value` fixes that parameter, a bare `name` only tells operations apart.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from tinydoc import openapi

from codegen.emit.data.calls import call_arguments
from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import Api, Operation, PackageInfo
from codegen.pipeline import Generated
from codegen.sources.fragments import apply_fragment_rule, parameter_fragment

PKG = PackageInfo(name="tiny", distribution="tiny-client", version="0.1.0", provider="tiny")
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}


def _param(name: str, where: str, schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": schema}


def _target(op_id: str, target: str) -> dict[str, Any]:
    """One operation of a JSON-RPC-like API: POST / with the header naming it."""
    return {
        "post": {
            "operationId": op_id,
            "parameters": [_param("X-Amz-Target", "header", {"type": "string", "enum": [target]})],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["StreamName"],
                            "properties": {"StreamName": {"type": "string"}},
                        }
                    }
                },
            },
            "responses": OK,
        }
    }


def _doc() -> dict[str, Any]:
    arn = _param("arn", "path", {"type": "string"})
    keys = _param("tagKeys", "query", {"type": "array", "items": {"type": "string"}})
    name = _param("name", "query", {"type": "string"})
    doc = openapi(
        {
            "/#X-Amz-Target=Streams_2013.CreateStream": _target(
                "CreateStream", "Streams_2013.CreateStream"
            ),
            "/#X-Amz-Target=Streams_2013.DeleteStream": _target(
                "DeleteStream", "Streams_2013.DeleteStream"
            ),
            "/tags/{arn}": {
                "parameters": [arn],
                "delete": {"operationId": "UntagAll", "responses": OK},
            },
            "/tags/{arn}#tagKeys": {
                "parameters": [arn],
                "delete": {"operationId": "UntagResource", "parameters": [keys], "responses": OK},
            },
            "/servers": {"get": {"operationId": "ListServers", "responses": OK}},
            "/servers#name": {
                "get": {"operationId": "GetServerByName", "parameters": [name], "responses": OK}
            },
        }
    )
    for item in doc["paths"].values():  # one tag: one resource, whatever the paths
        for method in ("get", "post", "delete"):
            if method in item:
                item[method]["tags"] = ["Streams"]
    return doc


def _op(api: Api, op_id: str) -> Operation:
    return next(op for op in api.operations if op.operation_id == op_id)


# -- the reader: such keys stay as they are --------------------------------------------------


def test_fragment_syntax() -> None:
    assert parameter_fragment("X-Amz-Target=Svc.Op") == [("X-Amz-Target", "Svc.Op")]
    assert parameter_fragment("a&b=1&c%20d=e%26f") == [("a", None), ("b", "1"), ("c d", "e&f")]


def test_parameter_fragments_stay_separate_operations_and_tool_fragments_still_merge() -> None:
    doc = _doc()
    tool_body = {
        "type": "object",
        "properties": {"tool": {"type": "string", "default": "PING"}},
    }
    doc["paths"]["/tools/#PING"] = {
        "post": {
            "operationId": "ping",
            "requestBody": {"content": {"application/json": {"schema": tool_body}}},
            "responses": OK,
        }
    }
    warnings = apply_fragment_rule(doc, "api.json")
    assert warnings == []
    assert list(doc["paths"]) == [
        "/#X-Amz-Target=Streams_2013.CreateStream",
        "/#X-Amz-Target=Streams_2013.DeleteStream",
        "/tags/{arn}",
        "/tags/{arn}#tagKeys",
        "/servers",
        "/servers#name",
        "/tools",  # a body property's value: the existing rule, unchanged
    ]
    assert "x-codegen-variants" not in doc["paths"]["/servers#name"]["get"]
    assert doc["paths"]["/tools"]["post"]["x-codegen-variants"]["variants"][0]["value"] == "PING"


def test_a_bare_word_that_is_neither_a_parameter_nor_a_value_is_still_an_error() -> None:
    doc = openapi({"/servers#nmae": {"get": {"operationId": "byName", "responses": OK}}})
    with pytest.raises(InputError, match="could not be mapped") as err:
        apply_fragment_rule(doc, "api.json")
    assert "name of a parameter the operation declares" in err.value.problems[0].hint


# -- the intermediate model --------------------------------------------------------------------


def test_the_fragment_is_not_part_of_the_wire_path_and_fixes_the_header() -> None:
    api = build_api(_doc(), PKG)
    create = _op(api, "CreateStream")
    assert (create.http_method, create.path) == ("POST", "/")
    (target,) = create.parameters
    assert (target.wire_name, target.fixed, target.value) == (
        "X-Amz-Target",
        True,
        "Streams_2013.CreateStream",
    )
    assert create.source == "/paths/~1#X-Amz-Target=Streams_2013.CreateStream/post"
    # the same wire method and path twice: two operations, two methods, one resource
    delete = _op(api, "DeleteStream")
    assert (delete.http_method, delete.path) == ("POST", "/")
    assert [r.attr for r in api.resources if create in r.operations] == ["streams"]
    assert {create.py_name, delete.py_name} == {"create", "delete"}


def test_a_bare_name_only_tells_operations_apart() -> None:
    api = build_api(_doc(), PKG)
    untag = _op(api, "UntagResource")
    assert (untag.http_method, untag.path) == ("DELETE", "/tags/{arn}")
    keys = next(p for p in untag.parameters if p.wire_name == "tagKeys")
    assert (keys.fixed, keys.required, keys.py_name) == (False, True, "tag_keys")
    assert _op(api, "UntagAll").path == "/tags/{arn}"
    by_name = _op(api, "GetServerByName")
    assert (by_name.path, [p.wire_name for p in by_name.parameters]) == ("/servers", ["name"])


def test_a_required_parameter_with_one_allowed_value_is_fixed() -> None:
    op = {
        "operationId": "query",
        "parameters": [
            _param("sql", "query", {"type": "string"}),
            _param("_shape", "query", {"type": "string", "enum": ["array"]}),
            _param("X-Version", "header", {"const": 2}),
            _param("mode", "query", {"type": "string", "enum": ["fast"]}, required=False),
            _param("kind", "path", {"type": "string", "enum": ["raw"]}),
        ],
        "responses": OK,
    }
    api = build_api(openapi({"/data/{kind}": {"get": op}}), PKG)
    params = {p.wire_name: p for p in api.operations[0].parameters}
    assert (params["_shape"].fixed, params["_shape"].value) == (True, "array")
    assert (params["X-Version"].fixed, params["X-Version"].value) == (True, 2)
    assert not params["sql"].fixed
    assert not params["mode"].fixed  # optional: the caller may leave it out
    assert not params["kind"].fixed  # a path parameter stays an argument
    # no model is made for a value that is never an argument
    assert [m.name for m in api.models] == ["Kind", "Mode"]


def test_fragment_values_take_the_parameters_type() -> None:
    op = {
        "operationId": "page",
        "parameters": [
            _param("limit", "query", {"type": "integer"}, required=False),
            _param("strict", "query", {"type": "boolean"}, required=False),
        ],
        "responses": OK,
    }
    api = build_api(openapi({"/items#limit=5&strict=true": {"get": op}}), PKG)
    params = {p.wire_name: p for p in api.operations[0].parameters}
    assert (params["limit"].fixed, params["limit"].value) == (True, 5)
    assert (params["strict"].fixed, params["strict"].value) == (True, True)
    assert api.warnings == ()


def test_a_fragment_value_its_schema_does_not_allow_is_sent_with_a_warning() -> None:
    op = {
        "operationId": "run",
        "parameters": [_param("X-Target", "header", {"type": "string", "enum": ["A.Run"]})],
        "responses": OK,
    }
    api = build_api(openapi({"/#X-Target=A.Walk": {"post": op}}), PKG)
    (param,) = api.operations[0].parameters
    assert (param.fixed, param.value) == (True, "A.Walk")
    (warning,) = api.warnings
    assert "does not allow" in warning.message
    assert warning.where == "/paths/~1#X-Target=A.Walk/post"


def test_an_undeclared_name_value_becomes_a_fixed_query_parameter_with_a_warning() -> None:
    op = {"operationId": "describe", "responses": OK}
    api = build_api(openapi({"/#Action=Describe&Version=2020-01-01": {"get": op}}), PKG)
    params = [(p.wire_name, p.location, p.fixed, p.value) for p in api.operations[0].parameters]
    assert params == [
        ("Action", "query", True, "Describe"),
        ("Version", "query", True, "2020-01-01"),
    ]
    assert api.operations[0].path == "/"
    messages = [w.message for w in api.warnings]
    assert len(messages) == 2
    assert "names `Action`, which the operation does not declare" in messages[0]
    assert messages[0].endswith("sends it as the query parameter Action=Describe")
    assert messages[1].endswith("sends it as the query parameter Version=2020-01-01")


def test_an_undeclared_bare_name_is_an_input_error_with_its_place() -> None:
    op = {"operationId": "byName", "responses": OK}
    with pytest.raises(InputError) as err:
        build_api(openapi({"/servers#name&path": {"get": op}}), PKG)
    problems = err.value.problems
    assert [p.where for p in problems] == ["/paths/~1servers#name&path/get"] * 2
    assert "names `name`, which is not a query, header or cookie parameter" in problems[0].message
    assert "names `path`, which is not a query" in problems[1].message


def test_fixed_parameters_never_take_an_arguments_name() -> None:
    op = {
        "operationId": "run",
        "parameters": [
            _param("X-Mode", "header", {"const": "on"}),
            _param("x_mode", "query", {"type": "string"}),
        ],
        "responses": OK,
    }
    (operation,) = build_api(openapi({"/run": {"get": op}}), PKG).operations
    names = {p.wire_name: p.py_name for p in operation.parameters}
    assert names == {"X-Mode": "x_mode_2", "x_mode": "x_mode"}


def test_generated_examples_pass_no_fixed_parameter() -> None:
    api = build_api(_doc(), PKG)
    assert [name for name, _ in call_arguments(api, _op(api, "CreateStream"))] == ["stream_name"]
    assert [name for name, _ in call_arguments(api, _op(api, "UntagResource"))] == [
        "arn",
        "tag_keys",
    ]


# -- the generated client, on the wire ------------------------------------------------------


def test_generated_client_sends_fixed_values_to_the_real_path(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    pkg = generate_and_import(_doc(), "fragments_pkg")
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = pkg.Client(
        base_url="https://aws.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )
    method = client.streams.create
    assert "x_amz_target" not in inspect.signature(method).parameters
    method(stream_name="s1")
    client.streams.delete(stream_name="s1")
    client.streams.untag_resource(arn="a/b", tag_keys=["k1", "k2"])
    client.streams.untag_all(arn="a/b")
    client.streams.get_server_by_name(name="main")
    client.streams.list_servers()
    wire = [(r.method, r.url.raw_path.decode(), r.headers.get("x-amz-target")) for r in seen]
    assert wire == [
        ("POST", "/", "Streams_2013.CreateStream"),
        ("POST", "/", "Streams_2013.DeleteStream"),
        ("DELETE", "/tags/a%2Fb?tagKeys=k1&tagKeys=k2", None),
        ("DELETE", "/tags/a%2Fb", None),
        ("GET", "/servers?name=main", None),
        ("GET", "/servers", None),
    ]
    assert [r.content for r in seen[:2]] == [b'{"StreamName":"s1"}'] * 2


def test_generated_tests_assert_the_fixed_header_and_pass_no_argument_for_it(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "fragments_tests_pkg")
    tests = result.files["tests/test_streams.py"]
    assert "x_amz_target" not in tests
    assert 'request.headers["x-amz-target"] == "Streams_2013.CreateStream"' in tests
    resource = result.files["src/fragments_tests_pkg/resources/streams.py"]
    assert 'Param("X-Amz-Target", "Streams_2013.CreateStream"' in resource
    assert "Always sends header `X-Amz-Target: Streams_2013.CreateStream`." in resource
