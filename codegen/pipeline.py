"""The whole pipeline for one provider: read, assemble, model, emit -> files in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from codegen.assemble import Assembled, assemble_document, assemble_provider
from codegen.emit import Emitted, emit, emit_again
from codegen.emit.format import DEFAULT_FORMATTER, Formatter
from codegen.emit.package import changelog_with_entry
from codegen.ir.build import build_api
from codegen.ir.model import Api, PackageInfo
from codegen.ir.names import document_package
from codegen.ir.stable import NAMES_FILE, StoredNames, names_json, parse_names
from codegen.manifest import load_manifest

if TYPE_CHECKING:
    from codegen.release.changes import Change


@dataclass(frozen=True)
class Generated:
    name: str
    files: dict[str, str]
    api: Api
    # what changed since the committed package (empty when there was none)
    changes: tuple[Change, ...] = ()


# told the name of each stage as it starts, for progress on long runs
Stage = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def generate_provider(
    provider_dir: Path,
    committed_dir: Path | None = None,
    *,
    formatter: Formatter = DEFAULT_FORMATTER,
    stage: Stage = _quiet,
) -> Generated:
    """The provider's package; with `committed_dir`, versioned against the package there:
    the next version and a changelog entry when something changed (see `codegen.release`)."""
    # imported here: a lone document (`--spec`) is compared with no committed package
    from codegen.release.versioning import changes_between, read_committed, release_version

    stage("reading and assembling the documents")
    manifest = load_manifest(provider_dir)
    assembled = assemble_provider(manifest)
    committed = read_committed(committed_dir) if committed_dir is not None else None
    # emitted first at the committed version, so that only real changes differ
    version = manifest.version
    if committed is not None and committed.version is not None:
        version = committed.version
    package = PackageInfo(
        name=manifest.package_name,
        distribution=manifest.distribution,
        version=version,
        provider=manifest.provider,
        description=manifest.description,
        license=manifest.license,
        urls=manifest.urls,
        authors=manifest.authors,
        keywords=manifest.keywords,
    )
    names = parse_names(committed.files.get(NAMES_FILE)) if committed is not None else None
    generated, emitted = _finish(manifest.provider, assembled, package, formatter, stage, names)
    if committed is None:
        return generated
    changes = changes_between(committed, generated.files, package.name)
    new_version = release_version(committed, manifest.version, manifest.pin_version, changes)
    if new_version != package.version:
        stage("writing the new version")
        # the same API at another version: only what carries the version is written again
        api = replace(generated.api, package=replace(package, version=new_version))
        files = emit_again(
            emitted, api, assembled.openapi, assembled.sources, assembled.warnings, formatter
        ).files
        files[NAMES_FILE] = names_json(api)
        generated = Generated(generated.name, files, api)
    files = dict(generated.files)
    if new_version != committed.version:
        files["CHANGELOG.md"] = changelog_with_entry(generated.api, committed.changelog, changes)
    elif committed.changelog is not None:
        files["CHANGELOG.md"] = committed.changelog
    return Generated(generated.name, files, generated.api, tuple(changes))


def generate_document(
    path: Path,
    name: str | None = None,
    *,
    formatter: Formatter = DEFAULT_FORMATTER,
    stage: Stage = _quiet,
) -> Generated:
    stage("reading and assembling the document")
    package_name = document_package(name, path.stem)
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
    return _finish(package_name, assembled, package, formatter, stage)[0]


def _finish(
    name: str,
    assembled: Assembled,
    package: PackageInfo,
    formatter: Formatter,
    stage: Stage,
    names: StoredNames | None = None,
) -> tuple[Generated, Emitted]:
    # problems found past assembly are reported against the documents they came from
    label = assembled.sources[0] if len(assembled.sources) == 1 else f"{name} (assembled)"
    stage("building the model")
    api = build_api(assembled.openapi, package, file=label, names=names)
    stage("writing and formatting the code")
    emitted = emit(api, assembled.openapi, assembled.sources, assembled.warnings, formatter)
    files = dict(emitted.files)
    files[NAMES_FILE] = names_json(api)
    return Generated(name, files, api), emitted


def _is_version(text: str) -> bool:
    """A version a package index accepts (PEP 440, the common forms)."""
    import re

    return bool(re.fullmatch(r"\d+(\.\d+){0,3}((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", text))
