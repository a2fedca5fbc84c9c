"""Paging by page number, cursor and offset, sync and async, over one fetch function."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from pydantic import Field
from rtpkg._runtime import BaseModel
from rtpkg._runtime.pagination import Paging, aitems, apages, items, lookup, pages

DATA = list(range(1, 8))  # seven items


class Meta(BaseModel):
    next_cursor: str | None = Field(default=None, alias="nextCursor")


class CursorPage(BaseModel):
    data: list[int]
    meta: Meta


def by_page(size: int, seen: list[Any]) -> Any:
    def fetch(page: int) -> dict[str, Any]:
        seen.append(page)
        return {"results": DATA[(page - 1) * size : page * size]}

    return fetch


def by_offset(size: int, seen: list[Any]) -> Any:
    def fetch(offset: int) -> dict[str, Any]:
        seen.append(offset)
        return {"results": DATA[offset : offset + size]}

    return fetch


def by_cursor(size: int, seen: list[Any]) -> Any:
    def fetch(cursor: str | None) -> CursorPage:
        seen.append(cursor)
        start = int(cursor or 0)
        end = start + size
        following = str(end) if end < len(DATA) else None
        return CursorPage.model_validate(
            {"data": DATA[start:end], "meta": {"nextCursor": following}}
        )

    return fetch


def test_page_numbers_until_an_empty_page() -> None:
    seen: list[Any] = []
    assert list(items(by_page(3, seen), Paging("page", "results"))) == DATA
    assert seen == [1, 2, 3, 4]


def test_a_short_page_ends_paging_when_the_page_size_is_known() -> None:
    seen: list[Any] = []
    assert list(items(by_page(3, seen), Paging("page", "results", page_size=3))) == DATA
    assert seen == [1, 2, 3]


def test_offsets_advance_by_the_items_received() -> None:
    seen: list[Any] = []
    assert list(items(by_offset(2, seen), Paging("offset", "results"))) == DATA
    assert seen == [0, 2, 4, 6, 7]


def test_cursor_by_wire_name_until_there_is_none() -> None:
    seen: list[Any] = []
    got = list(pages(by_cursor(3, seen), Paging("cursor", "data", next_cursor="meta.nextCursor")))
    assert [p.data for p in got] == [[1, 2, 3], [4, 5, 6], [7]]
    assert seen == [None, "3", "6"]


def test_a_repeated_cursor_stops_paging(caplog) -> None:
    seen: list[Any] = []

    def fetch(cursor: str | None) -> dict[str, Any]:
        seen.append(cursor)
        return {"data": [1], "next": "same"}

    caplog.set_level(logging.WARNING)
    assert list(items(fetch, Paging("cursor", "data", next_cursor="next"))) == [1, 1]
    assert seen == [None, "same"]
    assert "already followed" in caplog.text


def test_async_pages_and_items() -> None:
    async def scenario() -> tuple[list[int], int]:
        seen: list[Any] = []
        sync_fetch = by_cursor(2, seen)

        async def fetch(cursor: str | None) -> CursorPage:
            await asyncio.sleep(0)
            return sync_fetch(cursor)

        paging = Paging("cursor", "data", next_cursor="meta.next_cursor")
        collected = [item async for item in aitems(fetch, paging)]
        count = len([page async for page in apages(fetch, paging)])
        return collected, count

    assert asyncio.run(scenario()) == (DATA, 4)


def test_lookup_and_bad_configuration() -> None:
    page = CursorPage.model_validate({"data": [], "meta": {"nextCursor": "c"}, "extra": {"x": 1}})
    assert lookup(page, "meta.nextCursor") == "c"
    assert lookup(page, "meta.next_cursor") == "c"
    assert lookup(page, "extra.x") == 1
    assert lookup(page, "missing.deeper") is None
    with pytest.raises(ValueError, match="next cursor"):
        Paging("cursor", "data")
    with pytest.raises(TypeError, match="not a list"):
        list(items(lambda token: {"data": "abc"}, Paging("page", "data")))
