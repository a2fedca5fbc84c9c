"""Defaults their schemas reject, where openapi-spec-validator does not look (a request body,
a response header, a map's values, beside a `$ref`): left out with a warning each, so that
no model carries a default its own annotation contradicts (`data/op-body-defaults.yaml`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from codegen.pipeline import generate_document
from codegen.write import write_tree

DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent
BODY = "/paths/~1jobs/post/requestBody/content/application~1json/schema/properties"


def test_rejected_defaults_are_left_out_and_the_package_type_checks(tmp_path: Path) -> None:
    result = generate_document(DATA / "op-body-defaults.yaml", "body_defaults")
    report = json.loads(result.files["codegen-report.json"])
    warned = {w["where"]: w["message"] for w in report["warnings"]}
    assert warned[f"{BODY}/start_at/default"] == (
        "the default \"nope\" does not fit its schema ('nope' is not a 'date-time'): left out"
    )
    assert warned[f"{BODY}/priority/default"] == (
        "the default \"urgent\" does not fit its schema ('urgent' is not one of ['low', 'high'])"
        ": left out"
    )
    assert f"{BODY}/labels/additionalProperties/default" in warned
    assert "/paths/~1jobs/post/responses/200/headers/X-Rate-Limit/schema/default" in warned
    assert not any(w.startswith(f"{BODY}/retries") for w in warned)  # 3 fits: kept

    models = result.files["src/body_defaults/models.py"]
    assert '"nope"' not in models and '"urgent"' not in models
    assert "= 3" in models  # the default that fits

    write_tree(result.files, tmp_path / "pkg")
    checked = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "src"],
        cwd=tmp_path / "pkg",
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
