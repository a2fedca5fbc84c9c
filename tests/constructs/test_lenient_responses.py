"""Lenient response parsing (issue 15, item 3), through a real HTTP server on 127.0.0.1.

`data/schema-lenient-responses.yaml`: a response that deviates from the document in a few
places still becomes typed models by default, each deviating value kept as received on the
model that holds it, with one logged warning per response; `strict_response_validation=True`
makes the same response raise `ResponseValidationError`. Sync and async alike.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from json_server import json_server
from test_schemas import Built, _json_answer, built

__all__ = ["built"]  # the fixture

# a warning of pydantic's (a kept value dumped back, say) is an error here, as under `-W error`
pytestmark = pytest.mark.filterwarnings("error")

DEVIATING = {
    "items": [
        {"id": "a", "total": 10.5, "issued": "2024-01-31", "customer": {"name": "Ann"}},
        {"id": "b", "total": "twelve", "issued": "2024-02-01", "status": "paid"},
        {"id": "c", "issued": "2024-03-01", "customer": {"name": 7}},
        "not an invoice",
    ],
    "tags": ["x", 5],
    "counts": {"a": 1, "b": "x"},
    "customers": {"ann": {"name": "Ann"}, "bob": 5},
    "codes": {"one": "AB", "two": "ab"},
}
BODIES = {
    "/invoices": DEVIATING,
    "/ids": [1, "x", 3],
    "/customers": [{"name": "Ann"}, "not a customer"],
}
WHERE = {
    "$.items[1].total",
    "$.items[2].total",
    "$.items[2].customer.name",
    "$.items[3]",
    "$.tags[1]",
    "$.counts.b",
    "$.customers.bob",
    "$.codes.two",
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Answers a GET of a path in `BODIES` with its body as JSON (of others with an object,
    the wrong kind of body for any list); yields its base URL."""
    with json_server(lambda path: BODIES.get(path, {"not": "a list"})) as url:
        yield url


def _call_sync(b: Built, url: str, op: str = "invoices.list", **kw: Any) -> Any:
    with b.pkg.Client(base_url=url, max_retries=0, **kw) as client:
        return _method(client, op)()


def _call_async(b: Built, url: str, op: str = "invoices.list", **kw: Any) -> Any:
    async def call() -> Any:
        async with b.pkg.AsyncClient(base_url=url, max_retries=0, **kw) as client:
            return await _method(client, op)()

    return asyncio.run(call())


def _method(client: Any, op: str) -> Any:
    for name in op.split("."):
        client = getattr(client, name)
    return client


CALLS = pytest.mark.parametrize("call", [_call_sync, _call_async], ids=["sync", "async"])


