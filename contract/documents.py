"""Reading a provider's OpenAPI document, and the copy of it that the static run serves.

Prism's static mode answers with the document's example; where the document has none it
makes up placeholder values that ignore patterns and formats, answers them, and then (with
`--errors`) rejects its own answer. The static run therefore serves a copy in which every
answer without an example gets one built from its schema, the way the generator builds the
examples of its tests: Prism still checks that answer against the document, and the client
still has to parse it. Answers that have an example keep it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from codegen.emit.sample import sample
from codegen.ir.model import Operation
from codegen.sources.fragments import resolve_local
from contract.providers import Loaded, operations

_MAX_DEPTH = 24


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


def with_answer_examples(loaded: Loaded) -> dict[str, Any]:
    """A copy of the document where each JSON answer without an example has one."""
    document = copy.deepcopy(loaded.document)
    for _, op in operations(loaded):
        responses = operation_object(document, op).get("responses") or {}
        for response in op.responses:
            if response.kind != "json" or response.content_type is None:
                continue
            raw = resolve_local(document, responses.get(response.status))
            media = ((raw or {}).get("content") or {}).get(response.content_type)
            if not isinstance(media, dict) or "example" in media or "examples" in media:
                continue
            if response.model is not None:
                media["example"] = sample(loaded.api, {"$ref": f"#/$defs/{response.model}"})
            else:
                media["example"] = sample(
                    loaded.api, inline_refs(document, media.get("schema") or {})
                )
    return document


def write_document(document: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def served_document(loaded: Loaded, mode: str, folder: Path) -> Path:
    """The document Prism serves in `mode`: the copy with examples (static) or the original."""
    if mode != "static":
        return loaded.provider.document
    return write_document(
        with_answer_examples(loaded), folder / f"{loaded.provider.name}.static.json"
    )
