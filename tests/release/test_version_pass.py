"""A release is written once more at its new version, reusing the first emission's models and
formatting only what carries the version: the package is the one a single generation at that
version writes, and the model writer runs once."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from provider import document

from codegen.emit.models import writer
from codegen.pipeline import generate_provider

ROOT = Path(__file__).resolve().parents[2]


def _tiny(specs: Path, generated: Path) -> tuple[Path, Path]:
    """A small provider (one models module), generated once: the committed package."""
    folder = specs / "tiny"
    folder.mkdir(parents=True)
    manifest = {
        "package": {"name": "tiny", "distribution": "tiny-client", "version": "1.0.0"},
        "documents": [{"path": "openapi.yaml", "shape": "openapi"}],
    }
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    doc = document()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    first = generate_provider(folder, generated / "tiny")
    _write(first.files, generated / "tiny")
    doc["paths"]["/invoices"]["post"]["description"] = "Creates a draft invoice."
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return folder, generated / "tiny"


def _xero_accounting(specs: Path, generated: Path) -> tuple[Path, Path]:
    """Xero Accounting (its models split per resource) as committed, one description edited."""
    folder = specs / "xero_accounting"
    shutil.copytree(ROOT / "specs" / "xero_accounting", folder)
    shutil.copytree(ROOT / "generated" / "xero_accounting", generated / "xero_accounting")
    path = folder / "xero-accounting.yaml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("Name of account (max length = 150)", "The account's name (max 150)")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    return folder, generated / "xero_accounting"


def _write(files: dict[str, str], folder: Path) -> None:
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")


def _version(files: dict[str, str]) -> str:
    found = re.search(r'^version = "(.*)"$', files["pyproject.toml"], re.MULTILINE)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize("make", [_tiny, _xero_accounting], ids=["tiny", "xero_accounting"])
def test_the_new_version_is_written_as_one_generation_at_that_version_writes_it(
    make: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    folder, committed = make(tmp_path / "specs", tmp_path / "generated")
    before = (committed / "pyproject.toml").read_text(encoding="utf-8")
    runs: list[int] = []
    real = writer.generate

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "generate", counted)
    released = generate_provider(folder, committed)
    version = _version(released.files)
    assert version != _version({"pyproject.toml": before})  # a release: a fix
    assert [c.kind for c in released.changes] and all(c.kind == "fix" for c in released.changes)
    assert len(runs) == 1  # the models of the first emission, reused

    # the reference: one whole generation whose first version is the new one
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    first = yaml.safe_load(text)["package"]["version"]
    manifest.write_text(text.replace(f"version: {first}\n", f"version: {version}\n", 1))
    whole = generate_provider(folder)
    assert len(runs) == 2
    released.files.pop("CHANGELOG.md")  # the release's entry on top of the committed history
    whole.files.pop("CHANGELOG.md")
    assert released.files == whole.files
