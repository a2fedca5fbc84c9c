"""Data the generated tests and README send, where a first sample would break its schema
(issue 15, item 15): a property an `allOf` child narrows, `uniqueItems` whose items a first
sample cannot tell apart, array path parameters by their style, and parameter examples
breaking the formats jsonschema's `format-nongpl` checkers judge. Each operation gets its
test, its values satisfy the document's schema (checked with jsonschema), and the generated
package's own tests pass."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from jsonschema import Draft202012Validator
from test_samples import _calls
from test_wire_values import Built, built, run_package_tests

from codegen.emit.data.build import example_data
from codegen.emit.data.model import ExampleData, OpTest

__all__ = ["built"]  # the fixture, shared with the wire-value tests


def _report(b: Built) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((b.out / "codegen-report.json").read_text())
    return report


def _errors(b: Built, schema: Any, value: Any) -> list[str]:
    """Why `value` breaks `schema` (with the package's `openapi.json` components), by
    jsonschema and all its format checkers."""
    openapi = json.loads((b.out / "openapi.json").read_text())
    root = {"components": openapi.get("components", {}), "allOf": [schema]}
    validator = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [e.message for e in validator.iter_errors(value)]


def _passes_its_own_tests(b: Built) -> None:
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_a_property_a_child_narrows_is_sampled_by_the_narrowest_schema(
    built: Callable[[str], Built],
) -> None:
    b = built("schema-narrowed-samples")
    assert _report(b)["without_tests"] == []
    data = example_data(b.result.api)
    leaf = _case(data, "getLeaf")
    assert leaf is not None and leaf.response_body is not None
    answered = ast.literal_eval(leaf.response_body)
    assert not _errors(b, {"$ref": "#/components/schemas/Leaf"}, answered), answered
    assert answered == {"kind": "b", "address": {"country": "GB"}, "size": 10}
    child = _case(data, "createChild")
    assert child is not None and child.response_body is not None
    answered = ast.literal_eval(child.response_body)
    assert not _errors(b, {"$ref": "#/components/schemas/Child"}, answered), answered
    sent = _calls(b)["children.create_child"]
    assert not _errors(b, {"$ref": "#/components/schemas/Child"}, sent), sent
    readme = (b.out / "README.md").read_text()
    assert 'kind=ChildKind("a")' in readme and "xxxxxx" not in readme
    _passes_its_own_tests(b)


def test_unique_items_are_told_apart_where_the_schema_lets_them(
    built: Callable[[str], Built],
) -> None:
    b = built("op-unique-samples")
    (without,) = _report(b)["without_tests"]  # three distinct booleans cannot be
    assert without["operation_id"] == "createSwitches"
    assert "[True, False, True] has non-unique elements" in without["reason"]
    openapi = json.loads((b.out / "openapi.json").read_text())
    body = openapi["paths"]["/batches"]["post"]["requestBody"]["content"]["application/json"]
    sent = _calls(b)["batches.create"]
    assert not _errors(b, body["schema"], sent), sent
    # one optional property in turn tells the objects apart, never the readOnly one
    assert sent["lines"] == [
        {"kind": "line"},
        {"kind": "line", "flag": True},
        {"kind": "line", "qty": 1},
    ]
    assert sent["shares"] == [0.0, 1.0, 0.5, 0.25]
    assert sent["steps"] == [0.0, 0.25, 0.5]
    assert sent["groups"] == [[], [1], [2]]
    _passes_its_own_tests(b)


def test_array_path_parameters_are_tested_with_the_url_text_of_their_style(
    built: Callable[[str], Built],
) -> None:
    b = built("op-path-arrays")
    assert _report(b)["without_tests"] == []
    data = example_data(b.result.api)
    paths = {}
    for op_id in ("getSimple", "getLabel", "getMatrix"):
        case = _case(data, op_id)
        assert case is not None
        paths[op_id] = case.expected_path
    assert paths == {
        "getSimple": "/simple/1,1/red,blue",
        "getLabel": "/label/.1,1/.my-more",
        "getMatrix": "/matrix/;ids=1,2/;more=2024-01-02;more=2024-01-03",
    }
    openapi = json.loads((b.out / "openapi.json").read_text())
    calls = _calls(b)
    for path, item in openapi["paths"].items():
        for p in item["get"]["parameters"]:
            value = calls[path.split("/")[1] + ".get"][p["name"]]
            assert not _errors(b, p["schema"], value), (path, p["name"], value)
    # and the client writes what the tests expect, by the same values
    client = b.client()
    client.simple.get(ids=[1, 1], more=["red", "blue"])
    client.label.get(ids=[1, 1], more=["my-more"])
    client.matrix.get(ids=[1, 2], more=[date(2024, 1, 2), date(2024, 1, 3)])
    assert [r.url.raw_path.decode() for r in b.seen] == list(paths.values())
    _passes_its_own_tests(b)


def test_examples_breaking_uri_hostname_and_the_other_checked_formats_are_replaced(
    built: Callable[[str], Built],
) -> None:
    b = built("op-uri-hostname-examples")
    report = _report(b)
    assert report["without_tests"] == []
    base = "/paths/~1sites/get/parameters"
    found = {w["where"]: w["message"] for w in report["warnings"]}
    told = {
        0: "'::not a uri' is not a 'uri'",
        1: "is not a 'uri-reference'",
        2: "'bad host!' is not a 'hostname'",
        3: "'-bad-.example' is not a 'idn-hostname'",
        4: "'no-slash' is not a 'json-pointer'",
        5: "'(unclosed' is not a 'regex'",
        6: "'1 day' is not a 'duration'",
    }
    assert found.keys() == {f"{base}/{i}/example" for i in told}
    for i, message in told.items():
        assert message in found[f"{base}/{i}/example"]
    openapi = json.loads((b.out / "openapi.json").read_text())
    call = _calls(b)["sites.list"]
    for p in openapi["paths"]["/sites"]["get"]["parameters"]:
        assert not _errors(b, p["schema"], call[p["name"]]), (p["name"], call[p["name"]])
    assert call["home"] == "https://acme.test/home"  # valid: as given
    assert call["site"] == "https://example.com" and call["host"] == "example.com"
    _passes_its_own_tests(b)


def _case(data: ExampleData, operation_id: str) -> OpTest | None:
    (found,) = (d.case for d in data.operations.values() if d.op.operation_id == operation_id)
    return found
