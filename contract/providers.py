"""The generated packages: found by their `openapi.json`, imported from their `src/` folder."""

from __future__ import annotations

import importlib
import json
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import Api, Operation, PackageInfo, Resource
from contract.errors import ContractError


@dataclass(frozen=True)
class Provider:
    """A generated package: `generated/<name>/` with `openapi.json` and `src/<package>/`."""

    name: str
    folder: Path
    package: str  # import name

    @property
    def document(self) -> Path:
        return self.folder / "openapi.json"


@dataclass(frozen=True)
class Loaded:
    """A provider's document, its intermediate model and its imported package."""

    provider: Provider
    document: dict[str, Any]
    api: Api
    module: ModuleType


def operations(loaded: Loaded) -> Iterator[tuple[Resource, Operation]]:
    """Every operation with the resource it belongs to, in the model's order."""
    for resource in loaded.api.resources:
        for op in resource.operations:
            yield resource, op


def discover(generated: Path) -> list[Provider]:
    """Every folder of `generated` that holds an `openapi.json`, sorted by name."""
    providers = []
    for document in sorted(generated.glob("*/openapi.json")):
        folder = document.parent
        src = folder / "src"
        packages = sorted(p.parent.name for p in src.glob("*/__init__.py"))
        if len(packages) != 1:
            raise ContractError(
                f"{folder}: expected one package under src/, found {packages or 'none'}"
            )
        providers.append(Provider(folder.name, folder, packages[0]))
    return providers


def load(provider: Provider) -> Loaded:
    """Read the provider's document, build its model, import its package."""
    try:
        document = json.loads(provider.document.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ContractError(f"{provider.document}: cannot read the document: {e}") from e
    info = _project(provider)
    package = PackageInfo(
        name=provider.package,
        distribution=str(info.get("name", provider.package)),
        version=str(info.get("version", "0.0.0")),
        provider=provider.name,
    )
    try:
        api = build_api(document, package, file=str(provider.document))
    except InputError as e:
        raise ContractError(f"{provider.document}: cannot build the model: {e}") from e
    return Loaded(provider, document, api, import_package(provider))


def _project(provider: Provider) -> dict[str, Any]:
    path = provider.folder / "pyproject.toml"
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project")
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ContractError(f"{path}: cannot read the package's metadata: {e}") from e
    return project if isinstance(project, dict) else {}


def import_package(provider: Provider) -> ModuleType:
    """Import the package from its `src/` folder (the installed copy would hide stale code)."""
    src = str((provider.folder / "src").resolve())
    loaded = sys.modules.get(provider.package)
    if loaded is not None:
        origin = Path(getattr(loaded, "__file__", None) or "").resolve()
        if not origin.is_relative_to(src):
            raise ContractError(
                f"{provider.folder}: a module named {provider.package!r} is already imported "
                f"from {origin}"
            )
        return loaded
    if src not in sys.path:
        sys.path.insert(0, src)
    try:
        return importlib.import_module(provider.package)
    except Exception as e:  # any import-time failure of generated code is the finding
        raise ContractError(f"{provider.folder}: cannot import {provider.package}: {e!r}") from e
