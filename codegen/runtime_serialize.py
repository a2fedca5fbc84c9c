"""The parameter serializer the generated packages vendor, loaded from its template for the
generator: the generated tests expect the URL text the client writes, by the one
implementation (styles `simple`, `label`, `matrix`, exploded or not).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

_DIR = Path(__file__).resolve().parent / "templates" / "runtime"
_PACKAGE = "codegen._vendored_runtime"

if _PACKAGE not in sys.modules:
    # the runtime's folder as a package whose `__init__` is not run (it would import the
    # client): its modules import each other relatively, as in a generated package
    _package = ModuleType(_PACKAGE)
    _package.__path__ = [str(_DIR)]
    sys.modules[_PACKAGE] = _package

path_value = importlib.import_module(_PACKAGE + ".serialize").path_value
