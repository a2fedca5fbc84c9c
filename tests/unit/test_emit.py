"""The emit step: escaping, determinism, and what generated code does with tiny documents."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from tinydoc import openapi

from codegen.emit.data.sample import matching
from codegen.emit.text import docstring, export_order
from codegen.pipeline import Generated

HOSTILE = 'He said """hi""" \\ and {{ x }} {% if %} __import__(\'os\').system("touch PWNED") "'


def test_docstring_text_cannot_end_the_docstring() -> None:
    for text in (HOSTILE, 'ends with a quote"', "back\\slash\\", "multi\nline\n\n  indented"):
        code = f"def f() -> None:\n    {docstring(text, 4)}\n"
        tree = ast.parse(code)
        func = tree.body[0]
        assert isinstance(func, ast.FunctionDef)
        assert len(func.body) == 1  # the docstring and nothing else
        assert ast.get_docstring(func, clean=True) is not None
        assert ast.get_docstring(
            func, clean=True
        ).rstrip() == text.strip().rstrip() or text.endswith('"')


def test_export_order_is_constants_then_classes_then_functions() -> None:
    assert export_order(["b", "Client", "ERRORS", "a", "ApiError"]) == [
        "ERRORS",
        "ApiError",
        "Client",
        "a",
        "b",
    ]
    # numbers in names sort by value, as ruff's RUF022 expects
    assert export_order(["Schema10", "Schema2", "Item1", "Item01", "Ver10", "Ver2Beta"]) == [
        "Item01",
        "Item1",
        "Schema2",
        "Schema10",
        "Ver2Beta",
        "Ver10",
    ]


def test_sample_strings_match_their_patterns() -> None:
    for pattern in (r"^[0-9A-Fa-f]{24}$", r"^INV-\d{4}$", r"^(EUR|USD)$", r"[a-z]+@[a-z]+\.com"):
        value = matching(pattern)
        assert value is not None
        import re

        assert re.search(pattern, value)


def _hostile_doc() -> dict[str, Any]:
    weird = {
        "type": "object",
        "description": HOSTILE,
        "properties": {
            "class": {"type": "string", "description": HOSTILE, "default": HOSTILE},
            "kind": {"type": "string", "enum": ['a"b', "c'd", '"""', "{{x}}", "__import__('os')"]},
            "2nd": {"type": "integer"},
            "naïve name": {"type": "string"},
            "a-b": {"type": "string", "example": HOSTILE},
        },
    }
    return openapi(
        {
            "/things": {
                "post": {
                    "operationId": 'make"Thing',
                    "summary": HOSTILE,
                    "description": HOSTILE,
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Weird"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": HOSTILE,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Weird"}
                                }
                            },
                        }
                    },
                }
            }
        },
        {"Weird": weird},
        info={"title": HOSTILE, "version": "1.0", "description": HOSTILE},
    )


def test_hostile_strings_stay_strings(
    generate_and_import: Callable[..., ModuleType], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pkg = generate_and_import(_hostile_doc(), "hostile_pkg")
    assert not (tmp_path / "PWNED").exists()
    weird = pkg.models.Weird
    assert HOSTILE.strip() in (weird.__doc__ or "")
    kinds = {m.value for m in pkg.models.WeirdKind}
    assert kinds == {'a"b', "c'd", '"""', "{{x}}", "__import__('os')"}
    model = weird(class_="x", kind='"""', n2nd=2, naive_name="y", a_b="z")
    assert model.model_dump(by_alias=True, exclude_unset=True) == {
        "class": "x",
        "kind": '"""',
        "2nd": 2,
        "naïve name": "y",
        "a-b": "z",
    }
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"class": "ok"})

    client = pkg.Client(
        base_url="https://h.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    method = next(name for name in dir(client.things) if name.startswith("make"))
    result = getattr(client.things, method)(class_="c")
    assert json.loads(seen[0].content) == {"class": "c"}
    assert result.class_ == "ok"
    assert not (tmp_path / "PWNED").exists()


def test_generation_is_deterministic(generate: Callable[..., tuple[Generated, Path]]) -> None:
    first, _ = generate(_hostile_doc(), "det_a")
    second, _ = generate(_hostile_doc(), "det_a")
    assert first.files == second.files


def test_optional_arguments_not_given_are_not_sent_but_explicit_null_is(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    schema = {
        "type": "object",
        "properties": {"note": {"type": ["string", "null"]}, "n": {"type": "integer"}},
    }
    doc = openapi(
        {
            "/notes": {
                "post": {
                    "operationId": "createNote",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        }
    )
    pkg = generate_and_import(doc, "nullable_pkg")
    bodies: list[Any] = []

    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(204)

    client = pkg.Client(
        base_url="https://n.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    assert client.notes.create(n=1) is None
    client.notes.create(note=None)
    assert bodies == [{"n": 1}, {"note": None}]


def test_path_parameters_are_percent_encoded(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    doc = openapi(
        {
            "/files/{id}": {
                "get": {
                    "operationId": "getFile",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            }
        }
    )
    pkg = generate_and_import(doc, "encoded_pkg")
    urls: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        urls.append(request.url.raw_path.decode())
        return httpx.Response(200, json={})

    client = pkg.Client(
        base_url="https://e.test/api",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )
    client.files.get(id="../admin")
    assert urls == ["/api/files/..%2Fadmin"]


def test_an_operation_without_arguments(generate_and_import: Callable[..., ModuleType]) -> None:
    doc = openapi(
        {
            "/health": {
                "get": {
                    "operationId": "health",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        }
                    },
                }
            }
        }
    )
    pkg = generate_and_import(doc, "noargs_pkg")
    client = pkg.Client(
        base_url="https://h.test",
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, text="fine"))
        ),
    )
    assert client.health.get() == "fine"
