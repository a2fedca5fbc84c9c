"""Pagination hints become iterating methods: over pages and over items, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import PackageInfo
from tests.tinydoc import openapi


def _listing(hint: dict[str, Any], params: list[dict[str, Any]]) -> dict[str, Any]:
    return openapi(
        {
            "/events": {
                "get": {
                    "operationId": "listEvents",
                    "parameters": params,
                    "x-codegen-pagination": hint,
                    "responses": {
                        "200": {
                            "description": "A page of events",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/EventPage"}
                                }
                            },
                        }
                    },
                }
            }
        },
        {
            "EventPage": {
                "type": "object",
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                    "meta": {
                        "type": "object",
                        "properties": {"next": {"type": ["string", "null"]}},
                    },
                },
            },
            "Event": {"type": "object", "properties": {"id": {"type": "integer"}}},
        },
    )


_CURSOR = {"style": "cursor", "param": "after", "items": "data", "next_cursor": "meta.next"}
_PARAMS = [
    {"name": "after", "in": "query", "schema": {"type": "string"}},
    {"name": "kind", "in": "query", "schema": {"type": "string"}},
]


def _cursor_server(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    pages = {None: ([1, 2], "c2"), "c2": ([3], "c3"), "c3": ([4], None)}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        ids, nxt = pages[request.url.params.get("after")]
        return httpx.Response(200, json={"data": [{"id": i} for i in ids], "meta": {"next": nxt}})

    return handler


def test_cursor_pages_follow_the_next_cursor_until_there_is_none(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    pkg = generate_and_import(_listing(_CURSOR, _PARAMS), "paged_cursor")
    seen: list[httpx.Request] = []
    client = pkg.Client(
        http_client=httpx.Client(transport=httpx.MockTransport(_cursor_server(seen)))
    )
    events = list(client.events.iter_list(kind="sale"))
    assert [e.id for e in events] == [1, 2, 3, 4]
    assert all(isinstance(e, pkg.Event) for e in events)
    assert [r.url.params.get("after") for r in seen] == [None, "c2", "c3"]
    assert all(r.url.params["kind"] == "sale" for r in seen)

    async def run() -> list[int]:
        client = pkg.AsyncClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_cursor_server(seen)))
        )
        return [len(page.data or []) async for page in client.events.iter_list_pages()]

    seen.clear()
    assert asyncio.run(run()) == [2, 1, 1]


def test_offset_paging_items_of_an_inline_schema_are_the_pages_item_model(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    doc = _listing(
        {"style": "offset", "param": "offset", "items": "rows"},
        [
            {"name": "offset", "in": "query", "schema": {"type": "integer"}},
        ],
    )
    doc["components"]["schemas"]["EventPage"]["properties"]["rows"] = {
        "type": "array",
        "items": {"type": "object", "properties": {"label": {"type": "string"}}},
    }
    pkg = generate_and_import(doc, "paged_offset")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset = int(request.url.params["offset"])
        rows = [{"label": f"r{i}"} for i in range(offset, min(offset + 2, 5))]
        return httpx.Response(200, json={"rows": rows})

    client = pkg.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    rows = list(client.events.iter_list())
    first_page = client.events.list(offset=0)
    assert {type(row) for row in rows} == {type(first_page.rows[0])}
    labels = [row.label for row in rows]
    assert labels == ["r0", "r1", "r2", "r3", "r4"]
    assert [r.url.params["offset"] for r in seen] == ["0", "2", "4", "5", "0"]


@pytest.mark.parametrize(
    ("hint", "message"),
    [
        ({"style": "page", "items": "data"}, "needs `style`"),
        ({"style": "cursor", "param": "after", "items": "data"}, "next_cursor"),
        ({"style": "page", "param": "page", "items": "data"}, "'page', which is not a query"),
        (
            {"style": "cursor", "param": "after", "items": "meta", "next_cursor": "meta.next"},
            "'meta', which is not a list",
        ),
        (
            {"style": "page", "param": "after", "limit_param": "size", "items": "data"},
            "'size', which is not a query",
        ),
    ],
)
def test_a_wrong_hint_is_an_input_error_at_its_place(hint: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError) as caught:
        build_api(_listing(hint, _PARAMS), PackageInfo("p", "p", "0.1.0", "tiny"))
    problem = caught.value.problems[0]
    assert message in problem.message
    assert problem.where == "/paths/~1events/get/x-codegen-pagination"
