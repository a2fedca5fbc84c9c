"""Typed client for the Xero Accounting API. Generated from the OpenAPI document; do not edit."""

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
    Address,
    Contact,
    ContactGroup,
    ContactPerson,
    Invoice,
    LineItem,
    Phone,
    UpdateOrCreateInvoicesRequest,
    UpdateOrCreateInvoicesResponse,
)

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "Address",
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
    "Contact",
    "ContactGroup",
    "ContactPerson",
    "Environment",
    "InternalServerError",
    "Invoice",
    "LineItem",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OAuth2TokenError",
    "PermissionDeniedError",
    "Phone",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "ResponseValidationError",
    "ServerStatusError",
    "UnprocessableEntityError",
    "UpdateOrCreateInvoicesRequest",
    "UpdateOrCreateInvoicesResponse",
]
