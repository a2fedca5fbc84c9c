"""What a call returns: the typed result next to the raw HTTP response it was read from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx

__all__ = ["REQUEST_ID_HEADERS", "ApiResponse", "RateLimit", "request_id"]

T = TypeVar("T")

# Where providers put the id their support desk asks for, most common first.
REQUEST_ID_HEADERS: tuple[str, ...] = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "correlation-id",
    "x-trace-id",
    "x-cloud-trace-context",
    "cf-ray",
)


def request_id(headers: httpx.Headers) -> str | None:
    """The first request id header found in a response, if any."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit state a response reports.

    When a provider reports several windows (per minute and per day), this is the one with
    the fewest requests left. `reset` is in seconds from when the response was read; `raw`
    holds every rate-limit header as received (lower-case names).
    """

    limit: int | None
    remaining: int | None
    reset: float | None
    raw: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, repr=False)
class ApiResponse(Generic[T]):
    """A parsed result with its raw response; nothing here needs a second request.

    `retries_taken` counts the attempts before the one that answered; `elapsed` is the time
    in seconds of the whole call, retries and waits included.
    """

    data: T
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    content: bytes
    rate_limit: RateLimit | None
    http_response: httpx.Response
    retries_taken: int = 0
    elapsed: float = 0.0

    @property
    def text(self) -> str:
        """The body decoded with the response's charset."""
        return self.http_response.text

    def __repr__(self) -> str:
        # Headers are left out: a response may set cookies.
        return (
            f"ApiResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"retries_taken={self.retries_taken}, data={self.data!r})"
        )
