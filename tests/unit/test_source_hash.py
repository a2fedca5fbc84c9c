"""The generator's source hash: its files found by a walk that skips `__pycache__`, in the
order and with the places the sorted `rglob` gave them."""

from __future__ import annotations

import os
from pathlib import Path

from codegen import lock


def _by_rglob(root: Path) -> list[Path]:
    """The files as they were found before: every path under `root`, sorted, then filtered."""
    return [
        path
        for path in sorted(root.rglob("*"))
        if path.suffix in {".py", ".jinja"}
        and "__pycache__" not in path.relative_to(root).parts
        and path.relative_to(root).as_posix() not in lock._NOT_SHAPING
    ]


def test_the_walk_finds_what_rglob_found_in_its_order(tmp_path: Path) -> None:
    root = tmp_path / "codegen"
    for name in [
        "a.py",
        "a/b.py",  # sorted by parts: before `a.b/`, though "." sorts before "/" as text
        "a.b/c.py",
        "a-b/c.jinja",
        "cli.py",  # the command line: not shaping
        "emit/cli.py",  # shaping: only the top-level one is the command line
        "emit/__pycache__/x.cpython-311.pyc",
        "emit/__pycache__/x.py",
        "templates/__pycache__/k.jinja.cache",
        "templates/t.py.jinja",
        "templates/.hidden.py",
        "data.json",
        "emit/Z.py",
    ]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "linked.py").write_text("")
    os.symlink(outside, root / "linked-folder")  # neither walk goes into it
    os.symlink(outside / "linked.py", root / "emit" / "link.py")  # a file: both keep it
    found = lock.shaping_files(root)
    assert found == _by_rglob(root)
    assert root / "emit" / "link.py" in found and root / "cli.py" not in found


def test_the_source_hash_is_the_hash_of_those_files() -> None:
    assert lock.source_hash() == lock.code_hash(_by_rglob(lock._ROOT))
