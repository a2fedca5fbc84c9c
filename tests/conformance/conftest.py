"""The conformance tests use the contract tests' helpers (models, arguments, credentials)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the `contract` package sits at the project root, not installed
    sys.path.insert(0, str(ROOT))
