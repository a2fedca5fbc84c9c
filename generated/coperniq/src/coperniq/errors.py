"""Errors of the Coperniq API. Generated from the OpenAPI document; do not edit."""

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
    "BadRequestError",
    "ClientStatusError",
    "ServerStatusError",
    "UnauthorizedError",
]


class BadRequestError(ClientStatusError):
    """Bad Request Error (HTTP 400)."""

    status = "400"


class UnauthorizedError(ClientStatusError):
    """Unauthorized Error (HTTP 401)."""

    status = "401"


ERRORS: dict[str, type[ApiStatusError]] = {
    "400": BadRequestError,
    "401": UnauthorizedError,
}
