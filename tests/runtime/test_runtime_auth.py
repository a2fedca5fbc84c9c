"""Credentials: how each kind is sent, which one is chosen, and that none of them leaks."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from typing import Any

import httpx
import pytest
from rtpkg._runtime import (
    ApiConnectionError,
    ApiKeyAuth,
    AsyncCore,
    BasicAuth,
    BearerAuth,
    Call,
    ClientConfig,
    ClientStatusError,
    MissingCredentialsError,
    OAuth2AccessToken,
    OAuth2ClientCredentials,
    OAuth2TokenError,
    ResponseSpec,
    Secret,
    SyncCore,
    credential,
)
from rtpkg._runtime import oauth2 as oauth2_module

API_KEY = "sk_live_5ecret_VALUE_1234"
OK = {"200": ResponseSpec(None, "json")}


def call(security: Any = (("ApiKey",),), method: str = "GET") -> Call[Any]:
    return Call(
        method=method,
        path="/invoices",
        operation_id="listInvoices",
        responses=OK,
        security=security,
    )


def capture(status: int = 200, **kw: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, **kw)

    return handler, seen


# -- each kind of credentials ------------------------------------------------------------


def test_bearer_and_plain_oauth2_token(make) -> None:
    handler, seen = capture(json={})
    make(handler, auth={"ApiKey": BearerAuth(API_KEY)}).request(call())
    make(handler, auth={"ApiKey": OAuth2AccessToken(Secret("tok"))}).request(call())
    assert seen[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert seen[1].headers["authorization"] == "Bearer tok"


def test_api_key_in_header_query_and_cookie(make) -> None:
    handler, seen = capture(json={})
    for location in ("header", "query", "cookie"):
        auth = ApiKeyAuth(API_KEY, name="x-api-key", location=location)  # type: ignore[arg-type]
        make(handler, auth={"ApiKey": auth}).request(call())
    assert seen[0].headers["x-api-key"] == API_KEY
    assert seen[1].url.params["x-api-key"] == API_KEY
    assert seen[2].headers["cookie"] == f"x-api-key={API_KEY}"


def test_api_key_cookie_joins_cookie_parameters(make) -> None:
    from rtpkg._runtime import Param

    handler, seen = capture(json={})
    auth = ApiKeyAuth(API_KEY, name="key", location="cookie")
    c = Call(
        method="GET", path="/x", operation_id="x", cookies=[Param("lang", "en")], security=[["K"]]
    )
    make(handler, auth={"K": auth}).request(c)
    assert seen[0].headers["cookie"] == f"lang=en; key={API_KEY}"


def test_basic_auth(make) -> None:
    handler, seen = capture(json={})
    make(handler, auth={"ApiKey": BasicAuth("user", "pa:ss")}).request(call())
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(b"user:pa:ss").decode()


def test_first_satisfiable_alternative_is_applied_and_all_its_schemes(make) -> None:
    handler, seen = capture(json={})
    auth = {
        "Tenant": ApiKeyAuth("t-1", name="xero-tenant-id", location="header"),
        "OAuth": BearerAuth("tok"),
    }
    make(handler, auth=auth).request(call([["Basic"], ["OAuth", "Tenant"]]))
    assert seen[0].headers["authorization"] == "Bearer tok"
    assert seen[0].headers["xero-tenant-id"] == "t-1"


def test_operation_without_security_or_with_an_empty_alternative_sends_no_credentials(make) -> None:
    handler, seen = capture(json={})
    harness = make(handler, auth={"ApiKey": BearerAuth(API_KEY)})
    harness.request(call(()))
    harness.request(call([["Other"], []]))
    assert all("authorization" not in r.headers for r in seen)


def test_missing_credentials_are_named_with_their_environment_variable(make) -> None:
    handler, seen = capture(json={})
    harness = make(handler, auth={}, auth_env={"ApiKey": "BOOKEEPING_API_KEY"})
    with pytest.raises(MissingCredentialsError) as info:
        harness.request(call())
    assert seen == []
    assert "listInvoices" in str(info.value)
    assert "ApiKey" in str(info.value) and "BOOKEEPING_API_KEY" in str(info.value)
    assert info.value.env_vars == ("BOOKEEPING_API_KEY",)


def test_credential_from_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_API_KEY", "from-env")
    assert credential("given", "EXAMPLE_API_KEY") == "given"
    assert credential(None, "EXAMPLE_API_KEY") == "from-env"
    monkeypatch.setenv("EXAMPLE_API_KEY", "")
    assert credential(None, "EXAMPLE_API_KEY") is None
    assert credential(None, None) is None


# -- OAuth2 client credentials -------------------------------------------------------------


class TokenServer:
    """A token endpoint and an API in one mock handler; counts the tokens it issues."""

    def __init__(self, expires_in: Any = 3600, api_status: int = 200) -> None:
        self.issued = 0
        self.expires_in = expires_in
        self.api_status = api_status
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            request.read()
            with self.lock:
                self.issued += 1
                n = self.issued
                self.token_requests.append(request)
            time.sleep(0.02)  # long enough for concurrent callers to pile up
            body: dict[str, Any] = {"access_token": f"token-{n}", "token_type": "bearer"}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            return httpx.Response(200, json=body)
        with self.lock:
            self.api_requests.append(request)
        status = self.api_status
        if status == 401 and request.headers["authorization"] != "Bearer token-1":
            status = 200
        return httpx.Response(status, json={})


def oauth(**kw: Any) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(
        token_url="https://auth.example.test/oauth/token",
        client_id="client-1",
        client_secret="cs_SECRET_987",
        scopes=("accounting.transactions", "offline"),
        **kw,
    )


def test_client_credentials_token_is_fetched_once_and_cached(make) -> None:
    server = TokenServer()
    harness = make(server, auth={"ApiKey": oauth()})
    harness.request(call())
    harness.request(call())
    assert server.issued == 1
    assert [r.headers["authorization"] for r in server.api_requests] == ["Bearer token-1"] * 2
    token_request = server.token_requests[0]
    assert (
        token_request.headers["authorization"]
        == "Basic " + base64.b64encode(b"client-1:cs_SECRET_987").decode()
    )
    assert (
        token_request.content
        == b"grant_type=client_credentials&scope=accounting.transactions+offline"
    )


def test_client_credentials_in_the_form_when_asked(make) -> None:
    server = TokenServer()
    make(server, auth={"ApiKey": oauth(client_auth="body")}).request(call())
    body = server.token_requests[0].content
    assert b"client_id=client-1" in body and b"client_secret=cs_SECRET_987" in body
    assert "authorization" not in server.token_requests[0].headers


def test_token_is_refreshed_before_it_expires(make, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(oauth2_module.time, "monotonic", lambda: now[0])
    server = TokenServer(expires_in=600)
    harness = make(server, auth={"ApiKey": oauth(refresh_margin=60)})
    harness.request(call())
    now[0] += 530  # 70 s left: still good
    harness.request(call())
    assert server.issued == 1
    now[0] += 15  # 55 s left: inside the margin, refreshed
    harness.request(call())
    assert server.issued == 2
    assert server.api_requests[-1].headers["authorization"] == "Bearer token-2"


def test_rejected_token_is_refreshed_once_on_401(make) -> None:
    server = TokenServer(expires_in=None, api_status=401)
    result = make(server, auth={"ApiKey": oauth()}).request(call(method="POST"))
    assert server.issued == 2
    assert result.retries_taken == 0
    assert [r.headers["authorization"] for r in server.api_requests] == [
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_token_fetch_is_shared_by_threads() -> None:
    server = TokenServer()
    config = ClientConfig(
        base_url="https://api.example.test", auth={"ApiKey": oauth()}, errors={}, logger_name="t"
    )
    core = SyncCore(config, httpx.Client(transport=httpx.MockTransport(server)))
    threads = [threading.Thread(target=core.request, args=(call(),)) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert server.issued == 1
    assert len(server.api_requests) == 12


def test_token_fetch_is_shared_by_tasks() -> None:
    server = TokenServer()
    config = ClientConfig(
        base_url="https://api.example.test", auth={"ApiKey": oauth()}, errors={}, logger_name="t"
    )

    async def scenario() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(server))
        core = AsyncCore(config, client)
        await asyncio.gather(*(core.request(call()) for _ in range(12)))
        await client.aclose()

    asyncio.run(scenario())
    assert server.issued == 1
    assert len(server.api_requests) == 12


def test_token_endpoint_refusal_is_an_error_without_the_secret(make) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, json={"error": "invalid_client", "error_description": "bad secret cs_SECRET_987"}
        )

    with pytest.raises(OAuth2TokenError) as info:
        make(handler, auth={"ApiKey": oauth()}).request(call())
    assert "invalid_client" in str(info.value)
    assert "cs_SECRET_987" not in str(info.value)
    assert info.value.status_code == 401


def test_token_endpoint_unreachable_is_a_connection_error(make) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(ApiConnectionError):
        make(handler, auth={"ApiKey": oauth()}, max_retries=1).request(call())


# -- secrets never shown -------------------------------------------------------------------


def test_secrets_are_not_in_reprs() -> None:
    auths = [
        BearerAuth(API_KEY),
        ApiKeyAuth(API_KEY, name="api_key", location="query"),
        BasicAuth("user", API_KEY),
        OAuth2ClientCredentials(token_url="https://a.test/t", client_id="c", client_secret=API_KEY),
    ]
    config = ClientConfig(
        base_url="https://api.example.test",
        auth={str(n): a for n, a in enumerate(auths)},
        errors={},
        logger_name="t",
        default_headers={"X-Api-Key": API_KEY},
    )
    core = SyncCore(config)
    texts = [repr(Secret(API_KEY)), str(Secret(API_KEY)), repr(config), repr(core)]
    texts += [repr(a) for a in auths]
    core.close()
    assert all(API_KEY not in text for text in texts)
    assert Secret(API_KEY).get() == API_KEY


@pytest.mark.parametrize("location", ["header", "query"])
def test_api_key_never_in_logs_or_exception_messages(make, caplog, location: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            403, json={"message": f"key {API_KEY} is not allowed"}, headers={"x-request-id": "r1"}
        )

    caplog.set_level(logging.DEBUG)
    auth = ApiKeyAuth(API_KEY, name="api_key", location=location)  # type: ignore[arg-type]
    harness = make(
        handler, auth={"ApiKey": auth}, default_headers={"Authorization": f"Bearer {API_KEY}"}
    )
    with pytest.raises(ClientStatusError) as info:
        harness.request(call())
    assert caplog.records, "the request and response are logged"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "rtpkg" in {r.name for r in caplog.records}
    assert API_KEY not in logged
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    assert "is not allowed" in str(info.value)


def test_httpx_own_request_log_masks_an_api_key_in_the_url(caplog) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    auth = ApiKeyAuth(API_KEY, name="token", location="query")
    config = ClientConfig(
        base_url="https://api.example.test", auth={"K": auth}, errors={}, logger_name="t"
    )
    client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    SyncCore(config, client).request(call([["K"]]))
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert httpx_lines and all(API_KEY not in line for line in httpx_lines)
    assert "token=***" in httpx_lines[0]


def test_debug_log_lines_describe_requests_responses_and_retries(make, caplog) -> None:
    answers = iter(
        [httpx.Response(503), httpx.Response(200, json={}, headers={"x-request-id": "q7"})]
    )
    caplog.set_level(logging.DEBUG, logger="rtpkg")
    make(lambda r: next(answers), auth={"ApiKey": BearerAuth(API_KEY)}).request(call())
    lines = [r.getMessage() for r in caplog.records if r.name == "rtpkg"]
    assert any(
        line.startswith("request GET https://api.example.test/v1/invoices (attempt 1 of 3)")
        for line in lines
    )
    assert any("'authorization': '***'" in line for line in lines)
    assert any("-> 503" in line for line in lines)
    assert any(line.startswith("retrying GET") and "status 503" in line for line in lines)
    assert any("-> 200" in line and "q7" in line for line in lines)


# -- credentials that change -------------------------------------------------------------


class Tokens:
    """A token provider as a user would write one: a new token each time it is asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"{API_KEY}-{self.calls}"

    def __repr__(self) -> str:  # what must never be shown: a repr that leaks the secret
        return f"Tokens(secret={API_KEY})"


