"""Every Python block of the package's README, run in order as a reader would paste them,
against a mock server that answers each block's request as documented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from xero_accounting._runtime import client as runtime_client

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
            "Accounts": [
                {
                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                    "Code": "091",
                    "Name": "Business Savings Account",
                    "Type": "BANK",
                    "TaxType": "NONE",
                    "EnablePaymentsToAccount": False,
                    "BankAccountNumber": "0209087654321050",
                    "BankAccountType": "BANK",
                    "CurrencyCode": "NZD",
                },
                {
                    "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                    "Code": "200",
                    "Name": "Sales",
                    "Type": "REVENUE",
                    "TaxType": "OUTPUT2",
                    "Description": "Income from any normal business activity",
                    "EnablePaymentsToAccount": False,
                },
            ]
        },
        "json",
    ),
    (
        200,
        {
            "Id": "18e7e80c-5dca-4a57-974e-8b572cc5efe8",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551212901659)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
            "BankTransactions": [],
        },
        "json",
    ),
    (
        200,
        {
            "Accounts": [
                {
                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                    "Code": "091",
                    "Name": "Business Savings Account",
                    "Type": "BANK",
                    "TaxType": "NONE",
                    "EnablePaymentsToAccount": False,
                    "BankAccountNumber": "0209087654321050",
                    "BankAccountType": "BANK",
                    "CurrencyCode": "NZD",
                },
                {
                    "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                    "Code": "200",
                    "Name": "Sales",
                    "Type": "REVENUE",
                    "TaxType": "OUTPUT2",
                    "Description": "Income from any normal business activity",
                    "EnablePaymentsToAccount": False,
                },
            ]
        },
        "json",
    ),
    (200, "content", "binary"),
    (
        200,
        {
            "Accounts": [
                {
                    "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                    "Code": "091",
                    "Name": "Business Savings Account",
                    "Type": "BANK",
                    "TaxType": "NONE",
                    "EnablePaymentsToAccount": False,
                    "BankAccountNumber": "0209087654321050",
                    "BankAccountType": "BANK",
                    "CurrencyCode": "NZD",
                },
                {
                    "AccountID": "7d05a53d-613d-4eb2-a2fc-dcb6adb80b80",
                    "Code": "200",
                    "Name": "Sales",
                    "Type": "REVENUE",
                    "TaxType": "OUTPUT2",
                    "Description": "Income from any normal business activity",
                    "EnablePaymentsToAccount": False,
                },
            ]
        },
        "json",
    ),
    (
        200,
        {
            "Id": "11814c9d-3b5e-492e-93b0-fad16bf3244f",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550793549392)/",
            "Accounts": [
                {
                    "AccountID": "66b262e2-561e-423e-8937-47d558f13442",
                    "Code": "123456",
                    "Name": "Foobar",
                    "Status": "ACTIVE",
                    "Type": "EXPENSE",
                    "TaxType": "INPUT",
                    "Description": "Hello World",
                    "Class": "EXPENSE",
                    "EnablePaymentsToAccount": False,
                    "ShowInExpenseClaims": False,
                    "ReportingCode": "EXP",
                    "ReportingCodeName": "Expense",
                    "UpdatedDateUTC": "/Date(1550793549320+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "323455cc-9511-4451-a873-248d2983f38e",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550797359081)/",
            "Accounts": [
                {
                    "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                    "Code": "123456",
                    "Name": "FooBar",
                    "Status": "ACTIVE",
                    "Type": "EXPENSE",
                    "TaxType": "INPUT",
                    "Description": "Hello World",
                    "Class": "EXPENSE",
                    "EnablePaymentsToAccount": False,
                    "ShowInExpenseClaims": False,
                    "ReportingCode": "EXP",
                    "ReportingCodeName": "Expense",
                    "UpdatedDateUTC": "/Date(1550797359120+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "9012e75c-ec08-40a9-ae15-153fc1f35c4d",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550795389340)/",
            "Accounts": [
                {
                    "AccountID": "99ce6032-0678-4aa0-8148-240c75fee33a",
                    "Code": "654321",
                    "Name": "BarFoo",
                    "Status": "ACTIVE",
                    "Type": "EXPENSE",
                    "TaxType": "INPUT",
                    "Description": "Good Bye World",
                    "Class": "EXPENSE",
                    "EnablePaymentsToAccount": False,
                    "ShowInExpenseClaims": False,
                    "ReportingCode": "EXP",
                    "ReportingCodeName": "Expense",
                    "UpdatedDateUTC": "/Date(1550795389333+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "76bb0543-8efe-4acc-b7f6-67dfcdec37b4",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550798217216)/",
            "Accounts": [
                {
                    "AccountID": "7f3c0bec-f3e7-4073-b4d6-cc56dd027ef1",
                    "Code": "123456",
                    "Name": "FooBar",
                    "Status": "DELETED",
                    "Type": "EXPENSE",
                    "TaxType": "INPUT",
                    "Description": "Hello World",
                    "Class": "EXPENSE",
                    "EnablePaymentsToAccount": False,
                    "ShowInExpenseClaims": False,
                    "ReportingCode": "EXP",
                    "ReportingCodeName": "Expense",
                    "UpdatedDateUTC": "/Date(1550798217210+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550852630329)/",
            "Attachments": [
                {
                    "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550856817769)/",
            "Attachments": [
                {
                    "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550859714477)/",
            "Attachments": [
                {
                    "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Accounts/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "18e7e80c-5dca-4a57-974e-8b572cc5efe8",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551212901659)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
            "BankTransactions": [
                {
                    "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "BatchPayment": {
                        "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                        "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                        "Date": "/Date(1476316800000+0000)/",
                        "Type": "RECBATCH",
                        "Status": "AUTHORISED",
                        "TotalAmount": "12.00",
                        "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                        "IsReconciled": "false",
                    },
                    "Type": "RECEIVE",
                    "IsReconciled": False,
                    "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                    "HasAttachments": True,
                    "Contact": {
                        "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                        "Name": "sam",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2016-10-13T00:00:00",
                    "Date": "/Date(1476316800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 10,
                    "TotalTax": 0,
                    "Total": 10,
                    "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                    "CurrencyCode": "USD",
                },
                {
                    "BankTransactionID": "29a69c45-64ca-4805-a1cc-34990de837b3",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Type": "SPEND-OVERPAYMENT",
                    "IsReconciled": False,
                    "OverpaymentID": "7d457db3-3b0a-47e9-8b79-81252a7bcdcb",
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                        "Name": "sam",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2016-10-13T00:00:00",
                    "Date": "/Date(1476316800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 9,
                    "TotalTax": 0,
                    "Total": 9,
                    "UpdatedDateUTC": "/Date(1476389930500+0000)/",
                    "CurrencyCode": "USD",
                },
                {
                    "BankTransactionID": "0b89bf5c-d40b-4514-96be-36a739fb0188",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Type": "SPEND-OVERPAYMENT",
                    "IsReconciled": False,
                    "OverpaymentID": "bf9b5f33-c0d6-4182-84a2-40848023e5a1",
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                        "Name": "sam",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2016-10-13T00:00:00",
                    "Date": "/Date(1476316800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 8,
                    "TotalTax": 0,
                    "Total": 8,
                    "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                    "CurrencyCode": "USD",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551213568047)/",
            "BankTransactions": [
                {
                    "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Type": "SPEND",
                    "Reference": "",
                    "IsReconciled": False,
                    "CurrencyRate": 1.0,
                    "Contact": {
                        "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                        "ContactStatus": "ACTIVE",
                        "Name": "Katherine Warren",
                        "FirstName": "Katherine",
                        "LastName": "Warren",
                        "EmailAddress": "kat.warren@clampett.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "AddressLine1": "",
                                "AddressLine2": "",
                                "AddressLine3": "",
                                "AddressLine4": "",
                                "City": "Palo Alto",
                                "Region": "CA",
                                "PostalCode": "94020",
                                "Country": "United States",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "847-1294",
                                "PhoneAreaCode": "(626)",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-02-26T00:00:00",
                    "Date": "/Date(1551139200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Inclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "TAX001",
                            "TaxAmount": 1.74,
                            "LineAmount": 20.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                            "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 18.26,
                    "TotalTax": 1.74,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                    "CurrencyCode": "USD",
                    "StatusAttributeString": "ERROR",
                    "ValidationErrors": [
                        {
                            "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5bc1d776-3c7f-4fe8-9b2d-09e747077a88",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551213568047)/",
            "BankTransactions": [
                {
                    "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Type": "SPEND",
                    "Reference": "",
                    "IsReconciled": False,
                    "CurrencyRate": 1.0,
                    "Contact": {
                        "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                        "ContactStatus": "ACTIVE",
                        "Name": "Katherine Warren",
                        "FirstName": "Katherine",
                        "LastName": "Warren",
                        "EmailAddress": "kat.warren@clampett.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "AddressLine1": "",
                                "AddressLine2": "",
                                "AddressLine3": "",
                                "AddressLine4": "",
                                "City": "Palo Alto",
                                "Region": "CA",
                                "PostalCode": "94020",
                                "Country": "United States",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "847-1294",
                                "PhoneAreaCode": "(626)",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-02-26T00:00:00",
                    "Date": "/Date(1551139200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Inclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "TAX001",
                            "TaxAmount": 1.74,
                            "LineAmount": 20.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                            "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 18.26,
                    "TotalTax": 1.74,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1551213567813+0000)/",
                    "CurrencyCode": "USD",
                    "StatusAttributeString": "ERROR",
                    "ValidationErrors": [
                        {
                            "Message": "The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "612e204d-21ab-469b-ac84-afe0697b4461",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551212902962)/",
            "BankTransactions": [
                {
                    "BankTransactionID": "db54aab0-ad40-4ced-bcff-0940ba20db2c",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "BatchPayment": {
                        "Account": {"AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9"},
                        "BatchPaymentID": "b54aa50c-794c-461b-89d1-846e1b84d9c0",
                        "Date": "/Date(1476316800000+0000)/",
                        "Type": "RECBATCH",
                        "Status": "AUTHORISED",
                        "TotalAmount": "12.00",
                        "UpdatedDateUTC": "/Date(1476392487037+0000)/",
                        "IsReconciled": "false",
                    },
                    "Type": "RECEIVE",
                    "IsReconciled": False,
                    "CurrencyRate": 1.0,
                    "PrepaymentID": "cb62750f-b49c-464b-a45b-e2e2c514c8a9",
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                            "FileName": "sample2.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/banktransaction/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                    "Contact": {
                        "ContactID": "9c2c64de-12c9-4167-b503-e2c0e1aa1f49",
                        "ContactStatus": "ACTIVE",
                        "Name": "sam",
                        "EmailAddress": "",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1518821703467+0000)/",
                        "ContactGroups": [],
                        "DefaultCurrency": "USD",
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2016-10-13T00:00:00",
                    "Date": "/Date(1476316800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "hello",
                            "UnitAmount": 10.0,
                            "TaxType": "OUTPUT",
                            "TaxAmount": 0.0,
                            "LineAmount": 10.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "40bec527-a744-4149-96c5-0ab643b51158",
                            "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 10.0,
                    "TotalTax": 0.0,
                    "Total": 10.0,
                    "UpdatedDateUTC": "/Date(1476389616437+0000)/",
                    "CurrencyCode": "USD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "f2c7f037-96fc-49bd-8f59-d3c7bfdd4746",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551213568875)/",
            "BankTransactions": [
                {
                    "BankTransactionID": "1289c190-e46d-434b-9628-463ffdb52f00",
                    "BankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Type": "SPEND",
                    "Reference": "You just updated",
                    "IsReconciled": False,
                    "CurrencyRate": 1.0,
                    "HasAttachments": False,
                    "Attachments": [],
                    "Contact": {
                        "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                        "ContactStatus": "ACTIVE",
                        "Name": "Katherine Warren",
                        "FirstName": "Katherine",
                        "LastName": "Warren",
                        "EmailAddress": "kat.warren@clampett.com",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "AddressLine1": "",
                                "AddressLine2": "",
                                "AddressLine3": "",
                                "AddressLine4": "",
                                "City": "Palo Alto",
                                "Region": "CA",
                                "PostalCode": "94020",
                                "Country": "United States",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "847-1294",
                                "PhoneAreaCode": "(626)",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-02-25T00:00:00",
                    "Date": "/Date(1551052800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Inclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "TAX001",
                            "TaxAmount": 1.74,
                            "LineAmount": 20.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "d2a06879-da49-4d6c-83b5-72a93a523ec6",
                            "AccountID": "ebd06280-af70-4bed-97c6-7451a454ad85",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 18.26,
                    "TotalTax": 1.74,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1551213568733+0000)/",
                    "CurrencyCode": "USD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c50798e1-29e9-4a30-a452-bb6e42e400c8",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551303999577)/",
            "Attachments": [
                {
                    "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
                {
                    "AttachmentID": "45dd3143-9856-42d2-9a6c-53814f67a33e",
                    "FileName": "sample2.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample2.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551286166630)/",
            "Attachments": [
                {
                    "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "572ad2fe-8c23-45aa-82f9-864485327685",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551286166630)/",
            "Attachments": [
                {
                    "AttachmentID": "4508a692-e52c-4ad8-a138-2f13e22bf57b",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransactions/db54aab0-ad40-4ced-bcff-0940ba20db2c/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311318988)/",
            "BankTransfers": [
                {
                    "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                    "CreatedDateUTCString": "2016-10-17T20:46:01",
                    "CreatedDateUTC": "/Date(1476737161140+0000)/",
                    "DateString": "2016-11-12T21:10:00",
                    "Date": "/Date(1478985000000+0000)/",
                    "Status": "AUTHORISED",
                    "FromBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Name": "Business Wells Fargo",
                    },
                    "ToBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Name": "My Savings",
                    },
                    "Amount": 20.0,
                    "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                    "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                    "FromIsReconciled": True,
                    "ToIsReconciled": True,
                    "Reference": "Sub 098801",
                    "HasAttachments": True,
                    "FromTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                            "Name": "Region",
                            "Option": "North",
                        }
                    ],
                    "ToTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                            "Name": "Region",
                            "Option": "South",
                        }
                    ],
                },
                {
                    "BankTransferID": "9f0153d5-617c-4903-887b-3875807aa27a",
                    "CreatedDateUTCString": "2016-10-21T23:28:42",
                    "CreatedDateUTC": "/Date(1477092522333+0000)/",
                    "DateString": "2016-10-19T20:10:00",
                    "Date": "/Date(1476907800000+0000)/",
                    "Status": "AUTHORISED",
                    "FromBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Name": "Business Wells Fargo",
                    },
                    "ToBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Name": "My Savings",
                    },
                    "Amount": 20.0,
                    "FromBankTransactionID": "cb74287e-5682-4973-b354-93e2c7a836d3",
                    "ToBankTransactionID": "4c48ba6c-f318-4405-aee6-b5efa2c70f55",
                    "FromIsReconciled": False,
                    "ToIsReconciled": False,
                    "Reference": "Sub 098801",
                    "HasAttachments": False,
                    "FromTracking": [],
                    "ToTracking": [],
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ae767b68-affd-4e17-bac0-83eaf1854dcd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311317475)/",
            "BankTransfers": [
                {
                    "BankTransferID": "76eea4b6-f026-464c-b6f3-5fb39a196145",
                    "DateString": "2019-02-27T00:00:00",
                    "Date": "/Date(1551225600000+0000)/",
                    "Status": "AUTHORISED",
                    "FromBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Code": "090",
                        "Name": "My Savings",
                    },
                    "ToBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "Amount": 50.0,
                    "FromBankTransactionID": "e4059952-5acb-4a56-b076-53fad85f2930",
                    "ToBankTransactionID": "88e4ac17-293b-4e5a-8d8b-3ce3a0b1ee17",
                    "FromIsReconciled": True,
                    "ToIsReconciled": True,
                    "Reference": "Sub 098801",
                    "CurrencyRate": 1.0,
                    "FromTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                            "Name": "Region",
                            "Option": "North",
                        }
                    ],
                    "ToTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                            "Name": "Region",
                            "Option": "South",
                        }
                    ],
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "dfc0d130-9007-4a98-a5ef-6f01700f18e2",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311318988)/",
            "BankTransfers": [
                {
                    "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                    "Status": "DELETED",
                    "FromBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Name": "Business Wells Fargo",
                    },
                    "ToBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Name": "My Savings",
                    },
                    "Amount": 20.0,
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311320368)/",
            "BankTransfers": [
                {
                    "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                    "CreatedDateUTCString": "2016-10-17T20:46:01",
                    "CreatedDateUTC": "/Date(1476737161140+0000)/",
                    "DateString": "2016-11-12T21:10:00",
                    "Date": "/Date(1478985000000+0000)/",
                    "Status": "AUTHORISED",
                    "FromBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "ToBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Code": "090",
                        "Name": "My Savings",
                    },
                    "Amount": 20.0,
                    "FromBankTransactionID": "a3eca480-bc04-4292-9bbd-5c57b8ba12b4",
                    "ToBankTransactionID": "4ca13f40-f3a0-4530-a442-a600f5696118",
                    "FromIsReconciled": False,
                    "ToIsReconciled": False,
                    "Reference": "Sub 098801",
                    "CurrencyRate": 1.0,
                    "HasAttachments": True,
                    "FromTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "cd0a4b7e-3c6b-4b3c-8e2a-1f2d3c4b5a69",
                            "Name": "Region",
                            "Option": "North",
                        }
                    ],
                    "ToTracking": [
                        {
                            "TrackingCategoryID": "e2f2f732-e92a-4f3a-9c4d-ee4da0182a13",
                            "TrackingOptionID": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
                            "Name": "Region",
                            "Option": "South",
                        }
                    ],
                    "Attachments": [
                        {
                            "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/banktransfer/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "1a5fa46d-5ece-4ef2-89b1-77c293b5d833",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311320368)/",
            "BankTransfers": [
                {
                    "BankTransferID": "6221458a-ef7a-4d5f-9b1c-1b96ce03833c",
                    "Status": "DELETED",
                    "FromBankAccount": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "Code": "088",
                        "Name": "Business Wells Fargo",
                    },
                    "ToBankAccount": {
                        "AccountID": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                        "Code": "090",
                        "Name": "My Savings",
                    },
                    "Amount": 20.0,
                    "Reference": "Sub 098801",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5cb6b587-7b02-46b6-97fe-d8ad8f20321b",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551397557272)/",
            "Attachments": [
                {
                    "AttachmentID": "e05a6fd8-0e47-47a9-9799-b809c8267260",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "b73ba149-76a9-4e7c-a5c6-b9230022f416",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551397998372)/",
            "Attachments": [
                {
                    "AttachmentID": "9478be4c-c707-48c1-b4a7-83d8eaf442b5",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c7810140-19c2-4ff7-b3ec-b7e95ce7becf",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551398138226)/",
            "Attachments": [
                {
                    "AttachmentID": "0851935c-c4c5-4de8-9247-ce22efde6f82",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/BankTransfers/6221458a-ef7a-4d5f-9b1c-1b96ce03833c/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550866184006)/",
            "BatchPayments": [
                {
                    "Account": {
                        "AccountID": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                        "CurrencyCode": "NZD",
                    },
                    "Reference": "Hello World",
                    "BatchPaymentID": "d0e9bbbf-5b8a-48b6-906a-035591fcb061",
                    "DateString": "2017-11-28T00:00:00",
                    "Date": "/Date(1511827200000+0000)/",
                    "Payments": [
                        {
                            "Invoice": {
                                "InvoiceID": "0975dec2-0cf6-498d-9c9f-c6775b45c61d",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "97ec2ef8-f4d6-4de5-9f2a-385d41cdc2fc",
                            "Amount": 200.0,
                            "BankAmount": 200.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "600982d9-6605-4e11-afa1-d8dec2be7b52",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "e232795f-b919-4865-a754-12f6ae8402c0",
                            "Amount": 200.0,
                            "BankAmount": 200.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "99a2bd54-4ab1-413c-90bb-57f6464fe5d6",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "c2d571a5-38ff-4d37-9d43-dfadb4ad53ff",
                            "Amount": 200.0,
                            "BankAmount": 200.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "c81942c8-bfc5-4c88-a21a-b892a4a8c1c5",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "0f3c18dc-49bd-47a4-a875-03c84a29978f",
                            "Amount": 200.0,
                            "BankAmount": 200.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "6c9a1d89-8319-42f6-87d6-7690e748af85",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "43541eed-f3ac-44ac-88cb-9fe1cb7ed8b8",
                            "Amount": 200.0,
                            "BankAmount": 200.0,
                        },
                    ],
                    "Type": "RECBATCH",
                    "Status": "AUTHORISED",
                    "TotalAmount": 1000.0,
                    "UpdatedDateUTC": "/Date(1511893792820+0000)/",
                    "IsReconciled": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "424745ed-6356-46ad-87d4-3585f9062fb4",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550865988111)/",
            "BatchPayments": [
                {
                    "Account": {
                        "AccountID": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                        "CurrencyCode": "NZD",
                    },
                    "Reference": "Foobar123",
                    "BatchPaymentID": "d318c343-208e-49fe-b04a-45642349bcf1",
                    "DateString": "2019-02-22T00:00:00",
                    "Date": "/Date(1550793600000+0000)/",
                    "Payments": [
                        {
                            "Invoice": {
                                "InvoiceID": "3323652c-155e-433b-8a73-4dde7cfbf410",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "c05098fa-ae3c-4f00-80ec-0a9df07dedff",
                            "Amount": 1.0,
                            "BankAmount": 1.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "e4abafb4-1f5b-4d9f-80b3-9a7b815bc302",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "96409489-2f7d-4804-9a6d-6b939b0e038a",
                            "Amount": 1.0,
                            "BankAmount": 1.0,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "e6039672-b161-40cd-b07b-a0178e7186ad",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "d2796067-bf71-4f06-b386-81f1454fa866",
                            "Amount": 1.0,
                            "BankAmount": 1.0,
                        },
                    ],
                    "Type": "RECBATCH",
                    "Status": "AUTHORISED",
                    "TotalAmount": 3.0,
                    "UpdatedDateUTC": "/Date(1550865987783+0000)/",
                    "IsReconciled": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1583945852489)/",
            "BatchPayments": [
                {
                    "Account": {
                        "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                        "CurrencyCode": "NZD",
                    },
                    "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                    "DateString": "2022-08-01T00:00:00",
                    "Date": "/Date(1659312000000+0000)/",
                    "Payments": [],
                    "Type": "PAYBATCH",
                    "Status": "DELETED",
                    "TotalAmount": 18.0,
                    "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                    "IsReconciled": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "6ab84949-4fe5-4788-a135-4d8f690d24d7",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550866184006)/",
            "BatchPayments": [
                {
                    "Account": {
                        "AccountID": "13918178-849a-4823-9a31-57b7eac713d7",
                        "CurrencyCode": "NZD",
                    },
                    "Reference": "ref",
                    "BatchPaymentID": "44a1013e-4946-4a73-b207-dfe5424a5ea5",
                    "DateString": "2018-10-03T00:00:00",
                    "Date": "/Date(1538524800000+0000)/",
                    "Payments": [
                        {
                            "Invoice": {
                                "InvoiceID": "5aa9451d-95d1-4f95-a966-bbab2573f71c",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "a22a64cb-364e-43fa-9a1f-bb2cd1f4adde",
                            "Reference": "ref/cheque",
                            "Amount": 913.55,
                            "BankAmount": 913.55,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "30a87092-31b5-4a2c-831e-327486533dd2",
                                "CurrencyCode": "AUD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "6e20be79-32d8-4ae1-978e-f76d9b245c02",
                            "Amount": 495,
                            "BankAmount": 540,
                        },
                        {
                            "Invoice": {
                                "InvoiceID": "86d6e00f-ef56-49f7-9a54-796ccd5ca057",
                                "CurrencyCode": "NZD",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                            "PaymentID": "4ba761b8-5940-4a3f-bcdf-7775adb00332",
                            "Amount": 3080,
                            "BankAmount": 3080,
                        },
                    ],
                    "Type": "RECBATCH",
                    "Status": "AUTHORISED",
                    "TotalAmount": 4533.55,
                    "UpdatedDateUTC": "/Date(1538525239370+0000)/",
                    "IsReconciled": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1583945852489)/",
            "BatchPayments": [
                {
                    "Account": {
                        "AccountID": "efb6e3a4-3156-4cee-bfe1-a282a3cc1d8f",
                        "CurrencyCode": "NZD",
                    },
                    "BatchPaymentID": "b649632e-2782-4c74-95a5-d994d7140ed9",
                    "DateString": "2022-08-01T00:00:00",
                    "Date": "/Date(1659312000000+0000)/",
                    "Payments": [],
                    "Type": "PAYBATCH",
                    "Status": "DELETED",
                    "TotalAmount": 18.0,
                    "UpdatedDateUTC": "/Date(1659377631813+0000)/",
                    "IsReconciled": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c58e2f9c-baad-42a4-8bb7-f32b6f88fa04",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550898452503)/",
            "HistoryRecords": [
                {
                    "Changes": "Approved",
                    "DateUTCString": "2017-11-28T18:29:52",
                    "DateUTC": "/Date(1511893792813+0000)/",
                    "User": "Buzz Lightyear",
                    "Details": "",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d1a1beea-bdfe-4ee4-9dbc-27226a26cd68",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550881711906)/",
            "BrandingThemes": [
                {
                    "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                    "Name": "Standard",
                    "SortOrder": 0,
                    "CreatedDateUTC": "/Date(1464967643813+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "df671650-cf14-4a7f-b609-4166933719bc",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550881713071)/",
            "BrandingThemes": [
                {
                    "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                    "Name": "Standard",
                    "SortOrder": 0,
                    "CreatedDateUTC": "/Date(1464967643813+0000)/",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "bfd5adbe-0e92-48f0-8c5a-39072f6c4ed3",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551139339419)/",
            "PaymentServices": [
                {
                    "PaymentServiceID": "8cc53aa4-ae01-45b9-b06c-69c42eeae61f",
                    "PaymentServiceName": "Buzz Lightyear",
                    "PaymentServiceType": "PayPal",
                },
                {
                    "PaymentServiceID": "dede7858-14e3-4a46-bf95-4d4cc491e645",
                    "PaymentServiceName": "ACME Payment",
                    "PaymentServiceUrl": "https://www.payupnow.com/",
                    "PaymentServiceType": "Custom",
                    "PayNowText": "Pay Now",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "918feecb-067a-4ed9-841b-571c04eaada3",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551139338915)/",
            "PaymentServices": [
                {
                    "PaymentServiceID": "00000000-0000-0000-0000-000000000000",
                    "PaymentServiceName": "ACME Payments",
                    "PaymentServiceUrl": "https://www.payupnow.com/",
                    "PaymentServiceType": "Custom",
                    "PayNowText": "Pay Now",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551399323399)/",
            "Budgets": [
                {
                    "BudgetID": "847da917-9565-466c-a9cd-3ecf7eb9d094",
                    "Status": "APPROVED",
                    "Description": "FY2021 budget",
                    "Type": "TRACKING",
                    "UpdatedDateUTC": "/Date(1622138002077+0000)/",
                    "BudgetLines": [],
                    "Tracking": [],
                },
                {
                    "BudgetID": "93a4bab1-0021-4320-a2ec-c250528b4bc5",
                    "Status": "APPROVED",
                    "Description": "Overall Budget",
                    "Type": "OVERALL",
                    "UpdatedDateUTC": "/Date(1622137786913+0000)/",
                    "BudgetLines": [],
                    "Tracking": [],
                },
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "b825df86-1a72-49c9-97dd-36afc7d04bd5",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551746015603)/",
            "ContactGroups": [
                {
                    "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                    "Name": "Suppliers",
                    "Status": "ACTIVE",
                    "Contacts": [],
                    "HasValidationErrors": False,
                },
                {
                    "ContactGroupID": "ab089fd4-012f-4043-a6e4-e7be01e87e50",
                    "Name": "Old Group84262",
                    "Status": "ACTIVE",
                    "Contacts": [],
                    "HasValidationErrors": False,
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5afe53f9-2271-45b8-9767-88d023b71d34",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551745740920)/",
            "ContactGroups": [
                {
                    "ContactGroupID": "d7a86b80-8dac-4d89-a334-9dcf5753676c",
                    "Name": "Suppliers",
                    "Status": "ACTIVE",
                    "Contacts": [],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "079c14f6-2c2d-464e-a2c7-0edf7e465723",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551746772976)/",
            "ContactGroups": [
                {
                    "ContactGroupID": "17b44ed7-4389-4162-91cb-3dd5766e4e22",
                    "Name": "Oasis",
                    "Status": "ACTIVE",
                    "Contacts": [
                        {
                            "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                            "Name": "Noel Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        {
                            "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                            "Name": "Liam Gallagher",
                            "Addresses": [],
                            "Phones": [],
                            "ContactGroups": [],
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                    ],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b1ba6cdb-1637-4209-bb92-bd0c593f3243",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551746288544)/",
            "ContactGroups": [
                {
                    "ContactGroupID": "13f47537-7c1d-4e62-966e-617d76558fc5",
                    "Name": "Supplier Vendor",
                    "Status": "ACTIVE",
                    "Contacts": [],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "99db8024-6895-45c8-a1b5-54805aa8689c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551747495785)/",
            "Contacts": [
                {
                    "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                    "ValidationErrors": [],
                },
                {
                    "ContactID": "4e1753b9-018a-4775-b6aa-1bc7871cfee3",
                    "Addresses": [],
                    "Phones": [],
                    "ContactGroups": [],
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                    "ValidationErrors": [],
                },
            ],
        },
        "json",
    ),
    (204, None, "empty"),
    (204, None, "empty"),
    (
        200,
        {
            "Id": "04e93d48-e72f-4775-b7dd-15a041fab972",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551399323399)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
            "Contacts": [
                {
                    "ContactID": "5cc8cf28-567e-4d43-b287-687cfcaec47c",
                    "ContactStatus": "ACTIVE",
                    "Name": "Katherine Warren",
                    "FirstName": "Katherine",
                    "LastName": "Warren",
                    "CompanyNumber": "NumberBusiness1234",
                    "EmailAddress": "kat.warren@clampett.com",
                    "BankAccountDetails": "",
                    "TaxNumber": "",
                    "TaxNumbeType": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "AddressLine1": "",
                            "AddressLine2": "",
                            "AddressLine3": "",
                            "AddressLine4": "",
                            "City": "Palo Alto",
                            "Region": "CA",
                            "PostalCode": "94020",
                            "Country": "United States",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DDI",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "847-1294",
                            "PhoneAreaCode": "(626)",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1503348544227+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "Balances": {
                        "AccountsReceivable": {"Outstanding": 760.0, "Overdue": 920.0},
                        "AccountsPayable": {"Outstanding": 231.6, "Overdue": 360.0},
                    },
                    "ContactPersons": [],
                    "HasAttachments": False,
                    "HasValidationErrors": False,
                },
                {
                    "ContactID": "3ec601ad-eddc-4ccb-a8ac-736e88293b1b",
                    "ContactStatus": "ACTIVE",
                    "Name": "Lisa Parker",
                    "FirstName": "Lisa",
                    "LastName": "Parker",
                    "EmailAddress": "lparker@parkerandco.com",
                    "BankAccountDetails": "",
                    "TaxNumber": "",
                    "TaxNumbeType": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "AddressLine1": "",
                            "AddressLine2": "",
                            "AddressLine3": "",
                            "AddressLine4": "",
                            "City": "Anchorage",
                            "Region": "AK",
                            "PostalCode": "99501",
                            "Country": "United States",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DDI",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "266-3583",
                            "PhoneAreaCode": "(510)",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1503348546760+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": False,
                    "IsCustomer": False,
                    "ContactPersons": [],
                    "HasAttachments": False,
                    "HasValidationErrors": False,
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551399321121)/",
            "Contacts": [
                {
                    "ContactID": "3ff6d40c-af9a-40a3-89ce-3c1556a25591",
                    "ContactStatus": "ACTIVE",
                    "CompanyNumber": "NumberBusiness1234",
                    "Name": "Foo9987",
                    "EmailAddress": "sid32476@blah.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
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
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "555-1212",
                            "PhoneAreaCode": "415",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": False,
                    "IsCustomer": False,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "PaymentTerms": {
                        "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                        "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                    },
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "e997d6d7-6dad-4458-beb8-d9c1bf7f2edf",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551399321121)/",
            "Contacts": [
                {
                    "ContactID": "00000000-0000-0000-0000-000000000000",
                    "ContactStatus": "ACTIVE",
                    "Name": "Bruce Banner",
                    "CompanyNumber": "NumberBusiness1234",
                    "EmailAddress": "bruce@banner.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
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
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "555-1212",
                            "PhoneAreaCode": "415",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551399321043+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": False,
                    "IsCustomer": False,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "PaymentTerms": {
                        "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                        "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                    },
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551462703288)/",
            "Contacts": [
                {
                    "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                    "ContactNumber": "SB2",
                    "AccountNumber": "1234567",
                    "ContactStatus": "ACTIVE",
                    "Name": "Acme Parts Co.",
                    "FirstName": "Blake",
                    "LastName": "Kohler",
                    "CompanyNumber": "NumberBusiness1234",
                    "EmailAddress": "bk@krave.co",
                    "BankAccountDetails": "12334567",
                    "TaxNumber": "123-22-3456",
                    "AccountsReceivableTaxType": "TAX003",
                    "AccountsPayableTaxType": "TAX022",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "AddressLine1": "123 Fake Street",
                            "City": "Vancouver",
                            "Region": "British Columbia",
                            "PostalCode": "V6B 2T4",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "AddressLine1": "1234 Fake Street",
                            "City": "Vancouver",
                            "Region": "British Columbia",
                            "PostalCode": "V6B 2T4",
                            "Country": "",
                            "AttentionTo": "Blake",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DDI",
                            "PhoneNumber": "489-44493",
                            "PhoneAreaCode": "345",
                            "PhoneCountryCode": "4",
                        },
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "408-0914",
                            "PhoneAreaCode": "604",
                            "PhoneCountryCode": "1",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "123-9933",
                            "PhoneAreaCode": "123",
                            "PhoneCountryCode": "2",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "999-44",
                            "PhoneAreaCode": "234",
                            "PhoneCountryCode": "3",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "DefaultCurrency": "USD",
                    "Discount": 13.0,
                    "Website": "http://www.google.com",
                    "BrandingTheme": {
                        "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                        "Name": "Standard",
                    },
                    "PurchasesDefaultAccountCode": "660",
                    "SalesDefaultAccountCode": "002",
                    "BatchPayments": {
                        "BankAccountNumber": "12334567",
                        "BankAccountName": "Citi Bank",
                        "Details": "biz checking",
                        "Code": "",
                        "Reference": "",
                    },
                    "Balances": {
                        "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                        "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                    },
                    "PaymentTerms": {
                        "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                        "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                    },
                    "ContactPersons": [
                        {
                            "FirstName": "Sue",
                            "LastName": "Johnson",
                            "EmailAddress": "sue.johnson@krave.com",
                            "IncludeInEmails": True,
                        }
                    ],
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5c83b115-a6e8-4f2a-877f-ba63d009235b",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551462703288)/",
            "Contacts": [
                {
                    "ContactID": "8138a266-fb42-49b2-a104-014b7045753d",
                    "ContactNumber": "SB2",
                    "AccountNumber": "1234567",
                    "ContactStatus": "ACTIVE",
                    "Name": "Acme Parts Co.",
                    "FirstName": "Blake",
                    "LastName": "Kohler",
                    "CompanyNumber": "NumberBusiness1234",
                    "EmailAddress": "bk@krave.co",
                    "BankAccountDetails": "12334567",
                    "TaxNumber": "123-22-3456",
                    "AccountsReceivableTaxType": "TAX003",
                    "AccountsPayableTaxType": "TAX022",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "AddressLine1": "123 Fake Street",
                            "City": "Vancouver",
                            "Region": "British Columbia",
                            "PostalCode": "V6B 2T4",
                            "Country": "",
                            "AttentionTo": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "AddressLine1": "1234 Fake Street",
                            "City": "Vancouver",
                            "Region": "British Columbia",
                            "PostalCode": "V6B 2T4",
                            "Country": "",
                            "AttentionTo": "Blake",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DDI",
                            "PhoneNumber": "489-44493",
                            "PhoneAreaCode": "345",
                            "PhoneCountryCode": "4",
                        },
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "408-0914",
                            "PhoneAreaCode": "604",
                            "PhoneCountryCode": "1",
                        },
                        {
                            "PhoneType": "FAX",
                            "PhoneNumber": "123-9933",
                            "PhoneAreaCode": "123",
                            "PhoneCountryCode": "2",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "999-44",
                            "PhoneAreaCode": "234",
                            "PhoneCountryCode": "3",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551459777193+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": True,
                    "IsCustomer": True,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "DefaultCurrency": "USD",
                    "Discount": 13.0,
                    "Website": "http://www.google.com",
                    "BrandingTheme": {
                        "BrandingThemeID": "dabc7637-62c1-4941-8a6e-ee44fa5090e7",
                        "Name": "Standard",
                    },
                    "PurchasesDefaultAccountCode": "660",
                    "SalesDefaultAccountCode": "002",
                    "BatchPayments": {
                        "BankAccountNumber": "12334567",
                        "BankAccountName": "Citi Bank",
                        "Details": "biz checking",
                        "Code": "",
                        "Reference": "",
                    },
                    "Balances": {
                        "AccountsReceivable": {"Outstanding": 118.9, "Overdue": 136.9},
                        "AccountsPayable": {"Outstanding": -43.6, "Overdue": 40.0},
                    },
                    "PaymentTerms": {
                        "Bills": {"Day": 12, "Type": "OFFOLLOWINGMONTH"},
                        "Sales": {"Day": 14, "Type": "OFCURRENTMONTH"},
                    },
                    "ContactPersons": [
                        {
                            "FirstName": "Sue",
                            "LastName": "Johnson",
                            "EmailAddress": "sue.johnson@krave.com",
                            "IncludeInEmails": True,
                        }
                    ],
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                            "FileName": "sample5.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/contact/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        }
                    ],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "4166b727-c3f0-4881-acd0-d4f7c0e8fcda",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551400031795)/",
            "Contacts": [
                {
                    "ContactID": "d5be01fb-b09f-4c3a-9c67-e10c2a03412c",
                    "ContactStatus": "ACTIVE",
                    "Name": "FooBar",
                    "EmailAddress": "sid30680@blah.com",
                    "BankAccountDetails": "",
                    "Addresses": [
                        {
                            "AddressType": "STREET",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                        {
                            "AddressType": "POBOX",
                            "City": "",
                            "Region": "",
                            "PostalCode": "",
                            "Country": "",
                        },
                    ],
                    "Phones": [
                        {
                            "PhoneType": "DEFAULT",
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
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
                            "PhoneNumber": "",
                            "PhoneAreaCode": "",
                            "PhoneCountryCode": "",
                        },
                        {
                            "PhoneType": "MOBILE",
                            "PhoneNumber": "555-1212",
                            "PhoneAreaCode": "415",
                            "PhoneCountryCode": "",
                        },
                    ],
                    "UpdatedDateUTC": "/Date(1551400031763+0000)/",
                    "ContactGroups": [],
                    "IsSupplier": False,
                    "IsCustomer": False,
                    "SalesDefaultLineAmountType": "INCLUSIVE",
                    "PurchasesDefaultLineAmountType": "INCLUSIVE",
                    "SalesTrackingCategories": [],
                    "PurchasesTrackingCategories": [],
                    "PaymentTerms": {
                        "Bills": {"Day": 15, "Type": "OFCURRENTMONTH"},
                        "Sales": {"Day": 10, "Type": "DAYSAFTERBILLMONTH"},
                    },
                    "ContactPersons": [],
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "0f63b631-a205-496d-b1d2-e6b13a9b497b",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551483890413)/",
            "Attachments": [
                {
                    "AttachmentID": "04e0a3e3-b116-456a-9f32-9706f0d33afa",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "a5eddf71-86aa-42f5-99e2-0aaf9caf96b6",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551484292734)/",
            "Attachments": [
                {
                    "AttachmentID": "27e37b01-6996-4ebe-836c-95fd472ad674",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "8543ae1a-297c-49b8-bf91-47decac452d5",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551485146555)/",
            "Attachments": [
                {
                    "AttachmentID": "8b537c1b-bbb5-47fd-857e-370c369dda7c",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Contacts/8138a266-fb42-49b2-a104-014b7045753d/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "CISSetting": [
                {"CISContractorEnabled": True, "CISSubContractorEnabled": True, "Rate": 100}
            ]
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "306379b0-3d75-4c77-953a-be08fa0efae8",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551812506620)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
            "CreditNotes": [
                {
                    "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                    "CreditNoteNumber": "CN-0005",
                    "Payments": [
                        {
                            "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                            "Date": "/Date(1552521600000+0000)/",
                            "Amount": 2.0,
                            "Reference": "Too much",
                            "CurrencyRate": 1.0,
                            "HasAccount": False,
                            "HasValidationErrors": False,
                        }
                    ],
                    "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                    "CurrencyRate": 1.0,
                    "Type": "ACCRECCREDIT",
                    "Reference": "US Tour",
                    "RemainingCredit": 32.5,
                    "Allocations": [],
                    "HasAttachments": True,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-05T00:00:00",
                    "Date": "/Date(1551744000000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 30.0,
                    "TotalTax": 4.5,
                    "Total": 34.5,
                    "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "CreditNoteID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                    "CreditNoteNumber": "",
                    "Payments": [],
                    "ID": "f8021bd2-9a6a-4c19-8477-163da0b9290f",
                    "CurrencyRate": 1.0,
                    "Type": "ACCPAYCREDIT",
                    "Reference": "",
                    "RemainingCredit": 46.0,
                    "Allocations": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-01-05T00:00:00",
                    "Date": "/Date(1546646400000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 40.0,
                    "TotalTax": 6.0,
                    "Total": 46.0,
                    "UpdatedDateUTC": "/Date(1551812506153+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T19:01:46Z",
                    "CurrencyCode": "NZD",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551812702713)/",
            "CreditNotes": [
                {
                    "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CreditNoteNumber": "",
                    "Payments": [],
                    "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CurrencyRate": 1.0,
                    "Type": "ACCPAYCREDIT",
                    "Reference": "",
                    "RemainingCredit": 46.0,
                    "Allocations": [],
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-01-05T00:00:00",
                    "Date": "/Date(1546646400000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "INPUT2",
                            "TaxAmount": 6.0,
                            "LineAmount": 40.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 6.0,
                    "Total": 46.0,
                    "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                    "CurrencyCode": "NZD",
                    "StatusAttributeString": "OK",
                    "ValidationErrors": [
                        {
                            "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5e57a661-42da-4a19-96a0-00405a0e946d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551812702713)/",
            "CreditNotes": [
                {
                    "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CreditNoteNumber": "",
                    "Payments": [],
                    "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CurrencyRate": 1.0,
                    "Type": "ACCPAYCREDIT",
                    "Reference": "",
                    "SentToContact": True,
                    "RemainingCredit": 46.0,
                    "Allocations": [],
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-01-05T00:00:00",
                    "Date": "/Date(1546646400000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "INPUT2",
                            "TaxAmount": 6.0,
                            "LineAmount": 40.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 6.0,
                    "Total": 46.0,
                    "UpdatedDateUTC": "/Date(1551812702650+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T19:05:02Z",
                    "CurrencyCode": "NZD",
                    "StatusAttributeString": "OK",
                    "ValidationErrors": [
                        {
                            "Message": "An existing Credit Note with the specified CreditNoteID could not be found"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "dd5c5da7-08ab-486a-ac34-aea295f1614b",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551812703811)/",
            "CreditNotes": [
                {
                    "CreditNoteID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                    "CreditNoteNumber": "CN-0005",
                    "Payments": [
                        {
                            "PaymentID": "6b037c9b-2e5d-4905-84d3-eabfb3438242",
                            "Date": "/Date(1552521600000+0000)/",
                            "Amount": 2.0,
                            "Reference": "Too much",
                            "CurrencyRate": 1.0,
                            "HasAccount": False,
                            "HasValidationErrors": False,
                        }
                    ],
                    "ID": "249f15fa-f2a7-4acc-8769-0984103f2225",
                    "CurrencyRate": 1.0,
                    "Type": "ACCRECCREDIT",
                    "Reference": "US Tour",
                    "RemainingCredit": 32.5,
                    "Allocations": [],
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "9b9c9b62-069e-4f5a-a172-183195f084bb",
                            "FileName": "Screen Shot 2019-03-04 at 9.00.06 AM.png",
                            "Url": "https://api.xero.com/api.xro/2.0/creditnotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/Screen%20Shot%202019-03-04%20at%209.00.06%20AM.png",
                            "MimeType": "image/png",
                            "ContentLength": 82334,
                        }
                    ],
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-05T00:00:00",
                    "Date": "/Date(1551744000000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Mic Stand",
                            "UnitAmount": 30.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 4.5,
                            "LineAmount": 30.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 30.0,
                    "TotalTax": 4.5,
                    "Total": 34.5,
                    "UpdatedDateUTC": "/Date(1551812346157+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T18:59:06Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "db2f7659-6044-418d-a4c6-d4b93eba4e1e",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551812704253)/",
            "CreditNotes": [
                {
                    "CreditNoteID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CreditNoteNumber": "",
                    "Payments": [],
                    "ID": "f9256f04-5a99-4680-acb9-6b4639cc439a",
                    "CurrencyRate": 1.0,
                    "Type": "ACCPAYCREDIT",
                    "Reference": "HelloWorld",
                    "RemainingCredit": 46.0,
                    "Allocations": [],
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-01-05T00:00:00",
                    "Date": "/Date(1546646400000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxType": "INPUT2",
                            "TaxAmount": 6.0,
                            "LineAmount": 40.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "Quantity": 2.0,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 40.0,
                    "TotalTax": 6.0,
                    "Total": 46.0,
                    "UpdatedDateUTC": "/Date(1551812704223+0000)/",
                    "UpdatedDateUTCString": "2019-03-05T19:05:04Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "2bb15054-3868-4f85-a9c6-0402ec8c1201",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551822670731)/",
            "Attachments": [
                {
                    "AttachmentID": "b7eb1fc9-a0f9-4e8e-9373-6689f5350832",
                    "FileName": "HelloWorld.png",
                    "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.png",
                    "MimeType": "image/png",
                    "ContentLength": 76091,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "22a8d402-5dea-40ed-9d01-26896429f649",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551822953320)/",
            "Attachments": [
                {
                    "AttachmentID": "91bbae3f-5de5-4e3d-875f-8662f25897bd",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "27253066-8c4d-4e34-a251-7a749b72de40",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551828247939)/",
            "Attachments": [
                {
                    "AttachmentID": "103e49f1-e47c-4b4d-b5e8-77d9d00fa70a",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/CreditNotes/249f15fa-f2a7-4acc-8769-0984103f2225/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "73452751-6eaa-4bcb-86f5-4c013316f4cf",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551828543255)/",
            "Allocations": [
                {
                    "Amount": 1.0,
                    "Date": "/Date(1551744000000+0000)/",
                    "Invoice": {
                        "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                        "Payments": [],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "LineItems": [],
                        "ValidationErrors": [],
                    },
                    "CreditNote": {
                        "CreditNoteID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                        "ID": "7be578f5-63af-45c8-9b00-dcc4732baf0b",
                        "LineItems": [],
                    },
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, "json"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "e6803fc8-8035-4251-b3e4-39d6b2de0f4a",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552322853043)/",
            "Currencies": [{"Code": "NZD", "Description": "New Zealand Dollar"}],
        },
        "json",
    ),
    (200, {"Currencies": [{"Code": "USD", "Description": "United States Dollar"}]}, "json"),
    (
        200,
        {
            "Id": "f6a8867e-af29-41ee-8f77-855f5ff214fe",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552325853538)/",
            "ExpenseClaims": [
                {
                    "ExpenseClaimID": "646b15ab-b874-4e13-82ae-f4385b2ac4b6",
                    "Status": "AUTHORISED",
                    "UpdatedDateUTC": "/Date(1552325851767+0000)/",
                    "User": {
                        "UserID": "d1164823-0ac1-41ad-987b-b4e30fe0b273",
                        "EmailAddress": "api@xero.com",
                        "FirstName": "API ",
                        "LastName": "Team",
                        "UpdatedDateUTC": "/Date(1511957179217+0000)/",
                        "IsSubscriber": True,
                        "OrganisationRole": "FINANCIALADVISER",
                    },
                    "Receipts": [],
                    "Payments": [],
                    "Total": 40.0,
                    "AmountDue": 40.0,
                    "AmountPaid": 0.0,
                    "ReportingDate": "/Date(1552262400000+0000)/",
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c7cd0953-c012-4be8-b618-63ce4c2c3494",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552331430618)/",
            "InvoiceReminders": [{"Enabled": False}],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "900c500b-e83c-4ce2-902a-b8ba04751748",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552326816230)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                    "InvoiceNumber": "INV-0001",
                    "Reference": "Red Fish, Blue Fish",
                    "Payments": [],
                    "CreditNotes": [],
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 0.0,
                    "AmountPaid": 0.0,
                    "AmountCredited": 0.0,
                    "SentToContact": True,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "HasAttachments": False,
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Name": "Barney Rubble-83203",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2018-10-20T00:00:00",
                    "Date": "/Date(1539993600000+0000)/",
                    "DueDateString": "2018-12-30T00:00:00",
                    "DueDate": "/Date(1546128000000+0000)/",
                    "Status": "VOIDED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 40.0,
                    "TotalTax": 0.0,
                    "Total": 40.0,
                    "UpdatedDateUTC": "/Date(1541176290160+0000)/",
                    "UpdatedDateUTCString": "2018-11-02T16:31:30Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "Type": "ACCREC",
                    "InvoiceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                    "InvoiceNumber": "INV-0002",
                    "Reference": "Red Fish, Blue Fish",
                    "Payments": [
                        {
                            "PaymentID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                            "Date": "/Date(1543449600000+0000)/",
                            "Amount": 46.0,
                            "CurrencyRate": 1.0,
                            "HasAccount": False,
                            "HasValidationErrors": False,
                        }
                    ],
                    "CreditNotes": [],
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 0.0,
                    "AmountPaid": 46.0,
                    "AmountCredited": 0.0,
                    "SentToContact": True,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Name": "Barney Rubble-83203",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2018-10-20T00:00:00",
                    "Date": "/Date(1539993600000+0000)/",
                    "DueDateString": "2018-12-30T00:00:00",
                    "DueDate": "/Date(1546128000000+0000)/",
                    "Status": "PAID",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 40.0,
                    "TotalTax": 6.0,
                    "Total": 46.0,
                    "UpdatedDateUTC": "/Date(1541176592690+0000)/",
                    "UpdatedDateUTCString": "2018-11-02T16:36:32Z",
                    "CurrencyCode": "NZD",
                    "FullyPaidOnDate": "/Date(1543449600000+0000)/",
                },
                {
                    "Type": "ACCREC",
                    "InvoiceID": "7ef31b20-de17-4312-8382-412f869b1510",
                    "InvoiceNumber": "INV-0003",
                    "Reference": "",
                    "Payments": [],
                    "CreditNotes": [],
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 115.0,
                    "AmountPaid": 0.0,
                    "AmountCredited": 0.0,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                        "Name": "Barney Rubble-83203",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2018-11-02T00:00:00",
                    "Date": "/Date(1541116800000+0000)/",
                    "DueDateString": "2018-11-07T00:00:00",
                    "DueDate": "/Date(1541548800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 100.0,
                    "TotalTax": 15.0,
                    "Total": 115.0,
                    "UpdatedDateUTC": "/Date(1541176648927+0000)/",
                    "UpdatedDateUTCString": "2018-11-02T16:37:28Z",
                    "CurrencyCode": "NZD",
                },
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
                    "DateString": "2019-03-11T00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2018-12-10T00:00:00",
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
                    "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
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
                    "DateString": "2019-03-11T00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2018-12-10T00:00:00",
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
                    "UpdatedDateUTCString": "2019-03-11T17:58:46Z",
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
            "Id": "516f400a-b764-4c88-831b-12d2b210fa24",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1551981658323)/",
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "a03ffcd2-5d91-4c7e-b483-318584e9e439",
                    "InvoiceNumber": "INV-0006",
                    "Reference": "Tour",
                    "Payments": [
                        {
                            "PaymentID": "38928000-e9a0-420c-8884-f624bab2a351",
                            "Date": "/Date(1552953600000+0000)/",
                            "Amount": 148062.76,
                            "Reference": "Yahoo",
                            "CurrencyRate": 1.0,
                            "HasAccount": False,
                            "HasValidationErrors": False,
                        }
                    ],
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 0.0,
                    "AmountPaid": 148062.76,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "3a2fe7e0-fac7-4ea2-afb2-31cedaabd294",
                            "FileName": "helo-heros.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439/Attachments/helo-heros.jpg",
                            "MimeType": "image/jpeg",
                            "ContentLength": 2878711,
                        }
                    ],
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
                    "DateString": "2019-03-07T00:00:00",
                    "Date": "/Date(1551916800000+0000)/",
                    "DueDateString": "2019-03-13T00:00:00",
                    "DueDate": "/Date(1552435200000+0000)/",
                    "Status": "PAID",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "ItemCode": "123",
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 148062.76,
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 148062.76,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "b18f39d9-7739-4246-9288-72afe939d2d5",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 148062.76,
                    "TotalTax": 0.0,
                    "Total": 148062.76,
                    "UpdatedDateUTC": "/Date(1551981568133+0000)/",
                    "UpdatedDateUTCString": "2019-03-07T17:59:28Z",
                    "CurrencyCode": "NZD",
                    "FullyPaidOnDate": "/Date(1552953600000+0000)/",
                    "StatusAttributeString": "ERROR",
                    "ValidationErrors": [{"Message": "Invoice # must be unique."}],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "bd83b60e-9d16-4a3b-9f59-0a2d0ccd35f2",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552329729002)/",
            "Invoices": [
                {
                    "Type": "ACCREC",
                    "InvoiceID": "4074292c-09b3-456d-84e7-add864c6c39b",
                    "InvoiceNumber": "INV-0008",
                    "Reference": "My the Force be With You",
                    "Prepayments": [],
                    "Overpayments": [],
                    "AmountDue": 575.0,
                    "AmountPaid": 0.0,
                    "SentToContact": False,
                    "CurrencyRate": 1.0,
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Contact": {
                        "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                        "ContactStatus": "ACTIVE",
                        "Name": "Luke Skywalker",
                        "EmailAddress": "",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1552329691573+0000)/",
                        "ContactGroups": [],
                        "IsSupplier": False,
                        "IsCustomer": True,
                        "DefaultCurrency": "NZD",
                        "SalesTrackingCategories": [],
                        "PurchasesTrackingCategories": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-11T00:00:00",
                    "Date": "/Date(1552262400000+0000)/",
                    "DueDateString": "2019-03-12T00:00:00",
                    "DueDate": "/Date(1552348800000+0000)/",
                    "Status": "SUBMITTED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Light Saber",
                            "UnitAmount": 500.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 75.0,
                            "LineAmount": 500.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "6de1bf9f-de95-4c47-9287-37305db758c9",
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 500.0,
                    "TotalTax": 75.0,
                    "Total": 575.0,
                    "UpdatedDateUTC": "/Date(1552329728987+0000)/",
                    "UpdatedDateUTCString": "2019-03-11T18:42:08Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "7e357a45-69f5-4e8f-8d7b-15da8ef50aab",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552330258523)/",
            "Attachments": [
                {
                    "AttachmentID": "9808ad7f-c8d4-41cf-995e-bc29cb76fd2c",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
                {
                    "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "971fbd18-c850-453a-825f-63f2fee096ee",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552330001318)/",
            "Attachments": [
                {
                    "AttachmentID": "5a500c1a-5a02-48de-939e-1d234fd170d4",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "acd7d618-5fef-4d45-849c-a339ea31a973",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552330524005)/",
            "Attachments": [
                {
                    "AttachmentID": "08085449-fda3-45f4-a685-ff44c8a29ee3",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Invoices/4074292c-09b3-456d-84e7-add864c6c39b/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d20705fb-fe1c-4366-835b-98de7474da3c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552331100745)/",
            "OnlineInvoices": [
                {"OnlineInvoiceUrl": "https://in.xero.com/bCWCCfytGdTXoJam9HENWlQt07G6zcDaj4gQojHu"}
            ],
        },
        "json",
    ),
    (204, None, "empty"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "8487e8d7-5fb3-4f02-b949-dec8f1e38182",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552331874897)/",
            "Items": [
                {
                    "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                    "Code": "123",
                    "Description": "Guitars Fender Strat",
                    "UpdatedDateUTC": "/Date(1551981476267+0000)/",
                    "PurchaseDetails": {},
                    "SalesDetails": {
                        "UnitPrice": 5000.0,
                        "AccountCode": "200",
                        "TaxType": "OUTPUT2",
                    },
                    "Name": "Guitars",
                    "IsTrackedAsInventory": False,
                    "IsSold": True,
                    "IsPurchased": False,
                },
                {
                    "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                    "Code": "abc65591",
                    "Description": "Barfoo",
                    "UpdatedDateUTC": "/Date(1552331873580+0000)/",
                    "PurchaseDetails": {},
                    "SalesDetails": {},
                    "Name": "Hello11350",
                    "IsTrackedAsInventory": False,
                    "IsSold": True,
                    "IsPurchased": True,
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552331871904)/",
            "Items": [
                {
                    "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                    "Code": "abc65591",
                    "Description": "foobar",
                    "UpdatedDateUTC": "/Date(1552331871707)/",
                    "PurchaseDetails": {},
                    "SalesDetails": {},
                    "Name": "Hello11350",
                    "IsTrackedAsInventory": False,
                    "IsSold": True,
                    "IsPurchased": True,
                    "ValidationErrors": [
                        {"Message": "Price List Item with Code ''abc'' already exists"}
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ae7ef7c8-9024-4d42-8d59-5f26ed3f508b",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552331871904)/",
            "Items": [
                {
                    "ItemID": "a4544d51-48f6-441f-a623-99ecbced6ab7",
                    "Code": "abc65591",
                    "Description": "foobar",
                    "UpdatedDateUTC": "/Date(1552331871707)/",
                    "PurchaseDetails": {},
                    "SalesDetails": {},
                    "Name": "Hello11350",
                    "IsTrackedAsInventory": False,
                    "IsSold": True,
                    "IsPurchased": True,
                    "ValidationErrors": [
                        {"Message": "Price List Item with Code ''abc'' already exists"}
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "0bbd8a92-9ba7-4711-8040-8d6a609ca7e8",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552333420160)/",
            "Items": [
                {
                    "ItemID": "c8c54d65-f3f2-452d-926e-bf450b12fb07",
                    "Code": "123",
                    "Description": "Guitars Fender Strat",
                    "PurchaseDescription": "Brand new Fender Strats",
                    "UpdatedDateUTC": "/Date(1552333309387+0000)/",
                    "PurchaseDetails": {
                        "UnitPrice": 2500.0,
                        "COGSAccountCode": "310",
                        "TaxType": "INPUT2",
                    },
                    "SalesDetails": {
                        "UnitPrice": 5000.0,
                        "AccountCode": "200",
                        "TaxType": "OUTPUT2",
                    },
                    "Name": "Guitars",
                    "IsTrackedAsInventory": True,
                    "InventoryAssetAccountCode": "630",
                    "TotalCostPool": 25000.0,
                    "QuantityOnHand": 10.0,
                    "IsSold": True,
                    "IsPurchased": True,
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "24feb629-6b14-499e-9aa1-fc2c596c0280",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552332558975)/",
            "Items": [
                {
                    "ItemID": "a7e87086-e0ae-4df2-83d7-e26e9a6b7786",
                    "Code": "abc38306",
                    "Description": "Hello Xero",
                    "UpdatedDateUTC": "/Date(1552332558924)/",
                    "PurchaseDetails": {},
                    "SalesDetails": {},
                    "Name": "Hello8746",
                    "IsTrackedAsInventory": False,
                    "IsSold": True,
                    "IsPurchased": True,
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (204, None, "empty"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "49a09a97-df50-4679-8043-02c86e0dcf5f",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552335214210)/",
            "Journals": [
                {
                    "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                    "JournalDate": "/Date(1539993600000+0000)/",
                    "JournalNumber": 1,
                    "CreatedDateUTC": "/Date(1541176243467+0000)/",
                    "Reference": "Red Fish, Blue Fish",
                    "SourceID": "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2",
                    "SourceType": "ACCREC",
                    "JournalLines": [
                        {
                            "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                            "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                            "AccountCode": "610",
                            "AccountType": "CURRENT",
                            "AccountName": "Accounts Receivable",
                            "Description": "",
                            "NetAmount": 40.0,
                            "GrossAmount": 40.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                            "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                            "AccountCode": "200",
                            "AccountType": "REVENUE",
                            "AccountName": "Sales",
                            "Description": "Acme Tires",
                            "NetAmount": -40.0,
                            "GrossAmount": -40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "NONE",
                            "TaxName": "No GST",
                            "TrackingCategories": [],
                        },
                    ],
                },
                {
                    "JournalID": "2be66e45-805b-46de-921d-c67e1d3dad2a",
                    "JournalDate": "/Date(1539993600000+0000)/",
                    "JournalNumber": 9,
                    "CreatedDateUTC": "/Date(1541176504083+0000)/",
                    "Reference": "Red Fish, Blue Fish",
                    "SourceID": "046d8a6d-1ae1-4b4d-9340-5601bdf41b87",
                    "SourceType": "ACCREC",
                    "JournalLines": [
                        {
                            "JournalLineID": "ba8a5680-a753-4a35-b3dd-0bc72e5c26a1",
                            "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                            "AccountCode": "610",
                            "AccountType": "CURRENT",
                            "AccountName": "Accounts Receivable",
                            "Description": "",
                            "NetAmount": 40.0,
                            "GrossAmount": 40.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "09a0b9b9-0222-4e24-8c31-efef472e22f1",
                            "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                            "AccountCode": "200",
                            "AccountType": "REVENUE",
                            "AccountName": "Sales",
                            "Description": "Acme Tires",
                            "NetAmount": -40.0,
                            "GrossAmount": -40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "NONE",
                            "TaxName": "No GST",
                            "TrackingCategories": [],
                        },
                    ],
                },
                {
                    "JournalID": "d0ed2957-ebba-4d3a-8367-ae9ccd574885",
                    "JournalDate": "/Date(1543449600000+0000)/",
                    "JournalNumber": 14,
                    "CreatedDateUTC": "/Date(1541176592673+0000)/",
                    "SourceID": "99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
                    "SourceType": "ACCRECPAYMENT",
                    "JournalLines": [
                        {
                            "JournalLineID": "1bdae2b7-3035-40ec-b344-b12b1c23adc4",
                            "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                            "AccountCode": "610",
                            "AccountType": "CURRENT",
                            "AccountName": "Accounts Receivable",
                            "Description": "",
                            "NetAmount": -46.0,
                            "GrossAmount": -46.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "353be85e-ae79-4bb3-9483-5ea7682fc0a3",
                            "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                            "AccountCode": "970",
                            "AccountType": "EQUITY",
                            "AccountName": "Owner A Funds Introduced",
                            "Description": "",
                            "NetAmount": 46.0,
                            "GrossAmount": 46.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                    ],
                },
                {
                    "JournalID": "772e8133-7f12-4edc-ab98-aa6dceb16c9d",
                    "JournalDate": "/Date(1552262400000+0000)/",
                    "JournalNumber": 30,
                    "CreatedDateUTC": "/Date(1552333389227+0000)/",
                    "Reference": "",
                    "SourceID": "5376633d-0456-43a3-8234-e457a3f50a12",
                    "SourceType": "ACCPAY",
                    "JournalLines": [
                        {
                            "JournalLineID": "33469836-642f-4973-a708-0e99339dff4a",
                            "AccountID": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                            "AccountCode": "800",
                            "AccountType": "CURRLIAB",
                            "AccountName": "Accounts Payable",
                            "Description": "",
                            "NetAmount": -28750.0,
                            "GrossAmount": -28750.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "4f3b6462-5cf6-4b55-a2ae-de4039878215",
                            "AccountID": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                            "AccountCode": "630",
                            "AccountType": "CURRENT",
                            "AccountName": "Inventory",
                            "Description": "Brand new Fender Strats",
                            "NetAmount": 25000.0,
                            "GrossAmount": 28750.0,
                            "TaxAmount": 3750.0,
                            "TaxType": "INPUT2",
                            "TaxName": "15% GST on Expenses",
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "534e822e-d441-48a7-8e57-5ad54729e83e",
                            "AccountID": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                            "AccountCode": "820",
                            "AccountType": "CURRLIAB",
                            "AccountName": "GST",
                            "Description": "",
                            "NetAmount": 3750.0,
                            "GrossAmount": 3750.0,
                            "TaxAmount": 0.0,
                            "TrackingCategories": [],
                        },
                    ],
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552335613002)/",
            "Journals": [
                {
                    "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                    "JournalDate": "/Date(1539993600000+0000)/",
                    "JournalNumber": 1,
                    "CreatedDateUTC": "/Date(1541176243467+0000)/",
                    "Reference": "Red Fish, Blue Fish",
                    "JournalLines": [
                        {
                            "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                            "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                            "AccountCode": "610",
                            "AccountType": "CURRENT",
                            "AccountName": "Accounts Receivable",
                            "Description": "",
                            "NetAmount": 40.0,
                            "GrossAmount": 40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "",
                            "TaxName": "",
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                            "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                            "AccountCode": "200",
                            "AccountType": "REVENUE",
                            "AccountName": "Sales",
                            "Description": "Acme Tires",
                            "NetAmount": -40.0,
                            "GrossAmount": -40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "NONE",
                            "TaxName": "No GST",
                            "TrackingCategories": [],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "39ab8367-eb14-420d-83a9-e01ddddd21f8",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552335613002)/",
            "Journals": [
                {
                    "JournalID": "1b31feeb-aa23-404c-8c19-24c827c53661",
                    "JournalDate": "/Date(1539993600000+0000)/",
                    "JournalNumber": 1,
                    "CreatedDateUTC": "/Date(1541176243467+0000)/",
                    "Reference": "Red Fish, Blue Fish",
                    "JournalLines": [
                        {
                            "JournalLineID": "81e6b1bf-d812-4f87-8dc4-698558ae043e",
                            "AccountID": "b94495d0-44ab-4199-a1d0-427a4877e100",
                            "AccountCode": "610",
                            "AccountType": "CURRENT",
                            "AccountName": "Accounts Receivable",
                            "Description": "",
                            "NetAmount": 40.0,
                            "GrossAmount": 40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "",
                            "TaxName": "",
                            "TrackingCategories": [],
                        },
                        {
                            "JournalLineID": "ad221a8c-ebee-4c1b-88ed-d574e27e8803",
                            "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                            "AccountCode": "200",
                            "AccountType": "REVENUE",
                            "AccountName": "Sales",
                            "Description": "Acme Tires",
                            "NetAmount": -40.0,
                            "GrossAmount": -40.0,
                            "TaxAmount": 0.0,
                            "TaxType": "NONE",
                            "TaxName": "No GST",
                            "TrackingCategories": [],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
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
        "json",
    ),
    (
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
        "json",
    ),
    (
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
        "json",
    ),
    (
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
        "json",
    ),
    (204, None, "empty"),
    (
        200,
        {
            "Id": "8a508ec1-b578-48bf-97df-020c918fbf7d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552357217359)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 3},
            "ManualJournals": [
                {
                    "Date": "/Date(1553126400000+0000)/",
                    "Status": "POSTED",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552357188083+0000)/",
                    "ManualJournalID": "0b159335-606b-485f-b51b-97b3b32bad32",
                    "Narration": "Reversal: These aren''t the droids you are looking for",
                    "JournalLines": [],
                    "ShowOnCashBasisReports": True,
                    "HasAttachments": False,
                },
                {
                    "Date": "/Date(1552348800000+0000)/",
                    "Status": "POSTED",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                    "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                    "Narration": "These aren''t the droids you are looking for",
                    "JournalLines": [],
                    "ShowOnCashBasisReports": True,
                    "HasAttachments": True,
                },
                {
                    "Date": "/Date(1552262400000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552357216843+0000)/",
                    "ManualJournalID": "ecb6b362-c78f-462a-a229-a66abf115e92",
                    "Narration": "Foo bar",
                    "JournalLines": [],
                    "ShowOnCashBasisReports": True,
                    "HasAttachments": False,
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552595972952)/",
            "ManualJournals": [
                {
                    "Date": "/Date(1552521600000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                    "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                    "Narration": "Foo bar",
                    "JournalLines": [
                        {
                            "Description": "Hello there",
                            "TaxType": "NONE",
                            "LineAmount": 100.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                        {
                            "Description": "Goodbye",
                            "TaxType": "NONE",
                            "LineAmount": -100.0,
                            "AccountCode": "400",
                            "Tracking": [
                                {
                                    "Name": "Simpsons",
                                    "Option": "Bart",
                                    "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                    "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                }
                            ],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                    ],
                    "ShowOnCashBasisReports": True,
                    "Warnings": [
                        {
                            "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                        }
                    ],
                    "ValidationErrors": [
                        {"Message": "The total debits (100.00) must equal total credits (-10.00)"}
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "45dfa608-0fcb-4f30-a377-c82cd348569c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552595972952)/",
            "ManualJournals": [
                {
                    "Date": "/Date(1552521600000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552595972920+0000)/",
                    "ManualJournalID": "d312dd5e-a53e-46d1-9d51-c569ef4570b7",
                    "Narration": "Foo bar",
                    "JournalLines": [
                        {
                            "Description": "Hello there",
                            "TaxType": "NONE",
                            "LineAmount": 100.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                        {
                            "Description": "Goodbye",
                            "TaxType": "NONE",
                            "LineAmount": -100.0,
                            "AccountCode": "400",
                            "Tracking": [
                                {
                                    "Name": "Simpsons",
                                    "Option": "Bart",
                                    "TrackingCategoryID": "6a68adde-f210-4465-b0a9-0d8cc6f50762",
                                    "TrackingOptionID": "dc54c220-0140-495a-b925-3246adc0075f",
                                }
                            ],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                    ],
                    "ShowOnCashBasisReports": True,
                    "Warnings": [
                        {
                            "Message": "Account code ''476'' has been removed as it does not match a recognised account."
                        }
                    ],
                    "ValidationErrors": [
                        {"Message": "The total debits (100.00) must equal total credits (-10.00)"}
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "7321fc21-1a13-4f40-ae47-df59cff5676d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552399859139)/",
            "ManualJournals": [
                {
                    "Date": "/Date(1552348800000+0000)/",
                    "Status": "POSTED",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552357188147+0000)/",
                    "ManualJournalID": "99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4",
                    "Narration": "These aren''t the droids you are looking for",
                    "JournalLines": [
                        {
                            "Description": "These aren''t the droids you are looking for",
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 100.0,
                            "AccountCode": "429",
                            "Tracking": [],
                            "AccountID": "160bad11-c1b7-4c7e-8903-dca925d78721",
                            "IsBlank": False,
                        },
                        {
                            "Description": "Yes the are",
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": -100.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "AccountID": "e0a5d892-9f9f-44f0-a153-5cb7db125170",
                            "IsBlank": False,
                        },
                    ],
                    "ShowOnCashBasisReports": True,
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "166ca8f8-8bc6-4780-8466-a0e474d586ea",
                            "FileName": "giphy.gif",
                            "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/giphy.gif",
                            "MimeType": "image/gif",
                            "ContentLength": 495727,
                        },
                        {
                            "AttachmentID": "5e5036f9-b1e0-4c5d-a93f-61900137e40b",
                            "FileName": "ridehistory.pdf",
                            "Url": "https://api.xero.com/api.xro/2.0/manualjournal/99cb8353-ce73-4a5d-8e0d-8b0edf86cfc4/Attachments/ridehistory.pdf",
                            "MimeType": "application/pdf",
                            "ContentLength": 4423,
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b694559c-686c-4047-b657-661ba6c0dd1f",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552357736850)/",
            "ManualJournals": [
                {
                    "Date": "/Date(1552262400000+0000)/",
                    "Status": "DRAFT",
                    "LineAmountTypes": "NoTax",
                    "UpdatedDateUTC": "/Date(1552357736820+0000)/",
                    "ManualJournalID": "07eac261-78ef-47a0-a0eb-a57b74137877",
                    "Narration": "Hello Xero",
                    "JournalLines": [
                        {
                            "Description": "Hello there",
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 100.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                        {
                            "Description": "Goodbye",
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": -100.0,
                            "AccountCode": "400",
                            "Tracking": [],
                            "AccountID": "c4f29c22-28c2-4a13-9eab-ecbbd641ffdf",
                            "IsBlank": False,
                        },
                    ],
                    "ShowOnCashBasisReports": True,
                    "HasAttachments": False,
                    "Attachments": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5fa4b3ef-7945-45a7-9bab-10e830673dfb",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552404121471)/",
            "Attachments": [
                {
                    "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
                {
                    "AttachmentID": "ff7c439e-a057-4807-ac2c-b558d7df7511",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "a864994c-e7d7-4dee-b5ca-0a729fde2f39",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552400898428)/",
            "Attachments": [
                {
                    "AttachmentID": "47ac97ff-d4f9-48a0-8a8e-49fae29129e7",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "e1cb9deb-a8f0-477f-b4d1-cf0c6c39e080",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552401039306)/",
            "Attachments": [
                {
                    "AttachmentID": "16e86f32-3e25-4209-8662-c0dfd91b654c",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/ManualJournals/0b159335-606b-485f-b51b-97b3b32bad32/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
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
        "json",
    ),
    (
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
        "json",
    ),
    (200, {"CISSettings": [{"CISEnambed": True, "Rate": 10}]}, "json"),
    (
        200,
        {
            "Id": "c0ce675e-e5bc-4b2a-a20e-76a9eaedf89d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552428951416)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 5},
            "Overpayments": [
                {
                    "OverpaymentID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                    "ID": "098b4dcb-5622-4699-87f8-9d40c4ccceb3",
                    "Type": "SPEND-OVERPAYMENT",
                    "Reference": "Reference for payment1",
                    "RemainingCredit": 500.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "af3ffcc1-c578-4658-82f3-5d8d458cc7af",
                        "Name": "Daddy Warbucks",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-12T00:00:00",
                    "Date": "/Date(1552348800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 500.0,
                    "TotalTax": 0.0,
                    "Total": 500.0,
                    "UpdatedDateUTC": "/Date(1552428535123+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:08:55Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "OverpaymentID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                    "ID": "2a8bda49-8908-473b-8bcf-1f90990460eb",
                    "Type": "RECEIVE-OVERPAYMENT",
                    "Reference": "Reference for payment2",
                    "RemainingCredit": 20.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-13T00:00:00",
                    "Date": "/Date(1552435200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1552428568250+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:09:28Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "Type": "SPEND-OVERPAYMENT",
                    "Reference": "Reference for payment3",
                    "RemainingCredit": 3000.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-12T00:00:00",
                    "Date": "/Date(1552348800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 3000.0,
                    "TotalTax": 0.0,
                    "Total": 3000.0,
                    "UpdatedDateUTC": "/Date(1552428781527+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:13:01Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "OverpaymentID": "0859adbc-ea00-40cd-a877-258cf8644975",
                    "ID": "0859adbc-ea00-40cd-a877-258cf8644975",
                    "Type": "RECEIVE-OVERPAYMENT",
                    "Reference": "Reference for payment4",
                    "RemainingCredit": 20.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-13T00:00:00",
                    "Date": "/Date(1552435200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1552428842190+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:14:02Z",
                    "CurrencyCode": "NZD",
                },
                {
                    "OverpaymentID": "687b877f-634a-415d-92b2-74e62977de30",
                    "ID": "687b877f-634a-415d-92b2-74e62977de30",
                    "Type": "RECEIVE-OVERPAYMENT",
                    "Reference": "Reference for payment5",
                    "RemainingCredit": 20.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": False,
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-13T00:00:00",
                    "Date": "/Date(1552435200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [],
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1552428950730+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:15:50Z",
                    "CurrencyCode": "NZD",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "46c9e8e2-9410-4e75-9297-f0ca8fa76c32",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553278835158)/",
            "Overpayments": [
                {
                    "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                    "CurrencyRate": 1.0,
                    "Type": "SPEND-OVERPAYMENT",
                    "Reference": "Reference for payment",
                    "RemainingCredit": 2999.0,
                    "Allocations": [
                        {
                            "Amount": 1.0,
                            "Date": "/Date(1552348800000+0000)/",
                            "Invoice": {
                                "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                                "InvoiceNumber": "",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                        }
                    ],
                    "Payments": [],
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "247dd942-5245-47a7-adb1-4d9ea075b431",
                            "FileName": "giphy.gif",
                            "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ed7f6041-c915-4667-bd1d-54c48e92161e/Attachments/giphy.gif",
                            "MimeType": "image/gif",
                            "ContentLength": 495727,
                        }
                    ],
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-12T00:00:00",
                    "Date": "/Date(1552348800000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "NoTax",
                    "LineItems": [
                        {
                            "Description": "Broken TV deposit",
                            "UnitAmount": 3000.0,
                            "TaxType": "NONE",
                            "TaxAmount": 0.0,
                            "LineAmount": 3000.0,
                            "AccountCode": "800",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "DiscountEnteredAsPercent": True,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 3000.0,
                    "TotalTax": 0.0,
                    "Total": 3000.0,
                    "UpdatedDateUTC": "/Date(1552428952890+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T22:15:52Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "3b7f7be2-384a-4703-bcfb-c56e9116c914",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552428952968)/",
            "Allocations": [
                {
                    "Amount": 1.0,
                    "Date": "/Date(1552348800000+0000)/",
                    "Invoice": {
                        "InvoiceID": "c45720a1-ade3-4a38-a064-d15489be6841",
                        "Payments": [],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "LineItems": [],
                        "ValidationErrors": [],
                    },
                    "Overpayment": {
                        "OverpaymentID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "ID": "ed7f6041-c915-4667-bd1d-54c48e92161e",
                        "LineItems": [],
                    },
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, "json"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ab82a7dd-5070-4e82-b841-0af52909fe04",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552488713171)/",
            "PaymentServices": [
                {
                    "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                    "PaymentServiceName": "PayUpNow",
                    "PaymentServiceUrl": "https://www.payupnow.com/",
                    "PaymentServiceType": "Custom",
                    "PayNowText": "Time To Pay",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "7ed8b3c0-2155-49ee-a583-f2dce6607dfb",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552488712813)/",
            "PaymentServices": [
                {
                    "PaymentServiceID": "54b3b4f6-0443-4fba-bcd1-61ec0c35ca55",
                    "PaymentServiceName": "PayUpNow",
                    "PaymentServiceUrl": "https://www.payupnow.com/",
                    "PaymentServiceType": "Custom",
                    "PayNowText": "Time To Pay",
                    "ValidationErrors": [{"Message": "Payment service could not be found"}],
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552432238716)/",
            "Payments": [
                {
                    "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                    "Date": "/Date(1552348800000+0000)/",
                    "BankAmount": 1.0,
                    "Amount": 1.0,
                    "CurrencyRate": 1.0,
                    "PaymentType": "ACCRECPAYMENT",
                    "Status": "AUTHORISED",
                    "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                    "HasAccount": True,
                    "IsReconciled": False,
                    "Account": {
                        "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                        "Code": "970",
                        "Name": "Owner A Funds Introduced",
                    },
                    "Invoice": {
                        "Type": "ACCREC",
                        "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                        "InvoiceNumber": "INV-0004",
                        "Reference": "",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 229.0,
                        "AmountPaid": 1.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "Contact": {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Name": "Barney Rubble-83203",
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2018-10-10T00:00:00",
                        "Date": "/Date(1539129600000+0000)/",
                        "DueDateString": "2018-10-18T00:00:00",
                        "DueDate": "/Date(1539820800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "boo",
                                "UnitAmount": 200.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 30.0,
                                "LineAmount": 200.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 200.0,
                        "TotalTax": 30.0,
                        "Total": 230.0,
                        "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                        "CurrencyCode": "NZD",
                    },
                    "HasValidationErrors": True,
                    "ValidationErrors": [
                        {
                            "Message": "Payment amount exceeds the amount outstanding on this document"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "83b5715a-6a77-4c16-b5b8-2da08b5fde44",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552432238716)/",
            "Payments": [
                {
                    "PaymentID": "61ed71fc-01bf-4eb8-8419-8a18789ff45f",
                    "Date": "/Date(1552348800000+0000)/",
                    "BankAmount": 1.0,
                    "Amount": 1.0,
                    "CurrencyRate": 1.0,
                    "PaymentType": "ACCRECPAYMENT",
                    "Status": "AUTHORISED",
                    "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                    "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                    "HasAccount": True,
                    "IsReconciled": False,
                    "Account": {
                        "AccountID": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                        "Code": "970",
                        "Name": "Owner A Funds Introduced",
                    },
                    "Invoice": {
                        "Type": "ACCREC",
                        "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                        "InvoiceNumber": "INV-0004",
                        "Reference": "",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 229.0,
                        "AmountPaid": 1.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "Contact": {
                            "ContactID": "a3675fc4-f8dd-4f03-ba5b-f1870566bcd7",
                            "Name": "Barney Rubble-83203",
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2018-10-10T00:00:00",
                        "Date": "/Date(1539129600000+0000)/",
                        "DueDateString": "2018-10-18T00:00:00",
                        "DueDate": "/Date(1539820800000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "boo",
                                "UnitAmount": 200.0,
                                "TaxType": "OUTPUT2",
                                "TaxAmount": 30.0,
                                "LineAmount": 200.0,
                                "AccountCode": "200",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "LineItemID": "173dfdb9-43b5-4bd2-ae25-9419e662a3a7",
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 200.0,
                        "TotalTax": 30.0,
                        "Total": 230.0,
                        "UpdatedDateUTC": "/Date(1552432238623+0000)/",
                        "UpdatedDateUTCString": "2019-03-12T23:10:38Z",
                        "CurrencyCode": "NZD",
                    },
                    "HasValidationErrors": True,
                    "ValidationErrors": [
                        {
                            "Message": "Payment amount exceeds the amount outstanding on this document"
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "ee23328c-4a8b-4ee7-8fb6-9796ffab9cb0",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1583945852489)/",
            "Payments": [
                {
                    "PaymentID": "c94c996b-1ab3-4ff3-ad19-1cdc77f30817",
                    "Date": "/Date(1567382400000+0000)/",
                    "BankAmount": 2.0,
                    "Amount": 2.0,
                    "Reference": "foobar",
                    "CurrencyRate": 1.0,
                    "PaymentType": "APCREDITPAYMENT",
                    "Status": "DELETED",
                    "UpdatedDateUTC": "/Date(1583945852373+0000)/",
                    "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                    "HasAccount": True,
                    "IsReconciled": False,
                    "Account": {
                        "AccountID": "57f261f0-e32d-4a7f-be82-22cd992c6367",
                        "Code": "033",
                        "Name": "Checking account",
                    },
                    "Invoice": {
                        "Type": "ACCPAYCREDIT",
                        "InvoiceID": "dba68ebc-c05a-4e2d-b97d-964349e5b8d6",
                        "InvoiceNumber": "",
                        "Reference": "",
                        "Prepayments": [],
                        "Overpayments": [],
                        "AmountDue": 22.0,
                        "AmountPaid": 0.0,
                        "SentToContact": False,
                        "CurrencyRate": 1.0,
                        "IsDiscounted": False,
                        "HasErrors": False,
                        "Contact": {
                            "ContactID": "216830cb-9a68-487e-928b-c1a7ccc4fc81",
                            "Name": "FooBar73005",
                            "ContactPersons": [],
                            "HasValidationErrors": False,
                        },
                        "DateString": "2017-01-02T00:00:00",
                        "Date": "/Date(1483315200000+0000)/",
                        "Status": "AUTHORISED",
                        "LineAmountTypes": "Exclusive",
                        "LineItems": [
                            {
                                "Description": "Sample Item72716",
                                "UnitAmount": 20.0,
                                "TaxType": "INPUT",
                                "TaxAmount": 2.0,
                                "LineAmount": 20.0,
                                "AccountCode": "400",
                                "Tracking": [],
                                "Quantity": 1.0,
                                "ValidationErrors": [],
                            }
                        ],
                        "SubTotal": 20.0,
                        "TotalTax": 2.0,
                        "Total": 22.0,
                        "UpdatedDateUTC": "/Date(1583945852363+0000)/",
                        "UpdatedDateUTCString": "2020-03-11T16:57:32Z",
                        "CurrencyCode": "AUD",
                    },
                    "HasValidationErrors": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7a9ca0c-6159-4c26-ad2e-715440c50b7d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552489227595)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 1},
            "Prepayments": [
                {
                    "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "Type": "RECEIVE-PREPAYMENT",
                    "Reference": "INV-0011",
                    "InvoiceNumber": "INV-0011",
                    "RemainingCredit": 3450.0,
                    "Allocations": [],
                    "Payments": [],
                    "HasAttachments": True,
                    "Contact": {
                        "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                        "Name": "Luke Skywalker",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-13T00:00:00",
                    "Date": "/Date(1552435200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [],
                    "SubTotal": 3000.0,
                    "TotalTax": 450.0,
                    "Total": 3450.0,
                    "UpdatedDateUTC": "/Date(1552489187730+0000)/",
                    "UpdatedDateUTCString": "2019-03-13T14:59:47Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "18e5f578-ef28-4096-a7aa-d06d65574b99",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553540376847)/",
            "Prepayments": [
                {
                    "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                    "CurrencyRate": 1.0,
                    "Type": "RECEIVE-PREPAYMENT",
                    "BrandingThemeID": "414d4a87-46d6-4cfc-ab42-4e29d22e5076",
                    "Reference": "INV-0011",
                    "InvoiceNumber": "INV-0011",
                    "RemainingCredit": 3449.0,
                    "Allocations": [
                        {
                            "Amount": 1.0,
                            "Date": "/Date(1552435200000+0000)/",
                            "Invoice": {
                                "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                                "InvoiceNumber": "INV-0004",
                                "Payments": [],
                                "CreditNotes": [],
                                "Prepayments": [],
                                "Overpayments": [],
                                "HasErrors": False,
                                "IsDiscounted": False,
                                "LineItems": [],
                            },
                        }
                    ],
                    "Payments": [],
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "2ca06aa0-3629-474a-9401-553d4b7fa9b0",
                            "FileName": "giphy.gif",
                            "Url": "https://api.xero.com/api.xro/2.0/banktransaction/ce0cddef-cf5a-4e59-b638-f225679115a7/Attachments/giphy.gif",
                            "MimeType": "image/gif",
                            "ContentLength": 495727,
                        }
                    ],
                    "Contact": {
                        "ContactID": "be392c72-c121-4f83-9512-03ac71e54c20",
                        "ContactStatus": "ACTIVE",
                        "Name": "Luke Skywalker",
                        "EmailAddress": "",
                        "BankAccountDetails": "",
                        "Addresses": [
                            {
                                "AddressType": "STREET",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                            {
                                "AddressType": "POBOX",
                                "City": "",
                                "Region": "",
                                "PostalCode": "",
                                "Country": "",
                            },
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
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
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                            {
                                "PhoneType": "MOBILE",
                                "PhoneNumber": "",
                                "PhoneAreaCode": "",
                                "PhoneCountryCode": "",
                            },
                        ],
                        "UpdatedDateUTC": "/Date(1552329691573+0000)/",
                        "ContactGroups": [],
                        "DefaultCurrency": "NZD",
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "DateString": "2019-03-13T00:00:00",
                    "Date": "/Date(1552435200000+0000)/",
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Light Speeder",
                            "UnitAmount": 3000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 450.0,
                            "LineAmount": 3000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "DiscountEnteredAsPercent": True,
                            "ValidationErrors": [],
                        }
                    ],
                    "SubTotal": 3000.0,
                    "TotalTax": 450.0,
                    "Total": 3450.0,
                    "UpdatedDateUTC": "/Date(1552522424850+0000)/",
                    "UpdatedDateUTCString": "2019-03-14T00:13:44Z",
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d4758808-d14d-45d5-851a-52787ae5739a",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552522424927)/",
            "Allocations": [
                {
                    "Amount": 1.0,
                    "Date": "/Date(1552435200000+0000)/",
                    "Invoice": {
                        "InvoiceID": "c7c37b83-ac95-45ea-88ba-8ad83a5f22fe",
                        "Payments": [],
                        "CreditNotes": [],
                        "Prepayments": [],
                        "Overpayments": [],
                        "HasErrors": False,
                        "IsDiscounted": False,
                        "LineItems": [],
                        "ValidationErrors": [],
                    },
                    "Prepayment": {
                        "PrepaymentID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "ID": "ce0cddef-cf5a-4e59-b638-f225679115a7",
                        "LineItems": [],
                    },
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (200, {"Amount": 1.5, "Invoice": {}, "Date": "xxxxxx"}, "json"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "66910bfc-15cc-4692-bd4c-cc8f671e653c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552523977238)/",
            "pagination": {"page": 1, "pageSize": 100, "pageCount": 1, "itemCount": 2},
            "PurchaseOrders": [
                {
                    "PurchaseOrderID": "f9627f0d-b715-4039-bb6a-96dc3eae5ec5",
                    "PurchaseOrderNumber": "PO-0001",
                    "DateString": "2019-03-12T00:00:00",
                    "Date": "/Date(1552348800000+0000)/",
                    "AttentionTo": "Jimmy",
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Type": "PURCHASEORDER",
                    "CurrencyRate": 1.0,
                    "CurrencyCode": "NZD",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "ContactStatus": "ACTIVE",
                        "Name": "Liam Gallagher",
                        "FirstName": "Liam",
                        "LastName": "Gallagher",
                        "Addresses": [
                            {
                                "AddressType": "POBOX",
                                "City": "Anytown",
                                "Region": "NY",
                                "PostalCode": "10101",
                                "Country": "USA",
                                "AttentionTo": "",
                            }
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "222-2222",
                                "PhoneAreaCode": "212",
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "DELETED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxAmount": 0.0,
                            "LineAmount": 20.0,
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "0f7b54b8-bfa4-4c5d-9c22-73dbd5796e54",
                        }
                    ],
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1552522703443+0000)/",
                    "HasAttachments": False,
                },
                {
                    "PurchaseOrderID": "6afa2e02-c514-4964-ab89-b5c0179b8c50",
                    "PurchaseOrderNumber": "PO-0002",
                    "DateString": "2019-03-12T00:00:00",
                    "Date": "/Date(1552348800000+0000)/",
                    "AttentionTo": "Jimmy",
                    "HasErrors": False,
                    "IsDiscounted": False,
                    "Type": "PURCHASEORDER",
                    "CurrencyRate": 1.0,
                    "CurrencyCode": "NZD",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "ContactStatus": "ACTIVE",
                        "Name": "Liam Gallagher",
                        "FirstName": "Liam",
                        "LastName": "Gallagher",
                        "Addresses": [
                            {
                                "AddressType": "POBOX",
                                "City": "Anytown",
                                "Region": "NY",
                                "PostalCode": "10101",
                                "Country": "USA",
                                "AttentionTo": "",
                            }
                        ],
                        "Phones": [
                            {
                                "PhoneType": "DEFAULT",
                                "PhoneNumber": "222-2222",
                                "PhoneAreaCode": "212",
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
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "DELETED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "TaxAmount": 0.0,
                            "LineAmount": 20.0,
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "3e4ec232-32b9-491b-84dd-48fb9aa8916f",
                        }
                    ],
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1552522834733+0000)/",
                    "HasAttachments": False,
                },
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, "content", "binary"),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "dfc29f55-8ddd-4921-a82c-bcc0798d207f",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1602100184437)/",
            "Attachments": [
                {
                    "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                    "FileName": "xero-dev1.png",
                    "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                    "MimeType": "image/png",
                    "ContentLength": 98715,
                },
                {
                    "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                    "FileName": "xero-dev2.png",
                    "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                    "MimeType": "image/png",
                    "ContentLength": 82529,
                },
                {
                    "AttachmentID": "c8faa564-223f-45e4-a5a1-94430a5b52c1",
                    "FileName": "xero-dev3.png",
                    "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/Screen%20Shot%202020-09-12%20at%204.31.14%20pm.png",
                    "MimeType": "image/png",
                    "ContentLength": 146384,
                },
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "c728a4a4-179e-4bbd-a2d5-63e7f9ceba92",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1602099934723)/",
            "Attachments": [
                {
                    "AttachmentID": "e58bd37b-e47f-451a-a42c-f946ef229c3e",
                    "FileName": "xero-dev.png",
                    "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D.png",
                    "MimeType": "image/png",
                    "ContentLength": 82529,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "aeff9be0-54c2-45dd-8e3d-aa4f8af0fbd7",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1602100086197)/",
            "Attachments": [
                {
                    "AttachmentID": "dce4eaa7-c8a9-4867-9434-95832b427d3b",
                    "FileName": "xero-dev.png",
                    "Url": "https://api.xero.com/api.xro/2.0/PurchaseOrders/93369c9b-c481-4e21-aaab-bb19e9a26efe/Attachments/2D_2.png",
                    "MimeType": "image/png",
                    "ContentLength": 98715,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "bb583e7e-9b6b-471e-88da-4cbfcfad7a57",
            "Status": "OK",
            "ProviderName": "Adams OAuth2 App",
            "DateTimeUTC": "/Date(1571876635477)/",
            "Quotes": [
                {
                    "QuoteID": "be59294f-2a9c-4cee-8c64-0f0ddbc1883a",
                    "QuoteNumber": "QU-0001",
                    "Reference": "REF-123",
                    "Terms": "Not valid after the expiry date",
                    "Contact": {
                        "ContactID": "060816db-0ed7-44de-ab58-8fee9316fcd5",
                        "Name": "Adam",
                    },
                    "LineItems": [
                        {
                            "LineItemID": "ccf5e45c-73b6-4659-83e8-520f4c6126fd",
                            "AccountCode": "200",
                            "Description": "Fish out of Water",
                            "UnitAmount": 19.95,
                            "DiscountRate": 10.0,
                            "LineAmount": 17.96,
                            "ItemCode": "BOOK",
                            "Quantity": 1.0,
                            "TaxAmount": 2.69,
                            "TaxType": "OUTPUT2",
                            "Tracking": [
                                {
                                    "TrackingCategoryID": "351953c4-8127-4009-88c3-f9cd8c9cbe9f",
                                    "TrackingOptionID": "ce205173-7387-4651-9726-2cf4c5405ba2",
                                    "Name": "Region",
                                    "Option": "Eastside",
                                }
                            ],
                        }
                    ],
                    "Date": "/Date(1571875200000)/",
                    "DateString": "2019-10-24T00:00:00",
                    "ExpiryDate": "/Date(1571961600000)/",
                    "ExpiryDateString": "2019-10-25T00:00:00",
                    "Status": "ACCEPTED",
                    "CurrencyRate": 0.937053,
                    "CurrencyCode": "AUD",
                    "SubTotal": 17.96,
                    "TotalTax": 2.69,
                    "Total": 20.65,
                    "TotalDiscount": 1.99,
                    "Title": "Your Quote",
                    "Summary": "Please buy this",
                    "BrandingThemeID": "4c82c365-35cb-467f-bb11-dce1f2f2f67c",
                    "UpdatedDateUTC": "/Date(1571869373890)/",
                    "LineAmountTypes": "EXCLUSIVE",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "SummarizeErrors": False,
            "Id": "29571f5a-bf73-4bb6-9de5-86be44e6bf2e",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1580607782916)/",
            "Quotes": [
                {
                    "QuoteID": "60031d53-6488-4321-9cbd-c1db6dbf9ba4",
                    "QuoteNumber": "QU-0008",
                    "Terms": "",
                    "Contact": {
                        "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                        "Name": "John Smith-82160",
                        "EmailAddress": "",
                    },
                    "LineItems": [
                        {
                            "LineItemID": "26995857-0eea-45fb-b46c-f8ea896ec46e",
                            "AccountCode": "12775",
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "LineAmount": 20.0,
                            "ItemCode": "",
                            "Quantity": 1.0,
                            "TaxAmount": 0.0,
                            "Tracking": [],
                        }
                    ],
                    "Date": "/Date(1580515200000)/",
                    "DateString": "2020-02-01T00:00:00",
                    "Status": "DRAFT",
                    "CurrencyRate": 1.0,
                    "CurrencyCode": "USD",
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1580607782913)/",
                    "LineAmountTypes": "EXCLUSIVE",
                    "StatusAttributeString": "OK",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "SummarizeErrors": False,
            "Id": "b425754f-0512-481d-827b-c8958db7667e",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1580607783833)/",
            "Quotes": [
                {
                    "QuoteID": "fd53e0b7-4d24-4c20-be85-043a62ea5847",
                    "QuoteNumber": "QU-0009",
                    "Terms": "",
                    "Contact": {
                        "ContactID": "6a65f055-b0e0-471a-a933-d1ffdd89393f",
                        "Name": "John Smith-82160",
                        "EmailAddress": "",
                    },
                    "LineItems": [
                        {
                            "LineItemID": "898c7fd6-0d94-4ac0-ace8-87e350a042de",
                            "AccountCode": "12775",
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "LineAmount": 20.0,
                            "ItemCode": "",
                            "Quantity": 1.0,
                            "TaxAmount": 0.0,
                            "Tracking": [],
                        }
                    ],
                    "Date": "/Date(1580515200000)/",
                    "DateString": "2020-02-01T00:00:00",
                    "Status": "DRAFT",
                    "CurrencyRate": 1.0,
                    "CurrencyCode": "USD",
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1580607783467)/",
                    "LineAmountTypes": "EXCLUSIVE",
                    "StatusAttributeString": "OK",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "SummarizeErrors": True,
            "Id": "e3626c45-77f1-4ab0-ba9b-3593c7bcd25c",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1580607864786)/",
            "Quotes": [
                {
                    "QuoteID": "1f90e77a-7b88-4462-874f-1aa675be8fef",
                    "QuoteNumber": "QU-0007",
                    "Reference": "MyQuote",
                    "Terms": "These are my terms",
                    "Contact": {
                        "ContactID": "4bc3ecb2-8e2a-4267-a171-0e0ce7e5ac2a",
                        "Name": "ABC Limited",
                        "EmailAddress": "john.smith@gmail.com",
                        "FirstName": "John",
                        "LastName": "Smith",
                    },
                    "LineItems": [
                        {
                            "LineItemID": "09b47d9f-f78d-4bab-b226-957f55bfb1b5",
                            "AccountCode": "400",
                            "Description": "Half day training - Microsoft Office",
                            "UnitAmount": 500.0,
                            "LineAmount": 500.0,
                            "ItemCode": "Train-MS",
                            "Quantity": 1.0,
                            "TaxAmount": 0.0,
                            "TaxType": "NONE",
                            "Tracking": [
                                {
                                    "TrackingCategoryID": "9bd3f506-6d91-4625-81f0-0f9147f099f4",
                                    "TrackingOptionID": "d30e2a0d-ae6f-4806-88ca-d8ebdba2af73",
                                    "Name": "Avengers",
                                    "Option": "IronMan",
                                }
                            ],
                        }
                    ],
                    "Date": "/Date(1580515200000)/",
                    "DateString": "2020-02-01T00:00:00",
                    "ExpiryDate": "/Date(1581724800000)/",
                    "ExpiryDateString": "2020-02-15T00:00:00",
                    "Status": "DRAFT",
                    "CurrencyRate": 1.54715,
                    "CurrencyCode": "NZD",
                    "SubTotal": 500.0,
                    "TotalTax": 0.0,
                    "Total": 500.0,
                    "TotalDiscount": 0.0,
                    "Title": "",
                    "Summary": "",
                    "BrandingThemeID": "324587a9-7eed-46c0-ad64-fa941a1b5b3e",
                    "UpdatedDateUTC": "/Date(1580607757040)/",
                    "LineAmountTypes": "EXCLUSIVE",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "SummarizeErrors": True,
            "Id": "be4f43a7-ef02-497a-96c2-fc0bc047a82a",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1580605644385)/",
            "Quotes": [
                {
                    "QuoteID": "8ce6b14c-ef87-4f45-93f0-853137c6d0e1",
                    "QuoteNumber": "QU-0008",
                    "Reference": "I am an update",
                    "Terms": "",
                    "Contact": {
                        "ContactID": "8ed7dd03-4e6a-4078-a807-c5309abfec52",
                        "Name": "Orlena Greenville 35",
                        "EmailAddress": "",
                    },
                    "LineItems": [
                        {
                            "LineItemID": "be69f44e-9c72-4fcd-9152-0174867cce49",
                            "AccountCode": "12775",
                            "Description": "Foobar",
                            "UnitAmount": 20.0,
                            "LineAmount": 20.0,
                            "ItemCode": "",
                            "Quantity": 1.0,
                            "TaxAmount": 0.0,
                            "Tracking": [],
                        }
                    ],
                    "Date": "/Date(1580515200000)/",
                    "DateString": "2020-02-01T00:00:00",
                    "Status": "DRAFT",
                    "CurrencyRate": 1.0,
                    "CurrencyCode": "USD",
                    "SubTotal": 20.0,
                    "TotalTax": 0.0,
                    "Total": 20.0,
                    "UpdatedDateUTC": "/Date(1580605644360)/",
                    "LineAmountTypes": "EXCLUSIVE",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "439c1573-3cd8-4697-a9f6-81fa651ee8f3",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550852630329)/",
            "Attachments": [
                {
                    "AttachmentID": "52a643be-cd5c-489f-9778-53a9fd337756",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "724cdff5-bcd1-4c5c-977e-e864c24258e0",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550856817769)/",
            "Attachments": [
                {
                    "AttachmentID": "ab95b276-9dce-4925-9077-439818ba270f",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "c8d6413a-1da2-4faa-9848-21f60443e906",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550859714477)/",
            "Attachments": [
                {
                    "AttachmentID": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    "FileName": "sample5.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Quotes/da962997-a8bd-4dff-9616-01cdc199283f/Attachments/sample5.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "d379c04d-d3aa-4034-95b8-af69a449bd78",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552686430436)/",
            "Attachments": [
                {
                    "AttachmentID": "11e5ca6b-d38c-42ab-a29f-c1710d171aa1",
                    "FileName": "giphy.gif",
                    "Url": "https://api.xero.com/api.xro/2.0/Receipts/7923c00d-163d-404c-a608-af3de333db29/Attachments/giphy.gif",
                    "MimeType": "image/gif",
                    "ContentLength": 495727,
                }
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "01c9a720-b1f1-4477-8de8-ff46d945fd1d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552686599884)/",
            "Attachments": [
                {
                    "AttachmentID": "3451e34c-66a6-42b0-91e2-88618bdc169b",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "aeca1ea8-8fd9-4757-96a6-397dc4957a69",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1552686602761)/",
            "Attachments": [
                {
                    "AttachmentID": "e02a84f6-b83a-4983-b3b9-35cd8880c7bc",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/Receipts/a44fd147-af4e-4fe8-a09a-55332df74162/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805183228)/",
            "RepeatingInvoices": [
                {
                    "Schedule": {
                        "Period": 1,
                        "Unit": "MONTHLY",
                        "DueDate": 10,
                        "DueDateType": "OFFOLLOWINGMONTH",
                        "StartDate": "/Date(1555286400000+0000)/",
                        "EndDate": "/Date(1569801600000+0000)/",
                        "NextScheduledDate": "/Date(1555286400000+0000)/",
                    },
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Type": "ACCREC",
                    "Reference": "[Week]",
                    "HasAttachments": True,
                    "ApprovedForSending": False,
                    "SendCopy": False,
                    "MarkAsSent": False,
                    "IncludePDF": False,
                    "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 5000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 750.0,
                            "LineAmount": 5000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                            "DiscountEnteredAsPercent": True,
                        }
                    ],
                    "SubTotal": 5000.0,
                    "TotalTax": 750.0,
                    "Total": 5750.0,
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805183228)/",
            "RepeatingInvoices": [
                {
                    "Schedule": {
                        "Period": 1,
                        "Unit": "MONTHLY",
                        "DueDate": 10,
                        "DueDateType": "OFFOLLOWINGMONTH",
                        "StartDate": "/Date(1555286400000+0000)/",
                        "EndDate": "/Date(1569801600000+0000)/",
                        "NextScheduledDate": "/Date(1555286400000+0000)/",
                    },
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Type": "ACCREC",
                    "Reference": "[Week]",
                    "HasAttachments": True,
                    "ApprovedForSending": False,
                    "SendCopy": False,
                    "MarkAsSent": False,
                    "IncludePDF": False,
                    "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 5000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 750.0,
                            "LineAmount": 5000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                            "DiscountEnteredAsPercent": True,
                        }
                    ],
                    "SubTotal": 5000.0,
                    "TotalTax": 750.0,
                    "Total": 5750.0,
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805183228)/",
            "RepeatingInvoices": [
                {
                    "Schedule": {
                        "Period": 1,
                        "Unit": "MONTHLY",
                        "DueDate": 10,
                        "DueDateType": "OFFOLLOWINGMONTH",
                        "StartDate": "/Date(1555286400000+0000)/",
                        "EndDate": "/Date(1569801600000+0000)/",
                        "NextScheduledDate": "/Date(1555286400000+0000)/",
                    },
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Type": "ACCREC",
                    "Reference": "[Week]",
                    "HasAttachments": True,
                    "ApprovedForSending": False,
                    "SendCopy": False,
                    "MarkAsSent": False,
                    "IncludePDF": False,
                    "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 5000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 750.0,
                            "LineAmount": 5000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                            "DiscountEnteredAsPercent": True,
                        }
                    ],
                    "SubTotal": 5000.0,
                    "TotalTax": 750.0,
                    "Total": 5750.0,
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d9ac3755-7b81-4e3a-bef0-fa8a4f171442",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805184820)/",
            "RepeatingInvoices": [
                {
                    "Schedule": {
                        "Period": 1,
                        "Unit": "MONTHLY",
                        "DueDate": 10,
                        "DueDateType": "OFFOLLOWINGMONTH",
                        "StartDate": "/Date(1555286400000+0000)/",
                        "EndDate": "/Date(1569801600000+0000)/",
                        "NextScheduledDate": "/Date(1555286400000+0000)/",
                    },
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Type": "ACCREC",
                    "Reference": "[Week]",
                    "HasAttachments": True,
                    "Attachments": [
                        {
                            "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                            "FileName": "HelloWorld.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                            "FileName": "foobar.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                            "MimeType": "image/jpg",
                            "ContentLength": 2878711,
                        },
                        {
                            "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                            "FileName": "helo-heros.jpg",
                            "Url": "https://api.xero.com/api.xro/2.0/Invoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                            "MimeType": "image/jpeg",
                            "ContentLength": 2878711,
                        },
                    ],
                    "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "AUTHORISED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 5000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 750.0,
                            "LineAmount": 5000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                            "DiscountEnteredAsPercent": True,
                        }
                    ],
                    "SubTotal": 5000.0,
                    "TotalTax": 750.0,
                    "Total": 5750.0,
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b336833d-a3a8-4a67-ab4c-6280b3ad87b0",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805183228)/",
            "RepeatingInvoices": [
                {
                    "Schedule": {
                        "Period": 1,
                        "Unit": "MONTHLY",
                        "DueDate": 10,
                        "DueDateType": "OFFOLLOWINGMONTH",
                        "StartDate": "/Date(1555286400000+0000)/",
                        "EndDate": "/Date(1569801600000+0000)/",
                        "NextScheduledDate": "/Date(1555286400000+0000)/",
                    },
                    "RepeatingInvoiceID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Type": "ACCREC",
                    "Reference": "[Week]",
                    "HasAttachments": True,
                    "ApprovedForSending": False,
                    "SendCopy": False,
                    "MarkAsSent": False,
                    "IncludePDF": False,
                    "ID": "428c0d75-909f-4b04-8403-a48dc27283b0",
                    "Contact": {
                        "ContactID": "430fa14a-f945-44d3-9f97-5df5e28441b8",
                        "Name": "Liam Gallagher",
                        "Addresses": [],
                        "Phones": [],
                        "ContactGroups": [],
                        "ContactPersons": [],
                        "HasValidationErrors": False,
                    },
                    "Status": "DELETED",
                    "LineAmountTypes": "Exclusive",
                    "LineItems": [
                        {
                            "Description": "Guitars Fender Strat",
                            "UnitAmount": 5000.0,
                            "TaxType": "OUTPUT2",
                            "TaxAmount": 750.0,
                            "LineAmount": 5000.0,
                            "AccountCode": "200",
                            "Tracking": [],
                            "Quantity": 1.0,
                            "LineItemID": "13a8353c-d2af-4d5b-920c-438449f08900",
                            "DiscountEnteredAsPercent": True,
                        }
                    ],
                    "SubTotal": 5000.0,
                    "TotalTax": 750.0,
                    "Total": 5750.0,
                    "CurrencyCode": "NZD",
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b88b807b-3087-474b-a4f9-d8f1b4f5a899",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805762049)/",
            "Attachments": [
                {
                    "AttachmentID": "2a488b0f-3966-4b6e-a7e1-b6d3286351f2",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
                {
                    "AttachmentID": "48294e40-bfd2-4027-a365-f034383cb7aa",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                },
                {
                    "AttachmentID": "528e978a-87b8-44c4-9465-9456ec2f7ee6",
                    "FileName": "helo-heros.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/helo-heros.jpg",
                    "MimeType": "image/jpeg",
                    "ContentLength": 2878711,
                },
            ],
        },
        "json",
    ),
    (200, "content", "binary"),
    (200, "content", "binary"),
    (
        200,
        {
            "Id": "219de8c0-ee70-48af-a000-594eba14b417",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805866696)/",
            "Attachments": [
                {
                    "AttachmentID": "e078e56c-9a2b-4f6c-a1fa-5d19b0dab611",
                    "FileName": "foobar.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/foobar.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "61b24d5c-4d6e-468f-9de1-abbc234b239a",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553805873362)/",
            "Attachments": [
                {
                    "AttachmentID": "d086d5f4-9c3d-4edc-a87e-906248eeb652",
                    "FileName": "HelloWorld.jpg",
                    "Url": "https://api.xero.com/api.xro/2.0/RepeatingInvoices/428c0d75-909f-4b04-8403-a48dc27283b0/Attachments/HelloWorld.jpg",
                    "MimeType": "image/jpg",
                    "ContentLength": 2878711,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cd54cc7b-b721-4207-b11d-7d13c7902f91",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1551311321819)/",
            "HistoryRecords": [
                {
                    "Changes": "Attached a file",
                    "DateUTCString": "2018-11-08T15:01:21",
                    "DateUTC": "/Date(1541689281470+0000)/",
                    "User": "System Generated",
                    "Details": "Attached the file sample2.jpg through the Xero API using Xero API Partner",
                },
                {
                    "Changes": "Credit Applied",
                    "DateUTCString": "2016-10-17T20:46:01",
                    "DateUTC": "/Date(1476737161173+0000)/",
                    "User": "System Generated",
                    "Details": "Bank transfer from Business Wells Fargo to My Savings on November 12, 2016 for 20.00.",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d7525479-3392-44c0-bb37-ff4a0b5df5bd",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550899400362)/",
            "HistoryRecords": [
                {
                    "DateUTCString": "2019-02-23T05:23:20",
                    "DateUTC": "/Date(1550899400362)/",
                    "Details": "Hello World",
                    "ValidationErrors": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "8b474ddb-9ef4-457c-8640-1c0e3670ea0e",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1691540171754)/",
            "Reports": [
                {
                    "ReportName": "1099-NEC report",
                    "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                    "Fields": [],
                    "Contacts": [
                        {
                            "Box1": 0.0,
                            "Box2": 0.0,
                            "Box4": 1150.0,
                            "Name": "Bank West",
                            "FederalTaxIDType": "SSN",
                            "City": "Pinehaven",
                            "Zip": "12345",
                            "State": "CA",
                            "Email": "jack@bowest.com",
                            "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                            "TaxID": "234-22-2223",
                            "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                            "LegalName": "Jack Sparrow",
                            "BusinessName": "Bank West",
                            "FederalTaxClassification": "PARTNERSHIP",
                        }
                    ],
                },
                {
                    "ReportName": "1099-MISC report",
                    "ReportDate": "1 Jan 2023 to 31 Dec 2023",
                    "Fields": [],
                    "Contacts": [
                        {
                            "Box1": 0.0,
                            "Box2": 0.0,
                            "Box3": 1000.0,
                            "Box4": 0.0,
                            "Box5": 0.0,
                            "Box6": 0.0,
                            "Box7": 0.0,
                            "Box8": 0.0,
                            "Box9": 0.0,
                            "Box10": 0.0,
                            "Box11": 0.0,
                            "Box14": 0.0,
                            "Name": "Bank West",
                            "FederalTaxIDType": "SSN",
                            "City": "Pinehaven",
                            "Zip": "12345",
                            "State": "CA",
                            "Email": "jack@bowest.com",
                            "StreetAddress": "Procurement Services\r\nGPO 1234\r\n\r\n\r\n",
                            "TaxID": "234-22-2223",
                            "ContactId": "81d5706a-8057-4338-8511-747cd85f4c68",
                            "LegalName": "Jack Sparrow",
                            "BusinessName": "Bank West",
                            "FederalTaxClassification": "PARTNERSHIP",
                        },
                        {
                            "Box1": 0.0,
                            "Box2": 0.0,
                            "Box3": 1000.0,
                            "Box4": 0.0,
                            "Box5": 0.0,
                            "Box6": 0.0,
                            "Box7": 0.0,
                            "Box8": 0.0,
                            "Box9": 0.0,
                            "Box10": 0.0,
                            "Box11": 0.0,
                            "Box14": 0.0,
                            "Name": "Hoyt Productions",
                            "FederalTaxIDType": "SSN",
                            "City": "Oaktown",
                            "Zip": "45123",
                            "State": "NY",
                            "Email": "accounts@hoytmadeupdemo.com",
                            "StreetAddress": "100 Rusty Ridge Road\r\nSuite 100\r\n\r\n\r\n",
                            "TaxID": "123-45-6780",
                            "ContactId": "19732b6a-9a5c-4651-b33c-3f8f682e2a2b",
                            "LegalName": "Raymond Holt",
                            "BusinessName": "Hoyt productions",
                            "FederalTaxClassification": "S_CORP",
                        },
                        {
                            "Box1": 5543.75,
                            "Box2": 0.0,
                            "Box3": 0.0,
                            "Box4": 0.0,
                            "Box5": 0.0,
                            "Box6": 0.0,
                            "Box7": 0.0,
                            "Box8": 0.0,
                            "Box9": 0.0,
                            "Box10": 0.0,
                            "Box11": 0.0,
                            "Box14": 0.0,
                            "Name": "Truxton Property Management",
                            "FederalTaxIDType": "EIN",
                            "City": "Coppertown",
                            "Zip": "21321",
                            "State": "FL",
                            "Email": "accounts@truxtonmadeupdemo.com",
                            "StreetAddress": "1000 Copper Avenue\r\nSuite 1000\r\n\r\n\r\n",
                            "TaxID": "33-3332233",
                            "ContactId": "018355fc-c67e-4352-b443-ef3873031983",
                            "LegalName": "Jake Peralta",
                            "BusinessName": "Truxton Property Management",
                            "FederalTaxClassification": "C_CORP",
                        },
                    ],
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "5a33f9d4-44a6-4467-a812-4f025506ee35",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1555971088085)/",
            "Reports": [
                {
                    "ReportName": "Aged Payables By Contact",
                    "ReportType": "AgedPayablesByContact",
                    "ReportTitles": [
                        "Invoices",
                        "ABC",
                        "From 10 October 2017 to 22 April 2019",
                        "Showing payments to 22 April 2019",
                    ],
                    "ReportDate": "22 April 2019",
                    "UpdatedDateUTC": "/Date(1555971088085)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": "Date"},
                                {"Value": "Reference"},
                                {"Value": "Due Date"},
                                {"Value": ""},
                                {"Value": "Total"},
                                {"Value": "Paid"},
                                {"Value": "Credited"},
                                {"Value": "Due"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "2017-10-10T00:00:00"},
                                        {"Value": "Opening Balance"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "0.00"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "2018-10-09T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "2018-10-23T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "181 days overdue",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "250.00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "250.00",
                                            "Attributes": [
                                                {
                                                    "Value": "1f3960ae-0537-4438-a4dd-76d785e6d7d8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "250.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "250.00"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Closing Balance"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "250.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "250.00"},
                                    ],
                                }
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b977b607-955d-47cb-92fd-7c29b3dd755c",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1556032862815)/",
            "Reports": [
                {
                    "ReportName": "Aged Receivables By Contact",
                    "ReportType": "AgedReceivablesByContact",
                    "ReportTitles": [
                        "Invoices",
                        "ABC",
                        "From 10 October 2017 to 23 April 2019",
                        "Showing payments to 23 April 2019",
                    ],
                    "ReportDate": "23 April 2019",
                    "UpdatedDateUTC": "/Date(1556032862815)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": "Date"},
                                {"Value": "Number"},
                                {"Value": "Due Date"},
                                {"Value": ""},
                                {"Value": "Total"},
                                {"Value": "Paid"},
                                {"Value": "Credited"},
                                {"Value": "Due"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "2017-10-10T00:00:00"},
                                        {"Value": "Opening Balance"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "0.00"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "2018-05-13T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "IV1242016",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "2018-06-22T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "305 days overdue",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "100.00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "100.00",
                                            "Attributes": [
                                                {
                                                    "Value": "40ebad47-24e2-4dc9-a5f5-579df427671b",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "2019-04-23T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "INV-0086",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "2019-05-07T00:00:00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "50.00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "50.00",
                                            "Attributes": [
                                                {
                                                    "Value": "ca0483ce-fa43-4335-8512-751e655337b8",
                                                    "Id": "invoiceID",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "150.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "150.00"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Closing Balance"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "150.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "150.00"},
                                    ],
                                }
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "2ddba304-6ed3-4da4-b185-3b6289699653",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555099412778)/",
            "Reports": [
                {
                    "ReportName": "Balance Sheet",
                    "ReportType": "BalanceSheet",
                    "ReportTitles": [
                        "Balance Sheet",
                        "Dev Evangelist - Sid Test 3 (NZ-2016-02)",
                        "As at 30 April 2019",
                    ],
                    "ReportDate": "12 April 2019",
                    "UpdatedDateUTC": "/Date(1555099412778)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": ""},
                                {"Value": "30 Apr 2019"},
                                {"Value": "31 Mar 2019"},
                                {"Value": "28 Feb 2019"},
                            ],
                        },
                        {"RowType": "Section", "Title": "Assets", "Rows": []},
                        {
                            "RowType": "Section",
                            "Title": "Bank",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Country Savings",
                                            "Attributes": [
                                                {
                                                    "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-1850.00",
                                            "Attributes": [
                                                {
                                                    "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-1850.00",
                                            "Attributes": [
                                                {
                                                    "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "041207d2-3d61-4e5d-8c1a-b9236955a71c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "My Big Bank",
                                            "Attributes": [
                                                {
                                                    "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "2146.37",
                                            "Attributes": [
                                                {
                                                    "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "2020.00",
                                            "Attributes": [
                                                {
                                                    "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "300f3bde-3a5c-4035-9ec5-45b09777679a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Bank"},
                                        {"Value": "296.37"},
                                        {"Value": "170.00"},
                                        {"Value": "0.00"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Current Assets",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Accounts Receivable",
                                            "Attributes": [
                                                {
                                                    "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "154355.72",
                                            "Attributes": [
                                                {
                                                    "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "154351.78",
                                            "Attributes": [
                                                {
                                                    "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "356.50",
                                            "Attributes": [
                                                {
                                                    "Value": "b94495d0-44ab-4199-a1d0-427a4877e100",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Inventory",
                                            "Attributes": [
                                                {
                                                    "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "25000.00",
                                            "Attributes": [
                                                {
                                                    "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "25000.00",
                                            "Attributes": [
                                                {
                                                    "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "53a12a15-7e9b-4a31-85f4-a7cee6d04215",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Current Assets"},
                                        {"Value": "179355.72"},
                                        {"Value": "179351.78"},
                                        {"Value": "356.50"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Fixed Assets",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Office Equipment",
                                            "Attributes": [
                                                {
                                                    "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-119.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-119.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7132cab3-ce56-4389-8e47-8f60d4c137f8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Fixed Assets"},
                                        {"Value": "-119.00"},
                                        {"Value": "-119.00"},
                                        {"Value": "0.00"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Assets"},
                                        {"Value": "179533.09"},
                                        {"Value": "179402.78"},
                                        {"Value": "356.50"},
                                    ],
                                }
                            ],
                        },
                        {"RowType": "Section", "Title": "Liabilities", "Rows": []},
                        {
                            "RowType": "Section",
                            "Title": "Current Liabilities",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Accounts Payable",
                                            "Attributes": [
                                                {
                                                    "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-3469.00",
                                            "Attributes": [
                                                {
                                                    "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-3469.00",
                                            "Attributes": [
                                                {
                                                    "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-184.00",
                                            "Attributes": [
                                                {
                                                    "Value": "a2a4795b-a01f-40eb-afa6-a34b4514875d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "GST",
                                            "Attributes": [
                                                {
                                                    "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-2446.21",
                                            "Attributes": [
                                                {
                                                    "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-2461.89",
                                            "Attributes": [
                                                {
                                                    "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "76.50",
                                            "Attributes": [
                                                {
                                                    "Value": "17d9a4a0-3181-4803-a96b-f0dbe589091b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Current Liabilities"},
                                        {"Value": "-5915.21"},
                                        {"Value": "-5930.89"},
                                        {"Value": "-107.50"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Liabilities"},
                                        {"Value": "-5915.21"},
                                        {"Value": "-5930.89"},
                                        {"Value": "-107.50"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Net Assets"},
                                        {"Value": "185448.30"},
                                        {"Value": "185333.67"},
                                        {"Value": "464.00"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Equity",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Current Year Earnings",
                                            "Attributes": [
                                                {
                                                    "Value": "00000000-0000-0000-0000-000000000000",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "114.62",
                                            "Attributes": [
                                                {
                                                    "Value": "00000000-0000-0000-0000-000000000000",
                                                    "Id": "account",
                                                },
                                                {"Value": "4/1/2019", "Id": "fromDate"},
                                                {"Value": "4/30/2019", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "156621.67",
                                            "Attributes": [
                                                {
                                                    "Value": "00000000-0000-0000-0000-000000000000",
                                                    "Id": "account",
                                                },
                                                {"Value": "4/1/2018", "Id": "fromDate"},
                                                {"Value": "3/31/2019", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "500.00",
                                            "Attributes": [
                                                {
                                                    "Value": "00000000-0000-0000-0000-000000000000",
                                                    "Id": "account",
                                                },
                                                {"Value": "4/1/2018", "Id": "fromDate"},
                                                {"Value": "2/28/2019", "Id": "toDate"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Owner A Drawings",
                                            "Attributes": [
                                                {
                                                    "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "28752.00",
                                            "Attributes": [
                                                {
                                                    "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "28752.00",
                                            "Attributes": [
                                                {
                                                    "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "136ebd08-60ea-4592-8982-be92c153b53a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Owner A Funds Introduced",
                                            "Attributes": [
                                                {
                                                    "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-50.00",
                                            "Attributes": [
                                                {
                                                    "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-50.00",
                                            "Attributes": [
                                                {
                                                    "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "-46.00",
                                            "Attributes": [
                                                {
                                                    "Value": "5690f1e8-1d02-4893-90c2-ee1a69eff942",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Retained Earnings",
                                            "Attributes": [
                                                {
                                                    "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "156631.67",
                                            "Attributes": [
                                                {
                                                    "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "4/30/2019", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "10.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "3/31/2019", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "10.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7fc16c06-c342-4f32-995f-889b5f9996fd",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "2/28/2019", "Id": "toDate"},
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Equity"},
                                        {"Value": "185448.29"},
                                        {"Value": "185333.67"},
                                        {"Value": "464.00"},
                                    ],
                                },
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ae58d0ec-9c5c-455f-b96e-690107579257",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1556035526223)/",
            "Reports": [
                {
                    "ReportName": "Bank Summary",
                    "ReportType": "BankSummary",
                    "ReportTitles": [
                        "Bank Summary",
                        "MindBody Test 10 (AU-2016-02)",
                        "From 1 April 2019 to 30 April 2019",
                    ],
                    "ReportDate": "23 April 2019",
                    "UpdatedDateUTC": "/Date(1556035526223)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": "Bank Accounts"},
                                {"Value": "Opening Balance"},
                                {"Value": "Cash Received"},
                                {"Value": "Cash Spent"},
                                {"Value": "Closing Balance"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Big City Bank",
                                            "Attributes": [
                                                {
                                                    "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                    "Id": "accountID",
                                                }
                                            ],
                                        },
                                        {"Value": "0.00"},
                                        {
                                            "Value": "110.00",
                                            "Attributes": [
                                                {
                                                    "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "100.00",
                                            "Attributes": [
                                                {
                                                    "Value": "03f9cf1e-2deb-4bf1-b0a8-b57f08672eb8",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {"Value": "10.00"},
                                    ],
                                },
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total"},
                                        {"Value": "0.00"},
                                        {"Value": "110.00"},
                                        {"Value": "100.00"},
                                        {"Value": "10.00"},
                                    ],
                                },
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "9f1e2722-0d98-4669-890f-f8f4217c968b",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1573755037865)/",
            "Reports": [
                {
                    "ReportName": "Budget Summary",
                    "ReportType": "BudgetSummary",
                    "ReportTitles": [
                        "Overall Budget",
                        "Budget Summary",
                        "Online Test 11",
                        "November 2019 to October 2022",
                    ],
                    "ReportDate": "14 November 2019",
                    "UpdatedDateUTC": "/Date(1573755037865)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": "Account"},
                                {"Value": "Jan-20"},
                                {"Value": "Apr-20"},
                                {"Value": "Jul-20"},
                                {"Value": "Oct-20"},
                                {"Value": "Jan-21"},
                                {"Value": "Apr-21"},
                                {"Value": "Jul-21"},
                                {"Value": "Oct-21"},
                                {"Value": "Jan-22"},
                                {"Value": "Apr-22"},
                                {"Value": "Jul-22"},
                                {"Value": "Oct-22"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Gross Profit"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total Expenses"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Net Profit"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                    ],
                                }
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "068d3505-ac37-43f3-8135-f912a5963d8a",
            "Status": "OK",
            "ProviderName": "provider-name",
            "DateTimeUTC": "/Date(1573755038314)/",
            "Reports": [
                {
                    "ReportName": "Executive Summary",
                    "ReportType": "ExecutiveSummary",
                    "ReportTitles": [
                        "Executive Summary",
                        "Online Test 11",
                        "For the month of November 2019",
                    ],
                    "ReportDate": "14 November 2019",
                    "UpdatedDateUTC": "/Date(1573755038314)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": ""},
                                {"Value": "Nov 2019"},
                                {"Value": "Oct 2019"},
                                {"Value": "Variance"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Cash",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Cash received"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Cash spent"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Cash surplus (deficit)"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Closing bank balance"},
                                        {"Value": "79.01"},
                                        {"Value": "79.01"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Profitability",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Income"},
                                        {"Value": "40.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Direct costs"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Gross profit (loss)"},
                                        {"Value": "40.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Other Income"},
                                        {"Value": "0.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Expenses"},
                                        {"Value": "205.40"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Profit (loss)"},
                                        {"Value": "-165.40"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Balance Sheet",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Debtors"},
                                        {"Value": "590.00"},
                                        {"Value": "550.00"},
                                        {"Value": "7.3%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Creditors"},
                                        {"Value": "-44.00"},
                                        {"Value": "-44.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Net assets"},
                                        {"Value": "594.16"},
                                        {"Value": "759.56"},
                                        {"Value": "-21.8%"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Income",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Number of invoices issued"},
                                        {"Value": "1"},
                                        {"Value": "0"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Average value of invoices"},
                                        {"Value": "40.00"},
                                        {"Value": "0.00"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Performance",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Gross profit margin"},
                                        {"Value": "100.0%"},
                                        {"Value": ""},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Net profit margin"},
                                        {"Value": "-413.5%"},
                                        {"Value": ""},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Return on investment (p.a.)"},
                                        {"Value": "-334.1%"},
                                        {"Value": "0.0%"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Position",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Average debtors days"},
                                        {"Value": "442.50"},
                                        {"Value": "0"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Average creditors days"},
                                        {"Value": "-6.426484907497565725413826680"},
                                        {"Value": "0"},
                                        {"Value": "0.0%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Short term cash forecast"},
                                        {"Value": "634.00"},
                                        {"Value": "594.00"},
                                        {"Value": "6.7%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Current assets to liabilities"},
                                        {"Value": "4.0729764675459012154124644427"},
                                        {"Value": "-62.034024896265560165975103734"},
                                        {"Value": "106.6%"},
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {"Value": "Term assets to liabilities"},
                                        {"Value": ""},
                                        {"Value": ""},
                                        {"Value": "0.0%"},
                                    ],
                                },
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (200, {}, "json"),
    (200, {}, "json"),
    (
        200,
        {
            "Id": "0b3ee35e-b97c-4b3c-b7e2-9a465233e329",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1556129558740)/",
            "Reports": [
                {
                    "ReportName": "Trial Balance",
                    "ReportType": "TrialBalance",
                    "ReportTitles": [
                        "Trial Balance",
                        "Dev Evangelist - Sid Test 1 (US-2016-06)",
                        "As at 24 April 2019",
                    ],
                    "ReportDate": "24 April 2019",
                    "UpdatedDateUTC": "/Date(1556129558724)/",
                    "Fields": [],
                    "Rows": [
                        {
                            "RowType": "Header",
                            "Cells": [
                                {"Value": "Account"},
                                {"Value": "Debit"},
                                {"Value": "Credit"},
                                {"Value": "YTD Debit"},
                                {"Value": "YTD Credit"},
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Revenue",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Big Expense (002)",
                                            "Attributes": [
                                                {
                                                    "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "80.00",
                                            "Attributes": [
                                                {
                                                    "Value": "da962997-a8bd-4dff-9616-01cdc199283f",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Sales (400)",
                                            "Attributes": [
                                                {
                                                    "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "200.00",
                                            "Attributes": [
                                                {
                                                    "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1020.22",
                                            "Attributes": [
                                                {
                                                    "Value": "02439bca-5fdc-4b62-b281-0bdf9f16fd5b",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Sales-35325 (1302)",
                                            "Attributes": [
                                                {
                                                    "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1000.00",
                                            "Attributes": [
                                                {
                                                    "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1000.00",
                                            "Attributes": [
                                                {
                                                    "Value": "3f50db14-1fe6-450b-bfe8-b2d894f18c62",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Expenses",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Foobar14043 (123)",
                                            "Attributes": [
                                                {
                                                    "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "40.00",
                                            "Attributes": [
                                                {
                                                    "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "d1602f69-f900-4616-8d34-90af393fa368",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "MyExp51937 (1231239)",
                                            "Attributes": [
                                                {
                                                    "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "80.00",
                                            "Attributes": [
                                                {
                                                    "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "90f10e0a-a043-46fe-b87e-630e9a951dae",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Assets",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Accounts Receivable (120)",
                                            "Attributes": [
                                                {
                                                    "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1190.00",
                                            "Attributes": [
                                                {
                                                    "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "36555.04",
                                            "Attributes": [
                                                {
                                                    "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "31ae5bb4-611c-4f89-a369-86e4d56e90b6",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Business Wells Fargo (088)",
                                            "Attributes": [
                                                {
                                                    "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "7639.04",
                                            "Attributes": [
                                                {
                                                    "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "6f7594f2-f059-4d56-9e67-47ac9733bfe9",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Generic Cash Clearing (8003)",
                                            "Attributes": [
                                                {
                                                    "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1443.00",
                                            "Attributes": [
                                                {
                                                    "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f4be973a-25fc-48d0-a7df-7f719f239729",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Generic Credit Card Clearing (8002)",
                                            "Attributes": [
                                                {
                                                    "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "96.49",
                                            "Attributes": [
                                                {
                                                    "Value": "a10867ac-0bc4-4aa5-af00-b9e5b207c6c3",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Generic Inventory (1400)",
                                            "Attributes": [
                                                {
                                                    "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "160.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7422f1b6-619f-488c-89e1-91bdde20216c",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "My Savings (090)",
                                            "Attributes": [
                                                {
                                                    "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "219.92",
                                            "Attributes": [
                                                {
                                                    "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "7e5e243b-9fcd-4aef-8e3a-c70be1e39bfa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Payment Wall Clearing Account (8001)",
                                            "Attributes": [
                                                {
                                                    "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1.00",
                                            "Attributes": [
                                                {
                                                    "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "bc06840c-12c5-4e22-bb57-fef4d64bac10",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Liabilities",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Accounts Payable (200)",
                                            "Attributes": [
                                                {
                                                    "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "9223.00",
                                            "Attributes": [
                                                {
                                                    "Value": "e9132ee7-4dcf-4fad-b76c-86e212af645a",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Deferred Revenue (2300)",
                                            "Attributes": [
                                                {
                                                    "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1854.24",
                                            "Attributes": [
                                                {
                                                    "Value": "f22cd74e-f59d-4f38-a08d-07e14df28c24",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Rounding (260)",
                                            "Attributes": [
                                                {
                                                    "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.01",
                                            "Attributes": [
                                                {
                                                    "Value": "f0072999-8f7c-4b01-bce9-bd9352f98e02",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Sales Tax (220)",
                                            "Attributes": [
                                                {
                                                    "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "1578.35",
                                            "Attributes": [
                                                {
                                                    "Value": "af0be362-45fe-4730-a8af-634c2fb93f4d",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Suspense (250)",
                                            "Attributes": [
                                                {
                                                    "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "10.00",
                                            "Attributes": [
                                                {
                                                    "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "41.00",
                                            "Attributes": [
                                                {
                                                    "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "5ec2f302-cd60-4f8b-a915-9229dd45e6fa",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Unpaid Expense Claims (210)",
                                            "Attributes": [
                                                {
                                                    "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "135.00",
                                            "Attributes": [
                                                {
                                                    "Value": "38e6967d-4da1-4a93-85f1-ea3c93b61041",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                    ],
                                },
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "Equity",
                            "Rows": [
                                {
                                    "RowType": "Row",
                                    "Cells": [
                                        {
                                            "Value": "Retained Earnings (320)",
                                            "Attributes": [
                                                {
                                                    "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                    "Id": "account",
                                                }
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "12/31/2018", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "0.00",
                                            "Attributes": [
                                                {
                                                    "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "12/31/2018", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "",
                                            "Attributes": [
                                                {
                                                    "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "12/31/2018", "Id": "toDate"},
                                            ],
                                        },
                                        {
                                            "Value": "30871.69",
                                            "Attributes": [
                                                {
                                                    "Value": "6ef53919-b47d-4341-b11a-735a3f8a6515",
                                                    "Id": "account",
                                                },
                                                {"Value": "", "Id": "fromDate"},
                                                {"Value": "12/31/2018", "Id": "toDate"},
                                            ],
                                        },
                                    ],
                                }
                            ],
                        },
                        {
                            "RowType": "Section",
                            "Title": "",
                            "Rows": [
                                {
                                    "RowType": "SummaryRow",
                                    "Cells": [
                                        {"Value": "Total"},
                                        {"Value": "1200.00"},
                                        {"Value": "1200.00"},
                                        {"Value": "46019.00"},
                                        {"Value": "46019.00"},
                                    ],
                                }
                            ],
                        },
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "80dcb65b-4d14-4350-84e6-1438a809244a",
            "Status": "OK",
            "ProviderName": "Java Public Example",
            "DateTimeUTC": "/Date(1604457589645)/",
            "ImportSummary": {
                "Accounts": {
                    "Total": 17,
                    "New": 0,
                    "Updated": 8,
                    "Deleted": 0,
                    "Locked": 0,
                    "System": 9,
                    "Errored": 0,
                    "Present": True,
                    "NewOrUpdated": 8,
                },
                "Organisation": {"Present": False},
            },
        },
        "json",
    ),
    (
        200,
        {
            "Id": "455d494d-9706-465b-b584-7086ca406b27",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555086839841)/",
            "TaxRates": [
                {
                    "Name": "15% GST on Expenses",
                    "TaxType": "INPUT2",
                    "ReportTaxType": "INPUT",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": True,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": False,
                    "DisplayTaxRate": 15.0,
                    "EffectiveRate": 15.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {
                            "Name": "GST",
                            "Rate": 15.0,
                            "IsCompound": False,
                            "IsNonRecoverable": False,
                        }
                    ],
                },
                {
                    "Name": "15% GST on Income",
                    "TaxType": "OUTPUT2",
                    "ReportTaxType": "OUTPUT",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": False,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": True,
                    "DisplayTaxRate": 15.0,
                    "EffectiveRate": 15.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {
                            "Name": "GST",
                            "Rate": 15.0,
                            "IsCompound": False,
                            "IsNonRecoverable": False,
                        }
                    ],
                },
                {
                    "Name": "GST on Imports",
                    "TaxType": "GSTONIMPORTS",
                    "ReportTaxType": "GSTONIMPORTS",
                    "CanApplyToAssets": False,
                    "CanApplyToEquity": False,
                    "CanApplyToExpenses": False,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": False,
                    "DisplayTaxRate": 0.0,
                    "EffectiveRate": 0.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                    ],
                },
                {
                    "Name": "No GST",
                    "TaxType": "NONE",
                    "ReportTaxType": "NONE",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": True,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": True,
                    "DisplayTaxRate": 0.0,
                    "EffectiveRate": 0.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                    ],
                },
                {
                    "Name": "Zero Rated",
                    "TaxType": "ZERORATED",
                    "ReportTaxType": "OUTPUT",
                    "CanApplyToAssets": False,
                    "CanApplyToEquity": False,
                    "CanApplyToExpenses": False,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": True,
                    "DisplayTaxRate": 0.0,
                    "EffectiveRate": 0.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {"Name": "GST", "Rate": 0.0, "IsCompound": False, "IsNonRecoverable": False}
                    ],
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "9d2c5e56-fab4-450b-a5ff-d47409508eab",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555086839080)/",
            "TaxRates": [
                {
                    "Name": "SDKTax29067",
                    "TaxType": "TAX002",
                    "ReportTaxType": "INPUT",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": True,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": False,
                    "DisplayTaxRate": 2.25,
                    "EffectiveRate": 2.25,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {
                            "Name": "State Tax",
                            "Rate": 2.25,
                            "IsCompound": False,
                            "IsNonRecoverable": False,
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "12f4c453-2e25-41aa-a52f-6faaf6c05832",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555086839658)/",
            "TaxRates": [
                {
                    "Name": "SDKTax29067",
                    "TaxType": "TAX002",
                    "ReportTaxType": "INPUT",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": True,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": False,
                    "DisplayTaxRate": 2.25,
                    "EffectiveRate": 2.25,
                    "Status": "DELETED",
                    "TaxComponents": [
                        {
                            "Name": "State Tax",
                            "Rate": 2.25,
                            "IsCompound": False,
                            "IsNonRecoverable": False,
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "455d494d-9706-465b-b584-7086ca406b27",
            "Status": "OK",
            "ProviderName": "Xero API Partner",
            "DateTimeUTC": "/Date(1550797359081)/",
            "TaxRates": [
                {
                    "Name": "15% GST on Expenses",
                    "TaxType": "INPUT2",
                    "ReportTaxType": "INPUT",
                    "CanApplyToAssets": True,
                    "CanApplyToEquity": True,
                    "CanApplyToExpenses": True,
                    "CanApplyToLiabilities": True,
                    "CanApplyToRevenue": False,
                    "DisplayTaxRate": 15.0,
                    "EffectiveRate": 15.0,
                    "Status": "ACTIVE",
                    "TaxComponents": [
                        {
                            "Name": "GST",
                            "Rate": 15.0,
                            "IsCompound": False,
                            "IsNonRecoverable": False,
                        }
                    ],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "cec55068-8061-48e5-ac83-c77e7c54cf3d",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085855047)/",
            "TrackingCategories": [
                {
                    "Name": "BarFoo",
                    "Status": "ACTIVE",
                    "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                    "Options": [],
                },
                {
                    "Name": "HelloWorld",
                    "Status": "ACTIVE",
                    "TrackingCategoryID": "0c9fce3e-a111-4d99-803a-62cf3f40e633",
                    "Options": [],
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "1a9f8e03-9916-4a42-93a9-e8fa4902d49c",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085855988)/",
            "TrackingCategories": [
                {
                    "Name": "FooBar",
                    "Status": "ACTIVE",
                    "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                    "Options": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "b75b8862-39c0-45a8-82b8-30ab4831996b",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085855442)/",
            "TrackingCategories": [
                {
                    "Name": "Foo41157",
                    "Status": "DELETED",
                    "TrackingCategoryID": "22f10184-0deb-44ae-a312-b1f6ea70e51f",
                    "Options": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "55438774-f87d-4731-b586-799cf0f914ed",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085856275)/",
            "TrackingCategories": [
                {
                    "Name": "BarFoo",
                    "Status": "ACTIVE",
                    "TrackingCategoryID": "b1df776b-b093-4730-b6ea-590cca40e723",
                    "Options": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "ca7f8145-c8a5-4366-a2fb-784edc0cfbb7",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555086457922)/",
            "TrackingCategories": [
                {
                    "Name": "Foo46189",
                    "Status": "DELETED",
                    "TrackingCategoryID": "0390bdfd-94f2-49d6-b7a0-4a38c46ebf03",
                    "Options": [],
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "923be702-d124-4f5c-a568-760906538d8e",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085857061)/",
            "Options": [
                {
                    "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                    "Name": "Bar40423",
                    "Status": "ACTIVE",
                    "HasValidationErrors": False,
                    "IsDeleted": False,
                    "IsArchived": False,
                    "IsActive": True,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "923be702-d124-4f5c-a568-760906538d8e",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085857061)/",
            "Options": [
                {
                    "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                    "Name": "Bar40423",
                    "Status": "ACTIVE",
                    "HasValidationErrors": False,
                    "IsDeleted": False,
                    "IsArchived": False,
                    "IsActive": True,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "d985866e-0831-418f-a07c-4d843ff66d25",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1555085857338)/",
            "Options": [
                {
                    "TrackingOptionID": "34669548-b989-487a-979f-0787d04568a2",
                    "Name": "Bar40423",
                    "Status": "DELETED",
                    "HasValidationErrors": False,
                    "IsDeleted": True,
                    "IsArchived": False,
                    "IsActive": False,
                }
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "17932a4e-4948-4d50-8672-4ef0e1dd90c5",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553880796393)/",
            "Users": [
                {
                    "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                    "EmailAddress": "test@email.com",
                    "FirstName": "Test",
                    "LastName": "Xero",
                    "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                    "IsSubscriber": False,
                    "OrganisationRole": "FINANCIALADVISER",
                },
                {
                    "UserID": "d1164823-0ac1-41ad-987b-b4e30fe0b273",
                    "EmailAddress": "api@xero.com",
                    "FirstName": "API ",
                    "LastName": "Team",
                    "UpdatedDateUTC": "/Date(1511957179217+0000)/",
                    "IsSubscriber": True,
                    "OrganisationRole": "FINANCIALADVISER",
                },
            ],
        },
        "json",
    ),
    (
        200,
        {
            "Id": "51250ce8-1b35-4ba4-b404-dc94ff75bd87",
            "Status": "OK",
            "ProviderName": "Provider Name Example",
            "DateTimeUTC": "/Date(1553880796732)/",
            "Users": [
                {
                    "UserID": "3c37ef1d-cd49-4589-9787-3c418ed8b6ac",
                    "EmailAddress": "test@email.com",
                    "FirstName": "Test",
                    "LastName": "Xero",
                    "UpdatedDateUTC": "/Date(1508523261613+0000)/",
                    "IsSubscriber": False,
                    "OrganisationRole": "FINANCIALADVISER",
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
