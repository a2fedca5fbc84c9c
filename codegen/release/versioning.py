"""The next release of a package: what changed since the committed one (the wire contract
and the Python API), the version that calls for, and its changelog entry.

The committed package is the record: its `pyproject.toml` holds the current version, its
`CHANGELOG.md` the history (only ever added to), its `openapi.json` the wire contract.
Regenerating an unchanged input finds no change, so `check` stays a fixed point.

The package is read as its last generation wrote it, which its lock file records by hash: a
generated file deleted or edited since is read from git's HEAD when HEAD holds it as written,
and is otherwise left out of the comparison on both sides, since what it held is not known.
A damaged working tree is no change of the API. Files the generator did not write are no
part of the package's API.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from codegen import scratch
from codegen.ir.stable import NAMES_FILE
from codegen.lock import LockError, read_lock, sha256_bytes
from codegen.release.changes import (
    BREAKING,
    FIX,
    Change,
    next_version,
    strongest,
    version_key,
)
from codegen.release.gitref import head_blob
from codegen.release.wire import wire_changes

# the files of a committed package the comparison reads
_READ = ("pyproject.toml", "CHANGELOG.md", "openapi.json", NAMES_FILE)


@dataclass(frozen=True)
class Committed:
    """What the committed package says, read from its folder."""

    version: str | None
    changelog: str | None
    files: dict[str, str] = field(repr=False)  # openapi.json and src/**.py
    # generated files whose text as written is not known (deleted or edited since): not compared
    unknown: frozenset[str] = frozenset()


def read_committed(folder: Path) -> Committed | None:
    """The package committed in `folder`, or None when there is none yet."""
    try:
        lock = read_lock(folder)
    except LockError:
        lock = None  # read as it stands, as a package without one
    if lock is None:
        return _read_as_it_stands(folder)
    files: dict[str, str] = {}
    unknown = set()
    for rel, digest in sorted(lock.files.items()):
        if rel == "CHANGELOG.md" or not (rel in _READ or _is_module(rel)):
            continue
        text = _as_written(folder, rel, digest)
        if text is None:
            unknown.add(rel)
        else:
            files[rel] = text
    # the history as it stands: a note added by hand stays in it
    changelog = _read(folder / "CHANGELOG.md")
    version = _version(files.get("pyproject.toml"))
    if version is None and "pyproject.toml" in unknown:
        # the version the last generation wrote in its report, else the edited project's
        report = "codegen-report.json"
        written = _as_written(folder, report, lock.files[report]) if report in lock.files else None
        version = _reported_version(written) or _version(_read(folder / "pyproject.toml"))
    if version is None and not files:
        return None
    return Committed(version, changelog, files, frozenset(unknown))


def _read_as_it_stands(folder: Path) -> Committed | None:
    if not (folder / "pyproject.toml").is_file():
        return None
    files = {
        name: (folder / name).read_text(encoding="utf-8")
        for name in _READ
        if (folder / name).is_file()
    }
    for path in sorted((folder / "src").rglob("*.py")):
        files[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
    return Committed(_version(files["pyproject.toml"]), files.get("CHANGELOG.md"), files)


def _as_written(folder: Path, rel: str, digest: str) -> str | None:
    """A generated file's text as its lock recorded it: from the folder, else from git."""
    try:
        data = (folder / rel).read_bytes()
    except OSError:
        data = None
    if data is None or sha256_bytes(data) != digest:
        data = head_blob(folder, rel)
        if data is None or sha256_bytes(data) != digest:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _is_module(rel: str) -> bool:
    return rel.startswith("src/") and rel.endswith(".py")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _version(pyproject: str | None) -> str | None:
    try:
        return str(tomllib.loads(pyproject or "")["project"]["version"])
    except (tomllib.TOMLDecodeError, KeyError, TypeError):
        return None


def _reported_version(report: str | None) -> str | None:
    try:
        found = json.loads(report or "")["version"]
    except (ValueError, KeyError, TypeError):
        return None
    return found if isinstance(found, str) else None


def changes_between(committed: Committed, new_files: dict[str, str], package: str) -> list[Change]:
    """Every change from the committed package to the regenerated one, classified."""
    old_doc = committed.files.get("openapi.json")
    out: list[Change] = _metadata_changes(committed, new_files, package)
    out += renames(committed.files.get(NAMES_FILE), new_files.get(NAMES_FILE))
    if old_doc is not None and old_doc != new_files.get("openapi.json"):
        out += wire_changes(json.loads(old_doc), json.loads(new_files.get("openapi.json") or "{}"))
    old_src = {k: v for k, v in committed.files.items() if _is_module(k)}
    # a module whose committed text is not known is compared on neither side
    new_src = {k: v for k, v in new_files.items() if _is_module(k) and k not in committed.unknown}
    if old_src == new_src:
        return out
    # griffe only when the Python API may have changed (importing it is a tenth of a second)
    from codegen.release.pyapi import python_changes

    with scratch.folder("codegen-diff-") as tmp:
        for side, files in (("old", old_src), ("new", new_src)):
            for rel, text in files.items():
                target = Path(tmp, side, rel)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        python = python_changes(package, Path(tmp, "old", "src"), Path(tmp, "new", "src"))
    out += python
    if not out:
        out.append(
            Change(
                FIX,
                "python",
                package,
                "generated code changed, no signature did",
                "a change of the generated code alone is a fix",
            )
        )
    return out


def _metadata_changes(
    committed: Committed, new_files: dict[str, str], package: str
) -> list[Change]:
    """The package's own metadata (licence, URLs, authors, description, ...), its version
    left out: reaching users takes a release, and an index never replaces one."""

    def project(text: str | None) -> dict[str, object]:
        try:
            table = tomllib.loads(text or "").get("project") or {}
        except tomllib.TOMLDecodeError:
            return {}
        return {k: v for k, v in table.items() if k != "version"}

    old, new = project(committed.files.get("pyproject.toml")), project(
        new_files.get("pyproject.toml")
    )
    if not old or not new:
        return []
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    if not keys:
        return []
    return [
        Change(
            FIX,
            "python",
            package,
            f"package metadata changed: {', '.join(keys)}",
            "package metadata alone is a fix",
        )
    ]


def renames(old_text: str | None, new_text: str | None) -> list[Change]:
    """Names that changed for a thing that still exists: a new collision, or new naming rules."""
    try:
        old, new = json.loads(old_text or "{}"), json.loads(new_text or "{}")
    except ValueError:
        return []
    out = []
    rules = "naming rules changed" if old.get("naming_rules") != new.get("naming_rules") else ""
    for part, what in (("models", "model"), ("methods", "method")):
        before, after = old.get(part) or {}, new.get(part) or {}
        for place in sorted(set(before) & set(after)):
            if before[place] != after[place]:
                rule = f"a renamed {what} is breaking" + (f" ({rules})" if rules else "")
                out.append(
                    Change(
                        BREAKING,
                        "python",
                        place,
                        f"{what} {before[place]} renamed to {after[place]}",
                        rule,
                    )
                )
    return out


def release_version(
    committed: Committed | None, start: str, pinned: bool, changes: list[Change]
) -> str:
    """The version the regenerated package gets: a manifest's version above the committed one
    (a hand bump: a first stable release, say) is taken as the next release."""
    if pinned or committed is None or committed.version is None:
        return start
    following = next_version(committed.version, strongest(changes))
    return start if version_key(start) > version_key(following) else following
