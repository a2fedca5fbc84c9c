"""The lock file each generated package keeps: `codegen.lock.json`.

It records what one generation read and wrote, so that later runs can tell, from hashes
alone, whether the package is current, and so that regeneration removes only files that the
generator itself wrote:

```json
{
  "lock_version": 1,
  "provider": "bookeeping",
  "generator": {"invoice-codegen": "0.1.0", "source": "<sha256>", "formatter": "ruff",
                "black": "26.10.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.6"},
  "options": {"package": "api"},
  "inputs": {"../../specs/bookeeping/manifest.yaml": "<sha256>", ...},
  "files": {"README.md": "<sha256>", "src/bookeeping/models.py": "<sha256>", ...}
}
```

Paths are POSIX, relative to the package folder (inputs too, so that the record holds
wherever the repository is checked out). `generator.source` is the hash of the generator's
own code and templates: a changed generator is noticed even when its version number is not.
`options` is what the command line decided of the output rather than an input: a lone
document's (`--spec`) package name (`--name`, or the document's file name); a provider's
package, whose manifest names it, has none.
The file is written in a fixed order, without dates, so that it is as deterministic as the
rest of the output.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any

import pathspec

LOCK_NAME = "codegen.lock.json"
LOCK_VERSION = 1
# the libraries whose version can change what the generator writes
OUTPUT_SHAPING = ("black", "datamodel-code-generator", "ruff")
_VERSION_LINE = re.compile(r"^Version:[ \t]*(\S+)", re.MULTILINE)
_SKIPPED_INPUT_PARTS = {"__pycache__", ".DS_Store"}
# what `codegen fetch` keeps beside a document (its ETag and Last-Modified): a record of
# the download, read by no generation
FETCH_RECORD_SUFFIX = ".fetched.json"
IGNORE_NAME = ".codegenignore"
# kept unless the .codegenignore says otherwise with a negation (`!examples/`)
DEFAULT_KEPT = ("examples/",)


@dataclass(frozen=True)
class Lock:
    provider: str
    generator: dict[str, str]
    inputs: dict[str, str]
    files: dict[str, str]
    # what the command line said that shapes the output: `package`, the name a lone
    # document's package was given (`--name`, or its file's name); a provider's manifest,
    # an input, names its own
    options: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> str:
        data: dict[str, Any] = {
            "lock_version": LOCK_VERSION,
            "provider": self.provider,
            "generator": dict(sorted(self.generator.items())),
        }
        if self.options:
            data["options"] = dict(sorted(self.options.items()))
        data["inputs"] = dict(sorted(self.inputs.items()))
        data["files"] = dict(sorted(self.files.items()))
        return json.dumps(data, indent=2) + "\n"


class LockError(Exception):
    """A lock file that cannot be read: the message names the file and what is wrong."""


def read_lock(package_dir: Path) -> Lock | None:
    """The package's lock, or None when it has none."""
    path = package_dir / LOCK_NAME
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise LockError(f"{path}: cannot read the lock file: {exc}") from exc
    if not isinstance(data, dict) or data.get("lock_version") != LOCK_VERSION:
        raise LockError(f"{path}: not a lock file of version {LOCK_VERSION}")
    try:
        lock = Lock(
            provider=str(data["provider"]),
            generator={str(k): str(v) for k, v in data["generator"].items()},
            inputs={str(k): str(v) for k, v in data["inputs"].items()},
            files={str(k): str(v) for k, v in data["files"].items()},
            options={str(k): str(v) for k, v in data.get("options", {}).items()},
        )
    except (KeyError, AttributeError, TypeError) as exc:
        raise LockError(f"{path}: malformed lock file ({exc})") from exc
    # regeneration removes what `files` lists: never a path outside the package folder
    outside = sorted(rel for rel in lock.files if not _inside(rel))
    if outside:
        raise LockError(
            f"{path}: files: {', '.join(outside)}: not a path inside the package folder; "
            f"nothing was changed (hint: the generator writes only relative paths below the "
            f"folder: correct or delete the lock file)"
        )
    return lock


