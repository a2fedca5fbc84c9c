"""Every Python block of the package's README, run in order as a reader would paste them,
against a mock server that answers each block's request as documented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from bookeeping._runtime import client as runtime_client

README = Path(__file__).resolve().parents[1] / "README.md"
# the answer to each block's requests, in order: (status, body, kind), or None for a block
# that sends nothing
ANSWERS: list[tuple[int, object, str] | None] = [
    None,
    None,
    (404, {"message": "not found"}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
    (200, {}, "json"),
]


def _blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)


def test_every_readme_block_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks()
    assert len(blocks) == len(ANSWERS)
    current: list[tuple[int, object, str] | None] = [None]
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = current[0]
        assert answer is not None, "this block was not expected to send a request"
        status, body, kind = answer
        if body is None:
            return httpx.Response(status)
        if kind in ("binary", "text") or (
            isinstance(body, str) and not body.startswith(("{", "["))
        ):
            return httpx.Response(status, content=str(body).encode())
        return httpx.Response(status, json=body)

    class MockedClient(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            kwargs["transport"] = httpx.MockTransport(handle)
            super().__init__(**kwargs)

    monkeypatch.setattr(httpx, "Client", MockedClient)
    monkeypatch.setattr(runtime_client, "_sleep", lambda seconds: None)
    namespace: dict[str, object] = {}
    for number, (code, answer) in enumerate(zip(blocks, ANSWERS, strict=True), start=1):
        current[0] = answer
        before = len(seen)
        # the README's own text, run as a reader runs it: that is what this test checks
        exec(compile(code, f"README.md, Python block {number}", "exec"), namespace)  # noqa: S102
        if answer is not None:
            assert len(seen) > before, f"block {number} sent no request"
