"""The next release of a package: what changed since the committed one (the wire contract
and the Python API), the version that calls for, and its changelog entry.

The committed package is the record: its `pyproject.toml` holds the current version, its
`CHANGELOG.md` the history (only ever added to), its `openapi.json` the wire contract.
Regenerating an unchanged input finds no change, so `check` stays a fixed point.
"""

from __future__ import annotations

import json
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from codegen.ir.stable import NAMES_FILE
from codegen.release.changes import (
    BREAKING,
    FIX,
    Change,
    next_version,
    strongest,
    version_key,
)
from codegen.release.wire import wire_changes

# the files of a committed package the comparison reads
_READ = ("pyproject.toml", "CHANGELOG.md", "openapi.json", NAMES_FILE)


@dataclass(frozen=True)
class Committed:
    """What the committed package says, read from its folder."""

    version: str | None
    changelog: str | None
    files: dict[str, str] = field(repr=False)  # openapi.json and src/**.py


def read_committed(folder: Path) -> Committed | None:
    """The package committed in `folder`, or None when there is none yet."""
    if not (folder / "pyproject.toml").is_file():
        return None
    files = {
        name: (folder / name).read_text(encoding="utf-8")
        for name in _READ
        if (folder / name).is_file()
    }
    for path in sorted((folder / "src").rglob("*.py")):
        files[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
    try:
        version = str(tomllib.loads(files["pyproject.toml"])["project"]["version"])
    except (tomllib.TOMLDecodeError, KeyError):
        version = None
    return Committed(version, files.get("CHANGELOG.md"), files)


def changes_between(committed: Committed, new_files: dict[str, str], package: str) -> list[Change]:
    """Every change from the committed package to the regenerated one, classified."""
    old_doc = committed.files.get("openapi.json")
    out: list[Change] = _metadata_changes(committed, new_files, package)
    out += renames(committed.files.get(NAMES_FILE), new_files.get(NAMES_FILE))
    if old_doc is not None and old_doc != new_files.get("openapi.json"):
        out += wire_changes(json.loads(old_doc), json.loads(new_files.get("openapi.json") or "{}"))
    old_src = {
        k: v for k, v in committed.files.items() if k.startswith("src/") and k.endswith(".py")
    }
    new_src = {k: v for k, v in new_files.items() if k.startswith("src/") and k.endswith(".py")}
    if old_src == new_src:
        return out
    # griffe only when the Python API may have changed (importing it is a tenth of a second)
    from codegen.release.pyapi import python_changes

    with tempfile.TemporaryDirectory(prefix="codegen-diff-") as tmp:
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
