"""The tests generated into each package: they pass on constructs real documents use, never
send a placeholder, and an operation no valid call can be built for is listed, not tested."""

from __future__ import annotations

import ast
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tinydoc import openapi

from codegen.emit.data.calls import NoValue, call_arguments, wire_text
from codegen.emit.data.sample import sample
from codegen.emit.data.values import dumped
from codegen.pipeline import Generated

_JSON = "application/json"


def _json(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"content": {_JSON: {"schema": schema, **extra}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _doc() -> dict[str, Any]:
    schemas: dict[str, Any] = {
        # a base that requires what the extending member describes (`attributes`)
        "Collection": {
            "type": "object",
            "required": ["version", "attributes"],
            "properties": {"version": {"type": "string"}, "attributes": {"type": "object"}},
        },
        "StationData": {
            "type": "object",
            "required": ["orgId"],
            "properties": {"orgId": {"type": "string", "pattern": "^\\d{1,4}$"}},
        },
        "StationDocument": {
            "allOf": [_ref("Collection"), {"properties": {"attributes": _ref("StationData")}}]
        },
        "Status": {"type": "string", "enum": ["open", "closed"]},
        "ErrorCode": {"type": "string", "enum": ["bad_request", "other"]},
        "Event": {
            "type": "object",
            "required": ["at"],
            "properties": {"at": {"type": "string", "format": "date-time"}},
        },
        # a pattern with a look-ahead: no sample matches it
        "Secret": {
            "type": "object",
            "required": ["code"],
            "properties": {"code": {"type": "string", "pattern": "^(?=.*[0-9])[a-z0-9]{8}$"}},
        },
    }
    when = "2025-10-15T13:53:59.486Z"
    paths: dict[str, Any] = {
        "/stations/{id}": {
            "get": {
                "operationId": "getStation",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok", **_json(_ref("StationDocument"))}},
            }
        },
        "/reports/{day}": {
            "get": {
                "operationId": "getReport",
                "parameters": [
                    {
                        "name": "day",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "format": "date-time"},
                    },
                    {"name": "status", "in": "query", "required": True, "schema": _ref("Status")},
                    {
                        "name": "X-Key",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                ],
                "responses": {
                    "200": {"description": "ok", **_json(_ref("Event"))},
                    "400": {"description": "bad", **_json(_ref("ErrorCode"))},
                },
            }
        },
        "/events": {
            "post": {
                "operationId": "createEvent",
                "requestBody": {"required": True, **_json(_ref("Event"), example={"at": when})},
                "responses": {
                    "201": {"description": "ok", **_json(_ref("Event"), example={"at": when})}
                },
            }
        },
        "/secrets": {
            "post": {
                "operationId": "createSecret",
                "requestBody": {"required": True, **_json(_ref("Secret"))},
                "responses": {"204": {"description": "done"}},
            }
        },
    }
    doc = openapi(paths, schemas)
    doc["components"]["securitySchemes"] = {
        "First": {"type": "http", "scheme": "bearer"},
        "Second": {"type": "http", "scheme": "bearer"},
        "Key": {"type": "apiKey", "in": "header", "name": "X-Key"},
    }
    doc["security"] = [{"First": [], "Second": [], "Key": []}]
    return doc


def _op(result: Generated, operation_id: str) -> Any:
    return next(op for op in result.api.operations if op.operation_id == operation_id)


def test_an_allof_sample_has_what_one_member_requires_and_another_describes(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "allof_sample")
    value = sample(result.api, {"$ref": "#/$defs/StationDocument"})
    # `attributes` is required by the base and typed by the extension: a StationData
    assert value == {"version": "xxxxxx", "attributes": {"orgId": "0"}}


def test_required_arguments_get_valid_values_or_none_at_all(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "required_values")
    args = dict(call_arguments(result.api, _op(result, "getReport"), strict=True))
    assert args["status"] == "Status('open')"  # an enum parameter, no longer `...`
    assert wire_text(args["status"]) == "open"
    assert wire_text(args["day"]) == "2024-01-02T03:04:05+00:00"
    # the README still shows a call; the tests refuse to build one
    secret = _op(result, "createSecret")
    assert dict(call_arguments(result.api, secret)) == {"code": "'xxxxxx'"}
    with pytest.raises(NoValue, match="Secret"):
        call_arguments(result.api, secret, strict=True)


def test_date_times_are_expected_as_the_models_write_them(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "dumped_times")
    example = {"at": "2025-10-15T13:53:59.486Z"}
    assert dumped(result.api, example, "Event") == {"at": "2025-10-15T13:53:59.486000Z"}
    assert dumped(result.api, {"at": "2024-01-02T03:04:05+00:00"}, "Event") == {
        "at": "2024-01-02T03:04:05Z"
    }


def test_generated_tests_pass_and_the_report_lists_the_untested_operation(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, out = generate(_doc(), "tricky_tests")
    report = json.loads(result.files["codegen-report.json"])
    assert report["summary"]["without_tests"] == 1
    (entry,) = report["without_tests"]
    assert entry["operation_id"] == "createSecret"
    assert "Secret" in entry["reason"] and "code" in entry["reason"]
    sources = {p: t for p, t in result.files.items() if p.startswith("tests/test_")}
    assert sources
    for path, text in sources.items():
        tree = ast.parse(text)
        assert not any(
            isinstance(n, ast.Constant) and n.value is Ellipsis for n in ast.walk(tree)
        ), path
        assert "create_secret" not in text
    joined = "\n".join(sources.values())
    # each operation that can be called is: a station, a report, an event
    assert joined.count("_sends_the_documented_request() -> None:") == 3
    run = _package_tests(out)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout


def test_example_data_is_built_once_per_operation_and_read_by_every_product(
    generate: Callable[..., tuple[Generated, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from codegen.emit.data import build as data

    built: list[str] = []
    build = data.op_test

    def counted(api: Any, resource: Any, op: Any) -> Any:
        built.append(op.operation_id)
        return build(api, resource, op)

    monkeypatch.setattr(data, "op_test", counted)
    result, _ = generate(_doc(), "built_once")
    # once for the tests, the README and the report together (one emit per version)
    assert sorted(built) == sorted(op.operation_id for op in result.api.operations)
    shared = data.example_data(result.api)
    # made in the front's process, read in another: it pickles, and stays read-only
    again = pickle.loads(pickle.dumps(shared))
    assert again == shared
    for made in (shared, again):
        with pytest.raises(TypeError):
            made.operations["secrets.create"] = made.operations["secrets.create"]  # type: ignore[index]
    # the operation the tests leave out is the one the report lists
    assert [op.operation_id for op, _ in shared.untested()] == ["createSecret"]
    report = json.loads(result.files["codegen-report.json"])
    assert [e["operation_id"] for e in report["without_tests"]] == ["createSecret"]


def test_a_required_array_sample_holds_one_item_and_an_optional_one_is_left_out(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    schemas: dict[str, Any] = {
        "Line": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
        },
        "Order": {
            "type": "object",
            "required": ["lines", "tags", "none"],
            "properties": {
                "lines": {"type": "array", "items": _ref("Line")},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                "none": {"type": "array", "items": {"type": "string"}, "maxItems": 0},
                "extra": {"type": "array", "items": _ref("Line")},
            },
        },
    }
    paths = {
        "/orders": {
            "post": {
                "operationId": "createOrder",
                "requestBody": {"required": True, **_json(_ref("Order"))},
                "responses": {"204": {"description": "done"}},
            }
        }
    }
    result, _ = generate(openapi(paths, schemas), "required_array_sample")
    value = sample(result.api, {"$ref": "#/$defs/Order"})
    # an empty list would show nothing of what a line holds; minItems and maxItems still rule
    assert value == {"lines": [{"name": "xxxxxx"}], "tags": ["xxxxxx", "xxxxxx"], "none": []}


def test_the_generated_401_test_checks_which_token_each_request_carries(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "token_refresh_test")
    name = next(n for n in result.files if n.endswith("tests/test_client_behaviour.py"))
    text = result.files[name]
    test = text.split("def test_a_refreshing_token_callable_is_asked_again_after_a_401")[1]
    test = test.split("\ndef ")[0]
    # requests that merely differ would pass with the old token in another place
    assert '"token-2" in sent[1] and "token-1" not in sent[1]' in test


def test_the_readme_states_the_retry_policy_the_client_follows(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(_doc(), "retry_policy_readme")
    readme = next(text for name, text in result.files.items() if name.endswith("README.md"))
    section = readme.split("## Retries and timeouts")[1].split("\n## ")[0]
    # a write is sent again after a 408, a 429 or a 401 with a credential function: the text
    # must not promise that it never is
    assert "never repeated without" not in section
    assert "a 408 or a 429" in section and "after a 401" in section
    assert "Otherwise a POST, PUT, PATCH or DELETE is not sent twice" in section


def test_an_operation_id_given_twice_keeps_each_operations_example(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    listed = {"type": "array", "items": {"type": "string"}}
    paths = {
        "/items": {
            "get": {
                "operationId": "getItems",
                "responses": {"200": {"description": "ok", **_json(listed, example=["a"])}},
            }
        },
        "/other": {
            "post": {"operationId": "getItems", "responses": {"204": {"description": "done"}}}
        },
    }
    result, _ = generate(openapi(paths, {}), "twice")
    readme = result.files["README.md"]
    # each operation under its own call, not the second's twice
    assert "### `client.items.list()` — GET /items" in readme
    assert "### `client.other.get_items_2()` — POST /other" in readme
    assert "client.items.list()" in result.files["tests/test_items.py"]
    assert "client.other.get_items_2()" in result.files["tests/test_other.py"]
    assert json.loads(result.files["codegen-report.json"])["without_tests"] == []


def test_a_value_of_a_union_of_models_is_built_as_the_member_it_fits(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    # no discriminator: the schemas alone say which member an example is
    rules = {
        f"Rule{i}": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"type": "string", "enum": [f"kind_{i}"]}},
        }
        for i in range(3)
    }
    body = {
        "type": "object",
        "oneOf": [
            {"required": ["digests"], "properties": {"digests": {"type": "array"}}},
            {"required": ["ids"], "properties": {"ids": {"type": "array", "items": _ref("Id")}}},
        ],
    }
    paths = {
        "/rules": {
            "post": {
                "operationId": "addRules",
                "requestBody": {
                    "required": True,
                    **_json(
                        {"type": "array", "items": {"oneOf": [_ref(n) for n in rules]}},
                        example=[{"kind": "kind_2"}, {"kind": "kind_0"}],
                    ),
                },
                "responses": {"204": {"description": "done"}},
            }
        },
        "/bulk": {
            "post": {
                "operationId": "deleteBulk",
                "requestBody": {"required": True, **_json(body, example={"ids": [111]})},
                "responses": {"204": {"description": "done"}},
            }
        },
    }
    result, out = generate(openapi(paths, {**rules, "Id": {"type": "integer"}}), "members")
    tests = result.files["tests/test_rules.py"] + result.files["tests/test_bulk.py"]
    assert "[Rule2(kind=" in tests and ", Rule0(kind=" in tests
    assert "DeleteBulkRequestVariant2(ids=[111])" in tests
    run = _package_tests(out)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


def _package_tests(out: Path) -> subprocess.CompletedProcess[str]:
    """The generated package's own tests, run in a process of their own."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        env={**os.environ, "PYTHONPATH": "src"},
        capture_output=True,
        text=True,
        check=False,
    )
