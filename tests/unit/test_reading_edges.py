"""Reading a document's file: a byte order mark before JSON, a YAML alias inside the value its
anchor names, and YAML values tagged as what they cannot be or what JSON has not."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.assemble.overlay import load_overlay
from codegen.errors import InputError
from codegen.sources import read_document
from codegen.yamlload import load_yaml

_DOC = '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}%s}'


def _read(tmp_path: Path, name: str, data: bytes) -> object:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path, "openapi", label=name)


def test_json_after_a_byte_order_mark_is_read_as_json(tmp_path: Path) -> None:
    piece = _read(tmp_path, "bom.json", b"\xef\xbb\xbf" + (_DOC % "").encode())
    assert piece.openapi["info"]["title"] == "T"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (', "x-n": NaN', "no JSON value"),  # JSON's rules, not YAML's (which read a string)
        (', "x-a": [1, 2,]', "invalid JSON"),
        (', "paths": {}', "the key 'paths' again"),
    ],
)
def test_bad_json_after_a_byte_order_mark_is_told_as_json(
    tmp_path: Path, extra: str, message: str
) -> None:
    with pytest.raises(InputError, match=message) as raised:
        _read(tmp_path, "bom.json", b"\xef\xbb\xbf" + (_DOC % extra).encode())
    assert raised.value.problems[0].file == "bom.json"
    assert "YAML" not in raised.value.problems[0].message


def test_an_overlay_after_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fix.overlay.json"
    action = b'{"target": "$.info", "update": {"title": "U"}}'
    path.write_bytes(b'\xef\xbb\xbf{"overlay": "1.0.0", "info": {"title": "o", "version": "1"},'
                     b' "actions": [' + action + b"]}")  # fmt: skip
    assert load_overlay(path, "fix.overlay.json")["actions"][0]["update"] == {"title": "U"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            (
                "components:\n  schemas:\n    Loop: &loop\n      type: object\n"
                "      properties:\n        me: *loop\n"
            ),
            "/components/schemas/Loop/properties/me",
        ),
        ("x-list: &l\n  - 1\n  - *l\n", "/x-list/1"),
    ],
)
def test_a_yaml_alias_inside_the_value_it_names_is_bad_input_at_its_place(
    tmp_path: Path, text: str, where: str
) -> None:
    doc = 'openapi: "3.1.0"\ninfo: {title: T, version: "1"}\npaths: {}\n' + text
    with pytest.raises(InputError, match="holds it") as raised:
        _read(tmp_path, "loop.yaml", doc.encode())
    (problem,) = raised.value.problems
    assert (problem.file, problem.where) == ("loop.yaml", where)


def test_a_yaml_alias_repeated_beside_its_anchor_is_copied(tmp_path: Path) -> None:
    doc = (
        'openapi: "3.1.0"\ninfo: {title: T, version: "1"}\npaths: {}\n'
        "components:\n  schemas:\n    A: &a {type: string}\n    B: *a\n    C: {items: [*a, *a]}\n"
    )
    piece = _read(tmp_path, "alias.yaml", doc.encode())
    schemas = piece.openapi["components"]["schemas"]  # type: ignore[attr-defined]
    assert schemas["A"] == schemas["B"] == {"type": "string"}
    assert schemas["A"] is not schemas["B"]
    assert schemas["C"]["items"][0] is not schemas["C"]["items"][1]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("!!float ''", "'' cannot be read as a number"),
        ("!!float 'abc'", "'abc' cannot be read as a number"),
        ("!!int ''", "'' cannot be read as an integer"),
        ("!!bool ''", "'' cannot be read as true or false"),
        ("!!binary aGVsbG8=", "a !!binary value: JSON has no bytes"),
        ("!!set {x, y}", "a !!set value: JSON has no sets"),
    ],
)
def test_a_yaml_value_tagged_as_what_it_cannot_be_is_bad_input_at_its_line(
    value: str, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        load_yaml(f"a: 1\nb: {value}\n", "doc.yaml")
    (problem,) = raised.value.problems
    assert (problem.file, problem.where) == ("doc.yaml", "line 2, column 4")
    assert problem.message == f"invalid YAML: {message}"


def test_yaml_values_tagged_as_what_they_are_are_read() -> None:
    text = "a: !!float '1.5'\nb: !!int '12'\nc: !!bool 'true'\nd: !!str 7\n"
    assert load_yaml(text, "doc.yaml")[0] == {"a": 1.5, "b": 12, "c": True, "d": "7"}
