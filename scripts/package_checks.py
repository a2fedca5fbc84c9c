"""Checks on a generated package, each in its own interpreter so a crash stays contained."""

from __future__ import annotations

import ast
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from procrun import first_line, run

# Imports each module named on the command line; prints [[module, error], ...] as JSON.
_IMPORT_EVERY_MODULE = """
import importlib, json, sys
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException as exc:
        failed.append([name, (type(exc).__name__ + ": " + str(exc)).splitlines()[0][:300]])
print(json.dumps(failed))
"""

# Validates a document the way openapi-spec-validator's users do; prints "valid" or the error.
_VALIDATE = """
import sys
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
spec, _ = read_from_filename(sys.argv[1])
try:
    validate(spec)
except Exception as exc:
    print("invalid: " + (type(exc).__name__ + ": " + str(exc)).splitlines()[0][:300])
else:
    print("valid")
"""


@dataclass(frozen=True)
class Imports:
    modules: int
    failed: list[tuple[str, str]]  # (module, "ErrorType: message")
    crash: str | None = None  # the interpreter itself died or timed out

    @property
    def ok(self) -> bool:
        return self.modules > 0 and not self.failed and self.crash is None

    def first_error(self) -> str | None:
        if self.crash is not None:
            return self.crash
        if self.failed:
            return f"{self.failed[0][0]}: {self.failed[0][1]}"
        if not self.modules:
            return "no modules found"
        return None


@dataclass(frozen=True)
class PackageTests:
    """The outcome of a generated package's own tests (`pytest tests` in its folder)."""

    exit: int | None  # pytest's: 0 all passed, 1 some failed, 5 none collected; None timed out
    passed: int
    failed: int  # failed and errors
    first_failure: str | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"exit": self.exit, "passed": self.passed, "failed": self.failed}
        if self.first_failure:
            out["first_failure"] = self.first_failure
        return out


_COUNT = re.compile(r"(\d+) (passed|failed|errors?)\b")


def package_tests(python: Path, package_root: Path, *, timeout: float) -> PackageTests:
    """Run the tests the generator wrote for the package in `package_root`, against its
    `src/` (not an installed copy)."""
    env = {**os.environ, "PYTHONPATH": str(package_root / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    ran = run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=package_root,
        timeout=timeout,
        env=env,
    )
    counts = {"passed": 0, "failed": 0}
    summary = ran.stdout.strip().splitlines()[-1] if ran.stdout.strip() else ""
    for number, kind in _COUNT.findall(summary):
        counts["passed" if kind == "passed" else "failed"] += int(number)
    first = next(
        (
            line[len("FAILED ") :][:300]
            for line in ran.stdout.splitlines()
            if line.startswith(("FAILED ", "ERROR "))
        ),
        None,
    )
    if ran.exit not in (0, None) and first is None:
        first = first_line(ran.stdout + ran.stderr) or f"pytest exited {ran.exit}"
    return PackageTests(ran.exit, counts["passed"], counts["failed"], first)


def modules(root: Path, package_dir: Path) -> list[str]:
    """Every module under `package_dir`, as dotted names relative to `root` (on sys.path)."""
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return sorted(set(names))


def import_all(python: Path, root: Path, package_dir: Path, *, timeout: float) -> Imports:
    names = modules(root, package_dir)
    if not names:
        return Imports(0, [])
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    ran = run([str(python), "-c", _IMPORT_EVERY_MODULE, *names], cwd=root, timeout=timeout, env=env)
    if ran.timed_out:
        return Imports(len(names), [], crash=f"importing timed out after {timeout:.0f} s")
    try:
        failed = [(str(m), str(e)) for m, e in json.loads(ran.stdout.strip().splitlines()[-1])]
    except (ValueError, IndexError):
        last = ran.stderr.strip().splitlines()[-1:] or ["no output"]
        return Imports(len(names), [], crash=f"interpreter exited {ran.exit}: {last[0][:300]}")
    return Imports(len(names), failed)


def mypy_strict(python: Path, package_root: Path, *, timeout: float) -> tuple[bool, str]:
    """(passes, first error line) of `mypy --strict` over the package's src (and tests)."""
    targets = [t for t in ("src", "tests") if (package_root / t).is_dir()]
    args = [str(python), "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
    env = {**os.environ, "MYPYPATH": "src"}
    ran = run([*args, *targets], cwd=package_root, timeout=timeout, env=env)
    if ran.timed_out:
        return False, f"timed out after {timeout:.0f} s"
    lines = ran.stdout.splitlines()
    errors = [line for line in lines if ": error:" in line]
    summary = lines[-1].strip() if lines else first_line(ran.stderr)
    return ran.exit == 0, (f"{errors[0][:300]} ({summary})" if errors else summary[:300])


def spec_validator(python: Path, document: Path, *, timeout: float) -> str:
    """openapi-spec-validator's word on the document: "valid", "invalid: ..." or a failure."""
    ran = run([str(python), "-c", _VALIDATE, str(document)], cwd=document.parent, timeout=timeout)
    if ran.timed_out:
        return f"validator timed out after {timeout:.0f} s"
    return first_line(ran.stdout) or f"validator exited {ran.exit}: {first_line(ran.stderr)}"


def count_classes(folder: Path) -> int:
    """Top-level classes in the modules of `folder` (the competitor's models, one a class)."""
    total = 0
    for path in sorted(folder.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue  # a module that does not parse is caught by the import check
        total += sum(1 for node in tree.body if isinstance(node, ast.ClassDef))
    return total


def count_endpoint_modules(folder: Path) -> int:
    """The competitor writes one module per endpoint under `api/<tag>/`."""
    return sum(1 for p in folder.rglob("*.py") if p.name != "__init__.py")
