"""The package's README: set-up, credentials, errors, retries, pagination, raw and streamed
responses, and every operation with a call built from the document's examples.

Every Python block is runnable as written, one after the other (the set-up block makes
`client`): it imports what it uses, and the generated `tests/test_readme.py` runs each block
against a mock server that answers as `ReadmeBlock.answer` says.
"""

from __future__ import annotations

from codegen.emit.client.views import paging_methods
from codegen.emit.client.views.client import credential_arguments
from codegen.emit.data.model import ExampleData, key
from codegen.emit.package.blocks import Add, Call, ReadmeBlock, block, client_import
from codegen.emit.package.guide import credentials, errors, pagination, raw, retries
from codegen.emit.text import api_title, comment_text
from codegen.ir.model import Api

# a README listing more operations than this gets a table of contents by resource
_TOC_FROM = 10


def _calls(data: ExampleData) -> dict[str, Call]:
    return {k: Call(d.resource, d.op, d.args, d.case) for k, d in data.operations.items()}


def _fenced(block: ReadmeBlock, runnable: bool = True) -> list[str]:
    return ["```python" if runnable else "```", block.code.rstrip("\n"), "```", ""]


def readme_blocks(api: Api, data: ExampleData) -> tuple[str, list[ReadmeBlock]]:
    """The README's Markdown and its runnable blocks in order (the test's script)."""
    calls = _calls(data)
    blocks: list[ReadmeBlock] = []
    out: list[str] = []

    def add(block: ReadmeBlock, runnable: bool = True) -> None:
        if runnable:
            blocks.append(block)
        out.extend(_fenced(block, runnable))

    p = api.package
    out += [f"# {p.distribution}", ""]
    out.append(
        f"Typed Python client for the {api_title(api.title)}"
        + (f" (version {api.version})." if api.version else ".")
    )
    if api.description:
        out += ["", comment_text(api.description)]
    out += [
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
    ]
    many = len(api.operations) > _TOC_FROM
    if many:
        out += ["## Contents", ""]
        out += [
            (
                "- [Use](#use) · [Credentials](#credentials) · [Errors](#errors) · "
                "[Retries and timeouts](#retries-and-timeouts) · [Pagination](#pagination) · "
                "[Raw and streamed responses](#raw-and-streamed-responses)"
            ),
            "- Operations: "
            + ", ".join(f"[`{r.attr}`](#{r.attr}) ({len(r.operations)})" for r in api.resources),
            "",
        ]
    out += ["## Use", ""]
    setup = _setup_args(api)
    add(block([client_import(api), "", f"client = Client({', '.join(setup)})"]))
    out += [
        (
            "`AsyncClient` takes the same arguments; its methods are coroutines. Both are context "
            "managers."
        ),
        "",
    ]
    if api.servers:
        out += [
            "Servers (`environment=`): "
            + ", ".join(f"`Environment.{s.name}` ({s.url})" for s in api.servers)
            + ". `base_url=` overrides them.",
            "",
        ]
    probe = next(
        (c for c in calls.values() if c.test and c.op.http_method == "GET"),
        next((c for c in calls.values() if c.test), None),
    )
    credentials(api, out, add, setup)
    errors(api, out, add, probe)
    retries(api, out, add, probe)
    pagination(api, out, add, calls)
    raw(api, out, add, probe, calls)
    out += ["## Operations", ""]
    for r in api.resources:
        if many:
            out += [f"### {r.attr}", ""]
        paging = paging_methods(r)
        for op in r.operations:
            _operation(api, out, calls[key(r, op)], paging.get(op.py_name), add, many)
    return "\n".join(out).rstrip() + "\n", blocks


def _setup_args(api: Api) -> list[str]:
    # every credential, so that a pasted block runs without the environment variables
    args = [f'{name}="..."' for s in api.security_schemes for name in credential_arguments(s)]
    if api.servers:
        args.append(f"environment=Environment.{api.servers[-1].name}")
    else:
        args.append('base_url="https://api.example.com"')
    return args


def _operation(
    api: Api, out: list[str], call: Call, paging: tuple[str, str] | None, add: Add, many: bool
) -> None:
    op, attr = call.op, call.resource.attr
    head = comment_text(op.summary) or f"{op.http_method} {op.path}"
    level = "####" if many else "###"
    out += [
        f"{level} `client.{attr}.{op.py_name}()` — {head}",
        "",
        f"`{op.http_method} {op.path}`",
        "",
    ]
    if op.description and comment_text(op.description) != head:
        out += [comment_text(op.description), ""]
    result = "result = " if op.success and op.success.type else ""
    imports = call.imports(api)
    lines = [*imports, "", result + call.source()] if imports else [result + call.source()]
    add(block(lines, call.answer), runnable=call.test is not None)
    if paging and op.pagination:
        items, pages = paging
        out += [
            (
                f"Every item of every page: `for item in client.{attr}.{items}(...)`; every page: "
                f"`client.{attr}.{pages}(...)`. They take the same arguments and start at "
                f"`{op.pagination.param}`."
            ),
            "",
        ]
