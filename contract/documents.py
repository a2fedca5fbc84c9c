"""Reading a provider's OpenAPI document, and the copies of it that Prism serves.

Prism serves copies, changed where Prism (5.14) cannot serve or check the document as it is.
Each change is listed (`Served.changes`) and shown with the run's results:

- Cycles between schemas are broken (`contract.cycles`): past a number of them Prism cannot
  compile an operation's schema, and then skips its checks without saying so.
- Path templates that differ only in their parameters' names (`/Journals/{JournalID}` and
  `/Journals/{JournalNumber}`) are one path to Prism, which routes every such request to the
  last of them in the document. The others are served each by a copy of their own.
- Static mode answers with the document's example; where the document has none it makes up
  placeholder values that ignore patterns and formats. An example that contradicts its
  schema is answered as it is, and then rejected by Prism's own check (a 500) or, where that
  check is skipped, left to the client to reject. The static copy therefore answers data built
  from the schema (the way the generator builds the examples of its tests) wherever the
  document has no example or one that breaks its schema. Prism still checks that answer
  against the document, and the client still has to parse it.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from codegen.emit.data.sample import sample
from codegen.ir.model import Operation
from codegen.sources.fragments import resolve_local
from contract.cycles import apply_cuts, find_cuts
from contract.prism import Mode
from contract.providers import Loaded, operations

_MAX_DEPTH = 24
_PARAMETER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Served:
    """A copy of the document for Prism to serve, the operations to call against it (by
    operation id), and what the copy changes."""

    path: Path
    mode: Mode
    operation_ids: frozenset[str]
    changes: tuple[str, ...]


def operation_object(document: dict[str, Any], op: Operation) -> dict[str, Any]:
    """The document's Operation Object of `op` (empty when it is not there)."""
    item = resolve_local(document, (document.get("paths") or {}).get(op.path) or {})
    found = resolve_local(document, item.get(op.http_method.lower()) or {})
    return found if isinstance(found, dict) else {}


def path_item(document: dict[str, Any], op: Operation) -> dict[str, Any]:
    item = resolve_local(document, (document.get("paths") or {}).get(op.path) or {})
    return item if isinstance(item, dict) else {}


