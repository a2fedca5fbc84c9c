"""The whole Xero Accounting API's generated client, used as its users would use it.

Imports the committed package from generated/ and drives it through `httpx.MockTransport`:
iteration over Xero's numbered pages (from the manifest's pagination hint), PDF downloads,
attachment uploads, and the header and query parameters every call carries.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import httpx
import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated"


@pytest.fixture(scope="module")
def xa() -> Iterator[ModuleType]:
    src = str(GENERATED / "xero_accounting" / "src")
    sys.path.insert(0, src)
    yield importlib.import_module("xero_accounting")
    sys.path.remove(src)


def _numbered_pages(
    pages: dict[int, list[str]], seen: list[httpx.Request]
) -> Callable[[httpx.Request], httpx.Response]:
    """A server holding invoices by page number; an unknown page is empty."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        number = int(request.url.params["page"])
        invoices = [{"InvoiceNumber": n} for n in pages.get(number, [])]
        return httpx.Response(200, json={"Invoices": invoices})

    return handler


def test_items_of_every_page_until_a_short_page(xa: ModuleType) -> None:
    seen: list[httpx.Request] = []
    server = _numbered_pages({1: ["INV-1", "INV-2"], 2: ["INV-3"]}, seen)
    client = xa.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    invoices = client.invoices.iter_list(
        xero_tenant_id="tenant-1", page_size=2, statuses=["AUTHORISED"]
    )
    assert seen == []  # nothing is fetched before the loop asks
    numbers = [invoice.invoice_number for invoice in invoices]
    assert numbers == ["INV-1", "INV-2", "INV-3"]
    assert all(
        isinstance(i, xa.Invoice)
        for i in client.invoices.iter_list(xero_tenant_id="tenant-1", page_size=2)
    )
    # the second page was shorter than pageSize: no third request
    first_run = seen[:2]
    assert [r.url.params["page"] for r in first_run] == ["1", "2"]
    assert all(r.url.params["pageSize"] == "2" for r in first_run)
    assert all(r.url.params["Statuses"] == "AUTHORISED" for r in first_run)
    assert all(r.headers["xero-tenant-id"] == "tenant-1" for r in first_run)


def test_pages_without_a_page_size_stop_at_the_first_empty_page(xa: ModuleType) -> None:
    seen: list[httpx.Request] = []
    server = _numbered_pages({1: ["INV-1"], 2: ["INV-2"]}, seen)
    client = xa.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    pages = list(client.invoices.iter_list_pages(xero_tenant_id="t"))
    assert [type(p) for p in pages] == [xa.Invoices] * 3
    assert [len(p.invoices or []) for p in pages] == [1, 1, 0]
    assert [r.url.params["page"] for r in seen] == ["1", "2", "3"]


def test_async_iteration_starts_at_the_given_page(xa: ModuleType) -> None:
    seen: list[httpx.Request] = []
    server = _numbered_pages({1: ["INV-1"], 2: ["INV-2"], 3: ["INV-3"]}, seen)

    async def run() -> list[str]:
        async with xa.AsyncClient(
            access_token="tok",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
        ) as client:
            return [
                invoice.invoice_number
                async for invoice in client.invoices.iter_list(xero_tenant_id="t", page=2)
            ]

    assert asyncio.run(run()) == ["INV-2", "INV-3"]
    assert [r.url.params["page"] for r in seen] == ["2", "3", "4"]


def test_every_paged_operation_of_the_manifest_has_its_iterators(xa: ModuleType) -> None:
    client = xa.Client(access_token="tok")
    for resource, method in [
        ("bank_transactions", "list"),
        ("contacts", "list"),
        ("credit_notes", "list"),
        ("linked_transactions", "list"),
        ("manual_journals", "list"),
        ("overpayments", "list"),
        ("payments", "list"),
        ("prepayments", "list"),
        ("purchase_orders", "list"),
        ("quotes", "list"),
    ]:
        group = getattr(client, resource)
        assert callable(getattr(group, f"iter_{method}")), (resource, method)
        assert callable(getattr(group, f"iter_{method}_pages")), (resource, method)


