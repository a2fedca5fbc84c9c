"""The Xero Accounting API clients. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._runtime import (
    AsyncCore,
    Auth,
    BearerAuth,
    ClientConfig,
    CredentialSource,
    SyncCore,
    credential,
)
from .errors import ERRORS

if TYPE_CHECKING:
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
    from .resources.repeating_invoices import (
        AsyncRepeatingInvoicesResource,
        RepeatingInvoicesResource,
    )
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
    strict_response_validation: bool,
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
        user_agent="xero-accounting-client/0.2.0",
        auth_env={"OAuth2": "XERO_ACCESS_TOKEN"},
        rate_limit_headers={
            "minute": {"remaining": "X-MinLimit-Remaining", "limit": 60},
            "day": {"remaining": "X-DayLimit-Remaining", "limit": 5000},
            "app_minute": {"remaining": "X-AppMinLimit-Remaining", "limit": 10000},
        },
        strict_response_validation=strict_response_validation,
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
        strict_response_validation: bool = False,
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
            strict_response_validation: raise `ResponseValidationError` when a response
                deviates from its documented type, instead of keeping the values received
                and logging a warning.
        """
        config = _config(
            access_token=access_token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._core = SyncCore(config, http_client)

    @cached_property
    def accounts(self) -> AccountsResource:
        """The `accounts` operations (their module is imported on first use)."""
        from .resources.accounts import AccountsResource

        return AccountsResource(self._core)

    @cached_property
    def bank_transactions(self) -> BankTransactionsResource:
        """The `bank_transactions` operations (their module is imported on first use)."""
        from .resources.bank_transactions import BankTransactionsResource

        return BankTransactionsResource(self._core)

    @cached_property
    def bank_transfers(self) -> BankTransfersResource:
        """The `bank_transfers` operations (their module is imported on first use)."""
        from .resources.bank_transfers import BankTransfersResource

        return BankTransfersResource(self._core)

    @cached_property
    def batch_payments(self) -> BatchPaymentsResource:
        """The `batch_payments` operations (their module is imported on first use)."""
        from .resources.batch_payments import BatchPaymentsResource

        return BatchPaymentsResource(self._core)

    @cached_property
    def branding_themes(self) -> BrandingThemesResource:
        """The `branding_themes` operations (their module is imported on first use)."""
        from .resources.branding_themes import BrandingThemesResource

        return BrandingThemesResource(self._core)

    @cached_property
    def budgets(self) -> BudgetsResource:
        """The `budgets` operations (their module is imported on first use)."""
        from .resources.budgets import BudgetsResource

        return BudgetsResource(self._core)

    @cached_property
    def contact_groups(self) -> ContactGroupsResource:
        """The `contact_groups` operations (their module is imported on first use)."""
        from .resources.contact_groups import ContactGroupsResource

        return ContactGroupsResource(self._core)

    @cached_property
    def contacts(self) -> ContactsResource:
        """The `contacts` operations (their module is imported on first use)."""
        from .resources.contacts import ContactsResource

        return ContactsResource(self._core)

    @cached_property
    def credit_notes(self) -> CreditNotesResource:
        """The `credit_notes` operations (their module is imported on first use)."""
        from .resources.credit_notes import CreditNotesResource

        return CreditNotesResource(self._core)

    @cached_property
    def currencies(self) -> CurrenciesResource:
        """The `currencies` operations (their module is imported on first use)."""
        from .resources.currencies import CurrenciesResource

        return CurrenciesResource(self._core)

    @cached_property
    def expense_claims(self) -> ExpenseClaimsResource:
        """The `expense_claims` operations (their module is imported on first use)."""
        from .resources.expense_claims import ExpenseClaimsResource

        return ExpenseClaimsResource(self._core)

    @cached_property
    def invoice_reminders(self) -> InvoiceRemindersResource:
        """The `invoice_reminders` operations (their module is imported on first use)."""
        from .resources.invoice_reminders import InvoiceRemindersResource

        return InvoiceRemindersResource(self._core)

    @cached_property
    def invoices(self) -> InvoicesResource:
        """The `invoices` operations (their module is imported on first use)."""
        from .resources.invoices import InvoicesResource

        return InvoicesResource(self._core)

    @cached_property
    def items(self) -> ItemsResource:
        """The `items` operations (their module is imported on first use)."""
        from .resources.items import ItemsResource

        return ItemsResource(self._core)

    @cached_property
    def journals(self) -> JournalsResource:
        """The `journals` operations (their module is imported on first use)."""
        from .resources.journals import JournalsResource

        return JournalsResource(self._core)

    @cached_property
    def linked_transactions(self) -> LinkedTransactionsResource:
        """The `linked_transactions` operations (their module is imported on first use)."""
        from .resources.linked_transactions import LinkedTransactionsResource

        return LinkedTransactionsResource(self._core)

    @cached_property
    def manual_journals(self) -> ManualJournalsResource:
        """The `manual_journals` operations (their module is imported on first use)."""
        from .resources.manual_journals import ManualJournalsResource

        return ManualJournalsResource(self._core)

    @cached_property
    def organisation(self) -> OrganisationResource:
        """The `organisation` operations (their module is imported on first use)."""
        from .resources.organisation import OrganisationResource

        return OrganisationResource(self._core)

    @cached_property
    def overpayments(self) -> OverpaymentsResource:
        """The `overpayments` operations (their module is imported on first use)."""
        from .resources.overpayments import OverpaymentsResource

        return OverpaymentsResource(self._core)

    @cached_property
    def payment_services(self) -> PaymentServicesResource:
        """The `payment_services` operations (their module is imported on first use)."""
        from .resources.payment_services import PaymentServicesResource

        return PaymentServicesResource(self._core)

    @cached_property
    def payments(self) -> PaymentsResource:
        """The `payments` operations (their module is imported on first use)."""
        from .resources.payments import PaymentsResource

        return PaymentsResource(self._core)

    @cached_property
    def prepayments(self) -> PrepaymentsResource:
        """The `prepayments` operations (their module is imported on first use)."""
        from .resources.prepayments import PrepaymentsResource

        return PrepaymentsResource(self._core)

    @cached_property
    def purchase_orders(self) -> PurchaseOrdersResource:
        """The `purchase_orders` operations (their module is imported on first use)."""
        from .resources.purchase_orders import PurchaseOrdersResource

        return PurchaseOrdersResource(self._core)

    @cached_property
    def quotes(self) -> QuotesResource:
        """The `quotes` operations (their module is imported on first use)."""
        from .resources.quotes import QuotesResource

        return QuotesResource(self._core)

    @cached_property
    def receipts(self) -> ReceiptsResource:
        """The `receipts` operations (their module is imported on first use)."""
        from .resources.receipts import ReceiptsResource

        return ReceiptsResource(self._core)

    @cached_property
    def repeating_invoices(self) -> RepeatingInvoicesResource:
        """The `repeating_invoices` operations (their module is imported on first use)."""
        from .resources.repeating_invoices import RepeatingInvoicesResource

        return RepeatingInvoicesResource(self._core)

    @cached_property
    def reports(self) -> ReportsResource:
        """The `reports` operations (their module is imported on first use)."""
        from .resources.reports import ReportsResource

        return ReportsResource(self._core)

    @cached_property
    def setup(self) -> SetupResource:
        """The `setup` operations (their module is imported on first use)."""
        from .resources.setup import SetupResource

        return SetupResource(self._core)

    @cached_property
    def tax_rates(self) -> TaxRatesResource:
        """The `tax_rates` operations (their module is imported on first use)."""
        from .resources.tax_rates import TaxRatesResource

        return TaxRatesResource(self._core)

    @cached_property
    def tracking_categories(self) -> TrackingCategoriesResource:
        """The `tracking_categories` operations (their module is imported on first use)."""
        from .resources.tracking_categories import TrackingCategoriesResource

        return TrackingCategoriesResource(self._core)

    @cached_property
    def users(self) -> UsersResource:
        """The `users` operations (their module is imported on first use)."""
        from .resources.users import UsersResource

        return UsersResource(self._core)

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
        strict_response_validation: bool = False,
    ) -> None:
        """Create an async client; the arguments are those of `Client`."""
        config = _config(
            access_token=access_token,
            base_url=_base_url(environment, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._core = AsyncCore(config, http_client)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        """The `accounts` operations (their module is imported on first use)."""
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._core)

    @cached_property
    def bank_transactions(self) -> AsyncBankTransactionsResource:
        """The `bank_transactions` operations (their module is imported on first use)."""
        from .resources.bank_transactions import AsyncBankTransactionsResource

        return AsyncBankTransactionsResource(self._core)

    @cached_property
    def bank_transfers(self) -> AsyncBankTransfersResource:
        """The `bank_transfers` operations (their module is imported on first use)."""
        from .resources.bank_transfers import AsyncBankTransfersResource

        return AsyncBankTransfersResource(self._core)

    @cached_property
    def batch_payments(self) -> AsyncBatchPaymentsResource:
        """The `batch_payments` operations (their module is imported on first use)."""
        from .resources.batch_payments import AsyncBatchPaymentsResource

        return AsyncBatchPaymentsResource(self._core)

    @cached_property
    def branding_themes(self) -> AsyncBrandingThemesResource:
        """The `branding_themes` operations (their module is imported on first use)."""
        from .resources.branding_themes import AsyncBrandingThemesResource

        return AsyncBrandingThemesResource(self._core)

    @cached_property
    def budgets(self) -> AsyncBudgetsResource:
        """The `budgets` operations (their module is imported on first use)."""
        from .resources.budgets import AsyncBudgetsResource

        return AsyncBudgetsResource(self._core)

    @cached_property
    def contact_groups(self) -> AsyncContactGroupsResource:
        """The `contact_groups` operations (their module is imported on first use)."""
        from .resources.contact_groups import AsyncContactGroupsResource

        return AsyncContactGroupsResource(self._core)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """The `contacts` operations (their module is imported on first use)."""
        from .resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self._core)

    @cached_property
    def credit_notes(self) -> AsyncCreditNotesResource:
        """The `credit_notes` operations (their module is imported on first use)."""
        from .resources.credit_notes import AsyncCreditNotesResource

        return AsyncCreditNotesResource(self._core)

    @cached_property
    def currencies(self) -> AsyncCurrenciesResource:
        """The `currencies` operations (their module is imported on first use)."""
        from .resources.currencies import AsyncCurrenciesResource

        return AsyncCurrenciesResource(self._core)

    @cached_property
    def expense_claims(self) -> AsyncExpenseClaimsResource:
        """The `expense_claims` operations (their module is imported on first use)."""
        from .resources.expense_claims import AsyncExpenseClaimsResource

        return AsyncExpenseClaimsResource(self._core)

    @cached_property
    def invoice_reminders(self) -> AsyncInvoiceRemindersResource:
        """The `invoice_reminders` operations (their module is imported on first use)."""
        from .resources.invoice_reminders import AsyncInvoiceRemindersResource

        return AsyncInvoiceRemindersResource(self._core)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        """The `invoices` operations (their module is imported on first use)."""
        from .resources.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self._core)

    @cached_property
    def items(self) -> AsyncItemsResource:
        """The `items` operations (their module is imported on first use)."""
        from .resources.items import AsyncItemsResource

        return AsyncItemsResource(self._core)

    @cached_property
    def journals(self) -> AsyncJournalsResource:
        """The `journals` operations (their module is imported on first use)."""
        from .resources.journals import AsyncJournalsResource

        return AsyncJournalsResource(self._core)

    @cached_property
    def linked_transactions(self) -> AsyncLinkedTransactionsResource:
        """The `linked_transactions` operations (their module is imported on first use)."""
        from .resources.linked_transactions import AsyncLinkedTransactionsResource

        return AsyncLinkedTransactionsResource(self._core)

    @cached_property
    def manual_journals(self) -> AsyncManualJournalsResource:
        """The `manual_journals` operations (their module is imported on first use)."""
        from .resources.manual_journals import AsyncManualJournalsResource

        return AsyncManualJournalsResource(self._core)

    @cached_property
    def organisation(self) -> AsyncOrganisationResource:
        """The `organisation` operations (their module is imported on first use)."""
        from .resources.organisation import AsyncOrganisationResource

        return AsyncOrganisationResource(self._core)

    @cached_property
    def overpayments(self) -> AsyncOverpaymentsResource:
        """The `overpayments` operations (their module is imported on first use)."""
        from .resources.overpayments import AsyncOverpaymentsResource

        return AsyncOverpaymentsResource(self._core)

    @cached_property
    def payment_services(self) -> AsyncPaymentServicesResource:
        """The `payment_services` operations (their module is imported on first use)."""
        from .resources.payment_services import AsyncPaymentServicesResource

        return AsyncPaymentServicesResource(self._core)

    @cached_property
    def payments(self) -> AsyncPaymentsResource:
        """The `payments` operations (their module is imported on first use)."""
        from .resources.payments import AsyncPaymentsResource

        return AsyncPaymentsResource(self._core)

    @cached_property
    def prepayments(self) -> AsyncPrepaymentsResource:
        """The `prepayments` operations (their module is imported on first use)."""
        from .resources.prepayments import AsyncPrepaymentsResource

        return AsyncPrepaymentsResource(self._core)

    @cached_property
    def purchase_orders(self) -> AsyncPurchaseOrdersResource:
        """The `purchase_orders` operations (their module is imported on first use)."""
        from .resources.purchase_orders import AsyncPurchaseOrdersResource

        return AsyncPurchaseOrdersResource(self._core)

    @cached_property
    def quotes(self) -> AsyncQuotesResource:
        """The `quotes` operations (their module is imported on first use)."""
        from .resources.quotes import AsyncQuotesResource

        return AsyncQuotesResource(self._core)

    @cached_property
    def receipts(self) -> AsyncReceiptsResource:
        """The `receipts` operations (their module is imported on first use)."""
        from .resources.receipts import AsyncReceiptsResource

        return AsyncReceiptsResource(self._core)

    @cached_property
    def repeating_invoices(self) -> AsyncRepeatingInvoicesResource:
        """The `repeating_invoices` operations (their module is imported on first use)."""
        from .resources.repeating_invoices import AsyncRepeatingInvoicesResource

        return AsyncRepeatingInvoicesResource(self._core)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        """The `reports` operations (their module is imported on first use)."""
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self._core)

    @cached_property
    def setup(self) -> AsyncSetupResource:
        """The `setup` operations (their module is imported on first use)."""
        from .resources.setup import AsyncSetupResource

        return AsyncSetupResource(self._core)

    @cached_property
    def tax_rates(self) -> AsyncTaxRatesResource:
        """The `tax_rates` operations (their module is imported on first use)."""
        from .resources.tax_rates import AsyncTaxRatesResource

        return AsyncTaxRatesResource(self._core)

    @cached_property
    def tracking_categories(self) -> AsyncTrackingCategoriesResource:
        """The `tracking_categories` operations (their module is imported on first use)."""
        from .resources.tracking_categories import AsyncTrackingCategoriesResource

        return AsyncTrackingCategoriesResource(self._core)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """The `users` operations (their module is imported on first use)."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._core)

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
