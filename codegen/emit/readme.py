"""The package's README: set-up, credentials, errors, retries, pagination, raw and streamed
responses, and every operation with a call built from the document's examples.

Every Python block is runnable as written, one after the other (the set-up block makes
`client`): it imports what it uses, and the generated `tests/test_readme.py` runs each block
against a mock server that answers as `ReadmeBlock.answer` says.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from codegen.emit.examples import NoValue, call_arguments
from codegen.emit.tests import OpTest, op_test, value_imports
from codegen.emit.views import api_title, comment_text, literal, paging_methods
from codegen.emit.views.client import credential_arguments
from codegen.ir.model import Api, Operation, Resource

# a README listing more operations than this gets a table of contents by resource
_TOC_FROM = 10


@dataclass(frozen=True)
class ReadmeBlock:
    """A Python block, and what the mock server answers to it: (status, body literal, kind)
    or None when the block sends no request."""

    code: str
    answer: tuple[int, str | None, str] | None = None


@dataclass(frozen=True)
class _Call:
    """An operation's call as the README shows it, with the test's answer to it."""

    resource: Resource
    op: Operation
    args: tuple[tuple[str, str], ...]
    test: OpTest | None

    @property
    def answer(self) -> tuple[int, str | None, str] | None:
        t = self.test
        return None if t is None else (t.status, t.response_body, t.response_kind)

    def source(self, method: str | None = None, extra: str = "") -> str:
        call = f"client.{self.resource.attr}.{method or self.op.py_name}("
        items = [f"{name}={value}" for name, value in self.args] + ([extra] if extra else [])
        if not items:
            return call + ")"
        return call + "\n" + "".join(f"    {item},\n" for item in items) + ")"

    def imports(self, api: Api, *names: str) -> list[str]:
        models, stdlib = value_imports(api, [v for _, v in self.args])
        lines = [f"from {module} import {what}" for module, what in stdlib]
        own = sorted({*models, *names})
        if own:
            lines.append(f"from {api.package.name} import {', '.join(own)}")
        return lines


# adds a block to the README (and to the test's script, unless it is not runnable)
_Add = Callable[..., None]


def _calls(api: Api) -> dict[str, _Call]:
    out = {}
    for r in api.resources:
        for op in r.operations:
            test = op_test(api, r, op)
            if isinstance(test, OpTest):
                out[op.operation_id] = _Call(r, op, test.args, test)
            else:  # shown, but not run: no valid value is known for some argument
                try:
                    args = tuple(call_arguments(api, op, strict=True))
                except NoValue:
                    args = tuple(call_arguments(api, op))
                out[op.operation_id] = _Call(r, op, args, None)
    return out


def _block(lines: list[str], answer: tuple[int, str | None, str] | None = None) -> ReadmeBlock:
    return ReadmeBlock("\n".join(lines).strip() + "\n", answer)


def _fenced(block: ReadmeBlock, runnable: bool = True) -> list[str]:
    return ["```python" if runnable else "```", block.code.rstrip("\n"), "```", ""]


def readme_blocks(api: Api) -> tuple[str, list[ReadmeBlock]]:
    """The README's Markdown and its runnable blocks in order (the test's script)."""
    calls = _calls(api)
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
    add(_block([_client_import(api), "", f"client = Client({', '.join(setup)})"]))
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
    _credentials(api, out, add, setup)
    _errors(api, out, add, probe)
    _retries(api, out, add, probe)
    _pagination(api, out, add, calls)
    _raw(api, out, add, probe, calls)
    out += ["## Operations", ""]
    for r in api.resources:
        if many:
            out += [f"### {r.attr}", ""]
        paging = paging_methods(r)
        for op in r.operations:
            _operation(api, out, calls[op.operation_id], paging.get(op.py_name), add, many)
    return "\n".join(out).rstrip() + "\n", blocks


def _client_import(api: Api) -> str:
    return f"from {api.package.name} import Client" + (", Environment" if api.servers else "")


def _setup_args(api: Api) -> list[str]:
    # every credential, so that a pasted block runs without the environment variables
    args = [f'{name}="..."' for s in api.security_schemes for name in credential_arguments(s)]
    if api.servers:
        args.append(f"environment=Environment.{api.servers[-1].name}")
    else:
        args.append('base_url="https://api.example.com"')
    return args


def _credentials(api: Api, out: list[str], add: _Add, setup: list[str]) -> None:
    out += ["## Credentials", ""]
    if not api.security_schemes:
        out += ["The API documents no credentials.", ""]
        return
    out += [
        "Credentials come from the arguments or from the environment: "
        + ", ".join(f"`{s.py_name}` (`{s.env_var}`)" for s in api.security_schemes)
        + ". They never appear in logs, exceptions or reprs.",
        "",
    ]
    dynamic = next(
        (s for s in api.security_schemes if s.kind not in ("basic", "oauth2_client_credentials")),
        None,
    )
    if dynamic is not None:
        out += [
            (
                f"`{dynamic.py_name}=` also takes a function, asked for the value each time a request "
                "needs it (a coroutine function for `AsyncClient`): plug in a token that refreshes. "
                "After a 401 the function is asked once more and the request repeated."
            ),
            "",
        ]
        others = [a for a in setup if not a.startswith(f"{dynamic.py_name}=")]
        add(
            _block(
                [
                    _client_import(api),
                    "",
                    "",
                    "def current_token() -> str:",
                    '    return "..."  # e.g. read from your token store, refreshed when it expires',
                    "",
                    "",
                    f"client = Client({', '.join([f'{dynamic.py_name}=current_token', *others])})",
                ]
            )
        )
    if any(s.kind == "oauth2_client_credentials" for s in api.security_schemes):
        out += [
            (
                "OAuth2 client credentials fetch their token themselves and refresh it before it "
                "expires."
            ),
            "",
        ]


def _errors(api: Api, out: list[str], add: _Add, probe: _Call | None) -> None:
    out += [
        "## Errors",
        "",
        (
            "Every error derives from `ApiError`; a status error carries `status_code`, `headers`, "
            "`body` (parsed as documented), `request_id` and `rate_limit`."
        ),
        "",
    ]
    for e in api.errors:
        what = f"HTTP {e.status[0]}xx" if e.status.endswith("XX") else f"HTTP {e.status}"
        out.append(f"- `{e.class_name}`: {what}, {comment_text(e.description)}")
    out += [
        "- `ClientStatusError` / `ServerStatusError`: any other 4xx / 5xx",
        "- `ApiConnectionError`, `ApiTimeoutError`: no answer from the server",
        (
            "- `ResponseValidationError`: a success whose body does not match its documented "
            "type, with `strict_response_validation=True`"
        ),
        "- `MissingCredentialsError`: the operation needs credentials the client was not given",
        "",
        (
            "Responses are read leniently by default: a value that does not match the document "
            "(a wrong type, a missing required property) is kept as the server sent it, on the "
            "model that holds it, while the rest of the response is typed; a warning on the "
            f"`{api.package.name}` logger names the operation and each JSON location. "
            "`Client(strict_response_validation=True)` raises `ResponseValidationError` "
            "instead."
        ),
        "",
    ]
    if probe is not None:
        names = ("ApiError", "NotFoundError", "RateLimitError")
        body = ["try:", *(f"    {line}" for line in probe.source().split("\n"))]
        add(
            _block(
                [
                    *probe.imports(api, *names),
                    "",
                    *body,
                    "except NotFoundError as error:",
                    '    print("not found:", error.status_code, error.request_id)',
                    "except RateLimitError as error:",
                    '    print("rate limited; try again in", error.rate_limit and error.rate_limit.reset, "s")',
                    "except ApiError as error:",
                    '    print("failed:", error)',
                ],
                (404, literal({"message": "not found"}), "json"),
            )
        )


def _retries(api: Api, out: list[str], add: _Add, probe: _Call | None) -> None:
    idem = api.idempotency_header
    keyed = [op for op in api.operations if op.idempotency_header]
    text = (
        "A request is sent again (2 retries by default, `max_retries=` per client or per call), "
        "with exponential backoff and jitter, honouring `Retry-After` and the rate-limit "
        "headers, only when that is safe: a GET, HEAD or OPTIONS; a request the server never "
        "acted on (a refused connection, a 408 or a 429; after a 401, once, when a credential "
        "function can give a new value); or a write that carries an idempotency key. "
        "Otherwise a POST, PUT, PATCH or DELETE is not sent twice: a timeout or a 5xx "
        "is raised."
    )
    if idem:
        text += f" Every write gets a fresh key per call in `{idem}` (the same on each retry)."
    elif keyed:
        headers = sorted({op.idempotency_header for op in keyed if op.idempotency_header})
        text += (
            f" The {len(keyed)} operations that document an idempotency header "
            f"({', '.join(f'`{h}`' for h in headers)}) get a fresh key per call, the same on "
            "each retry; a method's docstring says so."
        )
    text += ' Pass your own key with `request_options={"idempotency_key": ...}`.'
    out += ["## Retries and timeouts", "", text, ""]
    if probe is not None:
        options = '{"timeout": 5.0, "max_retries": 0}'
        add(
            _block(
                [
                    *probe.imports(api),
                    "",
                    probe.source(extra=f"request_options={options}"),
                ],
                probe.answer,
            )
        )
    out += [
        (
            "`timeout=` is seconds (or an `httpx.Timeout`) per request; `request_options` also "
            'takes `"extra_headers"` and `"extra_query"`.'
        ),
        "",
    ]


def _pagination(api: Api, out: list[str], add: _Add, calls: dict[str, _Call]) -> None:
    paged = next((c for c in calls.values() if c.op.pagination and c.test), None)
    if paged is None:
        return
    assert paged.op.pagination is not None
    items, _ = paging_methods(paged.resource)[paged.op.py_name]
    answer = paged.answer
    if answer is not None and answer[1] is not None:
        # one empty page: the loop ends after it
        answer = (answer[0], _emptied(answer[1], paged.op.pagination.items), answer[2])
    out += [
        "## Pagination",
        "",
        (
            "An operation that pages has two iterators: `iter_<method>()` over every item of every "
            "page and `iter_<method>_pages()` over the pages, each page fetched as the loop reaches "
            "it (`async for` with `AsyncClient`)."
        ),
        "",
    ]
    loop = paged.source(items).split("\n")
    add(
        _block(
            (
                [
                    *paged.imports(api),
                    "",
                    f"for item in {loop[0]}",
                    *loop[1:-1],
                    f"{loop[-1]}:" if len(loop) > 1 else "",
                    "    print(item)",
                ]
                if len(loop) > 1
                else [*paged.imports(api), "", f"for item in {loop[0]}:", "    print(item)"]
            ),
            answer,
        )
    )


def _emptied(body: str, items: str) -> str:
    """The page body with its items emptied (a dotted path of wire names)."""
    data = ast.literal_eval(body)
    node = data
    parts = items.split(".")
    for part in parts[:-1]:
        if not isinstance(node, dict):
            return body
        node = node.get(part)
    if isinstance(node, dict):
        node[parts[-1]] = []
    return literal(data)


def _raw(api: Api, out: list[str], add: _Add, probe: _Call | None, calls: dict[str, _Call]) -> None:
    out += [
        "## Raw and streamed responses",
        "",
        (
            "`client.<resource>.with_raw_response.<method>(...)` returns an `ApiResponse` with "
            "`status_code`, `headers`, `request_id`, `rate_limit`, `content` and the parsed `data`."
        ),
        "",
    ]
    if probe is not None:
        source = probe.source().replace(
            f"client.{probe.resource.attr}.", f"client.{probe.resource.attr}.with_raw_response.", 1
        )
        add(
            _block(
                [
                    *probe.imports(api),
                    "",
                    f"response = {source}",
                    "print(response.status_code, response.request_id, response.rate_limit)",
                    "data = response.data",
                ],
                probe.answer,
            )
        )
    streams = [c for c in calls.values() if c.test and c.test.response_kind in ("binary", "text")]
    if streams:
        out += [
            (
                "A file or text result can also be read as it arrives, with "
                "`with_streaming_response` (`async with` and `async for` with `AsyncClient`):"
            ),
            "",
        ]
        c = streams[0]
        source = c.source().replace(
            f"client.{c.resource.attr}.", f"client.{c.resource.attr}.with_streaming_response.", 1
        )
        lines = source.split("\n")
        lines[-1] += " as response:"
        add(
            _block(
                (
                    [
                        *c.imports(api),
                        "",
                        f"with {lines[0]}",
                        *lines[1:],
                        "    for chunk in response.iter_bytes():",
                        "        print(len(chunk))",
                    ]
                    if len(lines) > 1
                    else [
                        *c.imports(api),
                        "",
                        f"with {lines[0]}",
                        "    for chunk in response.iter_bytes():",
                        "        print(len(chunk))",
                    ]
                ),
                c.answer,
            )
        )


def _operation(
    api: Api, out: list[str], call: _Call, paging: tuple[str, str] | None, add: _Add, many: bool
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
    add(_block(lines, call.answer), runnable=call.test is not None)
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
