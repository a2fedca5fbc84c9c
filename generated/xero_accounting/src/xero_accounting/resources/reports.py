"""The `reports` operations. Generated from the OpenAPI document; do not edit."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from uuid import UUID

from .._runtime import (
    AsyncCore,
    Call,
    Param,
    RequestOptions,
    ResponseSpec,
    SyncCore,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ..models._reports import Reports, ReportWithRows, Timeframe

__all__ = [
    "AsyncReportsResource",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResource",
    "ReportsResourceWithRawResponse",
]


def _get_ten_ninety_nine_call(
    *,
    xero_tenant_id: str,
    report_year: str | None = None,
) -> Call[Reports]:
    return Call[Reports](
        method="GET",
        path="/Reports/TenNinetyNine",
        operation_id="getReportTenNinetyNine",
        query=[Param("reportYear", report_year, style="form", explode=True)],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(Reports, "json")},
        security=[["OAuth2"]],
    )


def _get_aged_payables_by_contact_call(
    *,
    xero_tenant_id: str,
    contact_id: UUID | str,
    date: date | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/AgedPayablesByContact",
        operation_id="getReportAgedPayablesByContact",
        query=[
            Param("contactId", contact_id, style="form", explode=True),
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "fromDate",
                from_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "toDate",
                to_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_aged_receivables_by_contact_call(
    *,
    xero_tenant_id: str,
    contact_id: UUID | str,
    date: date | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/AgedReceivablesByContact",
        operation_id="getReportAgedReceivablesByContact",
        query=[
            Param("contactId", contact_id, style="form", explode=True),
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "fromDate",
                from_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "toDate",
                to_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_balance_sheet_call(
    *,
    xero_tenant_id: str,
    date: date | None = None,
    periods: int | None = None,
    timeframe: Timeframe | None = None,
    tracking_option_id1: str | None = None,
    tracking_option_id2: str | None = None,
    standard_layout: bool | None = None,
    payments_only: bool | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/BalanceSheet",
        operation_id="getReportBalanceSheet",
        query=[
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param("periods", periods, style="form", explode=True),
            Param(
                "timeframe",
                timeframe,
                style="form",
                explode=True,
                checks=(("enum", ("MONTH", "QUARTER", "YEAR")), ("type", "string")),
            ),
            Param("trackingOptionID1", tracking_option_id1, style="form", explode=True),
            Param("trackingOptionID2", tracking_option_id2, style="form", explode=True),
            Param("standardLayout", standard_layout, style="form", explode=True),
            Param("paymentsOnly", payments_only, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_bank_summary_call(
    *,
    xero_tenant_id: str,
    from_date: date | None = None,
    to_date: date | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/BankSummary",
        operation_id="getReportBankSummary",
        query=[
            Param(
                "fromDate",
                from_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "toDate",
                to_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_from_id_call(
    *,
    report_id: str,
    xero_tenant_id: str,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/{ReportID}",
        operation_id="getReportFromId",
        path_params={"ReportID": report_id},
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_budget_summary_call(
    *,
    xero_tenant_id: str,
    date: date | None = None,
    periods: int | None = None,
    timeframe: int | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/BudgetSummary",
        operation_id="getReportBudgetSummary",
        query=[
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param("periods", periods, style="form", explode=True),
            Param("timeframe", timeframe, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_executive_summary_call(
    *,
    xero_tenant_id: str,
    date: date | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/ExecutiveSummary",
        operation_id="getReportExecutiveSummary",
        query=[
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            )
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_list_call(
    *,
    xero_tenant_id: str,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports",
        operation_id="getReportsList",
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_profit_and_loss_call(
    *,
    xero_tenant_id: str,
    from_date: date | None = None,
    to_date: date | None = None,
    periods: int | None = None,
    timeframe: Timeframe | None = None,
    tracking_category_id: str | None = None,
    tracking_category_id2: str | None = None,
    tracking_option_id: str | None = None,
    tracking_option_id2: str | None = None,
    standard_layout: bool | None = None,
    payments_only: bool | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/ProfitAndLoss",
        operation_id="getReportProfitAndLoss",
        query=[
            Param(
                "fromDate",
                from_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param(
                "toDate",
                to_date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param("periods", periods, style="form", explode=True),
            Param(
                "timeframe",
                timeframe,
                style="form",
                explode=True,
                checks=(("enum", ("MONTH", "QUARTER", "YEAR")), ("type", "string")),
            ),
            Param("trackingCategoryID", tracking_category_id, style="form", explode=True),
            Param("trackingCategoryID2", tracking_category_id2, style="form", explode=True),
            Param("trackingOptionID", tracking_option_id, style="form", explode=True),
            Param("trackingOptionID2", tracking_option_id2, style="form", explode=True),
            Param("standardLayout", standard_layout, style="form", explode=True),
            Param("paymentsOnly", payments_only, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


def _get_trial_balance_call(
    *,
    xero_tenant_id: str,
    date: date | None = None,
    payments_only: bool | None = None,
) -> Call[ReportWithRows]:
    return Call[ReportWithRows](
        method="GET",
        path="/Reports/TrialBalance",
        operation_id="getReportTrialBalance",
        query=[
            Param(
                "date",
                date,
                style="form",
                explode=True,
                checks=(("date", True), ("type", "string")),
            ),
            Param("paymentsOnly", payments_only, style="form", explode=True),
        ],
        headers=[Param("xero-tenant-id", xero_tenant_id, style="simple", explode=False)],
        responses={"200": ResponseSpec(ReportWithRows, "json")},
        security=[["OAuth2"]],
    )


class ReportsResource:
    """Operations on reports."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return ReportsResourceWithRawResponse(self)

    def get_ten_ninety_nine(
        self,
        *,
        xero_tenant_id: str,
        report_year: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Reports:
        """Retrieve reports for 1099

        Args:
            xero_tenant_id: Xero identifier for Tenant
            report_year: The year of the 1099 report

        `GET /Reports/TenNinetyNine` (operation `getReportTenNinetyNine`).
        """
        call = _get_ten_ninety_nine_call(xero_tenant_id=xero_tenant_id, report_year=report_year)
        return self._core.send(call, request_options)

    def get_aged_payables_by_contact(
        self,
        *,
        xero_tenant_id: str,
        contact_id: UUID | str,
        date: date | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for aged payables by contact

        Args:
            xero_tenant_id: Xero identifier for Tenant
            contact_id: Unique identifier for a Contact
            date: The date of the Aged Payables By Contact report
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/AgedPayablesByContact` (operation `getReportAgedPayablesByContact`).
        """
        call = _get_aged_payables_by_contact_call(
            xero_tenant_id=xero_tenant_id,
            contact_id=contact_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
        )
        return self._core.send(call, request_options)

    def get_aged_receivables_by_contact(
        self,
        *,
        xero_tenant_id: str,
        contact_id: UUID | str,
        date: date | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for aged receivables by contact

        Args:
            xero_tenant_id: Xero identifier for Tenant
            contact_id: Unique identifier for a Contact
            date: The date of the Aged Receivables By Contact report
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/AgedReceivablesByContact` (operation `getReportAgedReceivablesByContact`).
        """
        call = _get_aged_receivables_by_contact_call(
            xero_tenant_id=xero_tenant_id,
            contact_id=contact_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
        )
        return self._core.send(call, request_options)

    def get_balance_sheet(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        periods: int | None = None,
        timeframe: Timeframe | None = None,
        tracking_option_id1: str | None = None,
        tracking_option_id2: str | None = None,
        standard_layout: bool | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for balancesheet

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date of the Balance Sheet report
            periods: The number of periods for the Balance Sheet report
            timeframe: The period size to compare to (MONTH, QUARTER, YEAR)
            tracking_option_id1: The tracking option 1 for the Balance Sheet report
            tracking_option_id2: The tracking option 2 for the Balance Sheet report
            standard_layout: The standard layout boolean for the Balance Sheet report
            payments_only: return a cash basis for the Balance Sheet report

        `GET /Reports/BalanceSheet` (operation `getReportBalanceSheet`).
        """
        call = _get_balance_sheet_call(
            xero_tenant_id=xero_tenant_id,
            date=date,
            periods=periods,
            timeframe=timeframe,
            tracking_option_id1=tracking_option_id1,
            tracking_option_id2=tracking_option_id2,
            standard_layout=standard_layout,
            payments_only=payments_only,
        )
        return self._core.send(call, request_options)

    def get_bank_summary(
        self,
        *,
        xero_tenant_id: str,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for bank summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/BankSummary` (operation `getReportBankSummary`).
        """
        call = _get_bank_summary_call(
            xero_tenant_id=xero_tenant_id, from_date=from_date, to_date=to_date
        )
        return self._core.send(call, request_options)

    def get_from_id(
        self,
        *,
        report_id: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves a specific report using a unique ReportID

        Args:
            report_id: Unique identifier for a Report
            xero_tenant_id: Xero identifier for Tenant

        `GET /Reports/{ReportID}` (operation `getReportFromId`).
        """
        call = _get_from_id_call(report_id=report_id, xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_budget_summary(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        periods: int | None = None,
        timeframe: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for budget summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Bank Summary report e.g. 2018-03-31
            periods: The number of periods to compare (integer between 1 and 12)
            timeframe: The period size to compare to (1=month, 3=quarter, 12=year)

        `GET /Reports/BudgetSummary` (operation `getReportBudgetSummary`).
        """
        call = _get_budget_summary_call(
            xero_tenant_id=xero_tenant_id, date=date, periods=periods, timeframe=timeframe
        )
        return self._core.send(call, request_options)

    def get_executive_summary(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for executive summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Bank Summary report e.g. 2018-03-31

        `GET /Reports/ExecutiveSummary` (operation `getReportExecutiveSummary`).
        """
        call = _get_executive_summary_call(xero_tenant_id=xero_tenant_id, date=date)
        return self._core.send(call, request_options)

    def get_list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves a list of the organistaions unique reports that require a uuid to fetch

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Reports` (operation `getReportsList`).
        """
        call = _get_list_call(xero_tenant_id=xero_tenant_id)
        return self._core.send(call, request_options)

    def get_profit_and_loss(
        self,
        *,
        xero_tenant_id: str,
        from_date: date | None = None,
        to_date: date | None = None,
        periods: int | None = None,
        timeframe: Timeframe | None = None,
        tracking_category_id: str | None = None,
        tracking_category_id2: str | None = None,
        tracking_option_id: str | None = None,
        tracking_option_id2: str | None = None,
        standard_layout: bool | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for profit and loss

        Args:
            xero_tenant_id: Xero identifier for Tenant
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28
            periods: The number of periods to compare (integer between 1 and 12)
            timeframe: The period size to compare to (MONTH, QUARTER, YEAR)
            tracking_category_id: The trackingCategory 1 for the ProfitAndLoss report
            tracking_category_id2: The trackingCategory 2 for the ProfitAndLoss report
            tracking_option_id: The tracking option 1 for the ProfitAndLoss report
            tracking_option_id2: The tracking option 2 for the ProfitAndLoss report
            standard_layout: Return the standard layout for the ProfitAndLoss report
            payments_only: Return cash only basis for the ProfitAndLoss report

        `GET /Reports/ProfitAndLoss` (operation `getReportProfitAndLoss`).
        """
        call = _get_profit_and_loss_call(
            xero_tenant_id=xero_tenant_id,
            from_date=from_date,
            to_date=to_date,
            periods=periods,
            timeframe=timeframe,
            tracking_category_id=tracking_category_id,
            tracking_category_id2=tracking_category_id2,
            tracking_option_id=tracking_option_id,
            tracking_option_id2=tracking_option_id2,
            standard_layout=standard_layout,
            payments_only=payments_only,
        )
        return self._core.send(call, request_options)

    def get_trial_balance(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for trial balance

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Trial Balance report e.g. 2018-03-31
            payments_only: Return cash only basis for the Trial Balance report

        `GET /Reports/TrialBalance` (operation `getReportTrialBalance`).
        """
        call = _get_trial_balance_call(
            xero_tenant_id=xero_tenant_id, date=date, payments_only=payments_only
        )
        return self._core.send(call, request_options)


class ReportsResourceWithRawResponse:
    """The operations of `ReportsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: ReportsResource) -> None:
        self.get_ten_ninety_nine = to_raw_response_wrapper(resource.get_ten_ninety_nine)
        self.get_aged_payables_by_contact = to_raw_response_wrapper(
            resource.get_aged_payables_by_contact
        )
        self.get_aged_receivables_by_contact = to_raw_response_wrapper(
            resource.get_aged_receivables_by_contact
        )
        self.get_balance_sheet = to_raw_response_wrapper(resource.get_balance_sheet)
        self.get_bank_summary = to_raw_response_wrapper(resource.get_bank_summary)
        self.get_from_id = to_raw_response_wrapper(resource.get_from_id)
        self.get_budget_summary = to_raw_response_wrapper(resource.get_budget_summary)
        self.get_executive_summary = to_raw_response_wrapper(resource.get_executive_summary)
        self.get_list = to_raw_response_wrapper(resource.get_list)
        self.get_profit_and_loss = to_raw_response_wrapper(resource.get_profit_and_loss)
        self.get_trial_balance = to_raw_response_wrapper(resource.get_trial_balance)


class AsyncReportsResource:
    """Operations on reports."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same operations, returning the whole response (status, headers, request id) with the data."""
        return AsyncReportsResourceWithRawResponse(self)

    async def get_ten_ninety_nine(
        self,
        *,
        xero_tenant_id: str,
        report_year: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Reports:
        """Retrieve reports for 1099

        Args:
            xero_tenant_id: Xero identifier for Tenant
            report_year: The year of the 1099 report

        `GET /Reports/TenNinetyNine` (operation `getReportTenNinetyNine`).
        """
        call = _get_ten_ninety_nine_call(xero_tenant_id=xero_tenant_id, report_year=report_year)
        return await self._core.send(call, request_options)

    async def get_aged_payables_by_contact(
        self,
        *,
        xero_tenant_id: str,
        contact_id: UUID | str,
        date: date | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for aged payables by contact

        Args:
            xero_tenant_id: Xero identifier for Tenant
            contact_id: Unique identifier for a Contact
            date: The date of the Aged Payables By Contact report
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/AgedPayablesByContact` (operation `getReportAgedPayablesByContact`).
        """
        call = _get_aged_payables_by_contact_call(
            xero_tenant_id=xero_tenant_id,
            contact_id=contact_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
        )
        return await self._core.send(call, request_options)

    async def get_aged_receivables_by_contact(
        self,
        *,
        xero_tenant_id: str,
        contact_id: UUID | str,
        date: date | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for aged receivables by contact

        Args:
            xero_tenant_id: Xero identifier for Tenant
            contact_id: Unique identifier for a Contact
            date: The date of the Aged Receivables By Contact report
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/AgedReceivablesByContact` (operation `getReportAgedReceivablesByContact`).
        """
        call = _get_aged_receivables_by_contact_call(
            xero_tenant_id=xero_tenant_id,
            contact_id=contact_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
        )
        return await self._core.send(call, request_options)

    async def get_balance_sheet(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        periods: int | None = None,
        timeframe: Timeframe | None = None,
        tracking_option_id1: str | None = None,
        tracking_option_id2: str | None = None,
        standard_layout: bool | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for balancesheet

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date of the Balance Sheet report
            periods: The number of periods for the Balance Sheet report
            timeframe: The period size to compare to (MONTH, QUARTER, YEAR)
            tracking_option_id1: The tracking option 1 for the Balance Sheet report
            tracking_option_id2: The tracking option 2 for the Balance Sheet report
            standard_layout: The standard layout boolean for the Balance Sheet report
            payments_only: return a cash basis for the Balance Sheet report

        `GET /Reports/BalanceSheet` (operation `getReportBalanceSheet`).
        """
        call = _get_balance_sheet_call(
            xero_tenant_id=xero_tenant_id,
            date=date,
            periods=periods,
            timeframe=timeframe,
            tracking_option_id1=tracking_option_id1,
            tracking_option_id2=tracking_option_id2,
            standard_layout=standard_layout,
            payments_only=payments_only,
        )
        return await self._core.send(call, request_options)

    async def get_bank_summary(
        self,
        *,
        xero_tenant_id: str,
        from_date: date | None = None,
        to_date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for bank summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28

        `GET /Reports/BankSummary` (operation `getReportBankSummary`).
        """
        call = _get_bank_summary_call(
            xero_tenant_id=xero_tenant_id, from_date=from_date, to_date=to_date
        )
        return await self._core.send(call, request_options)

    async def get_from_id(
        self,
        *,
        report_id: str,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves a specific report using a unique ReportID

        Args:
            report_id: Unique identifier for a Report
            xero_tenant_id: Xero identifier for Tenant

        `GET /Reports/{ReportID}` (operation `getReportFromId`).
        """
        call = _get_from_id_call(report_id=report_id, xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_budget_summary(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        periods: int | None = None,
        timeframe: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for budget summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Bank Summary report e.g. 2018-03-31
            periods: The number of periods to compare (integer between 1 and 12)
            timeframe: The period size to compare to (1=month, 3=quarter, 12=year)

        `GET /Reports/BudgetSummary` (operation `getReportBudgetSummary`).
        """
        call = _get_budget_summary_call(
            xero_tenant_id=xero_tenant_id, date=date, periods=periods, timeframe=timeframe
        )
        return await self._core.send(call, request_options)

    async def get_executive_summary(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for executive summary

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Bank Summary report e.g. 2018-03-31

        `GET /Reports/ExecutiveSummary` (operation `getReportExecutiveSummary`).
        """
        call = _get_executive_summary_call(xero_tenant_id=xero_tenant_id, date=date)
        return await self._core.send(call, request_options)

    async def get_list(
        self,
        *,
        xero_tenant_id: str,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves a list of the organistaions unique reports that require a uuid to fetch

        Args:
            xero_tenant_id: Xero identifier for Tenant

        `GET /Reports` (operation `getReportsList`).
        """
        call = _get_list_call(xero_tenant_id=xero_tenant_id)
        return await self._core.send(call, request_options)

    async def get_profit_and_loss(
        self,
        *,
        xero_tenant_id: str,
        from_date: date | None = None,
        to_date: date | None = None,
        periods: int | None = None,
        timeframe: Timeframe | None = None,
        tracking_category_id: str | None = None,
        tracking_category_id2: str | None = None,
        tracking_option_id: str | None = None,
        tracking_option_id2: str | None = None,
        standard_layout: bool | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for profit and loss

        Args:
            xero_tenant_id: Xero identifier for Tenant
            from_date: filter by the from date of the report e.g. 2021-02-01
            to_date: filter by the to date of the report e.g. 2021-02-28
            periods: The number of periods to compare (integer between 1 and 12)
            timeframe: The period size to compare to (MONTH, QUARTER, YEAR)
            tracking_category_id: The trackingCategory 1 for the ProfitAndLoss report
            tracking_category_id2: The trackingCategory 2 for the ProfitAndLoss report
            tracking_option_id: The tracking option 1 for the ProfitAndLoss report
            tracking_option_id2: The tracking option 2 for the ProfitAndLoss report
            standard_layout: Return the standard layout for the ProfitAndLoss report
            payments_only: Return cash only basis for the ProfitAndLoss report

        `GET /Reports/ProfitAndLoss` (operation `getReportProfitAndLoss`).
        """
        call = _get_profit_and_loss_call(
            xero_tenant_id=xero_tenant_id,
            from_date=from_date,
            to_date=to_date,
            periods=periods,
            timeframe=timeframe,
            tracking_category_id=tracking_category_id,
            tracking_category_id2=tracking_category_id2,
            tracking_option_id=tracking_option_id,
            tracking_option_id2=tracking_option_id2,
            standard_layout=standard_layout,
            payments_only=payments_only,
        )
        return await self._core.send(call, request_options)

    async def get_trial_balance(
        self,
        *,
        xero_tenant_id: str,
        date: date | None = None,
        payments_only: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportWithRows:
        """Retrieves report for trial balance

        Args:
            xero_tenant_id: Xero identifier for Tenant
            date: The date for the Trial Balance report e.g. 2018-03-31
            payments_only: Return cash only basis for the Trial Balance report

        `GET /Reports/TrialBalance` (operation `getReportTrialBalance`).
        """
        call = _get_trial_balance_call(
            xero_tenant_id=xero_tenant_id, date=date, payments_only=payments_only
        )
        return await self._core.send(call, request_options)


class AsyncReportsResourceWithRawResponse:
    """The operations of `AsyncReportsResource`, returning an `ApiResponse`: status, headers, request id and data."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.get_ten_ninety_nine = async_to_raw_response_wrapper(resource.get_ten_ninety_nine)
        self.get_aged_payables_by_contact = async_to_raw_response_wrapper(
            resource.get_aged_payables_by_contact
        )
        self.get_aged_receivables_by_contact = async_to_raw_response_wrapper(
            resource.get_aged_receivables_by_contact
        )
        self.get_balance_sheet = async_to_raw_response_wrapper(resource.get_balance_sheet)
        self.get_bank_summary = async_to_raw_response_wrapper(resource.get_bank_summary)
        self.get_from_id = async_to_raw_response_wrapper(resource.get_from_id)
        self.get_budget_summary = async_to_raw_response_wrapper(resource.get_budget_summary)
        self.get_executive_summary = async_to_raw_response_wrapper(resource.get_executive_summary)
        self.get_list = async_to_raw_response_wrapper(resource.get_list)
        self.get_profit_and_loss = async_to_raw_response_wrapper(resource.get_profit_and_loss)
        self.get_trial_balance = async_to_raw_response_wrapper(resource.get_trial_balance)
