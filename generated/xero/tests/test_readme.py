"""Every Python block of the package's README, run in order as a reader would paste them,
against a mock server that answers each block's request as documented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from xero._runtime import client as runtime_client

README = Path(__file__).resolve().parents[1] / "README.md"
# the answer to each block's requests, in order: (status, body, kind), or None for a block
# that sends nothing
ANSWERS: list[tuple[int, object, str] | None] = [
    None,
    None,
    (404, {"message": "not found"}, "json"),
    (
        200,
        {
            "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552327126164)/",
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                    "InvoiceNumber": "INV-0007",
                    "Reference": "Website Design",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 40.0,
                    "AmountPaid": 0.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "ContactStatus": "ACTIVE",
                        "Name": "Liam Gallagher",
                        "FirstName": "Liam",
                        "LastName": "Gallagher",
                        "EmailAddress": "liam@rockstar.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                                "AttentionTo": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "Anytown",
                                "Region": "NY",
                                "PostalCode": "10101",
                                "Country": "USA",
                                "AttentionTo": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "222-2222",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "FAX",
                                "PhoneNumber": "333-2233",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "444-3433",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                        "ContactGroups": [
                            {
                                "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                "Name": "Oasis",
                                "Status": "ACTIVE",
                                "Contacts": [],
                                "HasValidationErrors": False,
                            }
                        ],
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "ContactPersons": [
                            {
                                "FirstName": "Debbie",
                                "LastName": "Gwyther",
                                "EmailAddress": "debbie@rockstar.com",
                                "IncludeInEmails": False,
                            }
                        ],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-11 00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2018-12-10 00:00:00",
                    "DueDate": "/Date(1544400000000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Acme Tires",
                            "UnitAmount": 20.0,
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 40.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 0.0,
                    "Total": 40.0,
                    "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                    "CurrencyCode": "NZD",
                    "StatusAttributeString": "OK",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552327126164)/",
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                    "InvoiceNumber": "INV-0007",
                    "Reference": "Website Design",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 40.0,
                    "AmountPaid": 0.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "ContactStatus": "ACTIVE",
                        "Name": "Liam Gallagher",
                        "FirstName": "Liam",
                        "LastName": "Gallagher",
                        "EmailAddress": "liam@rockstar.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                                "AttentionTo": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "Anytown",
                                "Region": "NY",
                                "PostalCode": "10101",
                                "Country": "USA",
                                "AttentionTo": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "222-2222",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "FAX",
                                "PhoneNumber": "333-2233",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "444-3433",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                        "ContactGroups": [
                            {
                                "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                "Name": "Oasis",
                                "Status": "ACTIVE",
                                "Contacts": [],
                                "HasValidationErrors": False,
                            }
                        ],
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "ContactPersons": [
                            {
                                "FirstName": "Debbie",
                                "LastName": "Gwyther",
                                "EmailAddress": "debbie@rockstar.com",
                                "IncludeInEmails": False,
                            }
                        ],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-11 00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2018-12-10 00:00:00",
                    "DueDate": "/Date(1544400000000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Acme Tires",
                            "UnitAmount": 20.0,
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 40.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 0.0,
                    "Total": 40.0,
                    "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                    "CurrencyCode": "NZD",
                    "StatusAttributeString": "OK",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ccece84a-075c-4fcd-9073-149d4f7a91cf",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552327126164)/",
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "ed255415-e141-4150-aab7-89c3bbbb851c",
                    "InvoiceNumber": "INV-0007",
                    "Reference": "Website Design",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 40.0,
                    "AmountPaid": 0.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "ContactStatus": "ACTIVE",
                        "Name": "Liam Gallagher",
                        "FirstName": "Liam",
                        "LastName": "Gallagher",
                        "EmailAddress": "liam@rockstar.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                                "AttentionTo": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "Anytown",
                                "Region": "NY",
                                "PostalCode": "10101",
                                "Country": "USA",
                                "AttentionTo": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "222-2222",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "DDI",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "FAX",
                                "PhoneNumber": "333-2233",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "444-3433",
                                "PhoneAreaCode": "212",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1551747281053+0000)/",
                        "ContactGroups": [
                            {
                                "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                                "Name": "Oasis",
                                "Status": "ACTIVE",
                                "Contacts": [],
                                "HasValidationErrors": False,
                            }
                        ],
                        "IsSupplier": True,
                        "IsCustomer": True,
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "ContactPersons": [
                            {
                                "FirstName": "Debbie",
                                "LastName": "Gwyther",
                                "EmailAddress": "debbie@rockstar.com",
                                "IncludeInEmails": False,
                            }
                        ],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-11 00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2018-12-10 00:00:00",
                    "DueDate": "/Date(1544400000000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Acme Tires",
                            "UnitAmount": 20.0,
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 40.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "LineItemID": "5f7a612b-fdcc-4d33-90fa-a9f6bc6db32f",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 0.0,
                    "Total": 40.0,
                    "UpdatedDateUTC": "/Date(1552327126117+0000)/",
                    "CurrencyCode": "NZD",
                    "StatusAttributeString": "OK",
                }
            ],
        },
        "json",
    ),
]


def _blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)


def test_every_readme_block_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks()
    assert len(blocks) == len(ANSWERS)
    current: list[tuple[int, object, str] | None] = [None]
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = current[0]
        assert answer is not None, "this block was not expected to send a request"
        status, body, kind = answer
        if body is None:
            return httpx.Response(status)
        if kind in ("binary", "text") or (
            isinstance(body, str) and not body.startswith(("{", "["))
        ):
            return httpx.Response(status, content=str(body).encode())
        return httpx.Response(status, json=body)

    class MockedClient(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            kwargs["transport"] = httpx.MockTransport(handle)
            super().__init__(**kwargs)

    monkeypatch.setattr(httpx, "Client", MockedClient)
    monkeypatch.setattr(runtime_client, "_sleep", lambda seconds: None)
    namespace: dict[str, object] = {}
    for number, (code, answer) in enumerate(zip(blocks, ANSWERS, strict=True), start=1):
        current[0] = answer
        before = len(seen)
        # the README's own text, run as a reader runs it: that is what this test checks
        exec(compile(code, f"README.md, Python block {number}", "exec"), namespace)  # noqa: S102
        if answer is not None:
            assert len(seen) > before, f"block {number} sent no request"
