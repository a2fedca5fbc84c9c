"""Names keep their spelling across regenerations: an unrelated edit to Bookeeping's
document (a new operation, listed first, whose inline objects are also called `discount`
and `lineItems`) renames nothing that existed."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.ir.stable import NAMES_FILE
from codegen.lock import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]

NEW_OPERATION = """\
  /v1/credit-notes:
    post:
      tags:
        - Invoices
      summary: Create a credit note
      operationId: createCreditNote
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [amount]
              properties:
                amount: {type: number}
                discount:
                  type: object
                  properties:
                    percent: {type: number}
                lineItems:
                  type: array
                  items:
                    type: object
                    properties:
                      sku: {type: string}
      responses:
        '200':
          description: The credit note.
          content:
            application/json:
              schema:
                type: object
                properties:
                  data:
                    type: object
                    properties:
                      discount:
                        type: object
                        properties:
                          percent: {type: number}
                      status: {type: string, enum: [OPEN, APPLIED]}
"""


def _names(package: Path) -> dict[str, dict[str, str]]:
    return json.loads((package / NAMES_FILE).read_text())  # type: ignore[no-any-return]


def test_an_unrelated_edit_renames_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(ROOT / "specs" / "bookeeping", specs / "bookeeping")
    shutil.copytree(ROOT / "generated" / "bookeeping", generated / "bookeeping")
    where = ["--specs", str(specs), "--generated", str(generated)]
    before = _names(generated / "bookeeping")

    doc = specs / "bookeeping" / "create-invoice.md"
    text = doc.read_text()
    assert text.count("\npaths:\n") == 1
    doc.write_text(text.replace("\npaths:\n", "\npaths:\n" + NEW_OPERATION))

    # without the record of the last names, this edit moves names to the new operation's objects
    assert main(["generate", *where[:2], "--generated", str(tmp_path / "fresh")]) == 0
    fresh = _names(tmp_path / "fresh" / "bookeeping")
    moved = {p for p, n in before["models"].items() if fresh["models"].get(p) != n}
    assert moved, "the edit must be one that would rename without the record"

    capsys.readouterr()
    assert main(["diff", *where, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)["providers"][0]
    assert report["bump"] == "feature"
    assert [c for c in report["changes"] if c["kind"] == "breaking"] == []

    assert main(["generate", *where]) == 0
    after = _names(generated / "bookeeping")
    for part in ("models", "methods"):
        kept = {place: after[part].get(place) for place in before[part]}
        assert kept == before[part], part
    assert after["methods"]["POST /v1/credit-notes"].startswith("invoices.")
    # the new operation's own objects got names of their own
    assert len(set(after["models"].values())) == len(after["models"])
    assert main(["check", *where]) == 0


def test_a_rename_is_reported_as_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(ROOT / "specs" / "bookeeping", specs / "bookeeping")
    shutil.copytree(ROOT / "generated" / "bookeeping", generated / "bookeeping")
    where = ["--specs", str(specs), "--generated", str(generated)]
    # names recorded under older naming rules, one of them spelt as those rules did
    record = generated / "bookeeping" / NAMES_FILE
    names = _names(generated / "bookeeping")
    place = "/paths/~1v1~1invoices/post/requestBody"
    assert names["models"][place] == "CreateInvoiceRequest"
    names["models"][place] = "InvoiceCreateBody"
    names["naming_rules"] = names["naming_rules"] - 1  # type: ignore[operator]
    record.write_text(json.dumps(names, indent=2) + "\n")
    # as that older generation wrote it: its lock file records the record's hash
    lock_file = generated / "bookeeping" / LOCK_NAME
    lock = json.loads(lock_file.read_text())
    lock["files"][NAMES_FILE] = hashlib.sha256(record.read_bytes()).hexdigest()
    lock_file.write_text(json.dumps(lock, indent=2) + "\n")

    capsys.readouterr()
    assert main(["diff", *where, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)["providers"][0]
    assert report["bump"] == "breaking"
    assert {
        "kind": "breaking",
        "level": "python",
        "where": place,
        "what": "model InvoiceCreateBody renamed to CreateInvoiceRequest",
        "rule": "a renamed model is breaking (naming rules changed)",
    } in report["changes"]
