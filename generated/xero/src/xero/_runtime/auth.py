"""The security schemes: how each kind of credential is put on a request (bearer token, API
key in a header, query or cookie, HTTP basic). OAuth2's client credentials grant, which
fetches its token, is in `oauth2`; the values themselves are `credentials`.
"""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable
from urllib.parse import quote

import httpx

from .credentials import CredentialSource, Source

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "OAuth2AccessToken",
    "Sensitive",
]


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

    def _sources(self) -> tuple[Source, ...]:
        raise NotImplementedError

    def _put(self, request: httpx.Request, values: list[str]) -> None:
        raise NotImplementedError

    def apply(self, request: httpx.Request, client: httpx.Client | None = None) -> None:
        self._put(request, [source.get() for source in self._sources()])

    async def apply_async(
        self, request: httpx.Request, client: httpx.AsyncClient | None = None
    ) -> None:
        self._put(request, [await source.get_async() for source in self._sources()])

    @functools.cached_property
    def fixed(self) -> bool:
        """Whether what `sensitive` reports never changes: no callable among the values."""
        return not any(source.dynamic for source in self._sources())

    def invalidate(self) -> bool:
        """After a 401: True when a callable will be asked again (the request is retried once)."""
        return any(source.dynamic for source in self._sources())

    def _values(self) -> tuple[str, ...]:
        return tuple(v for source in self._sources() for v in source.known())


class BearerAuth(_StaticAuth):
    """`Authorization: Bearer <token>` (an API key or a plain OAuth2 access token)."""

    def __init__(self, token: CredentialSource) -> None:
        self.token = Source(token)

    def _sources(self) -> tuple[Source, ...]:
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
        self.value = Source(value)
        self.name = name
        self.location = location

    def _sources(self) -> tuple[Source, ...]:
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
        self._username = Source(username)
        self.password = Source(password)

    @property
    def username(self) -> str | None:
        known = self._username.known()
        return known[0] if known else None

    def _sources(self) -> tuple[Source, ...]:
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
