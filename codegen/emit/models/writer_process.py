"""datamodel-code-generator in a process of its own: `python -P writer_process.py`.

Run by its path, it imports the model writer and the standard library only, not the
generator's packages. It reads a JSON request on stdin, `{"options": {...}, "input": <the JSON
Schema document>}` (enum options by value), and prints `{"code": ..., "warnings": [[category,
message], ...]}`, or `{"error": ...}` when the writer refused the schemas. Run apart, the
writer's memory (most of a generation's peak on a large document) is returned when it ends,
and the generator does not import it.

The cyclic garbage collector is off in this process: the writer builds hundreds of
thousands of objects that live until it ends, and the collector's passes over them were
a sixth of its time on a large document, for a few megabytes of cycles freed.
"""

from __future__ import annotations

import gc
import json
import sys
import warnings
from typing import Any


def write(request: dict[str, Any]) -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, generate
    from datamodel_code_generator.format import PythonVersion

    options = dict(request["options"])
    options["input_file_type"] = InputFileType(options["input_file_type"])
    options["output_model_type"] = DataModelType(options["output_model_type"])
    options["target_python_version"] = PythonVersion(options["target_python_version"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = generate(request["input"], **options)
        # the library raises many kinds of errors; all mean the schemas were not usable
        except Exception as exc:  # noqa: BLE001
            return {"error": str(exc)}
    given = [[f"{w.category.__module__}:{w.category.__qualname__}", str(w.message)] for w in caught]
    return {"code": code if isinstance(code, str) else None, "warnings": given}


if __name__ == "__main__":
    gc.disable()
    answer = write(json.loads(sys.stdin.buffer.read().decode("utf-8")))
    sys.stdout.write(json.dumps(answer))
