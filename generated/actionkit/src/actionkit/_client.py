"""The ActionKit Tools API clients. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._runtime import (
    AsyncCore,
    Auth,
    BearerAuth,
    ClientConfig,
    CredentialSource,
    SyncCore,
    credential,
)
from .errors import ERRORS

if TYPE_CHECKING:
    from .resources.tools import AsyncToolsResource, ToolsResource

__all__ = ["AsyncClient", "Client", "Environment"]


class Environment(str, Enum):
    """The servers the API documents; pick one, or give `base_url`."""

    US = "https://actionkit.useparagon.com"


def _config(
    *,
    token: CredentialSource | None,
    base_url: str,
    timeout: float | httpx.Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    strict_response_validation: bool,
) -> ClientConfig:
    auth: dict[str, Auth] = {}
    _value = credential(token, "ACTIONKIT_USER_TOKEN")
    if _value is not None:
        auth["BearerAuth"] = BearerAuth(_value)
    return ClientConfig(
        base_url=base_url,
        auth=auth,
        errors=ERRORS,
        logger_name="actionkit",
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        idempotency_header=None,
        user_agent="actionkit-client/0.2.0",
        auth_env={"BearerAuth": "ACTIONKIT_USER_TOKEN"},
        rate_limit_headers={},
        strict_response_validation=strict_response_validation,
    )


def _base_url(environment: Environment | str, base_url: str | None) -> str:
    if base_url is not None:
        return base_url
    return (
        environment.value
        if isinstance(environment, Environment)
        else Environment(environment).value
    )


class Client:
    """Client for the ActionKit Tools API (version 1.0.0).

    Typed Python client for Paragon ActionKit tools (Xero Create Invoice).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        environment: Environment | str = Environment.US,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 60.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        """Create a client.

        Args:
            token: Your [Paragon User Token](/getting-started/installing-the-connect-sdk#setup) (JWT), which you can generate using your project's signing keys. (env ACTIONKIT_USER_TOKEN); or a callable that returns it, asked at each request
            environment: the server to talk to (default US).
            base_url: a URL that overrides the environment.
            timeout: seconds (or an httpx.Timeout) for each request.
            max_retries: retries of a failed request that is safe to repeat.
            default_headers: headers sent with every request.
            http_client: an httpx.Client to use (the caller closes it).
            strict_response_validation: raise `ResponseValidationError` when a response
                deviates from its documented type, instead of keeping the values received
                and logging a warning.
        """
        config = _config(
            token=token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._core = SyncCore(config, http_client)

    @cached_property
    def tools(self) -> ToolsResource:
        """The `tools` operations (their module is imported on first use)."""
        from .resources.tools import ToolsResource

        return ToolsResource(self._core)

    def close(self) -> None:
        """Close the connections the client opened."""
        self._core.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient:
    """Client for the ActionKit Tools API (version 1.0.0).

    Typed Python client for Paragon ActionKit tools (Xero Create Invoice).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str | Awaitable[str]] | None = None,
        environment: Environment | str = Environment.US,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 60.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        """Create an async client; the arguments are those of `Client`."""
        config = _config(
            token=token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._core = AsyncCore(config, http_client)

    @cached_property
    def tools(self) -> AsyncToolsResource:
        """The `tools` operations (their module is imported on first use)."""
        from .resources.tools import AsyncToolsResource

        return AsyncToolsResource(self._core)

    async def close(self) -> None:
        """Close the connections the client opened."""
        await self._core.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
