"""Schema constructs: what the code generated from each small document in `data/` does.

Each `data/schema-*.yaml` shows one construct (or a group of close ones); its comment header
says which. The package generated from it is driven through its client against
`httpx.MockTransport`: what goes on the wire, what a response parses into, what is refused.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from codegen.cli import main
from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import PackageInfo
from codegen.pipeline import Generated, generate_document
from codegen.write import write_tree

DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent


@dataclass
class Built:
    pkg: ModuleType
    result: Generated
    out: Path

    @property
    def models(self) -> Any:
        return self.pkg.models

    def error(self, name: str) -> type[Exception]:
        errors = importlib.import_module(f"{self.pkg.__name__}._runtime.errors")
        cls: type[Exception] = getattr(errors, name)
        return cls

    def client(
        self, answer: Callable[[httpx.Request], httpx.Response], *, strict: bool = False
    ) -> Any:
        """A client whose every request is answered by `answer` (`strict`: one that raises
        when a response deviates from its documented type)."""
        return self.pkg.Client(
            base_url="https://api.test",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
            strict_response_validation=strict,
        )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Built]]:
    """The package generated from `data/schema-<name>.yaml`, imported as `schemas_<name>`
    (generated once per module)."""
    root = tmp_path_factory.mktemp("constructs")
    cache: dict[str, Built] = {}
    paths: list[str] = []

    def get(name: str) -> Built:
        if name not in cache:
            import_name = "schemas_" + name.replace("-", "_")
            result = generate_document(DATA / f"schema-{name}.yaml", import_name)
            out = root / name
            write_tree(result.files, out)
            paths.append(str(out / "src"))
            sys.path.insert(0, paths[-1])
            cache[name] = Built(importlib.import_module(import_name), result, out)
        return cache[name]

    yield get
    for path in paths:
        sys.path.remove(path)
    for mod in [m for m in sys.modules if m.startswith("schemas_")]:
        del sys.modules[mod]


def _json_answer(
    body: Any, seen: list[httpx.Request] | None = None, status: int = 200
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, json=body)

    return answer


def _echo(seen: list[Any]) -> Callable[[httpx.Request], httpx.Response]:
    """Answers with the request's own JSON body (and records it)."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=seen[-1])

    return answer


# -- oneOf / anyOf, with and without a discriminator ------------------------------------------


