"""A large document's models are split by resource (`data/schema-models-split.yaml`, with the
split's threshold lowered): each resource imports its own models and the shared ones, never
all of them, while `pkg.models.X` stays the one public name of every model, for the
interpreter, for type checkers and for the release's Python API changes."""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from codegen.emit.models import split
from codegen.pipeline import Generated, generate_document
from codegen.release.pyapi import python_changes
from codegen.write import write_tree

DOC = Path(__file__).parent / "data" / "schema-models-split.yaml"
BIN = Path(sys.executable).parent
PKG = "split_pkg"


def _generate(out: Path, split_above: int) -> Generated:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(split, "SPLIT_ABOVE", split_above)
        result = generate_document(DOC, PKG)
    write_tree(result.files, out)
    return result


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("split") / PKG
    _generate(folder, split_above=3)
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(out / "src"))
    try:
        yield importlib.import_module(PKG)
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m == PKG or m.startswith(PKG + ".")]:
            del sys.modules[name]


def _classes(module: Path) -> set[str]:
    return {n.name for n in ast.parse(module.read_text()).body if isinstance(n, ast.ClassDef)}


def test_each_model_is_kept_with_the_resources_that_use_it(out: Path) -> None:
    models = out / "src" / PKG / "models"
    assert not (out / "src" / PKG / "models.py").exists()
    assert sorted(p.name for p in models.glob("*.py")) == [
        "__init__.py",
        "_contacts.py",
        "_invoices.py",
        "_shared.py",
        "_unused.py",
    ]
    # a cycle (an item of items; a parent naming the children that extend it) stays together
    assert _classes(models / "_invoices.py") == {
        "Invoice",
        "LineItem",
        "PaymentMethod",
        "CardPayment",
        "BankPayment",
    }
    assert _classes(models / "_contacts.py") == {"Contact"}
    # the model writer's own type alias (with its docstring) goes with the model naming it,
    # reachable as in one models module, not listed in `__all__`
    contacts = (models / "_contacts.py").read_text()
    assert "LabelsAdditionalProperty = TypeAliasType(\n" in contacts
    assert "LabelsAdditionalProperty" not in (models / "_shared.py").read_text()
    assert "A label's value." in contacts
    init = (models / "__init__.py").read_text()
    assert '"LabelsAdditionalProperty": "_contacts"' in init
    assert '"LabelsAdditionalProperty",' not in init.split("__all__")[1].split("]")[0]
    # reached from both resources: through Invoice and Contact, and as an error body
    assert _classes(models / "_shared.py") == {"Address", "Country", "Error"}
    assert _classes(models / "_unused.py") == {"Legacy"}
    # imports go from a resource's module to the shared one, never back or across
    shared = (models / "_shared.py").read_text()
    assert "from ._" not in shared
    invoices = (models / "_invoices.py").read_text()
    assert "from ._shared import Address\n" in invoices and "from ._contacts" not in invoices
    resource = (out / "src" / PKG / "resources" / "contacts.py").read_text()
    assert "from ..models._contacts import Contact\n" in resource
    assert "from ..models._shared import Error\n" in resource


# prints which model modules each step has loaded, under -W error
PROBE = """
import json, sys
import split_pkg
def loaded():
    return sorted(m for m in sys.modules if m.startswith("split_pkg.models"))
steps = {}
client = split_pkg.Client(base_url="http://127.0.0.1:9")
steps["Client()"] = loaded()
client.invoices
steps["client.invoices"] = loaded()
client.contacts
steps["client.contacts"] = loaded()
from split_pkg.models import Legacy
steps["Legacy"] = loaded()
assert Legacy(note="n").note == "n" and split_pkg.Legacy is Legacy
steps["dir"] = [n for n in dir(split_pkg.models) if not n.startswith("_")]
steps["package dir"] = [n for n in dir(split_pkg) if not n.startswith("_")]
try:
    split_pkg.models.Nothing
except AttributeError as exc:
    steps["missing"] = str(exc)
print(json.dumps(steps))
"""


