"""openapi-spec-validator with our verdicts: the full validator `validate.py` runs on a
document the quick check finds something in (importing it takes longer than most runs).

Its errors are located in the document (a schema's place in front of the path inside it),
a `default` its schema rejects is marked as the default's, and a `pattern` is judged by the
models' regular-expression engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    ExtraParametersError,
    OpenAPIValidationError,
    UnresolvableParameterError,
)
from openapi_spec_validator.validation.keywords import (
    OpenAPIV31SchemaValidator,
    OpenAPIV31ValueValidator,
)

from codegen.assemble.defaults import formats, value_validator

__all__ = [
    "DuplicateOperationIDError",
    "ExtraParametersError",
    "UnresolvableParameterError",
    "Validator",
]


ValueValidator = value_validator()


class _DefaultValidator(OpenAPIV31ValueValidator):
    """Checks a schema's `default` against the schema; marks its errors as the default's."""

    value_validator_cls = ValueValidator
    value_validator_format_checker = formats()

    def __call__(self, schema: SchemaPath, value: Any) -> Iterator[ValidationError]:
        for error in super().__call__(schema, value):
            error._codegen_default = True
            yield error


class _LocatedSchemaValidator(OpenAPIV31SchemaValidator):
    """Schema checks report paths relative to the schema; put the schema's place in front."""

    schema_validator_format_checker: FormatChecker = formats()

    def __call__(
        self, schema: SchemaPath, require_properties: bool = True, meta_checked: bool = False
    ) -> Iterator[ValidationError]:
        for error in super().__call__(schema, require_properties, meta_checked):
            if not getattr(error, "_codegen_located", False):  # the innermost call places it
                in_default = getattr(error, "_codegen_default", False)
                if not isinstance(error, OpenAPIValidationError):
                    # the validator re-creates other errors, losing the marks set here
                    error = OpenAPIValidationError.create_from(error)
                place = list(schema.parts)
                if in_default:
                    place.append("default")  # an error in the default value, not the schema
                    error._codegen_default_at = list(place)
                error.path.extendleft(reversed(place))
                error._codegen_located = True
            yield error


class Validator(OpenAPIV31SpecValidator):
    def __init__(self, doc: dict[str, Any]) -> None:
        # per instance: the registry is built from it in the base class's __init__
        self.keyword_validators = {
            **OpenAPIV31SpecValidator.keyword_validators,
            "schema": _LocatedSchemaValidator,
            "default": _DefaultValidator,
        }
        super().__init__(doc)
