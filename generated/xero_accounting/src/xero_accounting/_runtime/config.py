"""What a client is: its API (base URL, credentials, error classes) and the user's settings.

Its own module, so that the cores and the exchange they drive both read it and neither
imports the other.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from .auth import Auth
from .errors import ApiStatusError
from .ratelimit import RateLimitHeaders
from .redact import Redactor

__all__ = ["DEFAULT_TIMEOUT", "ClientConfig", "make_timeout"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


@dataclass(frozen=True)
class ClientConfig:
    """Everything a core needs to know about the API and the user's settings.

    `auth` maps security scheme keys to the credentials the user supplied (schemes without
    credentials are absent); `auth_env` maps them to the environment variable that can
    supply them, for the message when they are missing. `errors` maps statuses (`"429"`,
    `"4XX"`) to the generated error classes. `rate_limit_headers` names the provider's own
    rate-limit headers, per window. `strict_response_validation` makes a response that
    deviates from its documented type raise `ResponseValidationError`; by default the values
    received are kept where they deviate and a warning is logged.
    """

    base_url: str
    auth: Mapping[str, Auth]
    errors: Mapping[str, type[ApiStatusError]]
    logger_name: str
    timeout: float | httpx.Timeout = 60.0
    max_retries: int = 2
    default_headers: Mapping[str, str] = field(default_factory=dict)
    idempotency_header: str | None = None
    user_agent: str = ""
    auth_env: Mapping[str, str] = field(default_factory=dict)
    rate_limit_headers: RateLimitHeaders = field(default_factory=dict)
    strict_response_validation: bool = False

    def __post_init__(self) -> None:
        url = httpx.URL(self.base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {self.base_url!r}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def redactor(self) -> Redactor:
        """What to mask for this client: its credentials' names and values."""
        headers: set[str] = set()
        query: set[str] = set()
        values: list[str] = []
        for auth in self.auth.values():
            sensitive = auth.sensitive()
            headers |= sensitive.headers
            query |= sensitive.query
            values.extend(sensitive.values)
        return Redactor(frozenset(headers), frozenset(query)).with_values(values)

    def __repr__(self) -> str:
        shown = self.redactor().header_items(self.default_headers)
        return (
            f"ClientConfig(base_url={self.redactor().url(self.base_url)!r}, "
            f"auth={dict(sorted(self.auth.items()))!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, default_headers={shown!r}, "
            f"idempotency_header={self.idempotency_header!r}, "
            f"strict_response_validation={self.strict_response_validation!r})"
        )


def make_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout from a number of seconds (connecting gets at most 10 s of it) or as given."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return _seconds(float(value))


@functools.lru_cache(maxsize=64)
def _seconds(value: float) -> httpx.Timeout:
    # One per number: a call would otherwise build its own from the client's setting.
    return httpx.Timeout(value, connect=min(value, 10.0))
