"""The generator's scratch folders: made in the temporary folder, and removed whole however the
run ends, a Ctrl-C or SIGTERM during the removal included (it is held until the folder is
gone, `codegen.signals`)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from codegen import signals


@contextmanager
def folder(prefix: str, where: str | None = None) -> Iterator[Path]:
    """A new folder named `prefix...` in `where` (default: the temporary folder), removed
    when the block ends. `OSError` when it cannot be made."""
    made = Path(tempfile.mkdtemp(prefix=prefix, dir=where))
    try:
        yield made
    finally:
        remove(made)


def remove(made: Path) -> None:
    """The folder and all it holds removed (what cannot be removed is left)."""
    with signals.held():
        shutil.rmtree(made, ignore_errors=True)