def test_a_discriminated_union_parses_into_the_variant_its_tag_names(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    m = u.models
    dog = u.client(_json_answer({"petType": "dog", "name": "Rex", "barks": True})).pets.create(
        body=m.Dog(pet_type="dog", name="Rex")
    )
    assert type(dog) is m.Dog and dog.barks is True
    cat = u.client(_json_answer({"petType": "cat", "name": "Tom", "lives": 9})).pets.create(
        body=m.Cat(pet_type="cat", name="Tom")
    )
    assert type(cat) is m.Cat and cat.lives == 9
    # shaped like a Cat, tagged as a Dog: the tag decides, not the shape
    tagged = u.client(_json_answer({"petType": "dog", "name": "Odd", "lives": 3})).pets.create(
        body=m.Dog(pet_type="dog", name="Odd")
    )
    assert type(tagged) is m.Dog and tagged.model_extra == {"lives": 3}


def test_a_discriminated_union_refuses_an_unknown_tag_naming_the_known_ones(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    with pytest.raises(pydantic.ValidationError) as caught:
        pydantic.TypeAdapter(u.models.Pet).validate_python({"petType": "bird", "name": "Tweety"})
    assert "'petType' must be one of 'cat', 'dog'" in str(caught.value)
    # in a response, a variant added later is kept (see test_fidelity.py)
    client = u.client(_json_answer({"petType": "bird", "name": "Tweety"}))
    bird = client.pets.create(body=u.models.Cat(pet_type="cat", name="Tom"))
    assert bird.model_extra == {"petType": "bird", "name": "Tweety"}


def test_a_discriminated_request_body_is_sent_as_the_variant_given(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    sent: list[Any] = []
    result = u.client(_echo(sent)).pets.create(
        body=u.models.Dog(pet_type="dog", name="Rex", barks=False)
    )
    assert sent == [{"petType": "dog", "name": "Rex", "barks": False}]
    assert type(result) is u.models.Dog


def test_a_model_in_two_unions_keeps_each_unions_tags(built: Callable[[str], Built]) -> None:
    u = built("unions")
    m = u.models
    owner = u.client(
        _json_answer({"name": "Ann", "favourite": {"petType": "CAT", "name": "Tom"}})
    ).owner.get()
    assert type(owner) is m.Owner and type(owner.favourite) is m.Cat
    pet = pydantic.TypeAdapter(m.Pet).validate_python({"petType": "cat", "name": "Tom"})
    assert type(pet) is m.Cat
    # the variant's own property stays a plain string: both unions can build it
    assert m.Cat(pet_type="CAT", name="x").pet_type == "CAT"


def test_a_discriminator_without_mapping_uses_constants_and_component_names(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    m = u.models
    shapes = u.client(
        _json_answer([{"kind": "round", "radius": 1}, {"kind": "Square", "side": 2}])
    ).shapes.list()
    assert [type(s) for s in shapes] == [m.Circle, m.Square]
    # a component name is matched exactly: "square" is a variant the client does not know
    (other,) = u.client(_json_answer([{"kind": "square", "side": 2}])).shapes.list()
    assert type(other).__name__ == "UnknownVariant"


def test_a_union_without_discriminator_is_told_apart_by_shape(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    m = u.models
    assert type(u.client(_json_answer({"iban": "DE00"})).payments.get()) is m.Transfer
    assert type(u.client(_json_answer({"cardNumber": "4111"})).payments.get()) is m.Card
    with pytest.raises(u.error("ResponseValidationError")):
        u.client(_json_answer({"other": 1}), strict=True).payments.get()


def test_a_union_of_primitive_types_keeps_the_value_as_it_came(
    built: Callable[[str], Built],
) -> None:
    u = built("unions")
    assert u.client(_json_answer("A-1")).codes.get() == "A-1"
    assert u.client(_json_answer(42)).codes.get() == 42
    with pytest.raises(u.error("ResponseValidationError")):
        u.client(_json_answer([1]), strict=True).codes.get()


# -- allOf ------------------------------------------------------------------------------------


def test_allof_with_a_reference_is_inheritance(built: Callable[[str], Built]) -> None:
    b = built("allof")
    m = b.models
    assert issubclass(m.Employee, m.Person)
    sent: list[Any] = []
    employee = b.client(_echo(sent)).employees.create(
        name="Ada", employee_no=7, home=m.Address(city="Paris")
    )
    assert sent == [{"name": "Ada", "employeeNo": 7, "home": {"city": "Paris"}}]
    assert isinstance(employee, m.Employee) and isinstance(employee.home, m.Address)
    assert employee.home.city == "Paris"
    # the parent's required property stays required in the child
    with pytest.raises(pydantic.ValidationError):
        m.Employee(employee_no=1)
    # an annotation-only member gives the reference its description
    assert (
        '    home: Address | None = None\n    """\n    Where the person lives.'
        in inspect.getsource(m.Person)
    )


def test_allof_of_inline_objects_is_one_merged_model(built: Callable[[str], Built]) -> None:
    b = built("allof")
    m = b.models
    contact = b.client(
        _json_answer({"email": "a@b.test", "phone": "1", "note": "n"})
    ).contacts.get()
    assert type(contact) is m.Contact
    assert (contact.email, contact.phone, contact.note) == ("a@b.test", "1", "n")
    with pytest.raises(b.error("ResponseValidationError")):
        b.client(
            _json_answer({"email": "a@b.test"}), strict=True
        ).contacts.get()  # phone is required too


# -- nullable and type arrays -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["nullable-30", "nullable-31"])
def test_null_is_accepted_where_nullable_and_refused_elsewhere(
    built: Callable[[str], Built], name: str
) -> None:
    b = built(name)
    m = b.models
    nulls = {"title": "t", "note": None, "tag": None}
    nulls.update({"colour": None} if name == "nullable-30" else {"ref": None})
    sent: list[Any] = []
    record = b.client(_echo(sent)).records.create(**nulls)
    assert sent == [nulls]  # an explicit null is sent as null
    assert record.note is None and record.tag is None
    with pytest.raises(pydantic.ValidationError):
        m.Record.model_validate({**nulls, "title": None})
    with pytest.raises(b.error("ResponseValidationError")):
        b.client(_json_answer({**nulls, "title": None}), strict=True).records.create(**nulls)
    # a nullable property is still required when the schema says so
    with pytest.raises(pydantic.ValidationError):
        m.Record.model_validate({"title": "t"})
    tagged = m.Record.model_validate({**nulls, "tag": {"label": "x"}})
    assert isinstance(tagged.tag, m.Tag)


def test_type_arrays_and_enums_with_null(built: Callable[[str], Built]) -> None:
    m = built("nullable-31").models
    base = {"title": "t", "note": "n", "tag": None}
    assert m.Record.model_validate({**base, "ref": 5}).ref == 5
    assert m.Record.model_validate({**base, "ref": "five"}).ref == "five"
    assert m.Record.model_validate({**base, "ref": None, "level": None}).level is None
    assert m.Record.model_validate({**base, "ref": 1, "level": 2}).level == 2
    with pytest.raises(pydantic.ValidationError):
        m.Record.model_validate({**base, "ref": 1.5})
    with pytest.raises(pydantic.ValidationError):
        m.Record.model_validate({**base, "ref": 1, "level": 3})
    m30 = built("nullable-30").models
    row = {"title": "t", "note": None, "tag": None}
    assert m30.Record.model_validate({**row, "colour": None}).colour is None
    assert m30.Record.model_validate({**row, "colour": "red"}).colour == m30.Colour.RED


# -- const and enums of any value type ---------------------------------------------------------


ODD = ["", "class", "1st", "a b", "a-b", "a_b", "A_B", "ünï©ødé", 'it\'s "quoted"', "None"]


def test_const_is_enforced_both_ways(built: Callable[[str], Built]) -> None:
    b = built("const-enums")
    m = b.models
    assert m.Settings(kind="settings", version=2).kind == "settings"
    for wrong in ({"kind": "other", "version": 2}, {"kind": "settings", "version": 3}):
        with pytest.raises(pydantic.ValidationError):
            m.Settings.model_validate(wrong)
        with pytest.raises(b.error("ResponseValidationError")):
            b.client(_json_answer(wrong), strict=True).settings.put(kind="settings", version=2)


@pytest.mark.parametrize("value", ODD)
def test_an_odd_enum_value_round_trips(built: Callable[[str], Built], value: str) -> None:
    b = built("const-enums")
    m = b.models
    member = m.Odd(value)
    assert member.value == value and member.name.isidentifier()
    sent: list[Any] = []
    result = b.client(_echo(sent)).settings.put(kind="settings", version=2, odd=member)
    assert sent == [{"kind": "settings", "version": 2, "odd": value}]
    assert result.odd is member
    assert m.Settings(kind="settings", version=2, odd=member).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    ) == {"kind": "settings", "version": 2, "odd": value}


def test_an_unknown_enum_value_is_accepted_in_a_response_only(
    built: Callable[[str], Built],
) -> None:
    b = built("const-enums")
    m = b.models
    answer = {"kind": "settings", "version": 2, "odd": "brand-new"}
    result = b.client(_json_answer(answer)).settings.put(kind="settings", version=2)
    assert result.odd == "brand-new"
    assert not importlib.import_module(f"{b.pkg.__name__}._runtime.models").is_known(result.odd)
    with pytest.raises(pydantic.ValidationError):
        m.Settings(kind="settings", version=2, odd="brand-new")


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("priority", [1, 3], [0, 4, "1"]),
        ("enabled", [True], [False]),
        ("mixed", ["auto", 0, None], ["manual", 1]),
        ("ratio", [0.5, 1], [0.7]),
    ],
)
def test_enums_of_numbers_booleans_and_mixed_values(
    built: Callable[[str], Built], field: str, good: list[Any], bad: list[Any]
) -> None:
    m = built("const-enums").models
    base = {"kind": "settings", "version": 2}
    for value in good:
        model = m.Settings.model_validate({**base, field: value})
        dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped[field] == value
    for value in bad:
        with pytest.raises(pydantic.ValidationError):
            m.Settings.model_validate({**base, field: value})


# -- recursive schemas and reference cycles ---------------------------------------------------


def test_a_recursive_tree_parses_three_levels_deep(built: Callable[[str], Built]) -> None:
    b = built("recursive")
    m = b.models
    tree = b.client(
        _json_answer({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})
    ).tree.get()
    leaf = tree.children[0].children[0]
    assert type(leaf) is m.Node and leaf.name == "c" and leaf.children is None
    with pytest.raises(b.error("ResponseValidationError")):
        b.client(
            _json_answer({"name": "a", "children": [{"children": []}]}), strict=True
        ).tree.get()


def test_mutually_recursive_schemas(built: Callable[[str], Built]) -> None:
    b = built("recursive")
    m = b.models
    folder = b.client(
        _json_answer(
            {
                "name": "root",
                "entries": [
                    {
                        "name": "sub",
                        "entries": [{"size": 3, "parent": {"name": "sub", "entries": []}}],
                    },
                    {"size": 1},
                ],
            }
        )
    ).folders.get()
    sub, file = folder.entries
    assert type(sub) is m.Folder and type(file) is m.File and file.size == 1
    assert type(sub.entries[0].parent) is m.Folder


def test_a_recursive_type_that_is_no_object_is_typed_any_with_a_warning(
    built: Callable[[str], Built],
) -> None:
    b = built("recursive")
    doc = b.client(_json_answer({"body": ["a", ["b", ["c", []]]]})).documents.get()
    assert doc.body_ == ["a", ["b", ["c", []]]]
    assert [(w.where, w.message) for w in b.result.api.warnings] == [
        (
            "/components/schemas/Json",
            "a recursive type that is no object: its recursive part is typed Any",
        )
    ]


@pytest.mark.parametrize(
    ("name", "where", "chain"),
    [
        ("cycle-alias", "/components/schemas/A", "A -> B -> A"),
        ("cycle-allof", "/components/schemas/Base", "Base -> Mixin -> Base"),
    ],
)
def test_a_reference_cycle_with_no_schema_in_it_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, where: str, chain: str
) -> None:
    spec = DATA / f"schema-{name}.yaml"
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 2
    printed = capsys.readouterr()
    text = printed.out + printed.err
    assert (
        f"schema-{name}.yaml: {where}: a reference cycle through nothing but $ref and allOf "
        f"({chain}): the schema is defined by itself"
    ) in text
    assert "Traceback" not in text
    assert not out.exists()


def test_the_model_step_refuses_alias_cycles_and_self_inheritance_itself() -> None:
    """Documents that reach the model step without validation get the same verdict."""
    package = PackageInfo("tiny", "tiny-client", "1.0.0", "tiny")
    ref = {"$ref": "#/components/schemas/A"}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}}
    paths = {"/a": {"get": {"operationId": "getA", "responses": ok}}}
    schemas: list[dict[str, Any]] = [
        {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}},
        {"A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"x": {}}}]}},
    ]
    messages = []
    for components in schemas:
        doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
        doc["components"] = {"schemas": components}
        with pytest.raises(InputError) as caught:
            build_api(doc, package, file="tiny.yaml")
        [problem] = caught.value.problems
        assert (problem.file, problem.where) == ("tiny.yaml", "/components/schemas/A")
        messages.append(problem.message)
    assert messages[0].startswith("a reference cycle through nothing but $ref and allOf (A -> B")
    assert messages[1] == "a schema that inherits from itself (allOf)"


