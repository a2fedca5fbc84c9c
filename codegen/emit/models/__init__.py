"""The models product: `models.py`, the IR's models as pydantic classes.

`datamodel.py` calls datamodel-code-generator once with every model; `classes.py`,
`literals.py` and `extras.py` finish its output (names, open enums, discriminated unions,
readOnly lists) and check it against the IR.
"""

from __future__ import annotations

from codegen.emit.models.datamodel import render_models

__all__ = ["render_models"]
