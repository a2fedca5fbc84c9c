"""datamodel-code-generator in its own process answers as it does in ours: the same module,
its warnings raised here with their classes, and its refusal as an error with its message."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from importlib.metadata import version

import pytest
from datamodel_code_generator import DataModelType, InputFileType
from datamodel_code_generator import generate as in_process
from datamodel_code_generator.format import PythonVersion

from codegen.emit.models import datamodel, writer_process

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


def test_the_module_and_warnings_are_those_written_in_process() -> None:
    text = json.dumps(_SCHEMA)
    code, given = _recorded(datamodel.generate, text, **_BY_VALUE, **_OPTIONS)
    expected, raised = _recorded(
        in_process,
        text,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        **_OPTIONS,
    )
    assert isinstance(code, str) and "class Thing(BaseModel):" in code
    assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]
    assert given == raised and given  # the same warnings, of the same classes


def test_schemas_the_writer_refuses_raise_its_message() -> None:
    with pytest.raises(datamodel.ModelWriterError, match=r"(?s)#/\$defs/Thing.*valid dictionary"):
        datamodel.generate(json.dumps({"$defs": {"Thing": {"properties": []}}}), **_BY_VALUE)


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
    code, _ = _recorded(datamodel.generate, text, **_BY_VALUE, **_OPTIONS)
    expected, _ = _recorded(
        in_process,
        text,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        **_OPTIONS,
    )
    assert isinstance(code, str) and "class Grandchild(Child):" in code
    assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]


def test_the_writers_release_is_that_of_its_installed_distribution() -> None:
    # the pinned-release check of the writer's patches reads the package's own version
    assert writer_process.release() == version("datamodel-code-generator")


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
        code, _ = _recorded(datamodel.generate, text, **_BY_VALUE, **_OPTIONS)
        expected, _ = _recorded(
            in_process,
            text,
            input_file_type=InputFileType.JsonSchema,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            **_OPTIONS,
        )
        assert isinstance(code, str) and f"class Thing{count - 1}(" in code
        assert code.split("from __future__")[1] == str(expected).split("from __future__")[1]
