"""The rules that classify a change, the version each kind calls for, the changelog that only
grows, and the manifest's package metadata."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from tinydoc import openapi

from codegen.emit.package import changelog_with_entry
from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import PackageInfo
from codegen.manifest import load_manifest
from codegen.release.changes import BREAKING, FEATURE, FIX, Change, next_version
from codegen.release.publish import redact
from codegen.release.wire import wire_changes


@pytest.mark.parametrize(
    ("version", "kind", "expected"),
    [
        ("1.4.2", BREAKING, "2.0.0"),
        ("0.4.2", BREAKING, "0.5.0"),  # while 0.x, breaking is a minor bump
        ("1.4.2", FEATURE, "1.5.0"),
        ("0.4.2", FEATURE, "0.5.0"),
        ("1.4.2", FIX, "1.4.3"),
        ("1.4.2", None, "1.4.2"),
        ("2", FIX, "2.0.1"),
    ],
)
def test_next_version(version: str, kind: str | None, expected: str) -> None:
    assert next_version(version, kind) == expected


def _doc() -> dict[str, Any]:
    thing = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "size": {"type": "integer"},
        },
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    return openapi(
        {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"required": True, **body},
                    "responses": {"200": {"description": "ok", **body}},
                }
            }
        },
        {"Thing": thing},
    )


def _thing(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["Thing"]  # type: ignore[no-any-return]


def _kinds(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    return {f"{c.where}: {c.what}": c.kind for c in wire_changes(old, new)}


def test_a_schema_in_a_request_and_a_response_is_judged_per_direction() -> None:
    old = _doc()
    new = copy.deepcopy(old)
    _thing(new)["required"].append("size")  # required in both directions now
    _thing(new)["properties"]["kind"]["enum"].append("c")
    assert _kinds(old, new) == {
        "schema Thing (in requests) `size`: became required": BREAKING,
        "schema Thing (in responses) `size`: became required": FEATURE,
        'schema Thing (in requests) `kind`: enum value(s) "c" added': FEATURE,
        'schema Thing (in responses) `kind`: enum value(s) "c" added': FEATURE,
    }
    # the other way round: optional again
    assert _kinds(new, old)["schema Thing (in responses) `size`: became optional"] == BREAKING
    assert _kinds(new, old)["schema Thing (in requests) `size`: became optional"] == FEATURE


def test_a_type_that_only_gained_or_lost_null_is_judged_per_direction() -> None:
    old = _doc()
    new = copy.deepcopy(old)
    _thing(new)["properties"]["size"]["nullable"] = True
    _thing(new)["properties"]["kind"]["enum"].append("c")
    # what a client sends may now also be null: more lenient; what it receives may be null
    assert _kinds(old, new) == {
        "schema Thing (in requests) `size`: type changed from integer to integer | null": FEATURE,
        "schema Thing (in responses) `size`: type changed from integer to integer | null": (
            BREAKING
        ),
        'schema Thing (in requests) `kind`: enum value(s) "c" added': FEATURE,
        'schema Thing (in responses) `kind`: enum value(s) "c" added': FEATURE,
    }
    # the other way round: a client may no longer send null, and never receives it
    assert _kinds(new, old) == {
        "schema Thing (in requests) `size`: type changed from integer | null to integer": (
            BREAKING
        ),
        "schema Thing (in responses) `size`: type changed from integer | null to integer": (
            FEATURE
        ),
        'schema Thing (in requests) `kind`: enum value(s) "c" removed': BREAKING,
        'schema Thing (in responses) `kind`: enum value(s) "c" removed': BREAKING,
    }


def test_servers_security_and_statuses() -> None:
    old = _doc()
    new = copy.deepcopy(old)
    new["servers"].append({"url": "https://eu.tiny.test"})
    new["components"]["securitySchemes"] = {"Key": {"type": "apiKey", "in": "header", "name": "k"}}
    new["paths"]["/things"]["post"]["responses"]["404"] = {"description": "gone"}
    assert _kinds(old, new) == {
        "servers: server https://eu.tiny.test added": FEATURE,
        "security: scheme Key added": FEATURE,
        "POST /things response 404: status added": FEATURE,
    }
    assert _kinds(new, old)["POST /things response 404: status removed"] == BREAKING


def test_response_headers() -> None:
    old = _doc()
    ok = old["paths"]["/things"]["post"]["responses"]["200"]
    ok["headers"] = {
        "X-Kind": {"schema": {"type": "string", "enum": ["read", "write"]}},
        "X-Gone": {"schema": {"type": "integer"}},
    }
    new = copy.deepcopy(old)
    headers = new["paths"]["/things"]["post"]["responses"]["200"]["headers"]
    headers["X-Kind"]["schema"]["enum"].remove("write")
    headers["X-Kind"]["description"] = "What the call was."
    del headers["X-Gone"]
    headers["X-Rate-Limit"] = {"schema": {"type": "integer"}}
    assert _kinds(old, new) == {
        "POST /things response 200 header `X-Gone`: header removed": BREAKING,
        'POST /things response 200 header `X-Kind`: enum value(s) "write" removed': BREAKING,
        "POST /things response 200 header `X-Kind`: description changed": FIX,
        "POST /things response 200 header `X-Rate-Limit`: header added": FEATURE,
    }


def test_recursive_schemas_end() -> None:
    doc = _doc()
    _thing(doc)["properties"]["parent"] = {"$ref": "#/components/schemas/Thing"}
    new = copy.deepcopy(doc)
    _thing(new)["properties"]["size"]["format"] = "int64"
    assert set(_kinds(doc, new).values()) == {BREAKING}


def test_the_changelog_only_grows() -> None:
    api = build_api(_doc(), PackageInfo("tiny", "tiny-client", "1.1.0", "tiny"))
    previous = "# Changelog\n\n## 1.0.0\n\n- Generated from Tiny 1.0.0: 1 operations, 1 models.\n"
    changes = [
        Change(
            FEATURE, "wire", "POST /things request body `note`", "property added, optional", "r1"
        ),
        Change(FIX, "wire", "POST /things", "description changed", "documentation only"),
    ]
    text = changelog_with_entry(api, previous, changes)
    assert text == (
        "# Changelog\n\n## 1.1.0\n\nGenerated from Tiny 1.0.0: 1 operations, 2 models.\n\n"
        "### Features (the API)\n\n- POST /things request body `note`: property added, optional (r1)\n\n"
        "### Fixes (the API)\n\n- POST /things: description changed (documentation only)\n\n"
        + previous.removeprefix("# Changelog\n\n")
    )


def test_a_change_to_a_method_is_listed_once_for_its_twin_classes() -> None:
    api = build_api(_doc(), PackageInfo("tiny", "tiny-client", "2.0.0", "tiny"))
    removed = [
        Change(BREAKING, "python", f"tiny.resources.things.{cls}.get_thing", "removed", "r")
        for cls in (
            "ThingsResource",
            "AsyncThingsResource",
            "ThingsResourceWithRawResponse",
            "AsyncThingsResourceWithRawResponse",
        )
    ]
    lone = Change(BREAKING, "python", "tiny.resources.things.AsyncThingsResource.aget", "gone", "r")
    text = changelog_with_entry(api, None, [*removed, lone])
    assert (
        "- tiny.resources.things.AsyncThingsResource.aget: gone (r)\n"
        "- tiny.resources.things.ThingsResource.get_thing: removed (r); the same in its async "
        "and raw-response classes\n"
    ) in text
    assert "AsyncThingsResource.get_thing" not in text


def test_manifest_metadata_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "manifest.yaml").write_text(
        "package: {name: acme, license: Apache-2.0, keywords: [billing],\n"
        "          authors: [{name: Acme, email: dev@acme.test}], urls: {Homepage: 'https://acme.test'},\n"
        "          pin_version: true}\n"
        "documents: [{path: a.yaml, shape: openapi, source: 'https://acme.test/a.yaml'}]\n"
    )
    m = load_manifest(tmp_path)
    assert (m.license, m.keywords, m.authors, m.urls, m.pin_version) == (
        "Apache-2.0",
        ("billing",),
        (("Acme", "dev@acme.test"),),
        (("Homepage", "https://acme.test"),),
        True,
    )
    assert m.documents[0].source == "https://acme.test/a.yaml"
    (tmp_path / "manifest.yaml").write_text(
        "package: {name: acme, licence: MIT, authors: [{}]}\n"
        "documents: [{path: a.yaml, shape: openapi, source: 'ftp://acme.test/a.yaml'}]\n"
    )
    with pytest.raises(InputError) as caught:
        load_manifest(tmp_path)
    messages = [p.message for p in caught.value.problems]
    assert "unknown key package.licence" in messages
    assert "package.authors[0] needs `name` or `email`" in messages
    assert "documents[0]: source 'ftp://acme.test/a.yaml' is not an http(s) URL" in messages


def test_credentials_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINE_PASSWORD", "hunter2")
    text = "POST https://me:hunter2@index.test/ failed; password hunter2"
    assert redact(text) == "POST https://***@index.test/ failed; password ***"
