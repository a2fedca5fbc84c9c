"""From a provider's changed page to the next release: `fetch` from a real HTTP server on
127.0.0.1 (conditional requests), `diff` (classification) and `generate` (version, changelog),
one edit at a time, each with exactly the classification it warrants."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from provider import Publisher, document, serve, write_provider

from codegen.cli import main

Doc = dict[str, Any]


def _schemas(doc: Doc) -> Doc:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def _add_optional(doc: Doc) -> None:
    _schemas(doc)["NewInvoice"]["properties"]["reference"] = {"type": "string"}


def _add_required(doc: Doc) -> None:
    _schemas(doc)["NewInvoice"]["properties"]["currency"] = {"type": "string"}
    _schemas(doc)["NewInvoice"]["required"].append("currency")


def _remove_property(doc: Doc) -> None:
    del _schemas(doc)["Invoice"]["properties"]["amount"]


def _change_type(doc: Doc) -> None:
    _schemas(doc)["NewInvoice"]["properties"]["amount"] = {"type": "string", "format": "decimal"}


def _add_enum_value(doc: Doc) -> None:
    _schemas(doc)["Invoice"]["properties"]["status"]["enum"].append("void")


def _remove_enum_value(doc: Doc) -> None:
    _schemas(doc)["Invoice"]["properties"]["status"]["enum"].remove("draft")


def _add_operation(doc: Doc) -> None:
    doc["paths"]["/invoices/{id}"] = {
        "get": {
            "operationId": "getInvoice",
            "tags": ["invoices"],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "One invoice.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Invoice"}}
                    },
                }
            },
        }
    }


def _parameter_required(doc: Doc) -> None:
    doc["paths"]["/invoices"]["get"]["parameters"][0]["required"] = True


def _remove_operation(doc: Doc) -> None:
    del doc["paths"]["/invoices"]["get"]


def _describe(doc: Doc) -> None:
    doc["paths"]["/invoices"]["post"]["description"] = "Creates a draft invoice."


# a named schema's changes are told once for each direction it is used in
NEW = "schema NewInvoice (in requests) `{}`"
INVOICE = "schema Invoice (in responses) `{}`"

# edit, its kind, the wire changes it makes (where, what), the version after it
EDITS: list[tuple[Callable[[Doc], None], str, list[tuple[str, str]], str]] = [
    (
        _add_optional,
        "feature",
        [(NEW.format("reference"), "property added, optional")],
        "1.1.0",
    ),
    (
        _add_required,
        "breaking",
        [(NEW.format("currency"), "property added, required")],
        "2.0.0",
    ),
    (
        _remove_property,
        "breaking",
        [(INVOICE.format("amount"), "property removed")],
        "3.0.0",
    ),
    (
        _change_type,
        "breaking",
        [(NEW.format("amount"), "type changed from integer to string (decimal)")],
        "4.0.0",
    ),
    (
        _add_enum_value,
        "feature",
        [(INVOICE.format("status"), 'enum value(s) "void" added')],
        "4.1.0",
    ),
    (
        _remove_enum_value,
        "breaking",
        [(INVOICE.format("status"), 'enum value(s) "draft" removed')],
        "5.0.0",
    ),
    (_add_operation, "feature", [("GET /invoices/{id}", "operation added")], "5.1.0"),
    (
        _parameter_required,
        "breaking",
        [("GET /invoices query parameter `status`", "became required")],
        "6.0.0",
    ),
    (_remove_operation, "breaking", [("GET /invoices", "operation removed")], "7.0.0"),
    (_describe, "fix", [("POST /invoices", "description changed")], "7.0.1"),
]
HEADINGS = {"breaking": "### Breaking changes", "feature": "### Features", "fix": "### Fixes"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(list(argv))
    return status, capsys.readouterr().out


def _version(package: Path) -> str:
    for line in (package / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return json.loads(line.split("=", 1)[1])  # type: ignore[no-any-return]
    raise AssertionError("no version")


def test_fetch_diff_generate_per_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    where = ["--specs", str(specs), "--generated", str(generated)]
    publisher = Publisher()
    doc = document()
    publisher.publish(doc)
    with serve(publisher) as base:
        folder = write_provider(specs, "tiny", f"{base}/openapi.yaml")
        status, out = _run(capsys, "fetch", *where)
        assert status == 0
        assert "tiny/openapi.yaml: changed (new," in out
        assert (folder / "openapi.yaml").read_bytes() == publisher.body  # as published
        status, out = _run(capsys, "fetch", *where)
        assert (status, out.strip()) == (0, "tiny/openapi.yaml: unchanged (not modified)")
        assert publisher.requests[-1]["if-none-match"] == publisher.etag  # conditional request

        assert main(["generate", *where]) == 0
        package = generated / "tiny"
        assert _version(package) == "1.0.0"
        status, out = _run(capsys, "diff", *where, "--format", "json")
        assert json.loads(out)["providers"][0]["changes"] == []

        for edit, kind, expected, version in EDITS:
            edit(doc)
            publisher.publish(doc)
            status, out = _run(capsys, "fetch", *where)
            assert "tiny/openapi.yaml: changed (+" in out, edit.__name__

            status, out = _run(capsys, "diff", *where, "--format", "json")
            report = json.loads(out)["providers"][0]
            wire = [(c["where"], c["what"]) for c in report["changes"] if c["level"] == "wire"]
            assert sorted(wire) == sorted(expected), edit.__name__
            assert {c["kind"] for c in report["changes"] if c["level"] == "wire"} == {kind}
            assert report["bump"] == kind, edit.__name__
            assert report["to"] == version, edit.__name__
            failing = _run(capsys, "diff", *where, "--fail-on", "breaking")[0]
            assert failing == (1 if kind == "breaking" else 0), edit.__name__

            before = (package / "CHANGELOG.md").read_text()
            assert main(["generate", *where]) == 0
            assert _version(package) == version, edit.__name__
            log = (package / "CHANGELOG.md").read_text()
            entry, _, rest = log.removeprefix("# Changelog\n\n").partition("\n## ")
            assert entry.startswith(f"## {version}\n"), edit.__name__
            for at, what in expected:
                assert (
                    f"- {at}: {what} (" in entry.split(f"{HEADINGS[kind]} (the API)")[1]
                ), edit.__name__
            assert other_kinds_absent(entry, kind), edit.__name__
            # older entries are kept byte for byte
            assert "## " + rest == before.removeprefix("# Changelog\n\n"), edit.__name__
            assert f'__version__ = "{version}"' in (package / "src/tiny/__init__.py").read_text()

        # regenerating without a change changes nothing
        status, out = _run(capsys, "diff", *where)
        assert out.strip() == "tiny: no change (tiny-client 7.0.1)"
        assert main(["check", *where]) == 0


def other_kinds_absent(entry: str, kind: str) -> bool:
    """The API part of an entry names only the kind its one wire change is of."""
    return all(f"{h} (the API)" not in entry for k, h in HEADINGS.items() if k != kind)


def test_failed_fetch_keeps_the_old_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = tmp_path / "specs"
    publisher = Publisher()
    publisher.publish(document())
    with serve(publisher) as base:
        folder = write_provider(specs, "tiny", f"{base}/openapi.yaml")
        assert _run(capsys, "fetch", "--specs", str(specs))[0] == 0
        kept = (folder / "openapi.yaml").read_bytes()
        publisher.status = 404
        status, out = _run(capsys, "fetch", "--specs", str(specs))
        assert status == 1
        assert out.strip() == "tiny/openapi.yaml: failed (HTTP 404 Not Found; the old copy kept)"
        assert (folder / "openapi.yaml").read_bytes() == kept
        assert sorted(p.name for p in folder.iterdir()) == [
            "manifest.yaml",
            "openapi.yaml",
            "openapi.yaml.fetched.json",
        ]


def test_a_version_raised_in_the_manifest_is_the_next_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    where = ["--specs", str(specs), "--generated", str(generated)]
    folder = write_provider(specs, "tiny", "https://tiny.test/openapi.yaml")
    (folder / "openapi.yaml").write_text(json.dumps(document()), encoding="utf-8")
    assert main(["generate", *where]) == 0
    package = generated / "tiny"
    first = (package / "CHANGELOG.md").read_text()
    for pinned in (False, True):
        # a hand bump (to a first stable release, say), with nothing else changed
        version = "2.0.0" if pinned else "1.5.0"
        write_provider(specs, "tiny", "https://tiny.test/openapi.yaml", version=version)
        if pinned:
            manifest = folder / "manifest.yaml"
            text = manifest.read_text().replace("  version:", "  pin_version: true\n  version:")
            manifest.write_text(text)
        status, out = _run(capsys, "diff", *where, "--format", "json")
        assert status == 0
        report = json.loads(out)["providers"][0]
        # the version's own spelling in the code is not a change of the package
        assert (report["to"], report["changes"]) == (version, []), pinned
        assert main(["generate", *where]) == 0
        assert _version(package) == version
        log = (package / "CHANGELOG.md").read_text()
        assert log.startswith(f"# Changelog\n\n## {version}\n"), pinned
        assert log.endswith(first.removeprefix("# Changelog\n")), pinned
        assert "### " not in log.partition("\n## ")[2].partition("\n## ")[0], pinned


def test_a_fetch_that_finds_no_change_leaves_the_package_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    where = ["--specs", str(specs), "--generated", str(generated)]
    publisher = Publisher()
    publisher.publish(document())
    with serve(publisher) as base:
        folder = write_provider(specs, "tiny", f"{base}/openapi.yaml")
        (folder / "openapi.yaml").write_bytes(publisher.body)  # saved by hand, as published
        assert main(["generate", *where]) == 0
        assert main(["check", *where]) == 0
        status, out = _run(capsys, "fetch", *where)
        assert (status, out.strip()) == (0, "tiny/openapi.yaml: unchanged (same content)")
        # the validators kept for the next request are a record of the download, not an input
        assert (folder / "openapi.yaml.fetched.json").is_file()
        assert main(["check", *where]) == 0


def test_package_metadata_alone_is_a_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    where = ["--specs", str(specs), "--generated", str(generated)]
    folder = write_provider(specs, "tiny", "https://tiny.test/openapi.yaml")
    (folder / "openapi.yaml").write_text(json.dumps(document()), encoding="utf-8")
    assert main(["generate", *where]) == 0
    manifest = folder / "manifest.yaml"
    # a new licence and home page: the index never replaces a version, so a new one is due
    text = manifest.read_text().replace("MIT", "Apache-2.0").replace("tiny.test/src", "tiny.dev")
    manifest.write_text(text)
    status, out = _run(capsys, "diff", *where, "--format", "json")
    assert status == 0
    report = json.loads(out)["providers"][0]
    assert (report["to"], report["bump"]) == ("1.0.1", "fix")
    assert [(c["kind"], c["what"]) for c in report["changes"]] == [
        ("fix", "package metadata changed: license, urls")
    ]
    assert main(["generate", *where]) == 0
    assert _version(generated / "tiny") == "1.0.1"
    status, out = _run(capsys, "diff", *where)
    assert out.strip() == "tiny: no change (tiny-client 1.0.1)"


def test_a_fetched_document_keeps_the_usual_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = tmp_path / "specs"
    publisher = Publisher()
    publisher.publish(document())
    previous = os.umask(0o022)
    try:
        with serve(publisher) as base:
            folder = write_provider(specs, "tiny", f"{base}/openapi.yaml")
            assert _run(capsys, "fetch", "--specs", str(specs))[0] == 0
            # readable by whoever reads the repository, as any file written there
            assert stat.S_IMODE((folder / "openapi.yaml").stat().st_mode) == 0o644
            assert stat.S_IMODE((folder / "openapi.yaml.fetched.json").stat().st_mode) == 0o644
            (folder / "openapi.yaml").chmod(0o664)  # a mode chosen since is kept
            publisher.publish({**document(), "x-edited": True})
            assert _run(capsys, "fetch", "--specs", str(specs))[0] == 0
            assert stat.S_IMODE((folder / "openapi.yaml").stat().st_mode) == 0o664
    finally:
        os.umask(previous)
