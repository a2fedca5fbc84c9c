"""Every operation of a generated package, called through `Client` and `AsyncClient`.

Each call is one `Outcome`: the request the client sent, the status Prism answered, and the
problems found: Prism's violations (in its answer and in its log), an error the client
raised (an answer it could not parse, an error status), or arguments that could not be
built. A call is good when it has no problem.

The clients reach nothing but the mock server: every other host is answered by an in-process
transport, which hands out tokens at the documents' OAuth2 token URLs and refuses the rest.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

import httpx

from codegen.ir.model import Operation, Resource
from contract.arguments import call_arguments, credentials
from contract.errors import ContractError
from contract.prism import Mode, PrismServer
from contract.prism_log import LoggedRequest, answer_violations
from contract.providers import Loaded, operations

ClientKind = Literal["sync", "async", "raw"]
REQUEST_TIMEOUT = 15.0
CONTRACT_TOKEN = "contract-oauth2-token"


@dataclass
class Exchange:
    """A request the mock server answered, as the client's transport saw it."""

    method: str
    path: str
    status: int
    violations: list[str]


@dataclass
class Outcome:
    """One operation called through one client."""

    provider: str
    mode: Mode
    client: ClientKind
    operation: str  # resource.method, as in `client.invoices.create`
    method: str
    path: str  # the path template of the document
    exchanges: list[Exchange] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def status(self) -> int | None:
        return self.exchanges[-1].status if self.exchanges else None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Recorder:
    """Event hooks that keep each answer of the mock server."""

    prism_url: httpx.URL
    exchanges: list[Exchange] = field(default_factory=list)

    def response(self, response: httpx.Response) -> None:
        if self._from_prism(response):
            response.read()
            self._keep(response)

    async def response_async(self, response: httpx.Response) -> None:
        if self._from_prism(response):
            await response.aread()
            self._keep(response)

    def _from_prism(self, response: httpx.Response) -> bool:
        url = response.request.url
        return (url.host, url.port) == (self.prism_url.host, self.prism_url.port)

    def _keep(self, response: httpx.Response) -> None:
        request = response.request
        violations = answer_violations(response.headers, response.content)
        self.exchanges.append(
            Exchange(request.method, request.url.path, response.status_code, violations)
        )


def run_contract(
    loaded: Loaded, server: PrismServer, operation_ids: Collection[str] | None = None
) -> list[Outcome]:
    """Call every operation (or those named) with the sync client, then with the async one;
    then stop the server and pair each call with the request Prism logged for it."""
    chosen = [
        (resource, op)
        for resource, op in operations(loaded)
        if operation_ids is None or op.operation_id in operation_ids
    ]
    recorder = _Recorder(httpx.URL(server.base_url))
    try:
        outcomes = _run_sync(loaded, server, recorder, chosen)
        outcomes += asyncio.run(_run_async(loaded, server, recorder, chosen))
    finally:
        server.stop()  # its log is complete once it has stopped
    attach_log(outcomes, server.requests())
    return outcomes


def run_concurrently(
    loaded: Loaded, runs: Sequence[tuple[PrismServer, Collection[str] | None]]
) -> list[Outcome]:
    """`run_contract` on each server at the same time, one thread each.

    The calls to one server stay one after the other: Prism's log does not say which request
    a line is about, so only the order pairs a call with what Prism logged for it. The
    outcomes come back in the model's order of operations, per mode and client.
    """
    with ThreadPoolExecutor(max_workers=max(1, len(runs)), thread_name_prefix="contract") as pool:
        futures = [pool.submit(run_contract, loaded, server, ids) for server, ids in runs]
        outcomes = [o for future in futures for o in future.result()]
    rank = {f"{r.attr}.{op.py_name}": i for i, (r, op) in enumerate(operations(loaded))}
    modes: dict[str, int] = {}
    for server, _ in runs:
        modes.setdefault(server.mode, len(modes))
    clients = {"sync": 0, "async": 1}
    return sorted(
        outcomes,
        key=lambda o: (modes[o.mode], clients.get(o.client, 2), rank.get(o.operation, -1)),
    )


