"""Tests of the `linked_transactions` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx
import pytest

from xero_accounting import AsyncClient, Client
from xero_accounting.errors import BadRequestError
from xero_accounting.models import Error, LinkedTransaction, LinkedTransactions

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


def test_linked_transactions_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "516aabd0-e670-48d5-b0eb-10dce4494dd8",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552348338096)/",
        "LinkedTransactions": [
            {
                "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                "Status": "ONDRAFT",
                "Type": "BILLABLEEXPENSE",
                "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                "SourceTransactionTypeCode": "ACCPAY",
            }
        ],
    }
    model = LinkedTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_linked_transactions_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/LinkedTransactions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_linked_transactions_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "516aabd0-e670-48d5-b0eb-10dce4494dd8",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552348338096)/",
                "LinkedTransactions": [
                    {
                        "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                        "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                        "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                        "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                        "Status": "ONDRAFT",
                        "Type": "BILLABLEEXPENSE",
                        "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                        "SourceTransactionTypeCode": "ACCPAY",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.linked_transactions.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_linked_transactions_list(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "516aabd0-e670-48d5-b0eb-10dce4494dd8",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552348338096)/",
                    "LinkedTransactions": [
                        {
                            "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                            "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                            "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                            "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                            "Status": "ONDRAFT",
                            "Type": "BILLABLEEXPENSE",
                            "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                            "SourceTransactionTypeCode": "ACCPAY",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.linked_transactions.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_linked_transactions_list(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_create_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "f32b30e5-32d1-42a8-bcc9-5b22828f725c",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552351054646)/",
        "LinkedTransactions": [
            {
                "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                "Status": "DRAFT",
                "Type": "BILLABLEEXPENSE",
                "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                "SourceTransactionTypeCode": "ACCPAY",
                "ValidationErrors": [
                    {"Message": "The SourceLineItemID and SourceTransactionID do not match"}
                ],
            }
        ],
    }
    model = LinkedTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_linked_transactions_create(request: httpx.Request) -> None:
    assert request.method == "PUT"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/LinkedTransactions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_linked_transactions_create_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "f32b30e5-32d1-42a8-bcc9-5b22828f725c",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552351054646)/",
                "LinkedTransactions": [
                    {
                        "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                        "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                        "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                        "Status": "DRAFT",
                        "Type": "BILLABLEEXPENSE",
                        "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                        "SourceTransactionTypeCode": "ACCPAY",
                        "ValidationErrors": [
                            {"Message": "The SourceLineItemID and SourceTransactionID do not match"}
                        ],
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.linked_transactions.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_linked_transactions_create(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_create_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "f32b30e5-32d1-42a8-bcc9-5b22828f725c",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552351054646)/",
                    "LinkedTransactions": [
                        {
                            "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                            "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                            "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                            "Status": "DRAFT",
                            "Type": "BILLABLEEXPENSE",
                            "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                            "SourceTransactionTypeCode": "ACCPAY",
                            "ValidationErrors": [
                                {
                                    "Message": "The SourceLineItemID and SourceTransactionID do not match"
                                }
                            ],
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.linked_transactions.create(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_linked_transactions_create(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_create_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.linked_transactions.create(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def test_linked_transactions_get_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "171ca542-874d-44e2-8930-db9bccd7d88b",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552348339875)/",
        "LinkedTransactions": [
            {
                "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                "Status": "ONDRAFT",
                "Type": "BILLABLEEXPENSE",
                "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                "SourceTransactionTypeCode": "ACCPAY",
            }
        ],
    }
    model = LinkedTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_linked_transactions_get(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/LinkedTransactions/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_linked_transactions_get_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "171ca542-874d-44e2-8930-db9bccd7d88b",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552348339875)/",
                "LinkedTransactions": [
                    {
                        "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                        "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                        "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                        "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                        "Status": "ONDRAFT",
                        "Type": "BILLABLEEXPENSE",
                        "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                        "SourceTransactionTypeCode": "ACCPAY",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.linked_transactions.get(
            linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_linked_transactions_get(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_get_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "171ca542-874d-44e2-8930-db9bccd7d88b",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552348339875)/",
                    "LinkedTransactions": [
                        {
                            "LinkedTransactionID": "5cf7d9c0-b9a7-4433-a2dc-ae3c11bba39b",
                            "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                            "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                            "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                            "Status": "ONDRAFT",
                            "Type": "BILLABLEEXPENSE",
                            "UpdatedDateUTC": "/Date(1552347991000+0000)/",
                            "SourceTransactionTypeCode": "ACCPAY",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.linked_transactions.get(
                linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_linked_transactions_get(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_update_request_example_round_trips() -> None:
    example: object = {
        "LinkedTransactions": [
            {
                "SourceTransactionID": "00000000-0000-0000-0000-000000000000",
                "SourceLineItemID": "00000000-0000-0000-0000-000000000000",
            }
        ]
    }
    model = LinkedTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_linked_transactions_update_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "bd364af7-08f0-432b-81db-c1e5ba05f3dd",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552351488159)/",
        "LinkedTransactions": [
            {
                "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                "Status": "DRAFT",
                "Type": "BILLABLEEXPENSE",
                "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                "SourceTransactionTypeCode": "ACCPAY",
            }
        ],
    }
    model = LinkedTransactions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def test_linked_transactions_update_response_example_400_1_round_trips() -> None:
    example: object = {
        "ErrorNumber": 10,
        "Type": "ValidationException",
        "Message": "A validation exception occurred",
        "Elements": [
            {
                "LinkedTransactionID": "5a68b5b4-8cf0-4af5-8c3c-513cc19e1c73",
                "SourceTransactionID": "aec416dd-38ea-40dc-9f0b-813c8c71f87f",
                "SourceLineItemID": "77e0b23b-5b79-4f4b-ae20-c9031d41442f",
                "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                "TargetTransactionID": "83693fc1-5b05-4807-b190-109d4a85dd5f",
                "TargetLineItemID": "d5128ff1-0f39-4d2a-a6d5-46dfaf5f075c",
                "Status": "ONDRAFT",
                "Type": "BILLABLEEXPENSE",
                "UpdatedDateUTC": "/Date(1552349706000+0000)/",
                "SourceTransactionTypeCode": "ACCPAY",
                "ValidationErrors": [
                    {"Message": "The ContactID and the TargetTransaction ContactID do not match"}
                ],
            }
        ],
    }
    model = Error.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_linked_transactions_update(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/LinkedTransactions/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"
    assert json.loads(request.content) == {
        "LinkedTransactions": [
            {
                "SourceTransactionID": "00000000-0000-0000-0000-000000000000",
                "SourceLineItemID": "00000000-0000-0000-0000-000000000000",
            }
        ]
    }


def test_linked_transactions_update_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "bd364af7-08f0-432b-81db-c1e5ba05f3dd",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552351488159)/",
                "LinkedTransactions": [
                    {
                        "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                        "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                        "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                        "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                        "Status": "DRAFT",
                        "Type": "BILLABLEEXPENSE",
                        "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                        "SourceTransactionTypeCode": "ACCPAY",
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.linked_transactions.update(
            linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            linked_transactions=[
                LinkedTransaction(
                    source_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                    source_line_item_id=UUID("00000000-0000-0000-0000-000000000000"),
                )
            ],
        )
    assert len(seen) == 1
    _check_linked_transactions_update(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_update_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "bd364af7-08f0-432b-81db-c1e5ba05f3dd",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552351488159)/",
                    "LinkedTransactions": [
                        {
                            "LinkedTransactionID": "e9684b6c-4df9-45a0-917b-85cc29857008",
                            "SourceTransactionID": "a848644a-f20f-4630-98c3-386bd7505631",
                            "SourceLineItemID": "b0df260d-3cc8-4ced-9bd6-41924f624ed3",
                            "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                            "Status": "DRAFT",
                            "Type": "BILLABLEEXPENSE",
                            "UpdatedDateUTC": "/Date(1552351055000+0000)/",
                            "SourceTransactionTypeCode": "ACCPAY",
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.linked_transactions.update(
                linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
                linked_transactions=[
                    LinkedTransaction(
                        source_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                        source_line_item_id=UUID("00000000-0000-0000-0000-000000000000"),
                    )
                ],
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_linked_transactions_update(seen[0])
    assert isinstance(result, LinkedTransactions)


def test_linked_transactions_update_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.linked_transactions.update(
            linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
            linked_transactions=[
                LinkedTransaction(
                    source_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                    source_line_item_id=UUID("00000000-0000-0000-0000-000000000000"),
                )
            ],
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)


def _check_linked_transactions_delete(request: httpx.Request) -> None:
    assert request.method == "DELETE"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/LinkedTransactions/00000000-0000-0000-0000-000000000000"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_linked_transactions_delete_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(204, None, seen)) as client:
        client.linked_transactions.delete(
            linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_linked_transactions_delete(seen[0])


def test_linked_transactions_delete_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with _async_client(_answer(204, None, seen)) as client:
            await client.linked_transactions.delete(
                linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    asyncio.run(run())
    assert len(seen) == 1
    _check_linked_transactions_delete(seen[0])


def test_linked_transactions_delete_400_raises_BadRequestError() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(400, {}, seen)) as client, pytest.raises(BadRequestError) as caught:
        client.linked_transactions.delete(
            linked_transaction_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, Error)
