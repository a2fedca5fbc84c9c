"""The outcomes of a contract run as a plain-text table: one line per call."""

from __future__ import annotations

from collections.abc import Sequence

from contract.calls import Outcome

_HEADER = ("provider", "mode", "client", "operation", "request", "status", "result")


def format_table(outcomes: Sequence[Outcome]) -> str:
    """Each call with the status Prism returned and whether it passed (the first problem)."""
    rows = [_HEADER]
    for o in outcomes:
        result = "ok" if o.ok else f"FAILED: {o.problems[0]}"
        if len(o.problems) > 1:
            result += f" (+{len(o.problems) - 1} more)"
        status = str(o.status) if o.status is not None else "-"
        rows.append(
            (o.provider, o.mode, o.client, o.operation, f"{o.method} {o.path}", status, result)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    passed = sum(o.ok for o in outcomes)
    lines.append(f"{passed} of {len(outcomes)} calls passed Prism's checks")
    return "\n".join(lines)
