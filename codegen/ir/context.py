"""What the parts that build the intermediate model share while reading one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codegen.errors import Problem
from codegen.ir.model import Skipped
from codegen.ir.schemas import SchemaConverter

if TYPE_CHECKING:
    from codegen.ir.example_checks import ExampleChecks


def _example_checks() -> ExampleChecks:
    # imported here: the IR's own modules are read where the package is rendered too, which
    # loads no validator (this one is jsonschema's)
    from codegen.ir.example_checks import ExampleChecks

    return ExampleChecks()


@dataclass
class BuildContext:
    """The document, its schema converter, and what the build leaves out or warns about."""

    doc: dict[str, Any]
    file: str
    schemas: SchemaConverter
    warnings: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # examples judged against their schemas, each schema and value once
    example_checks: ExampleChecks = field(default_factory=_example_checks)