def _inside(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    return bool(parts) and not PurePosixPath(rel).is_absolute() and ".." not in parts


def protected(package_dir: Path) -> pathspec.PathSpec:
    """What the generator never touches in a package: examples/ and the .codegenignore."""
    lines = [*DEFAULT_KEPT, IGNORE_NAME]
    try:
        lines += (package_dir / IGNORE_NAME).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        pass
    return pathspec.GitIgnoreSpec.from_lines(lines)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return sha256_bytes(text.encode("utf-8"))


def file_sha256(path: Path) -> str | None:
    try:
        return sha256_bytes(path.read_bytes())
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def input_files(source: Path) -> list[Path]:
    """What a generation reads: a provider folder's files (manifest, documents, overlays)
    and the documents and overlays its manifest names elsewhere, or the one document given."""
    if source.is_file():
        return [source]
    inside = sorted(
        p
        for p in source.rglob("*")
        if p.is_file()
        and not (_SKIPPED_INPUT_PARTS & set(p.parts))
        and not p.name.startswith(".")
        and not p.name.endswith((".pyc", FETCH_RECORD_SUFFIX))
    )
    found = {p.resolve() for p in inside}
    return inside + [p for p in _named(source) if p not in found]


def _named(folder: Path) -> list[Path]:
    """The documents and overlays the manifest of `folder` names, resolved: one outside it (a
    description two providers share, `../shared/openapi.yaml`) or hidden (`.fix.yaml`)
    changes the output as much as the folder's other files."""
    from codegen.errors import InputError
    from codegen.manifest import MANIFEST_NAME, load_manifest

    if not (folder / MANIFEST_NAME).is_file():
        return []
    try:
        manifest = load_manifest(folder, documents_present=False)
    except InputError:
        return []  # a generation reports what is wrong with the manifest
    named = {p.resolve() for p in [*(d.path for d in manifest.documents), *manifest.overlays]}
    return sorted(p for p in named if p.is_file())


def input_hashes(source: Path, package_dir: Path) -> dict[str, str]:
    return {_relative(p, package_dir): sha256_bytes(p.read_bytes()) for p in input_files(source)}


def _relative(path: Path, base: Path) -> str:
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()


def generator_versions(formatter: str) -> dict[str, str]:
    """The generator's version and the versions of what shapes its output."""
    versions = {"invoice-codegen": own_version(), "source": source_hash(), "formatter": formatter}
    for name in OUTPUT_SHAPING:
        versions[name] = _version(name)
    return versions


def own_version() -> str:
    return _version("invoice-codegen")


def _version(distribution: str) -> str:
    try:
        found = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"
    # the Version line alone: parsing the whole metadata as e-mail costs more than checking
    match = _VERSION_LINE.search(found.read_text("METADATA") or "")
    return match.group(1) if match else found.version


# the command line around the pipeline: changing it changes no generated file
_NOT_SHAPING = {"__main__.py", "cli.py", "commands.py", "config.py", "freshness.py"}


_ROOT = Path(__file__).resolve().parent


@cache
def source_hash() -> str:
    """The hash of the generator's code and templates, as installed."""
    digest = hashlib.sha256()
    for path in shaping_files(_ROOT):
        # found by a walk of the resolved root that follows no link: itself unless a link
        _add_file(digest, path, path.resolve() if path.is_symlink() else path)
    return digest.hexdigest()


def shaping_files(root: Path) -> list[Path]:
    """The code and templates under `root` that shape the output, in the order of
    `sorted(root.rglob("*"))`: a walk that follows no link to a folder, as `rglob` does, and
    skips `__pycache__` (compiled code, most of the tree's files, and nothing that shapes)."""
    found = []
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in names:
            path = Path(folder, name)
            if path.suffix in {".py", ".jinja"}:
                found.append(path)
    return sorted(p for p in found if p.relative_to(root).as_posix() not in _NOT_SHAPING)


def code_hash(paths: Iterable[Path]) -> str:
    """The hash of some of the generator's files, each by its place in the package and its
    bytes: what a cache keys its entries by, beside the libraries' versions, so that an
    entry made by other code is not served."""
    digest = hashlib.sha256()
    for path in paths:
        _add_file(digest, path, path.resolve())
    return digest.hexdigest()


def _add_file(digest: Any, path: Path, found: Path) -> None:
    """`path` (resolved: `found`) into `digest`, by its place in the package and its bytes."""
    place = found.relative_to(_ROOT).as_posix() if found.is_relative_to(_ROOT) else path.name
    digest.update(place.encode())
    digest.update(b"\0")
    digest.update(path.read_bytes())
    digest.update(b"\0")
