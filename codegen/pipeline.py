"""The whole pipeline for one provider: read, assemble, model, emit -> files in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codegen.assemble import Assembled, assemble_document, assemble_provider
from codegen.emit import emit_package
from codegen.emit.format import DEFAULT_FORMATTER, Formatter
from codegen.ir.build import build_api
from codegen.ir.model import Api, PackageInfo
from codegen.ir.names import snake
from codegen.manifest import load_manifest


@dataclass(frozen=True)
class Generated:
    name: str
    files: dict[str, str]
    api: Api


# told the name of each stage as it starts, for progress on long runs
Stage = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def generate_provider(
    provider_dir: Path, *, formatter: Formatter = DEFAULT_FORMATTER, stage: Stage = _quiet
) -> Generated:
    stage("reading and assembling the documents")
    manifest = load_manifest(provider_dir)
    assembled = assemble_provider(manifest)
    package = PackageInfo(
        name=manifest.package_name,
        distribution=manifest.distribution,
        version=manifest.version,
        provider=manifest.provider,
        description=manifest.description,
    )
    return _finish(manifest.provider, assembled, package, formatter, stage)


def generate_document(
    path: Path, name: str | None = None, *, formatter: Formatter = DEFAULT_FORMATTER, stage: Stage = _quiet
) -> Generated:
    stage("reading and assembling the document")
    package_name = snake(name or path.stem, fallback="api")
    assembled = assemble_document(path, package_name)
    package = PackageInfo(
        name=package_name,
        distribution=package_name.replace("_", "-") + "-client",
        version=(
            str((assembled.openapi.get("info") or {}).get("version") or "0.1.0")
            if _is_version(str((assembled.openapi.get("info") or {}).get("version") or ""))
            else "0.1.0"
        ),
        provider=package_name,
    )
    return _finish(package_name, assembled, package, formatter, stage)


def _finish(
    name: str, assembled: Assembled, package: PackageInfo, formatter: Formatter, stage: Stage
) -> Generated:
    # problems found past assembly are reported against the documents they came from
    label = assembled.sources[0] if len(assembled.sources) == 1 else f"{name} (assembled)"
    stage("building the model")
    api = build_api(assembled.openapi, package, file=label)
    stage("writing and formatting the code")
    files = emit_package(
        api, assembled.openapi, assembled.sources, assembled.warnings, formatter=formatter
    )
    return Generated(name, files, api)


def _is_version(text: str) -> bool:
    """A version a package index accepts (PEP 440, the common forms)."""
    import re

    return bool(re.fullmatch(r"\d+(\.\d+){0,3}((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", text))