def test_invoice_pdf_is_returned_as_bytes(xa: ModuleType) -> None:
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"})

    client = xa.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    invoice_id = "0d0c0b0a-0000-4000-8000-000000000001"
    assert client.invoices.get_as_pdf(xero_tenant_id="t", invoice_id=invoice_id) == pdf
    assert seen[0].url.path == f"/api.xro/2.0/Invoices/{invoice_id}/pdf"
    assert "application/pdf" in seen[0].headers["accept"]


def test_attachment_upload_sends_the_bytes_as_they_are(xa: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Attachments": [{"FileName": "receipt 1.png"}]})

    client = xa.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    data = bytes(range(256))
    result = client.invoices.create_attachment_by_file_name(
        xero_tenant_id="t",
        invoice_id="0d0c0b0a-0000-4000-8000-000000000001",
        file_name="receipt 1.png",
        body=data,
        include_online=True,
    )
    sent = seen[0]
    assert sent.method == "PUT"
    assert sent.content == data
    assert sent.headers["content-type"] == "application/octet-stream"
    assert sent.url.raw_path.endswith(b"/Attachments/receipt%201.png?IncludeOnline=true")
    assert result.attachments[0].file_name == "receipt 1.png"


def test_filters_and_if_modified_since_go_on_the_wire(xa: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Contacts": []})

    client = xa.Client(
        access_token="tok", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    since = datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    client.contacts.list(
        xero_tenant_id="t",
        if_modified_since=since,
        where='Name.Contains("O\'Brien") && IsSupplier==true',
        order="Name DESC",
    )
    sent = seen[0]
    assert sent.headers["if-modified-since"].startswith("2024-03-01T12:30:00")
    assert sent.url.params["where"] == 'Name.Contains("O\'Brien") && IsSupplier==true'
    assert sent.url.params["order"] == "Name DESC"
    assert sent.headers["authorization"] == "Bearer tok"


def _times_out_once(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ReadTimeout("no answer", request=request)
        return httpx.Response(200, json={"Invoices": [{"InvoiceNumber": "INV-1"}]})

    return httpx.MockTransport(handler)


def test_creating_an_invoice_is_never_repeated_without_an_idempotency_key(
    xa: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Xero creates with PUT: a timed-out PUT is sent again only with its key."""
    monkeypatch.setattr(
        importlib.import_module("xero_accounting._runtime.client"), "_sleep", lambda s: None
    )
    invoice = xa.Invoice(type="ACCREC", contact=xa.Contact(name="Acme"))

    # as documented (an `Idempotency-Key` header): a fresh key, repeated on the retry
    seen: list[httpx.Request] = []
    client = xa.Client(
        access_token="tok", max_retries=2, http_client=httpx.Client(transport=_times_out_once(seen))
    )
    created = client.invoices.create(xero_tenant_id="tenant-1", invoices=[invoice])
    assert created.invoices[0].invoice_number == "INV-1"
    assert [r.method for r in seen] == ["PUT", "PUT"]
    keys = [r.headers.get("Idempotency-Key") for r in seen]
    assert keys[0] is not None and keys[0] == keys[1]

    # the same PUT where no idempotency header is documented: sent once, the timeout raised
    resource = importlib.import_module("xero_accounting.resources.invoices")
    call = resource._create_call(xero_tenant_id="tenant-1", invoices=[invoice])
    unkeyed = dataclasses.replace(call, idempotency_header=None)
    seen.clear()
    client = xa.Client(
        access_token="tok", max_retries=2, http_client=httpx.Client(transport=_times_out_once(seen))
    )
    with pytest.raises(xa.ApiTimeoutError, match="carries no idempotency key"):
        client._core.request(unkeyed)
    assert len(seen) == 1 and "Idempotency-Key" not in seen[0].headers

    # the caller's own key is the one sent, on every attempt
    seen.clear()
    client = xa.Client(
        access_token="tok", max_retries=2, http_client=httpx.Client(transport=_times_out_once(seen))
    )
    client.invoices.create(xero_tenant_id="tenant-1", invoices=[invoice], idempotency_key="inv-7")
    assert [r.headers["Idempotency-Key"] for r in seen] == ["inv-7", "inv-7"]
