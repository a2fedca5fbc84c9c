"""Totals of a corpus run, and its failures grouped by cause, for both tools."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

TOOLS = ("ours", "openapi_python_client")

# Targets of the issue: measured here, never assumed.
TARGET_IMPORTS = 0.98
TARGET_OPERATIONS = 0.99


def totals(results: list[dict[str, Any]], tool: str) -> dict[str, Any]:
    runs = [(r, r[tool]) for r in results if tool in r]
    exits: dict[str, int] = defaultdict(int)
    for _, t in runs:
        exits[str(t["exit"])] += 1
    generated = [(r, t) for r, t in runs if t["exit"] == 0]
    in_documents = sum(r["operations_in_document"] for r, _ in runs)
    in_generated = sum(r["operations_in_document"] for r, _ in generated)
    operations = sum(t["operations"] for _, t in runs)
    importing = sum(1 for _, t in generated if t["imports"])
    tested = [t["tests"] for _, t in generated if "tests" in t]
    return {
        "documents": len(runs),
        "exit": dict(sorted(exits.items())),
        "packages_generated": len(generated),
        "packages_importing": importing,
        "imports_share": _share(importing, len(generated)),
        "imports_share_of_documents": _share(importing, len(runs)),
        "operations_in_documents": in_documents,
        "operations_generated": operations,
        "operations_share": _share(operations, in_documents),
        "operations_share_in_generated": _share(operations, in_generated),
        "models": sum(t["models"] for _, t in runs),
        "packages_tested": len(tested),
        "packages_tests_passing": sum(1 for t in tested if t["exit"] == 0),
        "package_tests_passed": sum(t["passed"] for t in tested),
        "package_tests_failed": sum(t["failed"] for t in tested),
        "not_generated": sum(_not_generated(t) for _, t in runs),
        "seconds": round(sum(t["seconds"] for _, t in runs), 1),
        "peak_mb_max": max((t["peak_mb"] for _, t in runs), default=0.0),
    }


def _not_generated(tool_result: dict[str, Any]) -> int:
    value = tool_result.get("not_generated", 0)
    return len(value) if isinstance(value, list) else int(value)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def print_totals(all_totals: dict[str, dict[str, Any]]) -> None:
    tools = [t for t in TOOLS if t in all_totals]
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("documents", lambda t: str(t["documents"])),
        ("exit status", lambda t: ", ".join(f"{k}: {v}" for k, v in t["exit"].items())),
        (
            "packages importing",
            lambda t: (
                f"{t['packages_importing']}/{t['packages_generated']} ({t['imports_share']:.1%})"
            ),
        ),
        ("  of all documents", lambda t: f"{t['imports_share_of_documents']:.1%}"),
        (
            "operations generated",
            lambda t: (
                f"{t['operations_generated']}/{t['operations_in_documents']}"
                f" ({t['operations_share']:.1%})"
            ),
        ),
        ("  of those in packages", lambda t: f"{t['operations_share_in_generated']:.1%}"),
        ("models generated", lambda t: str(t["models"])),
        (
            "packages' own tests pass",
            lambda t: f"{t.get('packages_tests_passing', 0)}/{t.get('packages_tested', 0)}"
            f" ({t.get('package_tests_passed', 0)} passed,"
            f" {t.get('package_tests_failed', 0)} failed)",
        ),
        ("listed not generated", lambda t: str(t["not_generated"])),
        ("generation seconds (sum)", lambda t: str(t["seconds"])),
        ("peak MB (largest)", lambda t: str(t["peak_mb_max"])),
    ]
    print()
    print("totals".ljust(26) + "".join(t.ljust(40) for t in tools))
    for label, show in rows:
        print(label.ljust(26) + "".join(show(all_totals[t]).ljust(40) for t in tools))
    ours = all_totals.get("ours")
    if ours is None:
        return
    print()
    print("targets (ours):")
    ok = ours["exit"].get("0", 0)
    print(f"  every document generates with exit 0: {ok}/{ours['documents']}")
    print(
        f"  >= {TARGET_IMPORTS:.0%} of generated packages import: {ours['imports_share']:.1%}"
        f" -> {'met' if ours['imports_share'] >= TARGET_IMPORTS else 'NOT met'}"
    )
    print(
        f"  >= {TARGET_OPERATIONS:.0%} of operations generated: {ours['operations_share']:.1%}"
        f" -> {'met' if ours['operations_share'] >= TARGET_OPERATIONS else 'NOT met'}"
    )


def failure_groups(results: list[dict[str, Any]], tool: str) -> dict[str, dict[str, list[str]]]:
    """{kind: {cause: [document ids]}}: failures with the document's particulars masked."""
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        t = r.get(tool)
        if t is None:
            continue
        if t["exit"] != 0:
            groups[f"exit {t['exit']}"][_cause(t.get("error", ""))].append(r["id"])
        elif not t["imports"]:
            groups["import failure"][_cause(t.get("import_error") or "")].append(r["id"])
        tests = t.get("tests")
        if tests and tests["exit"] != 0:  # failures per document, by their first failure
            cause = tests.get("first_failure") or f"pytest exited {tests['exit']}"
            groups["package tests fail"][_cause(cause)].append(r["id"])
        for skipped in (
            t.get("not_generated", []) if isinstance(t.get("not_generated"), list) else []
        ):
            cause = _cause(f"{skipped.get('what', '')}: {skipped.get('reason', '')}")
            if r["id"] not in groups["not generated"][cause]:
                groups["not generated"][cause].append(r["id"])
    return {k: dict(v) for k, v in sorted(groups.items())}


def _cause(message: str) -> str:
    """One cause for many documents: quoted names, numbers and file names masked."""
    text = re.sub(r"^\S+\.(json|ya?ml): ", "", message)  # the document's own file name
    text = re.sub(r"^[/#]\S*: ", "", text)  # the JSON pointer of the place
    text = re.sub(r"^[\w.]+: (?=\w+(Error|Exception))", "", text)  # the module that failed
    text = re.sub(r" \([^()]*\.py, line \d+\)", "", text)  # where in the generated code
    text = re.sub(r" \(hint: .*$", "", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "'…'", text)
    text = re.sub(r"\b\d+\b", "N", text)
    return text[:200]


def print_failures(groups: dict[str, dict[str, list[str]]], tool: str) -> None:
    if not groups:
        print(f"\n{tool}: no failures")
        return
    print(f"\n{tool}: failures by cause (documents, examples)")
    for kind, causes in groups.items():
        print(f"  {kind}:")
        for cause, ids in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"    {len(ids):3d}  {cause}   e.g. {', '.join(sorted(ids)[:2])}")
