"""Resources: one class per group of operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

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
