"""OpenAPI Overlay 1.0: update, remove, and an action that matches nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.assemble.overlay import apply_overlay, load_overlay
from codegen.errors import InputError


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "summary": "old",
                    "tags": ["x"],
                    "parameters": [
                        {"name": "keep", "in": "query"},
                        {"name": "internal", "in": "header"},
                        {"name": "debug", "in": "header"},
                    ],
                    "responses": {"200": {"description": "OK"}},
                }
            },
            "/internal": {"get": {"responses": {"200": {"description": "OK"}}}},
        },
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_deeply_and_replaces_leaves() -> None:
    doc = apply_overlay(
        _doc(),
        _overlay(
            {
                "target": "$.paths['/a'].get",
                "update": {"summary": "new", "responses": {"200": {"x-note": 1}}},
            }
        ),
        "o.yaml",
    )
    op = doc["paths"]["/a"]["get"]
    assert op["summary"] == "new"
    assert op["responses"]["200"] == {"description": "OK", "x-note": 1}


def test_update_of_an_array_appends() -> None:
    doc = apply_overlay(
        _doc(), _overlay({"target": "$.paths['/a'].get.tags", "update": "y"}), "o.yaml"
    )
    assert doc["paths"]["/a"]["get"]["tags"] == ["x", "y"]


def test_update_applies_to_every_match_of_a_filter() -> None:
    doc = apply_overlay(
        _doc(),
        _overlay(
            {
                "target": "$.paths.*.get.parameters[?(@.in == 'header')]",
                "update": {"required": False},
            }
        ),
        "o.yaml",
    )
    params = doc["paths"]["/a"]["get"]["parameters"]
    assert [p.get("required") for p in params] == [None, False, False]


def test_remove_keys_and_list_items() -> None:
    doc = apply_overlay(
        _doc(),
        _overlay(
            {"target": "$.paths['/internal']", "remove": True},
            {"target": "$.paths['/a'].get.parameters[?(@.in == 'header')]", "remove": True},
        ),
        "o.yaml",
    )
    assert list(doc["paths"]) == ["/a"]
    assert [p["name"] for p in doc["paths"]["/a"]["get"]["parameters"]] == ["keep"]


def test_actions_apply_in_order() -> None:
    doc = apply_overlay(
        _doc(),
        _overlay(
            {"target": "$.paths['/a'].get.summary", "remove": True},
            {"target": "$.paths['/a'].get", "update": {"summary": "again"}},
        ),
        "o.yaml",
    )
    assert doc["paths"]["/a"]["get"]["summary"] == "again"


def test_an_action_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(InputError) as err:
        apply_overlay(
            _doc(),
            _overlay(
                {"target": "$.paths['/a'].get", "update": {"summary": "fine"}},
                {"target": "$.paths['/gone'].get", "update": {"summary": "lost"}},
            ),
            "specs/p/overlay.yaml",
        )
    problem = err.value.problems[0]
    assert (problem.file, problem.where) == ("specs/p/overlay.yaml", "/actions/1")
    assert "matches nothing" in problem.message


def test_an_invalid_jsonpath_is_an_error() -> None:
    with pytest.raises(InputError) as err:
        apply_overlay(_doc(), _overlay({"target": "$.paths[", "remove": True}), "o.yaml")
    assert "invalid JSONPath" in err.value.problems[0].message


def test_load_overlay_yaml_and_shape_checks(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - {target: $.info, update: {title: New}}\n"
    )
    doc = apply_overlay(_doc(), load_overlay(good, "good.yaml"), "good.yaml")
    assert doc["info"]["title"] == "New"

    bad = tmp_path / "bad.json"
    bad.write_text('{"overlay": "1.0.0", "actions": [{"target": "$.info"}]}')
    with pytest.raises(InputError) as err:
        load_overlay(bad, "bad.json")
    assert err.value.problems[0].where == "/actions/0"
    assert "neither `update` nor `remove: true`" in err.value.problems[0].message

    not_overlay = tmp_path / "x.yaml"
    not_overlay.write_text("openapi: 3.1.0\n")
    with pytest.raises(InputError, match="not an OpenAPI Overlay"):
        load_overlay(not_overlay, "x.yaml")
