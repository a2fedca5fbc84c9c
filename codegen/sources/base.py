"""What every reader returns: a piece of OpenAPI and where its parts came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.errors import Problem


@dataclass(frozen=True)
class Hints:
    """Facts the manifest supplies for a document that lacks them."""

    method: str | None = None
    path: str | None = None
    operation_id: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class Piece:
    """One document read into OpenAPI.

    `openapi` is plain data shaped like an OpenAPI 3.x document (at least `paths`; maybe
    `info`, `servers`, `components`, `security`). `origins` maps JSON pointers into it to the
    place in the file they came from (`line 12`), for error messages. `warnings` are the
    document's own contradictions, found while reading; they go to the report. `tree` says
    that no dict or list stands twice in `openapi` (as a parsed text is read, YAML's aliases
    copied apart): the merge may then take its parts as they are, not copies of them.
    """

    file: str
    openapi: dict[str, Any]
    origins: dict[str, str] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    tree: bool = False


# what a reader leaves out of a document (an operation it cannot read safely), carried in
# the document so that the generation report lists it with what was not generated
LEFT_OUT_KEY = "x-codegen-left-out"


def record_left_out(doc: dict[str, Any], what: str, problem: Problem) -> None:
    """Note in `doc` that `what` is left out, at the problem's place, for its reason."""
    doc.setdefault(LEFT_OUT_KEY, []).append(
        {"what": what, "where": f"{problem.file}: {problem.where}", "reason": problem.message}
    )
