"""OpenAPI Overlay 1.0: the corrections a provider's documents need, kept beside them.

```yaml
overlay: 1.0.0
info: {title: ..., version: ...}
actions:
  - target: $.paths['/invoices'].post     # JSONPath; filter expressions work
    description: why
    update: {summary: Create an invoice}  # merged deeply into every match
  - target: $.paths['/internal']
    remove: true
```

Actions apply in order. An object target gets `update` merged into it (objects recursively,
any other value replaced); an array target gets `update` appended. An action whose target
matches nothing is an error: an overlay that silently does nothing hides a broken correction.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.errors import InputError, Problem
from codegen.sources.jsondata import to_json_data
from codegen.yamlload import load_document

if TYPE_CHECKING:
    from jsonpath_ng import DatumInContext


def load_overlay(path: Path, file: str) -> dict[str, Any]:
    """Read an overlay file (YAML or JSON) and check its shape."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(file, "", f"cannot read the overlay: {exc}")]) from None
    data = to_json_data(load_document(text, file), file)
    problems: list[Problem] = []
    if not isinstance(data, dict) or not str(data.get("overlay", "")).startswith("1."):
        raise InputError(
            [
                Problem(
                    file,
                    "line 1",
                    "not an OpenAPI Overlay 1.x document",
                    hint="it starts with `overlay: 1.0.0`",
                )
            ]
        )
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise InputError([Problem(file, "/actions", "the overlay has no `actions` list")])
    for i, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            problems.append(Problem(file, f"/actions/{i}", "an action needs a `target` JSONPath"))
        elif "update" not in action and action.get("remove") is not True:
            problems.append(
                Problem(file, f"/actions/{i}", "the action has neither `update` nor `remove: true`")
            )
    if problems:
        raise InputError(problems)
    return data


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any], file: str) -> dict[str, Any]:
    """Apply every action of `overlay` (labelled `file`) to `doc` in place; return it."""
    # imported here: only a provider with overlays pays for importing the JSONPath parser
    from jsonpath_ng.exceptions import JSONPathError
    from jsonpath_ng.ext.parser import parse

    problems: list[Problem] = []
    for i, action in enumerate(overlay["actions"]):
        where = f"/actions/{i}"
        target = action["target"]
        try:
            matches = parse(target).find(doc)
        except JSONPathError as exc:
            problems.append(Problem(file, where, f"invalid JSONPath {target!r}: {exc}"))
            continue
        if not matches:
            problems.append(
                Problem(
                    file,
                    where,
                    f"action {i} matches nothing: target {target!r}",
                    hint="the document may have changed; fix the target or drop the action",
                )
            )
            continue
        if action.get("remove") is True:
            problem = _remove(matches)
        else:
            problem = None
            for match in matches:
                problem = _update(match, action["update"])
                if problem:
                    break
        if problem:
            problems.append(Problem(file, where, f"action {i}: {problem}"))
    if problems:
        raise InputError(problems)
    return doc


def _update(match: DatumInContext, update: Any) -> str | None:
    """Merge `update` into the matched value; a problem, or None."""
    value = match.value
    if isinstance(value, dict) and isinstance(update, dict):
        deep_merge(value, update)
    elif isinstance(value, list):
        value.append(copy.deepcopy(update))
    elif match.context is None:
        return "the root can only be updated with an object"
    else:
        # a scalar target (Overlay 1.1 allows it): its value in the container is replaced
        key = _key(match)
        if key is None:
            return f"cannot update through the JSONPath step {match.path}"
        match.context.value[key] = copy.deepcopy(update)
    return None


def deep_merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge `update` into `into`: objects recursively, anything else replaced.

    Arrays inside an update replace the array they meet (a corrected `required` or `enum`
    list must be able to drop values); to add one entry, target the array itself.
    """
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            deep_merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


def _remove(matches: list[DatumInContext]) -> str | None:
    """Remove every match from its container; the deepest, last indices first."""
    removals: list[tuple[Any, str | int]] = []
    for match in matches:
        key = _key(match)
        if match.context is None:
            return "the root of the document cannot be removed"
        if key is None:
            return f"cannot remove through the JSONPath step {match.path}"
        removals.append((match.context.value, key))
    # list indices go from the highest down, so removing one leaves the others valid
    for container, key in sorted(
        removals, key=lambda r: r[1] if isinstance(r[1], int) else -1, reverse=True
    ):
        if isinstance(container, dict):
            container.pop(key, None)
        elif isinstance(container, list) and isinstance(key, int) and key < len(container):
            del container[key]
    return None


def _key(match: DatumInContext) -> str | int | None:
    """The key or index of the match in its container."""
    from jsonpath_ng import Fields, Index

    path = match.path
    if isinstance(path, Index) and len(path.indices) == 1:
        return int(path.indices[0])
    if isinstance(path, Fields) and len(path.fields) == 1:
        return str(path.fields[0])
    return None
