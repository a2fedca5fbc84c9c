"""Tests of the `credit_notes` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import (
    Allocation,
    Allocations,
    Attachments,
    Contact,
    CreditNote,
    CreditNotes,
    CreditNoteStatus,
    CreditNoteType,
    Error,
    HistoryRecord,
    HistoryRecords,
    Invoice,
    LineItem,
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


def _check_credit_notes_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_list(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_list(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }


def test_credit_notes_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.create(
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.create(
                xero_tenant_id="my-xero-tenant-id",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=2.0,
                                unit_amount=20.0,
                                account_code="400",
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create(
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_credit_notes_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/CreditNotes"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {
                        "Description": "Foobar",
                        "Quantity": 2.0,
                        "UnitAmount": 20.0,
                        "AccountCode": "400",
                    }
                ],
            }
        ]
    }


def test_credit_notes_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_update_or_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        status=CreditNoteStatus("AUTHORISED"),
                        reference="HelloWorld",
                        line_items=[
                            LineItem(
                                description="Foobar",
                                quantity=2.0,
                                unit_amount=20.0,
                                account_code="400",
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update_or_create(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2.0, unit_amount=20.0, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.get(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_get(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.get(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_request_example_round_trips() -> None:
    example: object = {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "SentToContact": True,
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 2, "UnitAmount": 20, "AccountCode": "400"}
                ],
            }
        ]
    }
    model = CreditNotes.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "CreditNotes": [
            {
                "Type": "ACCPAYCREDIT",
                "Contact": {"ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8"},
                "Date": "2019-01-05",
                "Status": "AUTHORISED",
                "Reference": "HelloWorld",
                "LineItems": [
                    {"Description": "Foobar", "Quantity": 2, "UnitAmount": 20, "AccountCode": "400"}
                ],
            }
        ]
    }


def test_credit_notes_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.update(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    sent_to_contact=True,
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2, unit_amount=20, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_update(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.update(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                credit_notes=[
                    CreditNote(
                        type=CreditNoteType("ACCPAYCREDIT"),
                        contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                        date="2019-01-05",
                        status=CreditNoteStatus("AUTHORISED"),
                        reference="HelloWorld",
                        sent_to_contact=True,
                        line_items=[
                            LineItem(
                                description="Foobar", quantity=2, unit_amount=20, account_code="400"
                            )
                        ],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update(seen[0])
    assert isinstance(result, CreditNotes)


def test_credit_notes_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            credit_notes=[
                CreditNote(
                    type=CreditNoteType("ACCPAYCREDIT"),
                    contact=Contact(contact_id=UUID("430fa14a-f945-44d3-9f97-5df5e28441b8")),
                    date="2019-01-05",
                    status=CreditNoteStatus("AUTHORISED"),
                    reference="HelloWorld",
                    sent_to_contact=True,
                    line_items=[
                        LineItem(
                            description="Foobar", quantity=2, unit_amount=20, account_code="400"
                        )
                    ],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.get_attachments(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.get_attachments(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_credit_notes_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/CreditNotes/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_attachment_by_id(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_credit_notes_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_attachment_by_id(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_credit_notes_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_credit_notes_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_credit_notes_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.create_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_credit_notes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.create_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.update_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_credit_notes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.update_attachment_by_file_name(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_credit_notes_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.update_attachment_by_file_name(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_get_as_pdf(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/pdf"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_as_pdf_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.credit_notes.get_as_pdf(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_get_as_pdf(seen[0])
    assert result == b"content"


def test_credit_notes_get_as_pdf_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.credit_notes.get_as_pdf(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_as_pdf(seen[0])
    assert result == b"content"


def test_credit_notes_create_allocation_request_example_round_trips() -> None:
    example: object = {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841"},
                "Amount": 1,
                "Date": "2019-03-05",
            }
        ]
    }
    model = Allocations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create_allocation(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/Allocations"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "Allocations": [
            {
                "Invoice": {"LineItems": [], "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841"},
                "Amount": 1,
                "Date": "2019-03-05",
            }
        ]
    }


def test_credit_notes_create_allocation_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.create_allocation(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                    ),
                    amount=1,
                    date="2019-03-05",
                )
            ],
        )
    assert len(seen) == 1
    _check_credit_notes_create_allocation(seen[0])
    assert isinstance(result, Allocations)


def test_credit_notes_create_allocation_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.create_allocation(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                allocations=[
                    Allocation(
                        invoice=Invoice(
                            line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                        ),
                        amount=1,
                        date="2019-03-05",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_allocation(seen[0])
    assert isinstance(result, Allocations)


def test_credit_notes_create_allocation_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_allocation(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            allocations=[
                Allocation(
                    invoice=Invoice(
                        line_items=[], invoice_id=UUID("c45720a1-ade3-4a38-a064-d15489be6841")
                    ),
                    amount=1,
                    date="2019-03-05",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_credit_notes_delete_allocations(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/CreditNotes/00000000-0000-4000-8000-000000000000/Allocations/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_delete_allocations_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)) as client:
        result = client.credit_notes.delete_allocations(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            allocation_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def test_credit_notes_delete_allocations_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, seen)
        ) as client:
            return await client.credit_notes.delete_allocations(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                allocation_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_delete_allocations(seen[0])
    assert isinstance(result, Allocation)


def _check_credit_notes_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_credit_notes_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.get_history(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_credit_notes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.get_history(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_credit_notes_create_history(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/CreditNotes/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_credit_notes_create_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.credit_notes.create_history(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_credit_notes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.credit_notes.create_history(
                credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_credit_notes_create_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_credit_notes_create_history_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.credit_notes.create_history(
            credit_note_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
