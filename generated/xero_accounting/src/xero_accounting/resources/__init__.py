"""Resources: one class per group of operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounts import AccountsResource, AsyncAccountsResource
    from .bank_transactions import AsyncBankTransactionsResource, BankTransactionsResource
    from .bank_transfers import AsyncBankTransfersResource, BankTransfersResource
    from .batch_payments import AsyncBatchPaymentsResource, BatchPaymentsResource
    from .branding_themes import AsyncBrandingThemesResource, BrandingThemesResource
    from .budgets import AsyncBudgetsResource, BudgetsResource
    from .contact_groups import AsyncContactGroupsResource, ContactGroupsResource
    from .contacts import AsyncContactsResource, ContactsResource
    from .credit_notes import AsyncCreditNotesResource, CreditNotesResource
    from .currencies import AsyncCurrenciesResource, CurrenciesResource
    from .expense_claims import AsyncExpenseClaimsResource, ExpenseClaimsResource
    from .invoice_reminders import AsyncInvoiceRemindersResource, InvoiceRemindersResource
    from .invoices import AsyncInvoicesResource, InvoicesResource
    from .items import AsyncItemsResource, ItemsResource
    from .journals import AsyncJournalsResource, JournalsResource
    from .linked_transactions import AsyncLinkedTransactionsResource, LinkedTransactionsResource
    from .manual_journals import AsyncManualJournalsResource, ManualJournalsResource
    from .organisation import AsyncOrganisationResource, OrganisationResource
    from .overpayments import AsyncOverpaymentsResource, OverpaymentsResource
    from .payment_services import AsyncPaymentServicesResource, PaymentServicesResource
    from .payments import AsyncPaymentsResource, PaymentsResource
    from .prepayments import AsyncPrepaymentsResource, PrepaymentsResource
    from .purchase_orders import AsyncPurchaseOrdersResource, PurchaseOrdersResource
    from .quotes import AsyncQuotesResource, QuotesResource
    from .receipts import AsyncReceiptsResource, ReceiptsResource
    from .repeating_invoices import AsyncRepeatingInvoicesResource, RepeatingInvoicesResource
    from .reports import AsyncReportsResource, ReportsResource
    from .setup import AsyncSetupResource, SetupResource
    from .tax_rates import AsyncTaxRatesResource, TaxRatesResource
    from .tracking_categories import AsyncTrackingCategoriesResource, TrackingCategoriesResource
    from .users import AsyncUsersResource, UsersResource

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AsyncBankTransactionsResource",
    "AsyncBankTransfersResource",
    "AsyncBatchPaymentsResource",
    "AsyncBrandingThemesResource",
    "AsyncBudgetsResource",
    "AsyncContactGroupsResource",
    "AsyncContactsResource",
    "AsyncCreditNotesResource",
    "AsyncCurrenciesResource",
    "AsyncExpenseClaimsResource",
    "AsyncInvoiceRemindersResource",
    "AsyncInvoicesResource",
    "AsyncItemsResource",
    "AsyncJournalsResource",
    "AsyncLinkedTransactionsResource",
    "AsyncManualJournalsResource",
    "AsyncOrganisationResource",
    "AsyncOverpaymentsResource",
    "AsyncPaymentServicesResource",
    "AsyncPaymentsResource",
    "AsyncPrepaymentsResource",
    "AsyncPurchaseOrdersResource",
    "AsyncQuotesResource",
    "AsyncReceiptsResource",
    "AsyncRepeatingInvoicesResource",
    "AsyncReportsResource",
    "AsyncSetupResource",
    "AsyncTaxRatesResource",
    "AsyncTrackingCategoriesResource",
    "AsyncUsersResource",
    "BankTransactionsResource",
    "BankTransfersResource",
    "BatchPaymentsResource",
    "BrandingThemesResource",
    "BudgetsResource",
    "ContactGroupsResource",
    "ContactsResource",
    "CreditNotesResource",
    "CurrenciesResource",
    "ExpenseClaimsResource",
    "InvoiceRemindersResource",
    "InvoicesResource",
    "ItemsResource",
    "JournalsResource",
    "LinkedTransactionsResource",
    "ManualJournalsResource",
    "OrganisationResource",
    "OverpaymentsResource",
    "PaymentServicesResource",
    "PaymentsResource",
    "PrepaymentsResource",
    "PurchaseOrdersResource",
    "QuotesResource",
    "ReceiptsResource",
    "RepeatingInvoicesResource",
    "ReportsResource",
    "SetupResource",
    "TaxRatesResource",
    "TrackingCategoriesResource",
    "UsersResource",
]

# class -> its module, imported on first use: a client loads only the resources it calls
_MODULES: dict[str, str] = {
    "AccountsResource": "accounts",
    "AsyncAccountsResource": "accounts",
    "BankTransactionsResource": "bank_transactions",
    "AsyncBankTransactionsResource": "bank_transactions",
    "BankTransfersResource": "bank_transfers",
    "AsyncBankTransfersResource": "bank_transfers",
    "BatchPaymentsResource": "batch_payments",
    "AsyncBatchPaymentsResource": "batch_payments",
    "BrandingThemesResource": "branding_themes",
    "AsyncBrandingThemesResource": "branding_themes",
    "BudgetsResource": "budgets",
    "AsyncBudgetsResource": "budgets",
    "ContactGroupsResource": "contact_groups",
    "AsyncContactGroupsResource": "contact_groups",
    "ContactsResource": "contacts",
    "AsyncContactsResource": "contacts",
    "CreditNotesResource": "credit_notes",
    "AsyncCreditNotesResource": "credit_notes",
    "CurrenciesResource": "currencies",
    "AsyncCurrenciesResource": "currencies",
    "ExpenseClaimsResource": "expense_claims",
    "AsyncExpenseClaimsResource": "expense_claims",
    "InvoiceRemindersResource": "invoice_reminders",
    "AsyncInvoiceRemindersResource": "invoice_reminders",
    "InvoicesResource": "invoices",
    "AsyncInvoicesResource": "invoices",
    "ItemsResource": "items",
    "AsyncItemsResource": "items",
    "JournalsResource": "journals",
    "AsyncJournalsResource": "journals",
    "LinkedTransactionsResource": "linked_transactions",
    "AsyncLinkedTransactionsResource": "linked_transactions",
    "ManualJournalsResource": "manual_journals",
    "AsyncManualJournalsResource": "manual_journals",
    "OrganisationResource": "organisation",
    "AsyncOrganisationResource": "organisation",
    "OverpaymentsResource": "overpayments",
    "AsyncOverpaymentsResource": "overpayments",
    "PaymentServicesResource": "payment_services",
    "AsyncPaymentServicesResource": "payment_services",
    "PaymentsResource": "payments",
    "AsyncPaymentsResource": "payments",
    "PrepaymentsResource": "prepayments",
    "AsyncPrepaymentsResource": "prepayments",
    "PurchaseOrdersResource": "purchase_orders",
    "AsyncPurchaseOrdersResource": "purchase_orders",
    "QuotesResource": "quotes",
    "AsyncQuotesResource": "quotes",
    "ReceiptsResource": "receipts",
    "AsyncReceiptsResource": "receipts",
    "RepeatingInvoicesResource": "repeating_invoices",
    "AsyncRepeatingInvoicesResource": "repeating_invoices",
    "ReportsResource": "reports",
    "AsyncReportsResource": "reports",
    "SetupResource": "setup",
    "AsyncSetupResource": "setup",
    "TaxRatesResource": "tax_rates",
    "AsyncTaxRatesResource": "tax_rates",
    "TrackingCategoriesResource": "tracking_categories",
    "AsyncTrackingCategoriesResource": "tracking_categories",
    "UsersResource": "users",
    "AsyncUsersResource": "users",
}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in _MODULES.values():  # a resource's module itself
            return import_module(f".{name}", __name__)
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
