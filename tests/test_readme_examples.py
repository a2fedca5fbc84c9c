"""The READMEs' Python examples type-check against the generated packages (`mypy --strict`).

A generated package's `tests/test_readme.py` runs its README's blocks, but as text handed to
`exec`, which no type checker reads, and nothing ran the project README's blocks at all: a
call that works at run time yet fails the user's type checker (a string for an enum field, a
date-time as text) went unseen. Here each block is a module of its own; a package's README
blocks, which a reader pastes one after another, are one module, in which a name may be
given a value of another type (`result` of one call, then of the next).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
PACKAGES = sorted(p.name for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


def _blocks(readme: Path) -> list[str]:
    text = readme.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)


def _mypy(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull]
        + [*options, "."],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "MYPYPATH": os.pathsep.join(str(GENERATED / p / "src") for p in PACKAGES),
        },
        timeout=900,
    )


def test_the_project_readmes_examples_type_check_against_the_generated_packages(
    tmp_path: Path,
) -> None:
    blocks = _blocks(ROOT / "README.md")
    imported = {m for b in blocks for m in re.findall(r"^from (\w+) import", b, re.MULTILINE)}
    assert len(blocks) >= 3 and {"bookeeping", "actionkit", "xero_accounting"} <= imported
    for number, block in enumerate(blocks, start=1):
        (tmp_path / f"readme_block_{number}.py").write_text(block, encoding="utf-8")
    done = _mypy(tmp_path)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_every_packages_readme_type_checks_against_its_package(tmp_path: Path) -> None:
    for name in PACKAGES:
        blocks = _blocks(GENERATED / name / "README.md")
        assert any(f"from {name} import" in b for b in blocks), name
        (tmp_path / f"readme_{name}.py").write_text("\n".join(blocks), encoding="utf-8")
    done = _mypy(tmp_path, "--allow-redefinition-new", "--local-partial-types")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
