"""When a call is sent again: which methods are safe to repeat, how long to wait, and
which failures and statuses a repetition can fix. Pure decisions; `Exchange` keeps the count."""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from .ratelimit import server_wait
from .response import RateLimit

__all__ = [
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_REDIRECTS",
    "MAX_WAIT",
    "NOT_SENT",
    "NOT_TRANSIENT",
    "SAFE_METHODS",
    "Retry",
    "backoff",
    "describe",
    "status_wait",
]

# Methods that only read (RFC 9110, 9.2.1): sent again after a failure without a key.
# PUT and DELETE are idempotent in HTTP's terms, but providers do not always agree (Xero
# creates with PUT): like POST and PATCH, they are repeated only with an idempotency key.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

INITIAL_BACKOFF = 0.5  # seconds before the first retry; doubles each time
MAX_BACKOFF = 8.0  # the longest wait the client chooses itself
MAX_WAIT = 60.0  # the longest wait a server may ask for; longer, and the error is raised
MAX_REDIRECTS = 5

# Statuses where the server refused the request before acting on it: always safe to repeat.
_REJECTED_BEFORE_ACTING = frozenset({408, 429})
# Server errors that a repetition cannot fix.
_PERMANENT_SERVER_ERRORS = frozenset({501, 505})
# Connection failures that prove the request never reached the server.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that no repetition fixes (a bad URL scheme, a misconfigured proxy, our own bug).
NOT_TRANSIENT = (httpx.UnsupportedProtocol, httpx.ProxyError, httpx.LocalProtocolError)


def backoff(retry: int) -> float:
    """Seconds before retry number `retry` (0-based): exponential, capped, with jitter.

    The jitter (up to a quarter off) keeps clients that failed together from retrying in step.
    """
    return min(INITIAL_BACKOFF * 2.0**retry, MAX_BACKOFF) * (1.0 - 0.25 * random.random())


@dataclass(frozen=True)
class Retry:
    """Send the request again after `wait` seconds."""

    wait: float
    reason: str


def status_wait(
    response: httpx.Response,
    rate_limit: RateLimit | None,
    now: float,
    *,
    method: str,
    retry_safe: bool,
    retries: int,
    can_retry: bool,
) -> tuple[float | None, str]:
    """How long to wait before retrying an error status, or None and why not."""
    status = response.status_code
    rejected = status in _REJECTED_BEFORE_ACTING
    if not rejected and (status < 500 or status in _PERMANENT_SERVER_ERRORS):
        return None, ""
    if not (rejected or retry_safe):
        return None, (
            f"not retried: the {method} request may have been acted on and carries"
            " no idempotency key"
        )
    if not can_retry:
        return None, f"after {retries} retries" if retries else ""
    wait = server_wait(response.headers, now)
    if wait is None and status == 429 and rate_limit is not None:
        wait = rate_limit.reset
    if wait is None:
        return backoff(retries), ""
    if wait > MAX_WAIT:
        return None, f"not retried: the server asks to wait {wait:.0f} s"
    return wait, ""


def describe(exc: httpx.TransportError) -> str:
    """A connection failure in words."""
    kinds: list[tuple[type[Exception], str]] = [
        (httpx.ConnectTimeout, "timed out connecting"),
        (httpx.ReadTimeout, "timed out waiting for the response"),
        (httpx.WriteTimeout, "timed out sending the request"),
        (httpx.PoolTimeout, "timed out waiting for a free connection"),
        (httpx.ConnectError, "could not connect"),
        (httpx.RemoteProtocolError, "the server closed the connection or broke the protocol"),
        (httpx.ReadError, "the connection failed while reading the response"),
        (httpx.WriteError, "the connection failed while sending the request"),
    ]
    for kind, text in kinds:
        if isinstance(exc, kind):
            detail = str(exc)
            return f"{text} ({detail})" if detail else text
    return f"{type(exc).__name__}: {exc}"
