"""The assembly's walk over a document: every object once per place, children first, and the
trail of each spelling the same path as a plain recursive walk builds."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen.assemble.lint import lint_piece
from codegen.assemble.repair import repair_document
from codegen.assemble.walk import DATA_KEYS, NAME_MAPS, iter_objects, path_of, path_tail
from codegen.manifest import shape_for
from codegen.sources import read_document
from codegen.sources.base import Hints, Piece

ROOT = Path(__file__).resolve().parents[2]


def _plain_walk(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[Any, Any]]:
    """The walk as the module's docstring states it, recursive and path-copying."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _plain_walk(item, (*path, i))
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in DATA_KEYS or key.startswith("x-"):
                continue
            if key in NAME_MAPS and isinstance(value, dict):
                for name, child in value.items():
                    yield from _plain_walk(child, (*path, key, name))
            else:
                yield from _plain_walk(value, (*path, key))
        yield path, node


def _walked(doc: Any) -> list[tuple[Any, int]]:
    return [(path_of(trail), id(node)) for trail, node in iter_objects(doc)]


def _expected(doc: Any) -> list[tuple[Any, int]]:
    return [(path, id(node)) for path, node in _plain_walk(doc)]


def test_an_object_under_a_list_under_a_name_map_is_met_after_its_children() -> None:
    schema = {"type": "string", "example": {"nullable": True}}
    parameter = {"name": "id", "in": "query", "schema": schema}
    operation = {"parameters": [parameter], "x-extra": {"type": "object"}}
    doc = {"paths": {"/a": {"get": operation}}}
    walked = _walked(doc)
    assert walked == _expected(doc)
    assert walked == [
        (("paths", "/a", "get", "parameters", 0, "schema"), id(schema)),
        (("paths", "/a", "get", "parameters", 0), id(parameter)),
        (("paths", "/a", "get"), id(operation)),
        (("paths", "/a"), id(doc["paths"]["/a"])),
        ((), id(doc)),
    ]


def test_names_that_are_keywords_are_walked_and_data_is_not() -> None:
    named = {"type": "integer"}
    doc = {
        "type": "object",
        "properties": {"default": named, "x-name": {"type": "string"}, "enum": {"items": []}},
        "default": {"properties": {"a": {}}},
        "enum": [{"type": "object"}],
        "x-codegen": {"properties": {}},
        "allOf": [[{"type": "null"}], "text", 3, None],
    }
    walked = _walked(doc)
    assert walked == _expected(doc)
    assert (("properties", "default"), id(named)) in walked
    assert (("allOf", 0, 0), id(doc["allOf"][0][0])) in walked
    assert len(walked) == 5  # three properties, the list in a list, the root


def test_an_object_met_twice_is_yielded_at_each_place() -> None:
    shared = {"type": "string"}
    doc = {"components": {"schemas": {"A": shared, "B": {"items": shared}}}}
    walked = _walked(doc)
    assert walked == _expected(doc)
    assert [path for path, node in walked if node == id(shared)] == [
        ("components", "schemas", "A"),
        ("components", "schemas", "B", "items"),
    ]


def _random_value(rng: random.Random, depth: int) -> Any:
    keys = [*DATA_KEYS, *NAME_MAPS, "x-a", "items", "schema", "allOf", "type", "get", "/p"]
    roll = rng.random()
    if depth > 5 or roll < 0.3:
        return rng.choice(["s", 1, 2.5, True, None])
    if roll < 0.5:
        return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(keys): _random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def test_the_walk_agrees_with_a_plain_recursive_walk_on_random_documents() -> None:
    rng = random.Random(20261130)
    for _ in range(500):
        doc = _random_value(rng, 0)
        assert _walked(doc) == _expected(doc)
        for trail, _node in iter_objects(doc):
            assert path_tail(trail, 3) == path_of(trail)[-3:]


def test_the_walk_agrees_with_a_plain_recursive_walk_on_a_provider_document() -> None:
    path = ROOT / "specs" / "xero_accounting" / "xero-accounting.yaml"
    doc = read_document(path, shape_for(path), Hints(), label=path.name).openapi
    walked = _walked(doc)
    assert len(walked) > 1000
    assert walked == _expected(doc)


def test_warnings_name_the_place_of_a_schema_under_a_list_under_a_name_map() -> None:
    parameter = {"name": "limit", "in": "query", "schema": {"type": "integer", "default": "a"}}
    doc = {"openapi": "3.0.3", "paths": {"/a/{b}": {"get": {"parameters": [parameter]}}}}
    linted = lint_piece(Piece(file="api.yaml", openapi=doc))
    assert [w.where for w in linted] == ["/paths/~1a~1{b}/get/parameters/0/schema/default"]
    assert "`/paths/~1a~1{b}/get/parameters/0/schema` is declared" in linted[0].message
    repaired = repair_document(doc, lambda where: "api.yaml")
    assert [w.where for w in repaired] == ["/paths/~1a~1{b}/get/parameters/0/schema/default"]
    assert "the parameter `limit` is declared `type: integer`" in repaired[0].message
