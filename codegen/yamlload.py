"""Loading YAML and JSON with the fast loaders, turning syntax errors into `Problem`s."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from codegen.errors import InputError, Problem

try:  # the C loader is many times faster on large documents
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml is part of the pinned wheel
    _Loader = yaml.SafeLoader

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def load_yaml(text: str, file: str, *, line_offset: int = 0) -> tuple[Any, dict[str, str]]:
    """Parse YAML; also return where each top-level key stands (`{"servers": "line 7"}`).

    `line_offset` is added to line numbers, for YAML cut out of a larger file.
    """
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1 + line_offset}, column {mark.column + 1}" if mark else ""
        raise InputError([Problem(file, where, f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, "", f"invalid YAML: {exc}")]) from None
    lines = {
        m.group(1): f"line {text.count(chr(10), 0, m.start()) + 1 + line_offset}"
        for m in _TOP_KEY.finditer(text)
    }
    return data, lines


def load_json(text: str, file: str, *, line_offset: int = 0) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno + line_offset}, column {exc.colno}"
        raise InputError([Problem(file, where, f"invalid JSON: {exc.msg}")]) from None


def load_document(text: str, file: str, *, line_offset: int = 0) -> Any:
    """JSON when it looks like JSON, YAML otherwise (YAML is a superset, but slower)."""
    if text.lstrip().startswith(("{", "[")):
        return load_json(text, file, line_offset=line_offset)
    return load_yaml(text, file, line_offset=line_offset)[0]