def test_a_resource_imports_its_own_models_and_the_shared_ones(out: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-W", "error", "-c", PROBE],
        cwd=out / "src",
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    steps = json.loads(ran.stdout)
    assert steps["Client()"] == []
    assert steps["client.invoices"] == [
        "split_pkg.models",
        "split_pkg.models._invoices",
        "split_pkg.models._shared",
    ]
    assert steps["client.contacts"] == sorted(
        [*steps["client.invoices"], "split_pkg.models._contacts"]
    )
    assert steps["Legacy"][-1] == "split_pkg.models._unused"
    assert {"Address", "BankPayment", "Contact", "Invoice", "Legacy"} <= set(steps["dir"])
    # the package lists the names it imports on first use too (`Invoice` was not yet imported)
    assert {"Client", "Invoice", "Legacy", "models", "resources"} <= set(steps["package dir"])
    assert steps["missing"] == "module 'split_pkg.models' has no attribute 'Nothing'"


def test_type_checkers_see_every_model_by_its_public_name(out: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(
        "import split_pkg\n"
        "from split_pkg.models import CardPayment, Invoice, Legacy\n\n"
        "client = split_pkg.Client(base_url='http://127.0.0.1:9')\n"
        "invoice: Invoice = client.invoices.get(id='i1')\n"
        "card: CardPayment | None = None\n"
        "legacy = Legacy(old_address=split_pkg.models.Address(city='Gent'))\n"
        "city: str = legacy.old_address.city if legacy.old_address else ''\n"
        "wrong: int = invoice.id\n"
    )
    ran = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            str(out / "src" / PKG),
            str(user),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(out / "src"), "PATH": str(BIN)},
    )
    # the package is clean; the one error is the user's, found through the lazy names
    errors = [line for line in ran.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, ran.stdout
    assert errors[0].startswith("user.py:9: error:") and 'expression has type "str"' in errors[0]


INVOICE = {
    "id": "i1",
    "billing": {"city": "Gent", "country": "BE"},
    "items": [{"name": "set", "parts": [{"name": "screw"}]}],
    "paid_with": {"kind": "card", "last4": "4242"},
}


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/contacts/nobody":
        return httpx.Response(404, json={"message": "no such contact"})
    if request.method == "POST":  # the invoice sent, made
        return httpx.Response(201, json={**INVOICE, **json.loads(request.content)})
    return httpx.Response(200, json=INVOICE)


def _check_invoice(pkg: ModuleType, invoice: object) -> None:
    m = pkg.models
    assert type(invoice) is m.Invoice
    assert type(invoice.paid_with) is m.CardPayment and invoice.paid_with.last4 == "4242"
    assert type(invoice.items[0].parts[0]) is m.LineItem
    assert invoice.billing.country is m.Country.BE


def test_sync_and_async_calls_parse_into_the_classes_of_their_modules(pkg: ModuleType) -> None:
    transport = httpx.MockTransport(_answer)
    client = pkg.Client(base_url="https://api.test", http_client=httpx.Client(transport=transport))
    _check_invoice(pkg, client.invoices.get(id="i1"))
    made = client.invoices.create(
        id="i2", paid_with=pkg.models.BankPayment(kind="bank", iban="BE00")
    )
    assert type(made) is pkg.models.Invoice and made.id == "i2"
    assert type(made.paid_with) is pkg.models.BankPayment and made.paid_with.iban == "BE00"
    with pytest.raises(pkg.NotFoundError) as caught:
        client.contacts.get(id="nobody")
    assert type(caught.value.body) is pkg.models.Error

    async def run() -> None:
        async with httpx.AsyncClient(transport=transport) as http:
            aclient = pkg.AsyncClient(base_url="https://api.test", http_client=http)
            _check_invoice(pkg, await aclient.invoices.get(id="i1"))
            with pytest.raises(pkg.NotFoundError) as caught:
                await aclient.contacts.get(id="nobody")
            assert caught.value.body.message == "no such contact"

    asyncio.run(run())


def test_a_small_document_keeps_one_models_module(tmp_path: Path) -> None:
    result = _generate(tmp_path / PKG, split_above=split.SPLIT_ABOVE)
    assert f"src/{PKG}/models.py" in result.files
    assert not any(path.startswith(f"src/{PKG}/models/") for path in result.files)


def test_splitting_the_models_changes_no_public_name(out: Path, tmp_path: Path) -> None:
    """One models module and the split package are the same Python API: `pkg.models.X`
    is what users name, whichever private module keeps X."""
    single = tmp_path / "single"
    _generate(single, split_above=1000)
    assert python_changes(PKG, single / "src", out / "src") == []
    assert python_changes(PKG, out / "src", single / "src") == []
    # a model that moves to another module is no change either
    moved = tmp_path / "moved"
    _generate(moved, split_above=3)
    models = moved / "src" / PKG / "models"
    text = (models / "_unused.py").read_text()
    (models / "_unused.py").write_text(text.replace('    "Legacy",\n', ""))
    legacy = text[text.index("class Legacy") : text.index("__all__")]
    (models / "_contacts.py").write_text((models / "_contacts.py").read_text() + "\n" + legacy)
    init = (
        (models / "__init__.py")
        .read_text()
        .replace("from ._unused import", "from ._contacts import")
    )
    (models / "__init__.py").write_text(init)
    assert python_changes(PKG, out / "src", moved / "src") == []
    # while a changed model is still told, by its public name
    changed = (models / "_contacts.py").read_text().replace("note: str", "note: int")
    (models / "_contacts.py").write_text(changed)
    (change,) = python_changes(PKG, out / "src", moved / "src")
    assert change.where == f"{PKG}.models.Legacy.note" and change.kind == "breaking"
