"""Validating the assembled document with openapi-spec-validator.

Each error becomes a `Problem` with the JSON pointer of the failing part, found in the
document itself (through `$ref`s), and the file that part came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

from codegen.errors import InputError, Problem, pointer

MAX_PROBLEMS = 50
_MAX_MESSAGE = 300


class _LocatedSchemaValidator(OpenAPIV31SchemaValidator):
    """Schema checks report paths relative to the schema; put the schema's place in front."""

    def __call__(
        self, schema: SchemaPath, require_properties: bool = True, meta_checked: bool = False
    ) -> Iterator[ValidationError]:
        for error in super().__call__(schema, require_properties, meta_checked):
            if not getattr(error, "_codegen_located", False):  # the innermost call places it
                place = list(schema.parts)
                if _step_all(schema.read_value(), list(error.path)) != error.instance:
                    place.append("default")  # an error in the default value, not the schema
                error.path.extendleft(reversed(place))
                error._codegen_located = True
            yield error


class _Validator(OpenAPIV31SpecValidator):
    def __init__(self, doc: dict[str, Any]) -> None:
        # per instance: the registry is built from it in the base class's __init__
        self.keyword_validators = {
            **OpenAPIV31SpecValidator.keyword_validators,
            "schema": _LocatedSchemaValidator,
        }
        super().__init__(doc)


def validate_document(doc: dict[str, Any], owner: Callable[[str], str]) -> None:
    """Raise `InputError` listing what is invalid in `doc` (at most `MAX_PROBLEMS`).

    `owner(json_pointer)` names the file a part of the document came from.
    """
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in _Validator(doc).iter_errors():
        if error.context:
            error = best_match(error.context)  # the branch of a oneOf that came closest
        where = pointer(*_locate(doc, list(error.absolute_path)))
        message = error.message
        if len(message) > _MAX_MESSAGE:
            message = message[: _MAX_MESSAGE - 1] + "…"
        if (where, message) in seen:
            continue
        seen.add((where, message))
        problems.append(
            Problem(
                owner(where),
                where,
                f"invalid OpenAPI: {message}",
                hint="correct the document, or correct it by an overlay",
            )
        )
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise InputError(problems)


def _locate(doc: Any, parts: list[Any]) -> list[Any]:
    """The place in `doc` that `parts` lead to, following local `$ref`s on the way."""
    node, place = doc, []
    for part in parts:
        for _ in range(32):  # a loop of references ends here; the validator reported it
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not (isinstance(ref, str) and ref.startswith("#/") and part not in node):
                break
            place = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
            node = _step_all(doc, place)
        node = _step(node, part)
        place.append(part)
    return place


def _step_all(doc: Any, parts: list[Any]) -> Any:
    for part in parts:
        doc = _step(doc, part)
    return doc


def _step(node: Any, part: Any) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None
