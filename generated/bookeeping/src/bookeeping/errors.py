"""Errors of the Bookeeping.ai API. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from ._runtime.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ClientStatusError,
    MissingCredentialsError,
    OAuth2TokenError,
    ResponseValidationError,
    ServerStatusError,
)

__all__ = [
    "ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientStatusError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "OAuth2TokenError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerStatusError",
    "UnprocessableEntityError",
]


class InternalServerError(ServerStatusError):
    """Server error (HTTP 5xx).

    `body` is parsed as CreateInvoiceInternalServerErrorBody when it matches.
    """

    status = "5XX"


class BadRequestError(ClientStatusError):
    """Bad Request - Invalid input parameters (HTTP 400).

    `body` is parsed as CreateInvoiceBadRequestErrorBody when it matches.
    """

    status = "400"


class AuthenticationError(ClientStatusError):
    """Unauthorized - Invalid or missing API key (HTTP 401).

    `body` is parsed as CreateInvoiceAuthenticationErrorBody when it matches.
    """

    status = "401"


class PermissionDeniedError(ClientStatusError):
    """The credentials do not allow this (HTTP 403)."""

    status = "403"


class NotFoundError(ClientStatusError):
    """Not found (HTTP 404)."""

    status = "404"


class ConflictError(ClientStatusError):
    """Conflict - Resource already exists (HTTP 409).

    `body` is parsed as CreateInvoiceConflictErrorBody when it matches.
    """

    status = "409"


class UnprocessableEntityError(ClientStatusError):
    """The request was understood but its content is invalid (HTTP 422)."""

    status = "422"


class RateLimitError(ClientStatusError):
    """Too Many Requests - Rate limit exceeded. Either daily or minutely limit exceeded. If you have any questions, please contact support@bookeeping.ai. (HTTP 429).

    `body` is parsed as CreateInvoiceRateLimitErrorBody when it matches.
    """

    status = "429"


ERRORS: dict[str, type[ApiStatusError]] = {
    "5XX": InternalServerError,
    "400": BadRequestError,
    "401": AuthenticationError,
    "403": PermissionDeniedError,
    "404": NotFoundError,
    "409": ConflictError,
    "422": UnprocessableEntityError,
    "429": RateLimitError,
}
