"""Arguments named like what a resource module reads (`str`, `list`, `bytes`, `date`, `data`,
`call`, `pages`, `given`, ...) and a model named like the resource's class: each keeps the
document's name, the module's own names give way, the request sent is the documented one,
and the package stays `mypy --strict` clean and imports under `python -W error`."""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.pipeline import generate_document
from codegen.write import write_tree

DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent
DOC = DATA / "op-shadowing-names.yaml"
BASE = "https://api.test/v1"
PDF = b"%PDF-1.7 shadowing"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("shadowing") / "c_shadowing"
    write_tree(generate_document(DOC, "c_shadowing").files, out)
    sys.path.insert(0, str(out / "src"))
    try:
        yield importlib.import_module("c_shadowing")
    finally:
        sys.path.remove(str(out / "src"))
        for mod in [m for m in sys.modules if m.split(".")[0] == "c_shadowing"]:
            del sys.modules[mod]


CREATE: dict[str, Any] = {
    "str": "s1",
    "int": 7,
    "datetime": datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC),
    "data": "D",
    "call": "C",
    "request_options_": "R",  # the method's own `request_options` keeps its name
    "self_": "S",
    "list": ["a", "b"],
    "given": "G",
    "type": "T",
    "date": datetime.date(2024, 1, 2),
    "bool": True,
    "call_body": "CB",  # the body's `Call`, named clear of the query's `call`
    "event": "E",
    "not_given": "N",
}
CREATE_QUERY = [
    ("int", "7"),
    ("datetime", "2024-05-06T07:08:09+00:00"),
    ("data", "D"),
    ("call", "C"),
    ("request_options", "R"),
]
CREATE_BODY = {
    "list": ["a", "b"],
    "given": "G",
    "type": "T",
    "date": "2024-01-02",
    "bool": True,
    "Call": "CB",
    "Event": "E",
    "NOT_GIVEN": "N",
}
DAYS: dict[str, Any] = {
    "date": datetime.date(2024, 1, 2),
    "pages": 9,
    "call": "C",
    "list": ["x", "y"],
}
DAYS_QUERY = [("date", "2024-01-02"), ("pages", "9"), ("call", "C"), ("list", "x"), ("list", "y")]
PAGES = {
    "1": ["2024-01-02", "2024-01-03"],
    "2": ["2024-01-04"],
    "3": [],
}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.startswith("/v1/x/"):
        return httpx.Response(200, json=[{"d": "2024-03-04"}])
    if request.url.path == "/v1/days":
        return httpx.Response(200, json={"days": PAGES[request.url.params.get("page", "1")]})
    if request.url.path == "/v1/today":
        return httpx.Response(200, json=["2024-02-29"])
    if request.url.path == "/v1/resource":
        return httpx.Response(200, json={"name": "r"})
    return httpx.Response(200, content=PDF, headers={"Content-Type": "application/pdf"})


