"""The two iterating methods of an operation that pages (`iter_x`, `iter_x_pages`)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from codegen.emit.client.views.arguments import Arg
from codegen.emit.client.views.imports import Imports
from codegen.emit.text import WIDTH, docstring, literal
from codegen.ir.model import Operation, Resource


@dataclass(frozen=True)
class PagingView:
    """The two iterating methods of an operation that pages: over its pages and its items."""

    pages_name: str
    items_name: str
    item_type: str
    paging: str  # the runtime `Paging(...)` expression
    first: str  # the argument holding the first page token
    forward: str  # the builder's arguments, with the page token from the loop
    items_path: str  # literal of the dotted path of a page's items
    pages_doc: str
    items_doc: str


def paging_methods(resource: Resource) -> dict[str, tuple[str, str]]:
    """py_name of each operation that pages -> its (items, pages) iterating method names."""
    taken = {op.py_name for op in resource.operations}
    return {
        op.py_name: (
            _free_name(f"iter_{op.py_name}", taken),
            _free_name(f"iter_{op.py_name}_pages", taken),
        )
        for op in resource.operations
        if op.pagination
    }


def paging_view(
    op: Operation,
    args: tuple[Arg, ...],
    imports: Imports,
    names: tuple[str, str] | None,
    spell: Callable[[str], str] = str,
) -> PagingView | None:
    pg = op.pagination
    if pg is None or names is None:
        return None
    items_name, pages_name = names
    imports.add(pg.item_type)
    imports.names.update(
        ("collections.abc:AsyncIterator", "collections.abc:Iterator", "typing:Any")
    )
    paging = [f"style={literal(pg.style)}", f"items={literal(pg.items)}"]
    if pg.next_cursor:
        paging.append(f"next_cursor={literal(pg.next_cursor)}")
    if pg.limit:
        paging.append(f"page_size={pg.limit}")
    start = {"page": "page 1", "offset": "offset 0", "cursor": "the first page"}[pg.style]
    ends = {
        "page": "an empty page",
        "offset": "an empty page",
        "cursor": "a page without a next cursor",
    }[pg.style]
    if pg.limit:
        ends += f" or one shorter than `{pg.limit}`"
    how = textwrap.fill(
        f"Starts at `{pg.param}` ({start} when not given) and stops after {ends}. "
        f"Takes the arguments of `{op.py_name}`; each page is fetched when the loop reaches it.",
        WIDTH - 8,
    )
    return PagingView(
        pages_name=pages_name,
        items_name=items_name,
        item_type=spell(pg.item_type.annotation),
        paging="Paging(" + ", ".join(paging) + ")",
        first=pg.param,
        items_path=literal(pg.items),
        forward=", ".join(f"{a.name}={'_token' if a.name == pg.param else a.name}" for a in args),
        pages_doc=docstring(f"Every page of `{op.py_name}`, one after the other.\n\n{how}", 8),
        items_doc=docstring(
            f"Every item of every page of `{op.py_name}` (the page's `{pg.items}`).\n\n{how}", 8
        ),
    )


def _free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... when an operation of the resource already has it."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate
