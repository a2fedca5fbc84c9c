"""The pipeline's front: a provider's documents (or one document) -> the IR, its example
data, the assembled document as `openapi.json` gives it, and the model writer's request.

`codegen.pipeline` runs the front of large documents in a process of its own
(`codegen.own_process`): reading, validating and modelling GitHub's description leave the
process that did it holding 95 MB more than it needs (the validators and the YAML reader
loaded, freed objects among live ones), beside which the model writer's process, most of a
run's peak, would run. Each function here is such a call: it returns the writer's request
(`now`) and the rest (`later`, a `Front`). The example data is made here too: an example is
checked against its schema, by the validators the front has loaded anyway, so the process
that renders the package never loads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from codegen.ir.model import PackageInfo

# the front's modules are imported by the functions that use them, in the front's process:
# the process that starts it (and reads a `Front`) never loads them
if TYPE_CHECKING:
    from codegen.assemble import Assembled
    from codegen.emit.data.model import ExampleData
    from codegen.emit.models.request import ModelRequest
    from codegen.errors import Problem
    from codegen.ir.model import Api
    from codegen.ir.stable import StoredNames
    from codegen.manifest import Manifest
    from codegen.release.versioning import Committed


@dataclass(frozen=True)
class Front:
    """What the front made of a provider (or of one document)."""

    name: str  # the provider's, or the document's package
    api: Api
    data: ExampleData  # each operation's example call and test case
    document: str  # `openapi.json`: the assembled document, indented
    sources: list[str]  # the document files read, as labels
    warnings: list[Problem]  # contradictions in the originals, notes
    manifest: Manifest | None = None  # a provider's
    committed: Committed | None = None  # the package generated before (a provider's)


Made = tuple["ModelRequest | None", Front]


def provider_front(
    provider_dir: Path, committed_dir: Path | None, *, stage: Callable[[str], None]
) -> Made:
    """The provider's front; with `committed_dir`, modelled at the committed package's version
    and with its names (see `codegen.ir.stable`)."""
    from codegen.assemble import assemble_provider
    from codegen.ir.stable import NAMES_FILE, parse_names
    from codegen.manifest import load_manifest
    from codegen.release.versioning import read_committed

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
    request, front = _modelled(manifest.provider, assembled, package, stage, names)
    return request, replace(front, manifest=manifest, committed=committed)


def document_front(path: Path, name: str | None, *, stage: Callable[[str], None]) -> Made:
    """The front of one document (`--spec`), its package named `name` or after the file."""
    from codegen.assemble import assemble_document
    from codegen.ir.names import document_package

    stage("reading and assembling the document")
    package_name = document_package(name, path.stem)
    assembled = assemble_document(path, package_name)
    info = assembled.openapi.get("info") or {}
    given = str(info.get("version") or "")
    package = PackageInfo(
        name=package_name,
        distribution=package_name.replace("_", "-") + "-client",
        version=given if _is_version(given) else "0.1.0",
        provider=package_name,
    )
    return _modelled(package_name, assembled, package, stage)


def _modelled(
    name: str,
    assembled: Assembled,
    package: PackageInfo,
    stage: Callable[[str], None],
    names: StoredNames | None = None,
) -> Made:
    from codegen.assemble.indented_json import indented_json
    from codegen.emit.data.build import example_data
    from codegen.emit.models.datamodel import model_request
    from codegen.ir.build import build_api

    # problems found past assembly are reported against the documents they came from
    label = assembled.sources[0] if len(assembled.sources) == 1 else f"{name} (assembled)"
    stage("building the model")
    api = build_api(assembled.openapi, package, file=label, names=names)
    document = indented_json(assembled.openapi, end="\n")
    front = Front(name, api, example_data(api), document, assembled.sources, assembled.warnings)
    return model_request(api), front


def _is_version(text: str) -> bool:
    """A version a package index accepts (PEP 440, the common forms)."""
    import re

    return bool(re.fullmatch(r"\d+(\.\d+){0,3}((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", text))
