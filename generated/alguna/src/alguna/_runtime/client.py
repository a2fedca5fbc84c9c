"""The sync and async cores the generated clients delegate every call to.

Both are thin loops around `Exchange` (build, apply credentials, send, decide): all the
decisions live there, so the two behave alike. A core is safe to share across threads (sync)
or tasks (async): it holds no per-call state, and httpx's clients are safe to share.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self, TypeVar

import httpx

from .auth import Auth
from .call import Call
from .errors import ApiStatusError
from .exchange import Exchange, Retry, make_timeout
from .options import RequestOptions
from .ratelimit import RateLimitHeaders
from .redact import Redactor, install_httpx_log_filter
from .response import ApiResponse, AsyncStreamedResponse, StreamDetails, StreamedResponse

__all__ = ["AsyncCore", "ClientConfig", "SyncCore"]

T = TypeVar("T")

# Looked up at each wait, so that tests can make the waits instant.
_sleep = time.sleep
_async_sleep = asyncio.sleep


@dataclass(frozen=True)
class ClientConfig:
    """Everything a core needs to know about the API and the user's settings.

    `auth` maps security scheme keys to the credentials the user supplied (schemes without
    credentials are absent); `auth_env` maps them to the environment variable that can
    supply them, for the message when they are missing. `errors` maps statuses (`"429"`,
    `"4XX"`) to the generated error classes. `rate_limit_headers` names the provider's own
    rate-limit headers, per window. `strict_response_validation` makes a response that
    deviates from its documented type raise `ResponseValidationError`; by default the values
    received are kept where they deviate and a warning is logged.
    """

    base_url: str
    auth: Mapping[str, Auth]
    errors: Mapping[str, type[ApiStatusError]]
    logger_name: str
    timeout: float | httpx.Timeout = 60.0
    max_retries: int = 2
    default_headers: Mapping[str, str] = field(default_factory=dict)
    idempotency_header: str | None = None
    user_agent: str = ""
    auth_env: Mapping[str, str] = field(default_factory=dict)
    rate_limit_headers: RateLimitHeaders = field(default_factory=dict)
    strict_response_validation: bool = False

    def __post_init__(self) -> None:
        url = httpx.URL(self.base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {self.base_url!r}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def redactor(self) -> Redactor:
        """What to mask for this client: its credentials' names and values."""
        headers: set[str] = set()
        query: set[str] = set()
        values: list[str] = []
        for auth in self.auth.values():
            sensitive = auth.sensitive()
            headers |= sensitive.headers
            query |= sensitive.query
            values.extend(sensitive.values)
        return Redactor(frozenset(headers), frozenset(query)).with_values(values)

    def __repr__(self) -> str:
        shown = self.redactor().header_items(self.default_headers)
        return (
            f"ClientConfig(base_url={self.redactor().url(self.base_url)!r}, "
            f"auth={dict(sorted(self.auth.items()))!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, default_headers={shown!r}, "
            f"idempotency_header={self.idempotency_header!r}, "
            f"strict_response_validation={self.strict_response_validation!r})"
        )


class _Core:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self.logger = logging.getLogger(config.logger_name)
        self._redactor = config.redactor()
        # httpx logs each URL itself: an API key in the query must be masked there too.
        install_httpx_log_filter(self._redactor.query)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"


