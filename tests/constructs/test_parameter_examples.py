"""Parameters' examples and the values built where there is none (issue 15, item 15): an
example that contradicts its parameter's schema is reported with its place and replaced; the
values the generated tests send satisfy every keyword of the schema, bodies' values too."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from decimal import Decimal
from uuid import UUID

from jsonschema import Draft202012Validator, FormatChecker
from test_wire_values import Built, built, run_package_tests

__all__ = ["built"]  # the fixture, shared with the wire-value tests

STEM = "op-parameter-examples"


def test_parameter_examples_that_contradict_their_schemas_are_reported_at_their_place(
    built: Callable[[str], Built],
) -> None:
    report = json.loads((built(STEM).out / "codegen-report.json").read_text())
    found = {w["where"]: w["message"] for w in report["warnings"]}
    assert found.keys() == {
        "/paths/~1reports~1{code}/parameters/0/example",
        "/paths/~1reports~1{code}/get/parameters/0/example",
        "/paths/~1reports~1{code}/get/parameters/1/example",
        "/paths/~1reports~1{code}/get/parameters/2/example",
    }
    assert all(w["file"] == f"{STEM}.yaml" for w in report["warnings"])
    assert all(w["hint"].startswith("the tests use data built") for w in report["warnings"])
    messages = "\n".join(found.values())
    for told in (
        "'abc' does not match",
        "is not a 'date'",
        "is too short",
        "less than the minimum",
    ):
        assert told in messages, told


def _calls(b: Built) -> dict[str, dict[str, object]]:
    """The keyword arguments of each operation's call in the generated tests, as values."""
    out: dict[str, dict[str, object]] = {}
    for path in sorted((b.out / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("get", "create")
                and node.keywords
            ):
                out[node.func.attr] = {k.arg or "": _plain(k.value) for k in node.keywords}
    return out


def _plain(node: ast.expr) -> object:
    """A literal's value; the text inside a `date.fromisoformat("...")`-like call."""
    if isinstance(node, ast.Call) and len(node.args) == 1:
        return _plain(node.args[0])
    return ast.literal_eval(node)


def test_values_built_for_parameters_and_bodies_satisfy_their_schemas(
    built: Callable[[str], Built],
) -> None:
    b = built(STEM)
    calls = _calls(b)
    assert calls.keys() == {"get", "create"}  # both operations are tested, the body too
    openapi = json.loads((b.out / "openapi.json").read_text())  # 3.1 bounds, as JSON Schema
    checked = 0
    for path, item in openapi["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            call = calls["get" if method == "get" else "create"]
            params = [*item.get("parameters", []), *op.get("parameters", [])]
            for p in params:
                p = openapi["components"]["parameters"]["Region"] if "$ref" in p else p
                name = p["name"].lower().replace("-", "_")
                errors = _errors(p["schema"], call[name], openapi)
                assert not errors, (path, name, call[name], errors)
                checked += 1
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                sent = {k: call[k] for k in body["schema"]["properties"]}
                assert not _errors(body["schema"], sent, openapi), sent
                checked += 1
    assert checked == 11
    assert calls["get"]["region"] == "us"  # the valid example, by reference, is used
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _errors(schema: object, value: object, openapi: dict[str, object]) -> list[str]:
    root = {"components": openapi["components"], "allOf": [schema]}
    validator = Draft202012Validator(root, format_checker=FormatChecker())
    return [e.message for e in validator.iter_errors(value)]


def test_examples_a_formats_type_cannot_read_are_reported_and_replaced(
    built: Callable[[str], Built],
) -> None:
    b = built("op-parameter-examples-typed")
    report = json.loads((b.out / "codegen-report.json").read_text())
    found = {w["where"]: w["message"] for w in report["warnings"]}
    base = "/paths/~1ledgers~1{ledger}/get/parameters"
    assert {f"{base}/0/example", f"{base}/1/example", f"{base}/2/example"} <= found.keys()
    assert f"{base}/3/example" not in found  # a valid UUID is used as given
    assert "is not a 'uuid'" in found[f"{base}/1/example"]
    assert "is not a 'decimal'" in found[f"{base}/2/example"]
    sent = _calls(b)["get"]
    assert sent["trace"] == "0f8fad5b-d9cb-469f-a165-70867728950e"
    for name in ("ledger", "x_ref"):
        UUID(str(sent[name]))  # built values a UUID reads
    assert Decimal(str(sent["amount"])).is_finite()
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
