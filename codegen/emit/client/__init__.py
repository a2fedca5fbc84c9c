"""The client product: `_client.py`, `errors.py`, `resources/`, the package's `__init__.py`
and the vendored runtime (`_runtime/`).

What the templates print is computed in `views/`; the templates only loop and branch over it.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files

from jinja2 import Environment

from codegen.emit.client.views import Draft, client_view, resource_view
from codegen.emit.models.split import ONE_MODULE, Layout
from codegen.emit.text import api_title, docstring, export_order, literal
from codegen.ir.model import Api
from codegen.ir.responses import RUNTIME_ERRORS

# shipped inside the package, so that an installed wheel generates as a checkout does
RUNTIME = files("codegen") / "templates" / "runtime"


def _header(what: str) -> str:
    """The module docstring; API titles are document text, so they go through `docstring`."""
    return docstring(f"{what} Generated from the OpenAPI document; do not edit.", 0)


def render_client(
    api: Api,
    env: Environment,
    placed: Layout = ONE_MODULE,
    drafts: Mapping[str, Draft] | None = None,
) -> dict[str, str]:
    """`{relative path: module source}` of the client modules, unformatted; `placed` tells
    which module of the models package holds each model, when they are split, and `drafts`
    gives each resource's first draft by its module (`views.draft`), made here when not."""
    pkg = api.package.name
    src = f"src/{pkg}"
    py: dict[str, str] = {}
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
        first = drafts.get(resource.module) if drafts is not None else None
        view = resource_view(api, resource, placed, first)
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
    return py


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
