"""Sample text of a string format, for sample data: the `n`-th of a series of distinct
values (an array with `uniqueItems` needs several), each valid as `codegen.ir.formats` and
jsonschema check it. Reserved names and addresses: `example.com`, 192.0.2.0/24 (TEST-NET-1),
2001:db8::/32 (documentation)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

_START = datetime(2024, 1, 2, 3, 4, 5)


def _email(n: int) -> str:
    return f"user{n or ''}@example.com"


def _uri(n: int) -> str:
    return f"https://example.com/{n}" if n else "https://example.com"


_TEXTS: dict[str, Callable[[int], str]] = {
    "date-time": lambda n: (_START + timedelta(days=n)).isoformat() + "Z",
    "date": lambda n: (date(2024, 1, 2) + timedelta(days=n)).isoformat(),
    # RFC 3339's full-time, with its offset (jsonschema's `time` asks for one)
    "time": lambda n: (_START + timedelta(seconds=n)).time().isoformat() + "Z",
    "uuid": lambda n: f"00000000-0000-4000-8000-{n:012x}",
    "decimal": lambda n: str(Decimal("1.5") + n),
    "email": _email,
    "idn-email": _email,
    "uri": _uri,
    "url": _uri,
    "iri": _uri,
    "uri-reference": _uri,
    "iri-reference": _uri,
    "hostname": lambda n: f"host{n}.example.com" if n else "example.com",
    "idn-hostname": lambda n: f"host{n}.example.com" if n else "example.com",
    "ipv4": lambda n: f"192.0.2.{1 + n % 254}",
    "ipv6": lambda n: f"2001:db8::{n + 1:x}",
    "byte": lambda n: base64.b64encode(f"content{n or ''}".encode()).decode(),
    "duration": lambda n: f"P{n + 1}D",
    "uri-template": lambda n: (
        f"https://example.com/{{id}}/{n}" if n else "https://example.com/{id}"
    ),
    "json-pointer": lambda n: f"/items/{n}",
    "relative-json-pointer": lambda n: f"{n}/items",
    "regex": lambda n: f"^[a-z]{{{n + 1}}}$",
}


def format_text(fmt: object, n: int = 0) -> str | None:
    """The `n`-th sample of the format, or None for a format with no sample of its own."""
    make = _TEXTS.get(fmt) if isinstance(fmt, str) else None
    return None if make is None else make(n)
