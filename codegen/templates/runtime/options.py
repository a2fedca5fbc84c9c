"""Options a caller can give any single call, on top of the client's configuration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

import httpx

__all__ = ["OPTION_NAMES", "RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Per-call options; each one overrides the client's setting for this call only.

    `extra_headers` win over every header the client sets (including credentials);
    `extra_query` replaces query parameters of the same name; `idempotency_key` is sent
    (in the client's idempotency header, `Idempotency-Key` if it has none) on the first
    attempt and every retry, and makes the call safe to retry.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    timeout: float | httpx.Timeout
    max_retries: int
    idempotency_key: str


OPTION_NAMES: frozenset[str] = RequestOptions.__optional_keys__
