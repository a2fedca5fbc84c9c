"""Assembly: one provider's documents -> one validated OpenAPI 3.1 document.

Read each document (`codegen.sources`), lint it for contradictions, merge the pieces,
read the keywords beside a schema's `$ref` as its version says, normalize to 3.1, write the
manifest's facts into it, apply the overlays, repair what is
safe to repair (with warnings), validate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.assemble.facts import apply_facts
from codegen.assemble.lint import lint_piece
from codegen.assemble.merge import Merged, merge_pieces
from codegen.assemble.normalize import to_openapi_31
from codegen.assemble.overlay import apply_overlay, load_overlay
from codegen.assemble.ref_siblings import apply_ref_siblings
from codegen.assemble.repair import repair_document
from codegen.assemble.validate import validate_document
from codegen.errors import InputError, Problem
from codegen.manifest import MANIFEST_NAME, Manifest, shape_for
from codegen.refs import dangling_ref_problems
from codegen.sources import read_document
from codegen.sources.base import Hints, Piece
from codegen.yamlload import load_yaml


@dataclass
class Assembled:
    openapi: dict[str, Any]  # one OpenAPI 3.1.0 document, validated
    warnings: list[Problem] = field(default_factory=list)  # contradictions in the ORIGINALS, notes
    sources: list[str] = field(default_factory=list)  # the document files read (as labels)


def assemble_provider(manifest: Manifest) -> Assembled:
    """Assemble the documents a provider's manifest names, with its facts and overlays."""
    pieces = [
        read_document(
            entry.path,
            entry.shape,
            Hints(
                method=entry.method,
                path=entry.path_template,
                operation_id=entry.operation_id,
                tags=entry.tags,
            ),
            label=_label(manifest.root, entry.path),
        )
        for entry in manifest.documents
    ]
    manifest_file = manifest.root / MANIFEST_NAME
    manifest_label = _label(manifest.root, manifest_file)
    lines = load_yaml(manifest_file.read_text(encoding="utf-8"), manifest_label)[1]
    overlays = [(path, _label(manifest.root, path)) for path in manifest.overlays]
    return _assemble(
        pieces, lambda doc: apply_facts(doc, manifest, manifest_label, lines), overlays
    )


def assemble_document(path: Path, name: str) -> Assembled:
    """Assemble a lone document (no manifest); its shape is told by its name."""
    label = path.name if path.is_absolute() else path.as_posix()
    piece = read_document(path, shape_for(path), Hints(), label=label)
    missing = _missing_info(piece.openapi.get("info"), label)
    if missing:  # no manifest to supply them: the package would have no name nor version
        raise InputError(missing)
    return _assemble([piece], lambda doc: [], [])


def _missing_info(info: object, label: str) -> list[Problem]:
    hint = (
        "add `info: {title: ..., version: ...}` to the document, or generate it as a "
        "provider whose manifest supplies them"
    )
    if not isinstance(info, dict):
        return [Problem(label, "/info", "the document has no `info` object", hint)]
    return [
        Problem(label, f"/info/{key}", f"the document's `info` has no `{key}`", hint)
        for key in ("title", "version")
        if info.get(key) is None or not str(info[key]).strip()
    ]


def _assemble(
    pieces: list[Piece],
    facts: Callable[[dict[str, Any]], list[Problem]],
    overlays: list[tuple[Path, str]],
) -> Assembled:
    warnings = [w for piece in pieces for w in piece.warnings]
    for piece in pieces:
        warnings.extend(lint_piece(piece))  # on the originals, before any correction
    merged = merge_pieces(pieces)
    warnings.extend(merged.warnings)

    def owner(where: str) -> str:
        return _owner(merged, where, pieces[0].file)

    warnings.extend(apply_ref_siblings(merged.openapi, owner))  # the version still told
    doc = to_openapi_31(merged.openapi)
    warnings.extend(facts(doc))
    for path, label in overlays:
        doc = apply_overlay(doc, load_overlay(path, label), label)

    repairs = repair_document(doc, owner)
    dangling = dangling_ref_problems(doc, owner)
    if dangling:  # the validator would stop at the first with the whole document as message
        raise InputError(dangling)
    repairs.extend(validate_document(doc, owner))
    # a repair's warning says what lint says of the same place, and what was done
    repaired = {(w.file, w.where) for w in repairs}
    warnings = [w for w in warnings if (w.file, w.where) not in repaired] + repairs
    return Assembled(doc, warnings, [piece.file for piece in pieces])


def _owner(merged: Merged, where: str, fallback: str) -> str:
    """The file that gave the part of the document at `where` (the longest known prefix)."""
    best = ""
    for prefix in merged.owners:
        if len(prefix) > len(best) and (where == prefix or where.startswith(prefix + "/")):
            best = prefix
    return merged.owners[best] if best else fallback


def _label(provider_dir: Path, path: Path) -> str:
    """`specs/<provider>/<file>`: the path below the specs folder's parent, whatever the cwd."""
    specs = provider_dir.resolve().parent
    try:
        return (Path(specs.name) / path.resolve().relative_to(specs)).as_posix()
    except ValueError:
        return path.name


__all__ = ["Assembled", "assemble_document", "assemble_provider"]