class Wire:
    """A mock server: records each request (body read) and answers as `answer` does."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        return answer(request)

    def client(self, pkg: ModuleType) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return pkg.Client(base_url=BASE, http_client=http, max_retries=0)

    def async_client(self, pkg: ModuleType) -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return pkg.AsyncClient(base_url=BASE, http_client=http, max_retries=0)


def _query(request: httpx.Request) -> list[tuple[str, str]]:
    return sorted(request.url.params.multi_items())


def _check_create(sent: httpx.Request, events: Any, pkg: ModuleType) -> None:
    assert sent.method == "POST" and sent.url.path == "/v1/x/s1"
    assert _query(sent) == sorted(CREATE_QUERY)
    assert sent.headers["self"] == "S"
    assert json.loads(sent.content) == CREATE_BODY
    assert [type(e) for e in events] == [pkg.models.Event]
    assert events[0].d == datetime.date(2024, 3, 4)


def _check_days(seen: list[httpx.Request], days: list[Any]) -> None:
    assert days == [datetime.date(2024, 1, d) for d in (2, 3, 4)]
    assert [r.url.params.get("page") for r in seen] == ["1", "2", "3"]
    for request in seen:
        assert request.url.path == "/v1/days"
        assert [q for q in _query(request) if q[0] != "page"] == sorted(DAYS_QUERY)


def _check_file(sent: httpx.Request) -> None:
    assert sent.url.path == "/v1/files/s1"
    assert _query(sent) == [("bytes", "3"), ("data", "D")]


def test_every_argument_keeps_the_documents_name(pkg: ModuleType) -> None:
    x = pkg.Client(base_url=BASE).x
    names = {
        "create": set(CREATE),
        "list_days": {"page", *DAYS},
        "iter_list_days": {"page", *DAYS},
        "iter_list_days_pages": {"page", *DAYS},
        "get_today": {"date", "datetime"},
        "get_file": {"str", "bytes", "data"},
        "get_resource": set(),
    }
    for method, expected in names.items():
        params = inspect.signature(getattr(x, method)).parameters
        assert set(params) == expected | {"request_options"}, method


def test_the_requests_are_the_documented_ones(pkg: ModuleType) -> None:
    wire = Wire()
    x = wire.client(pkg).x
    events = x.create(**CREATE)
    _check_create(wire.seen[-1], events, pkg)
    wire.seen.clear()
    _check_days(wire.seen, list(x.iter_list_days(**DAYS)))
    wire.seen.clear()
    pages = [page.days for page in x.iter_list_days_pages(**DAYS)]
    assert pages == [[datetime.date(2024, 1, d) for d in (2, 3)], [datetime.date(2024, 1, 4)], []]
    assert x.get_today(date=datetime.date(2024, 2, 1)) == [datetime.date(2024, 2, 29)]
    assert _query(wire.seen[-1]) == [("date", "2024-02-01")]
    raw = x.with_raw_response.create(**CREATE)
    _check_create(wire.seen[-1], raw.data, pkg)
    assert x.get_file(str="s1", bytes=3, data="D") == PDF
    _check_file(wire.seen[-1])
    # the model named like the resource's class is the model; the class is the resource
    resource = x.get_resource()
    assert type(resource) is pkg.models.XResource and resource.name == "r"
    assert type(x).__name__ == "XResource" and type(x) is not pkg.models.XResource
    assert x.with_raw_response.get_file(str="s1", bytes=3, data="D").data == PDF
    with x.with_streaming_response.get_file(str="s1", bytes=3, data="D") as response:
        assert b"".join(response.iter_bytes()) == PDF
    _check_file(wire.seen[-1])


def test_the_async_requests_are_the_same(pkg: ModuleType) -> None:
    wire = Wire()

    async def run() -> None:
        x = wire.async_client(pkg).x
        events = await x.create(**CREATE)
        _check_create(wire.seen[-1], events, pkg)
        wire.seen.clear()
        _check_days(wire.seen, [day async for day in x.iter_list_days(**DAYS)])
        raw = await x.with_raw_response.create(**CREATE)
        _check_create(wire.seen[-1], raw.data, pkg)
        assert await x.get_file(str="s1", bytes=3, data="D") == PDF
        _check_file(wire.seen[-1])
        async with x.with_streaming_response.get_file(str="s1", bytes=3, data="D") as response:
            assert b"".join([chunk async for chunk in response.iter_bytes()]) == PDF
        _check_file(wire.seen[-1])

    asyncio.run(run())


def test_the_package_is_mypy_strict_clean_and_imports_under_w_error(
    pkg: ModuleType, tmp_path: Path
) -> None:
    src = Path(pkg.__file__ or "").parents[1]
    probe = (
        "import c_shadowing, c_shadowing.models, c_shadowing.resources.x\n"
        "c_shadowing.Client(base_url='https://api.test').x\n"
    )
    imported = subprocess.run(
        [sys.executable, "-W", "error", "-c", probe],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr
    checked = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "."],
        cwd=src,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert checked.returncode == 0, checked.stdout[-4000:]