class SyncCore(_Core):
    """Sends calls with an `httpx.Client` (the given one, or its own)."""

    def __init__(self, config: ClientConfig, http_client: httpx.Client | None = None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client)!r}")
        super().__init__(config)
        self._owns_client = http_client is None
        self.http_client = http_client or httpx.Client(
            timeout=make_timeout(config.timeout), follow_redirects=False
        )

    def request(self, call: Call[T], options: RequestOptions | None = None) -> ApiResponse[T]:
        """Send a call, retrying as its method and the answers allow; the parsed response."""
        exchange = Exchange(self.config, call, options, self.logger, self._redactor)
        while True:
            request: httpx.Request | None = None
            step: ApiResponse[T] | Retry
            try:
                request = exchange.build(self.http_client)
                for auth in exchange.auths:
                    auth.apply(request, self.http_client)
                exchange.ready(request)
                response = self.http_client.send(request)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                step = exchange.on_response(response)
            if not isinstance(step, Retry):
                return step
            if step.wait > 0:
                _sleep(step.wait)

    @contextlib.contextmanager
    def stream(
        self, call: Call[T], options: RequestOptions | None = None
    ) -> Iterator[StreamedResponse[T]]:
        """Send a call as `request` does; the success comes with its body not yet read.

        Retries, redirects and errors are dealt with first (their bodies are read); the
        connection is released when the `with` block ends.
        """
        exchange = Exchange(self.config, call, options, self.logger, self._redactor)
        while True:
            request: httpx.Request | None = None
            step: StreamDetails[T] | Retry
            try:
                request = exchange.build(self.http_client)
                for auth in exchange.auths:
                    auth.apply(request, self.http_client)
                exchange.ready(request)
                response = self.http_client.send(request, stream=True)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                try:
                    if not exchange.streams(response):
                        response.read()
                        response.close()
                    step = exchange.on_stream(response)
                except httpx.TransportError as exc:
                    response.close()
                    step = exchange.on_error(exc, request)
                except BaseException:
                    response.close()
                    raise
                if not isinstance(step, Retry):
                    try:
                        yield StreamedResponse(response, step)
                    finally:
                        response.close()
                    return
                response.close()
            if step.wait > 0:
                _sleep(step.wait)

    def close(self) -> None:
        """Close the connections, if this core opened them."""
        if self._owns_client:
            self.http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCore(_Core):
    """Sends calls with an `httpx.AsyncClient` (the given one, or its own)."""

    def __init__(self, config: ClientConfig, http_client: httpx.AsyncClient | None = None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client)!r}")
        super().__init__(config)
        self._owns_client = http_client is None
        self.http_client = http_client or httpx.AsyncClient(
            timeout=make_timeout(config.timeout), follow_redirects=False
        )

    async def request(self, call: Call[T], options: RequestOptions | None = None) -> ApiResponse[T]:
        """Send a call, retrying as its method and the answers allow; the parsed response."""
        exchange = Exchange(self.config, call, options, self.logger, self._redactor)
        while True:
            request: httpx.Request | None = None
            step: ApiResponse[T] | Retry
            try:
                request = exchange.build(self.http_client)
                for auth in exchange.auths:
                    await auth.apply_async(request, self.http_client)
                exchange.ready(request)
                response = await self.http_client.send(request)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                step = exchange.on_response(response)
            if not isinstance(step, Retry):
                return step
            if step.wait > 0:
                await _async_sleep(step.wait)

    @contextlib.asynccontextmanager
    async def stream(
        self, call: Call[T], options: RequestOptions | None = None
    ) -> AsyncIterator[AsyncStreamedResponse[T]]:
        """Send a call as `request` does; the success comes with its body not yet read.

        Retries, redirects and errors are dealt with first (their bodies are read); the
        connection is released when the `async with` block ends.
        """
        exchange = Exchange(self.config, call, options, self.logger, self._redactor)
        while True:
            request: httpx.Request | None = None
            step: StreamDetails[T] | Retry
            try:
                request = exchange.build(self.http_client)
                for auth in exchange.auths:
                    await auth.apply_async(request, self.http_client)
                exchange.ready(request)
                response = await self.http_client.send(request, stream=True)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                try:
                    if not exchange.streams(response):
                        await response.aread()
                        await response.aclose()
                    step = exchange.on_stream(response)
                except httpx.TransportError as exc:
                    await response.aclose()
                    step = exchange.on_error(exc, request)
                except BaseException:
                    await response.aclose()
                    raise
                if not isinstance(step, Retry):
                    try:
                        yield AsyncStreamedResponse(response, step)
                    finally:
                        await response.aclose()
                    return
                await response.aclose()
            if step.wait > 0:
                await _async_sleep(step.wait)

    async def close(self) -> None:
        """Close the connections, if this core opened them."""
        if self._owns_client:
            await self.http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
