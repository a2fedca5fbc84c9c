"""One exception hierarchy for everything a call can fail with.

```
ApiError
├── ApiConnectionError          the request may not have reached the server
│   └── ApiTimeoutError
├── ApiStatusError              an error status (or a redirect that is not followed)
│   ├── ClientStatusError       4xx (the generated errors.py adds one class per documented status)
│   └── ServerStatusError       5xx
├── MissingCredentialsError     no credentials for the operation; nothing was sent
├── OAuth2TokenError            the token endpoint refused to issue a token
└── ResponseValidationError     a successful response does not match its documented type
```

Messages are built by the client with secrets already redacted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import httpx

from .response import RateLimit

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "ClientStatusError",
    "MissingCredentialsError",
    "OAuth2TokenError",
    "ResponseValidationError",
    "ServerStatusError",
    "error_class",
]


class ApiError(Exception):
    """Base of every error a generated client raises."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which the default pickling cannot pass:
        # rebuild from the attributes, so errors cross process boundaries (task queues).
        return (_restore, (type(self), self.__dict__.copy()))


def _restore(cls: type[ApiError], state: dict[str, Any]) -> ApiError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class ApiConnectionError(ApiError):
    """The server could not be reached, or the connection failed before an answer came."""


class ApiTimeoutError(ApiConnectionError):
    """No answer within the timeout."""


class MissingCredentialsError(ApiError):
    """The operation needs credentials the client was not given; nothing was sent."""

    def __init__(
        self, message: str, *, missing: Sequence[Sequence[str]], env_vars: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.missing = tuple(tuple(alternative) for alternative in missing)
        self.env_vars = tuple(env_vars)


class OAuth2TokenError(ApiError):
    """The token endpoint answered without a usable access token."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        status_code: int | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code
        self.body = body


class ResponseValidationError(ApiError):
    """A successful response whose body does not match the type the document gives it: with
    `strict_response_validation`, or when the body itself is not of its type (by default a
    value that deviates inside an object, a map or a list is kept as received, with a logged
    warning).

    `body` is the decoded JSON (or the raw text), so the data is not lost; `errors` lists
    pydantic's findings.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        errors: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.errors = tuple(errors)


class ApiStatusError(ApiError):
    """The server answered with an error status.

    `body` is parsed with the operation's documented error type when there is one, else it
    is the decoded JSON, else the text. Generated subclasses set `status` (`"429"`, `"4XX"`).
    """

    status: ClassVar[str] = ""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        request_id: str | None,
        rate_limit: RateLimit | None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.request_id = request_id
        self.rate_limit = rate_limit


class ClientStatusError(ApiStatusError):
    """A 4xx status the document does not describe (or the base of those it does)."""


class ServerStatusError(ApiStatusError):
    """A 5xx status the document does not describe (or the base of those it does)."""


def error_class(
    errors: Mapping[str, type[ApiStatusError]], status_code: int
) -> type[ApiStatusError]:
    """The class for a status: the exact status, then its range (`4XX`), then the general one.

    A redirect (3xx) that is not followed gets `ApiStatusError` itself.
    """
    exact = errors.get(str(status_code))
    if exact is not None:
        return exact
    ranged = errors.get(f"{status_code // 100}XX")
    if ranged is not None:
        return ranged
    if status_code < 400:
        return ApiStatusError
    return ServerStatusError if status_code >= 500 else ClientStatusError
