"""The path a generated test expects on the wire is the one httpx writes, whether it is
written as it is (plain characters) or through httpx itself."""

from __future__ import annotations

import random

import httpx

from codegen.emit.data.cases import wire_path


def _httpx(path: str) -> str:
    return httpx.URL("https://host" + path).raw_path.decode("ascii").split("?")[0]


def test_a_path_is_written_as_httpx_writes_it() -> None:
    paths = [
        "/invoices/INV-1",
        "/a:b/@c/!$&'()*+,;=/~x_y-z.json",
        "/v1//double",
        "/files/a b",
        '/q"uoted"',
        "/percent/%41%zz",
        "/dots/./here/../there/..",
        "/dot/.hidden/..x/.",
        "/caf\u00e9/\u2603",
        "/query?x=1",
        "/frag#ment",
        "/{braces}/<angle>/`tick`/^|\\",
        "relative/path",
        "",
    ]
    alphabet = ["/", ".", "..", "a", "Z", "9", "-", "_", "~", "%", "%2F", " ", '"', "?", "#",
                "{", "}", ":", "@", "!", "'", "(", "+", ";", "=", "\u00e9", "[", "]", "\\"]  # fmt: skip
    rng = random.Random(14)
    paths += [
        "/" + "".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(2000)
    ]
    for path in paths:
        assert wire_path(path) == _httpx(path), path
