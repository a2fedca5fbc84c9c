"""Parameter styles, values as text, and redaction of URLs and headers."""

from __future__ import annotations

import datetime
import uuid
import zoneinfo
from decimal import Decimal

import httpx
import pytest
from rtpkg._runtime import Param
from rtpkg._runtime.models import OpenStrEnum
from rtpkg._runtime.redact import Redactor
from rtpkg._runtime.serialize import (
    cookie_header,
    header_value,
    path_value,
    query_pairs,
    scalar_text,
)


class Color(OpenStrEnum):
    BLUE = "blue"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (3, "3"),
        (Decimal("12.50"), "12.50"),
        (Color.BLUE, "blue"),
        (datetime.date(2024, 3, 1), "2024-03-01"),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
    ],
)
def test_scalar_text(value: object, text: str) -> None:
    assert scalar_text(value) == text


@pytest.mark.parametrize(
    "value",
    [
        datetime.time(9, 30),
        # a zone whose offset depends on the date gives a time of day none
        datetime.time(9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")),
    ],
)
def test_a_time_without_an_offset_is_refused(value: datetime.time) -> None:
    with pytest.raises(ValueError, match="naive time 09:30:00.*UTC offset"):
        scalar_text(value)


def test_an_aware_time_is_written_with_its_offset() -> None:
    assert scalar_text(datetime.time(9, 30, tzinfo=datetime.UTC)) == "09:30:00+00:00"


@pytest.mark.parametrize(
    ("style", "explode", "value", "text"),
    [
        ("simple", False, 5, "5"),
        ("simple", False, [3, 4, 5], "3,4,5"),
        ("simple", False, {"role": "admin", "first": "Alex"}, "role,admin,first,Alex"),
        ("simple", True, {"role": "admin", "first": "Alex"}, "role=admin,first=Alex"),
        ("label", False, [3, 4], ".3,4"),
        ("label", True, [3, 4], ".3.4"),
        ("matrix", False, 5, ";id=5"),
        ("matrix", False, [3, 4], ";id=3,4"),
        ("matrix", True, [3, 4], ";id=3;id=4"),
        ("matrix", True, {"a": 1, "b": 2}, ";a=1;b=2"),
        ("simple", False, "a/b c", "a%2Fb%20c"),
    ],
)
def test_path_styles(style: str, explode: bool, value: object, text: str) -> None:
    assert path_value("id", value, style, explode) == text


@pytest.mark.parametrize(
    ("param", "pairs"),
    [
        (Param("id", [3, 4]), [("id", "3"), ("id", "4")]),
        (Param("id", [3, 4], explode=False), [("id", "3,4")]),
        (Param("id", [3, 4], style="spaceDelimited", explode=False), [("id", "3 4")]),
        (Param("id", [3, 4], style="pipeDelimited", explode=False), [("id", "3|4")]),
        (Param("id", {"a": 1, "b": None}), [("a", "1")]),
        (Param("id", {"a": 1, "b": 2}, explode=False), [("id", "a,1,b,2")]),
        (
            Param(
                "filter",
                {"status": "paid", "amount": {"gte": 10}, "tags": ["x"]},
                style="deepObject",
            ),
            [("filter[status]", "paid"), ("filter[amount][gte]", "10"), ("filter[tags][]", "x")],
        ),
        (Param("id", None), []),
        (Param("id", []), []),
    ],
)
def test_query_styles(param: Param, pairs: list[tuple[str, str]]) -> None:
    assert query_pairs(param) == pairs


def test_unsupported_combinations_are_errors_not_guesses() -> None:
    with pytest.raises(ValueError, match="deepObject"):
        query_pairs(Param("f", [1], style="deepObject"))
    with pytest.raises(ValueError, match="unsupported style"):
        path_value("id", 1, "spaceDelimited")


def test_header_and_cookie_values() -> None:
    assert header_value(Param("X-Ids", [1, 2], style="simple", explode=False)) == "1,2"
    assert header_value(Param("X-None", None)) is None
    assert cookie_header([Param("a", "1"), Param("b", None), Param("c", [1, 2])]) == "a=1; c=1%2C2"
    assert cookie_header([]) is None


def test_redactor_masks_userinfo_secret_query_values_and_known_values() -> None:
    redactor = Redactor(query=frozenset({"sig_x"})).with_values(["s3cr3t-value"])
    url = httpx.URL("https://user:pw@api.test/x?api_key=abc&page=2&sig_x=q&q=s3cr3t-value")
    shown = redactor.url(url)
    assert "pw" not in shown and "abc" not in shown and "s3cr3t-value" not in shown
    assert "page=2" in shown
    assert shown.startswith("https://user:***@api.test/x?")
    headers = redactor.header_items(
        httpx.Headers(
            {"Authorization": "Bearer x", "X-Api-Key": "k", "Cookie": "s=1", "Accept": "a"}
        )
    )
    assert headers == {"authorization": "***", "x-api-key": "***", "cookie": "***", "accept": "a"}


def test_a_short_secret_value_is_masked_as_a_word_not_inside_others() -> None:
    redactor = Redactor().with_values(["x", "k3y"])
    shown = redactor.url("https://api.xero.com/api.xro/2.0/Invoices?q=x&r=k3y")
    assert shown == "https://api.xero.com/api.xro/2.0/Invoices?q=***&r=***"
    assert redactor.text("token x rejected; k3yboard") == "token *** rejected; k3yboard"
    # a long value is masked wherever it appears, even inside other text
    assert Redactor().with_values(["s3cr3t-value"]).text("aas3cr3t-valuebb") == "aa***bb"
