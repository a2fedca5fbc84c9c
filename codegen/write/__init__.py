"""Writing a generated package to disk without destroying what the generator did not write.

- The package's lock file (`codegen.lock.json`) lists the files the last run wrote. Only
  those are ever removed, when no longer produced, and only while they still hold what was
  written (a file edited since is kept, and said so).
- A non-empty folder without a lock file was not written by the generator: writing there is
  refused unless forced, and then only the generator's own file names are written.
- Paths matched by the package's `.codegenignore` (gitignore syntax) are never touched, nor
  is `examples/`, where hand-written examples of the SDK live.
- Ctrl-C and SIGTERM are held while a package is written or removed, and delivered once it is
  done: a folder is left as it was or whole, with its lock file, never half written (which
  the next run would take for files edited by hand, or for a folder it did not write).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from codegen import signals
from codegen.lock import IGNORE_NAME, LOCK_NAME, Lock, protected, read_lock, sha256_text


class WriteRefused(Exception):
    """Writing would put files where the generator may not: the message says where and why."""


@dataclass
class Written:
    changed: list[str] = field(default_factory=list)  # written or removed
    kept: list[str] = field(default_factory=list)  # no longer produced, but edited: left alone
    # still produced, and edited by hand since the last run: written over (said, not silent)
    overwritten: list[str] = field(default_factory=list)
    lock: Lock | None = None


def check_writable(out_dir: Path, previous: Lock | None, *, force: bool) -> None:
    """Refuse a non-empty folder the generator has no record of writing."""
    if previous is not None or force or not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise WriteRefused(f"{out_dir}: exists and is not a folder")
    keep = protected(out_dir)
    foreign = sorted(
        p.name
        for p in out_dir.iterdir()
        if not keep.match_file(p.name + ("/" if p.is_dir() else ""))
    )
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        folder = out_dir if out_dir.name else out_dir.resolve()  # `.` says too little
        raise WriteRefused(
            f"{folder}: the folder is not empty ({shown}) and holds no {LOCK_NAME}, so codegen "
            f"did not write it; nothing was changed (hint: write to a new or empty folder, or "
            f"pass --force to write the generator's own files there and leave every other "
            f"file alone)"
        )


def write_tree(
    files: dict[str, str], out_dir: Path, record: Lock | None = None, *, force: bool = False
) -> Written:
    """Write what changed, remove what an earlier run wrote and is no longer produced, then
    record what was written in the lock file, with the provider, generator and inputs of
    `record`. Raises `WriteRefused` before writing anything where writing is not allowed."""
    previous = read_lock(out_dir)
    record = record or Lock(out_dir.name, {}, {}, {})
    check_writable(out_dir, previous, force=force)
    keep = protected(out_dir)
    inputs = {(out_dir / rel).resolve() for rel in record.inputs}
    overwritten = sorted(
        rel for rel in files if not keep.match_file(rel) and (out_dir / rel).resolve() in inputs
    )
    if overwritten:
        raise WriteRefused(
            f"{out_dir / overwritten[0]}: an input of this generation, and a file the generator "
            f"writes; nothing was changed (hint: write to another folder than the document's)"
        )
    root = out_dir.resolve()
    linked = sorted(
        rel for rel in files if not keep.match_file(rel) and _linked(out_dir / rel, root)
    )
    if linked:
        raise WriteRefused(
            f"{out_dir / linked[0]}: a symbolic link, or below one, where the generator writes "
            f"a file; nothing was changed (hint: replace the link by the file, or add the path "
            f"to {IGNORE_NAME})"
        )
    with signals.held():
        return _write_files(files, out_dir, record, previous, inputs)


def _write_files(
    files: dict[str, str],
    out_dir: Path,
    record: Lock,
    previous: Lock | None,
    inputs: set[Path],
) -> Written:
    keep = protected(out_dir)
    root = out_dir.resolve()
    result = Written()
    written: dict[str, str] = {}
    for rel, text in sorted(files.items()):
        if keep.match_file(rel):
            continue
        path = out_dir / rel
        written[rel] = sha256_text(text)
        current = _read(path)
        if current == text:
            continue
        recorded = previous.files.get(rel) if previous else None
        if current is not None and recorded is not None and sha256_text(current) != recorded:
            result.overwritten.append(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, text)
        result.changed.append(rel)
    for rel, digest in sorted((previous.files if previous else {}).items()):
        path = out_dir / rel
        if rel in written or keep.match_file(rel) or path.resolve() in inputs:
            continue
        if _linked(path, root):
            continue
        current = _read(path)
        if current is None:
            continue
        if sha256_text(current) != digest:
            result.kept.append(rel)
            continue
        path.unlink()
        result.changed.append(rel)
        _remove_empty_parents(path.parent, out_dir)
    result.lock = Lock(record.provider, record.generator, record.inputs, written, record.options)
    text = result.lock.as_json()
    if _read(out_dir / LOCK_NAME) != text:
        _write(out_dir / LOCK_NAME, text)
    return result


def remove_tree(out_dir: Path, previous: Lock) -> Written:
    """Remove a package whose provider is gone: only the files its lock lists that still hold
    what was written (an edited one is kept, and said so), then the lock file and the folders
    left empty. Every other file stays, and so does the folder that holds one."""
    with signals.held():
        return _remove_files(out_dir, previous)


def _remove_files(out_dir: Path, previous: Lock) -> Written:
    keep = protected(out_dir)
    root = out_dir.resolve()
    result = Written()
    for rel, digest in sorted(previous.files.items()):
        path = out_dir / rel
        if keep.match_file(rel) or _linked(path, root):
            continue
        current = _read(path)
        if current is None:
            continue
        if sha256_text(current) != digest:
            result.kept.append(rel)
            continue
        path.unlink()
        result.changed.append(rel)
        _remove_empty_parents(path.parent, out_dir)
    (out_dir / LOCK_NAME).unlink()
    if not any(out_dir.iterdir()):
        out_dir.rmdir()
    return result


def stale_files(files: dict[str, str], out_dir: Path, previous: Lock | None) -> list[str]:
    """Files that differ from `files` or are missing, and files an earlier run wrote that
    would now be removed. Files the generator did not write are not its business."""
    keep = protected(out_dir)
    stale = [
        rel
        for rel, text in sorted(files.items())
        if not keep.match_file(rel) and _read(out_dir / rel) != text
    ]
    if previous is not None:
        stale += sorted(
            rel
            for rel in previous.files
            if rel not in files and not keep.match_file(rel) and (out_dir / rel).is_file()
        )
    return stale


def _linked(path: Path, root: Path) -> bool:
    """A path that is a symbolic link, or that one leads out of the package folder `root`."""
    return path.is_symlink() or not path.resolve().is_relative_to(root)


def _remove_empty_parents(folder: Path, out_dir: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, UnicodeDecodeError):
        return None
