"""The models module without `Model.model_rebuild()` calls.

The runtime's base model defers building (`defer_build=True`): a model's validator is made
when it is first used, with every name of the module defined by then. A rebuild call at the
module's end would build that model, and every model it reaches, while the module is
imported, which is most of the import's time on a large document.
"""

from __future__ import annotations

import re

_REBUILD = re.compile(r"^\w+\.model_rebuild\(\)\n", flags=re.MULTILINE)


def drop_rebuilds(code: str) -> str:
    """The code without its top-level `<Model>.model_rebuild()` lines."""
    return _REBUILD.sub("", code)
