"""What the parts that build the intermediate model share while reading one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.errors import Problem
from codegen.ir.example_checks import ExampleChecks
from codegen.ir.model import Skipped
from codegen.ir.schemas import SchemaConverter


@dataclass
class BuildContext:
    """The document, its schema converter, and what the build leaves out or warns about."""

    doc: dict[str, Any]
    file: str
    schemas: SchemaConverter
    warnings: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # examples judged against their schemas, each schema and value once
    example_checks: ExampleChecks = field(default_factory=ExampleChecks)
