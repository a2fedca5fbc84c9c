"""The sync and async cores the generated clients delegate every call to.

Both are thin loops around `Exchange` (build, apply credentials, send, decide): all the
decisions live there, so the two behave alike. A core is safe to share across threads (sync)
or tasks (async): it holds no per-call state, and httpx's clients are safe to share.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias, TypeVar

import httpx

from .config import ClientConfig, make_timeout
from .options import RequestOptions
from .redact import install_httpx_log_filter
from .response import ApiResponse, AsyncStreamedResponse, StreamDetails, StreamedResponse
from .retries import Retry

if TYPE_CHECKING:
    from .call import Call
    from .exchange import Exchange

__all__ = ["AsyncCore", "SyncCore"]

T = TypeVar("T")
R = TypeVar("R")

# What a response comes to once the exchange has decided on it: the data alone (`send`) or
# the whole response (`request`); retries and errors are decided alike.
_Finish: TypeAlias = "Callable[[Exchange[T], httpx.Response], R | Retry]"

# Looked up at each wait, so that tests can make the waits instant.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here: a client that is only made, or only used synchronously, needs none

    await asyncio.sleep(seconds)


@functools.cache
def _exchange() -> type[Exchange[Any]]:
    # Imported with the first call: building requests and parsing answers need pydantic,
    # which importing the package and making a client should not load.
    from .exchange import Exchange

    return Exchange


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
        self._given = http_client
        self._lock = threading.Lock()

    @cached_property
    def http_client(self) -> httpx.Client:
        """The given client, or one of its own made at the first request."""
        # Made late: its TLS context (loading the system's certificates) costs about 0.1 s,
        # which a client that is only built, or only given a transport, should not pay.
        with self._lock:  # one client even when several threads send the first request
            client: httpx.Client | None = self.__dict__.get("http_client")
            if client is None:
                client = self._given or httpx.Client(
                    timeout=make_timeout(self.config.timeout), follow_redirects=False
                )
                self.__dict__["http_client"] = client
            return client

    def send(self, call: Call[T], options: RequestOptions | None = None) -> T:
        """Send a call as `request` does; its parsed data (what a resource method returns)."""
        data: _Finish[T, T] = _exchange().on_data
        return self._run(call, options, data)

    def request(self, call: Call[T], options: RequestOptions | None = None) -> ApiResponse[T]:
        """Send a call, retrying as its method and the answers allow; the parsed response."""
        whole: _Finish[T, ApiResponse[T]] = _exchange().on_response
        return self._run(call, options, whole)

    def _run(self, call: Call[T], options: RequestOptions | None, finish: _Finish[T, R]) -> R:
        exchange = _exchange()(self.config, call, options, self.logger, self._redactor)
        client = self.http_client
        while True:
            request: httpx.Request | None = None
            step: R | Retry
            try:
                request = exchange.build(client)
                for auth in exchange.auths:
                    auth.apply(request, client)
                exchange.ready(request)
                response = client.send(request)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                step = finish(exchange, response)
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
        exchange = _exchange()(self.config, call, options, self.logger, self._redactor)
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
        if self._given is None and "http_client" in self.__dict__:
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
        self._given = http_client

    @cached_property
    def http_client(self) -> httpx.AsyncClient:
        """The given client, or one of its own made at the first request (see `SyncCore`)."""
        return self._given or httpx.AsyncClient(
            timeout=make_timeout(self.config.timeout), follow_redirects=False
        )

    async def send(self, call: Call[T], options: RequestOptions | None = None) -> T:
        """Send a call as `request` does; its parsed data (what a resource method returns)."""
        data: _Finish[T, T] = _exchange().on_data
        return await self._run(call, options, data)

    async def request(self, call: Call[T], options: RequestOptions | None = None) -> ApiResponse[T]:
        """Send a call, retrying as its method and the answers allow; the parsed response."""
        whole: _Finish[T, ApiResponse[T]] = _exchange().on_response
        return await self._run(call, options, whole)

    async def _run(self, call: Call[T], options: RequestOptions | None, finish: _Finish[T, R]) -> R:
        exchange = _exchange()(self.config, call, options, self.logger, self._redactor)
        client = self.http_client
        while True:
            request: httpx.Request | None = None
            step: R | Retry
            try:
                request = exchange.build(client)
                for auth in exchange.auths:
                    await auth.apply_async(request, client)
                exchange.ready(request)
                response = await client.send(request)
            except httpx.TransportError as exc:
                step = exchange.on_error(exc, request)
            else:
                step = finish(exchange, response)
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
        exchange = _exchange()(self.config, call, options, self.logger, self._redactor)
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
        if self._given is None and "http_client" in self.__dict__:
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
