"""The package's `openapi.json` is written faster than `json.dumps(indent=2)`, to the byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.assemble.indented_json import indented_json

_GENERATED = Path(__file__).resolve().parents[2] / "generated"


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [{}], "d": [[]]},
        {"text": 'é \u2028 \x01 " \\ /', "n": [0, -1, 10**30, 2.5, -0.0, 1e100, 1e-7]},
        [True, False, None, "true", 1, 1.0],
        "alone",
        3,
        # left to the library: a non-string key, a tuple, a number JSON cannot write
        {2: "two", None: "none", True: "yes", 2.5: "half"},
        {"pair": (1, 2)},
        {"infinite": float("inf")},
    ],
)
def test_the_text_is_the_standard_librarys(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False)
    assert indented_json(value, end="\n") == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_real_documents_are_written_as_the_standard_library_writes_them() -> None:
    documents = sorted(_GENERATED.glob("*/openapi.json"))
    assert documents
    for path in documents:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert indented_json(document) == json.dumps(document, indent=2, ensure_ascii=False), path
