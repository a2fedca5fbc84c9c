"""An operation's pagination, from the `x-codegen-pagination` hint the manifest writes in:
which query parameter pages, and the type of the items of a page."""

from __future__ import annotations

from typing import Any

from codegen.errors import InputError, Problem
from codegen.ir.context import BuildContext
from codegen.ir.model import Pagination, Parameter
from codegen.ir.names import pascal


def pagination(
    ctx: BuildContext, op: dict[str, Any], params: tuple[Parameter, ...], where: str
) -> Pagination | None:
    hint = op.get("x-codegen-pagination")
    if hint is None:
        return None
    here = where + "/x-codegen-pagination"

    def bad(message: str) -> InputError:
        return InputError([Problem(ctx.file, here, message)])

    style = hint.get("style") if isinstance(hint, dict) else None
    if style not in ("page", "cursor", "offset") or "param" not in hint or "items" not in hint:
        raise bad("a pagination hint needs `style` (page, cursor or offset), `param` and `items`")
    if style == "cursor" and not hint.get("next_cursor"):
        raise bad("cursor pagination needs `next_cursor`, the path of the next cursor in a page")
    by_wire = {p.wire_name: p for p in params if p.location == "query"}
    named = {key: hint.get(key) for key in ("param", "limit_param") if hint.get(key)}
    for key, wire in named.items():
        if wire not in by_wire:
            raise bad(f"`{key}` names {wire!r}, which is not a query parameter of the operation")
    item = _page_item_schema(ctx, op, str(hint["items"]))
    if item is None:
        raise bad(
            f"`items` names {hint['items']!r}, which is not a list in the operation's "
            "success response"
        )
    hint_name = pascal(op.get("operationId") or "Page") + "Item"
    _, item_type = ctx.schemas.convert(item, hint_name, here + "/items", "response")
    limit = hint.get("limit_param")
    return Pagination(
        style=style,
        param=by_wire[hint["param"]].py_name,
        items=str(hint["items"]),
        item_type=item_type,
        next_cursor=hint.get("next_cursor"),
        limit=by_wire[limit].py_name if limit else None,
    )


def _page_item_schema(ctx: BuildContext, op: dict[str, Any], path: str) -> Any:
    """The schema of one item of the list at `path` in the JSON success response."""
    for status, response in sorted((op.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        response = ctx.schemas.resolve(response)
        for ctype, media in (response.get("content") or {}).items():
            if "json" not in ctype:
                continue
            schema: Any = (media or {}).get("schema")
            for part in path.split("."):
                props = ctx.schemas.resolve(schema).get("properties") or {}
                schema = props.get(part)
            schema = ctx.schemas.resolve(schema) if schema is not None else {}
            types = schema.get("type")
            if "array" in (types if isinstance(types, list) else [types]):
                return schema.get("items", {})
    return None
