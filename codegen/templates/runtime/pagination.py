"""Walking through paged results: by page number, by cursor, or by offset.

A generated method that pages gives a function fetching one page for a page token (a page
number, a cursor or an offset) and a `Paging` saying where the items and the next cursor
are. `Pager` decides what to fetch next, without I/O; `pages`/`items` and their async twins
are the loops.
"""

from __future__ import annotations

import logging
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sequence,
)
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import pydantic

__all__ = [
    "Pager",
    "Paging",
    "aitems",
    "apage_items",
    "apages",
    "items",
    "lookup",
    "page_items",
    "pages",
]

P = TypeVar("P")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Paging:
    """How an operation pages.

    `items` and `next_cursor` are dotted paths into a page (`data`, `meta.next_cursor`), by
    wire name or attribute name. `page_size` is the size the caller asked for, when known:
    a shorter page is then the last one, which saves a request.
    """

    style: Literal["page", "cursor", "offset"]
    items: str
    next_cursor: str | None = None
    page_size: int | None = None

    def __post_init__(self) -> None:
        if self.style not in ("page", "cursor", "offset"):
            raise ValueError(f"unknown paging style {self.style!r}")
        if self.style == "cursor" and not self.next_cursor:
            raise ValueError("cursor paging needs the path of the next cursor")


def lookup(page: Any, path: str) -> Any:
    """The value at a dotted path of a page (a model or JSON data); None when absent."""
    value = page
    for part in path.split("."):
        if value is None:
            return None
        if isinstance(value, pydantic.BaseModel):
            value = _model_field(value, part)
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            value = getattr(value, part, None)
    return value


def _model_field(model: pydantic.BaseModel, name: str) -> Any:
    fields = type(model).model_fields
    if name in fields:
        return getattr(model, name)
    for attr, info in fields.items():
        if name in (info.alias, info.serialization_alias):
            return getattr(model, attr)
    return (model.model_extra or {}).get(name)


class Pager:
    """The page tokens to fetch, one page after the other (no I/O)."""

    def __init__(self, paging: Paging, first: Any = None) -> None:
        self.paging = paging
        default = {"page": 1, "offset": 0, "cursor": None}[paging.style]
        self.token: Any = default if first is None else first
        self._cursors: set[Any] = set() if self.token is None else {self.token}

    def items(self, page: Any) -> Sequence[Any]:
        return _items_at(page, self.paging.items)

    def advance(self, page: Any) -> bool:
        """Move to the token after `page`; False when `page` was the last one."""
        found = self.items(page)
        style = self.paging.style
        if style == "cursor":
            cursor = lookup(page, self.paging.next_cursor or "")
            if cursor in (None, ""):
                return False
            if cursor in self._cursors:
                # The server sent a cursor it sent before: following it would never end.
                logger.warning("paging stopped: cursor %r was already followed", cursor)
                return False
            self._cursors.add(cursor)
            self.token = cursor
            return True
        if not found:
            return False
        size = self.paging.page_size
        if size is not None and len(found) < size:
            return False
        self.token = self.token + 1 if style == "page" else self.token + len(found)
        return True


def pages(fetch: Callable[[Any], P], paging: Paging, first: Any = None) -> Iterator[P]:
    """Every page, fetched as the iteration reaches it."""
    pager = Pager(paging, first)
    while True:
        page = fetch(pager.token)
        yield page
        if not pager.advance(page):
            return


def items(fetch: Callable[[Any], Any], paging: Paging, first: Any = None) -> Iterator[Any]:
    """Every item of every page."""
    return page_items(pages(fetch, paging, first), paging.items)


def page_items(pages: Iterable[Any], items: str) -> Iterator[Any]:
    """Every item of each page: the list at the dotted path `items` (as `Paging.items`)."""
    for page in pages:
        yield from _items_at(page, items)


def _items_at(page: Any, path: str) -> Sequence[Any]:
    found = lookup(page, path)
    if found is None:
        return ()
    if not isinstance(found, Sequence) or isinstance(found, str | bytes):
        raise TypeError(f"the page's {path!r} is not a list of items")
    return found


async def apages(
    fetch: Callable[[Any], Awaitable[P]], paging: Paging, first: Any = None
) -> AsyncIterator[P]:
    """`pages` for an async fetch."""
    pager = Pager(paging, first)
    while True:
        page = await fetch(pager.token)
        yield page
        if not pager.advance(page):
            return


def aitems(
    fetch: Callable[[Any], Awaitable[Any]], paging: Paging, first: Any = None
) -> AsyncIterator[Any]:
    """`items` for an async fetch."""
    return apage_items(apages(fetch, paging, first), paging.items)


async def apage_items(pages: AsyncIterable[Any], items: str) -> AsyncIterator[Any]:
    """`page_items` for pages fetched asynchronously."""
    async for page in pages:
        for item in _items_at(page, items):
            yield item