# -- maps and free-form objects ---------------------------------------------------------------


def test_typed_maps_validate_their_values(built: Callable[[str], Built]) -> None:
    b = built("maps")
    m = b.models
    inventory = m.Inventory(
        counts={"apples": 3},
        prices={"apples": {"amount": 1.5, "currency": "EUR"}},
        tags={"apples": ["red", "round"]},
    )
    assert isinstance(inventory.prices["apples"], m.Money)
    for wrong in (
        {"counts": {"apples": "many"}},
        {"prices": {"apples": {"amount": 1}}},
        {"tags": {"apples": "red"}},
    ):
        with pytest.raises(pydantic.ValidationError):
            m.Inventory.model_validate(wrong)
    labels = m.Labels.model_validate({"main": "m", "colour": "red"})
    assert labels.model_extra == {"colour": "red"}  # the map's keys beside the properties
    with pytest.raises(pydantic.ValidationError):
        m.Labels.model_validate({"main": "m", "colour": 1})
    sent: list[Any] = []
    b.client(_echo(sent)).inventory.put(counts={"pears": 2}, labels=labels)
    assert sent == [{"counts": {"pears": 2}, "labels": {"main": "m", "colour": "red"}}]


def test_free_form_objects_accept_any_json(built: Callable[[str], Built]) -> None:
    b = built("maps")
    anything = {"a": [1, {"b": None}], "c": {"d": {"e": True}}, "f": "g"}
    sent: list[Any] = []
    result = b.client(_echo(sent)).inventory.put(
        meta=anything, anything=[anything, 1], extra=anything
    )
    assert sent == [{"meta": anything, "anything": [anything, 1], "extra": anything}]
    assert (result.meta, result.anything, result.extra) == (anything, [anything, 1], anything)


