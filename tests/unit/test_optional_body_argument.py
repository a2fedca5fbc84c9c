"""An optional request body whose schema also takes null is typed `X | None` once: the
method's argument is not `X | None | None`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tinydoc import openapi

from codegen.pipeline import Generated


def test_an_optional_nullable_body_is_none_once(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    body = {"type": ["object", "null"], "properties": {"reason": {"type": "string"}}}
    doc = openapi(
        {
            "/runs": {
                "post": {
                    "operationId": "rerunRun",
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
        {},
    )
    result, _ = generate(doc, "optional_body")
    resource = result.files["src/optional_body/resources/runs.py"]
    arguments = re.findall(r"\bbody: ([^=\n]+)=", resource)
    assert arguments, resource
    for annotation in arguments:
        assert annotation.strip().endswith("| None")
        assert "| None | None" not in annotation
