"""`with_raw_response` and `with_streaming_response`: each resource method, answering with more.

A generated method builds its `Call` and hands it to `self._core.send`, which answers with
the parsed data. A wrapper binds the same method to a copy of its resource whose core
`send` answers with the whole response instead (or opens a stream): the operation is
written once, and the wrapper keeps its exact signature (`ParamSpec`) for type checkers.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, ParamSpec, TypeVar, cast

from .call import Call
from .options import RequestOptions
from .response import ApiResponse, AsyncStreamedResponse, StreamedResponse

__all__ = [
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
T = TypeVar("T")


class _Core:
    """What a rebound method sees as its core: `send` is another of the core's entry points."""

    def __init__(self, send: Callable[..., Any]) -> None:
        self.send = send


def _rebind(method: Callable[..., Any], send: Callable[[Any], Callable[..., Any]]) -> Any:
    """`method` on a copy of its resource whose core's `send` is `send(core)`."""
    resource = copy.copy(cast(Any, method).__self__)
    resource._core = _Core(send(resource._core))
    return getattr(resource, method.__name__)


def _returning(wrapper: Callable[..., Any], method: Callable[..., Any], shape: str) -> None:
    """`help()` and `inspect.signature` show the method's parameters with what the wrapper
    answers (`shape` around the method's return type), not the method's own return type."""
    signature = inspect.signature(method)
    shown = signature.return_annotation
    if not isinstance(shown, str):
        shown = getattr(shown, "__name__", repr(shown))
    wrapper.__dict__["__signature__"] = signature.replace(return_annotation=shape.format(shown))


def _opener(core: Any) -> Callable[..., Awaitable[Any]]:
    # async methods await `send`: the stream is handed over unopened, for `async with`
    async def send(call: Call[Any], options: RequestOptions | None = None) -> Any:
        return core.stream(call, options)

    return send


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, ApiResponse[T]]:
    """A sync resource method answering with the whole response: status, headers, data."""
    rebound = _rebind(method, lambda core: core.request)

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        return cast(ApiResponse[T], rebound(*args, **kwargs))

    _returning(raw, method, "ApiResponse[{}]")
    return raw


def to_streamed_response_wrapper(
    method: Callable[P, T],
) -> Callable[P, AbstractContextManager[StreamedResponse[T]]]:
    """A sync resource method giving the response before its body is read, in a `with`."""
    rebound = _rebind(method, lambda core: core.stream)

    @functools.wraps(method)
    def streamed(*args: P.args, **kwargs: P.kwargs) -> AbstractContextManager[StreamedResponse[T]]:
        return cast(AbstractContextManager[StreamedResponse[T]], rebound(*args, **kwargs))

    _returning(streamed, method, "AbstractContextManager[StreamedResponse[{}]]")
    return streamed


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[ApiResponse[T]]]:
    """An async resource method answering with the whole response: status, headers, data."""
    rebound = _rebind(method, lambda core: core.request)

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        return cast(ApiResponse[T], await rebound(*args, **kwargs))

    _returning(raw, method, "ApiResponse[{}]")
    return raw


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AbstractAsyncContextManager[AsyncStreamedResponse[T]]]:
    """An async resource method giving the response before its body is read, in an
    `async with`."""
    rebound = _rebind(method, _opener)

    @contextlib.asynccontextmanager
    async def opened(*args: Any, **kwargs: Any) -> AsyncIterator[AsyncStreamedResponse[T]]:
        # the method runs on entering, so that no coroutine is left unawaited
        async with await rebound(*args, **kwargs) as response:
            yield response

    @functools.wraps(method)
    def streamed(
        *args: P.args, **kwargs: P.kwargs
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[T]]:
        return opened(*args, **kwargs)

    _returning(streamed, method, "AbstractAsyncContextManager[AsyncStreamedResponse[{}]]")
    return streamed
