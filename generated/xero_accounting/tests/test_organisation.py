"""Tests of the `organisation` operations, generated from the document's examples."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx

from xero_accounting import AsyncClient, Client
from xero_accounting.models import Actions, CisOrgSettings, Organisations

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


def test_organisation_list_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "27b7a645-a3ee-43c8-b2c6-a2fa7b84c8c5",
        "Status": "OK",
        "ProviderName": "Provider Name Example",
        "DateTimeUTC": "/Date(1552404447003)/",
        "Organisations": [
            {
                "APIKey": "CTJ60UH519MXQIXEJSDPDALS3EOZ5Y",
                "Name": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                "LegalName": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                "PaysTax": True,
                "Version": "NZ",
                "OrganisationType": "COMPANY",
                "BaseCurrency": "NZD",
                "CountryCode": "NZ",
                "IsDemoCompany": False,
                "OrganisationStatus": "ACTIVE",
                "TaxNumber": "071-138-054",
                "FinancialYearEndDay": 31,
                "FinancialYearEndMonth": 3,
                "SalesTaxBasis": "PAYMENTS",
                "SalesTaxPeriod": "TWOMONTHS",
                "DefaultSalesTax": "Tax Exclusive",
                "DefaultPurchasesTax": "Tax Exclusive",
                "PeriodLockDate": "/Date(1546214400000+0000)/",
                "EndOfYearLockDate": "/Date(1546214400000+0000)/",
                "CreatedDateUTC": "/Date(1455827393000)/",
                "OrganisationEntityType": "COMPANY",
                "Timezone": "NEWZEALANDSTANDARDTIME",
                "ShortCode": "!mBdtL",
                "OrganisationID": "b2c885a9-4bb9-4a00-9b6e-6c2bf60b1a2b",
                "Edition": "BUSINESS",
                "Class": "PREMIUM",
                "Addresses": [],
                "Phones": [],
                "ExternalLinks": [],
                "PaymentTerms": {},
            }
        ],
    }
    model = Organisations.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_organisation_list(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Organisation"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_organisation_list_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "27b7a645-a3ee-43c8-b2c6-a2fa7b84c8c5",
                "Status": "OK",
                "ProviderName": "Provider Name Example",
                "DateTimeUTC": "/Date(1552404447003)/",
                "Organisations": [
                    {
                        "APIKey": "CTJ60UH519MXQIXEJSDPDALS3EOZ5Y",
                        "Name": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                        "LegalName": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                        "PaysTax": True,
                        "Version": "NZ",
                        "OrganisationType": "COMPANY",
                        "BaseCurrency": "NZD",
                        "CountryCode": "NZ",
                        "IsDemoCompany": False,
                        "OrganisationStatus": "ACTIVE",
                        "TaxNumber": "071-138-054",
                        "FinancialYearEndDay": 31,
                        "FinancialYearEndMonth": 3,
                        "SalesTaxBasis": "PAYMENTS",
                        "SalesTaxPeriod": "TWOMONTHS",
                        "DefaultSalesTax": "Tax Exclusive",
                        "DefaultPurchasesTax": "Tax Exclusive",
                        "PeriodLockDate": "/Date(1546214400000+0000)/",
                        "EndOfYearLockDate": "/Date(1546214400000+0000)/",
                        "CreatedDateUTC": "/Date(1455827393000)/",
                        "OrganisationEntityType": "COMPANY",
                        "Timezone": "NEWZEALANDSTANDARDTIME",
                        "ShortCode": "!mBdtL",
                        "OrganisationID": "b2c885a9-4bb9-4a00-9b6e-6c2bf60b1a2b",
                        "Edition": "BUSINESS",
                        "Class": "PREMIUM",
                        "Addresses": [],
                        "Phones": [],
                        "ExternalLinks": [],
                        "PaymentTerms": {},
                    }
                ],
            },
            seen,
        )
    ) as client:
        result = client.organisation.list(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_organisation_list(seen[0])
    assert isinstance(result, Organisations)


def test_organisation_list_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "27b7a645-a3ee-43c8-b2c6-a2fa7b84c8c5",
                    "Status": "OK",
                    "ProviderName": "Provider Name Example",
                    "DateTimeUTC": "/Date(1552404447003)/",
                    "Organisations": [
                        {
                            "APIKey": "CTJ60UH519MXQIXEJSDPDALS3EOZ5Y",
                            "Name": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                            "LegalName": "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                            "PaysTax": True,
                            "Version": "NZ",
                            "OrganisationType": "COMPANY",
                            "BaseCurrency": "NZD",
                            "CountryCode": "NZ",
                            "IsDemoCompany": False,
                            "OrganisationStatus": "ACTIVE",
                            "TaxNumber": "071-138-054",
                            "FinancialYearEndDay": 31,
                            "FinancialYearEndMonth": 3,
                            "SalesTaxBasis": "PAYMENTS",
                            "SalesTaxPeriod": "TWOMONTHS",
                            "DefaultSalesTax": "Tax Exclusive",
                            "DefaultPurchasesTax": "Tax Exclusive",
                            "PeriodLockDate": "/Date(1546214400000+0000)/",
                            "EndOfYearLockDate": "/Date(1546214400000+0000)/",
                            "CreatedDateUTC": "/Date(1455827393000)/",
                            "OrganisationEntityType": "COMPANY",
                            "Timezone": "NEWZEALANDSTANDARDTIME",
                            "ShortCode": "!mBdtL",
                            "OrganisationID": "b2c885a9-4bb9-4a00-9b6e-6c2bf60b1a2b",
                            "Edition": "BUSINESS",
                            "Class": "PREMIUM",
                            "Addresses": [],
                            "Phones": [],
                            "ExternalLinks": [],
                            "PaymentTerms": {},
                        }
                    ],
                },
                seen,
            )
        ) as client:
            return await client.organisation.list(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_organisation_list(seen[0])
    assert isinstance(result, Organisations)


def test_organisation_get_actions_response_example_200_0_round_trips() -> None:
    example: object = {
        "Id": "f02c0dd1-1917-4d57-9853-997f6bcaf2bc",
        "Status": "OK",
        "ProviderName": "Java OA2 dev 01",
        "DateTimeUTC": "/Date(1602883301013)/",
        "Actions": [
            {"Name": "CreateApprovedInvoice", "Status": "ALLOWED"},
            {"Name": "CreateDraftPurchaseOrder", "Status": "ALLOWED"},
            {"Name": "CreateApprovedBill", "Status": "ALLOWED"},
            {"Name": "AttachFilesIntoInvoice", "Status": "ALLOWED"},
            {"Name": "UseMulticurrency", "Status": "ALLOWED"},
            {"Name": "CreateDraftInvoice", "Status": "ALLOWED"},
            {"Name": "CreateRepeatingInvoice", "Status": "ALLOWED"},
            {"Name": "CreateRepeatingBill", "Status": "ALLOWED"},
            {"Name": "CreateSentQuote", "Status": "ALLOWED"},
            {"Name": "CreateInvoicePayment", "Status": "ALLOWED"},
            {"Name": "CreateApprovedPurchaseOrder", "Status": "ALLOWED"},
            {"Name": "CreateDraftQuote", "Status": "ALLOWED"},
            {"Name": "CreateDraftBill", "Status": "ALLOWED"},
        ],
    }
    model = Actions.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_organisation_get_actions(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0].decode() == "/base" + "/Organisation/Actions"
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_organisation_get_actions_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(
        _answer(
            200,
            {
                "Id": "f02c0dd1-1917-4d57-9853-997f6bcaf2bc",
                "Status": "OK",
                "ProviderName": "Java OA2 dev 01",
                "DateTimeUTC": "/Date(1602883301013)/",
                "Actions": [
                    {"Name": "CreateApprovedInvoice", "Status": "ALLOWED"},
                    {"Name": "CreateDraftPurchaseOrder", "Status": "ALLOWED"},
                    {"Name": "CreateApprovedBill", "Status": "ALLOWED"},
                    {"Name": "AttachFilesIntoInvoice", "Status": "ALLOWED"},
                    {"Name": "UseMulticurrency", "Status": "ALLOWED"},
                    {"Name": "CreateDraftInvoice", "Status": "ALLOWED"},
                    {"Name": "CreateRepeatingInvoice", "Status": "ALLOWED"},
                    {"Name": "CreateRepeatingBill", "Status": "ALLOWED"},
                    {"Name": "CreateSentQuote", "Status": "ALLOWED"},
                    {"Name": "CreateInvoicePayment", "Status": "ALLOWED"},
                    {"Name": "CreateApprovedPurchaseOrder", "Status": "ALLOWED"},
                    {"Name": "CreateDraftQuote", "Status": "ALLOWED"},
                    {"Name": "CreateDraftBill", "Status": "ALLOWED"},
                ],
            },
            seen,
        )
    ) as client:
        result = client.organisation.get_actions(
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_organisation_get_actions(seen[0])
    assert isinstance(result, Actions)


def test_organisation_get_actions_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(
                200,
                {
                    "Id": "f02c0dd1-1917-4d57-9853-997f6bcaf2bc",
                    "Status": "OK",
                    "ProviderName": "Java OA2 dev 01",
                    "DateTimeUTC": "/Date(1602883301013)/",
                    "Actions": [
                        {"Name": "CreateApprovedInvoice", "Status": "ALLOWED"},
                        {"Name": "CreateDraftPurchaseOrder", "Status": "ALLOWED"},
                        {"Name": "CreateApprovedBill", "Status": "ALLOWED"},
                        {"Name": "AttachFilesIntoInvoice", "Status": "ALLOWED"},
                        {"Name": "UseMulticurrency", "Status": "ALLOWED"},
                        {"Name": "CreateDraftInvoice", "Status": "ALLOWED"},
                        {"Name": "CreateRepeatingInvoice", "Status": "ALLOWED"},
                        {"Name": "CreateRepeatingBill", "Status": "ALLOWED"},
                        {"Name": "CreateSentQuote", "Status": "ALLOWED"},
                        {"Name": "CreateInvoicePayment", "Status": "ALLOWED"},
                        {"Name": "CreateApprovedPurchaseOrder", "Status": "ALLOWED"},
                        {"Name": "CreateDraftQuote", "Status": "ALLOWED"},
                        {"Name": "CreateDraftBill", "Status": "ALLOWED"},
                    ],
                },
                seen,
            )
        ) as client:
            return await client.organisation.get_actions(
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_organisation_get_actions(seen[0])
    assert isinstance(result, Actions)


def test_organisation_get_cis_settings_response_example_200_0_round_trips() -> None:
    example: object = {"CISSettings": [{"CISEnambed": True, "Rate": 10}]}
    model = CisOrgSettings.model_validate(example)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == example


def _check_organisation_get_cis_settings(request: httpx.Request) -> None:
    assert request.method == "GET"
    assert (
        request.url.raw_path.split(b"?")[0].decode()
        == "/base" + "/Organisation/00000000-0000-0000-0000-000000000000/CISSettings"
    )
    assert request.headers["xero-tenant-id"] == "YOUR_XERO_TENANT_ID"
    assert request.headers["authorization"] == "Bearer test-access_token"


def test_organisation_get_cis_settings_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []
    with _client(_answer(200, {"CISSettings": [{"CISEnambed": True, "Rate": 10}]}, seen)) as client:
        result = client.organisation.get_cis_settings(
            organisation_id=UUID("00000000-0000-0000-0000-000000000000"),
            xero_tenant_id="YOUR_XERO_TENANT_ID",
        )
    assert len(seen) == 1
    _check_organisation_get_cis_settings(seen[0])
    assert isinstance(result, CisOrgSettings)


def test_organisation_get_cis_settings_async_sends_the_same_request() -> None:
    seen: list[httpx.Request] = []

    async def run() -> object:
        async with _async_client(
            _answer(200, {"CISSettings": [{"CISEnambed": True, "Rate": 10}]}, seen)
        ) as client:
            return await client.organisation.get_cis_settings(
                organisation_id=UUID("00000000-0000-0000-0000-000000000000"),
                xero_tenant_id="YOUR_XERO_TENANT_ID",
            )

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_organisation_get_cis_settings(seen[0])
    assert isinstance(result, CisOrgSettings)
