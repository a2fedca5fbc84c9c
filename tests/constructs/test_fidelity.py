"""Schema fidelity: constructs that other generators get wrong, and what the code generated
from each does (issue 15). Each `data/schema-*.yaml` used here opens with what it shows.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from test_schemas import BIN, DATA, Built, _echo, _json_answer, built

from codegen.cli import main
from codegen.emit.models import classes

__all__ = ["built"]  # the fixture, shared with the other schema constructs


# -- required-ness across allOf ---------------------------------------------------------------


def test_required_is_the_union_over_an_allof_composition(built: Callable[[str], Built]) -> None:
    b = built("required-across-allof")
    m = b.models
    with pytest.raises(pydantic.ValidationError) as caught:
        m.Plant.model_validate({})
    assert {e["loc"][0] for e in caught.value.errors()} == {"id", "name", "tags"}
    assert m.Plant(id=1, name="Fern", tags=[]).genus is None
    with pytest.raises(b.error("ResponseValidationError")):
        b.client(_json_answer({"id": 1, "tags": []}, status=201), strict=True).plants.create(
            name="Fern", genus="Pteris"
        )
    create = b.client(_json_answer({})).plants.create
    params = inspect.signature(create).parameters
    assert params["name"].default is inspect.Parameter.empty
    assert params["genus"].default is inspect.Parameter.empty
    with pytest.raises(TypeError):
        create()  # never a request with {}
    sent: list[Any] = []
    answer = {"id": 1, "name": "Fern", "tags": ["shade"]}
    plant = b.client(_json_answer(answer, sent, status=201)).plants.create(
        name="Fern", genus="Pteris"
    )
    assert [r.read() for r in sent] == [b'{"name":"Fern","genus":"Pteris"}']
    assert type(plant) is m.Plant and plant.tags == ["shade"]
    assert issubclass(m.NewPlant, m.PlantBase) and issubclass(m.Plant, m.PlantBase)


def test_a_required_name_no_property_declares_is_a_required_field_of_any_type(
    built: Callable[[str], Built],
) -> None:
    b = built("required-undeclared")
    m = b.models
    for model in ("Ticket", "UrgentTicket"):
        hints = typing.get_type_hints(getattr(m, model))
        assert hints["assignee"] is Any, model
    assert typing.get_type_hints(m.UrgentTicket)["deadline"] is Any
    with pytest.raises(pydantic.ValidationError) as caught:
        m.Ticket.model_validate({"title": "t"})
    assert [e["loc"] for e in caught.value.errors()] == [("assignee",)]
    with pytest.raises(pydantic.ValidationError) as caught:
        m.UrgentTicket.model_validate({"title": "t", "assignee": 1})
    assert [e["loc"] for e in caught.value.errors()] == [("deadline",)]
    sent: list[Any] = []
    ticket = b.client(_echo(sent)).tickets.create(title="t", assignee={"id": 7})
    assert sent == [{"title": "t", "assignee": {"id": 7}}] and ticket.assignee == {"id": 7}
    assert (
        inspect.signature(b.client(_echo(sent)).tickets.create).parameters["assignee"].default
        is inspect.Parameter.empty
    )
    urgent = b.client(
        _json_answer({"title": "t", "assignee": "ann", "deadline": "friday", "level": 1})
    ).urgent.get()
    assert (urgent.assignee, urgent.deadline) == ("ann", "friday")
    warned = {(w.where, w.message) for w in b.result.api.warnings}
    message = (
        "'assignee' is required but not declared as a property: kept as a required field "
        "of any type"
    )
    assert ("/components/schemas/Ticket", message) in warned
    assert any(
        where == "/components/schemas/UrgentTicket" and message.startswith("'deadline' is")
        for where, message in warned
    )


@pytest.mark.parametrize("name", ["required-undeclared-allof", "required-undeclared-allof-30"])
def test_a_required_name_beside_an_allof_declaring_it_nowhere_is_kept_with_a_warning(
    built: Callable[[str], Built], name: str
) -> None:
    b = built(name)  # openapi-spec-validator's "Required list has not defined properties"
    m = b.models
    kept = {
        "Parcel": "ghost",
        "Address": "postcode",
        "Box": "colour",
        "Plain": "note",
        "CreateLabelRequest": "printer",
        "CreateLabelResponse": "batch",
    }
    for model, field in kept.items():
        hints = typing.get_type_hints(getattr(m, model))
        assert hints[field] is Any, model
        assert getattr(m, model).model_fields[field].is_required(), model
    with pytest.raises(pydantic.ValidationError) as caught:
        m.Parcel.model_validate({"name": "n", "address": {"street": "s"}, "box": {"size": 1}})
    assert sorted(e["loc"] for e in caught.value.errors()) == [
        ("address", "postcode"),
        ("box", "colour"),
        ("ghost",),
    ]
    sent: list[httpx.Request] = []
    client = b.client(_json_answer({"id": "l1", "batch": [1]}, sent), strict=True)
    label = client.labels.create(text="t", printer=3)
    assert json.loads(sent[0].content) == {"text": "t", "printer": 3} and label.batch == [1]
    with pytest.raises(TypeError):
        client.labels.create(text="t")
    with pytest.raises(b.error("ResponseValidationError")):
        b.client(_json_answer({"id": "l1"}), strict=True).labels.create(text="t", printer=3)
    warned = {(w.where, w.message.split(" is required")[0]) for w in b.result.api.warnings}
    assert {
        ("/components/schemas/Parcel", "'ghost'"),
        ("/components/schemas/Parcel/properties/address", "'postcode'"),
        ("/components/schemas/Parcel/properties/box/allOf/0", "'colour'"),
        ("/components/schemas/Plain", "'note'"),
    } <= warned
    places = {where for where, what in warned if what in ("'printer'", "'batch'")}
    assert len(places) == 2 and all(p.startswith("/paths/~1labels/post/") for p in places)


def test_only_the_undeclared_required_name_is_waived_other_faults_still_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = (DATA / "schema-required-undeclared-allof.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(doc.replace("weight: {type: number}", "weight: {type: numbr}"), "utf-8")
    assert main(["-q", "generate", "--spec", str(broken), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "/components/schemas/Parcel/allOf/1/properties/weight/type" in err
    assert "Required list" not in err and "ghost" not in err
    assert not (tmp_path / "o").exists()


# -- null as an enum's only value -------------------------------------------------------------


def test_enum_null_in_a_union_means_null(built: Callable[[str], Built]) -> None:
    b = built("null-choices")
    m = b.models
    hints = typing.get_type_hints(m.Order)
    assert hints["status"] == m.StatusEnum | m.BlankEnum | None
    assert hints["channel"] == m.ChannelEnum | None
    assert hints["nothing"] is type(None)
    order = b.client(
        _json_answer({"status": "paid", "channel": "web", "nothing": None})
    ).orders.get(id="1")
    assert order.status is m.StatusEnum.PAID and order.channel is m.ChannelEnum.WEB
    assert (
        b.client(_json_answer({"status": None, "channel": None})).orders.get(id="1").status is None
    )
    assert m.Order.model_validate({"status": ""}).status is m.BlankEnum.FIELD_
    for wrong in (
        {"status": 5},
        {"status": "open", "channel": ["web"]},
        {"status": None, "nothing": 1},
    ):
        with pytest.raises(pydantic.ValidationError):
            m.Order.model_validate(wrong)


# -- a discriminator on a parent that its children extend -------------------------------------


def test_a_parents_discriminator_picks_the_child_its_value_names(
    built: Callable[[str], Built],
) -> None:
    b = built("discriminator-on-parent")
    m = b.models
    assert issubclass(m.QuotaFailure, m.JobFailure) and issubclass(m.StepFailure, m.JobFailure)
    client = b.client(_json_answer({"type": "QuotaFailure", "message": "over", "limit": 5}))
    quota = client.jobs.get_failure(job_id="j1")
    assert type(quota) is m.QuotaFailure and quota.limit == 5
    step = b.client(_json_answer({"type": "StepFailure", "message": "boom"}))
    assert type(step.jobs.get_failure(job_id="j1")) is m.StepFailure
    with pytest.raises(b.error("ResponseValidationError")):  # the child's types still hold
        b.client(
            _json_answer({"type": "QuotaFailure", "message": "over", "limit": "many"}), strict=True
        ).jobs.get_failure(job_id="j1")
    # built by its constructor, a class is itself
    assert type(m.JobFailure(type="QuotaFailure", message="m")) is m.JobFailure


def test_a_parents_discriminator_without_mapping_names_children_by_component(
    built: Callable[[str], Built],
) -> None:
    b = built("discriminator-children")
    m = b.models
    drawing = b.client(
        _json_answer(
            {
                "main": {"kind": "Circle", "radius": 1.5},
                "others": [
                    {"kind": "Square", "side": 2, "label": "s"},
                    {"kind": "Hexagon", "edges": 6},  # added by the provider later
                ],
            }
        )
    ).drawings.get()
    assert type(drawing.main) is m.Circle and drawing.main.radius == 1.5
    square, unknown = drawing.others
    assert type(square) is m.Square and square.side == 2
    assert type(unknown) is m.Shape and unknown.model_extra == {"edges": 6}
    assert drawing.model_dump(by_alias=True, exclude_unset=True)["others"][1] == {
        "kind": "Hexagon",
        "edges": 6,
    }
    sent: list[Any] = []

    def answer(request: Any) -> Any:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=[sent[-1]])

    shapes = b.client(answer).shapes.create(body=m.Circle(kind="Circle", radius=2.0))
    assert sent == [{"kind": "Circle", "radius": 2.0}]  # the child's own fields are sent
    assert [type(s) for s in shapes] == [m.Circle]
    drawing = m.Drawing(main=m.Square(kind="Square", side=3))
    assert drawing.model_dump(by_alias=True, exclude_unset=True) == {
        "main": {"kind": "Square", "side": 3}
    }
    with pytest.raises(pydantic.ValidationError):
        m.Drawing.model_validate({"main": {"kind": "Circle"}})  # a circle needs its radius
    assert not b.result.api.warnings


GRAND_PETS = {
    "items": [
        {"pet_type": "Puppy", "name": "Rex", "age_weeks": 9},
        {"pet_type": "ShowPuppy", "name": "Ace", "age_weeks": 12},
        {"pet_type": "Dog", "name": "Old"},
        {"pet_type": "Cat", "name": "Tom", "lives": 9},
    ]
}
GRAND_VEHICLES = {
    "/vehicles/v1": {"kind": "sports-car", "wheels": 4, "doors": 2, "top_speed": 300.5},
    "/vehicles/v2": {"kind": "Truck", "load": 7},
    "/vehicles/v3": {"kind": "car", "doors": 5},
    "/cars/c1": {"kind": "sports-car", "top_speed": 250},
    "/cars/c2": {"kind": "Truck", "load": 3},
}


def _grand_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/pets" and request.method == "POST":
        return httpx.Response(200, json=json.loads(request.content))
    if request.url.path == "/pets":
        return httpx.Response(200, json=GRAND_PETS)
    return httpx.Response(200, json=GRAND_VEHICLES[request.url.path])


def _grand_calls(b: Built, use_async: bool) -> dict[str, Any]:
    """Every operation of the grandchildren construct, through `Client` or `AsyncClient`
    (strict: a response that does not match its class raises)."""
    transport = httpx.MockTransport(_grand_answer)
    kw: dict[str, Any] = {"base_url": "https://api.test", "max_retries": 0}
    kw["strict_response_validation"] = True
    puppy = b.models.Puppy(pet_type="Puppy", name="Rex", age_weeks=9)
    ids = [path.strip("/").split("/") for path in GRAND_VEHICLES]
    if not use_async:
        with b.pkg.Client(http_client=httpx.Client(transport=transport), **kw) as client:
            got = {"pets": client.pets.list(), "created": client.pets.create(body=puppy)}
            for group, key in ids:
                got[f"/{group}/{key}"] = getattr(client, group).get(id=key)
            return got

    async def run() -> dict[str, Any]:
        http = httpx.AsyncClient(transport=transport)
        async with b.pkg.AsyncClient(http_client=http, **kw) as client:
            got = {
                "pets": await client.pets.list(),
                "created": await client.pets.create(body=puppy),
            }
            for group, key in ids:
                got[f"/{group}/{key}"] = await getattr(client, group).get(id=key)
            return got

    return asyncio.run(run())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_parents_discriminator_picks_grandchildren_the_deepest_class(
    built: Callable[[str], Built], use_async: bool
) -> None:
    b = built("discriminator-grandchildren")
    m = b.models
    assert issubclass(m.Puppy, m.Dog) and issubclass(m.Dog, m.Pet)
    assert issubclass(m.ShowPuppy, m.Puppy) and issubclass(m.SportsCar, m.Car)
    got = _grand_calls(b, use_async)
    puppy, show, dog, cat = got["pets"].items
    assert [type(p) for p in got["pets"].items] == [m.Puppy, m.ShowPuppy, m.Dog, m.Cat]
    assert (puppy.name, puppy.age_weeks, show.age_weeks, cat.lives) == ("Rex", 9, 12, 9)
    assert dog.name == "Old" and dog.model_extra == {}
    # the mapping's key names a grandchild; an unmapped one is named by its component
    sports, truck, car = (got[f"/vehicles/v{i}"] for i in (1, 2, 3))
    assert type(sports) is m.SportsCar and sports.top_speed == 300.5 and sports.doors == 2
    assert type(truck) is m.Truck and truck.load == 7
    assert type(car) is m.Car and car.doors == 5
    # the middle class's own discriminator picks among the schemas extending it
    assert type(got["/cars/c1"]) is m.SportsCar and got["/cars/c1"].top_speed == 250
    assert type(got["/cars/c2"]) is m.Truck
    # a grandchild sent where the parent is expected goes with all its fields, and comes back
    created = got["created"]
    assert type(created) is m.Puppy and created.age_weeks == 9
    assert not b.result.api.warnings


def test_the_grandchildren_package_is_mypy_strict_clean(built: Callable[[str], Built]) -> None:
    b = built("discriminator-grandchildren")
    checked = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "."],
        cwd=b.out / "src",
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert checked.returncode == 0, checked.stdout[-4000:]


# -- enums and discriminators open to what a provider adds later -------------------------------


def test_a_new_integer_enum_value_in_a_response_parses(built: Callable[[str], Built]) -> None:
    b = built("integer-enum-grows")
    run = b.client(_json_answer({"state": "paused", "priority": 4})).runs.get(run_id="r1")
    assert (run.state, run.priority) == ("paused", 4)
    with pytest.raises(pydantic.ValidationError):
        b.models.Run(state="queued", priority=4)


NEW_VALUES = {
    "priority": 7,
    "retries": 9,
    "weights": [10, 30],
    "ratio": 2.5,
    "size": "huge",
    "active": False,
}


def test_enums_of_every_type_are_open_in_responses_only(built: Callable[[str], Built]) -> None:
    b = built("open-enums")
    m = b.models
    job = b.client(_json_answer(NEW_VALUES)).jobs.put(priority=1)
    dumped = job.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == NEW_VALUES
    for field, value in NEW_VALUES.items():
        with pytest.raises(pydantic.ValidationError):
            m.Job.model_validate({"priority": 1, field: value})
    # a value of another JSON type is still a deviation
    for field, value in {"priority": "7", "retries": "x", "weights": ["a"], "ratio": "x"}.items():
        with pytest.raises(b.error("ResponseValidationError")):
            b.client(_json_answer({"priority": 1, field: value}), strict=True).jobs.put(priority=1)
    known = b.client(_json_answer({"priority": 2, "size": 1, "ratio": 0.5})).jobs.put(priority=1)
    assert known.priority == 2 and known.size == 1
    assert known.ratio is m.Ratio(0.5)


def test_an_unknown_discriminator_value_parses_to_a_fallback_keeping_the_data(
    built: Callable[[str], Built],
) -> None:
    b = built("open-enums")
    m = b.models
    runtime = importlib.import_module(f"{b.pkg.__name__}._runtime")
    events = b.client(
        _json_answer(
            [
                {"type": "created", "id": "1"},
                {"type": "archived", "id": "2", "reason": "old"},
                {"type": "deleted", "id": "3", "when": "now"},
            ]
        )
    ).events.list()
    created, archived, deleted = events
    assert type(created) is m.Created and type(deleted) is m.Deleted
    assert type(archived) is runtime.UnknownVariant
    assert archived.model_extra == {"type": "archived", "id": "2", "reason": "old"}
    # a known value with the wrong shape, or no value at all, is still a deviation
    for wrong in ({"type": "created"}, {"id": "4"}):
        with pytest.raises(b.error("ResponseValidationError")):
            b.client(_json_answer([wrong]), strict=True).events.list()
    with pytest.raises(pydantic.ValidationError):
        pydantic.TypeAdapter(m.Event).validate_python({"type": "archived", "id": "2"})


# -- names that would shadow what a model or its module uses -----------------------------------


def test_no_generated_name_shadows_what_its_module_uses(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    b = built("shadowing-names")
    m = b.models
    src = b.out / "src"
    probe = f"import {b.pkg.__name__}, {b.pkg.__name__}.models"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", probe],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wire = {
        "register": "r",
        "schema": "s",
        "json": "j",
        "copy": "c",
        "model_dump": "d",
        "model_fields": "f",
        "validate": "v",
        "tag": {"name": "t"},
        "field": {"name": "f"},
        "pet": {"kind": "TypeAlias"},
    }
    sent: list[Any] = []
    thing = b.client(_echo(sent)).things.create(
        register_="r",
        schema_="s",
        json_="j",
        copy_="c",
        model_dump_="d",
        model_fields_="f",
        validate_="v",
        tag=m.Tag(name="t"),
        field=m.Field2(name="f"),
        pet=m.TypeAlias2(kind="TypeAlias"),
    )
    assert sent == [wire]
    assert thing.model_dump(by_alias=True, exclude_unset=True) == wire
    assert callable(thing.model_dump) and callable(type(thing).register)
    assert type(b.client(_json_answer({"name": "n"})).labels.list()) is m.Field2
    checked = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "."],
        cwd=src,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert checked.returncode == 0, checked.stdout


# -- the intermediate model's names are the emitted classes -----------------------------------


def test_an_expandable_field_named_like_its_component_keeps_the_components_class(
    built: Callable[[str], Built],
) -> None:
    b = built("expandable")
    m = b.models
    rate = {"id": "txr_1", "percentage": 19.0}
    taxed = b.client(_json_answer(rate)).tax_rates.get(id="txr_1")
    assert type(taxed) is m.TaxRate and taxed.percentage == 19.0
    assert not hasattr(m, "TaxRateModel")
    item = b.client(_json_answer({"id": "li_1", "tax_rate": "txr_1"})).line_items.get(id="li_1")
    assert item.tax_rate == "txr_1" and type(item.tax_rate) is str
    expanded = m.LineItem.model_validate({"id": "li_1", "tax_rate": rate})
    assert type(expanded.tax_rate) is m.TaxRate
    with pytest.raises(pydantic.ValidationError):  # the id's own constraint still holds
        m.LineItem.model_validate({"id": "li_1", "tax_rate": "x" * 5001})
    assert set(m.__all__) == {"LineItem", "TaxRate"}


def test_a_class_not_named_as_the_intermediate_model_says_is_a_generator_bug(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    b = built("expandable")
    api = b.result.api
    code = inspect.getsource(b.models)
    classes.check_names(code, api)  # as generated: fine
    renamed = code.replace("class TaxRate(", "class TaxRateModel(")
    with pytest.raises(classes.NameMismatchError) as caught:
        classes.check_names(renamed, api)
    assert str(caught.value) == (
        "schemas_expandable.models: models not emitted under their names: TaxRate; "
        "classes the intermediate model does not name: TaxRateModel"
    )
    shadowing = code.replace(
        "from typing import Annotated", "from typing import Annotated, TaxRate"
    )
    with pytest.raises(classes.NameMismatchError, match="imports: TaxRate"):
        classes.check_names(shadowing, api)
    # the command line reports it as a bug of the generator: exit 3
    spec = tmp_path / "api.yaml"
    spec.write_text((DATA / "schema-expandable.yaml").read_text(encoding="utf-8"))
    original = classes.restore_names
    try:
        classes.restore_names = lambda code, api: code  # type: ignore[assignment]
        classes_inline = classes.inline_root_models
        classes.inline_root_models = lambda code: code  # type: ignore[assignment]
        status = main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")])
    finally:
        classes.restore_names = original
        classes.inline_root_models = classes_inline
    assert status == 3


# -- an allOf child narrowing its parent --------------------------------------------------------


NARROWING_USAGE = """
from schemas_allof_narrowing.models import Dog, Pet, Vet


