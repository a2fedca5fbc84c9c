"""Resources: one class per group of operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .invoices import AsyncInvoicesResource, InvoicesResource

__all__ = [
    "AsyncInvoicesResource",
    "InvoicesResource",
]

# class -> its module, imported on first use: a client loads only the resources it calls
_MODULES: dict[str, str] = {
    "InvoicesResource": "invoices",
    "AsyncInvoicesResource": "invoices",
}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in _MODULES.values():  # a resource's module itself
            return import_module(f".{name}", __name__)
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