def _prism_running(server: PrismServer, outcome: Outcome) -> bool:
    """Whether the call can be made: not once Prism has exited (the outcome says why)."""
    if server.running:
        return True
    outcome.problems.append(f"Prism is not running: {server.exit_reason()}")
    return False


def _run_sync(
    loaded: Loaded,
    server: PrismServer,
    recorder: _Recorder,
    chosen: list[tuple[Resource, Operation]],
) -> list[Outcome]:
    transport = offline_guard(loaded, server.base_url)
    http = httpx.Client(
        timeout=REQUEST_TIMEOUT,
        mounts={server.base_url: httpx.HTTPTransport(), "all://": transport},
        event_hooks={"response": [recorder.response]},
    )
    client_class = loaded.module.Client
    outcomes = []
    with http, client_class(**_client_arguments(loaded, client_class, server, http)) as client:
        for resource, op in chosen:
            outcome = _outcome(loaded, server, "sync", resource, op)
            outcomes.append(outcome)
            if not _prism_running(server, outcome):
                continue
            before = len(recorder.exchanges)
            try:
                method = getattr(getattr(client, resource.attr), op.py_name)
                method(**call_arguments(loaded, op, method))
            except Exception as e:  # noqa: BLE001 - every failure of a call is a finding
                outcome.problems.append(describe(e))
            _record(outcome, recorder.exchanges[before:])
    return outcomes


async def _run_async(
    loaded: Loaded,
    server: PrismServer,
    recorder: _Recorder,
    chosen: list[tuple[Resource, Operation]],
) -> list[Outcome]:
    transport = offline_guard(loaded, server.base_url)
    http = httpx.AsyncClient(
        timeout=REQUEST_TIMEOUT,
        mounts={server.base_url: httpx.AsyncHTTPTransport(), "all://": transport},
        event_hooks={"response": [recorder.response_async]},
    )
    client_class = loaded.module.AsyncClient
    outcomes = []
    async with (
        http,
        client_class(**_client_arguments(loaded, client_class, server, http)) as client,
    ):
        for resource, op in chosen:
            outcome = _outcome(loaded, server, "async", resource, op)
            outcomes.append(outcome)
            if not _prism_running(server, outcome):
                continue
            before = len(recorder.exchanges)
            try:
                method = getattr(getattr(client, resource.attr), op.py_name)
                await method(**call_arguments(loaded, op, method))
            except Exception as e:  # noqa: BLE001 - every failure of a call is a finding
                outcome.problems.append(describe(e))
            _record(outcome, recorder.exchanges[before:])
    return outcomes


def run_raw(
    server: PrismServer, provider: str, requests: Sequence[tuple[str, httpx.Request]]
) -> list[Outcome]:
    """Send hand-made requests as they are, one `Outcome` each, named by its label; then stop
    the server and add what it logged, as `run_contract` does. An error status is a problem."""
    recorder = _Recorder(httpx.URL(server.base_url))
    outcomes = []
    try:
        with httpx.Client(
            timeout=REQUEST_TIMEOUT, event_hooks={"response": [recorder.response]}
        ) as http:
            for label, request in requests:
                outcome = Outcome(
                    provider, server.mode, "raw", label, request.method, request.url.path
                )
                before = len(recorder.exchanges)
                try:
                    http.send(request)
                except httpx.HTTPError as e:
                    outcome.problems.append(describe(e))
                _record(outcome, recorder.exchanges[before:])
                if outcome.status is not None and outcome.status >= 400:
                    outcome.problems.append(f"Prism answered {outcome.status}")
                outcomes.append(outcome)
    finally:
        server.stop()
    attach_log(outcomes, server.requests())
    return outcomes


