"""Kinds of fault the corpus run found in real documents, each shown by a small document in
`data/` (its comment header says which construct): the generated package's behaviour and its
own generated tests.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args

import httpx
import pydantic
import pytest
from test_schemas import DATA, Built, _json_answer, built

from codegen.pipeline import generate_document
from codegen.write import write_tree

__all__ = ["built"]  # the fixture, shared with the other schema constructs


def _own_tests_pass(out: Path, cwd: Path) -> None:
    """The generated package's own tests pass (they use the document's examples)."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(out / "tests")],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout


# -- enums whose values are not all of one JSON type -----------------------------------------


def test_an_enum_of_mixed_value_types_keeps_the_schemas_type_with_a_warning(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    b = built("enum-mixed-values")
    fields = b.models.Vehicle.model_fields
    assert fields["reasons"].annotation == list[str] | None
    vehicle = b.client(_json_answer({"reasons": ["DEFAULT"], "level": 0.5})).vehicles.get(id="v")
    assert vehicle.reasons == ["DEFAULT"] and vehicle.level == 0.5
    with pytest.raises(pydantic.ValidationError):
        b.models.Vehicle(reasons=[{"override": True}])  # the schema's type is string
    assert sorted((w.where, w.message.split(": typed")[0]) for w in b.result.api.warnings) == [
        (
            "/components/schemas/Vehicle/properties/level",
            "enum values ['low', 0.5] are not all strings or all numbers",
        ),
        (
            "/components/schemas/Vehicle/properties/reasons/items",
            (
                "enum values [{'override': True}, 'DEFAULT', 'PLUGGED_IN'] are not all strings "
                "or all numbers"
            ),
        ),
    ]
    _own_tests_pass(b.out, tmp_path)


# -- an allOf child's integer over its parent's number ---------------------------------------


def test_an_allof_childs_integer_over_a_parents_number_is_emitted_as_the_models_int(
    built: Callable[[str], Built],
) -> None:
    b = built("allof-narrowing")  # Dog's `size: integer` over Pet's `size: number`
    m = b.models
    dog_model = next(d for d in b.result.api.models if d.name == "Dog")
    size = next(f for f in dog_model.fields if f.wire_name == "size")
    assert size.type.annotation == "int" and not size.required
    assert m.Dog.model_fields["size"].annotation == int | None
    assert m.Pet.model_fields["size"].annotation == float | None
    base = {"id": 7, "kind": "dog", "note": None}
    assert m.Dog.model_validate({**base, "size": 3}).size == 3
    with pytest.raises(pydantic.ValidationError):
        m.Dog.model_validate({**base, "size": 2.5})


# -- a nullable component --------------------------------------------------------------------


def test_a_reference_to_a_nullable_component_admits_null_where_it_is_used(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    b = built("nullable-component")
    m = b.models
    events = b.client(
        _json_answer(
            [
                {"id": 1, "kind": "labeled", "app": None, "label": "bug"},
                {"id": 2, "kind": "closed", "app": {"slug": "octo"}, "reason": None},
            ]
        ),
        strict=True,
    ).events.list()
    assert type(events[0]) is m.LabeledEvent and events[0].app is None
    assert type(events[1]) is m.ClosedEvent and events[1].app == m.NullableApp(slug="octo")
    assert events[1].reason is None
    assert m.LabeledEvent.model_fields["app"].annotation == m.NullableApp | None
    assert m.LabeledEvent.model_fields["app"].is_required()  # null, but given
    with pytest.raises(pydantic.ValidationError):
        m.LabeledEvent.model_validate({"id": 1, "kind": "labeled", "label": "bug"})
    assert not b.result.api.warnings  # the example matches its schema
    _own_tests_pass(b.out, tmp_path)


def test_an_all_of_child_of_a_nullable_component_is_its_subclass(
    built: Callable[[str], Built],
) -> None:
    b = built("nullable-base")
    m = b.models
    client = b.client(_json_answer({"slug": "octo", "secret": "s3cret"}, status=201), strict=True)
    app = client.apps.create()
    assert isinstance(app, m.NullableApp) and type(app) is not m.NullableApp
    assert (app.slug, app.secret) == ("octo", "s3cret")
    assert set(type(app).model_fields) == {"slug", "secret"}


# -- a multipart body that is one file; a path holding a `"` ---------------------------------


def test_a_multipart_body_of_one_file_is_sent_as_the_part_file(tmp_path: Path) -> None:
    result = generate_document(DATA / "op-multipart-one-file.yaml", "ops_one_file")
    out = tmp_path / "ops_one_file"
    write_tree(result.files, out)
    assert [(w.where, w.message) for w in result.api.warnings] == [
        (
            "/paths/~1imports~1{id}/patch/requestBody",
            (
                "the multipart/form-data body is one file, not an object of parts: "
                "it is sent as the part `file`"
            ),
        )
    ]
    sys.path.insert(0, str(out / "src"))
    try:
        pkg = importlib.import_module("ops_one_file")
        seen: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(204)

        with pkg.Client(
            base_url="https://api.test",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        ) as client:
            client.imports.patch(id="7", body=b"%PDF-1.7")
            client.people.delete_dossier(id="p 1")
    finally:
        sys.path.remove(str(out / "src"))
    sent = seen[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    content = sent.read()
    assert b'Content-Disposition: form-data; name="file"' in content
    assert b"%PDF-1.7" in content
    assert seen[1].url.raw_path == b"/people/p%201/dossier%22"
    _own_tests_pass(out, tmp_path)


# -- nullable enums of numbers ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["nullable-number-enums", "nullable-number-enums-31"])
def test_a_nullable_enum_of_numbers_is_its_literal_or_none(
    built: Callable[[str], Built], name: str
) -> None:
    b = built(name)
    settings_model = next(d for d in b.result.api.models if d.name == "Settings")
    level = next(f for f in settings_model.fields if f.wire_name == "level")
    assert level.type.annotation == "Literal[1, 2] | None"
    # emitted as the Literal (open to new values in responses) or None
    literal, none = get_args(b.models.Settings.model_fields["level"].annotation)
    assert get_args(literal)[0] == Literal[1, 2] and none is type(None)
    assert not [w for w in b.result.api.warnings if "enum values" in w.message]
    assert b.models.Settings(level=None).level is None
    assert b.models.Settings(level=2).level == 2
    with pytest.raises(pydantic.ValidationError):
        b.models.Settings(level=3)  # what is sent is checked; a response may bring new values
    settings = b.client(_json_answer({"level": None})).profile.get()
    assert settings.level is None
