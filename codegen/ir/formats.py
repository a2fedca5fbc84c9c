"""The formats an example or a sample is checked against (jsonschema's `FormatChecker`).

A value breaking its schema's format contradicts the schema: an example is reported and
replaced by data built from the schema, a sample is no valid sample. Checked are the formats
the models give a type of their own, as RFC 3339 and the types read them (a `date-time` and a
`time` have their UTC offset, which a client refuses to send without; a `date` no time), and
the plain formats a server or a mock server checks, by jsonschema's own checkers (the
libraries of its `format-nongpl` extra are dependencies): `email`, `idn-email`, `ipv4`,
`ipv6`, `uri`, `uri-reference`, `uri-template`, `hostname`, `idn-hostname`, `json-pointer`,
`relative-json-pointer`, `regex` and `duration`; `iri` and `iri-reference` by their mapping to
a URI (RFC 3987, section 3.1); and `byte` (base64) and the integer ranges `int32` and `int64`.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from jsonschema import Draft202012Validator, FormatChecker

FORMATS = FormatChecker(formats=())

_RFC3339_DATE_TIME = re.compile(
    r"^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$", re.ASCII
)
_RFC3339_TIME = re.compile(r"^\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$", re.ASCII)
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$", re.ASCII)
_RANGES = {"int32": 2**31, "int64": 2**63}

# jsonschema registers a checker only where its library imports: a missing one is an error here
_JSONSCHEMA_FORMATS = (
    "email",
    "idn-email",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "uri-template",
    "hostname",
    "idn-hostname",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "duration",
)
for _name in _JSONSCHEMA_FORMATS:
    _check, _raises = Draft202012Validator.FORMAT_CHECKER.checkers[_name]
    FORMATS.checks(_name, raises=_raises)(_check)


# jsonschema checks `iri` with rfc3987-syntax, which builds 38 grammars when imported (1.6 s
# of every run), so that library is left out: an IRI is checked as the URI it maps to, its
# characters outside ASCII percent-encoded as UTF-8 (RFC 3987, section 3.1)
def _as_uri(value: object) -> object:
    if not isinstance(value, str):
        return value
    return "".join(c if c.isascii() else urllib.parse.quote(c, safe="") for c in value)


for _name, _uri in (("iri", "uri"), ("iri-reference", "uri-reference")):
    _check, _raises = Draft202012Validator.FORMAT_CHECKER.checkers[_uri]
    FORMATS.checks(_name, raises=_raises)(lambda value, check=_check: check(_as_uri(value)))


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339_DATE_TIME.match(value):
        return False
    datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))  # a real date and time
    return True


@FORMATS.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    date.fromisoformat(value)  # `2024-01-02` only: 3.11 reads `20240102` too, RFC 3339 not
    return len(value) == 10


@FORMATS.checks("time", raises=ValueError)
def _time(value: object) -> bool:
    # RFC 3339's full-time, as jsonschema reads the format: with its offset; a real time
    if not isinstance(value, str):
        return True
    if not _RFC3339_TIME.match(value):
        return False
    datetime.fromisoformat("2024-01-02T" + value.upper())
    return True


@FORMATS.checks("uuid", raises=ValueError)
def _uuid(value: object) -> bool:
    # the models type the format as `UUID`: a value it cannot read contradicts the schema
    if isinstance(value, str):
        UUID(value)
    return True


@FORMATS.checks("decimal", raises=(ArithmeticError, ValueError))
def _decimal(value: object) -> bool:
    # the models type the format as `Decimal`, which reads a number or its text
    if isinstance(value, str):
        return Decimal(value).is_finite()
    return True


@FORMATS.checks("byte", raises=binascii.Error)
def _byte(value: object) -> bool:
    # base64 as RFC 4648 writes it, padded: what `bytes` the server decodes
    if not isinstance(value, str):
        return True
    if len(value) % 4 or not _BASE64.match(value):
        return False
    base64.b64decode(value, validate=True)
    return True


@FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return _in_range(value, _RANGES["int32"])


@FORMATS.checks("int64")
def _int64(value: object) -> bool:
    return _in_range(value, _RANGES["int64"])


def _in_range(value: object, bound: int) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True  # the type is the `type` keyword's to judge
    return -bound <= value < bound
