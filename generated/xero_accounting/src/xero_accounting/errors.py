"""Errors of the Xero Accounting API. Generated from the OpenAPI document; do not edit."""

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
]


class BadRequestError(ClientStatusError):
    """Validation Error - some data was incorrect returns response of type Error (HTTP 400).

    `body` is parsed as Error when it matches.
    """

    status = "400"


ERRORS: dict[str, type[ApiStatusError]] = {
    "400": BadRequestError,
}
