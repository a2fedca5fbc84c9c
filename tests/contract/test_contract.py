"""Every operation of every generated package, judged by a Prism mock server.

Prism serves the package's own `openapi.json` and checks each request the generated `Client`
and `AsyncClient` send; the typed clients must then parse its answers: the document's
examples (static) and data Prism generates (dynamic). Where Prism cannot serve or check the
document as it is, it serves copies changed as `contract.documents` says, each change listed
in the summary. A small document of constructs the providers do not have yet
(tests/contract/data) runs the same way, and hand-broken requests show that the checks catch
what they are there to catch.

`CONTRACT_GENERATED=<folder>` runs the packages of another folder than `generated/`.
"""

from __future__ import annotations

import base64
import os
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from contract.calls import (
    Outcome,
    offline_guard,
    problems,
    run_concurrently,
    run_raw,
)
from contract.cycles import apply_cuts, find_cuts
from contract.documents import served_documents, write_document
from contract.errors import PrismError
from contract.prism import HOST, MODES, ROOT, PrismGroup, PrismServer, SchemaCheck, prism_executable
from contract.providers import Provider, discover, load

GENERATED = Path(os.environ.get("CONTRACT_GENERATED") or ROOT / "generated").resolve()
# Packages not yet under contract, each with the reason; listed, never silently left out.
PENDING: dict[str, str] = {}
PROVIDERS = [p for p in discover(GENERATED) if p.name not in PENDING]
UNCHECKED = Path(__file__).parent / "data" / "unchecked.yaml"


def test_there_are_providers_to_check() -> None:
    assert PROVIDERS, f"no {GENERATED}/*/openapi.json: nothing for the contract tests to check"


def test_pending_providers_exist_and_say_why() -> None:
    generated = {p.name for p in discover(GENERATED)}
    for name, reason in PENDING.items():
        assert name in generated, f"{name} is listed as pending but is not generated"
        assert reason
        print(f"not under contract yet: {name}: {reason}")


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.name)
def test_every_operation_passes_prism(
    provider: Provider,
    prism: PrismGroup,
    table: list[Outcome],
    served_changes: list[str],
    tmp_path: Path,
) -> None:
    _check_every_operation(provider, prism, table, served_changes, tmp_path)


def test_every_construct_passes_prism(
    constructs: Provider,
    prism: PrismGroup,
    table: list[Outcome],
    served_changes: list[str],
    tmp_path: Path,
) -> None:
    _check_every_operation(constructs, prism, table, served_changes, tmp_path)


def _check_every_operation(
    provider: Provider,
    prism: PrismGroup,
    table: list[Outcome],
    served_changes: list[str],
    folder: Path,
) -> None:
    loaded = load(provider)
    served = [s for mode in MODES for s in served_documents(loaded, mode, folder)]
    served_changes += [f"{provider.name} [{s.mode}] {c}" for s in served for c in s.changes]
    # beside the servers: the schemas Prism would skip the checks of, without a word. The
    # static copies have every schema the dynamic ones have: these differ only where a cut
    # property is left out, which leaves nothing to compile.
    check = SchemaCheck([s.path for s in served if s.mode == "static"]).launch()
    try:
        servers = prism.start([(s.path, s.mode) for s in served])
        outcomes = run_concurrently(
            loaded, [(server, s.operation_ids) for server, s in zip(servers, served, strict=True)]
        )
        unchecked = check.result()
    finally:
        check.stop()
    table.extend(outcomes)
    calls = [(o.mode, o.client, o.operation) for o in outcomes]
    assert len(calls) == len(set(calls)), "an operation was called twice in one mode"
    assert {(o.mode, o.client) for o in outcomes} == {
        (mode, client) for mode in MODES for client in ("sync", "async")
    }
    assert len(outcomes) == 2 * len(MODES) * len(loaded.api.operations)
    assert not unchecked, "Prism cannot check these schemas:\n" + "\n".join(unchecked)
    found = problems(outcomes)
    assert not found, "\n".join(found)


