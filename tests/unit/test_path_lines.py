"""The line of each path key of a YAML document, counted on from one path to the next."""

from __future__ import annotations

from codegen.sources.openapi import parse


def test_each_path_is_placed_at_its_own_line() -> None:
    text = (
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /a:\n"
        "    get: {responses: {'200': {description: OK}}}\n"
        "\n"
        "  '/b/{id}':\n"
        "    get: {responses: {'200': {description: OK}}}\n"
        "  /c:\n"
        "    get: {responses: {'200': {description: OK}}}\n"
    )
    origins = parse(text, "api.yaml", line_offset=10)[1]
    assert origins["/paths/~1a"] == "line 14"
    assert origins["/paths/~1b~1{id}"] == "line 17"
    assert origins["/paths/~1c"] == "line 19"
    assert origins["/paths"] == "line 13"
