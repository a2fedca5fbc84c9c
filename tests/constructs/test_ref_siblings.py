"""Keywords beside a schema's `$ref`: applied with it in OpenAPI 3.1, ignored (and warned of)
in 3.0, as each version's specification says (`data/schema-ref-siblings-*.yaml`)."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pydantic
import pytest

from codegen.pipeline import generate_document
from codegen.write import write_tree

DATA = Path(__file__).parent / "data"
CHILD = {"id": "c1", "name": "Ann", "extra": 3}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Any]]:
    """The package generated from `data/schema-ref-siblings-<version>.yaml` and its report."""
    root = tmp_path_factory.mktemp("ref_siblings")
    cache: dict[str, Any] = {}

    def get(version: str) -> Any:
        if version not in cache:
            name = f"ref_siblings_{version}"
            result = generate_document(DATA / f"schema-ref-siblings-{version}.yaml", name)
            write_tree(result.files, root / version)
            sys.path.insert(0, str(root / version / "src"))
            cache[version] = importlib.import_module(name)
            cache[version].report = json.loads(result.files["codegen-report.json"])
            cache[version].document = json.loads(result.files["openapi.json"])
        return cache[version]

    yield get
    for version in cache:
        sys.path.remove(str(root / version / "src"))
    for mod in [m for m in sys.modules if m.startswith("ref_siblings_")]:
        del sys.modules[mod]


def _client(pkg: Any, seen: list[Any]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return (
            httpx.Response(200, json=seen[-1])
            if "children" in str(request.url)
            else (httpx.Response(204))
        )

    return pkg.Client(
        base_url="https://api.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def _schema_of(document: dict[str, Any], name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}", "components": document["components"]}


def test_31_a_component_is_its_reference_and_its_siblings(built: Callable[[str], Any]) -> None:
    pkg = built("31")
    assert issubclass(pkg.Child, pkg.Base)
    seen: list[Any] = []
    child = _client(pkg, seen).children.create_child(**CHILD)
    assert seen == [CHILD] and (child.id, child.name, child.extra) == ("c1", "Ann", 3)
    # what was sent is what the document's own schema (Base AND the siblings) accepts
    jsonschema.Draft202012Validator(_schema_of(pkg.document, "Child")).validate(seen[0])
    with pytest.raises(TypeError):  # `id` from Base and `name` made required by the siblings
        _client(pkg, seen).children.create_child(id="c1", extra=3)
    assert not any("not declared" in w["message"] for w in pkg.report["warnings"])


def test_31_siblings_narrow_plain_values_lists_and_objects(built: Callable[[str], Any]) -> None:
    pkg = built("31")
    order = pkg.Order(total=1000, codes=["AB"])
    assert order.total == 1000
    for bad in (
        {"total": 1000.5},
        {"total": -1},
        {"total": 1, "codes": ["A"]},
        {"total": 1, "codes": ["ab"]},
    ):
        with pytest.raises(pydantic.ValidationError):
            pkg.Order(**bad)
    customer = pkg.Order.model_fields["customer"].annotation
    assert pkg.Customer in customer.__args__[0].__mro__  # a Customer whose email is required
    with pytest.raises(pydantic.ValidationError):
        customer.__args__[0](id="c")
    assert pkg.Order.model_fields["currency"].annotation == pkg.Currency | None
    assert pkg.Order(total=1, price=5).price == 5  # `allOf` of a number and a bound: a number
    for price in (5.5, -1):
        with pytest.raises(pydantic.ValidationError):
            pkg.Order(total=1, price=price)
    assert '"""\n    The total.\n    """' in inspect.getsource(pkg.Order)  # the docstring kept


def test_30_siblings_are_left_out_with_a_warning_at_each_place(
    built: Callable[[str], Any],
) -> None:
    pkg = built("30")
    warned = {
        w["where"]: w["message"] for w in pkg.report["warnings"] if "OpenAPI 3.0" in w["message"]
    }
    props = "/components/schemas/Order/properties"
    assert warned == {
        "/components/schemas/Child": "`required` and `properties` beside `$ref: "
        "#/components/schemas/Base` are ignored by OpenAPI 3.0: left out (3.1 would apply "
        "them as well as the reference)",
        f"{props}/total": "`maximum` beside `$ref: #/components/schemas/Amount` is ignored by "
        "OpenAPI 3.0: left out (3.1 would apply it as well as the reference)",
        f"{props}/customer": "`required` beside `$ref: #/components/schemas/Customer` is "
        "ignored by OpenAPI 3.0: left out (3.1 would apply it as well as the reference)",
        f"{props}/codes/items": "`minLength` beside `$ref: #/components/schemas/Code` is "
        "ignored by OpenAPI 3.0: left out (3.1 would apply it as well as the reference)",
    }
    seen: list[Any] = []
    child = _client(pkg, seen).children.create_child(id="c1")  # the Base alone: no `name` required
    assert seen == [{"id": "c1"}] and isinstance(child, pkg.Base)
    order = pkg.Order(total=1000.5, codes=["A"])  # neither `maximum` nor `minLength` applies
    assert pkg.Order.model_fields["customer"].annotation == pkg.Customer | None
    assert order.total == 1000.5
    assert '"""\n    The total.\n    """' in inspect.getsource(pkg.Order)  # the docstring kept
