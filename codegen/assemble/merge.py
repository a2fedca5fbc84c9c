"""Merging the pieces of one provider into one OpenAPI document.

Paths are united; the same path and method twice is an error naming both files, except for
variants of one operation (`x-codegen-variants`), which become one operation. Components of
the same name must be identical. Everything else is taken from the first piece that has it.

The later steps rewrite the merged document in place, so a piece's parts are copied into
it, the piece kept as read; a tree's (`Piece.tree`) are taken as they are, with no place
shared to keep apart, and its document is used up: nothing reads it after the merge.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import LEFT_OUT_KEY, Piece
from codegen.sources.fragments import HTTP_METHODS
from codegen.sources.variants import VARIANTS_KEY, merge_variant_operations

_PATH_MAPS = ("paths", "webhooks")
_BUILT = {"openapi", "info", "servers", "security", "tags", "components", *_PATH_MAPS}
# how a part of a piece goes into the merged document: copied, or as it is
Take = Callable[[Any], Any]


@dataclass
class Merged:
    """The merged document, warnings, and which file each path operation/component came from.

    `owners` maps JSON pointers (`/paths/~1invoices/post`, `/components/schemas/Invoice`) to
    the file that gave them, so a problem found later can name the file.
    """

    openapi: dict[str, Any]
    warnings: list[Problem] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)


def _copy(value: Any) -> Any:
    """`copy.deepcopy(value)` of a document's part, several times faster: dicts and lists are
    copied here (a value met twice, as a YAML alias makes it, is copied once and shared again,
    as `deepcopy` does), strings and numbers kept, anything else left to `deepcopy`."""
    memo: dict[int, Any] = {}

    def copied(node: Any) -> Any:
        kind = type(node)
        if kind is str or kind is int or kind is float or kind is bool or node is None:
            return node
        done = memo.get(id(node))
        if done is not None:
            return done
        if kind is dict:
            out: Any = {}
            memo[id(node)] = out
            for key, item in node.items():
                out[copied(key)] = copied(item)
        elif kind is list:
            out = []
            memo[id(node)] = out
            out.extend(copied(item) for item in node)
        else:
            out = copy.deepcopy(node, memo)
        return out

    return copied(value)


def _as_is(value: Any) -> Any:
    return value


def merge_pieces(pieces: list[Piece]) -> Merged:
    if not pieces:
        raise InputError([Problem("", "", "no documents to assemble")])
    out = Merged({"openapi": pieces[0].openapi.get("openapi", "3.1.0")})
    doc = out.openapi
    problems: list[Problem] = []
    for piece in pieces:
        src = piece.openapi
        # a tree's parts stand nowhere else: copying them would keep no place apart
        take: Take = _as_is if piece.tree else _copy
        if "info" in src and "info" not in doc:
            doc["info"] = take(src["info"])
        _merge_servers(doc, src.get("servers") or [], piece.file, out.warnings, take)
        if "security" in src:
            _first_wins(doc, "security", src["security"], piece.file, out.warnings, take)
        _merge_tags(doc, src.get("tags") or [], take)
        for kind in _PATH_MAPS:
            if isinstance(src.get(kind), dict):
                into = doc.setdefault(kind, {})
                _merge_paths(into, src[kind], kind, piece.file, out, problems, take)
        if isinstance(src.get("components"), dict):
            into = doc.setdefault("components", {})
            _merge_components(into, src["components"], piece.file, out, problems, take)
        for key, value in src.items():
            if key == LEFT_OUT_KEY:  # every document's, not the first one's
                doc.setdefault(key, []).extend(take(value))
            elif key not in _BUILT:
                _first_wins(doc, key, value, piece.file, out.warnings, take)
    if problems:
        raise InputError(problems)
    doc.setdefault("paths", {})
    return out


def _merge_paths(
    into: dict[str, Any],
    src: dict[str, Any],
    kind: str,
    file: str,
    out: Merged,
    problems: list[Problem],
    take: Take,
) -> None:
    for path, item in src.items():
        if not isinstance(item, dict):
            if path not in into:
                into[path] = take(item)
            continue
        target = into.setdefault(path, {})
        for key, value in item.items():
            at = pointer(kind, path, key)
            if key not in HTTP_METHODS or not isinstance(value, dict):
                _first_wins(target, key, value, file, out.warnings, take, at)
            elif key not in target:
                target[key] = take(value)
                out.owners[at] = file
            elif VARIANTS_KEY in value and VARIANTS_KEY in target[key]:
                ops = [(out.owners[at], at, target[key]), (file, at, value)]
                target[key], warnings = merge_variant_operations(ops, key, path)
                out.warnings.extend(warnings)
            else:
                problems.append(
                    Problem(
                        file,
                        at,
                        f"{key.upper()} {path} is defined twice: in {out.owners[at]} and in {file}",
                        hint="keep one document for it, or drop one by an overlay",
                    )
                )


def _merge_components(
    into: dict[str, Any],
    src: dict[str, Any],
    file: str,
    out: Merged,
    problems: list[Problem],
    take: Take,
) -> None:
    for kind, entries in src.items():
        if not isinstance(entries, dict) or kind.startswith("x-"):
            at = pointer("components", kind)
            _first_wins(into, kind, entries, file, out.warnings, take, at)
            continue
        target = into.setdefault(kind, {})
        for name, value in entries.items():
            at = pointer("components", kind, name)
            if name not in target:
                target[name] = take(value)
                out.owners[at] = file
            elif target[name] != value:
                problems.append(
                    Problem(
                        file,
                        at,
                        f"component {kind}/{name} differs from the one of the "
                        f"same name in {out.owners[at]}",
                        hint="rename one of them, or make them identical",
                    )
                )


def _merge_servers(
    doc: dict[str, Any], servers: list[Any], file: str, warnings: list[Problem], take: Take
) -> None:
    kept = doc.setdefault("servers", [])
    by_url = {_url(s): s for s in kept}
    for server in servers:
        url = _url(server)
        if url not in by_url:
            by_url[url] = take(server)
            kept.append(by_url[url])
        elif by_url[url] != server:
            warnings.append(
                Problem(
                    file,
                    "/servers",
                    f"server {url} is described differently "
                    "in another document; the first description is kept",
                )
            )
    if not kept:
        del doc["servers"]


def _merge_tags(doc: dict[str, Any], tags: list[Any], take: Take) -> None:
    if not tags:
        return
    kept = doc.setdefault("tags", [])
    names = {t.get("name") for t in kept if isinstance(t, dict)}
    for tag in tags:
        if isinstance(tag, dict) and tag.get("name") not in names:
            names.add(tag.get("name"))
            kept.append(take(tag))


def _first_wins(
    into: dict[str, Any],
    key: str,
    value: Any,
    file: str,
    warnings: list[Problem],
    take: Take,
    at: str | None = None,
) -> None:
    if key not in into:
        into[key] = take(value)
    elif into[key] != value:
        warnings.append(
            Problem(
                file,
                at or pointer(key),
                f"`{key}` differs from another document's; the first one is kept",
            )
        )


def _url(server: Any) -> str:
    return str(server.get("url", "")).rstrip("/") if isinstance(server, dict) else repr(server)
