"""Errors of the Bookeeping.ai API. Generated from the OpenAPI document; do not edit."""

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
    "ConflictError",
    "InternalServerError",
    "RateLimitError",
    "ServerStatusError",
    "UnauthorizedError",
]


class BadRequestError(ClientStatusError):
    """Bad Request - Invalid input parameters (HTTP 400).

    `body` is parsed as CreateInvoiceBadRequestErrorBody when it matches.
    """

    status = "400"


class UnauthorizedError(ClientStatusError):
    """Unauthorized - Invalid or missing API key (HTTP 401).

    `body` is parsed as CreateInvoiceUnauthorizedErrorBody when it matches.
    """

    status = "401"


class ConflictError(ClientStatusError):
    """Conflict - Resource already exists (HTTP 409).

    `body` is parsed as CreateInvoiceConflictErrorBody when it matches.
    """

    status = "409"


class RateLimitError(ClientStatusError):
    """Too Many Requests - Rate limit exceeded. Either daily or minutely limit exceeded. If you have any questions, please contact support@bookeeping.ai. (HTTP 429).

    `body` is parsed as CreateInvoiceRateLimitErrorBody when it matches.
    """

    status = "429"


class InternalServerError(ServerStatusError):
    """Internal Server Error (HTTP 500).

    `body` is parsed as CreateInvoiceInternalServerErrorBody when it matches.
    """

    status = "500"


ERRORS: dict[str, type[ApiStatusError]] = {
    "400": BadRequestError,
    "401": UnauthorizedError,
    "409": ConflictError,
    "429": RateLimitError,
    "500": InternalServerError,
}