# -- readOnly and writeOnly -------------------------------------------------------------------


def test_read_only_properties_are_no_arguments_and_never_sent(
    built: Callable[[str], Built],
) -> None:
    b = built("read-write-only")
    m = b.models
    params = inspect.signature(b.client(_json_answer({})).accounts.create).parameters
    assert "id" not in params and "created_at" not in params
    assert params["password"].default is inspect.Parameter.empty  # writeOnly: still required
    sent: list[Any] = []
    answer = {"id": "a1", "email": "a@b.test", "createdAt": "2024-01-02T03:04:05Z"}

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(
            201, json=answer if request.url.path == "/accounts" else {**sent[-1], "id": "t1"}
        )

    client = b.client(handle)
    account = client.accounts.create(email="a@b.test", password="secret")
    assert sent == [{"email": "a@b.test", "password": "secret"}]
    # the response has no password (writeOnly) and has the readOnly properties
    assert (account.id, account.password) == ("a1", None)
    assert account.created_at is not None
    # a model that came from a response, sent back nested: its readOnly properties stay home
    account.password = "new"
    client.teams.create(name="T", members=[account])
    assert sent[-1] == {"name": "T", "members": [{"email": "a@b.test", "password": "new"}]}
    # ...but the model itself still dumps them, for the caller's own use
    assert (
        m.Account.model_validate(answer).model_dump(by_alias=True, exclude_unset=True)["id"] == "a1"
    )


