"""Dates and times written back as pydantic spells them: the adapters are made at first use
(a document without a date or time pays for none), and answer as adapters made up front."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from codegen.emit.data import values

TEXTS = [
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123456+02:00",
    "2024-01-02 03:04:05",
    "2024-01-02",
    "20240102",
    "03:04:05",
    "03:04:05.5-01:30",
    "24:00:00",
    "2024-13-01",
    "nope",
    "",
    "1704164645",
]


def _eager(kind: type, text: str) -> Any:
    adapter: TypeAdapter[Any] = TypeAdapter(kind)
    try:
        return adapter.dump_python(adapter.validate_python(text), mode="json")
    except ValidationError:
        return None


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("option", "kind"), [("datetime", datetime), ("date", date), ("time", time)]
)
def test_a_temporal_value_is_written_back_as_an_adapter_made_up_front_writes_it(
    option: str, kind: type, text: str
) -> None:
    assert values._temporal(option, text) == _eager(kind, text)


def test_other_annotations_are_left_alone() -> None:
    assert values._temporal("str", "2024-01-02") is None
    assert values._temporal("UUID", "2024-01-02") is None


def test_importing_the_example_data_makes_no_adapter() -> None:
    code = "import sys, codegen.emit.data.build; print('pydantic.type_adapter' in sys.modules)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"
