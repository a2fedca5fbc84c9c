"""datamodel-code-generator in a process of its own: `python -P writer_process.py`.

Run by its path, it imports the model writer and the standard library only, not the
generator's packages. It reads a JSON request on stdin, `{"options": {...}, "input": <the JSON
Schema document>}` (enum options by value), and prints `{"code": ..., "warnings": [[category,
message], ...]}`, or `{"error": ...}` when the writer refused the schemas. Run apart, the
writer's memory (most of a generation's peak on a large document) is returned when it ends,
and the generator does not import it.

The cyclic garbage collector is off in this process: the writer builds hundreds of
thousands of objects that live until it ends, and the collector's passes over them were
a sixth of its time on a large document, for a few megabytes of cycles freed. Those objects
share their sets of fields set (`share_fields_sets`), a fifth of the writer's memory.

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
    import pydantic

    share_fields_sets(pydantic.BaseModel)
    options = dict(request["options"])
    options["input_file_type"] = InputFileType(options["input_file_type"])
    options["output_model_type"] = DataModelType(options["output_model_type"])
    options["target_python_version"] = PythonVersion(options["target_python_version"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = generate(request["input"], **options)
        except SharedFieldsChanged:
            raise  # a fault of this process's own, not a verdict on the schemas
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


class SharedFieldsChanged(RuntimeError):
    """An in-place change of a set of fields that several models share."""


class SharedFields(set[str]):
    """A set of field names held by many models at once: copied, it gives a set of their own;
    changed in place, it refuses (the models that hold it would all change)."""

    __slots__ = ()

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> set[str]:
        return set(self)

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise SharedFieldsChanged("a set of fields shared by several models changed in place")

    add = update = discard = remove = pop = clear = _refuse  # type: ignore[assignment]
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse  # type: ignore[assignment]
    intersection_update = difference_update = _refuse  # type: ignore[assignment]
    symmetric_difference_update = _refuse  # type: ignore[assignment]


# one set for each distinct set of fields: some 70 for the writer's 80,000 models on GitHub
_SHARED: dict[frozenset[str], SharedFields] = {}


# by class: whether its models may share their sets (pydantic's core adds to a model's set
# itself when it validates assignments, and to an open model's for any attribute assigned)
_SHAREABLE: dict[type, bool] = {}


def _share(model: Any, fields: set[str]) -> None:
    cls = type(model)
    shareable = _SHAREABLE.get(cls)
    if shareable is None:
        config = cls.model_config
        shareable = _SHAREABLE[cls] = not (
            config.get("validate_assignment") or config.get("extra") == "allow"
        )
    if shareable:
        object.__setattr__(model, "__pydantic_fields_set__", _shared(frozenset(fields)))


def _shared(names: frozenset[str]) -> SharedFields:
    shared = _SHARED.get(names)
    if shared is None:
        shared = _SHARED[names] = SharedFields(names)
    return shared


# the shared set that a shared set becomes with one name added, by (its id, the name): models
# are assigned the same few fields after they are made (on GitHub's description, 147,000
# assignments of 42 kinds); a shared set lives as long as the process, so its id is its own
_ADDED: dict[tuple[int, str], SharedFields] = {}


def _set_field(model: Any, name: str, value: Any) -> None:
    """pydantic's assignment to a model's field, giving a model that holds a shared set of
    fields the shared set with `name` added instead of changing it in place."""
    model.__dict__[name] = value
    fields = model.__pydantic_fields_set__
    if name in fields:
        return
    if type(fields) is SharedFields:  # only a model of a class that may share holds one
        added = _ADDED.get((id(fields), name))
        if added is None:
            added = _ADDED[(id(fields), name)] = _shared(frozenset(fields | {name}))
        object.__setattr__(model, "__pydantic_fields_set__", added)
    else:
        fields.add(name)


def share_fields_sets(base: Any) -> bool:
    """Models of `base` (a pydantic `BaseModel` class) made by their constructor or by
    `model_copy` share one set of the names of the fields they were given
    (`__pydantic_fields_set__`) with every such model given the same names. False, and
    nothing changed, where pydantic assigns fields otherwise than this was written for.

    pydantic gives every model a set of its own, and a set of 5 to 60 names takes 0.7 to
    2.3 KB: on GitHub's description, the writer's 81,500 models held 66 MB of such sets
    (a fifth of its peak), with 68 distinct contents among them. Reading a shared set is
    as before; its in-place changes are refused (a model assigned another field gets
    another shared set, and a copy of a model a set of its own), so a change this did not
    foresee fails loudly (`SharedFieldsChanged`) instead of reaching other models. Models
    validated from data by pydantic's core (nested models), and those of a class that
    validates assignments or takes any attribute (`extra="allow"`), whose sets pydantic's
    core changes itself, keep their own sets.
    """
    from pydantic import main

    handlers = getattr(main, "_SIMPLE_SETATTR_HANDLERS", None)
    original = getattr(main, "_model_field_setattr_handler", None)
    if not isinstance(handlers, dict) or handlers.get("model_field") not in (original, _set_field):
        return False
    # a plain set is changed in place as before: only shared sets are treated otherwise
    handlers["model_field"] = _set_field
    for cls in _with_subclasses(base):  # assignments already resolved to the old handler
        memo = cls.__dict__.get("__pydantic_setattr_handlers__")
        if isinstance(memo, dict):
            memo.clear()
    init, copy = base.__init__, base.model_copy

    def shared_init(self: Any, /, **data: Any) -> None:
        init(self, **data)
        _share(self, self.__pydantic_fields_set__)

    def shared_copy(self: Any, *, update: Any = None, deep: bool = False) -> Any:
        copied = copy(self, update=update, deep=deep)
        _share(copied, copied.__pydantic_fields_set__)
        return copied

    # pydantic tells its own constructor from a model's own by this mark
    shared_init.__pydantic_base_init__ = True  # type: ignore[attr-defined]
    base.__init__, base.model_copy = shared_init, shared_copy
    return True


def _with_subclasses(cls: type) -> list[type]:
    found, todo = [], [cls]
    while todo:
        found.append(todo.pop())
        todo.extend(found[-1].__subclasses__())
    return found


if __name__ == "__main__":
    gc.disable()
    answer = write(json.loads(sys.stdin.buffer.read().decode("utf-8")))
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # see the module's docstring
