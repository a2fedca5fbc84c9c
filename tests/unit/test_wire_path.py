"""The path a generated test expects on the wire is the one httpx writes, whether it is
written as it is (plain characters) or through httpx itself."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import httpx

from codegen.emit.data.cases import wire_path

ROOT = Path(__file__).resolve().parents[2]


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
    alphabet = ["/", ".", "..", "a", "Z", "9", "-", "_", "~", "%", "%2F", "%3a", "%e2%98%83", " ", '"', "?", "#",
                "{", "}", ":", "@", "!", "'", "(", "+", ";", "=", "\u00e9", "[", "]", "\\"]  # fmt: skip
    rng = random.Random(14)
    paths += [
        "/" + "".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(2000)
    ]
    for path in paths:
        assert wire_path(path) == _httpx(path), path


def test_a_path_of_plain_characters_and_percent_escapes_needs_no_httpx() -> None:
    """httpx (with the command-line libraries it loads) is imported only for a path it would
    write otherwise than it is written."""
    probe = (
        "import sys; from codegen.emit.data.cases import wire_path;"
        " assert wire_path('/repos/o/r/git/refs/heads%2Ffeature-a') =="
        " '/repos/o/r/git/refs/heads%2Ffeature-a';"
        " assert wire_path('/artifacts/sha256%3a1bb1/x') == '/artifacts/sha256%3a1bb1/x';"
        " print('httpx' in sys.modules)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert ran.stdout.strip() == "False"
