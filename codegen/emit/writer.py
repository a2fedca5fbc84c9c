"""Writing a generated tree, or comparing it with what is on disk (`codegen check`)."""

from __future__ import annotations

import shutil
from pathlib import Path


def stale_files(files: dict[str, str], out_dir: Path) -> list[str]:
    """Files that differ from `files`, are missing, or exist on disk but would not be written."""
    stale = [rel for rel, text in sorted(files.items()) if _read(out_dir / rel) != text]
    if out_dir.is_dir():
        on_disk = {
            str(p.relative_to(out_dir))
            for p in out_dir.rglob("*")
            if p.is_file() and not _ignored(p.relative_to(out_dir))
        }
        stale += sorted(on_disk - set(files))
    return stale


def write_tree(files: dict[str, str], out_dir: Path) -> list[str]:
    """Write what changed, remove what is no longer generated; return the paths changed."""
    changed = []
    for rel, text in sorted(files.items()):
        path = out_dir / rel
        if _read(path) == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(rel)
    if out_dir.is_dir():
        for p in sorted(out_dir.rglob("*"), reverse=True):
            if (
                p.is_file()
                and not _ignored(p.relative_to(out_dir))
                and str(p.relative_to(out_dir)) not in files
            ):
                p.unlink()
                changed.append(str(p.relative_to(out_dir)))
            elif p.is_dir() and not _ignored(p.relative_to(out_dir)) and not any(p.iterdir()):
                p.rmdir()
    return changed


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return None


_IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"}


def _ignored(path: Path) -> bool:
    """Caches and build outputs beside generated files are not part of the golden record."""
    return (
        bool(_IGNORED_PARTS & set(path.parts))
        or path.name.endswith((".pyc", ".egg-info"))
        or any(part.endswith(".egg-info") for part in path.parts)
    )


def remove_tree(out_dir: Path) -> None:
    shutil.rmtree(out_dir, ignore_errors=True)
