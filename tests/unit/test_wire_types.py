"""The vendored wire types: `MsJsonDate` reads and writes Microsoft JSON dates exactly."""

from __future__ import annotations

import copy
import importlib.util
import pickle
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

SOURCE = Path(__file__).resolve().parents[2] / "codegen" / "templates" / "runtime" / "wire_types.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vendored_wire_types", SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pickle finds the class by its module
    spec.loader.exec_module(module)
    return module


wire_types = _load()
MsJsonDate: Any = wire_types.MsJsonDate


class Invoice(pydantic.BaseModel):
    when: MsJsonDate
    other: MsJsonDate | None = None


@pytest.mark.parametrize(
    "text",
    [
        '{"when":"/Date(1552327126164)/"}',
        '{"when":"/Date(1551747281053+0000)/"}',
        '{"when":"/Date(1551747281053+0530)/"}',
        '{"when":"/Date(-1000-0100)/"}',
    ],
)
def test_both_forms_round_trip_exactly(text: str) -> None:
    model = Invoice.model_validate_json(text)
    assert model.model_dump_json(exclude_none=True) == text
    wire = text.split('"')[3]
    assert model.model_dump(exclude_none=True) == {"when": wire}  # python mode too
    assert copy.deepcopy(model).model_dump_json(exclude_none=True) == text
    assert pickle.loads(pickle.dumps(model.when)).to_wire() == wire


def test_read_values_are_aware_datetimes_at_their_instant() -> None:
    plain = Invoice.model_validate_json('{"when":"/Date(1552327126164)/"}').when
    assert plain == datetime(2019, 3, 11, 17, 58, 46, 164000, tzinfo=UTC)
    shifted = Invoice.model_validate_json('{"when":"/Date(1551747281053+0530)/"}').when
    assert shifted.utcoffset() == timedelta(hours=5, minutes=30)
    assert shifted == datetime(2019, 3, 5, 0, 54, 41, 53000, tzinfo=UTC)
    assert isinstance(shifted, datetime)


def test_a_user_datetime_is_written_without_offset_in_milliseconds() -> None:
    at = datetime(2019, 3, 11, 5, 30, 0, 999, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    model = Invoice(when=at)
    assert model.model_dump_json(exclude_none=True) == '{"when":"/Date(1552262400000)/"}'
    assert model.when == at
    assert MsJsonDate(2019, 3, 11, tzinfo=UTC).to_wire() == "/Date(1552262400000)/"
    assert MsJsonDate.parse("/Date(1552262400000+0000)/").replace(hour=1).to_wire() == (
        "/Date(1552266000000)/"
    )


@pytest.mark.parametrize(
    "value",
    [datetime(2019, 3, 11), "2019-03-11", "/Date(12x)/", "/Date(1+2500)/", 1552262400000],
)
def test_what_is_not_an_ms_json_date_is_refused(value: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        Invoice(when=value)


def test_json_schema_names_the_format() -> None:
    schema = Invoice.model_json_schema()
    assert schema["properties"]["when"] == {
        "type": "string",
        "format": "ms-json-date",
        "title": "When",
    }
