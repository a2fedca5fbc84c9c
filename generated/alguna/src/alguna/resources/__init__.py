"""Resources: one class per group of operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from .invoices import AsyncInvoicesResource, InvoicesResource

__all__ = [
    "AsyncInvoicesResource",
    "InvoicesResource",
]
