"""The Xero Accounting API clients. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from types import TracebackType
from typing import Self

import httpx

from ._runtime import AsyncCore, ClientConfig, SyncCore
from ._runtime.auth import Auth, BearerAuth, CredentialSource, credential
from .errors import ERRORS
from .resources.accounts import AccountsResource, AsyncAccountsResource
from .resources.bank_transactions import AsyncBankTransactionsResource, BankTransactionsResource
from .resources.bank_transfers import AsyncBankTransfersResource, BankTransfersResource
from .resources.batch_payments import AsyncBatchPaymentsResource, BatchPaymentsResource
from .resources.branding_themes import AsyncBrandingThemesResource, BrandingThemesResource
from .resources.budgets import AsyncBudgetsResource, BudgetsResource
from .resources.contact_groups import AsyncContactGroupsResource, ContactGroupsResource
from .resources.contacts import AsyncContactsResource, ContactsResource
from .resources.credit_notes import AsyncCreditNotesResource, CreditNotesResource
from .resources.currencies import AsyncCurrenciesResource, CurrenciesResource
from .resources.expense_claims import AsyncExpenseClaimsResource, ExpenseClaimsResource
from .resources.invoice_reminders import AsyncInvoiceRemindersResource, InvoiceRemindersResource
from .resources.invoices import AsyncInvoicesResource, InvoicesResource
from .resources.items import AsyncItemsResource, ItemsResource
from .resources.journals import AsyncJournalsResource, JournalsResource
from .resources.linked_transactions import (
    AsyncLinkedTransactionsResource,
    LinkedTransactionsResource,
)
from .resources.manual_journals import AsyncManualJournalsResource, ManualJournalsResource
from .resources.organisation import AsyncOrganisationResource, OrganisationResource
from .resources.overpayments import AsyncOverpaymentsResource, OverpaymentsResource
from .resources.payment_services import AsyncPaymentServicesResource, PaymentServicesResource
from .resources.payments import AsyncPaymentsResource, PaymentsResource
from .resources.prepayments import AsyncPrepaymentsResource, PrepaymentsResource
from .resources.purchase_orders import AsyncPurchaseOrdersResource, PurchaseOrdersResource
from .resources.quotes import AsyncQuotesResource, QuotesResource
from .resources.receipts import AsyncReceiptsResource, ReceiptsResource
from .resources.repeating_invoices import AsyncRepeatingInvoicesResource, RepeatingInvoicesResource
from .resources.reports import AsyncReportsResource, ReportsResource
from .resources.setup import AsyncSetupResource, SetupResource
from .resources.tax_rates import AsyncTaxRatesResource, TaxRatesResource
from .resources.tracking_categories import (
    AsyncTrackingCategoriesResource,
    TrackingCategoriesResource,
)
from .resources.users import AsyncUsersResource, UsersResource

__all__ = ["AsyncClient", "Client", "Environment"]


class Environment(str, Enum):
    """The servers the API documents; pick one, or give `base_url`."""

    PRODUCTION = "https://api.xero.com/api.xro/2.0"


def _config(
    *,
    access_token: CredentialSource | None,
    base_url: str,
    timeout: float | httpx.Timeout,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
) -> ClientConfig:
    auth: dict[str, Auth] = {}
    _value = credential(access_token, "XERO_ACCESS_TOKEN")
    if _value is not None:
        auth["OAuth2"] = BearerAuth(_value)
    return ClientConfig(
        base_url=base_url,
        auth=auth,
        errors=ERRORS,
        logger_name="xero_accounting",
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        idempotency_header=None,
        user_agent="xero-accounting-client/0.1.0",
        auth_env={"OAuth2": "XERO_ACCESS_TOKEN"},
        rate_limit_headers={
            "minute": {"remaining": "X-MinLimit-Remaining", "limit": 60},
            "day": {"remaining": "X-DayLimit-Remaining", "limit": 5000},
            "app_minute": {"remaining": "X-AppMinLimit-Remaining", "limit": 10000},
        },
    )


def _base_url(environment: Environment | str, base_url: str | None) -> str:
    if base_url is not None:
        return base_url
    return (
        environment.value
        if isinstance(environment, Environment)
        else Environment(environment).value
    )


class Client:
    """Client for the Xero Accounting API (version 16.1.0).

    Typed Python client for the whole Xero Accounting API.
    """

    accounts: AccountsResource
    bank_transactions: BankTransactionsResource
    bank_transfers: BankTransfersResource
    batch_payments: BatchPaymentsResource
    branding_themes: BrandingThemesResource
    budgets: BudgetsResource
    contact_groups: ContactGroupsResource
    contacts: ContactsResource
    credit_notes: CreditNotesResource
    currencies: CurrenciesResource
    expense_claims: ExpenseClaimsResource
    invoice_reminders: InvoiceRemindersResource
    invoices: InvoicesResource
    items: ItemsResource
    journals: JournalsResource
    linked_transactions: LinkedTransactionsResource
    manual_journals: ManualJournalsResource
    organisation: OrganisationResource
    overpayments: OverpaymentsResource
    payment_services: PaymentServicesResource
    payments: PaymentsResource
    prepayments: PrepaymentsResource
    purchase_orders: PurchaseOrdersResource
    quotes: QuotesResource
    receipts: ReceiptsResource
    repeating_invoices: RepeatingInvoicesResource
    reports: ReportsResource
    setup: SetupResource
    tax_rates: TaxRatesResource
    tracking_categories: TrackingCategoriesResource
    users: UsersResource

    def __init__(
        self,
        *,
        access_token: str | Callable[[], str] | None = None,
        environment: Environment | str = Environment.PRODUCTION,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 60.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            access_token: For more information (env XERO_ACCESS_TOKEN); or a callable that returns it, asked at each request
            environment: the server to talk to (default PRODUCTION).
            base_url: a URL that overrides the environment.
            timeout: seconds (or an httpx.Timeout) for each request.
            max_retries: retries of a failed request that is safe to repeat.
            default_headers: headers sent with every request.
            http_client: an httpx.Client to use (the caller closes it).
        """
        config = _config(
            access_token=access_token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._core = SyncCore(config, http_client)
        self.accounts = AccountsResource(self._core)
        self.bank_transactions = BankTransactionsResource(self._core)
        self.bank_transfers = BankTransfersResource(self._core)
        self.batch_payments = BatchPaymentsResource(self._core)
        self.branding_themes = BrandingThemesResource(self._core)
        self.budgets = BudgetsResource(self._core)
        self.contact_groups = ContactGroupsResource(self._core)
        self.contacts = ContactsResource(self._core)
        self.credit_notes = CreditNotesResource(self._core)
        self.currencies = CurrenciesResource(self._core)
        self.expense_claims = ExpenseClaimsResource(self._core)
        self.invoice_reminders = InvoiceRemindersResource(self._core)
        self.invoices = InvoicesResource(self._core)
        self.items = ItemsResource(self._core)
        self.journals = JournalsResource(self._core)
        self.linked_transactions = LinkedTransactionsResource(self._core)
        self.manual_journals = ManualJournalsResource(self._core)
        self.organisation = OrganisationResource(self._core)
        self.overpayments = OverpaymentsResource(self._core)
        self.payment_services = PaymentServicesResource(self._core)
        self.payments = PaymentsResource(self._core)
        self.prepayments = PrepaymentsResource(self._core)
        self.purchase_orders = PurchaseOrdersResource(self._core)
        self.quotes = QuotesResource(self._core)
        self.receipts = ReceiptsResource(self._core)
        self.repeating_invoices = RepeatingInvoicesResource(self._core)
        self.reports = ReportsResource(self._core)
        self.setup = SetupResource(self._core)
        self.tax_rates = TaxRatesResource(self._core)
        self.tracking_categories = TrackingCategoriesResource(self._core)
        self.users = UsersResource(self._core)

    def close(self) -> None:
        """Close the connections the client opened."""
        self._core.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient:
    """Client for the Xero Accounting API (version 16.1.0).

    Typed Python client for the whole Xero Accounting API.
    """

    accounts: AsyncAccountsResource
    bank_transactions: AsyncBankTransactionsResource
    bank_transfers: AsyncBankTransfersResource
    batch_payments: AsyncBatchPaymentsResource
    branding_themes: AsyncBrandingThemesResource
    budgets: AsyncBudgetsResource
    contact_groups: AsyncContactGroupsResource
    contacts: AsyncContactsResource
    credit_notes: AsyncCreditNotesResource
    currencies: AsyncCurrenciesResource
    expense_claims: AsyncExpenseClaimsResource
    invoice_reminders: AsyncInvoiceRemindersResource
    invoices: AsyncInvoicesResource
    items: AsyncItemsResource
    journals: AsyncJournalsResource
    linked_transactions: AsyncLinkedTransactionsResource
    manual_journals: AsyncManualJournalsResource
    organisation: AsyncOrganisationResource
    overpayments: AsyncOverpaymentsResource
    payment_services: AsyncPaymentServicesResource
    payments: AsyncPaymentsResource
    prepayments: AsyncPrepaymentsResource
    purchase_orders: AsyncPurchaseOrdersResource
    quotes: AsyncQuotesResource
    receipts: AsyncReceiptsResource
    repeating_invoices: AsyncRepeatingInvoicesResource
    reports: AsyncReportsResource
    setup: AsyncSetupResource
    tax_rates: AsyncTaxRatesResource
    tracking_categories: AsyncTrackingCategoriesResource
    users: AsyncUsersResource

    def __init__(
        self,
        *,
        access_token: str | Callable[[], str | Awaitable[str]] | None = None,
        environment: Environment | str = Environment.PRODUCTION,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 60.0,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create an async client; the arguments are those of `Client`."""
        config = _config(
            access_token=access_token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._core = AsyncCore(config, http_client)
        self.accounts = AsyncAccountsResource(self._core)
        self.bank_transactions = AsyncBankTransactionsResource(self._core)
        self.bank_transfers = AsyncBankTransfersResource(self._core)
        self.batch_payments = AsyncBatchPaymentsResource(self._core)
        self.branding_themes = AsyncBrandingThemesResource(self._core)
        self.budgets = AsyncBudgetsResource(self._core)
        self.contact_groups = AsyncContactGroupsResource(self._core)
        self.contacts = AsyncContactsResource(self._core)
        self.credit_notes = AsyncCreditNotesResource(self._core)
        self.currencies = AsyncCurrenciesResource(self._core)
        self.expense_claims = AsyncExpenseClaimsResource(self._core)
        self.invoice_reminders = AsyncInvoiceRemindersResource(self._core)
        self.invoices = AsyncInvoicesResource(self._core)
        self.items = AsyncItemsResource(self._core)
        self.journals = AsyncJournalsResource(self._core)
        self.linked_transactions = AsyncLinkedTransactionsResource(self._core)
        self.manual_journals = AsyncManualJournalsResource(self._core)
        self.organisation = AsyncOrganisationResource(self._core)
        self.overpayments = AsyncOverpaymentsResource(self._core)
        self.payment_services = AsyncPaymentServicesResource(self._core)
        self.payments = AsyncPaymentsResource(self._core)
        self.prepayments = AsyncPrepaymentsResource(self._core)
        self.purchase_orders = AsyncPurchaseOrdersResource(self._core)
        self.quotes = AsyncQuotesResource(self._core)
        self.receipts = AsyncReceiptsResource(self._core)
        self.repeating_invoices = AsyncRepeatingInvoicesResource(self._core)
        self.reports = AsyncReportsResource(self._core)
        self.setup = AsyncSetupResource(self._core)
        self.tax_rates = AsyncTaxRatesResource(self._core)
        self.tracking_categories = AsyncTrackingCategoriesResource(self._core)
        self.users = AsyncUsersResource(self._core)

    async def close(self) -> None:
        """Close the connections the client opened."""
        await self._core.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
