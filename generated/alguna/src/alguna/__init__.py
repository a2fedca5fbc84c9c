"""Typed client for the Alguna API. Generated from the OpenAPI document; do not edit."""

from ._client import AsyncClient, Client, Environment
from ._runtime import ApiResponse, RateLimit, RequestOptions
from ._runtime.given import NOT_GIVEN, NotGiven
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientStatusError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    OAuth2TokenError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerStatusError,
    UnprocessableEntityError,
)
from .models import (
    CreateInvoiceLineItemRequest,
    CreateInvoiceLineItemResponse,
    LineItem,
)

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "ApiConnectionError",
    "ApiError",
    "ApiResponse",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientStatusError",
    "ConflictError",
    "CreateInvoiceLineItemRequest",
    "CreateInvoiceLineItemResponse",
    "Environment",
    "InternalServerError",
    "LineItem",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OAuth2TokenError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "ResponseValidationError",
    "ServerStatusError",
    "UnprocessableEntityError",
]
