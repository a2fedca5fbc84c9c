"""The Python API diff of two package versions: a resource's raw-response variants, now derived
by the runtime's wrappers, are no change to their users; a real change still is."""

from __future__ import annotations

import textwrap
from pathlib import Path

from codegen.release.changes import BREAKING, FEATURE
from codegen.release.pyapi import python_changes

OLD = """
class ThingsResource:
    def __init__(self, core: object) -> None:
        self.with_raw_response = ThingsResourceWithRawResponse(core)

    def get(self, *, id: str) -> int:
        return 1

    def drop(self, *, id: str) -> None:
        return None


class ThingsResourceWithRawResponse:
    def __init__(self, core: object) -> None:
        self._core = core

    def get(self, *, id: str) -> int:
        return 1

    def drop(self, *, id: str) -> None:
        return None
"""

NEW = """
from functools import cached_property


class ThingsResource:
    def __init__(self, core: object) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        return ThingsResourceWithRawResponse(self)

    def get(self, *, id: str) -> int:
        return 1

    def count(self) -> int:
        return 1


class ThingsResourceWithRawResponse:
    def __init__(self, resource: ThingsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.drop = to_raw_response_wrapper(resource.get)
        self.count = to_raw_response_wrapper(resource.count)
"""


def _package(root: Path, source: str) -> Path:
    pkg = root / "tiny"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "things.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return root


def test_a_derived_raw_variant_is_no_change_and_a_real_change_still_is(tmp_path: Path) -> None:
    old = _package(tmp_path / "old", OLD)
    new = _package(tmp_path / "new", NEW)
    found = python_changes("tiny", old, new)
    changes = {(c.where, c.kind) for c in found}
    # `get` wraps the resource's own `get`: called as before; `with_raw_response` only gained
    # its declared type
    assert ("tiny.things.ThingsResourceWithRawResponse.get", BREAKING) not in changes
    assert not any(where.endswith(".with_raw_response") for where, _ in changes)
    # the sync method is gone, and `drop` now wraps another method: both still breaking
    assert ("tiny.things.ThingsResource.drop", BREAKING) in changes
    assert ("tiny.things.ThingsResourceWithRawResponse.drop", BREAKING) in changes
    # a new operation's variant is a method added, as in the resource (listed once for both)
    added = {c.where: c.what for c in found if c.kind == FEATURE}
    assert added["tiny.things.ThingsResourceWithRawResponse.count"] == "function added"
    assert added["tiny.things.ThingsResource.count"] == "function added"


MODELS_OLD = """
from typing import Annotated
from pydantic import BaseModel, Field


class Invoice(BaseModel):
    date: Annotated[str | None, Field(alias="date")] = None
    code: Annotated[str, Field(alias="Code")]
    total: Annotated[int, Field(alias="Total", le=10)]
    lines: list[Annotated[str, Field(min_length=1)]]
    note: Annotated[str | None, Field(alias="note")] = None
    owner: Annotated[str, Field(alias="owner")]
"""

MODELS_NEW = """
from typing import Annotated
from pydantic import BaseModel, Field


class Invoice(BaseModel):
    date: str | None = None
    code: Annotated[str, Field(alias="CODE")]
    total: Annotated[int, Field(alias="Total", le=5)]
    lines: list[Annotated[str, Field(min_length=2)]]
    note: Annotated[int | None, Field(alias="note")] = None
    owner: str | None = None
"""


def test_an_alias_is_no_python_type_and_a_changed_type_or_constraint_still_is(
    tmp_path: Path,
) -> None:
    old = _package(tmp_path / "old", MODELS_OLD)
    new = _package(tmp_path / "new", MODELS_NEW)
    found = {c.where.rsplit(".", 1)[-1]: c.kind for c in python_changes("tiny", old, new)}
    # an alias dropped (the field named as sent) or changed: the wire diff's business
    assert "date" not in found
    assert "code" not in found
    # a tighter constraint refuses values callers passed: breaking, as a changed type is
    assert found["total"] == BREAKING
    assert found["lines"] == BREAKING
    assert found["note"] == BREAKING
    # only widened: a feature
    assert found["owner"] == FEATURE
