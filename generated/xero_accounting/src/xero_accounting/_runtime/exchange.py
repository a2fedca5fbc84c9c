"""The sans-IO heart of a call: building the request, deciding on retries, reading the answer.

`Exchange` holds one logical call (every attempt of it). The sync and async clients only
send what it builds, sleep as long as it says and hand it what came back, so the two cannot
decide differently.
"""

from __future__ import annotations

import logging
import os
import random
import re
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import pydantic

from .auth import Auth
from .call import Call, Encoding, Param
from .deviations import Deviation
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    MissingCredentialsError,
    ResponseValidationError,
    error_class,
)
from .options import OPTION_NAMES, RequestOptions
from .parse import decode_body, parse_error_body, parse_success, select
from .ratelimit import parse_rate_limit, server_wait
from .redact import Redactor
from .response import ApiResponse, RateLimit, StreamDetails, request_id
from .serialize import (
    cookie_header,
    form_body,
    form_pairs,
    header_value,
    json_body,
    path_value,
    query_items,
)

if TYPE_CHECKING:
    from .client import ClientConfig

__all__ = [
    "DEFAULT_TIMEOUT",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_WAIT",
    "SAFE_METHODS",
    "Exchange",
    "Retry",
    "backoff",
    "make_timeout",
]

T = TypeVar("T")

# Methods that only read (RFC 9110, 9.2.1): sent again after a failure without a key.
# PUT and DELETE are idempotent in HTTP's terms, but providers do not always agree (Xero
# creates with PUT): like POST and PATCH, they are repeated only with an idempotency key.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
INITIAL_BACKOFF = 0.5  # seconds before the first retry; doubles each time
MAX_BACKOFF = 8.0  # the longest wait the client chooses itself
MAX_WAIT = 60.0  # the longest wait a server may ask for; longer, and the error is raised
MAX_REDIRECTS = 5

# Statuses where the server refused the request before acting on it: always safe to repeat.
_REJECTED_BEFORE_ACTING = frozenset({408, 429})
# Server errors that a repetition cannot fix.
_PERMANENT_SERVER_ERRORS = frozenset({501, 505})
# Connection failures that prove the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that no repetition fixes (a bad URL scheme, a misconfigured proxy, our own bug).
_NOT_TRANSIENT = (httpx.UnsupportedProtocol, httpx.ProxyError, httpx.LocalProtocolError)

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_BODY_SNIPPET = 500


def make_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout from a number of seconds (connecting gets at most 10 s of it) or as given."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


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


