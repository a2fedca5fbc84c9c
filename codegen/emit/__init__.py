"""The emit step: the IR -> every file of the generated package, in memory.

`emit_package` returns `{relative path: content}`; the writer decides what reaches the disk.
Python files are formatted here (ruff, or black), so what `codegen check` compares is exactly what
`codegen generate` writes.
"""

from __future__ import annotations

import ast
import json
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from codegen.emit.format import DEFAULT_FORMATTER, Formatter, format_modules
from codegen.emit.models import render_models
from codegen.emit.package import changelog, gitignore, pyproject
from codegen.emit.readme import readme_blocks
from codegen.emit.report import report
from codegen.emit.tests import TOKEN_ANSWER, render_tests, token_urls
from codegen.emit.views import (
    api_title,
    client_view,
    docstring,
    export_order,
    literal,
    resource_view,
)
from codegen.errors import Problem
from codegen.ir.model import Api
from codegen.ir.responses import RUNTIME_ERRORS

# shipped inside the package, so that an installed wheel generates as a checkout does
RUNTIME = files("codegen") / "templates" / "runtime"


# the error classes every package re-exports from its runtime


def _header(what: str) -> str:
    """The module docstring; API titles are document text, so they go through `docstring`."""
    return docstring(f"{what} Generated from the OpenAPI document; do not edit.", 0)


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
    src = f"src/{pkg}"
    py: dict[str, str] = {}

    model_notes: list[Problem] = []  # what datamodel-code-generator warned of
    py[f"{src}/models.py"] = render_models(api, model_notes)
    py[f"{src}/_client.py"] = env.get_template("client/_client.py.jinja").render(
        header=_header(f"The {api_title(api.title)} clients."), view=client_view(api)
    )
    py[f"{src}/errors.py"] = env.get_template("client/errors.py.jinja").render(
        header=_header(f"Errors of the {api_title(api.title)}."),
        errors=_error_views(api),
        runtime_errors=RUNTIME_ERRORS,
        exports=export_order(["ERRORS", *RUNTIME_ERRORS, *(e.class_name for e in api.errors)]),
    )
    for resource in api.resources:
        view = resource_view(api, resource)
        py[f"{src}/resources/{resource.module}.py"] = env.get_template(
            "client/resource.py.jinja"
        ).render(header=_header(f"The `{resource.attr}` operations."), view=view)
    resources = [(r.attr, r.class_name, r.module) for r in api.resources]
    py[f"{src}/resources/__init__.py"] = env.get_template("client/resources_init.py.jinja").render(
        header=_header("Resources: one class per group of operations."),
        resources=resources,
        exports=export_order([n for _, cls, _ in resources for n in (cls, f"Async{cls}")]),
    )
    error_names = [*RUNTIME_ERRORS, *(e.class_name for e in api.errors)]
    model_names = [m.name for m in api.models]
    top = [
        "AsyncClient",
        "Client",
        "ApiResponse",
        "RateLimit",
        "RequestOptions",
        "NOT_GIVEN",
        "NotGiven",
    ]
    if api.servers:
        top.append("Environment")
    py[f"{src}/__init__.py"] = env.get_template("client/__init__.py.jinja").render(
        header=_header(f"Typed client for the {api_title(api.title)}."),
        has_environments=bool(api.servers),
        error_names=sorted(error_names),
        model_names=sorted(model_names),
        version=literal(api.package.version),
        all_names=export_order(top + error_names + model_names),
    )
    for runtime_file in sorted(RUNTIME.iterdir(), key=lambda f: f.name):
        if runtime_file.name.endswith(".py"):
            py[f"{src}/_runtime/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    py.update(render_tests(api, env))
    readme_text, blocks = readme_blocks(api)
    py["tests/test_readme.py"] = env.get_template("tests/test_readme.py.jinja").render(
        package=pkg,
        answers=[
            literal(b.answer and (b.answer[0], _body(b.answer[1]), b.answer[2])) for b in blocks
        ],
        token_urls=[literal(u) for u in token_urls(api)],
        token_answer=literal(TOKEN_ANSWER),
    )

    files = format_modules(py, pkg, formatter)
    files[f"{src}/py.typed"] = ""
    files["pyproject.toml"] = pyproject(api)
    files["README.md"] = readme_text
    files["CHANGELOG.md"] = changelog(api)
    files[".gitignore"] = gitignore()
    files["openapi.json"] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    files["codegen-report.json"] = (
        json.dumps(report(api, sources, [*warnings, *model_notes]), indent=2, ensure_ascii=False)
        + "\n"
    )
    return files


def _body(source: str | None) -> object:
    """A body the tests hold as Python source, back as data (a literal, never evaluated)."""
    return None if source is None else ast.literal_eval(source)


def _error_views(api: Api) -> list[dict[str, str]]:
    out = []
    ranges = {e.status: e.class_name for e in api.errors if e.status.endswith("XX")}
    # a range's class first: the classes of its statuses derive from it
    for e in sorted(api.errors, key=lambda e: not e.status.endswith("XX")):
        general = "ServerStatusError" if e.status.startswith("5") else "ClientStatusError"
        ranged = ranges.get(f"{e.status[0]}XX")
        base = ranged if ranged and ranged != e.class_name and e.status[0] == "5" else general
        what = f"HTTP {e.status[0]}xx" if e.status.endswith("XX") else f"HTTP {e.status}"
        doc = f"{e.description or 'Error'} ({what})."
        if e.type is not None:
            doc += f"\n\n`body` is parsed as {e.type.annotation} when it matches."
        out.append(
            {
                "class_name": e.class_name,
                "base": base,
                "status": literal(e.status),
                "doc": docstring(doc, 4),
            }
        )
    return out
