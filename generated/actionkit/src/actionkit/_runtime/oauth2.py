"""OAuth2's client credentials grant: a token fetched from the token endpoint, cached until
shortly before it expires, and fetched again when the API rejects it."""

from __future__ import annotations

import base64
import threading
import time
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .auth import Auth, Sensitive
from .credentials import Secret, as_secret
from .errors import OAuth2TokenError
from .redact import Redactor

if TYPE_CHECKING:
    import asyncio

__all__ = ["OAuth2ClientCredentials"]


class OAuth2ClientCredentials(Auth):
    """The OAuth2 client credentials grant, with the token cached until shortly before expiry.

    One token request at a time per process (threads) and per event loop (tasks): concurrent
    calls wait for the token being fetched instead of fetching their own. The client
    authenticates at the token endpoint with HTTP basic (`client_auth="basic"`, the OAuth2
    default) or with fields in the form (`client_auth="body"`). A relative `token_url` (OpenAPI
    allows one) is resolved against `server_url`, the URL of the server in use, by RFC 3986.
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
        server_url: str | None = None,
    ) -> None:
        if server_url is not None:
            token_url = str(httpx.URL(server_url).join(token_url))
        if not httpx.URL(token_url).is_absolute_url:
            raise ValueError(f"token_url {token_url!r} is relative: give the server_url it is on")
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = as_secret(client_secret)
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
        import asyncio  # here: the sync client needs none

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