def number(dog: Dog) -> int:
    return dog.id + 1


def clinic(dog: Dog) -> str | None:
    keeper: Vet | None = dog.keeper
    return keeper.clinic if keeper else None


def pet_id(pet: Pet) -> str:
    return pet.id
"""


def test_an_allof_child_narrowing_its_parent_parses_and_type_checks(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    b = built("allof-narrowing")
    m = b.models
    dog = b.client(
        _json_answer({"id": 7, "kind": "dog", "keeper": {"clinic": "c"}, "tags": [1], "note": None})
    ).pets.get()
    assert type(dog) is m.Dog and issubclass(m.Dog, m.Pet)
    assert (dog.id, dog.kind, dog.tags, dog.note) == (7, "dog", [1], None)
    assert type(dog.keeper) is m.Vet
    base = {"id": 7, "kind": "dog", "note": None}
    for wrong in ({"id": "seven"}, {"kind": "cat"}, {"tags": ["a"]}, {"keeper": {"clinic": 1}}):
        with pytest.raises(pydantic.ValidationError):
            m.Dog.model_validate({**base, **wrong})
    with pytest.raises(pydantic.ValidationError):
        m.Dog.model_validate({"id": 7, "kind": "dog"})  # note: required by the child
    usage = tmp_path / "usage.py"
    usage.write_text(NARROWING_USAGE, encoding="utf-8")
    src = b.out / "src"
    checked = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(src / b.pkg.__name__),
            str(usage),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": str(src)},
        timeout=600,
    )
    assert checked.returncode == 0, checked.stdout


def test_a_chain_of_allof_narrowings_keeps_each_childs_own_type(
    built: Callable[[str], Built],
) -> None:
    b = built("allof-narrowing-chain")
    m = b.models
    assert sorted(m.__all__) == ["Child", "ChildStatus", "GrandChild", "Orphan", "Parent", "Person"]
    kid = b.client(_json_answer({"status": "a"}), strict=True).kids.get()
    assert type(kid) is m.GrandChild and issubclass(m.GrandChild, m.Child)
    assert kid.status == "a"
    assert m.Child.model_validate({"status": "b"}).status is m.ChildStatus.B
    with pytest.raises(pydantic.ValidationError):
        m.GrandChild.model_validate({"status": "b"})  # the grandchild's constant
    orphan = b.client(_json_answer({"owner": None}), strict=True).orphans.get()
    assert type(orphan) is m.Orphan and orphan.owner is None
    with pytest.raises(pydantic.ValidationError):
        m.Orphan.model_validate({"owner": {"name": "x"}})  # null, not the parent's object
    assert m.Parent.model_validate({"owner": {"name": "x"}}).owner == m.Person(name="x")