class Exchange(Generic[T]):
    """One logical call: the request it sends and the decisions about what came back."""

    def __init__(
        self,
        config: ClientConfig,
        call: Call[T],
        options: RequestOptions | None,
        logger: logging.Logger,
        redactor: Redactor,
    ) -> None:
        options = options or {}
        unknown = set(options) - OPTION_NAMES
        if unknown:
            raise TypeError(
                f"unknown request option(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(OPTION_NAMES))}"
            )
        self.config = config
        self.call = call
        self.logger = logger
        self.method = call.method.upper()
        self.auths: list[Auth] = select_auth(call, config)
        values = [v for auth in self.auths for v in auth.sensitive().values]
        self.redactor = redactor.with_values(values)
        self.max_retries = options.get("max_retries", config.max_retries)
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")
        self.timeout = make_timeout(options.get("timeout", config.timeout))
        self.extra_headers = dict(options.get("extra_headers") or {})
        self.extra_query = dict(options.get("extra_query") or {})
        self.idempotency_header, self.idempotency_key = self._idempotency(options)
        safe_method = self.method in SAFE_METHODS and not call.unsafe
        self.retry_safe = safe_method or self.idempotency_key is not None
        _refuse_short_lists(call)
        self.url = build_url(config.base_url, call)
        # Encoded here rather than by httpx, which would also encode the styles' delimiters.
        self.query = self._query()
        self._files: list[tuple[str, Any]] = []
        self.headers = self._headers()
        self.body = self._body()
        self._file_positions = _file_positions(self._files)
        self.retries = 0  # retries taken so far
        self._attempts = 0  # requests built so far (a token refresh is not a retry)
        self._refreshed_auth = False
        self._redirects = 0
        self._started = time.monotonic()
        self._attempt_started = self._started

    # -- building -------------------------------------------------------------------------

    def _idempotency(self, options: RequestOptions) -> tuple[str, str | None]:
        """The idempotency header and the key this call sends in it, if any.

        The caller's key (the request option, an extra header, or the operation's own
        parameter) wins; else a write whose operation or client documents the header gets a
        fresh key, which every retry of this call repeats.
        """
        documented = self.call.idempotency_header or self.config.idempotency_header
        header = documented or "Idempotency-Key"
        given = options.get("idempotency_key")
        if given:
            return header, given
        for name, value in self.extra_headers.items():
            if name.lower() == header.lower():
                return header, value
        for param in self.call.headers:
            if param.name.lower() == header.lower() and param.value is not None:
                return param.name, str(param.value)
        if documented and self.method not in SAFE_METHODS:
            return header, str(uuid.uuid4())
        return header, None

    def _query(self) -> str:
        """The encoded query string; the caller's `extra_query` replaces same-named items."""
        items = [item for param in self.call.query for item in query_items(param)]
        if self.extra_query:
            items = [(k, text) for k, text in items if k not in self.extra_query]
            items.extend(
                item for k, v in self.extra_query.items() for item in query_items(Param(k, v))
            )
        return "&".join(text for _, text in items)

    def _headers(self) -> dict[str, str]:
        headers: dict[str, str] = dict(self.config.default_headers)
        if self.config.user_agent:
            headers["User-Agent"] = self.config.user_agent
        accept = _accept(self.call)
        if accept:
            headers["Accept"] = accept
        for param in self.call.headers:
            value = header_value(param)
            if value is not None:
                headers[param.name] = value
        cookies = cookie_header(self.call.cookies)
        if cookies:
            headers["Cookie"] = cookies
        if self.idempotency_key is not None:
            headers[self.idempotency_header] = self.idempotency_key
        return headers

    def _body(self) -> dict[str, Any]:
        call = self.call
        json_value, form, files, content = call.json, call.form, call.files, call.content
        if call.body is not None:
            # One value, written as its content type says (the caller may choose the type).
            kind = _media_kind(call.content_type)
            if kind == "multipart":
                files = call.body
            elif kind == "form":
                form = call.body
            elif isinstance(call.body, bytes | str):
                content = call.body
            else:
                json_value = call.body
        if files is not None:
            # httpx writes the multipart Content-Type itself, with its boundary.
            parts, fields = _split_multipart(files, call.encoding)
            fields.update(_fields(form))
            self._files = parts
            if not parts:
                return self._multipart_fields_only(fields)
            return {"files": parts, "data": _form_dict(fields)}
        if form is not None:
            self.headers.setdefault(
                "Content-Type", call.content_type or "application/x-www-form-urlencoded"
            )
            styles = {name: (e.style, e.explode) for name, e in call.encoding.items()}
            return {"content": form_body(_fields(form), styles)}
        if content is not None:
            default = "text/plain; charset=utf-8" if isinstance(content, str) else None
            content_type = call.content_type or default or "application/octet-stream"
            self.headers.setdefault("Content-Type", content_type)
            return {"content": content}
        if json_value is not None:
            self.headers.setdefault("Content-Type", call.content_type or "application/json")
            return {"content": json_body(json_value)}
        return {}

    def _multipart_fields_only(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A multipart body without files, still multipart: httpx would send its fields as a
        urlencoded form. Each field is a part without a file name; with no field at all, the
        body is the closing boundary alone."""
        parts = [
            (name, (None, text)) for name, texts in _form_dict(fields).items() for text in texts
        ]
        if parts:
            return {"files": parts}
        boundary = uuid.uuid4().hex
        self.headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        return {"content": f"--{boundary}--\r\n".encode("ascii")}

    def build(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The request of the next attempt (credentials are applied by the caller next)."""
        if self._attempts:
            _rewind(self._files, self._file_positions)
        self._attempts += 1
        return client.build_request(
            self.method,
            f"{self.url}?{self.query}" if self.query else self.url,
            headers=self.headers,
            timeout=self.timeout,
            **self.body,
        )

    def ready(self, request: httpx.Request) -> None:
        """Last touches once credentials are on, just before sending: the caller's headers."""
        for name, value in self.extra_headers.items():
            request.headers[name] = value
        # a credential callable has just given its value: mask it from here on
        values = [v for auth in self.auths for v in auth.sensitive().values]
        self.redactor = self.redactor.with_values(values)
        self._attempt_started = time.monotonic()
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "request %s %s (attempt %d of %d) headers=%s",
                self.method,
                self.redactor.url(request.url),
                self.retries + 1,
                self.max_retries + 1,
                self.redactor.header_items(request.headers),
            )

    # -- deciding -------------------------------------------------------------------------

    def _can_retry(self) -> bool:
        return self.retries < self.max_retries and self._file_positions is not None

    def _retry(self, wait: float, reason: str, url: httpx.URL) -> Retry:
        self.retries += 1
        self.logger.debug(
            "retrying %s %s in %.2f s: %s (retry %d of %d)",
            self.method,
            self.redactor.url(url),
            wait,
            reason,
            self.retries,
            self.max_retries,
        )
        return Retry(wait=wait, reason=reason)

    def on_error(self, exc: httpx.TransportError, request: httpx.Request | None) -> Retry:
        """A retry after a connection failure, or the `ApiConnectionError` to raise."""
        url = request.url if request is not None else httpx.URL(self.url)
        not_sent = isinstance(exc, _NOT_SENT)
        timed_out = isinstance(exc, httpx.TimeoutException)
        what = _describe(exc)
        self.logger.debug(
            "%s %s failed after %.3f s: %s",
            self.method,
            self.redactor.url(url),
            time.monotonic() - self._attempt_started,
            what,
        )
        transient = not isinstance(exc, _NOT_TRANSIENT)
        if transient and (not_sent or self.retry_safe) and self._can_retry():
            return self._retry(backoff(self.retries), what, url)
        note = ""
        if transient and not not_sent and not self.retry_safe and self.max_retries:
            note = (
                f"; not retried: the {self.method} request may have reached the server and"
                " carries no idempotency key"
            )
        elif self.retries:
            note = f" (after {self.retries} retries)"
        message = self.redactor.text(f"{what} for {self.method} {self.redactor.url(url)}{note}")
        error = ApiTimeoutError if timed_out else ApiConnectionError
        raise error(message, request=request) from exc

    def on_response(self, response: httpx.Response) -> ApiResponse[T] | Retry:
        """The result of a response: a parsed `ApiResponse`, a retry, or a raised error."""
        step = self._decide(response)
        if isinstance(step, Retry):
            return step
        return self._success(response, *step)

    def streams(self, response: httpx.Response) -> bool:
        """Whether a response to a streamed call is a success, handed over with its body unread.

        The body of any other response (an error, a redirect to follow) must be read before
        `on_stream` decides on it.
        """
        status = response.status_code
        return status < 300 or (status < 400 and select(self.call.responses, status) is not None)

    def on_stream(self, response: httpx.Response) -> StreamDetails[T] | Retry:
        """`on_response` for a call whose caller reads the body: a success is not parsed."""
        step = self._decide(response)
        if isinstance(step, Retry):
            return step
        rate_limit, rid = step
        return StreamDetails(
            request_id=rid,
            rate_limit=rate_limit,
            retries_taken=self.retries,
            elapsed=time.monotonic() - self._started,
            parse=lambda read: self._success(read, rate_limit, rid).data,
        )

    def _decide(self, response: httpx.Response) -> tuple[RateLimit | None, str | None] | Retry:
        """A retry or a raised error; for a success, its rate limit and request id."""
        now = time.time()
        status = response.status_code
        rate_limit = parse_rate_limit(response.headers, now, self.config.rate_limit_headers)
        rid = request_id(response.headers)
        url = response.request.url
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "response %s %s -> %d in %.3f s (request id %s)",
                self.method,
                self.redactor.url(url),
                status,
                time.monotonic() - self._attempt_started,
                rid,
            )
        if 300 <= status < 400 and select(self.call.responses, status) is None:
            return self._redirect(response, rate_limit, rid)
        if status < 400:
            return rate_limit, rid
        if (
            status == 401
            and not self._refreshed_auth
            and self._file_positions is not None
            and any(_invalidate(auth) for auth in self.auths)
        ):
            # A cached token the server no longer accepts: fetch a new one, once.
            self._refreshed_auth = True
            return Retry(wait=0.0, reason="refreshing the rejected access token")
        wait, why_not = self._status_retry(response, rate_limit, now)
        if wait is not None:
            return self._retry(wait, f"status {status}", url)
        raise self._status_error(response, rate_limit, rid, why_not)

    def _redirect(
        self, response: httpx.Response, rate_limit: RateLimit | None, rid: str | None
    ) -> Retry:
        """Follow a redirect the document does not describe, if it stays on the same origin.

        Credentials in headers other than `Authorization` (an API key, a cookie) would go
        along to wherever a redirect points, so redirects elsewhere are not followed.
        """
        location = response.headers.get("location")
        source = response.request.url
        target = source.join(location) if location else None
        same_origin = target is not None and (target.scheme, target.host, target.port) == (
            source.scheme,
            source.host,
            source.port,
        )
        if target is None or not same_origin or self._redirects >= MAX_REDIRECTS:
            why = (
                "without a Location"
                if target is None
                else (
                    f"to {self.redactor.url(target)}: not followed, "
                    + (
                        "too many redirects"
                        if same_origin
                        else "credentials stay on the API's host"
                    )
                )
            )
            raise self._status_error(response, rate_limit, rid, f"redirects {why}")
        self._redirects += 1
        status = response.status_code
        if status == 303 or status in (301, 302) and self.method == "POST":
            # As browsers and httpx do: the redirected request fetches the result.
            self.method = "GET"
            self.body = {}
            self._files = []
            self.headers.pop("Content-Type", None)
            self.retry_safe = True
        self.url = str(target.copy_with(query=None))
        self.query = target.query.decode("ascii")
        return Retry(wait=0.0, reason=f"redirected to {self.redactor.url(target)}")

    def _status_retry(
        self, response: httpx.Response, rate_limit: RateLimit | None, now: float
    ) -> tuple[float | None, str]:
        """How long to wait before retrying an error status, or None and why not."""
        status = response.status_code
        rejected = status in _REJECTED_BEFORE_ACTING
        if not rejected and (status < 500 or status in _PERMANENT_SERVER_ERRORS):
            return None, ""
        if not (rejected or self.retry_safe):
            return None, (
                f"not retried: the {self.method} request may have been acted on and carries"
                " no idempotency key"
            )
        if not self._can_retry():
            return None, f"after {self.retries} retries" if self.retries else ""
        wait = server_wait(response.headers, now)
        if wait is None and status == 429 and rate_limit is not None:
            wait = rate_limit.reset
        if wait is None:
            return backoff(self.retries), ""
        if wait > MAX_WAIT:
            return None, f"not retried: the server asks to wait {wait:.0f} s"
        return wait, ""

    def _success(
        self, response: httpx.Response, rate_limit: RateLimit | None, rid: str | None
    ) -> ApiResponse[T]:
        spec = select(self.call.responses, response.status_code)
        deviations: list[Deviation] = []
        strict = self.config.strict_response_validation
        try:
            data = parse_success(spec, response, strict=strict, deviations=deviations)
        except (pydantic.ValidationError, ValueError) as exc:
            errors: list[Any] = []
            if isinstance(exc, pydantic.ValidationError):
                errors = [dict(e) for e in exc.errors(include_url=False, include_input=False)]
                detail = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or '(body)'}: {e['msg']}" for e in errors
                )
            else:
                detail = "the body is not valid JSON"
            raise ResponseValidationError(
                self.redactor.text(
                    f"{self.call.operation_id}: the {response.status_code} response of "
                    f"{self.method} {self.redactor.url(response.request.url)} does not match "
                    f"its documented type (request id {rid}): {detail}"
                ),
                response=response,
                body=decode_body(response),
                errors=errors,
            ) from exc
        if deviations:
            self.logger.warning(
                "%s",
                self.redactor.text(
                    f"{self.call.operation_id}: the {response.status_code} response of "
                    f"{self.method} {self.redactor.url(response.request.url)} deviates from its "
                    f"documented type (request id {rid}); the values received are kept: "
                    + "; ".join(f"{d.location}: {d.message}" for d in deviations)
                ),
            )
        return ApiResponse(
            data=data,
            status_code=response.status_code,
            headers=response.headers,
            request_id=rid,
            content=response.content,
            rate_limit=rate_limit,
            http_response=response,
            retries_taken=self.retries,
            elapsed=time.monotonic() - self._started,
        )

    def _status_error(
        self,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        rid: str | None,
        note: str,
    ) -> ApiError:
        status = response.status_code
        body = parse_error_body(select(self.call.error_bodies, status), response)
        snippet = response.text.strip().replace("\n", " ")
        if len(snippet) > _BODY_SNIPPET:
            snippet = snippet[:_BODY_SNIPPET] + "..."
        message = (
            f"{status} {response.reason_phrase} from {self.method} "
            f"{self.redactor.url(response.request.url)} (request id {rid})"
            + (f" {note}" if note else "")
            + (f": {snippet}" if snippet else "")
        )
        cls = error_class(self.config.errors, status)
        return cls(
            self.redactor.text(message),
            response=response,
            body=body,
            request_id=rid,
            rate_limit=rate_limit,
        )


