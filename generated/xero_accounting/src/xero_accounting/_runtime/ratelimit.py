"""Reading how long the server wants us to wait, and how much of its rate limit is left.

Providers spell this many ways: `Retry-After` (seconds or an HTTP date), `retry-after-ms`,
`X-RateLimit-Limit`/`-Remaining`/`-Reset` (reset as seconds, or as an epoch time), the IETF
`RateLimit-Limit`/`-Remaining`/`-Reset` fields and their structured successors `RateLimit`
and `RateLimit-Policy`, per-window families such as `x-rate-limiter-minutely-limit` with
`x-rate-limiter-minutely-usage`, or `X-RateLimit-Remaining-Minute`. A provider's own names
(Xero's `X-MinLimit-Remaining`, `X-DayLimit-Remaining`) come from its manifest as
`RateLimitHeaders`. All are read here, without I/O, so that the sync and async clients
decide alike.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import TypeAlias

import httpx

from .response import RateLimit

__all__ = ["RateLimitHeaders", "header_fields", "parse_rate_limit", "server_wait"]

# window name -> field (`remaining`, `limit`, `used`, `reset`) -> the header that carries it;
# a `limit` may be the documented number itself when no header reports it.
RateLimitHeaders: TypeAlias = Mapping[str, Mapping[str, str | int]]

# `x-ratelimit-limit`, `x-rate-limit-remaining`, `ratelimit-reset`, `x-rate-limiter-daily-usage`,
# `x-ratelimit-remaining-minute`: a window name may come before or after the field.
_FIELDS = "limit|remaining|usage|used|reset-after|reset"
_PREFIX = re.compile(r"^(?:x-)?rate-?limit(?:er)?-")
_FAMILY = re.compile(
    r"^(?:x-)?rate-?limit(?:er)?-"
    rf"(?:(?P<pre>[a-z0-9]+)-)?(?P<field>{_FIELDS})(?:-(?P<post>[a-z0-9]+))?$"
)
_INT = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Parameters of a structured field item: `"default";r=50;t=30` or `limit=100, remaining=5`.
_PARAM = re.compile(r"(?P<key>[a-z]+)\s*=\s*(?P<value>-?\d+(?:\.\d+)?)")

# Above these, a reset is an epoch time rather than a number of seconds.
_EPOCH_SECONDS = 1e9
_EPOCH_MILLISECONDS = 1e12


@dataclass
class _Window:
    limit: int | None = None
    remaining: int | None = None
    used: int | None = None
    reset: float | None = None

    @property
    def left(self) -> int | None:
        if self.remaining is not None:
            return self.remaining
        if self.limit is not None and self.used is not None:
            return max(self.limit - self.used, 0)
        return None


def _scarcity(window: _Window) -> tuple[bool, int, float]:
    """Sort key: known and fewest requests left first, then the latest reset."""
    left = window.left
    return (left is None, left if left is not None else 0, -(window.reset or 0.0))


def _first_int(value: str) -> int | None:
    match = _INT.search(value)
    return int(match.group()) if match else None


def _reset_seconds(value: str, now: float, *, delta_only: bool = False) -> float | None:
    """Seconds until a reset given as delta seconds, an epoch time or an HTTP date."""
    match = _NUMBER.fullmatch(value.strip())
    if match is None:
        return _http_date_delta(value, now)
    number = float(match.group())
    if not delta_only and number >= _EPOCH_MILLISECONDS:
        number = number / 1000 - now
    elif not delta_only and number >= _EPOCH_SECONDS:
        number = number - now
    return max(number, 0.0)


def _http_date_delta(value: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - now, 0.0)


def header_fields(headers: httpx.Headers | Mapping[str, str]) -> dict[str, str]:
    """The headers as a plain dict by lower-case name, repeated ones joined by `, `.

    Read once per response: each lookup in `httpx.Headers` walks all of them.
    """
    if isinstance(headers, httpx.Headers):
        return dict(headers.items())
    fields: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        fields[name] = f"{fields[name]}, {value}" if name in fields else value
    return fields


def server_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asks us to wait (`retry-after-ms`, then `Retry-After`), if it does.

    `headers` is an `httpx.Headers` or `header_fields` of one; `now` is the current epoch
    time, for `Retry-After` given as an HTTP date.
    """
    millis = headers.get("retry-after-ms")
    if millis:
        match = _NUMBER.fullmatch(millis.strip())
        if match:
            return max(float(match.group()) / 1000, 0.0)
    after = headers.get("retry-after")
    if after:
        after = after.strip()
        match = _NUMBER.fullmatch(after)
        if match:
            return max(float(match.group()), 0.0)
        return _http_date_delta(after, now)
    return None


