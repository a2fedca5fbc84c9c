"""The models module: the IR's named schemas through datamodel-code-generator.

datamodel-code-generator is called once per package (`writer.py`), with one JSON Schema
document whose `$defs` are the IR's models, already named; we tell it the field names (so
keyword arguments and attributes agree) and the base classes (so requests are strict and
responses lenient, as the vendored runtime decides). Its module is then finished here: names,
open enums, patterns, the package's runtime imported relatively, the rules and `__all__`.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from codegen.emit.models import classes, deferred, extras, literals, scan
from codegen.emit.models.request import ModelRequest, WrittenModels
from codegen.emit.text import api_title, docstring, escaped
from codegen.errors import Problem
from codegen.ir.model import Api, Model

_PYTHON_ENGINE = 'regex_engine="python-re"'
_PATTERN_KEYWORD = re.compile(r"\bpattern\s*=")


def _header(title: str) -> str:
    return docstring(
        f"Models of the {api_title(title)}. Generated from the OpenAPI document; do not edit.", 0
    )


def models_schema(api: Api) -> dict[str, Any]:
    """One JSON Schema document with every model under `$defs` (aliases are written apart)."""
    return extras.datamodel_schema(api)


def render_models(api: Api) -> tuple[str, list[Problem]]:
    """The models module, and what datamodel-code-generator warned of while writing it."""
    # (imported here: the process that only makes requests, the pipeline's front, never runs it)
    from codegen.emit.models.writer import write_models

    request = model_request(api)
    return models_module(api, write_models(request) if request is not None else None)


def model_request(api: Api) -> ModelRequest | None:
    """What datamodel-code-generator is asked to write for `api` (None: it has no models)."""
    if not api.models:
        return None
    pkg = api.package.name
    runtime = f"{pkg}._runtime.models"
    # the fields named otherwise than on the wire (a field named as it is sent needs no alias,
    # and each one given costs the writer time on a large document)
    aliases = {
        f"{m.name}.{f.wire_name}": f.py_name
        for m in api.models
        for f in m.fields
        if f.py_name != f.wire_name
    }
    base_map: dict[str, str | list[str]] = {
        m.name: f"{runtime}.StrictModel" for m in api.models if _is_strict(m)
    }
    # a parent whose discriminator picks its children (strict or not: the children extend it)
    base_map.update(
        {m.name: f"{runtime}.PolymorphicModel" for m in api.models if extras.is_parent(m)}
    )
    options = {
        "input_file_type": "jsonschema",
        "output_model_type": "pydantic_v2.BaseModel",
        "target_python_version": "3.11",
        "base_class": f"{runtime}.BaseModel",
        "base_class_map": base_map,
        "aliases": aliases,
        "snake_case_field": True,
        "allow_population_by_field_name": True,
        "disable_timestamp": True,
        "enable_version_header": False,
        "custom_file_header": _header(api.title),
        "use_schema_description": True,
        "use_field_description": True,
        "field_constraints": True,
        "use_annotated": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "strict_nullable": True,
        "skip_root_model": True,
        "capitalise_enum_members": True,
        "set_default_enum_member": True,
        "additional_imports": (
            ([f"{pkg}._runtime.rules.Rule"] if any(m.conditions for m in api.models) else [])
            + extras.extra_imports(api)
        )
        or None,
        "output_datetime_class": "datetime",
        "use_double_quotes": True,
        "formatters": [],
        # an allOf child's property is its own schema, not intersected with the parent's
        # (which would materialize the parent's enum or object as a class of its own)
        "allof_merge_mode": "none",
    }
    return ModelRequest(
        json.dumps(models_schema(api), sort_keys=False), options, api.package.provider
    )


def models_module(api: Api, written: WrittenModels | None) -> tuple[str, list[Problem]]:
    """The models module of `api` from what the writer wrote for its request (None when it
    has no models), and what the writer warned of."""
    if written is None:
        return (
            _header(api.title)
            + "\n\nfrom __future__ import annotations\n\n__all__: list[str] = []\n"
        ), []
    code = _post_process(written.code, api)
    classes.check_names(code, api)
    return code, written.notes


def _is_strict(m: Model) -> bool:
    return m.kind == "object" and m.strict


def _post_process(code: str, api: Api) -> str:
    code = escaped(code)  # a document's control characters, raw in literals and docstrings
    code = classes.restore_names(classes.inline_root_models(code), api)
    code = classes.allow_narrowing(code)
    code = _engine_per_pattern(code)
    pkg = re.escape(api.package.name)
    # the package imports its own runtime relatively, so it can be renamed or vendored
    code = re.sub(rf"^from {pkg}\._runtime\.", "from ._runtime.", code, flags=re.MULTILINE)
    # enums accept unknown values while a response is parsed (forward compatibility)
    code = re.sub(
        r"^(class \w+)\((?:StrEnum|str, Enum)\):", r"\1(OpenStrEnum):", code, flags=re.MULTILINE
    )
    if "(OpenStrEnum):" in code:
        code = re.sub(r"^from enum import (StrEnum|Enum)\n", "", code, count=1, flags=re.MULTILINE)
        code = code.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom ._runtime.models import OpenStrEnum\n",
            1,
        )
    code = literals.open_enums(code)
    code = deferred.drop_rebuilds(extras.splice(code, api))
    rules = _rules(api)
    names = sorted(m.name for m in api.models)
    exports = "\n__all__ = [\n" + "".join(f"    {json.dumps(n)},\n" for n in names) + "]\n"
    return code.rstrip() + "\n" + rules + exports


def _engine_per_pattern(code: str) -> str:
    """Each pattern on the engine that compiles it, not one engine per model.

    datamodel-code-generator gives a whole model Python's `re` (`regex_engine="python-re"`)
    when one of its patterns needs it (lookaround); the model's patterns written for the
    Rust engine (`\\p{L}`) then fail when the module is imported. A pattern it does not
    recognize as Python's (a class of surrogate escapes) stays on the Rust engine, which
    refuses it at import. Compiling just the patterns Rust rejects with `re`, in every
    model, makes pydantic use `re` for those fields alone.
    """
    if "pattern=" not in code:
        return code
    # imported here: a module without patterns needs no engine (pydantic-core's is 20 ms)
    from codegen import patterns

    edits: list[tuple[int, int, str]] = []
    for tokens in scan.statement_tokens(code, _PATTERN_KEYWORD):
        for before, equals, token, after in zip(tokens, tokens[1:], tokens[2:], tokens[3:]):
            if not (
                before.kind == "name"
                and before.text == "pattern"
                and equals.text == "="
                and token.kind == "string"
                and after.kind != "string"  # one literal, not a concatenation
            ):
                continue
            value = ast.literal_eval(token.text)
            if isinstance(value, str) and patterns.rust_regex(value) is None:
                edits.append((token.start, token.end, f"_re.compile({token.text})"))
    code = scan.edit(code, edits)
    if not edits and _PYTHON_ENGINE not in code:
        return code
    code = re.sub(r"[ \t]*regex_engine=\"python-re\",?[ \t]*\n?", "", code)
    code = re.sub(r"^[ \t]*model_config = ConfigDict\(\s*\)\n", "", code, flags=re.MULTILINE)
    return code.replace(
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nimport re as _re\n",
        1,
    )


def _rules(api: Api) -> str:
    """Conditional requirements (`if`/`then`/`else`), enforced when a model is built, and the
    required fields with a default, which must be sent even when the caller leaves them."""
    lines = []
    for m in api.models:
        always = sorted(f.wire_name for f in m.fields if f.required and f.has_default)
        if always:
            lines.append(f"{m.name}.__always_send__ = frozenset({always!r})")
    for m in api.models:
        if not m.conditions:
            continue
        items = ", ".join(
            f"Rule(description={json.dumps(c.description)}, if_={_literal(c.if_schema)}, "
            f"then={_literal(c.then_schema)}, else_={_literal(c.else_schema)})"
            for c in m.conditions
        )
        lines.append(f"{m.name}.__codegen_rules__ = ({items},)")
    if not lines:
        return ""
    return "\n\n" + "\n".join(lines) + "\n"


def _literal(value: Any) -> str:
    """A JSON value as a Python literal (JSON's null/true/false spelled the Python way)."""
    return repr(value)
