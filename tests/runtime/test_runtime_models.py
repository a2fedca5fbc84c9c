"""Model and enum bases: strict for what is sent, lenient for what is received."""

from __future__ import annotations

import threading
from typing import ClassVar, Literal

import pydantic
import pytest
from pydantic import Field
from rtpkg._runtime import BaseModel, OpenStrEnum, StrictModel, is_known, lenient
from rtpkg._runtime.models import OpenIntEnum, is_lenient
from rtpkg._runtime.rules import Rule


class DiscountType(OpenStrEnum):
    PERCENTAGE = "percentage"
    FIXED = "fixed"


class Priority(OpenIntEnum):
    LOW = 1
    HIGH = 2


class Discount(StrictModel):
    discount_type: DiscountType = Field(alias="discountType")
    amount: float


class Customer(BaseModel):
    name: str
    discount: Discount | None = None


def test_strict_model_refuses_an_unknown_field_naming_it() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Discount(discountType="fixed", amount=5, amout=6)  # type: ignore[call-arg]
    assert "'amout'" in str(info.value)
    assert info.value.errors()[0]["type"] == "extra_forbidden"


def test_strict_model_refuses_a_wrong_type_naming_the_field() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Discount(discount_type="fixed", amount="five")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("amount",)


def test_nested_strict_model_is_refused_with_its_path() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Customer.model_validate(
            {"name": "A", "discount": {"discountType": "fixed", "amount": 1, "x": 1}}
        )
    assert info.value.errors()[0]["loc"] == ("discount",)
    assert "'x'" in str(info.value)


def test_assignment_is_validated() -> None:
    discount = Discount(discount_type=DiscountType.FIXED, amount=1)
    with pytest.raises(pydantic.ValidationError):
        discount.amount = "lots"  # type: ignore[assignment]
    with pytest.raises(pydantic.ValidationError, match="'note'"):
        discount.note = "x"


def test_unknown_enum_value_is_refused_outside_a_response() -> None:
    with pytest.raises(ValueError):
        DiscountType("bogus")
    with pytest.raises(pydantic.ValidationError):
        Discount(discount_type="bogus", amount=1)  # type: ignore[arg-type]


def test_inside_lenient_unknowns_are_kept() -> None:
    with lenient():
        assert is_lenient()
        discount = Discount.model_validate({"discountType": "loyalty", "amount": 2, "cap": 10})
        again = DiscountType("loyalty")
    assert not is_lenient()
    assert discount.model_extra == {"cap": 10}
    assert isinstance(discount.discount_type, DiscountType)
    assert discount.discount_type.value == "loyalty"
    assert discount.discount_type == "loyalty"
    assert str(discount.discount_type) == "loyalty"
    assert again is discount.discount_type
    assert not is_known(again)
    assert is_known(DiscountType.FIXED)
    assert list(DiscountType) == [DiscountType.PERCENTAGE, DiscountType.FIXED]
    assert discount.model_dump(mode="json") == {"discountType": "loyalty", "amount": 2.0, "cap": 10}


def test_open_int_enum_and_wrong_types_stay_errors_even_in_a_response() -> None:
    with lenient():
        assert Priority(7).value == 7
        with pytest.raises(ValueError):
            Priority("7")
        with pytest.raises(ValueError):
            DiscountType(5)


def test_leniency_does_not_leak_to_other_threads() -> None:
    seen: list[bool] = []
    with lenient():
        thread = threading.Thread(target=lambda: seen.append(is_lenient()))
        thread.start()
        thread.join()
    assert seen == [False]


def test_models_are_filled_by_name_or_alias_and_dumped_by_alias() -> None:
    by_name = Discount(discount_type=DiscountType.FIXED, amount=1)
    by_alias = Discount.model_validate({"discountType": "fixed", "amount": 1})
    assert by_name == by_alias
    assert by_name.model_dump() == {"discountType": DiscountType.FIXED, "amount": 1.0}


def test_open_model_keeps_extra_fields() -> None:
    customer = Customer.model_validate({"name": "A", "vip": True})
    assert customer.model_extra == {"vip": True}


def test_rules_are_checked_when_the_caller_builds_a_model_but_not_on_a_response() -> None:
    class Invoice(BaseModel):
        method: str
        line_items: list[str] | None = Field(default=None, alias="lineItems")

    Invoice.__codegen_rules__ = (
        Rule(
            description="lineItems is required when method is LINE_ITEMS",
            if_={"properties": {"method": {"const": "LINE_ITEMS"}}, "required": ["method"]},
            then={"required": ["lineItems"]},
        ),
    )
    assert Invoice(method="TOTAL").method == "TOTAL"
    with pytest.raises(pydantic.ValidationError, match="lineItems is required"):
        Invoice(method="LINE_ITEMS")
    with lenient():
        assert Invoice.model_validate({"method": "LINE_ITEMS"}).line_items is None


def test_always_send_marks_defaulted_fields_as_set() -> None:
    class ToolCall(BaseModel):
        __always_send__: ClassVar[frozenset[str]] = frozenset({"tool"})
        tool: Literal["XERO_CREATE_INVOICE"] = "XERO_CREATE_INVOICE"
        note: str | None = None

    dumped = ToolCall().model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == {"tool": "XERO_CREATE_INVOICE"}
