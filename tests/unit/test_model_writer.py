"""datamodel-code-generator in its own process answers as it does in ours: the same module,
its warnings raised here with their classes, and its refusal as an error with its message."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pydantic
import pydantic.main
import pytest
from datamodel_code_generator import DataModelType, InputFileType
from datamodel_code_generator import generate as in_process
from datamodel_code_generator.format import PythonVersion

from codegen.cli import main
from codegen.emit.models import writer, writer_process

_OPTIONS = {"disable_timestamp": True, "use_annotated": True, "formatters": []}
_BY_VALUE = {
    "input_file_type": "jsonschema",
    "output_model_type": "pydantic_v2.BaseModel",
    "target_python_version": "3.11",
}
_UUID = {"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]+$"}  # the writer warns
_SCHEMA = {"$defs": {"Thing": {"type": "object", "properties": {"id": _UUID, "name": {"type": "string"}}}}}  # fmt: skip


def _recorded(call: Callable[..., object], *args: object, **kwargs: object) -> tuple[object, set[tuple[type, str]]]:  # fmt: skip
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call(*args, **kwargs)
    return result, {(w.category, str(w.message)) for w in caught}


def _written_in_process(text: str) -> tuple[object, set[tuple[type, str]]]:
    """The module datamodel-code-generator writes in this process, unpatched, and its warnings."""
    return _recorded(
        in_process,
        text,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        **_OPTIONS,
    )


def test_the_module_and_warnings_are_those_written_in_process() -> None:
    text = json.dumps(_SCHEMA)
    code, given = _recorded(writer.generate, text, **_BY_VALUE, **_OPTIONS)
    expected, raised = _written_in_process(text)
    assert isinstance(code, str) and "class Thing(BaseModel):" in code
    assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]
    assert given == raised and given  # the same warnings, of the same classes


def test_schemas_the_writer_refuses_raise_its_message() -> None:
    with pytest.raises(writer.ModelWriterError, match=r"(?s)#/\$defs/Thing.*valid dictionary"):
        writer.generate(json.dumps({"$defs": {"Thing": {"properties": []}}}), **_BY_VALUE)


def test_allof_bases_are_found_as_the_writer_finds_them_unindexed() -> None:
    # children before their parents, a chain of three, a base never built as a model
    # (a bare `$ref` to a string), and two children of one parent
    def child(parent: str, field: str) -> dict[str, object]:
        own = {"type": "object", "properties": {field: {"type": "string"}}}
        return {"allOf": [{"$ref": f"#/$defs/{parent}"}, own]}

    schema = {
        "$defs": {
            "Grandchild": child("Child", "c"),
            "Child": child("Parent", "b"),
            "Sibling": child("Parent", "s"),
            "Odd": child("Text", "o"),
            "Parent": {"type": "object", "properties": {"a": {"type": "integer"}}},
            "Text": {"type": "string"},
        }
    }
    text = json.dumps(schema)
    code, _ = _recorded(writer.generate, text, **_BY_VALUE, **_OPTIONS)
    expected, _ = _written_in_process(text)
    assert isinstance(code, str) and "class Grandchild(Child):" in code
    assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]


def test_the_writers_release_is_that_of_its_installed_distribution() -> None:
    # the pinned-release check of the writer's patches reads the package's own version
    assert writer_process.release() == version("datamodel-code-generator")


class _Shared(pydantic.BaseModel):
    a: int = 0
    b: list[int] = []
    c: str = ""


class _SharedChild(_Shared):
    d: int = 0

    def __init__(self, **data: object) -> None:  # a constructor of its own, as the writer's
        super().__init__(**data)


class _Validated(_Shared):
    model_config = pydantic.ConfigDict(validate_assignment=True)


class _Open(_Shared):
    model_config = pydantic.ConfigDict(extra="allow")


class _Apart(pydantic.BaseModel):
    a: int = 0
    b: int = 0


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> None:
    # restored afterwards: pydantic's assignment handler, and the classes' own methods
    handlers = pydantic.main._SIMPLE_SETATTR_HANDLERS
    monkeypatch.setitem(handlers, "model_field", handlers["model_field"])
    monkeypatch.setattr(_Shared, "__init__", _Shared.__init__)
    monkeypatch.setattr(_Shared, "model_copy", _Shared.model_copy)
    assert writer_process.share_fields_sets(_Shared)


def test_models_given_the_same_fields_share_one_set(shared: None) -> None:
    first, second, child = _Shared(a=1), _Shared(a=2), _SharedChild(a=3)
    assert first.model_fields_set == {"a"} and second.model_fields_set == {"a"}
    assert first.model_fields_set is second.model_fields_set is child.model_fields_set
    assert _Shared(a=1, c="x").model_fields_set == {"a", "c"}
    with pytest.raises(writer_process.SharedFieldsChanged):
        first.model_fields_set.add("b")
    assert second.model_fields_set == {"a"}


def test_a_shared_set_changes_for_its_model_alone(shared: None) -> None:
    first, second = _Shared(a=1), _Shared(a=2)
    first.b = [1]  # a field not set before
    first.a = 5  # and one set
    assert first.model_fields_set == {"a", "b"} and second.model_fields_set == {"a"}
    assert first.model_dump(exclude_unset=True) == {"a": 5, "b": [1]}
    assert second.model_dump(exclude_unset=True) == {"a": 2}
    copied = second.model_copy(update={"c": "z"})
    assert copied.model_fields_set == {"a", "c"} and second.model_fields_set == {"a"}
    assert copied.model_fields_set is _Shared(a=0, c="").model_fields_set
    for other in (copy.copy(second), copy.deepcopy(second), second.model_copy(deep=True)):
        assert other.model_fields_set == {"a"} and other == second
        other.c = "y"
        assert second.model_fields_set == {"a"} and second.c == ""


def test_models_assigned_the_same_field_share_the_set_with_it_added(shared: None) -> None:
    # the set a shared set becomes with a name added is found again, not made again
    first, second, other = _Shared(a=1), _Shared(a=2), _Shared(c="x")
    first.b, second.b, other.b = [1], [2], [3]
    assert first.model_fields_set == {"a", "b"} and other.model_fields_set == {"b", "c"}
    assert first.model_fields_set is second.model_fields_set is _Shared(a=0, b=[]).model_fields_set
    assert other.model_fields_set is _Shared(b=[], c="").model_fields_set
    second.c = "y"
    assert second.model_fields_set == {"a", "b", "c"} and first.model_fields_set == {"a", "b"}
    assert first.model_dump(exclude_unset=True) == {"a": 1, "b": [1]}


@pytest.mark.parametrize("cls", [_Validated, _Open])
def test_models_whose_sets_pydantic_changes_itself_keep_their_own(
    shared: None, cls: type[_Shared]
) -> None:
    # pydantic's core adds to the set of a model that validates assignments, and to an open
    # model's for an attribute it does not declare, without going through the set's methods
    first, second = cls(a=1), cls(a=2)
    assert first.model_fields_set is not second.model_fields_set
    first.b = [3]
    if cls is _Open:
        first.other = 4
    assert "b" in first.model_fields_set and second.model_fields_set == {"a"}
    assert cls(a=3).model_fields_set == {"a"}


def test_models_of_other_classes_keep_sets_of_their_own(shared: None) -> None:
    first, second = _Apart(a=1), _Apart(a=2)
    assert first.model_fields_set is not second.model_fields_set
    assert type(first.model_fields_set) is set
    first.b = 3
    assert first.model_fields_set == {"a", "b"} and second.model_fields_set == {"a"}


def test_sets_are_not_shared_where_pydantic_assigns_fields_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handlers = pydantic.main._SIMPLE_SETATTR_HANDLERS
    monkeypatch.setitem(handlers, "model_field", lambda model, name, value: None)
    before = _Apart.__init__
    assert not writer_process.share_fields_sets(_Apart)
    assert _Apart.__init__ is before
    assert _Apart(a=1).model_fields_set is not _Apart(a=1).model_fields_set


def test_the_writers_models_share_their_sets_with_this_pydantic() -> None:
    # sharing is checked for in the writer's own process, on the models it builds
    probe = (
        "import sys, pydantic; sys.path.insert(0, sys.argv[1]); import writer_process as w;"
        " from datamodel_code_generator.types import DataType;"
        " print(w.share_fields_sets(pydantic.BaseModel),"
        " DataType(type='str').model_fields_set is DataType(type='int').model_fields_set)"
    )
    ran = subprocess.run(
        [sys.executable, "-P", "-c", probe, str(Path(writer_process.__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ran.stdout.split() == ["True", "True"]


def test_the_answer_arrives_whole_though_the_process_skips_the_interpreters_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # its output buffered, as where nothing asks for unbuffered output: a small answer stays in
    # the buffer, and a large one leaves its tail there, unless flushed before the process ends
    monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)
    fields = {f"field_{i}": {"type": "string"} for i in range(20)}
    for count in (1, 200):
        schema = {"$defs": {f"Thing{i}": {"type": "object", "properties": fields} for i in range(count)}}  # fmt: skip
        text = json.dumps(schema)
        code, _ = _recorded(writer.generate, text, **_BY_VALUE, **_OPTIONS)
        expected, _ = _written_in_process(text)
        assert isinstance(code, str) and f"class Thing{count - 1}(" in code
        assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]


def test_a_writer_process_that_ends_without_an_answer_is_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # as when the system's out-of-memory killer ends it: no verdict on the schemas (exit 2)
    killed = tmp_path / "writer_process.py"
    killed.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")
    monkeypatch.setattr(writer, "_WRITER", killed)
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    spec = tmp_path / "things.json"
    spec.write_text(json.dumps(_document_with_a_model()))
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 3
    said = capsys.readouterr().err
    assert "internal error" in said and "process failed: ended by SIGKILL" in said
    assert not (tmp_path / "out").exists()


def _document_with_a_model() -> dict[str, object]:
    thing = {"type": "object", "properties": {"name": {"type": "string"}}}
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    get = {"operationId": "getThing", "responses": {"200": {"description": "a thing", "content": content}}}  # fmt: skip
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1.0.0"},
        "paths": {"/thing": {"get": get}},
        "components": {"schemas": {"Thing": thing}},
    }
