"""What a call returns: the typed result next to the raw HTTP response it was read from."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx

__all__ = [
    "REQUEST_ID_HEADERS",
    "ApiResponse",
    "AsyncStreamedResponse",
    "RateLimit",
    "StreamDetails",
    "StreamedResponse",
    "request_id",
]

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


def request_id(headers: Mapping[str, str]) -> str | None:
    """The first request id header found in a response, if any (`headers` is an
    `httpx.Headers`, or a dict by lower-case name)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit state a response reports.

    When a provider reports several windows (per minute and per day), this is the one with
    the fewest requests left, and `windows` holds each of them by name (the manifest's
    names, such as `minute` and `day`, or the one a header family carries; `default` for
    one without). `reset` is in seconds from when the response was read; `raw` holds every
    rate-limit header as received (lower-case names).
    """

    limit: int | None
    remaining: int | None
    reset: float | None
    raw: Mapping[str, str] = field(default_factory=dict)
    windows: Mapping[str, RateLimit] = field(default_factory=dict)


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


@dataclass(frozen=True)
class StreamDetails(Generic[T]):
    """What the client knows of a streamed success before its body is read.

    `parse` turns the response, once read, into the documented type.
    """

    request_id: str | None
    rate_limit: RateLimit | None
    retries_taken: int
    elapsed: float
    parse: Callable[[httpx.Response], T]


class _Streamed(Generic[T]):
    def __init__(self, http_response: httpx.Response, details: StreamDetails[T]) -> None:
        self.http_response = http_response
        self.status_code = http_response.status_code
        self.headers = http_response.headers
        self.request_id = details.request_id
        self.rate_limit = details.rate_limit
        self.retries_taken = details.retries_taken
        self.elapsed = details.elapsed  # until the headers came
        self._parse = details.parse

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"request_id={self.request_id!r}, retries_taken={self.retries_taken})"
        )


class StreamedResponse(_Streamed[T]):
    """A successful response whose body is read as the caller iterates over it.

    Given by `with_streaming_response` inside a `with` block, which closes the connection
    when it ends: a large download never has to fit in memory.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, decompressed."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body in chunks, decoded with the response's charset."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body line by line."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def parse(self) -> T:
        """The whole body as the operation's documented type (what the plain method returns)."""
        self.read()
        return self._parse(self.http_response)


class AsyncStreamedResponse(_Streamed[T]):
    """`StreamedResponse` for the async client: iterate with `async for`, await `read()`."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, decompressed."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body in chunks, decoded with the response's charset."""
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line."""
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    async def parse(self) -> T:
        """The whole body as the operation's documented type (what the plain method returns)."""
        await self.read()
        return self._parse(self.http_response)