def _client_arguments(
    loaded: Loaded, client_class: type, server: PrismServer, http: httpx.Client | httpx.AsyncClient
) -> dict[str, Any]:
    # no retries: each call is one request, which pairs it with one entry of Prism's log;
    # strict: a response that does not match the document must fail the call, not be kept
    return {
        **credentials(loaded, client_class),
        "base_url": server.base_url,
        "max_retries": 0,
        "http_client": http,
        "strict_response_validation": True,
    }


def _outcome(
    loaded: Loaded, server: PrismServer, client: ClientKind, resource: Resource, op: Operation
) -> Outcome:
    return Outcome(
        provider=loaded.provider.name,
        mode=server.mode,
        client=client,
        operation=f"{resource.attr}.{op.py_name}",
        method=op.http_method.upper(),
        path=op.path,
    )


def _record(outcome: Outcome, exchanges: list[Exchange]) -> None:
    outcome.exchanges = list(exchanges)
    if len(exchanges) != 1 and not outcome.problems:
        outcome.problems.append(f"the client sent {len(exchanges)} requests, not one")
    for exchange in exchanges:
        outcome.problems += [f"Prism (answer): {v}" for v in exchange.violations]


def attach_log(outcomes: list[Outcome], logged: list[LoggedRequest]) -> None:
    """Add to each call the problems Prism logged for its request.

    The calls were made one after the other, so Prism's log has their requests in the same
    order. A count that differs means the pairing cannot be trusted: every call says so.
    """
    sent = [(o, e) for o in outcomes for e in o.exchanges]
    if len(sent) != len(logged):
        for o in outcomes:
            o.problems.append(f"Prism logged {len(logged)} requests; the clients sent {len(sent)}")
        return
    for (outcome, exchange), entry in zip(sent, logged, strict=True):
        if (entry.method, unquote(entry.path)) != (exchange.method, unquote(exchange.path)):
            outcome.problems.append(
                f"Prism logged {entry.method} {entry.path} where the client sent "
                f"{exchange.method} {exchange.path}"
            )
            continue
        for problem in entry.problems:
            if problem not in outcome.problems:
                outcome.problems.append(problem)


def describe(error: BaseException) -> str:
    """A failed call in one line: what kind of failure, and the client's own message."""
    names = {cls.__name__ for cls in type(error).__mro__}
    text = " ".join(str(error).split())
    if "ResponseValidationError" in names:
        return f"the client could not parse the answer: {text}"
    if "ApiStatusError" in names:
        return f"the client raised {type(error).__name__}: {text}"
    if isinstance(error, ContractError):
        return f"cannot build the call: {text}"
    return f"the call raised {type(error).__name__}: {text}"


def offline_guard(loaded: Loaded, prism_url: str) -> httpx.MockTransport:
    """The transport for every host but the mock server's.

    OAuth2 client-credentials schemes get a token from their token URL: it is answered here,
    so a contract run never leaves the machine. Anything else is refused.
    """
    token_urls = {
        s.token_url.rstrip("/")
        for s in loaded.api.security_schemes
        if s.kind == "oauth2_client_credentials" and s.token_url
    }

    def handle(request: httpx.Request) -> httpx.Response:
        url = str(request.url.copy_with(query=None)).rstrip("/")
        if url in token_urls:
            token = {"access_token": CONTRACT_TOKEN, "token_type": "Bearer", "expires_in": 3600}
            return httpx.Response(200, content=json.dumps(token).encode(), request=request)
        raise httpx.ConnectError(
            f"a contract run talks only to the mock server at {prism_url}, not to {request.url}",
            request=request,
        )

    return httpx.MockTransport(handle)


def problems(outcomes: list[Outcome]) -> list[str]:
    """Each problem of the calls, as one line naming the call."""
    return [
        f"{o.provider} [{o.mode}, {o.client}] {o.operation} ({o.method} {o.path}): {p}"
        for o in outcomes
        for p in o.problems
    ]
