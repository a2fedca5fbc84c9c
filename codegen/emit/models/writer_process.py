"""datamodel-code-generator in a process of its own: `python -P writer_process.py`.

Run by its path, it imports the model writer and the standard library only, not the
generator's packages. It reads a JSON request on stdin, `{"options": {...}, "input": <the JSON
Schema document>}` (enum options by value), and prints `{"code": ..., "warnings": [[category,
message], ...]}`, or `{"error": ...}` when the writer refused the schemas. Run apart, the
writer's memory (most of a generation's peak on a large document) is returned when it ends,
and the generator does not import it.

The cyclic garbage collector is off in this process: the writer builds hundreds of
thousands of objects that live until it ends, and the collector's passes over them were
a sixth of its time on a large document, for a few megabytes of cycles freed.

The process ends with `os._exit` once its answer is flushed: the interpreter's own exit frees
every object one by one and makes a last full collection over them all (the collector's switch
does not stop that one), some 0.7 CPU s on GitHub's description (0.1-0.2 s on Xero's) spent on
memory the end of the process returns anyway. The writer is given no output path (it returns
the module as text), so no exit handler of its has anything to remove or close.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import warnings
from typing import Any


def write(request: dict[str, Any]) -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, generate
    from datamodel_code_generator.format import PythonVersion

    _index_base_lookups()
    options = dict(request["options"])
    options["input_file_type"] = InputFileType(options["input_file_type"])
    options["output_model_type"] = DataModelType(options["output_model_type"])
    options["target_python_version"] = PythonVersion(options["target_python_version"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = generate(request["input"], **options)
        # the library raises many kinds of errors; all mean the schemas were not usable
        except Exception as exc:  # noqa: BLE001
            return {"error": str(exc)}
    given = [[f"{w.category.__module__}:{w.category.__qualname__}", str(w.message)] for w in caught]
    return {"code": code if isinstance(code, str) else None, "warnings": given}


# the release whose internals `_index_base_lookups` was written for and checked against
_INDEXED_RELEASE = "0.89.0"


def release() -> str:
    """The writer's version, as its package records it: the same as its distribution's
    metadata, without importing `importlib.metadata` and searching the installed
    distributions for it, some 30 ms of every run."""
    from datamodel_code_generator import get_version

    return get_version()


def _index_base_lookups() -> None:
    """The writer's lookup of an `allOf` base among the models built so far, from an index.

    It scans every model built so far for each base it has not linked yet, and most such
    bases are never built (our base classes): on GitHub's description, 704 scans of some
    3,300 models, a twentieth of its time. The index answers as the scan does, with the first
    model of the path. A model appended to the list is added to it; any other change to the
    list (all go through the store's `_invalidate`) or to a model's path
    (`set_reference_path`) has it made again. Another release of the writer runs unchanged.
    """
    if release() != _INDEXED_RELEASE:
        return
    from datamodel_code_generator.model.base import DataModel
    from datamodel_code_generator.parser import _inherited_schemas, generation

    changes = [0]  # changes other than appending a model
    appending = [False]
    index: dict[str, Any] = {}
    made: list[Any] = [None, 0]  # (the list, the change it was made at), how many indexed

    store, models = generation.GenerationStore, generation._GenerationModelList
    invalidate, set_path, append = store._invalidate, DataModel.set_reference_path, models.append

    def invalidated(self: Any) -> None:
        if not appending[0]:
            changes[0] += 1
        invalidate(self)

    def path_set(self: Any, new_path: str) -> None:
        changes[0] += 1
        set_path(self, new_path)

    def appended(self: Any, item: Any) -> None:
        appending[0] = True
        try:
            append(self, item)
        finally:
            appending[0] = False

    store._invalidate = invalidated  # type: ignore[method-assign]
    DataModel.set_reference_path = path_set  # type: ignore[method-assign]
    models.append = appended  # type: ignore[method-assign]

    def built_bases(parser: Any, base_classes: list[Any]) -> list[Any]:
        results = parser.results
        if made[0] != (id(results), changes[0]) or made[1] > len(results):
            index.clear()
            made[:] = [(id(results), changes[0]), 0]
        for model in results[made[1] :]:
            index.setdefault(model.reference.path, model)
        made[1] = len(results)
        found = []
        for base in base_classes:
            model = base.source if isinstance(base.source, DataModel) else index.get(base.path)
            if model is not None:
                found.append(model)
        return found

    _inherited_schemas.get_generated_base_models = built_bases


if __name__ == "__main__":
    gc.disable()
    answer = write(json.loads(sys.stdin.buffer.read().decode("utf-8")))
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # see the module's docstring
