"""Reader for OpenAPI 3.0.x / 3.1.x documents, written as YAML or JSON."""

from __future__ import annotations

import re
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import Hints, Piece
from codegen.sources.fragments import HTTP_METHODS, apply_fragment_rule
from codegen.sources.jsondata import to_json_data
from codegen.sources.query_keys import move_query_out_of_paths
from codegen.yamlload import load_json, load_yaml

_SUPPORTED = re.compile(r"^3\.[01](\.\d+)?([-.].*)?$")
# a path key on a line of its own (`  /invoices/{id}:`), for pointing at it by line
_PATH_LINE = re.compile(r"^[ \t]+[\"']?(/[^\n]*?)[\"']?[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE)


def read(text: str, file: str, hints: Hints) -> Piece:
    """Read a whole file holding one OpenAPI document."""
    data, origins = parse(text, file)
    return build_piece(data, file, hints, origins)


def parse(text: str, file: str, *, line_offset: int = 0) -> tuple[Any, dict[str, str]]:
    """The parsed document and the lines of its top-level keys and path keys (YAML only).

    The document is a tree: JSON's decoder makes one, and `to_json_data` copies each of
    YAML's aliases apart."""
    if text.lstrip().startswith(("{", "[")):
        # JSON's keys are strings and it has no dates: `to_json_data` would only copy it
        return load_json(text, file, line_offset=line_offset), {}
    data, lines = load_yaml(text, file, line_offset=line_offset)
    origins = {pointer(key): line for key, line in lines.items()}
    line, counted = 1 + line_offset, 0  # lines counted on from the last match, not from 0
    for match in _PATH_LINE.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        origins.setdefault(pointer("paths", match.group(1)), f"line {line}")
    return to_json_data(data, file), origins


def describe(data: Any) -> str | None:
    """What is wrong with `data` as an OpenAPI 3.0/3.1 document, or None when it is one."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        return f"not an OpenAPI document: the file is {kind}, not a mapping"
    if "swagger" in data:
        return f"a Swagger {data['swagger']} document, not OpenAPI 3"
    if "openapi" not in data:
        return "not an OpenAPI document: it has no `openapi` key"
    if not _SUPPORTED.match(str(data["openapi"])):
        return f"OpenAPI version {data['openapi']} is not supported"
    return None


def build_piece(data: Any, file: str, hints: Hints, origins: dict[str, str]) -> Piece:
    """Check the document, apply the fragment rule and the manifest's hints.

    `data` is a tree, as `parse` gives it; the rewrites copy what they write twice, so the
    piece is one too."""
    problem = describe(data)
    if problem is not None:
        hint = "give the provider's OpenAPI 3.0 or 3.1 document"
        raise InputError([Problem(file, origins.get("/swagger", "line 1"), problem, hint)])
    paths = data.get("paths")
    if paths is not None and not isinstance(paths, dict):
        raise InputError(
            [Problem(file, origins.get("/paths", "/paths"), "`paths` is not a mapping")]
        )
    warnings = move_query_out_of_paths(data, file)
    warnings.extend(apply_fragment_rule(data, file))
    warnings.extend(_apply_hints(data, file, hints))
    return Piece(file=file, openapi=data, origins=origins, warnings=warnings, tree=True)


def _apply_hints(doc: dict[str, Any], file: str, hints: Hints) -> list[Problem]:
    warnings: list[Problem] = []
    ops = [
        op
        for item in (doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    ]
    if hints.method or hints.path:
        warnings.append(
            Problem(
                file,
                "",
                "the manifest's method/path_template is not used: an OpenAPI "
                "document gives its own paths",
                hint="remove them from the manifest entry",
            )
        )
    if hints.tags:
        for op in ops:
            op.setdefault("tags", list(hints.tags))
    if hints.operation_id:
        if len(ops) != 1:
            raise InputError(
                [
                    Problem(
                        file,
                        "/paths",
                        f"the manifest gives operation_id "
                        f"{hints.operation_id!r}, but the document has {len(ops)} operations",
                        hint="operation_id applies to a document of one operation",
                    )
                ]
            )
        ops[0].setdefault("operationId", hints.operation_id)
    return warnings
