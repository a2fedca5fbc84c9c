"""Tests of the `manual_journals` operations, generated from the document's examples."""

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
    Error,
    HistoryRecord,
    HistoryRecords,
    ManualJournal,
    ManualJournalLine,
    ManualJournals,
    TrackingCategory,
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


def _check_manual_journals_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.list(
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_manual_journals_list(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.list(
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_list(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }


def test_manual_journals_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.create(
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.create(
                xero_tenant_id="my-xero-tenant-id",
                manual_journals=[
                    ManualJournal(
                        narration="Journal Desc",
                        journal_lines=[
                            ManualJournalLine(
                                line_amount=100, account_code="400", description="Money Movement"
                            ),
                            ManualJournalLine(
                                line_amount=-100,
                                account_code="400",
                                description="Prepayment of things",
                                tracking=[TrackingCategory(name="North", option="Region")],
                            ),
                        ],
                        date="2019-03-14",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create(
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_manual_journals_update_or_create_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_update_or_create(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/ManualJournals"
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Journal Desc",
                "JournalLines": [
                    {"LineAmount": 100, "AccountCode": "400", "Description": "Money Movement"},
                    {
                        "LineAmount": -100,
                        "AccountCode": "400",
                        "Description": "Prepayment of things",
                        "Tracking": [{"Name": "North", "Option": "Region"}],
                    },
                ],
                "Date": "2019-03-14",
            }
        ]
    }


def test_manual_journals_update_or_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_update_or_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_or_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.update_or_create(
                xero_tenant_id="my-xero-tenant-id",
                manual_journals=[
                    ManualJournal(
                        narration="Journal Desc",
                        journal_lines=[
                            ManualJournalLine(
                                line_amount=100, account_code="400", description="Money Movement"
                            ),
                            ManualJournalLine(
                                line_amount=-100,
                                account_code="400",
                                description="Prepayment of things",
                                tracking=[TrackingCategory(name="North", option="Region")],
                            ),
                        ],
                        date="2019-03-14",
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update_or_create(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_or_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update_or_create(
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Journal Desc",
                    journal_lines=[
                        ManualJournalLine(
                            line_amount=100, account_code="400", description="Money Movement"
                        ),
                        ManualJournalLine(
                            line_amount=-100,
                            account_code="400",
                            description="Prepayment of things",
                            tracking=[TrackingCategory(name="North", option="Region")],
                        ),
                    ],
                    date="2019-03-14",
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_manual_journals_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.get(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_manual_journals_get(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.get(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_request_example_round_trips() -> None:
    example: object = {
        "ManualJournals": [
            {
                "Narration": "Hello Xero",
                "ManualJournalID": "00000000-0000-0000-0000-000000000000",
                "JournalLines": [],
            }
        ]
    }
    model = ManualJournals.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "ManualJournals": [
            {
                "Narration": "Hello Xero",
                "ManualJournalID": "00000000-0000-0000-0000-000000000000",
                "JournalLines": [],
            }
        ]
    }


def test_manual_journals_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.update(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Hello Xero",
                    manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                    journal_lines=[],
                )
            ],
        )
    assert len(seen) == 1
    _check_manual_journals_update(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.update(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                manual_journals=[
                    ManualJournal(
                        narration="Hello Xero",
                        manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                        journal_lines=[],
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update(seen[0])
    assert isinstance(result, ManualJournals)


def test_manual_journals_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            manual_journals=[
                ManualJournal(
                    narration="Hello Xero",
                    manual_journal_id=UUID("00000000-0000-0000-0000-000000000000"),
                    journal_lines=[],
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_manual_journals_get_attachments(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/Attachments"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachments_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.get_attachments(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_get_attachments_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.get_attachments(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachments(seen[0])
    assert isinstance(result, Attachments)


def _check_manual_journals_get_attachment_by_id(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base"
        + "/ManualJournals/00000000-0000-4000-8000-000000000000/Attachments/00000000-0000-4000-8000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachment_by_id_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.manual_journals.get_attachment_by_id(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_id(seen[0])
    assert result == b"content"


def test_manual_journals_get_attachment_by_id_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.manual_journals.get_attachment_by_id(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                attachment_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_id(seen[0])
    assert result == b"content"


def _check_manual_journals_get_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["contenttype"] == "my-contenttype"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, "content", seen)) as client:
        result = client.manual_journals.get_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            content_type="my-contenttype",
        )
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def test_manual_journals_get_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, "content", seen)) as client:
            return await client.manual_journals.get_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                content_type="my-contenttype",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_attachment_by_file_name(seen[0])
    assert result == b"content"


def _check_manual_journals_create_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_create_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.create_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_manual_journals_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_create_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.create_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_create_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_manual_journals_update_attachment_by_file_name(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/Attachments/my-filename"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_update_attachment_by_file_name_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.update_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert len(seen) == 1
    _check_manual_journals_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_update_attachment_by_file_name_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.update_attachment_by_file_name(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                file_name="my-filename",
                xero_tenant_id="my-xero-tenant-id",
                body=b"content",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_update_attachment_by_file_name(seen[0])
    assert isinstance(result, Attachments)


def test_manual_journals_update_attachment_by_file_name_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.update_attachment_by_file_name(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            file_name="my-filename",
            xero_tenant_id="my-xero-tenant-id",
            body=b"content",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_manual_journals_get_history(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_manual_journals_get_history_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.get_history(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
        )
    assert len(seen) == 1
    _check_manual_journals_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_get_history_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.get_history(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_get_history(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_request_example_round_trips() -> None:
    example: object = {"HistoryRecords": [{"Details": "Hello World"}]}
    model = HistoryRecords.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_manual_journals_create_history_record(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/ManualJournals/00000000-0000-4000-8000-000000000000/History"
    )
    assert request.headers["xero-tenant-id"] == "my-xero-tenant-id"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {"HistoryRecords": [{"Details": "Hello World"}]}


def test_manual_journals_create_history_record_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {}, seen)) as client:
        result = client.manual_journals.create_history_record(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert len(seen) == 1
    _check_manual_journals_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(_answer(200, {}, seen)) as client:
            return await client.manual_journals.create_history_record(
                manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
                xero_tenant_id="my-xero-tenant-id",
                history_records=[HistoryRecord(details="Hello World")],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_manual_journals_create_history_record(seen[0])
    assert isinstance(result, HistoryRecords)


def test_manual_journals_create_history_record_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.manual_journals.create_history_record(
            manual_journal_id=UUID("00000000-0000-4000-8000-000000000000"),
            xero_tenant_id="my-xero-tenant-id",
            history_records=[HistoryRecord(details="Hello World")],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
