"""Against a real HTTP server on 127.0.0.1: timeouts, resets, slow answers, refused connections.

The server answers each request with the next scripted action; it runs in a thread, each
connection has a socket timeout, and the fixture shuts it down, so a test cannot hang.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from rtpkg._runtime import ApiConnectionError, ApiTimeoutError, Call, ResponseSpec

Action = Callable[[BaseHTTPRequestHandler], None]


def respond(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None, delay: float = 0.0
) -> Action:
    def act(handler: BaseHTTPRequestHandler) -> None:
        if delay:
            time.sleep(delay)
        payload = json.dumps({} if body is None else body).encode()
        handler.send_response(status)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    return act


def reset(handler: BaseHTTPRequestHandler) -> None:
    """Abort the connection with a TCP reset, no answer."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


class Server:
    def __init__(self) -> None:
        self.script: list[Action] = []
        self.seen: list[tuple[str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5  # a stuck connection ends by itself

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server.lock:
                    server.seen.append((self.command, dict(self.headers), body))
                    n = len(server.seen)
                    action = server.script[min(n, len(server.script)) - 1]
                try:
                    action(self)
                except OSError:
                    pass  # the client gave up first (a timeout test)

            do_GET = do_POST = do_PUT = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}
        )
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


@pytest.fixture
def real(make: Callable[..., Any]) -> Callable[..., Any]:
    """`real(base_url, **config)`: a harness whose core opens real connections."""
    return lambda base_url, **kw: make(None, base_url=base_url, **kw)


OK = {"200": ResponseSpec(None, "json")}


def get() -> Call[Any]:
    return Call(method="GET", path="/invoices", operation_id="list", responses=OK)


def post() -> Call[Any]:
    return Call(method="POST", path="/invoices", operation_id="create", json={"n": 1}, responses=OK)


def test_429_with_retry_after_is_waited_for_then_retried(server: Server, real, waits) -> None:
    server.script = [
        respond(429, {"error": "TooManyRequestsError"}, {"Retry-After": "2"}),
        respond(200, {"ok": 1}),
    ]
    result = real(server.url).request(post())
    assert result.data == {"ok": 1}
    assert waits == [2.0]
    assert len(server.seen) == 2


def test_retry_wait_really_sleeps(server: Server, real, monkeypatch) -> None:
    import asyncio

    from rtpkg._runtime import client as client_module

    monkeypatch.setattr(client_module, "_sleep", time.sleep)
    monkeypatch.setattr(client_module, "_async_sleep", asyncio.sleep)
    server.script = [respond(503, headers={"retry-after-ms": "200"}), respond(200)]
    started = time.monotonic()
    result = real(server.url).request(get())
    assert time.monotonic() - started >= 0.2
    assert result.retries_taken == 1


def test_slow_answer_within_the_timeout_is_read(server: Server, real) -> None:
    server.script = [respond(200, {"late": True}, delay=0.2)]
    assert real(server.url, timeout=3.0).request(get()).data == {"late": True}


def test_get_timing_out_is_retried(server: Server, real) -> None:
    server.script = [respond(200, {"n": 1}, delay=1.0), respond(200, {"n": 2})]
    result = real(server.url, timeout=0.3).request(get())
    assert result.data == {"n": 2}
    assert result.retries_taken == 1


def test_post_timing_out_is_not_repeated(server: Server, real) -> None:
    server.script = [respond(200, delay=1.0)]
    with pytest.raises(ApiTimeoutError) as info:
        real(server.url, timeout=0.3).request(post())
    assert len(server.seen) == 1
    assert "POST" in str(info.value) and server.url in str(info.value)


def test_per_call_timeout(server: Server, real) -> None:
    server.script = [respond(200, delay=1.0)]
    with pytest.raises(ApiTimeoutError):
        real(server.url, timeout=30.0).request(get(), {"timeout": 0.3, "max_retries": 0})


def test_connection_reset_get_is_retried(server: Server, real) -> None:
    server.script = [reset, respond(200, {"ok": True})]
    result = real(server.url).request(get())
    assert result.data == {"ok": True}
    assert len(server.seen) == 2


def test_connection_reset_post_is_not_repeated(server: Server, real) -> None:
    server.script = [reset]
    with pytest.raises(ApiConnectionError) as info:
        real(server.url).request(post())
    assert not isinstance(info.value, ApiTimeoutError)
    assert len(server.seen) == 1


def test_connection_reset_post_with_idempotency_key_is_repeated_with_the_same_key(
    server: Server, real
) -> None:
    server.script = [reset, respond(500), respond(201)]
    result = real(server.url, idempotency_header="Idempotency-Key").request(post())
    assert result.status_code == 201
    keys = {headers["Idempotency-Key"] for _, headers, _ in server.seen}
    assert len(server.seen) == 3 and len(keys) == 1
    assert all(body == b'{"n":1}' for _, _, body in server.seen)


def test_refused_connection_post_is_retried_then_raised(real, caplog) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    caplog.set_level(logging.DEBUG, logger="rtpkg")
    with pytest.raises(ApiConnectionError) as info:
        real(f"http://127.0.0.1:{port}").request(post())
    attempts = [r for r in caplog.records if r.getMessage().startswith("request POST")]
    assert len(attempts) == 3
    assert "could not connect" in str(info.value)
    assert "after 2 retries" in str(info.value)


def test_an_open_file_sent_as_the_body_is_sent_whole_again_on_a_retry(
    server: Server, real, waits, tmp_path
) -> None:
    """A raw body given as an open binary file is read to its end by the first attempt: the
    retry sends it whole again, not an empty body."""
    path = tmp_path / "invoice.pdf"
    path.write_bytes(b"%PDF-1.7 invoice")
    server.script = [respond(503), respond(200, {"ok": 1})]
    with path.open("rb") as upload:
        call = Call(
            method="PUT",
            path="/invoices/1/attachment",
            operation_id="upload",
            content=upload,
            content_type="application/pdf",
            responses=OK,
            idempotency_header="Idempotency-Key",
        )
        result = real(server.url).request(call)
    assert result.data == {"ok": 1}
    assert [body for _, _, body in server.seen] == [b"%PDF-1.7 invoice"] * 2
