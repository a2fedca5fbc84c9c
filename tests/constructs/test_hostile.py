"""Hostile and broken documents.

A hostile string in every place a document holds text stays data: the package imports, no
marker file appears, the strings come back as the document wrote them, and nothing of them
is code. A broken document is refused with exit 2, naming the file and the place, and an
existing package folder is left exactly as it was.
"""

from __future__ import annotations

import ast
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from codegen.cli import main
from codegen.pipeline import Generated

DATA = Path(__file__).parent / "data"
MARKER = "PWNED"


def hostile_doc() -> dict[str, Any]:
    return yaml.safe_load((DATA / "op-hostile.yaml").read_text(encoding="utf-8"))


H: str = hostile_doc()["x-hostile"]


def same_text(doc: str | None) -> bool:
    """A docstring holds `H` (as written; docstrings re-indent and re-wrap lines)."""
    return " ".join((doc or "").split()) == " ".join(H.split())


def one_line(text: str) -> str:
    """`text` as a one-line docstring gives it: whitespace and control characters as spaces."""
    return " ".join(text.replace("\x00", " ").replace("\x1b", " ").split())


def test_the_hostile_string_is_as_hostile_as_promised() -> None:
    for piece in ('"""', "'''", "\\", "{{", "{%", "\n", "\x00", "\x1b", "__import__('os')"):
        assert piece in H