def test_a_token_callable_is_asked_at_each_request(make) -> None:
    handler, seen = capture(json={})
    tokens = Tokens()
    harness = make(handler, auth={"ApiKey": BearerAuth(tokens)})
    harness.request(call())
    harness.request(call())
    assert [r.headers["authorization"] for r in seen] == [
        f"Bearer {API_KEY}-1",
        f"Bearer {API_KEY}-2",
    ]


def test_a_token_callable_is_asked_again_after_a_401_and_the_call_succeeds(make) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        fresh = request.headers["authorization"].endswith("-2")
        return httpx.Response(200 if fresh else 401, json={})

    tokens = Tokens()
    result = make(handler, auth={"ApiKey": BearerAuth(tokens)}).request(call(method="POST"))
    assert tokens.calls == 2
    assert result.status_code == 200
    assert len(seen) == 2


def test_async_token_callable_is_awaited_by_the_async_core() -> None:
    handler, seen = capture(json={})

    async def token() -> str:
        await asyncio.sleep(0)
        return "async-token"

    config = ClientConfig(
        base_url="https://api.example.test",
        auth={"ApiKey": ApiKeyAuth(token, name="X-Key", location="header")},
        errors={},
        logger_name="t",
    )

    async def run() -> None:
        async with AsyncCore(
            config, httpx.AsyncClient(transport=httpx.MockTransport(handler))
        ) as core:
            await core.request(call())

    asyncio.run(run())
    assert seen[0].headers["x-key"] == "async-token"


