"""Media types: what kind of body a content type carries, and which one the client uses."""

from __future__ import annotations

from typing import Any

from codegen.ir.model import BodyKind


def content_kind(ct: str) -> BodyKind:
    base = ct.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base == "*/*" or base == "text/json":
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


def pick_content(content: dict[str, Any]) -> tuple[str, BodyKind]:
    """The content type the client uses, and its kind: JSON first, plain `application/json`
    first among JSON, then the document's order."""
    ranked = sorted(
        content,
        key=lambda ct: (
            ["json", "form", "multipart", "text", "binary"].index(content_kind(ct)),
            "*" in ct,  # a concrete type before a range
            ct.split(";")[0].strip().lower() != "application/json",
        ),
    )
    return ranked[0], content_kind(ranked[0])