def test_prism_catches_broken_requests(
    constructs: Provider, prism: PrismGroup, tmp_path: Path
) -> None:
    loaded = load(constructs)
    served = served_documents(loaded, "static", tmp_path)[0]
    (server,) = prism.start([(served.path, "static")])
    url = server.base_url
    key = {"x-api-key": "contract-api-key"}
    tenant = {**key, "X-Tenant-Id": "00000000-0000-4000-8000-000000000000"}
    basic = {"authorization": "Basic " + base64.b64encode(b"user:secret").decode()}
    note = f"{url}/accounts/ABC-12/notes"
    sent = [
        ("valid note", httpx.Request("POST", note, headers=key, json={"text": "hello"})),
        ("text as a number", httpx.Request("POST", note, headers=key, json={"text": 12345})),
        ("no text", httpx.Request("POST", note, headers=key, json={"pinned": True})),
        ("no api key", httpx.Request("POST", note, json={"text": "hello"})),
        (
            "code off its pattern",
            httpx.Request("POST", f"{url}/accounts/abc/notes", headers=key, json={"text": "hello"}),
        ),
        ("item id as a word", httpx.Request("GET", f"{url}/items/abc", headers=basic)),
        ("no status", httpx.Request("GET", f"{url}/items", headers=tenant)),
        ("limit of 0", httpx.Request("GET", f"{url}/items?status=ACTIVE&limit=0", headers=tenant)),
    ]
    outcomes = {o.operation: o for o in run_raw(server, constructs.name, sent)}

    assert outcomes["valid note"].ok, outcomes["valid note"].problems
    # what each request breaks, as Prism names it in its log and in its answer
    broken = {
        "text as a number": "text must be string",
        "no text": "required property 'text'",
        "no api key": "Invalid security scheme",
        "code off its pattern": "account_code must match pattern",
        "item id as a word": "item_id must be integer",
        "no status": "required property 'status'",
        "limit of 0": "limit must be >= 1",
    }
    for label, words in broken.items():
        outcome = outcomes[label]
        logged = [p for p in outcome.problems if p.startswith("Prism: ")]
        answer = [p for p in outcome.problems if p.startswith("Prism (answer): ")]
        assert outcome.status is not None and 400 <= outcome.status < 500, (label, outcome.status)
        assert any(words in p for p in logged), (label, outcome.problems)
        assert any(words in p for p in answer), (label, outcome.problems)

    # run_raw stopped the server: nothing is left listening
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection((HOST, server.port), timeout=1).close()


def test_prism_needs_the_served_copies(
    constructs: Provider, prism: PrismGroup, tmp_path: Path
) -> None:
    """What Prism does with the document as it is, which the served copies work around: when
    Prism stops doing it, this fails, and the copy's change can go."""
    loaded = load(constructs)
    main, apart = served_documents(loaded, "static", tmp_path)
    as_is, served, served_apart = prism.start(
        [(constructs.document, "static"), (main.path, "static"), (apart.path, "static")]
    )
    key = {"x-api-key": "contract-api-key"}
    get = ("GET /folders/7", {"method": "GET", "url": "/folders/7"})
    post = ("POST /folders", {"method": "POST", "url": "/folders", "json": {"name": "Reports"}})

    def send(server: PrismServer, *calls: tuple[str, dict[str, Any]]) -> dict[str, Outcome]:
        sent = [
            (
                label,
                httpx.Request(
                    c["method"], server.base_url + c["url"], headers=key, json=c.get("json")
                ),
            )
            for label, c in calls
        ]
        return {o.operation: o for o in run_raw(server, constructs.name, sent)}

    original = send(as_is, get, post)
    # GET /folders/{folder_id} is routed to /folders/{folder_name}, later in the document
    assert any("folder_name must match pattern" in p for p in original[get[0]].problems)
    # the document's answer breaks its schema: Prism answers it, then rejects it with a 500
    assert original[post[0]].status == 500, original[post[0]].problems
    assert any("files must be array" in p for p in original[post[0]].problems)
    assert send(served_apart, get)[get[0]].ok
    assert send(served, post)[post[0]].ok