def test_required_read_only_and_write_only_properties_are_required_one_way(
    built: Callable[[str], Built],
) -> None:
    m = built("read-write-only").models
    m.Account(email="a@b.test", password="x")  # no id: the server sets it
    m.Account.model_validate({"id": "a1", "email": "a@b.test"})  # no password: never returned
    with pytest.raises(pydantic.ValidationError):
        m.Account.model_validate({"id": "a1"})  # email is required both ways


# -- names Python cannot take as they are -----------------------------------------------------


WIRE_NAMES = {
    "class": "c",
    "from": 1,
    "match": True,
    "2ndPlace": "second",
    "naïve": "n",
    "名前": "name",
    "a-b": "dash",
    "a_b": "underscore",
    "schema": "s",
    "self": "me",
    "ünïcode": {"ü": "u"},
}


def test_odd_property_names_get_safe_attributes_and_keep_their_wire_names(
    built: Callable[[str], Built],
) -> None:
    b = built("names")
    m = b.models
    thing = m.Model1stThing.model_validate(WIRE_NAMES)
    attributes = {
        "class_": "c",
        "from_": 1,
        "match": True,
        "n2nd_place": "second",
        "naive": "n",
        "value": "name",
        "a_b": "dash",
        "a_b_2": "underscore",
        "schema_": "s",
        "self_": "me",
    }
    assert {k: getattr(thing, k) for k in attributes} == attributes
    assert type(thing.unicode) is m.Unicode and thing.unicode.u == "u"
    assert thing.model_dump(by_alias=True, exclude_unset=True) == WIRE_NAMES
    sent: list[Any] = []
    result = b.client(_echo(sent)).things.create(**attributes, unicode=m.Unicode(u="u"))
    assert sent == [WIRE_NAMES]
    assert result.model_dump(by_alias=True, exclude_unset=True) == WIRE_NAMES


def test_odd_schema_names_become_class_names(built: Callable[[str], Built]) -> None:
    b = built("names")
    m = b.models
    assert {"Model1stThing", "ThingV2Beta", "Class", "Unicode"} <= set(m.__all__)
    assert b.client(_json_answer({"def": "x"})).classes.get().def_ == "x"
    assert type(b.client(_json_answer({"id": "1"})).others.get()) is m.ThingV2Beta


# -- nested arrays ----------------------------------------------------------------------------


