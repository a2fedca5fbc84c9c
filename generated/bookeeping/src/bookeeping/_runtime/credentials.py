"""Secrets and where credential values come from.

Every secret is held in a `Secret`, whose repr is `***`, so that printing a client, an auth
object or a traceback's locals does not show it. A credential may also be a callable (a
coroutine function for the async client), asked for the value each time a request needs it:
a token that refreshes itself. Its repr is never shown either.
"""

from __future__ import annotations

import hmac
import inspect
import os
from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias, overload

__all__ = ["CredentialSource", "Secret", "Source", "as_secret", "credential"]


class Secret:
    """A secret string: `repr` and `str` show `***`; `.get()` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        self._value = value.get() if isinstance(value, Secret) else value

    def get(self) -> str:
        """The secret itself, for the one place that sends it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)


def as_secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


# A credential as the user gives it: the value, or a callable that returns it when a request
# needs it (the async client also awaits what the callable returns).
CredentialSource: TypeAlias = str | Secret | Callable[[], str | Awaitable[str]]


class Source:
    """A credential that is a value or a callable; the last value obtained is remembered,
    so that it can be masked in logs and messages."""

    __slots__ = ("_call", "_last")

    def __init__(self, value: CredentialSource) -> None:
        if isinstance(value, str | Secret):
            self._call: Callable[[], Any] | None = None
            self._last: Secret | None = as_secret(value)
        elif callable(value):
            self._call, self._last = value, None
        else:
            raise TypeError(f"a credential is a string or a callable, not {type(value).__name__}")

    @property
    def dynamic(self) -> bool:
        return self._call is not None

    def _keep(self, value: object) -> str:
        if not isinstance(value, str | Secret) or not value:
            # The type only: the value may be a secret of another shape.
            raise TypeError(
                f"a credential callable must return a non-empty string, not {type(value).__name__}"
            )
        self._last = as_secret(value)
        return self._last.get()

    def get(self) -> str:
        if self._call is None:
            assert self._last is not None
            return self._last.get()
        value = self._call()
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()  # never awaited: say so rather than warn at exit
            raise TypeError("an async credential callable needs the AsyncClient")
        return self._keep(value)

    async def get_async(self) -> str:
        if self._call is None:
            return self.get()
        value = self._call()
        if inspect.isawaitable(value):
            value = await value
        return self._keep(value)

    def known(self) -> tuple[str, ...]:
        """The values seen so far (for a callable, the last one it returned)."""
        return (self._last.get(),) if self._last is not None else ()

    def __repr__(self) -> str:
        return "Secret('***')"


@overload
def credential(value: str | None, env_var: str | None) -> str | None: ...


@overload
def credential(value: CredentialSource | None, env_var: str | None) -> CredentialSource | None: ...


def credential(value: CredentialSource | None, env_var: str | None) -> CredentialSource | None:
    """The credential given, else the environment variable's value, else None.

    Empty strings count as not given, so that an unset variable exported empty does not send
    an empty key. A callable is taken as it is: it is asked when a request needs it.
    """
    if callable(value):
        return value
    if value:
        return value
    if env_var:
        return os.environ.get(env_var) or None
    return None
