"""Errors of the Coperniq API. Generated from the OpenAPI document; do not edit."""

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
    """Server error (HTTP 5xx)."""

    status = "5XX"


class BadRequestError(ClientStatusError):
    """Bad Request Error (HTTP 400)."""

    status = "400"


class AuthenticationError(ClientStatusError):
    """Unauthorized Error (HTTP 401)."""

    status = "401"


class PermissionDeniedError(ClientStatusError):
    """The credentials do not allow this (HTTP 403)."""

    status = "403"


class NotFoundError(ClientStatusError):
    """Not found (HTTP 404)."""

    status = "404"


class ConflictError(ClientStatusError):
    """Conflict with the current state of the resource (HTTP 409)."""

    status = "409"


class UnprocessableEntityError(ClientStatusError):
    """The request was understood but its content is invalid (HTTP 422)."""

    status = "422"


class RateLimitError(ClientStatusError):
    """Too many requests: rate limited (HTTP 429)."""

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
