"""Tests of the `invoices` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Attachments,
    Contact,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    Invoices,
    InvoiceStatus,
    InvoiceType,
    LineItem,
    OnlineInvoices,
    RequestEmpty,
)

BASE_URL = "https://api.example.test/base"


def _client(handler: httpx.MockTransport) -> Client:
    return Client(
        access_token="test-access_token",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=handler),
    )


def _async_client(handler: httpx.MockTransport) -> AsyncClient:
    return AsyncClient(
        access_token="test-access_token",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=handler),
    )


def _answer(status: int, body: object, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if body is None:
            return httpx.Response(status)
        if isinstance(body, str) and not body.startswith(("{", "[")):
            return httpx.Response(status, content=body.encode())
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handle)


def _check_invoices_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_list(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_list(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }


def test_invoices_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.create(
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.create(
                xero_tenant_id="my-xero-tenant-id",
                invoices=[
                    Invoice(
                        type=InvoiceType("ACCREC"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        line_items=[
                            LineItem(
                                description="Acme Tires",
                                quantity=2,
                                unit_amount=20,
                                account_code="200",
                                tax_type="NONE",
                                line_amount=40,
                            )
                        ],
                        date="2019-03-11",
                        due_date="2018-12-10",
                        reference="Website Design",
                        status=InvoiceStatus("AUTHORISED"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create(
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_invoices_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Invoices"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Type": "ACCREC",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "LineItems": [
                    {
                        "Description": "Acme Tires",
                        "Quantity": 2,
                        "UnitAmount": 20,
                        "AccountCode": "200",
                        "TaxType": "NONE",
                        "LineAmount": 40,
                    }
                ],
                "Date": "2019-03-11",
                "DueDate": "2018-12-10",
                "Reference": "Website Design",
                "Status": "AUTHORISED",
            }
        ]
    }


def test_invoices_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
                invoices=[
                    Invoice(
                        type=InvoiceType("ACCREC"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        line_items=[
                            LineItem(
                                description="Acme Tires",
                                quantity=2,
                                unit_amount=20,
                                account_code="200",
                                tax_type="NONE",
                                line_amount=40,
                            )
                        ],
                        date="2019-03-11",
                        due_date="2018-12-10",
                        reference="Website Design",
                        status=InvoiceStatus("AUTHORISED"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update_or_create(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    type=InvoiceType("ACCREC"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    line_items=[
                        LineItem(
                            description="Acme Tires",
                            quantity=2,
                            unit_amount=20,
                            account_code="200",
                            tax_type="NONE",
                            line_amount=40,
                        )
                    ],
                    date="2019-03-11",
                    due_date="2018-12-10",
                    reference="Website Design",
                    status=InvoiceStatus("AUTHORISED"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.get(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_get(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.get(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_request_example_round_trips() -> None:
    example: object = {
        "Invoices": [
            {
                "Reference": "May the force be with you",
                "InvoiceID": "00000000-0000-0000-0000-000000000000",
                "LineItems": [],
                "Contact": {},
                "Type": "ACCPAY",
            }
        ]
    }
    model = Invoices.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Invoices": [
            {
                "Reference": "May the force be with you",
                "InvoiceID": "00000000-0000-0000-0000-000000000000",
                "LineItems": [],
                "Contact": {},
                "Type": "ACCPAY",
            }
        ]
    }


def test_invoices_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.update(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    reference="May the force be with you",
                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                    line_items=[],
                    contact=Contact(),
                    type=InvoiceType("ACCPAY"),
                )
            ],
        )
    assert len(seen) == 1
    _check_invoices_update(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.update(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                invoices=[
                    Invoice(
                        reference="May the force be with you",
                        invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                        line_items=[],
                        contact=Contact(),
                        type=InvoiceType("ACCPAY"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update(seen[0])
    assert isinstance(result, Invoices)


def test_invoices_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            invoices=[
                Invoice(
                    reference="May the force be with you",
                    invoice_id=UUID("00000000-0000-0000-0000-000000000000"),
                    line_items=[],
                    contact=Contact(),
                    type=InvoiceType("ACCPAY"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_as_pdf(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_get_as_pdf(seen[0])
    assert result == b"content"


def test_invoices_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_as_pdf(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_as_pdf(seen[0])
    assert result == b"content"


def _check_invoices_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.get_attachments(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.get_attachments(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_invoices_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/Invoices/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_attachment_by_id(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_invoices_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_attachment_by_id(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_invoices_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.invoices.get_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_invoices_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.invoices.get_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_invoices_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.create_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.create_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.update_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.update_attachment_by_file_name(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_invoices_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.update_attachment_by_file_name(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_get_online(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/OnlineInvoice"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_online_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.get_online(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_get_online(seen[0])
    assert isinstance(result, OnlineInvoices)


def test_invoices_get_online_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.get_online(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_online(seen[0])
    assert isinstance(result, OnlineInvoices)


def test_invoices_email_request_example_round_trips() -> None:
    example: object = {}
    model = RequestEmpty.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_email(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/Email"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {}


def test_invoices_email_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.invoices.email(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_email(seen[0])


def test_invoices_email_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.invoices.email(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_email(seen[0])


def test_invoices_email_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.email(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_invoices_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_invoices_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.get_history(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.get_history(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_invoices_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Invoices/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_invoices_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.invoices.create_history(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.invoices.create_history(
                invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_invoices_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_invoices_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.invoices.create_history(
            invoice_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