def select_auth(call: Call[Any], config: ClientConfig) -> list[Auth]:
    """The credentials of the first security alternative the client can satisfy.

    Raises `MissingCredentialsError`, before anything is sent, when the operation needs
    credentials and none of its alternatives is fully supplied.
    """
    if not call.security:
        return []
    for alternative in call.security:
        if all(key in config.auth for key in alternative):
            return [config.auth[key] for key in alternative]
    options = []
    env_vars: list[str] = []
    for alternative in call.security:
        parts = []
        for key in alternative:
            env = config.auth_env.get(key)
            if env:
                env_vars.append(env)
            where = f" (or the environment variable {env})" if env else ""
            state = "" if key in config.auth else " missing"
            parts.append(f"{key}{state}{where}")
        options.append(" and ".join(parts))
    raise MissingCredentialsError(
        f"{call.operation_id} needs credentials: " + "; or ".join(options),
        missing=[[k for k in alt if k not in config.auth] for alt in call.security],
        env_vars=sorted(set(env_vars)),
    )


def _refuse_short_lists(call: Call[Any]) -> None:
    """`ValueError` for a list parameter with fewer items than it needs: it cannot be sent."""
    params = [*call.query, *call.headers, *call.cookies]
    params += [p for p in call.path_params.values() if isinstance(p, Param)]
    for param in params:
        value = param.value
        if isinstance(value, list | tuple | set | frozenset) and len(value) < param.min_items:
            raise ValueError(
                f"{call.operation_id}: parameter {param.name!r} needs at least "
                f"{param.min_items} item(s), not {len(value)}"
            )


