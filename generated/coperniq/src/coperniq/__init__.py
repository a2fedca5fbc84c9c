"""Typed client for the Coperniq API. Generated from the OpenAPI document; do not edit."""

from ._client import AsyncClient, Client, Environment
from ._runtime import ApiResponse, RateLimit, RequestOptions
from ._runtime.given import NOT_GIVEN, NotGiven
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    BadRequestError,
    ClientStatusError,
    ServerStatusError,
    UnauthorizedError,
)
from .models import (
    CalculationMethod,
    CreateInvoiceRequest,
    CreateInvoiceRequestStatus,
    CreateInvoiceResponse,
    CreateInvoiceResponseStatus,
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
    "BadRequestError",
    "CalculationMethod",
    "Client",
    "ClientStatusError",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestStatus",
    "CreateInvoiceResponse",
    "CreateInvoiceResponseStatus",
    "Environment",
    "NotGiven",
    "RateLimit",
    "RequestOptions",
    "ServerStatusError",
    "UnauthorizedError",
]
