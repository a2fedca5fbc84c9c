"""Errors of the Alguna API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from ._runtime.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ClientStatusError,
    ServerStatusError,
)

__all__ = [
    "ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "ClientStatusError",
    "ServerStatusError",
]


ERRORS: dict[str, type[ApiStatusError]] = {}
