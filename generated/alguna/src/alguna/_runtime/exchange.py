"""The sans-IO heart of a call: building the request, deciding on retries, reading the answer.

`Exchange` holds one logical call (every attempt of it). The sync and async clients only
send what it builds, sleep as long as it says and hand it what came back, so the two cannot
decide differently. Its parts: `prepare` (URL, headers, credentials), `bodies`, `retries`
(the policy) and `outcomes` (the data or the error of the last response).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import httpx

from .auth import Auth
from .bodies import file_positions, rewind, write_body
from .call import Call
from .config import ClientConfig, make_timeout
from .constraints import checked
from .errors import ApiConnectionError, ApiError, ApiTimeoutError
from .options import OPTION_NAMES, RequestOptions
from .outcomes import parse_data, status_error
from .parse import select
from .prepare import (
    build_url,
    has_body,
    parsed_url,
    query_string,
    refuse_short_lists,
    request_headers,
    select_auth,
)
from .ratelimit import header_fields, parse_rate_limit
from .redact import Redactor
from .response import ApiResponse, RateLimit, StreamDetails, request_id
from .retries import (
    MAX_REDIRECTS,
    NOT_SENT,
    NOT_TRANSIENT,
    SAFE_METHODS,
    Retry,
    backoff,
    describe,
    status_wait,
)

__all__ = ["Exchange"]

T = TypeVar("T")

_NO_OPTIONS: RequestOptions = {}
_NONE: Mapping[str, str] = MappingProxyType({})


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
        if options:
            unknown = options.keys() - OPTION_NAMES
            if unknown:
                raise TypeError(
                    f"unknown request option(s) {', '.join(sorted(unknown))}; "
                    f"known: {', '.join(sorted(OPTION_NAMES))}"
                )
        else:
            options = _NO_OPTIONS
        self.config = config
        self.call = call
        self.logger = logger
        self.method = call.method.upper()
        self.auths: list[Auth] = select_auth(call, config)
        # The values of fixed credentials are masked by the client's redactor already; those
        # that may change (a callable's, a fetched token) are added at each attempt.
        self._changing = [auth for auth in self.auths if not getattr(auth, "fixed", False)]
        self.redactor = (
            redactor.with_values(self._changing_values()) if self._changing else redactor
        )
        self.max_retries = options.get("max_retries", config.max_retries)
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")
        self.timeout = make_timeout(options.get("timeout", config.timeout))
        extra_headers, extra_query = options.get("extra_headers"), options.get("extra_query")
        self.extra_headers: Mapping[str, str] = dict(extra_headers) if extra_headers else _NONE
        self.extra_query: Mapping[str, str] = dict(extra_query) if extra_query else _NONE
        self.idempotency_header, self.idempotency_key = self._idempotency(options)
        safe_method = self.method in SAFE_METHODS and not call.unsafe
        self.retry_safe = safe_method or self.idempotency_key is not None
        refuse_short_lists(call)
        call = self.call = checked(call)  # a parameter's constraints (`constraints`)
        self.url = build_url(config.base_url, call)
        self.query = query_string(call, self.extra_query)
        self.headers = request_headers(config, call)
        if self.idempotency_key is not None:
            self.headers[self.idempotency_header] = self.idempotency_key
        self.body: dict[str, Any] = {}
        self._files: list[tuple[str, Any]] = []
        if has_body(call):
            written = write_body(call)
            self.body, self._files = written.httpx_args, written.files
            if written.content_type is not None:
                if written.replace:
                    self.headers["Content-Type"] = written.content_type
                else:
                    self.headers.setdefault("Content-Type", written.content_type)
        self._file_positions = file_positions(self._files) if self._files else []
        self.retries = 0  # retries taken so far
        self._attempts = 0  # requests built so far (a token refresh is not a retry)
        self._refreshed_auth = False
        self._redirects = 0
        self._started = time.monotonic()
        self._attempt_started = self._started

    # -- building -------------------------------------------------------------------------

    def _changing_values(self) -> list[str]:
        return [v for auth in self._changing for v in auth.sensitive().values]

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
        lowered = header.lower()
        for name, value in self.extra_headers.items():
            if name.lower() == lowered:
                return header, value
        for param in self.call.headers:
            if param.value is not None and param.name.lower() == lowered:
                return param.name, str(param.value)
        if documented and self.method not in SAFE_METHODS:
            return header, str(uuid.uuid4())
        return header, None

    def build(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The request of the next attempt (credentials are applied by the caller next)."""
        if self._attempts:
            rewind(self._files, self._file_positions)
        self._attempts += 1
        url = parsed_url(f"{self.url}?{self.query}" if self.query else self.url)
        if not all(name.isascii() and value.isascii() for name, value in self.headers.items()):
            # as httpx merges them, refusing what is not ASCII
            return client.build_request(
                self.method, url, headers=self.headers, timeout=self.timeout, **self.body
            )
        request = client.build_request(self.method, url, timeout=self.timeout, **self.body)
        # Set one by one over the client's: as `build_request(headers=)`, at a third the cost
        headers = request.headers
        for name, value in self.headers.items():
            headers[name] = value
        return request

    def ready(self, request: httpx.Request) -> None:
        """Last touches once credentials are on, just before sending: the caller's headers."""
        for name, value in self.extra_headers.items():
            request.headers[name] = value
        if self._changing:  # a credential callable has just given its value: mask it from here on
            self.redactor = self.redactor.with_values(self._changing_values())
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
        not_sent = isinstance(exc, NOT_SENT)
        timed_out = isinstance(exc, httpx.TimeoutException)
        what = describe(exc)
        self.logger.debug(
            "%s %s failed after %.3f s: %s",
            self.method,
            self.redactor.url(url),
            time.monotonic() - self._attempt_started,
            what,
        )
        transient = not isinstance(exc, NOT_TRANSIENT)
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
        return self._decide(response) or self._success(response)

    def on_data(self, response: httpx.Response) -> T | Retry:
        """`on_response` for a caller that wants the data alone: nothing else is read."""
        retry = self._decide(response)
        return self._data(response) if retry is None else retry

    def streams(self, response: httpx.Response) -> bool:
        """Whether a response to a streamed call is a success, handed over with its body unread.

        The body of any other response (an error, a redirect to follow) must be read before
        `on_stream` decides on it.
        """
        status = response.status_code
        return status < 300 or (status < 400 and select(self.call.responses, status) is not None)

    def on_stream(self, response: httpx.Response) -> StreamDetails[T] | Retry:
        """`on_response` for a call whose caller reads the body: a success is not parsed."""
        retry = self._decide(response)
        if retry is not None:
            return retry
        rate_limit, rid = self._limits(response, time.time())
        return StreamDetails(
            request_id=rid,
            rate_limit=rate_limit,
            retries_taken=self.retries,
            elapsed=time.monotonic() - self._started,
            parse=self._data,
        )

    def _limits(self, response: httpx.Response, now: float) -> tuple[RateLimit | None, str | None]:
        """The rate limit and the request id a response reports (read only when wanted)."""
        fields = header_fields(response.headers)
        return parse_rate_limit(fields, now, self.config.rate_limit_headers), request_id(fields)

    def _decide(self, response: httpx.Response) -> Retry | None:
        """A retry or a raised error; None for a success."""
        status = response.status_code
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "response %s %s -> %d in %.3f s (request id %s)",
                self.method,
                self.redactor.url(response.request.url),
                status,
                time.monotonic() - self._attempt_started,
                request_id(response.headers),
            )
        if 300 <= status < 400 and select(self.call.responses, status) is None:
            return self._redirect(response)
        if status < 400:
            return None
        now = time.time()
        rate_limit, rid = self._limits(response, now)
        url = response.request.url
        if (
            status == 401
            and not self._refreshed_auth
            and self._file_positions is not None
            and any(_invalidate(auth) for auth in self.auths)
        ):
            # A cached token the server no longer accepts: fetch a new one, once.
            self._refreshed_auth = True
            return Retry(wait=0.0, reason="refreshing the rejected access token")
        wait, why_not = status_wait(
            response,
            rate_limit,
            now,
            method=self.method,
            retry_safe=self.retry_safe,
            retries=self.retries,
            can_retry=self._can_retry(),
        )
        if wait is not None:
            return self._retry(wait, f"status {status}", url)
        raise self._status_error(response, rate_limit, rid, why_not)

    def _redirect(self, response: httpx.Response) -> Retry:
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
            raise self._status_error(
                response, *self._limits(response, time.time()), f"redirects {why}"
            )
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

    def _data(self, response: httpx.Response) -> T:
        """The data of a success, as documented."""
        data: T = parse_data(
            self.call,
            response,
            self.method,
            self.redactor,
            strict=self.config.strict_response_validation,
            logger=self.logger,
        )
        return data

    def _success(self, response: httpx.Response) -> ApiResponse[T]:
        data = self._data(response)
        rate_limit, rid = self._limits(response, time.time())
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
        self, response: httpx.Response, rate_limit: RateLimit | None, rid: str | None, note: str
    ) -> ApiError:
        return status_error(
            self.config.errors,
            self.call,
            response,
            rate_limit,
            rid,
            note=note,
            method=self.method,
            redactor=self.redactor,
        )


def _invalidate(auth: Auth) -> bool:
    invalidate = getattr(auth, "invalidate", None)
    return bool(invalidate()) if callable(invalidate) else False
