"""`codegen-report.json`: what was generated, what was not and why, and the documents' warnings."""

from __future__ import annotations

from typing import Any

from codegen.emit.data.model import ExampleData
from codegen.errors import Problem
from codegen.ir.model import Api


def report(
    api: Api, data: ExampleData, sources: list[str], warnings: list[Problem]
) -> dict[str, Any]:
    operations = [
        {
            "operation_id": op.operation_id,
            "method": op.http_method,
            "path": op.path,
            "client_method": f"client.{r.attr}.{op.py_name}",
        }
        for r in api.resources
        for op in r.operations
    ]
    all_warnings = sorted(set(warnings) | set(api.warnings))
    without_tests = [
        {"operation_id": op.operation_id, "method": op.http_method, "path": op.path, "reason": why}
        for op, why in data.untested()
    ]
    return {
        "package": api.package.name,
        "distribution": api.package.distribution,
        "version": api.package.version,
        "api": {"title": api.title, "version": api.version},
        "sources": sources,
        "summary": {
            "operations": len(operations),
            "models": len(api.models),
            "not_generated": len(api.skipped),
            "without_tests": len(without_tests),
            "warnings": len(all_warnings),
        },
        "operations": operations,
        "models": [m.name for m in api.models],
        "not_generated": [
            {"what": s.what, "where": s.where, "reason": s.reason} for s in api.skipped
        ],
        "without_tests": without_tests,
        "warnings": [w.as_dict() for w in all_warnings],
    }
