"""JSON data as the client puts it on the wire or the models write it back, for the tests.

`sent` leaves out the readOnly properties of models used in requests, as the runtime does;
`dumped` spells dates and times as pydantic writes them; `sample_of` gives data for a response
typed by no single model.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

from codegen.emit.data.annotations import options, walk
from codegen.emit.data.sample import sample
from codegen.ir.model import Api


def sent(api: Api, value: Any, annotation: str) -> Any:
    """What the client sends of a value of `annotation`: the readOnly properties of models
    used in requests left out, as the runtime leaves them out (for the generated tests)."""
    return walk(api, value, annotation, keep=lambda m, f: not (m.in_request and f.read_only))


_SAMPLES: dict[str, Any] = {
    "str": "string",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "datetime": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",  # RFC 3339's full-time has its offset
    "UUID": "00000000-0000-4000-8000-000000000000",
    "Decimal": "1.5",
}


def sample_of(api: Api, annotation: str) -> Any:
    """JSON data that parses as `annotation` (a response typed by no single model: a list, a
    union, a primitive), for the generated tests."""
    for option in options(annotation):
        if option.startswith("list["):
            return []
        if option.startswith("dict["):
            return {}
        if option.startswith("Literal["):
            return ast.literal_eval(option[len("Literal[") : -1].split(",")[0].strip())
        if api.find_model(option) is not None:
            return sample(api, {"$ref": f"#/$defs/{option}"})
        if option in _SAMPLES:
            return _SAMPLES[option]
    return {}


_TEMPORAL: dict[str, type] = {"datetime": datetime, "date": date, "time": time}


def dumped(api: Api, value: Any, annotation: str) -> Any:
    """JSON data of `annotation` as the models write it back (dates and times in pydantic's
    spelling); everything else as it is."""
    return walk(api, value, annotation, text=_temporal)


def _temporal(option: str, text: str) -> Any:
    if option not in _TEMPORAL:
        return None
    return _temporal_dump(option)(text)


@cache
def _temporal_dump(option: str) -> Callable[[str], Any]:
    """pydantic's JSON spelling of a text read as `option` (None when it reads no such value).
    Made on first use: pydantic's import and adapters cost some 0.05 s, and many documents
    have no date or time to write back."""
    from pydantic import TypeAdapter, ValidationError

    adapter: TypeAdapter[Any] = TypeAdapter(_TEMPORAL[option])

    def dump(text: str) -> Any:
        try:
            return adapter.dump_python(adapter.validate_python(text), mode="json")
        except ValidationError:
            return None

    return dump
