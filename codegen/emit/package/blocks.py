"""The README's Python blocks: `ReadmeBlock` (code and the mock server's answer to it) and
`Call`, an operation's call as the README shows it, with the imports its values need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from codegen.emit.data.model import OpTest, value_imports
from codegen.ir.model import Api, Operation, Resource


@dataclass(frozen=True)
class ReadmeBlock:
    """A Python block, and what the mock server answers to it: (status, body literal, kind)
    or None when the block sends no request."""

    code: str
    answer: tuple[int, str | None, str] | None = None


@dataclass(frozen=True)
class Call:
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
Add = Callable[..., None]


def block(lines: list[str], answer: tuple[int, str | None, str] | None = None) -> ReadmeBlock:
    return ReadmeBlock("\n".join(lines).strip() + "\n", answer)


def client_import(api: Api) -> str:
    return f"from {api.package.name} import Client" + (", Environment" if api.servers else "")
