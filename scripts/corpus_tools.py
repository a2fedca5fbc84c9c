"""Running each generator on one document and measuring what it wrote.

Both tools are measured the same way: exit status, the first line of the error, whether every
module of the package imports, operations and models generated, seconds and peak memory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus_docs import Document
from package_checks import count_classes, count_endpoint_modules, import_all, package_tests
from procrun import Ran, first_line, run

OPC = "openapi_python_client"
_PROGRESS = re.compile(r"^\[\d+/\d+\] ")  # the CLI's progress lines, shown with -v
_PY_WARNING = re.compile(r"^\S+\.py:\d+: (\w*Warning: .*)$")  # what `warnings` prints
_OPC_SKIPPED = "Endpoint will not be generated."
_OPC_NOISE = ("Generating ", "Warning(s) encountered", "Skipping Integration", "If you believe")
_MESSAGES_KEPT = 20


@dataclass(frozen=True)
class Limits:
    timeout: float  # seconds for one generation, and again for one import check
    python: Path  # our virtualenv's interpreter
    compare_bin: Path | None  # the competitor's virtualenv's bin folder
    check_imports: bool = True
    run_tests: bool = True  # the generated package's own tests (ours only)
    # our formatting cache (CODEGEN_CACHE_DIR): "off" measures a first generation
    format_cache: str = "off"


def ours(doc: Document, out: Path, limits: Limits) -> dict[str, Any]:
    """`codegen generate --spec DOC --out DIR --name NAME`, then import every module."""
    args = ["--spec", str(doc.path), "--out", str(out), "--name", doc.slug]
    return ours_measured(args, out, limits)


def ours_measured(args: list[str], out: Path, limits: Limits) -> dict[str, Any]:
    """`codegen generate -q -v ARGS` (errors and tracebacks only) writing the package `out`,
    measured; then its imports."""
    shutil.rmtree(out, ignore_errors=True)  # the writer keeps files it did not write
    command = [str(limits.python), "-m", "codegen", "generate", "-q", "-v", *args]
    env = {**os.environ, "CODEGEN_CACHE_DIR": limits.format_cache}
    ran = run(command, cwd=Path.cwd(), timeout=limits.timeout, env=env)
    problems, _, traceback = ran.stderr.partition("Traceback (most recent call last):")
    messages, stray = _split_warnings(problems)
    result = _common(ran, [line for line in messages if not _PROGRESS.match(line)])
    if stray:
        result["stray_warnings"] = stray  # a library's warnings reaching our user's terminal
    if traceback:
        result["traceback"] = _innermost_frames(traceback)
    report_file = out / "codegen-report.json"
    if ran.exit != 0 or not report_file.is_file():
        return result
    report = json.loads(report_file.read_text(encoding="utf-8"))
    summary = report.get("summary", {})
    result["operations"] = int(summary.get("operations", 0))
    result["models"] = int(summary.get("models", 0))
    result["not_generated"] = report.get("not_generated", [])
    result["warnings"] = int(summary.get("warnings", 0))
    package = str(report.get("package") or out.name)
    if limits.check_imports:
        result.update(_imports(limits.python, out / "src", out / "src" / package, limits.timeout))
    if limits.run_tests and result["operations"] and (out / "tests").is_dir():
        # (a package without operations has no tests to run)
        result["tests"] = package_tests(limits.python, out, timeout=limits.timeout).as_dict()
    return result


def theirs(doc: Document, out: Path, limits: Limits) -> dict[str, Any]:
    """openapi-python-client on the same document, measured the same way."""
    assert limits.compare_bin is not None
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    package_dir = out / doc.slug  # with `--meta none` the output folder is the package
    env = {**os.environ, "PATH": f"{limits.compare_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    tool = str(limits.compare_bin / "openapi-python-client")
    args = [tool, "generate", "--path", str(doc.path), "--output-path", str(package_dir)]
    ran = run([*args, "--overwrite", "--meta", "none"], cwd=out, timeout=limits.timeout, env=env)
    text = ran.stdout + "\n" + ran.stderr
    _, box_end, after_box = text.rpartition("╰")  # it shows a crash as a boxed traceback
    if box_end:
        messages = [" ".join(after_box.split("\n", 1)[-1].split())]
    else:
        messages = [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not line.strip().startswith(_OPC_NOISE)
        ]
    result = _common(ran, messages if ran.exit != 0 else [])
    if ran.exit != 0 or not package_dir.is_dir():
        return result
    result["operations"] = count_endpoint_modules(package_dir / "api")
    result["models"] = count_classes(package_dir / "models")
    result["not_generated"] = text.count(_OPC_SKIPPED)
    if limits.check_imports:
        result.update(_imports(limits.compare_bin / "python", out, package_dir, limits.timeout))
    return result


def _common(ran: Ran, messages: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "exit": "timeout" if ran.timed_out else ran.exit,
        "seconds": round(ran.seconds, 2),
        "cpu_seconds": round(ran.cpu_seconds, 2),
        "peak_mb": round(ran.peak_mb, 1),
        "operations": 0,
        "models": 0,
        "imports": None,  # not tried: nothing was generated
    }
    if ran.timed_out:
        result["error"] = "timed out"
    elif ran.exit != 0:
        result["error"] = messages[0] if messages else first_line(ran.stderr) or "no message"
        result["messages"] = messages[:_MESSAGES_KEPT]
        result["message_count"] = len(messages)
    return result


def _split_warnings(text: str) -> tuple[list[str], list[str]]:
    """(message lines, Python warnings): a warning is its line and the source line under it."""
    messages: list[str] = []
    warnings: list[str] = []
    after_warning = False
    for line in text.splitlines():
        if after_warning and line.startswith(" "):
            after_warning = False
            continue
        after_warning = False
        found = _PY_WARNING.match(line)
        if found:
            warnings.append(found.group(1))
            after_warning = True
        elif line.strip():
            messages.append(line)
    return messages, sorted(set(warnings))


def _imports(python: Path, root: Path, package_dir: Path, timeout: float) -> dict[str, Any]:
    checked = import_all(python, root, package_dir, timeout=timeout)
    found: dict[str, Any] = {"imports": checked.ok, "modules": checked.modules}
    if not checked.ok:
        found["import_error"] = checked.first_error()
        found["modules_failing"] = len(checked.failed)
    return found


def _innermost_frames(traceback: str) -> list[str]:
    """The last frames of the traceback `-v` prints, without the `^^^` markers: where it broke."""
    lines = [line for line in traceback.splitlines() if line.strip().strip("^~")]
    return lines[-9:]
