"""Server URLs ending in `/`, and the relative OAuth2 token URLs resolved against them.

`data/op-server-trailing-slash.yaml`: the environments keep the document's URL as written, a
relative token URL is resolved against the server in use by RFC 3986 (`oauth/token` against
`.../v1/` is `.../v1/oauth/token`), and operation paths join it with one `/`. Driven sync and
async, through `httpx.MockTransport` for the documented hosts and through a real HTTP server
on 127.0.0.1 for a `base_url` the caller gives.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from test_wire_values import Built, built, run_package_tests

__all__ = ["built"]  # the fixture

STEM = "op-server-trailing-slash"
CREDENTIALS = {
    "client_id": "i1",
    "client_secret": "s1",
    "client_id2": "i2",
    "client_id2secret": "s2",
    "client_id3": "i3",
    "client_id3secret": "s3",
}
TOKEN = {"access_token": "t", "token_type": "Bearer", "expires_in": 3600}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=TOKEN if request.method == "POST" else {"id": 1})


RESOURCES = ("things", "others", "elsewhere")  # one per token URL: relative, `../`, absolute
METHOD = {"things": "list", "others": "list", "elsewhere": "get"}


def _sync(b: Built, transport: httpx.BaseTransport | None, *names: str, **kw: Any) -> None:
    http = httpx.Client(transport=transport) if transport is not None else None
    with b.pkg.Client(max_retries=0, http_client=http, **CREDENTIALS, **kw) as client:
        for name in names:
            assert getattr(getattr(client, name), METHOD[name])().id == 1


def _async(b: Built, transport: httpx.AsyncBaseTransport | None, *names: str, **kw: Any) -> None:
    async def run() -> None:
        http = httpx.AsyncClient(transport=transport) if transport is not None else None
        async with b.pkg.AsyncClient(max_retries=0, http_client=http, **CREDENTIALS, **kw) as c:
            for name in names:
                assert (await getattr(getattr(c, name), METHOD[name])()).id == 1

    asyncio.run(run())


def _seen_through_mock(b: Built, sync: bool, **kw: Any) -> list[str]:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url}")
        return _answer(request)

    if sync:
        _sync(b, httpx.MockTransport(handle), *RESOURCES, **kw)
    else:
        _async(b, httpx.MockTransport(handle), *RESOURCES, **kw)
    return seen


def test_the_environments_keep_the_server_url_as_written(built: Callable[[str], Built]) -> None:
    env = built(STEM).pkg.Environment
    assert [e.value for e in env] == [
        "https://api.slash.test/v1/",
        "https://eu.slash.test/api/v2/",  # the variable's default filled in
    ]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("environment", "server", "up"),
    [
        ("PRODUCTION", "https://api.slash.test/v1/", "https://api.slash.test/token"),
        ("REGIONAL", "https://eu.slash.test/api/v2/", "https://eu.slash.test/api/token"),
    ],
)
def test_a_relative_token_url_is_resolved_against_the_environment_by_rfc_3986(
    built: Callable[[str], Built], sync: bool, environment: str, server: str, up: str
) -> None:
    b = built(STEM)
    seen = _seen_through_mock(b, sync, environment=b.pkg.Environment[environment])
    assert seen == [
        f"POST {server}oauth/token",
        f"GET {server}things",
        f"POST {up}",  # `../token`: one folder up
        f"GET {server}others",
        "POST https://auth.slash.test/token",  # an absolute token URL as it is
        f"GET {server}elsewhere",
    ]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 answering a POST with a token and a GET with `{"id": 1}`; yields
    its origin and the list of `METHOD path` it received."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        timeout = 5

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append(f"{self.command} {self.path}")
            payload = json.dumps(TOKEN if self.command == "POST" else {"id": 1}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = _serve

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("path", "token", "up"),
    [
        ("/api/v1/", "/api/v1/oauth/token", "/api/token"),
        # without the slash, `v1` is a file name that the relative reference replaces
        ("/api/v1", "/api/oauth/token", "/token"),
    ],
)
def test_a_base_url_is_taken_as_given_for_tokens_and_joined_with_one_slash_for_paths(
    built: Callable[[str], Built],
    server: tuple[str, list[str]],
    sync: bool,
    path: str,
    token: str,
    up: str,
) -> None:
    b = built(STEM)
    origin, seen = server
    seen.clear()
    # the absolute token URL's host is not this server: its operation is left out here
    (_sync if sync else _async)(b, None, "things", "others", base_url=origin + path)
    assert seen == [f"POST {token}", "GET /api/v1/things", f"POST {up}", "GET /api/v1/others"]


def test_the_generated_tests_answer_the_token_at_the_resolved_url(
    built: Callable[[str], Built],
) -> None:
    b = built(STEM)
    source = (b.out / "tests" / "test_things.py").read_text(encoding="utf-8")
    assert '"https://eu.slash.test/api/v2/oauth/token"' in source  # the README's server
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
