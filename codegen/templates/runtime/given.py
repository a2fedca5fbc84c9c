"""`NOT_GIVEN`: the default of optional arguments, told apart from an explicit `None`.

A nullable field can be sent as `null` on purpose; an argument the caller did not pass is
not sent at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, final

__all__ = ["NOT_GIVEN", "NotGiven", "given"]


@final
class NotGiven:
    """The type of `NOT_GIVEN`; falsy, and its repr reads as what it means."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries whose value was given (not `NOT_GIVEN`), in order."""
    return {k: v for k, v in values.items() if v is not NOT_GIVEN}
