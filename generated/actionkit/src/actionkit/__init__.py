"""Typed client for the ActionKit Tools API. Generated from the OpenAPI document; do not edit."""

from importlib import import_module
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    # what type checkers and editors see; at run time `__getattr__` imports these on first use
    from . import models as models
    from . import resources as resources
    from .models import (
        InvoiceStatus,
        InvoiceType,
        LineItem,
        XeroCreateInvoiceRequest,
        XeroCreateInvoiceRequestParameters,
    )

__version__ = "0.2.0"

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
    "Environment",
    "InternalServerError",
    "InvoiceStatus",
    "InvoiceType",
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
    "XeroCreateInvoiceRequest",
    "XeroCreateInvoiceRequestParameters",
]


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        # the models are imported on first use, which keeps importing the package quick
        if name in ("models", "resources"):
            return import_module(f".{name}", __name__)
        if name in __all__:
            value = getattr(import_module(".models", __name__), name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        # what `dir()` and completion in a shell list: the names imported on first use too
        return sorted({*globals(), *__all__, "models", "resources"})
