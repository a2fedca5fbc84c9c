"""Resources: one class per group of operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from .tools import AsyncToolsResource, ToolsResource

__all__ = [
    "AsyncToolsResource",
    "ToolsResource",
]
