"""What datamodel-code-generator is asked, and what it answers: plain data, which the process
that makes the request (the pipeline's front, `codegen.front`) and the one that sends it
(`writer.py`) share without loading each other's modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen.errors import Problem


@dataclass(frozen=True)
class ModelRequest:
    """What datamodel-code-generator is given: `schema`, a JSON Schema document (JSON text)
    whose `$defs` are the models, and its options by value; `provider` names the input in
    problems."""

    schema: str
    options: dict[str, Any]
    provider: str


@dataclass(frozen=True)
class WrittenModels:
    """datamodel-code-generator's module, as it wrote it, and what it warned of."""

    code: str
    notes: list[Problem]
