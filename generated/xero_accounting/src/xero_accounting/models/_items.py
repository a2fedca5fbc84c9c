"""Models of the Xero Accounting API that only the `items` operations use.

Generated from the OpenAPI document; do not edit. Import them from `xero_accounting.models`:
where a model is kept follows from the operations that use it, which a new version of the
document may change.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from .._runtime.models import BaseModel
from ._shared import ValidationError


class Purchase(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    unit_price: Annotated[float | None, Field(alias="UnitPrice")] = None
    """
    Unit Price of the item. By default UnitPrice is rounded to two decimal places. You can use 4 decimal places by adding the unitdp=4 querystring parameter to your request.
    """
    account_code: Annotated[str | None, Field(alias="AccountCode")] = None
    """
    Default account code to be used for purchased/sale. Not applicable to the purchase details of tracked items
    """
    cogs_account_code: Annotated[str | None, Field(alias="COGSAccountCode")] = None
    """
    Cost of goods sold account. Only applicable to the purchase details of tracked items.
    """
    tax_type: Annotated[str | None, Field(alias="TaxType")] = None
    """
    The tax type from TaxRates
    """


class Item(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: Annotated[str, Field(alias="Code", max_length=30)]
    """
    User defined item code (max length = 30)
    """
    inventory_asset_account_code: Annotated[
        str | None, Field(alias="InventoryAssetAccountCode")
    ] = None
    """
    The inventory asset account for the item. The account must be of type INVENTORY. The  COGSAccountCode in PurchaseDetails is also required to create a tracked item
    """
    name: Annotated[str | None, Field(alias="Name", max_length=50)] = None
    """
    The name of the item (max length = 50)
    """
    is_sold: Annotated[bool | None, Field(alias="IsSold")] = None
    """
    Boolean value, defaults to true. When IsSold is true the item will be available on sales transactions in the Xero UI. If IsSold is updated to false then Description and SalesDetails values will be nulled.
    """
    is_purchased: Annotated[bool | None, Field(alias="IsPurchased")] = None
    """
    Boolean value, defaults to true. When IsPurchased is true the item is available for purchase transactions in the Xero UI. If IsPurchased is updated to false then PurchaseDescription and PurchaseDetails values will be nulled.
    """
    description: Annotated[str | None, Field(alias="Description", max_length=4000)] = None
    """
    The sales description of the item (max length = 4000)
    """
    purchase_description: Annotated[
        str | None, Field(alias="PurchaseDescription", max_length=4000)
    ] = None
    """
    The purchase description of the item (max length = 4000)
    """
    purchase_details: Annotated[Purchase | None, Field(alias="PurchaseDetails")] = None
    sales_details: Annotated[Purchase | None, Field(alias="SalesDetails")] = None
    is_tracked_as_inventory: Annotated[bool | None, Field(alias="IsTrackedAsInventory")] = None
    """
    True for items that are tracked as inventory. An item will be tracked as inventory if the InventoryAssetAccountCode and COGSAccountCode are set.
    """
    total_cost_pool: Annotated[float | None, Field(alias="TotalCostPool")] = None
    """
    The value of the item on hand. Calculated using average cost accounting.
    """
    quantity_on_hand: Annotated[float | None, Field(alias="QuantityOnHand")] = None
    """
    The quantity of the item on hand
    """
    updated_date_utc: Annotated[str | None, Field(alias="UpdatedDateUTC")] = None
    """
    Last modified date in UTC format
    """
    item_id: Annotated[UUID | None, Field(alias="ItemID")] = None
    """
    The Xero identifier for an Item
    """
    status_attribute_string: Annotated[str | None, Field(alias="StatusAttributeString")] = None
    """
    Status of object
    """
    validation_errors: Annotated[list[ValidationError] | None, Field(alias="ValidationErrors")] = (
        None
    )
    """
    Displays array of validation error messages from the API
    """


class Items(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    items: Annotated[list[Item] | None, Field(alias="Items")] = None


Item.__read_only__ = frozenset(["UpdatedDateUTC"])

__all__ = [
    "Item",
    "Items",
    "Purchase",
]
