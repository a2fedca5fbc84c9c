"""The emit step: the IR -> every file of the generated package, in memory.

The example data is computed once, then each product renders from the IR (and that data):
the models module, the client modules, the package files (whose README blocks the tests run)
and the tests. `emit_package` returns `{relative path: content}`; the write step decides what
reaches the disk. Python files are formatted here (ruff, or black), so what `codegen check`
compares is exactly what `codegen generate` writes.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from codegen.emit.client import render_client
from codegen.emit.client.views import resource_models
from codegen.emit.data import example_data
from codegen.emit.format import DEFAULT_FORMATTER, Formatter, format_modules
from codegen.emit.models import render_models, split
from codegen.emit.package import package_files
from codegen.emit.package.readme_code import readme_modules, with_formatted_blocks
from codegen.emit.tests import render_tests
from codegen.errors import Problem
from codegen.ir.model import Api


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("codegen", "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,
    )


def emit_package(
    api: Api,
    document: dict[str, Any],
    sources: list[str],
    warnings: list[Problem],
    formatter: Formatter = DEFAULT_FORMATTER,
) -> dict[str, str]:
    env = _env()
    pkg = api.package.name
    # the models first: the model writer's process runs beside this one, which holds less
    # before the example data is computed
    models, model_notes = render_models(api)  # and what datamodel-code-generator warned of
    data = example_data(api)
    # a large document's models: one module per resource, so that a resource loads its own
    placed = split.layout(models, api, resource_models(api))
    modules = split.split_modules(models, api, placed)
    if modules:
        py = {f"src/{pkg}/models/{name}.py": code for name, code in modules.items()}
    else:
        py = {f"src/{pkg}/models.py": models}
    py.update(render_client(api, env, placed))
    package, readme = package_files(api, data, document, sources, [*warnings, *model_notes])
    py.update(render_tests(api, data, readme, env))

    py.update(readme_modules(package["README.md"]))
    files = format_modules(py, pkg, formatter)
    package["README.md"] = with_formatted_blocks(package["README.md"], files)
    files[f"src/{pkg}/py.typed"] = ""
    files.update(package)
    return files
