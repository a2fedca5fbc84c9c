"""`tests/test_client_behaviour.py`: the client's behaviour on one operation of the package
(options, retries, rate limits, errors, raw responses), and the retry policy on writes with and
without a documented idempotency header."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from codegen.emit.data.model import TEST_BASE_URL, TOKEN_ANSWER, OpTest, token_urls, value_imports
from codegen.emit.text import literal
from codegen.ir.model import Api, Operation
from codegen.ir.responses import RUNTIME_ERRORS

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def behaviour_test(
    api: Api,
    env: Environment,
    every: list[tuple[Operation, OpTest]],
    auth_args: list[tuple[str, str]],
) -> str | None:
    """The client's behaviour on one operation (a read, if there is one), and the retry
    policy on writes with and without a documented idempotency header."""
    if not every:
        return None
    probe_op, probe = min(every, key=lambda pair: pair[0].http_method != "GET")
    keyed = next(
        (
            (op, t)
            for op, t in every
            if op.idempotency_header and op.http_method not in _SAFE_METHODS and not op.unsafe
        ),
        None,
    )
    unkeyed = None
    if not api.idempotency_header:
        writes = [
            (op, t)
            for op, t in every
            if not op.idempotency_header and op.http_method not in _SAFE_METHODS
        ]
        # the same method as the keyed write when there is one, to show the difference
        unkeyed = min(
            writes,
            key=lambda pair: keyed is not None and pair[0].http_method != keyed[0].http_method,
            default=None,
        )
    used = [t for t in (probe, keyed and keyed[1], unkeyed and unkeyed[1]) if t]
    models, stdlib = value_imports(api, [v for t in used for _, v in t.args])
    return env.get_template("tests/test_client_behaviour.py.jinja").render(
        package=api.package.name,
        probe=probe,
        keyed=keyed and _write_view(*keyed),
        unkeyed=unkeyed and _write_view(*unkeyed),
        token_arg=_token_arg(api, probe_op),
        auth_args=auth_args,
        token_urls=[literal(u) for u in token_urls(api)],
        token_answer=literal(TOKEN_ANSWER),
        models=models,
        stdlib=stdlib,
        error_names=literal(sorted(set(RUNTIME_ERRORS) | {e.class_name for e in api.errors})),
        rate_limit_headers=literal(_rate_limit_headers(api)[0]),
        rate_limit_expected=literal(_rate_limit_headers(api)[1]),
        base_url=literal(TEST_BASE_URL),
    )


def _write_view(op: Operation, t: OpTest) -> dict[str, Any]:
    return {
        "resource": t.resource,
        "method": t.method,
        "args": t.args,
        "status": t.status,
        "response_body": t.response_body,
        "http": op.http_method.lower(),
        "header": op.idempotency_header,
    }


def _token_arg(api: Api, op: Operation) -> str | None:
    """The constructor argument of the operation's credential that can be a callable; the
    last of its alternative, which the client puts on the request last."""
    schemes = {s.key: s for s in api.security_schemes}
    for key in reversed(op.security[0] if op.security else ()):
        s = schemes.get(key)
        if s is None or s.kind == "oauth2_client_credentials":
            continue
        return f"{s.py_name.removesuffix('username')}password" if s.kind == "basic" else s.py_name
    return None


def _rate_limit_headers(api: Api) -> tuple[dict[str, str], tuple[int | None, int, float]]:
    """Headers of an exhausted window (the provider's own names when its manifest gives
    them) with `Retry-After: 1`, and the (limit, remaining, reset) they mean."""
    if not api.rate_limit_headers:
        headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "Retry-After": "1"}
        return headers, (100, 0, 1.0)
    headers = {"Retry-After": "1"}
    expected: tuple[int | None, int, float] = (None, 0, 1.0)
    for i, fields in enumerate(api.rate_limit_headers.values()):
        left = "0" if i == 0 else "1000"
        limit = fields.get("limit")
        if isinstance(fields.get("remaining"), str):
            headers[str(fields["remaining"])] = left
        if isinstance(limit, str):
            headers[limit] = "100000"
        if i == 0:
            expected = (100000 if isinstance(limit, str) else limit, 0, 1.0)
    return headers, expected
