"""The regular expressions of `pattern`, as the generated models will run them.

JSON Schema leaves the dialect of `pattern` open, and documents use what their own tools
accept. The generated models check patterns with pydantic-core's Rust engine, and with
Python's `re` only in a model that needs it (datamodel-code-generator switches a model to
`re` for lookaround). So a pattern is usable when either engine compiles it: `\\p{L}` is
Rust's, `(?=x)` is Python's; a pattern neither compiles is of no use to anyone.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic_core import SchemaError, SchemaValidator, core_schema

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError


@lru_cache(maxsize=4096)
def python_regex(pattern: str) -> re.Pattern[str] | None:
    """`pattern` compiled by Python's `re`, or None when it cannot be."""
    try:
        with warnings.catch_warnings():  # `[[:alpha:]]` compiles, with a FutureWarning
            warnings.simplefilter("ignore")
            return re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None


@lru_cache(maxsize=4096)
def rust_regex(pattern: str) -> SchemaValidator | None:
    """A validator of strings that `pattern` matches with pydantic-core's engine, or None
    when that engine cannot compile it."""
    try:
        return SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError:
        return None


def compiles(pattern: str) -> bool:
    """Whether the generated models can use `pattern` (either engine compiles it)."""
    return rust_regex(pattern) is not None or python_regex(pattern) is not None


def search(pattern: str, text: str) -> bool | None:
    """Whether `pattern` matches somewhere in `text`, as JSON Schema's `pattern` does; None
    when no engine compiles it. The models' own engine decides first."""
    rust = rust_regex(pattern)
    if rust is not None:
        return rust.isinstance_python(text)
    compiled = python_regex(pattern)
    return None if compiled is None else compiled.search(text) is not None


def pattern_keyword(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """JSON Schema's `pattern` for `jsonschema.validators.extend`: by the models' engines, so
    that a Rust-only pattern checks rather than raising `re.error`; one no engine compiles
    checks nothing (the assembly leaves such patterns out, with a warning)."""
    # imported here: the models' finishing step uses this module's engines, not jsonschema
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and search(pattern, instance) is False:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")
