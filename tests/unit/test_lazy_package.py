"""A generated package loads what is used: `import pkg; Client()` imports no resource and no
model, a resource is imported when first reached, and every name is still there (for the
interpreter on first use, for type checkers through `TYPE_CHECKING` imports)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tinydoc import openapi

from codegen.pipeline import Generated

BIN = Path(sys.executable).parent


def _op(op_id: str, tag: str, schema: str) -> dict[str, object]:
    return {
        "operationId": op_id,
        "tags": [tag],
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            }
        },
    }


def _doc() -> dict[str, object]:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    return openapi(
        {
            "/invoices": {"get": _op("listInvoices", "Invoices", "Invoice")},
            "/contacts": {"get": _op("listContacts", "Contacts", "Contact")},
        },
        {"Invoice": item, "Contact": item},
    )


# prints which of the package's modules a few steps have loaded
PROBE = """
import json, sys
import httpx
made = []  # the httpx clients made: each loads the system's certificates (about 0.1 s)
init = httpx.Client.__init__
httpx.Client.__init__ = lambda self, *a, **k: made.append(1) or init(self, *a, **k)
def loaded():
    return sorted(m for m in sys.modules if m.startswith("lazy_pkg.") and "_runtime" not in m)
steps = {}
import lazy_pkg
steps["import"] = loaded()
client = lazy_pkg.Client(base_url="http://127.0.0.1:9")
steps["Client()"] = loaded()
steps["pydantic models loaded"] = "pydantic.main" in sys.modules
steps["imported by the client"] = sorted({"pydantic", "asyncio"} & set(sys.modules))
steps["httpx clients made"] = len(made)
client.invoices
steps["client.invoices"] = loaded()
assert client.invoices is client.invoices
assert lazy_pkg.AsyncClient(base_url="http://127.0.0.1:9").contacts.list
from lazy_pkg import Invoice
assert Invoice(id="1").id == "1" and lazy_pkg.Invoice is Invoice
assert lazy_pkg.models.Contact.__name__ == "Contact"
from lazy_pkg.resources import ContactsResource
assert ContactsResource.__name__ == "ContactsResource"
try:
    lazy_pkg.Nothing
except AttributeError as exc:
    steps["missing"] = str(exc)
steps["after first model"] = "pydantic.main" in sys.modules
lazy_pkg.Client(base_url="http://127.0.0.1:9").close()
steps["httpx clients made by close()"] = len(made)
print(json.dumps(steps))
"""


def test_import_and_client_load_no_resource_and_no_model(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    _, out = generate(_doc(), "lazy_pkg")
    ran = subprocess.run(
        [sys.executable, "-W", "error", "-c", PROBE],
        cwd=out / "src",
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    steps = json.loads(ran.stdout)
    assert steps["import"] == ["lazy_pkg._client", "lazy_pkg.errors"]
    assert steps["Client()"] == steps["import"]
    # pydantic's model machinery and httpx's TLS set-up wait for the first model and request
    assert steps["pydantic models loaded"] is False
    # nor pydantic itself (the requests' and answers' code), nor asyncio before an async call
    assert steps["imported by the client"] == []
    assert steps["httpx clients made"] == 0
    assert steps["after first model"] is True
    assert steps["httpx clients made by close()"] == 0
    assert steps["client.invoices"] == [
        "lazy_pkg._client",
        "lazy_pkg.errors",
        "lazy_pkg.models",
        "lazy_pkg.resources",
        "lazy_pkg.resources.invoices",
    ]
    assert steps["missing"] == "module 'lazy_pkg' has no attribute 'Nothing'"


def test_type_checkers_see_every_name(
    generate: Callable[..., tuple[Generated, Path]], tmp_path: Path
) -> None:
    _, out = generate(_doc(), "lazy_pkg")
    user = tmp_path / "user.py"
    user.write_text(
        "import lazy_pkg\n"
        "from lazy_pkg import Client, Invoice\n"
        "from lazy_pkg.resources import AsyncInvoicesResource\n\n"
        "client = Client(base_url='http://127.0.0.1:9')\n"
        "page: Invoice = client.invoices.list()\n"
        "contact: lazy_pkg.Contact = lazy_pkg.models.Contact(id='1')\n"
        "resource: AsyncInvoicesResource | None = None\n"
        "typo = lazy_pkg.Nothing\n"
    )
    ran = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(user)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(out / "src"), "PATH": str(BIN)},
    )
    # the one error is the name the package does not have: every other name is known and typed
    errors = [line for line in ran.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, ran.stdout
    assert 'Module has no attribute "Nothing"' in errors[0]
