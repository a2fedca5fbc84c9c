"""The emit step: the IR (and the model writer's module) -> every file of the generated
package, in memory.

The example data is computed once, by the front (`codegen.emit.data`), then each product
renders from the IR and that data:
the models module, the client modules, the package files (whose README blocks the tests run)
and the tests. `emit` returns them as `{relative path: content}`; the write step decides what
reaches the disk. Python files are formatted here (ruff, or black), so what `codegen check`
compares is exactly what `codegen generate` writes.

A release writes its package twice: at the committed version, to find what changed, then at
the next one. The version is written in a few files (`__version__`, the user agent,
`pyproject.toml`, the report), none of them a models module, so `emit_again` renders the rest
again from the first emission's models and example data (the model writer's run and most of
the time) and formats only the modules whose text changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from codegen.emit.client import render_client
from codegen.emit.client.views import Draft, draft, resource_models
from codegen.emit.data.model import ExampleData
from codegen.emit.format import DEFAULT_FORMATTER, Formatter, format_modules
from codegen.emit.jinja_env import env as template_env
from codegen.emit.models import split
from codegen.emit.models.datamodel import models_module
from codegen.emit.models.request import WrittenModels
from codegen.emit.models.split import Layout
from codegen.emit.package import package_files
from codegen.emit.package.readme_code import readme_modules, with_formatted_blocks
from codegen.emit.tests import render_tests
from codegen.errors import Problem
from codegen.ir.model import Api


@dataclass(frozen=True)
class Emitted:
    """A package's files, and what emitting it again at another version reuses."""

    files: dict[str, str]
    data: ExampleData = field(repr=False)
    models: dict[str, str] = field(repr=False)  # path -> the models module(s), unformatted
    model_notes: list[Problem] = field(repr=False)  # what the model writer warned of
    placed: Layout = field(repr=False)
    unformatted: dict[str, str] = field(repr=False)  # every Python module before formatting
    formatted: dict[str, str] = field(repr=False)  # ... and after (the README's blocks too)


def emit(
    api: Api,
    written: WrittenModels | None,
    data: ExampleData,
    document: str,
    sources: list[str],
    warnings: list[Problem],
    formatter: Formatter = DEFAULT_FORMATTER,
) -> Emitted:
    """Every file of the package (`files`), and what `emit_again` reuses: `written` is what
    the model writer wrote for `datamodel.model_request(api)` (None when it has no models),
    `data` the API's example data (`codegen.emit.data.build.example_data(api)`), `document`
    the assembled document as `openapi.json` gives it."""
    pkg = api.package.name
    models, model_notes = models_module(api, written)  # and what the writer warned of
    # a large document's models: one module per resource, so that a resource loads its own
    drafts = {resource.module: draft(api, resource) for resource in api.resources}
    placed = split.layout(models, api, resource_models(drafts))
    modules = split.split_modules(models, api, placed)
    if modules:
        py = {f"src/{pkg}/models/{name}.py": code for name, code in modules.items()}
    else:
        py = {f"src/{pkg}/models.py": models}
    return _rest(
        api, data, py, model_notes, placed, document, sources, warnings, formatter, drafts=drafts
    )


def emit_again(
    first: Emitted,
    api: Api,
    document: str,
    sources: list[str],
    warnings: list[Problem],
    formatter: Formatter = DEFAULT_FORMATTER,
) -> Emitted:
    """The package of `first` at the version of `api`, the same API otherwise: what `emit`
    gives, without writing the models again or formatting a module whose text is the same."""
    return _rest(
        api,
        first.data,
        first.models,
        first.model_notes,
        first.placed,
        document,
        sources,
        warnings,
        formatter,
        first,
    )


def _rest(
    api: Api,
    data: ExampleData,
    models: dict[str, str],
    model_notes: list[Problem],
    placed: Layout,
    document: str,
    sources: list[str],
    warnings: list[Problem],
    formatter: Formatter,
    before: Emitted | None = None,
    drafts: Mapping[str, Draft] | None = None,
) -> Emitted:
    """The client, package files and tests beside the models, every module formatted;
    `drafts` are the resources' first drafts when already made."""
    env = template_env()
    pkg = api.package.name
    py = dict(models)
    py.update(render_client(api, env, placed, drafts))
    package, readme = package_files(api, data, document, sources, [*warnings, *model_notes])
    py.update(render_tests(api, data, readme, env))

    py.update(readme_modules(package["README.md"]))
    if before is None:
        formatted = format_modules(py, pkg, formatter)
    else:  # formatting depends on a module's text alone: the same text, the same result
        changed = {path: code for path, code in py.items() if before.unformatted.get(path) != code}
        again = format_modules(changed, pkg, formatter) if changed else {}
        formatted = {path: again[path] if path in again else before.formatted[path] for path in py}
    files = dict(formatted)
    package["README.md"] = with_formatted_blocks(package["README.md"], files)
    files[f"src/{pkg}/py.typed"] = ""
    files.update(package)
    return Emitted(files, data, models, model_notes, placed, py, formatted)
