"""Validating the assembled document with openapi-spec-validator.

Defaults their schema rejects are left out first, with warnings, by `defaults.py`. A
document `quick_check` then finds nothing in is valid without the full validator; the
others go through it, and its diagnostics are reported.

Each error becomes a `Problem` with the JSON pointer of the failing part, found in the
document itself (through `$ref`s), and the file that part came from.

Three verdicts differ from the validator's own, for faults local enough to correct:

- a schema's `default` that its schema rejects is left out, with a warning, rather than
  rejecting the document (`repair` has already read the defaults that spell their type as
  a string, `"10"` for 10; `defaults.py` judges them all, and the full validator's verdict
  on one is used only where that could not);
- a `pattern` (and a `patternProperties` key) is a regular expression when the engine of
  the generated models compiles it (`\\p{L}`), not only when Python's `re` does;
- an `operationId` used twice is no error: the second operation gets a name of its own, and
  the generation report a warning;
- a `required` name beside an `allOf` that no member declares is no error either: the model
  keeps it as a required field of any type, with a warning at the schema's pointer, as it
  does for a plain object's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import best_match

from codegen.assemble.defaults import drop_rejected_defaults, left_out, shortened
from codegen.assemble.path_parameters import unresolved_path_parameters
from codegen.assemble.quick_check import looks_valid, only_path_parameter_faults
from codegen.errors import InputError, Problem, pointer
from codegen.refs import alias_cycle_problems, ref_parts

MAX_PROBLEMS = 50


def validate_document(doc: dict[str, Any], owner: Callable[[str], str]) -> list[Problem]:
    """Raise `InputError` listing what is invalid in `doc` (at most `MAX_PROBLEMS`).

    A default its schema rejects is removed from `doc` instead, with a warning; the
    warnings are returned. `owner(json_pointer)` names the file a part came from.
    """
    cycles = alias_cycle_problems(doc, owner)
    if cycles:  # the validator would follow them forever
        raise InputError(cycles)
    dropped = drop_rejected_defaults(doc, owner)
    if looks_valid(doc):  # most documents: a fraction of a second instead of minutes
        return dropped
    if only_path_parameter_faults(doc):  # told as the full validator tells them, in seconds
        unresolved = unresolved_path_parameters(doc)
        if unresolved is not None:
            if unresolved:
                found = [_invalid(where, message, owner) for where, message in unresolved]
                raise InputError(_listed(found, owner, len(found) - MAX_PROBLEMS))
            return dropped
    from codegen.assemble import spec_validator as full  # slow to import: only when needed

    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    defaults: dict[str, tuple[list[Any], str]] = {}  # pointer -> (place, first message)
    for error in full.Validator(doc).iter_errors():
        if isinstance(error, full.DuplicateOperationIDError):
            continue  # a fault of naming only: the model names the second apart, with a warning
        if isinstance(error, full.ExtraParametersError):
            continue  # an undeclared required name: the model keeps it, with a warning
        at_default = getattr(error, "_codegen_default_at", None)
        if error.context:
            error = best_match(error.context)  # the branch of a oneOf that came closest
        message = shortened(error.message)
        if at_default is not None:
            place = _locate(doc, at_default)
            defaults.setdefault(pointer(*place), (place, message))
            continue
        where = pointer(*_locate(doc, list(error.absolute_path)))
        if not where and isinstance(error, full.UnresolvableParameterError):
            where = _operation_named(error.message)
        if (where, message) in seen:
            continue
        seen.add((where, message))
        problems.append(_invalid(where, message, owner))
        if len(problems) > MAX_PROBLEMS:
            break
    if problems:
        raise InputError(_listed(problems, owner, None))
    return dropped + [
        _drop_default(doc, where, place, message, owner)
        for where, (place, message) in sorted(defaults.items())
    ]


def _listed(
    problems: list[Problem], owner: Callable[[str], str], more: int | None
) -> list[Problem]:
    """The first `MAX_PROBLEMS`, and a line saying that more were left unsaid (`more`: how
    many, when known)."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    count = f"{more} more problems" if more is not None else "more problems"
    note = Problem(owner(""), "", f"… and {count} not listed: correct these first, then run again")
    return [*problems[:MAX_PROBLEMS], note]


def _invalid(where: str, message: str, owner: Callable[[str], str]) -> Problem:
    return Problem(
        owner(where),
        where,
        f"invalid OpenAPI: {message}",
        hint="correct the document, or correct it by an overlay",
    )


def _operation_named(message: str) -> str:
    """The operation a path parameter error names (the validator gives it no path)."""
    found = re.search(r"for '(\w+)' operation in '(.*)' was not resolved", message)
    return pointer("paths", found.group(2), found.group(1)) if found else ""


def _drop_default(
    doc: dict[str, Any], where: str, place: list[Any], message: str, owner: Callable[[str], str]
) -> Problem:
    schema = _step_all(doc, place[:-1])
    value = schema.pop("default") if isinstance(schema, dict) else None
    return left_out(owner, where, value, message)


def _locate(doc: Any, parts: list[Any]) -> list[Any]:
    """The place in `doc` that `parts` lead to, following local `$ref`s on the way."""
    node, place = doc, []
    for part in parts:
        for _ in range(32):  # a loop of references ends here; the validator reported it
            ref = node.get("$ref") if isinstance(node, dict) else None
            target = ref_parts(ref) if isinstance(ref, str) and part not in node else None
            if target is None:
                break
            place = list(target)
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
    if isinstance(node, list) and isinstance(part, str) and part.isdigit():
        part = int(part)  # an index as a reference spells it
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None