def test_prism_skips_the_checks_of_a_schema_it_cannot_compile(
    prism: PrismGroup, tmp_path: Path
) -> None:
    """Why each run checks that Prism can compile every schema it serves, and cuts cycles."""
    code, tree = SchemaCheck([UNCHECKED]).result()
    assert "addCode: request body application/json: Invalid regular expression" in code
    assert "addTree: request body application/json: can't resolve reference" in tree
    assert "(Prism: Keys items_2 through items_20 already taken.)" in tree
    # with its cycle cut, Prism can compile the tree
    document = yaml.safe_load(UNCHECKED.read_text(encoding="utf-8"))
    apply_cuts(document, find_cuts(document), "static")
    cut = write_document(document, tmp_path / "cut.json")
    (code_again,) = SchemaCheck([cut]).result()
    assert "addCode" in code_again

    (server,) = prism.start([(UNCHECKED, "static")])
    broken = [
        ("code", {"code": 5, "count": "many"}),
        ("tree", {"list1": [{"children": "none"}]}),  # no name, children no array
    ]
    sent = [
        (label, httpx.Request("POST", f"{server.base_url}/{label}s", json=body))
        for label, body in broken
    ]
    for outcome in run_raw(server, "unchecked", sent):
        assert outcome.status == 204 and outcome.ok, (outcome.operation, outcome.problems)


def test_calls_to_a_prism_that_exited_say_why(
    constructs: Provider, prism: PrismGroup, tmp_path: Path
) -> None:
    loaded = load(constructs)
    served = served_documents(loaded, "static", tmp_path)[0]
    (server,) = prism.start([(served.path, "static")])
    server.stop()  # as when Prism runs out of memory during a run
    outcomes = run_concurrently(loaded, [(server, served.operation_ids)])
    assert len(outcomes) == 2 * len(served.operation_ids)
    reason = server.exit_reason()
    assert reason.startswith("Prism exited with status -15: "), reason
    for outcome in outcomes:
        assert outcome.problems == [f"Prism is not running: {reason}"]


def test_the_clients_reach_nothing_but_the_mock_server(constructs: Provider) -> None:
    loaded = load(constructs)
    token_url = next(s.token_url for s in loaded.api.security_schemes if s.token_url)
    with httpx.Client(transport=offline_guard(loaded, "http://127.0.0.1:1")) as http:
        token = http.post(token_url, data={"grant_type": "client_credentials"})
        assert token.status_code == 200 and token.json()["access_token"]
        with pytest.raises(httpx.ConnectError, match="only to the mock server"):
            http.get("https://api.constructs.test/v2/items")


def test_a_prism_that_cannot_start_fails_with_its_reason(tmp_path: Path) -> None:
    with pytest.raises(PrismError, match="not installed.*npm ci"):
        prism_executable(tmp_path)
    server = PrismServer(tmp_path / "missing.json", start_timeout=20)
    with pytest.raises(PrismError, match="exited with status"):
        server.start()
    assert not server.running


def test_a_prism_that_exits_says_why_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "prism"
    fake.write_text(
        "#!/bin/sh\n"
        "echo 'Prism is listening'\n"
        "echo 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'\n"
        "echo ' 1: 0xb78db3 node::OOMErrorHandler'\n"
        "exit 134\n"
    )
    fake.chmod(0o755)
    server = PrismServer(tmp_path / "any.json", executable=fake).launch()
    while server.running:
        time.sleep(0.05)
    server.stop()
    assert server.exit_reason() == (
        "Prism exited with status 134: FATAL ERROR: Reached heap limit Allocation failed - "
        "JavaScript heap out of memory"
    )