def _structured(headers: Mapping[str, str], now: float, windows: dict[str, _Window]) -> None:
    """The IETF structured fields: `RateLimit: "name";r=5;t=30` and `RateLimit-Policy`."""
    policy = headers.get("ratelimit-policy")
    quota: int | None = None
    if policy:
        params = {m["key"]: m["value"] for m in _PARAM.finditer(policy.split(",")[0])}
        quota = _first_int(params["q"]) if "q" in params else None
    current = headers.get("ratelimit")
    if not current:
        if quota is not None:
            windows.setdefault("policy", _Window()).limit = quota
        return
    params = {m["key"]: m["value"] for m in _PARAM.finditer(current)}
    window = windows.setdefault("structured", _Window())
    window.limit = _first_int(params.get("limit", "")) if "limit" in params else quota
    for key in ("r", "remaining"):
        if key in params:
            window.remaining = _first_int(params[key])
    for key in ("t", "reset"):
        if key in params:
            window.reset = _reset_seconds(params[key], now, delta_only=True)


def _provider_windows(
    headers: Mapping[str, str],
    now: float,
    spelled: RateLimitHeaders,
    windows: dict[str, _Window],
    raw: dict[str, str],
) -> None:
    """The windows a provider reports under its own header names."""
    for name, fields in spelled.items():
        window = _Window()
        seen = False
        for key, header in fields.items():
            if isinstance(header, int):
                window.limit = header
                continue
            value = headers.get(header.lower())
            if value is None:
                continue
            seen = True
            raw[header.lower()] = value
            if key == "reset":
                window.reset = _reset_seconds(value, now)
            else:
                setattr(window, "used" if key == "used" else key, _first_int(value))
        if seen:
            windows[f"provider:{name}"] = window


def parse_rate_limit(
    headers: httpx.Headers | Mapping[str, str], now: float, spelled: RateLimitHeaders | None = None
) -> RateLimit | None:
    """The rate-limit state of a response, or None when it reports none.

    `headers` is an `httpx.Headers` or `header_fields` of one. Of several windows, the one with the fewest requests left is reported; between windows
    equally exhausted, the one that resets last, since that is when requests work again.
    Without a reset of its own, the window resets when `Retry-After` says to come back.
    """
    if isinstance(headers, httpx.Headers):
        headers = header_fields(headers)
    raw: dict[str, str] = {}
    windows: dict[str, _Window] = {}
    if spelled:
        _provider_windows(headers, now, spelled, windows, raw)
    for name, value in headers.items():
        if "rate" not in name:  # a cheap test first: most headers are not about the limit
            continue
        if name in ("ratelimit", "ratelimit-policy"):
            raw[name] = value
            continue
        if not _PREFIX.match(name):
            continue
        raw[name] = value
        match = _FAMILY.match(name)
        if match is None:
            continue  # another fact about the limit, such as which operation type it counts
        key = match["pre"] or match["post"] or ""
        window = windows.setdefault(key, _Window())
        field = match["field"]
        if field == "limit":
            window.limit = _first_int(value)
        elif field == "remaining":
            window.remaining = _first_int(value)
        elif field in ("usage", "used"):
            window.used = _first_int(value)
        else:
            window.reset = _reset_seconds(value, now, delta_only=field == "reset-after")
    _structured(headers, now, windows)
    wait = server_wait(headers, now)
    if not raw and wait is None:
        return None
    known = [w for _, w in sorted(windows.items()) if w.left is not None or w.limit is not None]
    known = known or [w for _, w in sorted(windows.items()) if w.reset is not None]
    best = min(known, key=_scarcity) if known else _Window()
    # A per-window family may leave the reset to a general header (`RateLimit-Reset`).
    reset = best.reset if best.reset is not None else windows.get("", _Window()).reset
    if reset is None and wait is not None:
        reset = wait
        for name in ("retry-after-ms", "retry-after"):
            if name in headers:
                raw[name] = headers[name]
    return RateLimit(
        limit=best.limit,
        remaining=best.left,
        reset=reset,
        raw=dict(sorted(raw.items())),
        windows=_by_name(windows, windows.get("", _Window()).reset),
    )


def _by_name(windows: dict[str, _Window], general_reset: float | None) -> dict[str, RateLimit]:
    """Each window that reports what is left or its limit, by its name."""
    out: dict[str, RateLimit] = {}
    for key, window in sorted(windows.items()):
        if window.left is None and window.limit is None:
            continue
        name = key.removeprefix("provider:") or "default"
        reset = window.reset if window.reset is not None else general_reset
        out[name] = RateLimit(limit=window.limit, remaining=window.left, reset=reset)
    return out
