"""The README's guide sections, each shown on a call of the package's own: credentials,
errors, retries and timeouts, pagination, raw and streamed responses."""

from __future__ import annotations

import ast

from codegen.emit.client.views import paging_methods
from codegen.emit.package.blocks import Add, Call, block, client_import
from codegen.emit.text import comment_text, literal
from codegen.ir.model import Api


def credentials(api: Api, out: list[str], add: Add, setup: list[str]) -> None:
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
            block(
                [
                    client_import(api),
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


def errors(api: Api, out: list[str], add: Add, probe: Call | None) -> None:
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
            block(
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


def retries(api: Api, out: list[str], add: Add, probe: Call | None) -> None:
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
            block(
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


def pagination(api: Api, out: list[str], add: Add, calls: dict[str, Call]) -> None:
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
        block(
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


def raw(api: Api, out: list[str], add: Add, probe: Call | None, calls: dict[str, Call]) -> None:
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
            block(
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
            block(
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
