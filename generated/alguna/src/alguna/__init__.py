"""Typed client for the Alguna API. Generated from the OpenAPI document; do not edit."""

from ._client import AsyncClient, Client, Environment
from ._runtime import ApiResponse, RateLimit, RequestOptions
from ._runtime.given import NOT_GIVEN, NotGiven
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ClientStatusError,
    ServerStatusError,
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
    "Client",
    "ClientStatusError",
    "CreateInvoiceLineItemRequest",
    "CreateInvoiceLineItemResponse",
    "Environment",
    "LineItem",
    "NotGiven",
    "RateLimit",
    "RequestOptions",
    "ServerStatusError",
]