def test_an_async_callable_given_to_the_sync_core_is_a_clear_error() -> None:
    async def token() -> str:
        return "t"

    handler, seen = capture(json={})
    config = ClientConfig(
        base_url="https://api.example.test",
        auth={"ApiKey": BearerAuth(token)},
        errors={},
        logger_name="t",
    )
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with SyncCore(config, http_client) as core, pytest.raises(TypeError, match="AsyncClient"):
        core.request(call())
    assert seen == []


def test_callable_values_and_reprs_stay_out_of_logs_errors_and_reprs(make, caplog) -> None:
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"echo": request.headers["authorization"]})

    tokens = Tokens()
    auth = BearerAuth(tokens)
    harness = make(handler, auth={"ApiKey": auth})
    with pytest.raises(ClientStatusError) as info:
        harness.request(call())
    logged = "\n".join(r.getMessage() for r in caplog.records)
    texts = [logged, str(info.value), repr(info.value), repr(auth), repr(harness.core)]
    assert all(API_KEY not in text for text in texts)


def test_a_callable_returning_no_string_is_refused_without_showing_it(make) -> None:
    handler, _ = capture(json={})
    with pytest.raises(TypeError, match="non-empty string, not dict") as info:
        make(handler, auth={"ApiKey": BearerAuth(lambda: {"token": API_KEY})}).request(call())  # type: ignore[arg-type, return-value]
    assert API_KEY not in str(info.value)


def test_credential_keeps_a_callable_and_never_reads_the_environment_for_it(monkeypatch) -> None:
    monkeypatch.setenv("T_TOKEN", "from-env")
    tokens = Tokens()
    assert credential(tokens, "T_TOKEN") is tokens
    assert tokens.calls == 0
