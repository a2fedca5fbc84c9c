"""The members of a union annotation, as the example data walks them."""

from __future__ import annotations

from codegen.emit.data.annotations import options


def test_top_level_members_without_none() -> None:
    assert options("list[A | B] | dict[str, C | None] | None") == [
        "list[A | B]",
        "dict[str, C | None]",
    ]
    assert options("None") == []
    assert options("Invoice") == ["Invoice"]


def test_each_caller_gets_a_list_of_its_own() -> None:
    first = options("A | B")
    first.reverse()  # the caller's to change: the next caller still gets the annotation's order
    assert options("A | B") == ["A", "B"]
