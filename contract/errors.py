"""The errors of a contract run that are not findings about a request: setup problems."""

from __future__ import annotations


class ContractError(Exception):
    """A generated package or its document cannot be run (a message says which and why)."""


class PrismError(ContractError):
    """Prism is missing, did not start in time, or exited early."""
