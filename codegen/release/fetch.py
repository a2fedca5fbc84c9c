"""`codegen fetch`: download the documents a manifest names a `source:` for.

Conditional requests: the validators of the last download (ETag, Last-Modified) are kept
beside the document in `<document>.fetched.json`, so an unchanged document costs a 304.
A document is written only when its bytes changed, exactly as published, through a
temporary file renamed over it: a failure leaves the old copy whole.
"""

from __future__ import annotations

import difflib
import json
import os
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from codegen.lock import FETCH_RECORD_SUFFIX
from codegen.manifest import DocumentEntry

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRIES = 2  # after the first attempt, on connection errors, timeouts, 429 and 5xx
BACKOFF = 0.5  # seconds, doubled each retry; a Retry-After up to MAX_WAIT is honoured
MAX_WAIT = 30.0
USER_AGENT = "invoice-codegen-fetch"


@dataclass(frozen=True)
class Fetched:
    document: Path
    state: str  # "unchanged", "changed" or "failed"
    detail: str = ""  # the diff stat, or why it failed


def validators_file(document: Path) -> Path:
    return document.with_name(document.name + FETCH_RECORD_SUFFIX)


def fetch_document(client: httpx.Client, entry: DocumentEntry) -> Fetched:
    assert entry.source is not None
    document = entry.path
    meta_file = validators_file(document)
    meta = _read_meta(meta_file, entry.source)
    headers: dict[str, str] = {}
    if document.is_file():  # validators mean nothing without the copy they describe
        etag, modified = meta.get("etag"), meta.get("last_modified")
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
    try:
        response = _get(client, entry.source, headers)
    except httpx.HTTPError as exc:
        return Fetched(document, "failed", f"{type(exc).__name__}: {exc}; the old copy kept")
    if response.status_code == 304:
        return Fetched(document, "unchanged", "not modified")
    if response.status_code != 200:
        reason = response.reason_phrase or ""
        return Fetched(
            document,
            "failed",
            f"HTTP {response.status_code} {reason}; the old copy kept".replace("  ", " "),
        )
    body = response.content
    old = document.read_bytes() if document.is_file() else None
    new_meta = {
        "source": entry.source,
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
    }
    if old != body:
        _write_atomically(document, body)
    if new_meta != meta or not meta_file.is_file():
        _write_atomically(meta_file, (json.dumps(new_meta, indent=2) + "\n").encode())
    if old == body:
        return Fetched(document, "unchanged", "same content")
    return Fetched(document, "changed", _stat(old, body))


def _get(client: httpx.Client, url: str, headers: dict[str, str]) -> httpx.Response:
    for attempt in range(RETRIES + 1):
        last = attempt == RETRIES
        try:
            response = client.get(url, headers=headers)
        except (httpx.TransportError, httpx.TimeoutException):
            if last:
                raise
            time.sleep(BACKOFF * 2**attempt)
            continue
        if response.status_code in (429, 500, 502, 503, 504) and not last:
            time.sleep(_wait(response, BACKOFF * 2**attempt))
            continue
        return response
    raise AssertionError("unreachable")


def _wait(response: httpx.Response, default: float) -> float:
    try:
        return min(float(response.headers.get("retry-after", default)), MAX_WAIT)
    except ValueError:  # an HTTP date: not worth parsing for a document fetch
        return default


def _read_meta(file: Path, source: str) -> dict[str, str | None]:
    try:
        meta = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    # validators of another URL say nothing about this one
    return meta if isinstance(meta, dict) and meta.get("source") == source else {}


def _write_atomically(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        # a temporary file is private; the document gets the mode it had, or a new file's
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _stat(old: bytes | None, new: bytes) -> str:
    new_lines = new.decode("utf-8", "replace").splitlines()
    if old is None:
        return f"new, {len(new_lines)} lines"
    added = removed = 0
    for line in difflib.unified_diff(old.decode("utf-8", "replace").splitlines(), new_lines, n=0):
        if line.startswith("+") and not line.startswith("+++"):
            added += 1
        elif line.startswith("-") and not line.startswith("---"):
            removed += 1
    return f"+{added} -{removed} lines"


def new_client() -> httpx.Client:
    return httpx.Client(
        timeout=TIMEOUT,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=httpx.HTTPTransport(retries=1),
    )
