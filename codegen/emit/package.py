"""The package's own files: pyproject.toml, README.md, CHANGELOG.md."""

from __future__ import annotations

import json

from codegen.emit.examples import call_arguments
from codegen.emit.views import api_title, comment_text, paging_methods
from codegen.ir.model import Api, Operation
from codegen.release.changes import HEADINGS, KINDS, Change

# what the generated package needs; kept in step with the runtime it vendors
HTTPX = "httpx>=0.27,<1"
PYDANTIC = "pydantic>=2.12,<3"  # 2.12: polymorphic serialization
BUILD_BACKEND = "hatchling==1.27.0"


def pyproject(api: Api) -> str:
    p = api.package
    description = (
        comment_text(p.description) or f"Typed Python client for the {api_title(api.title)}."
    )
    return f"""[build-system]
requires = [{json.dumps(BUILD_BACKEND)}]
build-backend = "hatchling.build"

[project]
name = {json.dumps(p.distribution)}
version = {json.dumps(p.version)}
description = {json.dumps(description, ensure_ascii=False)}
readme = "README.md"
requires-python = ">=3.11"
dependencies = [{json.dumps(HTTPX)}, {json.dumps(PYDANTIC)}]
{_metadata(api)}
[tool.hatch.build.targets.wheel]
packages = ["src/{p.name}"]

[tool.hatch.build.targets.sdist]
# the package's own files only, whatever the repository around it ignores or holds
only-include = ["src", "tests", "README.md", "CHANGELOG.md", "openapi.json"]
ignore-vcs = true

[tool.mypy]
strict = true

[tool.black]
line-length = 100
target-version = ["py311"]

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""


# the Python versions the generated code is checked on (mypy, the tests) and supports
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")


def _metadata(api: Api) -> str:
    """License, authors, keywords, classifiers and URLs from the manifest, as TOML lines."""
    p = api.package
    lines = []
    if p.license:
        lines.append(f"license = {json.dumps(p.license)}")
    if p.authors:
        people = ", ".join(
            "{ "
            + ", ".join(
                f"{k} = {json.dumps(v, ensure_ascii=False)}"
                for k, v in (("name", name), ("email", email))
                if v
            )
            + " }"
            for name, email in p.authors
        )
        lines.append(f"authors = [{people}]")
    if p.keywords:
        lines.append(
            f"keywords = [{', '.join(json.dumps(k, ensure_ascii=False) for k in p.keywords)}]"
        )
    classifiers = [
        "Typing :: Typed",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        *(f"Programming Language :: Python :: {v}" for v in PYTHON_VERSIONS),
    ]
    lines.append("classifiers = [")
    lines += [f"  {json.dumps(c)}," for c in classifiers]
    lines.append("]")
    if p.urls:
        lines += ["", "[project.urls]"]
        lines += [f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v)}" for k, v in p.urls]
    return "\n".join(lines) + "\n"


def gitignore() -> str:
    """The package's own ignore file. Hatchling puts the nearest `.gitignore` into every
    sdist; without this one it would be the host repository's."""
    return "__pycache__/\n*.py[cod]\n/build/\n/dist/\n.venv/\n"


def readme(api: Api) -> str:
    p = api.package
    lines = [f"# {p.distribution}", ""]
    lines.append(
        f"Typed Python client for the {api_title(api.title)}"
        + (f" (version {api.version})." if api.version else ".")
    )
    if api.description:
        lines += ["", comment_text(api.description)]
    lines += [
        "",
        "Generated from the provider's published documents; do not edit by hand.",
        "",
        "## Install",
        "",
        "```sh",
        f"pip install {p.distribution}",
        "```",
        "",
        "It depends on `httpx` and `pydantic` (v2) only.",
        "",
        "## Use",
        "",
    ]
    lines += _setup(api)
    if api.servers:
        lines += [
            "",
            "Servers (`environment=`): "
            + ", ".join(f"`Environment.{s.name}` ({s.url})" for s in api.servers)
            + ". `base_url=` overrides them.",
        ]
    if api.security_schemes:
        lines += [
            "",
            "Credentials come from the arguments or from the environment: "
            + ", ".join(f"`{s.py_name}` (`{s.env_var}`)" for s in api.security_schemes)
            + ".",
        ]
    lines += ["", "## Operations", ""]
    for r in api.resources:
        paging = paging_methods(r)
        for op in r.operations:
            lines += _operation(api, r.attr, op, paging.get(op.py_name))
    lines += _errors(api)
    lines += _behaviour(api)
    return "\n".join(lines).rstrip() + "\n"


