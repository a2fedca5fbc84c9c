"""Data built from schemas and examples checked against their formats (issue 15, item 15): the
values the generated tests and README send satisfy `uniqueItems` and the common string
formats, and an example breaking its format is reported at its place and replaced."""

from __future__ import annotations

import ast
import base64
import json
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator
from test_wire_values import Built, built, run_package_tests

__all__ = ["built"]  # the fixture, shared with the wire-value tests


def _format_errors(schema: Any, value: Any, openapi: dict[str, Any]) -> list[str]:
    root = {"components": openapi["components"], "allOf": [schema]}
    # jsonschema's own checkers (email, uri, hostname, duration, time with its offset, ...)
    checker = Draft202012Validator.FORMAT_CHECKER
    errors = [
        e.message for e in Draft202012Validator(root, format_checker=checker).iter_errors(value)
    ]
    fmt = schema.get("format") if isinstance(schema, dict) else None
    if fmt == "byte":
        base64.b64decode(value, validate=True)
    return errors


def _calls(b: Built) -> dict[str, dict[str, Any]]:
    """The keyword arguments of each operation's first call in the generated tests, as JSON
    values: `time.fromisoformat("...")` as its text, `Address(line="x")` as an object."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((b.out / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute)
                and node.keywords
            ):
                name = f"{node.func.value.attr}.{node.func.attr}"
                out.setdefault(name, {k.arg or "": _plain(k.value) for k in node.keywords})
    return out


def _plain(node: ast.expr) -> Any:
    if isinstance(node, ast.Call) and node.keywords:
        return {k.arg: _plain(k.value) for k in node.keywords}
    if isinstance(node, ast.Call) and len(node.args) == 1:
        return _plain(node.args[0])
    if isinstance(node, ast.List):
        return [_plain(e) for e in node.elts]
    return ast.literal_eval(node)


def _report(b: Built) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((b.out / "codegen-report.json").read_text())
    return report


def test_samples_satisfy_unique_items_and_the_common_string_formats(
    built: Callable[[str], Built],
) -> None:
    b = built("op-sample-formats")
    openapi = json.loads((b.out / "openapi.json").read_text())
    (without,) = _report(b)["without_tests"]  # only the array no data can satisfy
    assert without["operation_id"] == "createGroup"
    assert "sizes: ['s', 'm', 's'] has non-unique elements" in without["reason"]
    call = _calls(b)["contacts.create"]
    contact = openapi["components"]["schemas"]["Contact"]
    assert call.keys() == {"labels", "kinds", *contact["required"]}
    for name in contact["required"]:
        schema = contact["properties"][name]
        assert not _format_errors(schema, call[name], openapi), (name, call[name])
    assert call["email"] == "user@example.com" and call["opens"] == "03:04:05Z"
    assert call["tags"] == ["a", "b"] and call["scores"] == [1, 2, 3]
    assert call["addresses"] == [{"line": "xxxxxx"}, {"line": "xxxxx1"}]
    assert call["flags"] == [True, False] and len(set(call["ids"])) == 2
    params = openapi["paths"]["/contacts"]["post"]["parameters"]
    for p in params:
        assert not _format_errors(p["schema"], call[p["name"]], openapi), p["name"]
    assert call["labels"] == ["my-labels", "my-labels-2"]
    assert call["kinds"] == ["person", "company"]
    readme = (b.out / "README.md").read_text()
    assert 'tags=[ContactTag("a"), ContactTag("b")],' in readme
    assert 'email="user@example.com",' in readme
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_examples_breaking_their_format_are_reported_at_their_place_and_replaced(
    built: Callable[[str], Built],
) -> None:
    b = built("op-format-examples")
    openapi = json.loads((b.out / "openapi.json").read_text())
    warnings = _report(b)["warnings"]
    base = "/paths/~1hosts~1{addr}/put"
    found = {w["where"]: w["message"] for w in warnings if w["where"].startswith(base + "/")}
    told = {
        0: "'300.1.2.3' is not a 'ipv4'",
        1: "'2001:db8::g' is not a 'ipv6'",
        2: "'09:30:00' is not a 'time'",
        3: "'nobody' is not a 'email'",
        4: "3000000000 is not a 'int32'",
        5: "9223372036854775808 is not a 'int64'",
        6: "'not base64!' is not a 'byte'",
    }
    assert found.keys() == {f"{base}/parameters/{i}/example" for i in told}
    for i, message in told.items():
        assert message in found[f"{base}/parameters/{i}/example"]
    bodies = [w["message"] for w in warnings if w["where"] == base]
    assert len(bodies) == 2  # the request example and the response example
    request = next(m for m in bodies if "request example" in m)
    for message in ("'nobody' is not a 'email'", "'09:30:00' is not a 'time'", "not a 'int32'"):
        assert message in request
    assert "'ops' is not a 'email'" in next(m for m in bodies if "response example" in m)
    assert not [w for w in warnings if w["where"].startswith("/paths/~1hosts/post")]
    calls = _calls(b)
    put = calls["hosts.put"]
    operation = openapi["paths"]["/hosts/{addr}"]["put"]
    for p in operation["parameters"]:
        name = p["name"].lower().replace("-", "_")
        assert not _format_errors(p["schema"], put[name], openapi), (name, put[name])
    assert (put["cc"], put["span"]) == ("ann@example.com", -2147483648)  # valid: as given
    host = openapi["components"]["schemas"]["Host"]
    sent = {k: put[k] for k in host["properties"]}
    assert not _format_errors(host, sent, openapi), sent
    assert calls["hosts.create"] == {  # a valid example is used as given
        "contact": "ops@example.com",
        "port": 2147483647,
        "opens": "09:30:00Z",
        "key": "c2VjcmV0",
    }
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
