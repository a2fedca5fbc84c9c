"""Load the vendored runtime as a package, and give the tests a sync/async harness.

The runtime is copied verbatim into each generated package as `<package>/_runtime`, so it
only works as a subpackage (relative imports): here it becomes `rtpkg._runtime`.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "codegen" / "templates" / "runtime"
PACKAGE = "rtpkg"


def _load_runtime() -> types.ModuleType:
    if f"{PACKAGE}._runtime" in sys.modules:
        return sys.modules[f"{PACKAGE}._runtime"]
    parent = types.ModuleType(PACKAGE)
    parent.__path__ = []
    sys.modules[PACKAGE] = parent
    spec = importlib.util.spec_from_file_location(
        f"{PACKAGE}._runtime",
        RUNTIME_DIR / "__init__.py",
        submodule_search_locations=[str(RUNTIME_DIR)],
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    parent._runtime = module  # type: ignore[attr-defined]
    return module


rt = _load_runtime()

from rtpkg._runtime import client as client_module


@pytest.fixture(autouse=True)
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make every retry wait instant, recording how long it would have been."""
    recorded: list[float] = []

    def sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", sleep)
    monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    return recorded


class Harness:
    """One API for both cores: `request()` runs the async core on its own event loop."""

    def __init__(self, mode: str, config: Any, http_client: Any = None) -> None:
        self.mode = mode
        self.loop: asyncio.AbstractEventLoop | None = None
        if mode == "sync":
            self.core: Any = rt.SyncCore(config, http_client)
        else:
            self.loop = asyncio.new_event_loop()
            self.core = rt.AsyncCore(config, http_client)

    def request(self, call: Any, options: Any = None) -> Any:
        if self.loop is None:
            return self.core.request(call, options)
        return self.loop.run_until_complete(self.core.request(call, options))

    def send(self, call: Any, options: Any = None) -> Any:
        """The data alone, as a generated resource method gets it."""
        if self.loop is None:
            return self.core.send(call, options)
        return self.loop.run_until_complete(self.core.send(call, options))

    def close(self) -> None:
        if self.loop is None:
            self.core.close()
            return
        self.loop.run_until_complete(self.core.close())
        self.loop.close()


def config(**overrides: Any) -> Any:
    """A client configuration for tests; keyword arguments override its fields."""
    values: dict[str, Any] = {
        "base_url": "https://api.example.test/v1",
        "auth": {},
        "errors": {},
        "logger_name": "rtpkg",
    }
    values.update(overrides)
    return rt.ClientConfig(**values)


MakeHarness = Callable[..., Harness]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make(mode: str) -> Iterator[MakeHarness]:
    """`make(handler, **config)`: a harness whose requests go to `handler` (MockTransport)."""
    made: list[Harness] = []

    def factory(
        handler: Callable[[httpx.Request], httpx.Response] | None = None, **kw: Any
    ) -> Harness:
        http_client: Any = None
        if handler is not None:
            transport = httpx.MockTransport(handler)
            http_client = (
                httpx.Client(transport=transport)
                if mode == "sync"
                else httpx.AsyncClient(transport=transport)
            )
        harness = Harness(mode, config(**kw), http_client)
        made.append(harness)
        return harness

    yield factory
    for harness in made:
        harness.close()
