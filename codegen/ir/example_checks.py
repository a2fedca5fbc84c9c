"""Examples judged against the schemas they illustrate: the errors a validator finds, as the
generated models would (`pattern` by their regular-expression engines, formats as
`formats.py` reads them), and each schema and value judged once for a document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.validators import extend

from codegen import patterns
from codegen.ir.formats import FORMATS

_MAX_MESSAGES = 3
# patterns as the generated models run them (`\p{L}` is Rust regex, not Python's `re`)
_Validator = extend(Draft202012Validator, {"pattern": patterns.pattern_keyword})


def schema_errors(schema: dict[str, Any], value: Any) -> list[str]:
    validator = _Validator(schema, format_checker=FORMATS)
    out = []
    for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
        place = "/".join(str(p) for p in error.absolute_path) or "(top)"
        out.append(f"{place}: {error.message[:160]}")
        if len(out) == _MAX_MESSAGES:
            break
    return out


class ExampleChecks:
    """`schema_errors` of one document's examples, each (schema, value) judged once: an
    example a document references from several operations is checked against the same
    schema each time (on GitHub's description, 402 of 1,476 checks and a third of their
    time). A model is known by its name among the definitions given, a document's schema by
    its JSON text (GitHub's repeats the same inline schema at many operations: 218 of 361
    are different), and a value by its JSON text; each text in its own key order, which the
    order of the messages follows. The definitions and components are known by their identity,
    and kept here so that no other takes it while the cache lives (one build of the model)."""

    def __init__(self) -> None:
        self._found: dict[tuple[int, str, str], list[str]] = {}
        self._kept: dict[int, Any] = {}

    def of_model(self, defs: dict[str, Any], model: str, value: Any) -> list[str]:
        """The errors of `value` against the model `model` of `defs` (its `$defs`)."""
        return self._errors(defs, model, value, lambda: {"$defs": defs, "$ref": f"#/$defs/{model}"})

    def of_schema(self, components: Any, schema: dict[str, Any], value: Any) -> list[str]:
        """The errors of `value` against a document's `schema`, whose references lead into
        `components` (the same for every check of one document)."""

        def whole() -> dict[str, Any]:
            return {"components": components, "allOf": [schema]}

        text = _json_text(schema)
        if text is None:  # no JSON text to know it by: judged each time
            return schema_errors(whole(), value)
        return self._errors(components, text, value, whole)

    def _errors(
        self, within: Any, schema: str, value: Any, whole: Callable[[], dict[str, Any]]
    ) -> list[str]:
        """The errors of `value` against the `schema` (a model's name or a schema's text) of
        `within` (the definitions or components)."""
        text = _json_text(value)
        if text is None:
            return schema_errors(whole(), value)
        self._kept[id(within)] = within
        key = (id(within), schema, text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = schema_errors(whole(), value)
        return list(found)


def _json_text(value: Any) -> str | None:
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return None