def test_hostile_strings_stay_data(
    generate_and_import: Callable[..., ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # where `touch PWNED` would leave its marker
    doc = hostile_doc()
    pkg = generate_and_import(doc, "hostile_ops")
    m = pkg.models

    # descriptions and summaries: docstrings that read as the document wrote them
    assert inspect.cleandoc(m.Weird.__doc__ or "") == H
    assert pkg.AsyncClient.__doc__ == f"Client for the {one_line(H)} API (version 1.0.0)."
    module = pkg.resources.he_said_and_x_if_x_endif_import_os_system_touch_pwned
    resource_cls = module.HeSaidAndXIfXEndifImportOsSystemTouchPwnedResource
    assert same_text(resource_cls.__doc__)
    method = resource_cls.make_thing_x_import_os_system_touch_pwned
    assert same_text((method.__doc__ or "").split("\n\n")[0])
    assert (pkg.ConflictError.__doc__ or "").startswith(H.split("\n")[0] + " (HTTP 409)")

    # enum values, property names and defaults: data, exactly
    kinds = doc["components"]["schemas"]["Weird"]["properties"]["kind"]["enum"]
    assert [k.value for k in m.WeirdKind] == kinds
    assert (m.Weird().class_, m.Weird().kind) == (H, '"""')
    weird = m.Weird.model_validate(
        {"class": "c", "__import__('os').system('touch PWNED')": "p", 'a-b"""{{x}}': "ab"}
    )
    assert (weird.import_os_system_touch_pwned, weird.a_b_x) == ("p", "ab")

    # server URLs: an environment's value
    assert [e.value for e in pkg.Environment] == [doc["servers"][0]["url"]]

    # operationIds, parameter and security scheme names of every location: on the wire
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if json.loads(request.content).get("class") == "conflict":
            return httpx.Response(409, json={'msg"""{{x}}': H})
        return httpx.Response(200, json={"class": H, 'a-b"""{{x}}': H})

    client = pkg.Client(
        key_x='k"""{{x}}',
        base_url="https://h.test",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )
    resource = client.he_said_and_x_if_x_endif_import_os_system_touch_pwned
    result = resource.make_thing_x_import_os_system_touch_pwned(
        thing_id="../admin", q_x_admin_1=H, x_evil_x=m.XEvilX.A___B, sess_ion='a"b', class_=H
    )
    assert (result.class_, result.a_b_x) == (H, H)
    request = seen[0]
    assert request.url.raw_path.startswith(b"/things/..%2Fadmin?")
    assert request.url.params.multi_items() == [('q"""{{x}}&admin=1', H)]
    assert request.headers['X-Evil"""{{x}}'] == 'a"""b'
    assert request.headers["cookie"] == 'sess"""ion=a%22b'
    assert request.headers['X-Key"""{{x}}'] == 'k"""{{x}}'
    assert json.loads(request.content) == {"class": H}
    with pytest.raises(pkg.ConflictError) as conflict:
        resource.make_thing_x_import_os_system_touch_pwned(thing_id="t", class_="conflict")
    assert conflict.value.body.msg_x == H

    operation_id = doc["paths"]['/things/{thing"""id}']["post"]["operationId"]
    anonymous = resource_cls(pkg.Client(base_url="https://h.test")._core)
    with pytest.raises(pkg.ApiError) as missing:  # nothing is sent; the message names it
        anonymous.make_thing_x_import_os_system_touch_pwned(thing_id="t")
    assert str(missing.value).startswith(f"{operation_id} needs credentials")
    assert not (tmp_path / MARKER).exists()


def test_no_document_string_became_code(generate: Callable[..., tuple[Generated, Path]]) -> None:
    _, out = generate(hostile_doc(), "hostile_code")
    modules = list(out.rglob("*.py"))
    assert len(modules) > 10
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        attributes = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        assert "__import__" not in names, path
        assert "system" not in attributes, path
        # the payload is only ever part of a string constant
        constants = " ".join(
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        )
        text = path.read_text(encoding="utf-8")
        if "touch PWNED" in text:
            assert "touch PWNED" in constants, path


def test_the_generated_tests_of_hostile_examples_pass_and_run_nothing(
    generate: Callable[..., tuple[Generated, Path]], tmp_path: Path
) -> None:
    _, out = generate(hostile_doc(), "hostile_tests")
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
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
    assert not (cwd / MARKER).exists() and not (out / MARKER).exists()


# -- broken documents -----------------------------------------------------------------------


def _tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    ("name", "where", "what"),
    [
        ("op-broken-yaml.yaml", "line 5, column 6", "invalid YAML"),
        (
            "op-broken-ref.yaml",
            "/paths/~1invoices/post/requestBody/content/application~1json/schema/$ref",
            "reference to nowhere: '#/components/schemas/Nowhere'",
        ),
        (
            "op-broken-path-param.yaml",
            "/paths/~1invoices~1{invoiceId}/get",
            "Path parameter 'invoiceId'",
        ),
        ("op-broken-not-openapi.yaml", "line 1", "not an OpenAPI document"),
        ("op-broken-surrogate.json", "/paths/~1invoices/get/summary", "lone UTF-16 surrogate"),
        (
            "op-broken-infinite.yaml",
            "/paths/~1totals/get/responses/200/content/application~1json/schema/properties/limit/enum/1",
            "the number inf is no JSON value",
        ),
        (
            "op-broken-nan.json",
            "/paths/~1totals/get/responses/200/content/application~1json/example",
            "the number nan is no JSON value",
        ),
        (
            "op-broken-duplicate-key.json",
            "line 12, column 11",
            "the key '200' again in the object at /paths/~1invoices/get/responses",
        ),
    ],
)
def test_a_broken_document_exits_2_names_file_and_place_and_touches_nothing(
    name: str, where: str, what: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "generated" / "acme"
    (out / "src" / "acme").mkdir(parents=True)
    (out / "pyproject.toml").write_text('[project]\nname = "acme-client"\n')
    (out / "src" / "acme" / "__init__.py").write_text('"""The committed package."""\n')
    (out / "codegen-report.json").write_text("{}\n")
    before = _tree(out)
    # forced, as the folder has no lock file: bad input still writes nothing
    status = main(
        ["generate", "--spec", str(DATA / name), "--out", str(out), "--name", "acme", "--force"]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert f"{name}: {where}: " in err and what in err, err
    assert "Traceback" not in err
    assert _tree(out) == before


@pytest.mark.parametrize("text", [H, "a\x00b\x7fc\x1fd\x9b", 'ends in a quote"', "\\x00 as text"])
def test_a_docstring_gives_back_any_text(text: str) -> None:
    from codegen.emit.text import docstring

    code = f"def f() -> None:\n    {docstring(text, 4)}\n"
    assert all(c == "\n" or c.isprintable() for c in code)  # control characters escaped
    (function,) = ast.parse(code).body
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    doc = ast.get_docstring(function, clean=True) or ""
    assert doc.rstrip() == inspect.cleandoc(text).rstrip()