@CALLS
def test_a_deviating_response_is_typed_with_the_values_received_kept(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lenient-responses")
    m = b.models
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        page = call(b, server)
    assert type(page) is m.InvoicePage
    first, second, third, fourth = page.items
    # what matches the document is typed, in the deviating items too
    assert type(first) is m.Invoice and first.total == 10.5
    assert first.issued == datetime.date(2024, 1, 31) and type(first.customer) is m.Customer
    assert type(second) is m.Invoice and second.issued == datetime.date(2024, 2, 1)
    assert second.status is m.InvoiceStatus("paid")
    assert type(third) is m.Invoice and type(third.customer) is m.Customer
    # what deviates is kept as the server sent it, on the model that holds it
    assert second.total == "twelve"
    assert third.total is None and "total" not in third.model_fields_set  # required, not sent
    assert third.customer.name == 7
    assert fourth == "not an invoice"
    assert page.tags == ["x", 5]
    # a map keeps its deviating values where they were, the others typed
    assert page.counts == {"a": 1, "b": "x"}
    assert type(page.customers["ann"]) is m.Customer and page.customers["bob"] == 5
    assert page.codes == {"one": "AB", "two": "ab"}
    # and dumps back as it came, without pydantic's warning (an error under `-W error`)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert second.model_dump(mode="json")["total"] == "twelve"
        assert json.loads(page.model_dump_json())["counts"] == {"a": 1, "b": "x"}
        dumped = page.model_dump(mode="json", exclude_unset=True)
    assert dumped["customers"] == {"ann": {"name": "Ann"}, "bob": 5}
    # a required field that was not sent is not set: a dump does not invent it
    assert "total" not in dumped["items"][2]
    # one warning for the response, naming the operation and every location
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    message = record.getMessage()
    assert message.startswith("listInvoices: the 200 response of GET ")
    assert {part.split(": ")[0] for part in message.split("kept: ")[1].split("; ")} == WHERE
    assert "$.items[1].total: Input should be a valid number" in message


@CALLS
def test_strict_response_validation_raises(
    built: Callable[[str], Built], server: str, call: Callable[..., Any]
) -> None:
    b = built("lenient-responses")
    with pytest.raises(b.error("ResponseValidationError")) as caught:
        call(b, server, strict_response_validation=True)
    error: Any = caught.value
    assert error.body == DEVIATING
    assert ("items", 1, "total") in {tuple(e["loc"]) for e in error.errors}


@CALLS
@pytest.mark.parametrize(
    ("op", "where"),
    [("ids.list", "$[1]: Input should be a valid integer"), ("customers.list", "$[1]: ")],
)
def test_one_deviating_item_of_a_top_level_list_is_kept(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    op: str,
    where: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lenient-responses")
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        items = call(b, server, op)
    if op == "ids.list":
        assert items == [1, "x", 3] and type(items[0]) is int
    else:
        assert type(items[0]) is b.models.Customer and items[0].name == "Ann"
        assert items[1] == "not a customer"
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert where in record.getMessage()
    with pytest.raises(b.error("ResponseValidationError")):
        call(b, server, op, strict_response_validation=True)


@CALLS
def test_a_body_of_the_wrong_kind_raises(
    built: Callable[[str], Built], server: str, call: Callable[..., Any]
) -> None:
    b = built("lenient-responses")
    with pytest.raises(b.error("ResponseValidationError")):
        call(b, server + "/elsewhere", "ids.list")


def test_a_matching_response_logs_nothing(
    built: Callable[[str], Built], caplog: pytest.LogCaptureFixture
) -> None:
    b = built("lenient-responses")
    body = {"items": [{"id": "a", "total": 1, "customer": {"name": "Ann"}}]}
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        page = b.client(_json_answer(body)).invoices.list()
    assert page.items[0].total == 1.0 and not caplog.records


# -- discriminated unions inside a model: `data/schema-lenient-unions.yaml` -------------------

BODIES["/drawings"] = {
    "shapes": [{"kind": "Circle", "r": 1}, {"r": 2}, 5, {"kind": "Square", "side": "big"}],
    "main": {"side": 3},
    "named": {"a": {"kind": "Square", "side": 2}, "b": 7},
}


@CALLS
def test_deviating_members_of_a_discriminated_union_in_a_model_are_kept(
    built: Callable[[str], Built],
    server: str,
    call: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = built("lenient-unions")
    m = b.models
    with caplog.at_level(logging.WARNING, logger=b.pkg.__name__):
        drawing = call(b, server, "drawings.get")
    assert type(drawing) is m.Drawing
    circle, untagged, number, square = drawing.shapes
    assert type(circle) is m.Circle and circle.r == 1.0
    assert (untagged, number) == ({"r": 2}, 5)
    assert type(square) is m.Square and square.side == "big"
    assert drawing.main == {"side": 3}
    assert type(drawing.named["a"]) is m.Square and drawing.named["a"].side == 2
    assert drawing.named["b"] == 7
    assert drawing.model_dump(mode="json", exclude_unset=True) == BODIES["/drawings"]
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    where = {part.split(": ")[0] for part in record.getMessage().split("kept: ")[1].split("; ")}
    assert where == {"$.shapes[1]", "$.shapes[2]", "$.shapes[3].side", "$.main", "$.named.b"}
    with pytest.raises(b.error("ResponseValidationError")):
        call(b, server, "drawings.get", strict_response_validation=True)