def build_url(base_url: str, call: Call[Any]) -> str:
    """The absolute URL of a call, path parameters encoded into their own segments."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in call.path_params or call.path_params[name] is None:
            raise ValueError(f"{call.operation_id}: path parameter {name!r} is missing")
        value = call.path_params[name]
        if isinstance(value, Param):
            text = path_value(name, value.value, value.style, value.explode)
        else:
            text = path_value(name, value)
        if text == "":
            raise ValueError(f"{call.operation_id}: path parameter {name!r} is empty")
        return text

    path = _PLACEHOLDER.sub(fill, call.path)
    if not path.startswith("/"):
        path = "/" + path
    return base_url.rstrip("/") + path


def _accept(call: Call[Any]) -> str | None:
    types: list[str] = []
    for key, spec in sorted(call.responses.items()):
        if not (key.startswith("2") or key == "default"):
            continue
        media = spec.media_type or ("application/json" if spec.kind == "json" else None)
        if media and media not in types:
            types.append(media)
    return ", ".join(types) if types else None


def _fields(value: Any) -> dict[str, Any]:
    """The fields of a form body given as a mapping or a model (by wire name, as set)."""
    if value is None:
        return {}
    if isinstance(value, pydantic.BaseModel):
        value = {
            name: getattr(value, attr)
            for attr, name in _wire_names(value).items()
            if attr in value.model_fields_set
        } | dict(value.model_extra or {})
    return dict(value)


def _wire_names(model: pydantic.BaseModel) -> dict[str, str]:
    return {
        attr: info.serialization_alias or info.alias or attr
        for attr, info in type(model).model_fields.items()
    }


def _media_kind(content_type: str | None) -> str:
    base = (content_type or "").split(";")[0].strip().lower()
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    return "other"


def _is_file(value: Any) -> bool:
    return isinstance(value, bytes | bytearray | memoryview | tuple | os.PathLike) or hasattr(
        value, "read"
    )


def _is_object(value: Any) -> bool:
    return isinstance(value, Mapping | pydantic.BaseModel)


def _split_multipart(
    files: Any, encoding: Mapping[str, Encoding]
) -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    """The parts of a multipart body: files and objects (as JSON parts), and plain fields.

    A file is bytes, a file-like, a path, or `(file name, data)` / `(file name, data,
    content type)`; the document's `encoding` gives the content type a file part gets when
    the caller does not say.
    """
    parts: list[tuple[str, Any]] = []
    fields: dict[str, Any] = {}
    for name, value in _fields(files).items():
        if value is None:
            continue
        part_type = encoding[name].content_type if name in encoding else None
        values = value if isinstance(value, list) else [value]
        if values and all(map(_is_file, values)):
            parts.extend((name, _file_part(item, part_type)) for item in values)
        elif values and all(map(_is_object, values)):
            # An object is a JSON part: the OpenAPI default for object properties.
            parts.extend(
                (name, (None, json_body(item), part_type or "application/json")) for item in values
            )
        else:
            fields[name] = value
    return parts, fields


def _file_part(value: Any, content_type: str | None) -> Any:
    """A file as httpx takes it, with the document's content type unless the caller gave one."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        value = (path.name, path.read_bytes())
    elif isinstance(value, tuple) and len(value) > 1 and isinstance(value[1], os.PathLike):
        value = (value[0], Path(value[1]).read_bytes(), *value[2:])
    if isinstance(value, tuple):
        return (*value, content_type) if len(value) == 2 and content_type else value
    if content_type is None:
        return value
    name = getattr(value, "name", None)
    return (Path(name).name if isinstance(name, str) else "upload", value, content_type)


def _form_dict(form: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in form_pairs(form):
        out.setdefault(name, []).append(value)
    return out


def _file_objects(files: list[tuple[str, Any]]) -> list[Any]:
    objects = []
    for _, item in files:
        obj = item[1] if isinstance(item, tuple) and len(item) > 1 else item
        if hasattr(obj, "read"):
            objects.append(obj)
    return objects


def _file_positions(files: list[tuple[str, Any]]) -> list[int] | None:
    """Where each file-like value starts, to send it again; None if one cannot be rewound."""
    positions = []
    for obj in _file_objects(files):
        try:
            if not obj.seekable():
                return None
            positions.append(obj.tell())
        except (AttributeError, OSError, ValueError):
            return None
    return positions


def _rewind(files: list[tuple[str, Any]], positions: list[int] | None) -> None:
    for obj, position in zip(_file_objects(files), positions or [], strict=False):
        obj.seek(position)


def _invalidate(auth: Auth) -> bool:
    invalidate = getattr(auth, "invalidate", None)
    return bool(invalidate()) if callable(invalidate) else False


def _describe(exc: httpx.TransportError) -> str:
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
