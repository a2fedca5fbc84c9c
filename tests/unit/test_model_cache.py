"""datamodel-code-generator's results are reused for the same input: the package and its
report are those a fresh run writes, and the model writer is not run again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tinydoc import openapi

from codegen.emit.models import writer as models
from codegen.pipeline import Generated

_UUID = {"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]+$"}  # the writer warns


def _doc(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    thing = {"type": "object", "properties": {"id": _UUID, "name": {"type": "string"}}}
    thing["properties"].update(extra or {})
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}  # fmt: skip
    return openapi({"/things": {"get": {"operationId": "getThing", "responses": {"200": response}}}},
                   {"Thing": thing})  # fmt: skip


@pytest.fixture
def writer_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path / "cache"))
    runs: list[int] = []
    real = models.generate

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(models, "generate", counted)
    return runs


def test_the_same_input_is_written_once_with_the_same_package_and_report(
    generate: Callable[..., tuple[Generated, Path]], writer_runs: list[int]
) -> None:
    first, _ = generate(_doc(), "cached_pkg")
    second, _ = generate(_doc(), "cached_pkg")
    assert len(writer_runs) == 1
    assert second.files == first.files  # models.py and codegen-report.json included
    report = json.loads(second.files["codegen-report.json"])
    assert any(w["message"].startswith("datamodel-code-generator") for w in report["warnings"])


def test_another_input_runs_the_writer_again(
    generate: Callable[..., tuple[Generated, Path]], writer_runs: list[int]
) -> None:
    generate(_doc(), "cached_pkg")
    changed, _ = generate(_doc({"total": {"type": "integer"}}), "cached_pkg")
    assert len(writer_runs) == 2
    assert "total: int | None" in changed.files["src/cached_pkg/models.py"]


def test_with_the_cache_off_the_writer_always_runs(
    generate: Callable[..., tuple[Generated, Path]],
    writer_runs: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    generate(_doc(), "cached_pkg")
    generate(_doc(), "cached_pkg")
    assert len(writer_runs) == 2


def test_a_damaged_entry_is_a_miss(
    generate: Callable[..., tuple[Generated, Path]], writer_runs: list[int], tmp_path: Path
) -> None:
    first, _ = generate(_doc(), "cached_pkg")
    for entry in (tmp_path / "cache" / "models").rglob("*"):
        if entry.is_file():
            entry.write_text("{not json", encoding="utf-8")
    again, _ = generate(_doc(), "cached_pkg")
    assert len(writer_runs) == 2 and again.files == first.files


def test_a_change_of_the_writers_code_runs_the_writer_again(
    generate: Callable[..., tuple[Generated, Path]],
    writer_runs: list[int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # as after an upgrade of the generator that keeps datamodel-code-generator's version:
    # the writer's script changed, the document, options and writer's version did not
    first, _ = generate(_doc(), "cached_pkg")
    script = models._WRITER.read_text(encoding="utf-8")
    answer = 'return {"code": code if isinstance(code, str) else None'
    assert answer in script
    changed = tmp_path / "writer_process.py"
    changed.write_text(
        script.replace(answer, answer.replace("code if", 'code + "# changed writer\\n" if')),
        encoding="utf-8",
    )
    monkeypatch.setattr(models, "_WRITER", changed)
    again, _ = generate(_doc(), "cached_pkg")
    assert len(writer_runs) == 2
    assert "# changed writer" in again.files["src/cached_pkg/models.py"]
    assert "# changed writer" not in first.files["src/cached_pkg/models.py"]
