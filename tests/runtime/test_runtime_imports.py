"""The runtime's modules import one another in one direction: no cycle, not even one
hidden under `TYPE_CHECKING`, so that each module can be read (and loaded) on its own."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "codegen" / "templates" / "runtime"


def _imports(path: Path) -> set[str]:
    """The sibling modules `path` imports (`from .x import ...`, at any depth of the tree)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(alias.name for alias in node.names)
    return out


def test_the_runtime_has_no_import_cycle() -> None:
    graph = {p.stem: _imports(p) for p in RUNTIME_DIR.glob("*.py") if p.stem != "__init__"}
    assert graph["exchange"] >= {"config", "call"}  # the walk sees the imports
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise AssertionError(f"import cycle in the runtime: {exc.args[1]}") from None
    assert order.index("config") < order.index("exchange") < order.index("client")


def test_no_runtime_module_is_over_400_lines() -> None:
    long = {
        p.name: n
        for p in RUNTIME_DIR.glob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
