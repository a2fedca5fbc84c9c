"""The models module: the IR's named schemas through datamodel-code-generator, in-process.

datamodel-code-generator is called once per package with one JSON Schema document whose
`$defs` are the IR's models, already named; we tell it the field names (so keyword
arguments and attributes agree) and the base classes (so requests are strict and responses
lenient, as the vendored runtime decides).
"""

from __future__ import annotations

import json
import re
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, generate
from datamodel_code_generator.format import PythonVersion

from codegen.emit.views import api_title, docstring
from codegen.errors import InputError, Problem
from codegen.ir.model import Api, Model


def _header(title: str) -> str:
    return docstring(
        f"Models of the {api_title(title)}. Generated from the OpenAPI document; do not edit.", 0
    )


def models_schema(api: Api) -> dict[str, Any]:
    """One JSON Schema document with every model under `$defs`."""
    return {"$defs": {m.name: m.json_schema for m in api.models}}


def render_models(api: Api) -> str:
    if not api.models:
        return (
            _header(api.title)
            + "\n\nfrom __future__ import annotations\n\n__all__: list[str] = []\n"
        )
    pkg = api.package.name
    runtime = f"{pkg}._runtime.models"
    aliases = {f"{m.name}.{f.wire_name}": f.py_name for m in api.models for f in m.fields}
    base_map: dict[str, str | list[str]] = {
        m.name: f"{runtime}.StrictModel" for m in api.models if _is_strict(m)
    }
    try:
        code = generate(
            json.dumps(models_schema(api), sort_keys=False),
            input_file_type=InputFileType.JsonSchema,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            base_class=f"{runtime}.BaseModel",
            base_class_map=base_map,
            aliases=aliases,
            snake_case_field=True,
            allow_population_by_field_name=True,
            disable_timestamp=True,
            enable_version_header=False,
            custom_file_header=_header(api.title),
            use_schema_description=True,
            use_field_description=True,
            field_constraints=True,
            use_annotated=True,
            use_standard_collections=True,
            use_union_operator=True,
            strict_nullable=True,
            skip_root_model=True,
            capitalise_enum_members=True,
            set_default_enum_member=True,
            additional_imports=(
                [f"{pkg}._runtime.rules.Rule"] if any(m.conditions for m in api.models) else None
            ),
            output_datetime_class="datetime",
            use_double_quotes=True,
            formatters=[],
        )
    # the library raises many kinds of errors; all mean the schemas were not usable
    except Exception as exc:  # noqa: BLE001
        raise InputError(
            [Problem(api.package.provider, "components/schemas", f"model generation failed: {exc}")]
        ) from None
    if not isinstance(code, str):
        raise InputError(
            [
                Problem(
                    api.package.provider,
                    "components/schemas",
                    "model generation produced no module",
                )
            ]
        )
    code = _post_process(code, api)
    missing = [
        m.name
        for m in api.models
        if not re.search(rf"^class {re.escape(m.name)}\(", code, re.MULTILINE)
    ]
    if missing:
        raise InputError(
            [
                Problem(
                    api.package.provider,
                    "components/schemas",
                    f"models not generated: {', '.join(missing)}",
                )
            ]
        )
    return code


def _is_strict(m: Model) -> bool:
    return m.kind == "object" and m.strict


def _post_process(code: str, api: Api) -> str:
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
    rules = _rules(api)
    names = sorted(m.name for m in api.models)
    exports = "\n__all__ = [\n" + "".join(f"    {json.dumps(n)},\n" for n in names) + "]\n"
    return code.rstrip() + "\n" + rules + exports


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