def test_nested_arrays_validate_every_level(built: Callable[[str], Built]) -> None:
    b = built("arrays")
    m = b.models
    grid = b.client(
        _json_answer({"matrix": [[1, 2], []], "cells": [[{"x": 1}], []], "moves": [["up", "down"]]})
    ).grids.put(matrix=[[1, 2], []])
    assert grid.matrix == [[1, 2], []]
    assert type(grid.cells[0][0]) is m.Cell
    assert grid.moves == [[m.MoveItem.UP, m.MoveItem.DOWN]]
    for wrong in (
        {"matrix": [1, 2]},
        {"matrix": [[1, "x"]]},
        {"matrix": [], "cells": [[{"y": 1}]]},
        {"matrix": [], "pair": [1, 2, 3]},
    ):
        with pytest.raises(pydantic.ValidationError):
            m.Grid.model_validate(wrong)


# -- the generated code type-checks, precisely ------------------------------------------------


USAGE = """
from schemas_arrays.models import Cell, Grid
from schemas_read_write_only.models import Account
from schemas_unions.models import Cat, Dog, Pet


def name_of(pet: Pet) -> str:
    if isinstance(pet, Dog):
        return pet.name + ("!" if pet.barks else "")
    lives: int | None = pet.lives  # narrowed to Cat
    return pet.name + str(lives)


def cells(grid: Grid) -> list[list[Cell]]:
    matrix: list[list[int]] = grid.matrix
    return grid.cells or [[Cell(x=v) for v in row] for row in matrix]


def account_id(account: Account) -> str | None:
    return account.id


WRONG: list[list[str]] = Grid(matrix=[[1]]).matrix
"""


def test_generated_packages_are_lint_clean_and_precisely_typed(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    names = [
        "unions",
        "allof",
        "arrays",
        "const-enums",
        "maps",
        "names",
        "read-write-only",
        "recursive",
    ]
    sources = [built(n).out / "src" for n in names]
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            *[str(s / built(n).pkg.__name__) for n, s in zip(names, sources, strict=True)],
            str(usage),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": os.pathsep.join(str(s) for s in sources)},
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    # the one deliberate mistake is found, so nested list types are not Any
    assert len(errors) == 1, result.stdout
    assert "usage.py:23: error: Incompatible types in assignment" in errors[0]
    for n in names:  # in the package's folder, which holds the tools' settings
        for tool in (
            ["ruff", "check", "--no-cache", "."],
            ["ruff", "format", "--check", "--no-cache", "src", "tests"],
        ):
            checked = subprocess.run(
                [str(BIN / tool[0]), *tool[1:]],
                cwd=built(n).out,
                capture_output=True,
                text=True,
                check=False,
                timeout=600,
            )
            assert checked.returncode == 0, f"{n}: {checked.stdout}{checked.stderr}"


def test_required_read_only_stays_required_in_a_model_used_only_in_responses() -> None:
    package = PackageInfo("tiny", "tiny-client", "1.0.0", "tiny")
    account = {
        "type": "object",
        "required": ["id", "secret", "name"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "secret": {"type": "string", "writeOnly": True},
            "name": {"type": "string"},
        },
    }

    def doc(method: str, where: str) -> dict[str, Any]:
        ref = {"$ref": "#/components/schemas/Account"}
        op: dict[str, Any] = {"operationId": "op", "responses": {"204": {"description": "ok"}}}
        if where == "request":
            op["requestBody"] = {"content": {"application/json": {"schema": ref}}}
        else:
            op["responses"] = {
                "200": {"description": "ok", "content": {"application/json": {"schema": ref}}}
            }
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {method: op}},
            "components": {"schemas": {"Account": account}},
        }

    def required(method: str, where: str) -> list[str]:
        api = build_api(doc(method, where), package, file="tiny.yaml")
        return list(api.model("Account").json_schema.get("required", []))

    assert required("get", "response") == ["id", "name"]  # writeOnly: never returned
    assert required("post", "request") == ["secret", "name"]  # readOnly: set by the server


def test_a_discriminator_on_a_parent_no_schema_extends_is_reported_as_ignored() -> None:
    package = PackageInfo("tiny", "tiny-client", "1.0.0", "tiny")
    pet = {
        "type": "object",
        "required": ["petType"],
        "properties": {"petType": {"type": "string"}},
        "discriminator": {"propertyName": "petType"},
    }
    ref = {"$ref": "#/components/schemas/Pet"}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "getA", "responses": ok}}},
        "components": {"schemas": {"Pet": pet}},
    }
    api = build_api(doc, package, file="tiny.yaml")
    assert [(w.where, w.message.split(",")[0]) for w in api.warnings] == [
        ("/components/schemas/Pet", "the discriminator of Pet")
    ]
    assert "no schema extends through allOf" in api.warnings[0].message
