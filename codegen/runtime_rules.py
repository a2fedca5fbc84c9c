"""The rule evaluator the generated packages vendor, loaded from its template for the generator.

One implementation of JSON Schema `if`/`then` matching serves both: the generated runtime
enforces rules with it, and the generator builds sample data that satisfies them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "templates" / "runtime" / "rules.py"
_spec = importlib.util.spec_from_file_location("codegen._vendored_rules", _PATH)
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _module  # dataclasses look their module up while being built
_spec.loader.exec_module(_module)

matches = _module.matches
Rule = _module.Rule
