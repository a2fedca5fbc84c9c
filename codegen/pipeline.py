"""The whole pipeline for one provider: read, assemble, model, emit -> files in memory.

The front (reading, assembling, the IR: `codegen.front`) of large documents runs in a process
of its own, which ends before the model writer's process starts; this process then holds
little beside the writer (its own modules, the writer's request), and reads the front's
results to emit the package once the writer has answered. Nothing of the emit step is
imported before then. Small documents are read here: their front leaves little behind, and
a child's start (its interpreter, its imports, the validators it compiles) would cost more
than the whole front.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from codegen import front
from codegen.emit.format import DEFAULT_FORMATTER, Formatter
from codegen.emit.models.request import ModelRequest, WrittenModels
from codegen.emit.models.writer import write_models
from codegen.ir.model import Api
from codegen.ir.stable import NAMES_FILE, names_json
from codegen.own_process import Apart, ScratchUnwritable, in_own_process, in_this_process

if TYPE_CHECKING:
    from codegen.emit.emission import Emitted
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

# the documents' size (bytes) from which the front runs in a process of its own. Below it, the
# child's start (an interpreter, the front's imports again) costs more than it saves: on a 240
# KB document it lowered the run's peak from 118 to 86 MB but added 0.5 CPU s to a 2 s run; on
# Xero's description (900 KB) it lowers it from 137 to 95 MB in the same time, on GitHub's
# (13 MB) from 390 to 295 MB
APART_FROM_BYTES = 512 * 1024


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
    made, written = _front_and_models(
        _size(provider_dir), front.provider_front, provider_dir, committed_dir, stage=stage
    )
    generated, emitted = _finish(made, written, formatter)
    committed = made.committed
    if committed is None:
        return generated
    assert made.manifest is not None
    # imported here: a lone document (`--spec`) is compared with no committed package
    from codegen.emit.emission import emit_again
    from codegen.emit.package import changelog_with_entry
    from codegen.release.versioning import changes_between, release_version

    changes = changes_between(committed, generated.files, made.api.package.name)
    new_version = release_version(
        committed, made.manifest.version, made.manifest.pin_version, changes
    )
    if new_version != made.api.package.version:
        stage("writing the new version")
        # the same API at another version: only what carries the version is written again
        api = replace(generated.api, package=replace(made.api.package, version=new_version))
        files = emit_again(
            emitted, api, made.document, made.sources, made.warnings, formatter
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
    made, written = _front_and_models(_size(path), front.document_front, path, name, stage=stage)
    return _finish(made, written, formatter)[0]


def _front(
    size: int, call: Callable[..., front.Made], *args: object, stage: Stage
) -> Apart[ModelRequest | None, front.Front]:
    if size >= APART_FROM_BYTES:
        try:
            return in_own_process(call, *args, stage=stage)
        except ScratchUnwritable as exc:
            # the run is still made, holding more memory: said with the progress (a machine's
            # limit, not the documents', so not among their warnings in the report)
            stage(f"reading the documents in this process ({exc})")
    return in_this_process(call, *args, stage=stage)


def _size(path: Path) -> int:
    """The bytes of the file, or of the files in the folder and below (links not followed);
    what cannot be read counts nothing here (the front says why it cannot). A document named
    by one of this process's own files (`/dev/stdin`, `/dev/fd/3`) counts nothing either, so
    that it is read here: a child opening the name would read its own (its standard input is
    the pipe its job comes through)."""
    files = (
        [path]
        if not path.is_dir()
        else [Path(folder, name) for folder, _, names in os.walk(path) for name in names]
    )
    if any(_process_own(file) for file in files):
        return 0
    return sum(_file_size(file) for file in files)


def _process_own(path: Path) -> bool:
    """Whether `path` names a device or a process's file (as written, or where its links
    lead), which another process would not read as this one does."""
    return any(
        named.startswith(("/dev/", "/proc/"))
        for named in (os.path.abspath(path), os.path.realpath(path))
    )


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _front_and_models(
    size: int, call: Callable[..., front.Made], *args: object, stage: Stage
) -> tuple[front.Front, WrittenModels | None]:
    """The front's results (`call(*args)`, for documents of `size` bytes), and the model
    writer's module for its request, written before those results are read."""
    with _front(size, call, *args, stage=stage) as apart:
        stage("writing and formatting the code")
        request = apart.now
        written = write_models(request) if request is not None else None
        del request, apart.now  # not held while the rest is read
        return apart.later(), written


def _finish(
    made: front.Front, written: WrittenModels | None, formatter: Formatter
) -> tuple[Generated, Emitted]:
    from codegen.emit.emission import emit

    emitted = emit(
        made.api, written, made.data, made.document, made.sources, made.warnings, formatter
    )
    files = dict(emitted.files)
    files[NAMES_FILE] = names_json(made.api)
    return Generated(made.name, files, made.api), emitted
