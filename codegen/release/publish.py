"""`codegen publish`: upload built packages with twine.

Credentials are twine's business: `TWINE_USERNAME` / `TWINE_PASSWORD`, `~/.pypirc` or a
keyring. They are passed through the environment, never on the command line, and nothing
printed here contains them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# what indexes answer for a file they already hold: 409 (pypiserver, most private
# indexes), 400 "File already exists" (PyPI)
# (400 with "already exists" in the body: pypiserver). twine shows the body with --verbose.
_EXISTS = re.compile(r"HTTPError: 409 |already exists", re.IGNORECASE)
_CREDENTIALS_IN_URL = re.compile(r"(https?://)[^/@\s]+@")


@dataclass(frozen=True)
class Uploaded:
    ok: bool
    already_there: bool
    message: str


def upload(files: list[Path], repository_url: str) -> Uploaded:
    """One twine upload, not retried: a version an index already has is reported as such."""
    command = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--verbose",  # the index's answer, which tells an existing file from other refusals
        "--repository-url",
        repository_url,
        *map(str, files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    output = redact(done.stdout + done.stderr)
    if done.returncode == 0:
        return Uploaded(True, False, "")
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if "HTTPError" in line or "ERROR" in line]
    message = (errors or lines or ["twine failed"])[-1]
    return Uploaded(False, bool(_EXISTS.search(output)), message)


def redact(text: str) -> str:
    """Text with any `user:password@` of a URL, and twine's password, taken out."""
    text = _CREDENTIALS_IN_URL.sub(r"\1***@", text)
    password = os.environ.get("TWINE_PASSWORD")
    return text.replace(password, "***") if password else text
