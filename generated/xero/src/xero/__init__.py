"""Typed client for the Xero Accounting API. Generated from the OpenAPI document; do not edit."""

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
    "Client",
    "ClientStatusError",
    "Contact",
    "ContactGroup",
    "ContactPerson",
    "Environment",
    "Invoice",
    "LineItem",
    "NotGiven",
    "Phone",
    "RateLimit",
    "RequestOptions",
    "ServerStatusError",
    "UpdateOrCreateInvoicesRequest",
    "UpdateOrCreateInvoicesResponse",
]
