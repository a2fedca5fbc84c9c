"""Run inside a generated package's environment: the per-call overhead of its client over bare
httpx, both answered by the same `httpx.MockTransport` (no network, no server).

    PYTHONPATH=<package>/src python bench_probe.py PACKAGE [CALLS]

Prints JSON: the operation used, microseconds of CPU per call through the client and through
bare httpx (medians of alternating rounds), and their difference. The operation is the first
(reading ones first) whose required arguments are all strings and whose answer to `{}`
parses; credentials and those arguments are dummies.
"""

from __future__ import annotations

import importlib
import inspect
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

_CLIENT_OPTIONS = {"environment", "base_url", "timeout", "max_retries", "default_headers"}
_BASE = "http://bench.invalid"
_ROUND = 100  # calls per round (see `_per_call`)


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def _client(package: Any, http: httpx.Client) -> Any:
    init = inspect.signature(package.Client.__init__).parameters
    credentials = {
        name: "x" for name in init if name not in _CLIENT_OPTIONS | {"self", "http_client"}
    }
    return package.Client(base_url=_BASE, http_client=http, max_retries=0, **credentials)


def _operations(client: Any) -> list[tuple[str, Callable[[], Any]]]:
    found = []
    for attr, member in inspect.getmembers(type(client)):
        if attr.startswith("_") or not hasattr(member, "func"):  # cached properties only
            continue
        resource = getattr(client, attr)
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith(("_", "iter_")):
                continue
            params = inspect.signature(method).parameters.values()
            required = [p for p in params if p.default is inspect.Parameter.empty]
            if all(p.annotation in ("str", str) for p in required):
                args = {p.name: "x" for p in required}
                found.append((f"{attr}.{name}", lambda m=method, a=args: m(**a)))
    # reading operations first: their cost is the client's, not a body's serialization
    return sorted(found, key=lambda item: not item[0].split(".")[1].startswith(("get", "list")))


def _per_call(ours: Callable[[], Any], bare: Callable[[], Any], calls: int) -> tuple[float, float]:
    """Microseconds per call of each, the medians over rounds that take turns.

    CPU time of this thread, in short rounds alternating between the two: on a shared machine
    the time a process waits for a core, and a load that comes and goes, would otherwise
    land on one side of the difference.
    """
    ours(), bare()  # warm: first-use imports and caches
    rounds = max(calls // _ROUND, 1)
    times: dict[Callable[[], Any], list[float]] = {ours: [], bare: []}
    for _ in range(rounds):
        for call, spent in times.items():
            started = time.thread_time()
            for _ in range(_ROUND):
                call()
            spent.append((time.thread_time() - started) / _ROUND * 1e6)
    return statistics.median(times[ours]), statistics.median(times[bare])


def main() -> int:
    package = importlib.import_module(sys.argv[1])
    calls = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    client = _client(package, http)
    for name, call in _operations(client):
        try:
            call()
        except Exception:  # noqa: BLE001, S112 - an answer it cannot parse: try another operation
            continue
        ours, bare = _per_call(call, lambda: http.get(f"{_BASE}/x").json(), calls)
        print(json.dumps({"operation": name, "client_us": ours, "httpx_us": bare,
                          "overhead_us": ours - bare}))  # fmt: skip
        return 0
    print(json.dumps({"error": "no operation answers {} with a parsed result"}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
