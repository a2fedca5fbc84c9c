"""Credentials, and how each kind is put on a request.

Every secret is held in a `Secret`, whose repr is `***`, so that printing a client, an auth
object or a traceback's locals does not show it. A credential may also be a callable (a
coroutine function for the async client), asked for the value each time a request needs it:
a token that refreshes itself. Its repr is never shown either.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import inspect
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeAlias, overload, runtime_checkable
from urllib.parse import quote

import httpx

from .errors import OAuth2TokenError
from .redact import Redactor

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "CredentialSource",
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


# A credential as the user gives it: the value, or a callable that returns it when a request
# needs it (the async client also awaits what the callable returns).
CredentialSource: TypeAlias = str | Secret | Callable[[], str | Awaitable[str]]


class _Source:
    """A credential that is a value or a callable; the last value obtained is remembered,
    so that it can be masked in logs and messages."""

    __slots__ = ("_call", "_last")

    def __init__(self, value: CredentialSource) -> None:
        if isinstance(value, str | Secret):
            self._call: Callable[[], Any] | None = None
            self._last: Secret | None = _secret(value)
        elif callable(value):
            self._call, self._last = value, None
        else:
            raise TypeError(f"a credential is a string or a callable, not {type(value).__name__}")

    @property
    def dynamic(self) -> bool:
        return self._call is not None

    def _keep(self, value: object) -> str:
        if not isinstance(value, str | Secret) or not value:
            # The type only: the value may be a secret of another shape.
            raise TypeError(
                f"a credential callable must return a non-empty string, not {type(value).__name__}"
            )
        self._last = _secret(value)
        return self._last.get()

    def get(self) -> str:
        if self._call is None:
            assert self._last is not None
            return self._last.get()
        value = self._call()
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()  # never awaited: say so rather than warn at exit
            raise TypeError("an async credential callable needs the AsyncClient")
        return self._keep(value)

    async def get_async(self) -> str:
        if self._call is None:
            return self.get()
        value = self._call()
        if inspect.isawaitable(value):
            value = await value
        return self._keep(value)

    def known(self) -> tuple[str, ...]:
        """The values seen so far (for a callable, the last one it returned)."""
        return (self._last.get(),) if self._last is not None else ()

    def __repr__(self) -> str:
        return "Secret('***')"


@overload
def credential(value: str | None, env_var: str | None) -> str | None: ...


@overload
def credential(value: CredentialSource | None, env_var: str | None) -> CredentialSource | None: ...


def credential(value: CredentialSource | None, env_var: str | None) -> CredentialSource | None:
    """The credential given, else the environment variable's value, else None.

    Empty strings count as not given, so that an unset variable exported empty does not send
    an empty key. A callable is taken as it is: it is asked when a request needs it.
    """
    if callable(value):
        return value
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
    """Credentials that need no I/O of their own; a callable among them is asked at each
    request (and awaited, if it returns an awaitable, by the async client)."""

    def _sources(self) -> tuple[_Source, ...]:
        raise NotImplementedError

    def _put(self, request: httpx.Request, values: list[str]) -> None:
        raise NotImplementedError

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        self._put(request, [source.get() for source in self._sources()])

    async def apply_async(
        self, request: httpx.Request, client: httpx.AsyncClient | None = None
    ) -> None:
        self._put(request, [await source.get_async() for source in self._sources()])

    def invalidate(self) -> bool:
        """After a 401: True when a callable will be asked again (the request is retried once)."""
        return any(source.dynamic for source in self._sources())

    def _values(self) -> tuple[str, ...]:
        return tuple(v for source in self._sources() for v in source.known())


class BearerAuth(_StaticAuth):
    """`Authorization: Bearer <token>` (an API key or a plain OAuth2 access token)."""

    def __init__(self, token: CredentialSource) -> None:
        self.token = _Source(token)

    def _sources(self) -> tuple[_Source, ...]:
        return (self.token,)

    def _put(self, request: httpx.Request, values: list[str]) -> None:
        request.headers["Authorization"] = f"Bearer {values[0]}"

    def sensitive(self) -> Sensitive:
        return Sensitive(headers=frozenset({"authorization"}), values=self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={self.token!r})"


class OAuth2AccessToken(BearerAuth):
    """An OAuth2 access token obtained elsewhere, sent as a bearer token."""


class ApiKeyAuth(_StaticAuth):
    """An API key in a header, a query parameter or a cookie named `name`."""

    def __init__(
        self,
        value: CredentialSource,
        *,
        name: str,
        location: Literal["header", "query", "cookie"],
    ) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(f"API key location must be header, query or cookie: {location!r}")
        self.value = _Source(value)
        self.name = name
        self.location = location

    def _sources(self) -> tuple[_Source, ...]:
        return (self.value,)

    def _put(self, request: httpx.Request, values: list[str]) -> None:
        value = values[0]
        if self.location == "header":
            request.headers[self.name] = value
        elif self.location == "query":
            # Appended to the encoded query as it is: re-encoding it would change the others.
            item = f"{quote(self.name, safe='')}={quote(value, safe='')}"
            query = request.url.query.decode("ascii")
            request.url = request.url.copy_with(
                query=(f"{query}&{item}" if query else item).encode("ascii")
            )
        else:
            cookie = f"{self.name}={value}"
            existing = request.headers.get("Cookie")
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie

    def sensitive(self) -> Sensitive:
        if self.location == "header":
            return Sensitive(headers=frozenset({self.name.lower()}), values=self._values())
        if self.location == "query":
            return Sensitive(query=frozenset({self.name}), values=self._values())
        return Sensitive(headers=frozenset({"cookie"}), values=self._values())

    def __repr__(self) -> str:
        return f"ApiKeyAuth(value={self.value!r}, name={self.name!r}, location={self.location!r})"


class BasicAuth(_StaticAuth):
    """HTTP basic authentication."""

    def __init__(self, username: CredentialSource, password: CredentialSource) -> None:
        self._username = _Source(username)
        self.password = _Source(password)

    @property
    def username(self) -> str | None:
        known = self._username.known()
        return known[0] if known else None

    def _sources(self) -> tuple[_Source, ...]:
        return (self._username, self.password)

    @staticmethod
    def _encoded(username: str, password: str) -> str:
        return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")

    def _put(self, request: httpx.Request, values: list[str]) -> None:
        request.headers["Authorization"] = f"Basic {self._encoded(*values)}"

    def sensitive(self) -> Sensitive:
        values = self.password.known()
        user = self._username.known()
        if values and user:
            values = (*values, self._encoded(user[0], values[0]))
        return Sensitive(headers=frozenset({"authorization"}), values=values)

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
