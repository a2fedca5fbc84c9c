"""Streamed calls: the success comes unread and is read in chunks; errors and retries as usual."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from rtpkg._runtime import (
    AsyncCore,
    AsyncStreamedResponse,
    BaseModel,
    Call,
    ClientConfig,
    ClientStatusError,
    ResponseSpec,
    ResponseValidationError,
    StreamedResponse,
    SyncCore,
)

CHUNK = b"%PDF" * 256  # 1 KiB


class Problem(BaseModel):
    code: str


def pdf_call(**kw: Any) -> Call[bytes]:
    values: dict[str, Any] = {
        "method": "GET",
        "path": "/invoices/{id}/pdf",
        "operation_id": "getInvoicePdf",
        "path_params": {"id": "inv_1"},
        "responses": {"200": ResponseSpec(bytes, "binary", "application/pdf")},
        "error_bodies": {"404": Problem},
    }
    values.update(kw)
    return Call(**values)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records how much of it was consumed, and whether it was closed."""

    def __init__(self, chunks: int) -> None:
        self.chunks = chunks
        self.sent = 0
        self.closed = False

    def _next(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            self.sent += 1
            yield CHUNK

    def __iter__(self) -> Iterator[bytes]:
        yield from self._next()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._next():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Handler = Callable[[httpx.Request], httpx.Response]


def config(strict: bool = False) -> ClientConfig:
    return ClientConfig(
        base_url="https://api.example.test/v1",
        auth={},
        errors={},
        logger_name="rt",
        strict_response_validation=strict,
    )


def run(
    mode: str,
    handler: Handler,
    call: Call[Any],
    use: Callable[[Any], Any],
    *,
    strict: bool = False,
) -> Any:
    """Stream `call` through a sync or async core and give the response to `use` (sync)
    or to `use` awaited where it returns an awaitable (async)."""
    transport = httpx.MockTransport(handler)
    if mode == "sync":
        core = SyncCore(config(strict), httpx.Client(transport=transport))
        with core, core.stream(call) as response:
            assert isinstance(response, StreamedResponse)
            return use(response)

    async def main() -> Any:
        core = AsyncCore(config(strict), httpx.AsyncClient(transport=transport))
        async with core, core.stream(call) as response:
            assert isinstance(response, AsyncStreamedResponse)
            result = use(response)
            return await result if asyncio.iscoroutine(result) else result

    return asyncio.run(main())


def first_chunk(response: Any) -> Any:
    if isinstance(response, StreamedResponse):
        return next(response.iter_bytes())

    async def first() -> bytes:
        async for chunk in response.iter_bytes():
            return chunk
        return b""

    return first()


def whole(response: Any) -> Any:
    if isinstance(response, StreamedResponse):
        return b"".join(response.iter_bytes())

    async def read_all() -> bytes:
        return b"".join([chunk async for chunk in response.iter_bytes()])

    return read_all()


def test_the_body_is_read_as_the_caller_iterates_and_released_after(mode: str) -> None:
    body = Body(chunks=100)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, headers={"Content-Type": "application/pdf", "X-Request-Id": "r1"}, stream=body
        )

    def use(response: Any) -> Any:
        assert (response.status_code, response.request_id) == (200, "r1")
        assert response.headers["content-type"] == "application/pdf"
        return first_chunk(response)

    assert run(mode, handler, pdf_call(), use) == CHUNK
    assert body.sent < body.chunks  # nothing was read ahead of the caller
    assert body.closed
    assert seen[0].headers["accept"] == "application/pdf"


def test_whole_body_and_parse(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Body(chunks=3))

    assert run(mode, handler, pdf_call(), whole) == CHUNK * 3
    assert run(mode, handler, pdf_call(), lambda r: r.parse()) == CHUNK * 3


def test_parse_reads_the_documented_type_and_reports_a_mismatch(mode: str) -> None:
    call = pdf_call(responses={"200": ResponseSpec(Problem, "json")})

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"code": "ok"})

    assert run(mode, handler, call, lambda r: r.parse()) == Problem(code="ok")

    def wrong(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"other": 1})

    kept = run(mode, wrong, call, lambda r: r.parse())
    assert type(kept) is Problem and kept.code is None and kept.model_extra == {"other": 1}
    with pytest.raises(ResponseValidationError, match="does not match"):
        run(mode, wrong, call, lambda r: r.parse(), strict=True)


def test_an_error_is_raised_with_its_parsed_body_before_the_block(mode: str) -> None:
    entered: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"code": "no_such_invoice"})

    with pytest.raises(ClientStatusError) as caught:
        run(mode, handler, pdf_call(), entered.append)
    assert caught.value.status_code == 404
    assert caught.value.body == Problem(code="no_such_invoice")
    assert entered == []


def test_a_failed_attempt_is_retried_before_streaming(mode: str, waits: list[float]) -> None:
    bodies: list[Body] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if not bodies:
            bodies.append(Body(chunks=1))
            return httpx.Response(503, stream=bodies[0])
        bodies.append(Body(chunks=2))
        return httpx.Response(200, stream=bodies[-1])

    assert run(mode, handler, pdf_call(), whole) == CHUNK * 2
    assert len(bodies) == 2 and len(waits) == 1
    assert all(b.closed for b in bodies)


def test_a_redirect_is_followed_before_streaming(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/pdf"):
            return httpx.Response(302, headers={"Location": "/v1/files/inv_1.pdf"})
        return httpx.Response(200, content=b"%PDF-moved")

    assert run(mode, handler, pdf_call(), whole) == b"%PDF-moved"


def test_an_error_inside_the_block_still_releases_the_connection(mode: str) -> None:
    body = Body(chunks=10)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body)

    def fail(response: Any) -> Any:
        raise KeyError("caller's own error")

    with pytest.raises(KeyError):
        run(mode, handler, pdf_call(), fail)
    assert body.closed and body.sent == 0
