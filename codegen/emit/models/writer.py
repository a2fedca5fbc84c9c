"""Running datamodel-code-generator: one request (a JSON Schema document whose `$defs` are
the IR's models, and the writer's options), answered by `writer_process.py` in a process of
its own, whose memory, most of a large document's peak, is returned when it ends.

The request (`request.py`) is made from the IR (`datamodel.model_request`); this module needs
neither the IR nor the renderers, so the process that runs the writer holds little beside it.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen import heap
from codegen.emit.models import cache as model_cache
from codegen.emit.models.request import ModelRequest, WrittenModels
from codegen.errors import InputError, Problem

# a model's field (`Employer.id`) or a dotted name in a library's message
_DOTTED_NAME = re.compile(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b")
_SHOWN = 5
_WRITER = Path(__file__).with_name("writer_process.py")


def write_models(request: ModelRequest) -> WrittenModels:
    """The module datamodel-code-generator writes for `request` (from the cache when it wrote
    it before); `InputError` when it refuses the schemas, `ModelWriterFailed` when its process
    ends without an answer."""
    notes: list[Problem] = []
    try:
        # cached by its input and options, and by our code that shapes its answer: the
        # writer's script and this module, which sends the request
        writer = model_cache.cached(generate, shaped_by=(_WRITER, Path(__file__)))
        code = _noting_warnings(writer, notes, request.provider)(request.schema, **request.options)
    except ModelWriterFailed:
        raise
    # the library raises many kinds of errors; all mean the schemas were not usable
    except Exception as exc:  # noqa: BLE001
        raise InputError(
            [Problem(request.provider, "components/schemas", f"model generation failed: {exc}")]
        ) from None
    if not isinstance(code, str):
        raise InputError(
            [Problem(request.provider, "components/schemas", "model generation produced no module")]
        )
    return WrittenModels(code, notes)


class ModelWriterError(Exception):
    """datamodel-code-generator refused the schemas (its message)."""


class ModelWriterFailed(Exception):
    """datamodel-code-generator's process ended without an answer (killed, out of memory, or a
    fault of the generator's own): not a verdict on the schemas, so reported as an internal
    error, not as bad input."""


def generate(schema: str, **options: Any) -> str | None:
    """datamodel-code-generator's module for `schema` (options by value), written in a
    process of its own (`writer_process.py`); the warnings it gave are raised here."""
    # the schema as the request's own member, read once, not a string inside it; made as
    # bytes at once, so that no text copy of it is held while the writer runs
    request = b"".join(
        part.encode("utf-8")
        for part in ('{"options": ', json.dumps(options), ', "input": ', schema, "}")
    )
    # what this process freed is not counted again beside the writer's own memory
    heap.return_free_memory()
    ran = subprocess.run(
        [sys.executable, "-P", str(_WRITER)],
        input=request,
        capture_output=True,
        check=False,
    )
    if ran.returncode != 0:
        lines = ran.stderr.decode("utf-8", "replace").strip().splitlines()
        if lines:
            why = lines[-1]
        elif ran.returncode < 0:
            why = f"ended by {signal.Signals(-ran.returncode).name}"
        else:
            why = f"exit status {ran.returncode}"
        raise ModelWriterFailed(f"datamodel-code-generator's process failed: {why}")
    answer = json.loads(ran.stdout)
    if "error" in answer:
        raise ModelWriterError(answer["error"])
    for category, message in answer["warnings"]:
        warnings.warn(message, model_cache.warning_category(category), stacklevel=2)
    code: str | None = answer["code"]
    return code


def _noting_warnings(
    call: Callable[..., Any], notes: list[Problem], file: str
) -> Callable[..., Any]:
    """`call` with the warnings it raises recorded into `notes` (summarised), not printed."""

    def recorded(*args: Any, **kwargs: Any) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return call(*args, **kwargs)
            finally:
                notes.extend(summarise_warnings(caught, file))

    return recorded


def summarise_warnings(caught: list[warnings.WarningMessage], file: str) -> list[Problem]:
    """One warning per kind of message: the same message about another model or field
    (`Employer.id`, `User.id`...) is counted, with the first few names, not repeated."""
    groups: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for w in caught:
        if issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning)):
            continue  # about the library's own code, not about the document
        text = " ".join(str(w.message).split())
        key = (w.category.__name__, _DOTTED_NAME.sub("…", text))
        groups.setdefault(key, set()).add(tuple(_DOTTED_NAME.findall(text)))
    out = []
    for (category, text), found in sorted(groups.items()):
        if len(found) == 1:  # one message, however often it came
            text = _DOTTED_NAME.sub("…", text)
            for name in next(iter(found)):
                text = text.replace("…", name, 1)
        else:
            named = [" ".join(names) for names in sorted(found)]
            rest = f" and {len(named) - _SHOWN} more" if len(named) > _SHOWN else ""
            text += f" ({len(named)} times: {', '.join(named[:_SHOWN])}{rest})"
        out.append(
            Problem(
                file,
                "",
                f"datamodel-code-generator: {category}: {text}",
            )
        )
    return out