def _setup(api: Api) -> list[str]:
    args = [
        f'{s.py_name}="..."'
        for s in api.security_schemes
        if s.kind not in ("basic", "oauth2_client_credentials")
    ]
    if api.servers:
        args.append(f"environment=Environment.{api.servers[-1].name}")
    imports = "Client, Environment" if api.servers else "Client"
    return [
        "```python",
        f"from {api.package.name} import {imports}",
        "",
        f"client = Client({', '.join(args)})",
        "```",
        "",
        "`AsyncClient` takes the same arguments; its methods are coroutines. Both are context managers.",
    ]


def _operation(api: Api, attr: str, op: Operation, paging: tuple[str, str] | None) -> list[str]:
    head = comment_text(op.summary) or f"{op.http_method} {op.path}"
    out = [f"### `client.{attr}.{op.py_name}()` — {head}", "", f"`{op.http_method} {op.path}`", ""]
    if op.description and comment_text(op.description) != head:
        out += [comment_text(op.description), ""]
    args = call_arguments(api, op)
    call = f"client.{attr}.{op.py_name}("
    if args:
        call += "\n" + "".join(f"    {name}={value},\n" for name, value in args) + ")"
    else:
        call += ")"
    result = "result = " if op.success and op.success.type else ""
    out += ["```python", result + call, "```", ""]
    if paging and op.pagination:
        items, pages = paging
        text = (
            f"Every item of every page: `for item in client.{attr}.{items}(...)`; every page: "
            f"`client.{attr}.{pages}(...)`. They take the same arguments, start at "
            f"`{op.pagination.param}` and fetch each page as the loop reaches it "
            "(`async for` with `AsyncClient`)."
        )
        out += [text, ""]
    return out


def _errors(api: Api) -> list[str]:
    intro = (
        "Every error derives from `ApiError`; a status error carries `status_code`, `headers`, "
        "`body` (parsed as documented), `request_id` and `rate_limit`."
    )
    out = ["## Errors", "", intro, ""]
    for e in api.errors:
        out.append(f"- `{e.class_name}`: HTTP {e.status}, {comment_text(e.description)}")
    out += [
        "- `ClientStatusError` / `ServerStatusError`: any other 4xx / 5xx",
        "- `ApiConnectionError`, `ApiTimeoutError`: no answer from the server",
        "",
    ]
    return out


def _behaviour(api: Api) -> list[str]:
    idem = api.idempotency_header
    retry = (
        "Requests are retried (2 times by default, `max_retries=` per client or per call) with exponential "
        "backoff and jitter on connection errors, timeouts, 429 and 5xx, honouring `Retry-After` and the "
        "rate-limit headers. A POST or PATCH is never sent twice unless it certainly did not reach the server "
        "(connection refused) or was rejected before acting (429)"
    )
    retry += (
        f", or carries an idempotency key (`{idem}`, generated per call unless you pass `idempotency_key`)."
        if idem
        else "."
    )
    options = (
        'Per call: `request_options={"timeout": 5, "max_retries": 0, "extra_headers": {...}, '
        '"extra_query": {...}}`. `client.<resource>.with_raw_response.<method>(...)` returns an '
        "`ApiResponse` with `status_code`, `headers`, `request_id`, `rate_limit`, `content` and the "
        "parsed `data`."
    )
    return ["## Retries, timeouts, raw responses", "", retry, "", options, ""]


def changelog(api: Api) -> str:
    version = api.package.version
    return (
        f"# Changelog\n\n## {version}\n\n"
        f"- Generated from {comment_text(api.title)} {comment_text(api.version)}: "
        f"{len(api.operations)} operations, {len(api.models)} models.\n"
    )


_CHANGELOG_HEAD = "# Changelog\n\n"


def changelog_with_entry(api: Api, previous: str | None, changes: list[Change]) -> str:
    """The committed changelog with an entry for this version on top; older entries kept as
    they are, byte for byte. No date: nothing in the inputs says when it is released."""
    lines = [
        f"## {api.package.version}",
        "",
        (
            f"Generated from {comment_text(api.title)} {comment_text(api.version)}: "
            f"{len(api.operations)} operations, {len(api.models)} models."
        ),
    ]
    for kind in KINDS:
        for level, title in (("wire", "the API"), ("python", "the Python package")):
            picked = sorted({c.line() for c in changes if c.kind == kind and c.level == level})
            if picked:
                lines += ["", f"### {HEADINGS[kind]} ({title})", ""]
                lines += [f"- {comment_text(line)}" for line in picked]
    entry = "\n".join(lines) + "\n"
    rest = previous or _CHANGELOG_HEAD
    body = rest.removeprefix(_CHANGELOG_HEAD)
    return _CHANGELOG_HEAD + entry + ("\n" + body if body else "")
