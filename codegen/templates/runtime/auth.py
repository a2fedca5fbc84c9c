"""Credentials, and how each kind is put on a request.

Every secret is held in a `Secret`, whose repr is `***`, so that printing a client, an auth
object or a traceback's locals does not show it.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import os
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable
from urllib.parse import quote

import httpx

from .errors import OAuth2TokenError
from .redact import Redactor

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "OAuth2AccessToken",
    "OAuth2ClientCredentials",
    "Secret",
    "Sensitive",
    "credential",
]


class Secret:
    """A secret string: `repr` and `str` show `***`; `.get()` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        self._value = value.get() if isinstance(value, Secret) else value

    def get(self) -> str:
        """The secret itself, for the one place that sends it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)


def _secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


def credential(value: str | None, env_var: str | None) -> str | None:
    """The credential given, else the environment variable's value, else None.

    Empty strings count as not given, so that an unset variable exported empty does not send
    an empty key.
    """
    if value:
        return value
    if env_var:
        return os.environ.get(env_var) or None
    return None


@dataclass(frozen=True)
class Sensitive:
    """What an auth puts on requests that must never be shown: header and query parameter
    names (matched case-insensitively for headers) and the secret values themselves."""

    headers: frozenset[str] = frozenset()
    query: frozenset[str] = frozenset()
    values: tuple[str, ...] = ()


@runtime_checkable
class Auth(Protocol):
    """Credentials for one security scheme, applied to each request before it is sent.

    `client` is the client that will send the request, for credentials that need their own
    request (an OAuth2 token); the async client calls `apply_async`.
    """

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        """Put the credentials on the request."""
        ...

    async def apply_async(
        self, request: httpx.Request, client: httpx.AsyncClient | None = None
    ) -> None:
        """Put the credentials on the request, fetching what is needed without blocking."""
        ...

    def sensitive(self) -> Sensitive:
        """What to redact from logs and messages."""
        ...


class _StaticAuth(Auth):
    """Credentials that need no I/O: the async variant is the sync one."""

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        raise NotImplementedError

    async def apply_async(
        self, request: httpx.Request, client: httpx.AsyncClient | None = None
    ) -> None:
        self.apply(request)

    def sensitive(self) -> Sensitive:
        raise NotImplementedError


class BearerAuth(_StaticAuth):
    """`Authorization: Bearer <token>` (an API key or a plain OAuth2 access token)."""

    def __init__(self, token: str | Secret) -> None:
        self.token = _secret(token)

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        request.headers["Authorization"] = f"Bearer {self.token.get()}"

    def sensitive(self) -> Sensitive:
        return Sensitive(headers=frozenset({"authorization"}), values=(self.token.get(),))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={self.token!r})"


class OAuth2AccessToken(BearerAuth):
    """An OAuth2 access token obtained elsewhere, sent as a bearer token."""


class ApiKeyAuth(_StaticAuth):
    """An API key in a header, a query parameter or a cookie named `name`."""

    def __init__(
        self,
        value: str | Secret,
        *,
        name: str,
        location: Literal["header", "query", "cookie"],
    ) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(f"API key location must be header, query or cookie: {location!r}")
        self.value = _secret(value)
        self.name = name
        self.location = location

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        if self.location == "header":
            request.headers[self.name] = self.value.get()
        elif self.location == "query":
            # Appended to the encoded query as it is: re-encoding it would change the others.
            item = f"{quote(self.name, safe='')}={quote(self.value.get(), safe='')}"
            query = request.url.query.decode("ascii")
            request.url = request.url.copy_with(
                query=(f"{query}&{item}" if query else item).encode("ascii")
            )
        else:
            cookie = f"{self.name}={self.value.get()}"
            existing = request.headers.get("Cookie")
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie

    def sensitive(self) -> Sensitive:
        if self.location == "header":
            return Sensitive(headers=frozenset({self.name.lower()}), values=(self.value.get(),))
        if self.location == "query":
            return Sensitive(query=frozenset({self.name}), values=(self.value.get(),))
        return Sensitive(headers=frozenset({"cookie"}), values=(self.value.get(),))

    def __repr__(self) -> str:
        return f"ApiKeyAuth(value={self.value!r}, name={self.name!r}, location={self.location!r})"


class BasicAuth(_StaticAuth):
    """HTTP basic authentication."""

    def __init__(self, username: str, password: str | Secret) -> None:
        self.username = username
        self.password = _secret(password)

    def _encoded(self) -> str:
        pair = f"{self.username}:{self.password.get()}".encode()
        return base64.b64encode(pair).decode("ascii")

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        request.headers["Authorization"] = f"Basic {self._encoded()}"

    def sensitive(self) -> Sensitive:
        return Sensitive(
            headers=frozenset({"authorization"}), values=(self.password.get(), self._encoded())
        )

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password={self.password!r})"


class OAuth2ClientCredentials(Auth):
    """The OAuth2 client credentials grant, with the token cached until shortly before expiry.

    One token request at a time per process (threads) and per event loop (tasks): concurrent
    calls wait for the token being fetched instead of fetching their own. The client
    authenticates at the token endpoint with HTTP basic (`client_auth="basic"`, the OAuth2
    default) or with fields in the form (`client_auth="body"`).
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str | Secret,
        scopes: Sequence[str] = (),
        client_auth: Literal["basic", "body"] = "basic",
        refresh_margin: float = 60.0,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = _secret(client_secret)
        self.scopes = tuple(scopes)
        self.client_auth = client_auth
        self.refresh_margin = refresh_margin
        self._token: Secret | None = None
        self._refresh_at = 0.0
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return (
            f"OAuth2ClientCredentials(token_url={self.token_url!r}, "
            f"client_id={self.client_id!r}, client_secret={self.client_secret!r}, "
            f"scopes={self.scopes!r})"
        )

    def sensitive(self) -> Sensitive:
        values = [self.client_secret.get()]
        token = self._token
        if token is not None:
            values.append(token.get())
        return Sensitive(headers=frozenset({"authorization"}), values=tuple(values))

    def invalidate(self) -> bool:
        """Forget the cached token (the server refused it); True if there was one."""
        with self._lock:
            had = self._token is not None
            self._token = None
            return had

    def _cached(self) -> str | None:
        token = self._token
        if token is not None and time.monotonic() < self._refresh_at:
            return token.get()
        return None

    def _token_request_args(self) -> dict[str, Any]:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        headers = {"Accept": "application/json"}
        if self.client_auth == "basic":
            pair = f"{self.client_id}:{self.client_secret.get()}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        else:
            form.update(client_id=self.client_id, client_secret=self.client_secret.get())
        return {"data": form, "headers": headers}

    def _store(self, response: httpx.Response) -> str:
        """Keep the token a token response carries, or raise `OAuth2TokenError`."""
        redactor = Redactor(values=(self.client_secret.get(),))
        where = redactor.url(self.token_url)
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400 or not isinstance(body, dict):
            detail = ""
            if isinstance(body, dict):
                detail = ": " + ", ".join(
                    str(body[k]) for k in ("error", "error_description") if k in body
                )
            raise OAuth2TokenError(
                redactor.text(
                    f"token request to {where} failed with status {response.status_code}{detail}"
                ),
                request=response.request,
                status_code=response.status_code,
                body=body if body is not None else response.text,
            )
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise OAuth2TokenError(
                f"token response from {where} has no access_token",
                request=response.request,
                status_code=response.status_code,
            )
        lifetime = body.get("expires_in")
        now = time.monotonic()
        if isinstance(lifetime, int | float | str) and str(lifetime).replace(".", "", 1).isdigit():
            seconds = float(lifetime)
            # Refresh early, but never spend more than half a short token's life waiting.
            self._refresh_at = now + seconds - min(self.refresh_margin, seconds / 2)
        else:
            self._refresh_at = float("inf")  # kept until the server refuses it (a 401)
        self._token = Secret(token)
        return token

    def _fetch(self, client: httpx.Client | None) -> str:
        args = self._token_request_args()
        if client is None:
            with httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0)) as own:
                response = own.post(self.token_url, **args)
        else:
            response = client.post(self.token_url, **args)
        return self._store(response)

    async def _fetch_async(self, client: httpx.AsyncClient | None) -> str:
        args = self._token_request_args()
        if client is None:
            async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0)) as own:
                response = await own.post(self.token_url, **args)
        else:
            response = await client.post(self.token_url, **args)
        return self._store(response)

    def token(self, client: httpx.Client | None = None) -> str:
        """A valid access token, fetched when none is cached or it is about to expire."""
        cached = self._cached()
        if cached is not None:
            return cached
        with self._lock:
            cached = self._cached()  # another thread may have fetched it meanwhile
            return cached if cached is not None else self._fetch(client)

    async def token_async(self, client: httpx.AsyncClient | None = None) -> str:
        """`token` for async code: tasks of one event loop share one fetch."""
        cached = self._cached()
        if cached is not None:
            return cached
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        async with lock:
            cached = self._cached()
            return cached if cached is not None else await self._fetch_async(client)

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        request.headers["Authorization"] = f"Bearer {self.token(client)}"

    async def apply_async(
        self, request: httpx.Request, client: httpx.AsyncClient | None = None
    ) -> None:
        request.headers["Authorization"] = f"Bearer {await self.token_async(client)}"