def inline_refs(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with the document references in it replaced by what they point at.

    A schema that refers to itself is cut off (as `{}`) past a fixed depth.
    """
    if depth > _MAX_DEPTH:
        return {}
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            target = resolve_local(document, node)
            rest = {k: v for k, v in node.items() if k != "$ref"}
            merged = {**target, **rest} if isinstance(target, dict) and target is not node else rest
            return inline_refs(document, merged, depth + 1)
        return {k: inline_refs(document, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(document, v, depth + 1) for v in node]
    return node


# -- the copies ---------------------------------------------------------------------------


def served_documents(loaded: Loaded, mode: Mode, folder: Path) -> list[Served]:
    """The copies Prism serves in `mode`: one for most operations, one more for each layer of
    operations that a path of the same shape hides from Prism's router."""
    document = copy.deepcopy(loaded.document)
    changes = apply_cuts(document, find_cuts(document), mode)
    if mode == "static":
        changes += with_answer_examples(loaded, document)
    layers = route_layers(loaded)
    served = []
    for index, (ids, hidden) in enumerate(layers):
        copy_ = document if index == 0 else only_operations(loaded, document, ids)
        name = f"{loaded.provider.name}.{mode}" + (f".{index}" if index else "") + ".json"
        served.append(
            Served(
                write_document(copy_, folder / name),
                mode,
                frozenset(ids),
                tuple(changes if index == 0 else hidden),
            )
        )
    return served


def route_layers(loaded: Loaded) -> list[tuple[list[str], list[str]]]:
    """Operations grouped so that no two in a group have paths of the same shape (the same
    path once the parameters' names are left out) and the same method; with each group after
    the first, why its operations are not in the first.

    Prism scores the paths that match a request by their literal segments, and of equal
    scores takes the path that comes last in the document: that one is in the first group.
    """
    order = {path: i for i, path in enumerate(loaded.document.get("paths") or {})}
    shapes: dict[tuple[str, str], list[Operation]] = {}
    for op in sorted(loaded.api.operations, key=lambda o: order.get(o.path, -1)):
        key = (op.http_method.upper(), _PARAMETER.sub("{}", op.path))
        shapes.setdefault(key, []).append(op)
    layers: list[tuple[list[str], list[str]]] = []
    for group in shapes.values():
        winner = group[-1]
        for depth, op in enumerate(reversed(group)):
            while len(layers) <= depth:
                layers.append(([], []))
            ids, hidden = layers[depth]
            ids.append(op.operation_id)
            if depth:
                hidden.append(
                    f"{op.operation_id} ({op.http_method.upper()} {op.path}): Prism routes its "
                    f"requests to {winner.path}, a path of the same shape later in the "
                    "document; served by a copy without that path"
                )
    return layers


def only_operations(loaded: Loaded, document: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """A copy of `document` whose paths hold the operations `ids` and nothing else."""
    wanted = set(ids)
    paths: dict[str, Any] = {}
    for op in loaded.api.operations:
        if op.operation_id not in wanted:
            continue
        item = paths.setdefault(
            op.path,
            {k: v for k, v in path_item(document, op).items() if k not in _METHODS},
        )
        item[op.http_method.lower()] = operation_object(document, op)
    return {**document, "paths": paths}


_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def with_answer_examples(loaded: Loaded, document: dict[str, Any]) -> list[str]:
    """Give each JSON answer of `document` (changed in place) an example that fits its
    schema in the provider's own document; what was replaced, and why."""
    components = loaded.document.get("components") or {}
    changes = []
    for _, op in operations(loaded):
        for response in op.responses:
            if response.kind != "json" or response.content_type is None:
                continue
            media = _media(document, op, response.status, response.content_type)
            if media is None:
                continue
            if "example" in media or "examples" in media:
                original = _media(loaded.document, op, response.status, response.content_type)
                schema = (original or {}).get("schema") or {}
                error = _example_error(components, schema, _answered(loaded.document, media))
                if error is None:
                    continue
                changes.append(
                    f"{op.operation_id} {response.status}: the document's example contradicts "
                    f"its schema ({error}); answered with data built from the schema"
                )
                media.pop("examples", None)
            if response.model is not None:
                media["example"] = sample(loaded.api, {"$ref": f"#/$defs/{response.model}"})
            else:
                media["example"] = sample(
                    loaded.api, inline_refs(document, media.get("schema") or {})
                )
    return changes


def _media(
    document: dict[str, Any], op: Operation, status: str, content_type: str
) -> dict[str, Any] | None:
    responses = operation_object(document, op).get("responses") or {}
    raw = resolve_local(document, responses.get(status))
    media = ((raw or {}).get("content") or {}).get(content_type)
    return media if isinstance(media, dict) else None


def _answered(document: dict[str, Any], media: dict[str, Any]) -> Any:
    """The example Prism answers with: `example`, else the first of `examples`."""
    if "example" in media:
        return media["example"]
    first = resolve_local(document, next(iter((media.get("examples") or {}).values()), None))
    return first.get("value") if isinstance(first, dict) else None


def _example_error(components: dict[str, Any], schema: dict[str, Any], value: Any) -> str | None:
    """The first way `value` breaks `schema` (with the document's components), or None."""
    root = {**schema, "components": components}  # where the schema's `#/components/` refs go
    validator = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
    error = next(iter(validator.iter_errors(value)), None)
    if error is None:
        return None
    place = "/".join(str(p) for p in error.absolute_path) or "(top)"
    return f"{place}: {' '.join(error.message.split())[:160]}"


def write_document(document: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
