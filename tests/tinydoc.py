"""A minimal OpenAPI document for tests that generate from tiny inputs."""

from __future__ import annotations

from typing import Any


def openapi(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    """A minimal valid OpenAPI 3.1 document around the given paths."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "servers": [{"url": "https://api.tiny.test"}],
        "paths": paths,
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc
