"""What Prism says about each request: in its log (`--verboseLevel info`) and in its answer.

Prism's log has one line per event, each request opening with `Request received`:

    [7:30:33 PM] › [HTTP SERVER] post /v1/invoices ℹ  info      Request received
    [7:30:33 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules. ...
    [7:30:33 PM] ›     [VALIDATOR] ✖  error     Request body property currency must be string
    [7:30:33 PM] › [HTTP SERVER] post /v1/invoices ✖  error     Request terminated with error: ...

A request counts as checked only when its validator said it passed: a log whose format
changed, or a request Prism never validated, then fails instead of passing unread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_LINE = re.compile(r"^\[[^\]]*\]\s+›\s+\[(?P<source>[A-Z][A-Z ]*)\]\s+(?P<rest>.*)$")
_SERVER = re.compile(
    r"^(?P<method>[a-z]+) (?P<path>\S+) \S+\s+(?P<level>[a-z]+)\s+(?P<message>.*)$"
)
_EVENT = re.compile(r"^\S+\s+(?P<level>[a-z]+)\s+(?P<message>.*)$")
_PASSED = "The request passed the validation rules"
_RECEIVED = "Request received"
_TERMINATED = "Request terminated with error: "
_PRISM_ERRORS = "https://stoplight.io/prism/errors#"
_VIOLATION = re.compile(r"^Violation: (?P<location>\S+) (?P<message>.*)$")


@dataclass
class LoggedRequest:
    """One request as Prism logged it: `violations` are its validator's errors."""

    method: str
    path: str
    validated: bool = False  # the validator said the request passed
    violations: list[str] = field(default_factory=list)
    error: str | None = None  # why Prism answered with an error of its own

    @property
    def problems(self) -> list[str]:
        found = [f"Prism: {v}" for v in self.violations]
        if self.error is not None:
            found.append(f"Prism answered with an error: {self.error}")
        if not self.validated and not found:
            found.append("Prism's log does not say that it validated the request")
        return found


def parse_log(lines: Iterable[str]) -> list[LoggedRequest]:
    """The requests in a Prism log, in the order Prism received them."""
    requests: list[LoggedRequest] = []
    for line in lines:
        m = _LINE.match(line.strip("\r"))
        if m is None:
            continue
        source, rest = m["source"].strip(), m["rest"]
        if source == "HTTP SERVER":
            s = _SERVER.match(rest)
            if s is None:
                continue
            if s["message"] == _RECEIVED:
                requests.append(LoggedRequest(s["method"].upper(), s["path"]))
            elif requests and s["message"].startswith(_TERMINATED):
                requests[-1].error = s["message"][len(_TERMINATED) :]
            continue
        if source != "VALIDATOR" or not requests:
            continue
        e = _EVENT.match(rest)
        if e is None:
            continue
        current = requests[-1]
        if e["level"] == "success" and e["message"].startswith(_PASSED):
            current.validated = True
        elif e["level"] == "error":
            _add_violation(current, e["message"])
    return requests


def _add_violation(request: LoggedRequest, message: str) -> None:
    # Prism logs each violation when it validates and again, with its location, when it
    # answers: keep one entry per message, with the location when it is known
    v = _VIOLATION.match(message)
    text = f"{v['location']}: {v['message']}" if v else message
    plain = v["message"] if v else message
    request.violations = [x for x in request.violations if x != plain]
    if not any(x == text or x.endswith(": " + plain) for x in request.violations):
        request.violations.append(text)


def answer_violations(headers: Mapping[str, str], content: bytes) -> list[str]:
    """The violations Prism put in its answer, as `location: message`.

    An answer made from the document carries them in an `sl-violations` header; an error
    Prism makes up itself (a 422 when the document has no 4xx answer, a 500 when its own
    answer breaks the document) lists them under `validation` in a problem+json body, or
    names the failure by its title (a 401 when the credentials do not fit).
    """
    found = _violations(headers.get("sl-violations"))
    if not headers.get("content-type", "").startswith("application/problem+json"):
        return found
    try:
        body = json.loads(content)
    except ValueError:
        return found
    if not (isinstance(body, dict) and str(body.get("type", "")).startswith(_PRISM_ERRORS)):
        return found
    if isinstance(body.get("validation"), list):
        found += [v for v in _listed(body["validation"]) if v not in found]
    elif not found:  # a security failure, say: named by its title only
        found.append(f"{str(body['type'])[len(_PRISM_ERRORS) :]}: {body.get('title', '')}")
    return found


def _violations(header: str | None) -> list[str]:
    if not header:
        return []
    try:
        data = json.loads(header)
    except ValueError:
        return [f"sl-violations: {header}"]
    return _listed(data) if isinstance(data, list) else [f"sl-violations: {header}"]


def _listed(data: list[Any]) -> list[str]:
    out = []
    for item in data:
        if isinstance(item, dict):
            location = ".".join(str(part) for part in item.get("location") or [])
            message = str(item.get("message", ""))
            out.append(f"{location}: {message}" if location else message)
        else:
            out.append(str(item))
    return out
