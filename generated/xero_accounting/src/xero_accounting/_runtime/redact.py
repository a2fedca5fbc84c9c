"""Keeping secrets out of logs, exception messages and reprs.

A header or query parameter is secret when its name says so (`Authorization`, `Cookie`,
`x-api-key`, `access_token`, ...) or when the client's credentials use it; known secret
values are also masked wherever they appear in text, in case a server echoes one back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import httpx

__all__ = ["MASK", "Redactor", "install_httpx_log_filter"]

MASK = "***"

# Names that carry credentials, whatever the provider calls them exactly.
_SECRET_NAME = re.compile(
    r"auth|cookie|key|token|secret|passw|pwd|signature|^sig$|session|credential|jwt",
    re.IGNORECASE,
)

# Below this length a secret value is masked only as a whole word, never inside one.
_SHORT_SECRET = 8


@dataclass(frozen=True)
class Redactor:
    """Masks secrets by name (headers, query parameters) and by value (any text)."""

    headers: frozenset[str] = frozenset()
    query: frozenset[str] = frozenset()
    values: tuple[str, ...] = field(default=())

    def with_values(self, values: Iterable[str]) -> Redactor:
        extra = tuple(v for v in values if v and v not in self.values)
        if not extra:
            return self
        return Redactor(self.headers, self.query, self.values + extra)

    def is_secret_header(self, name: str) -> bool:
        return name.lower() in self.headers or _SECRET_NAME.search(name) is not None

    def is_secret_param(self, name: str) -> bool:
        return name in self.query or _SECRET_NAME.search(name) is not None

    def url(self, url: httpx.URL | str) -> str:
        """The URL without its userinfo password and with secret query values masked."""
        url = httpx.URL(url) if isinstance(url, str) else url
        if url.password:
            url = url.copy_with(username=url.username, password=MASK)
        params = url.params
        if any(self.is_secret_param(name) for name in params):
            url = url.copy_with(
                params=[
                    (name, MASK if self.is_secret_param(name) else value)
                    for name, value in params.multi_items()
                ]
            )
        return self.text(str(url).replace("%2A%2A%2A", MASK))

    def header_items(self, headers: httpx.Headers | Mapping[str, str]) -> dict[str, str]:
        """Headers safe to log, secret values masked."""
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
        out: dict[str, str] = {}
        for name, value in items:
            shown = MASK if self.is_secret_header(name) else self.text(value)
            out[name] = f"{out[name]}, {shown}" if name in out else shown
        return out

    def text(self, text: str) -> str:
        """The text with every known secret value masked.

        A short value (a test key such as `x`) is masked only where it stands alone: masked
        inside longer words it would garble every URL and message it occurs in
        (`api.***ero.com`), and show what the secret is.
        """
        for value in self.values:
            if value not in text:
                continue
            if len(value) >= _SHORT_SECRET:
                text = text.replace(value, MASK)
            else:
                text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", MASK, text)
        return text


class _HttpxRedactingFilter(logging.Filter):
    """Masks secret query values in the URLs httpx itself logs (`HTTP Request: GET ...`)."""

    def __init__(self) -> None:
        super().__init__("redact-credentials")
        self.redactor = Redactor()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, httpx.URL) for a in args):
            record.args = tuple(
                self.redactor.url(a) if isinstance(a, httpx.URL) else a for a in args
            )
        return True


_FILTER = _HttpxRedactingFilter()


def install_httpx_log_filter(query_names: Iterable[str]) -> None:
    """Make httpx's own request log mask the given query parameters (API keys in the URL).

    Installed once per runtime on the `httpx` logger; later clients add their names.
    """
    names = frozenset(query_names)
    current = _FILTER.redactor
    if not names <= current.query:
        _FILTER.redactor = Redactor(query=current.query | names)
    logger = logging.getLogger("httpx")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
