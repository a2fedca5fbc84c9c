"""Reading the annotation texts of the IR (`list[Item] | None`) to walk JSON data by them.

The generated tests need the data a client sends or writes back for a value of a given type:
readOnly properties left out, dates in pydantic's spelling. `walk` follows the annotation
through lists, maps, tagged unions and models once, for every such rewrite.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from codegen.emit.data.fit import fitting_first
from codegen.ir.model import Api, Field, Model


def options(annotation: str) -> list[str]:
    """Top-level members of a union annotation (brackets respected), None left out."""
    return list(_options(annotation))


# an API has a few thousand annotations, read again for every value walked along them
@functools.lru_cache(maxsize=8192)
def _options(annotation: str) -> tuple[str, ...]:
    parts, depth, current = [], 0, ""
    for ch in annotation:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return tuple(p for p in parts if p and p != "None")


def walk(
    api: Api,
    value: Any,
    annotation: str,
    *,
    text: Callable[[str, str], Any] | None = None,
    keep: Callable[[Model, Field], bool] | None = None,
) -> Any:
    """`value` rewritten along `annotation`: `text(option, string)` may rewrite a string of a
    scalar option (None: not its business), `keep(model, field)` may leave a property out."""

    def again(v: Any, ann: str) -> Any:
        return walk(api, v, ann, text=text, keep=keep)

    for option in fitting_first(api, options(annotation), value):
        if text is not None and isinstance(value, str):
            rewritten = text(option, value)
            if rewritten is not None:
                return rewritten
        if option.startswith("list[") and isinstance(value, list):
            return [again(v, option[len("list[") : -1]) for v in value]
        if option.startswith("dict[str, ") and isinstance(value, dict):
            return {k: again(v, option[len("dict[str, ") : -1]) for k, v in value.items()}
        model = api.find_model(option)
        if model is None or not isinstance(value, dict):
            continue
        if model.kind == "alias":
            tag = value.get(model.discriminator or "")
            variant = next((n for n, tags in model.variants if tag in tags), None)
            return again(value, variant) if variant else value
        if model.kind == "object":
            tag = value.get(model.discriminator or "")
            child = next((n for n, tags in model.variants if tag in tags), option)
            if child != option:  # a parent's discriminator names a child
                return again(value, child)
            fields = {f.wire_name: f for f in model.fields}
            return {
                k: again(v, fields[k].type.annotation) if k in fields else v
                for k, v in value.items()
                if keep is None or k not in fields or keep(model, fields[k])
            }
    return value
