"""The Jinja environment the client and test templates render in: one per process, each
template compiled once, and its compiled code kept beside the installed templates.

The compiled code lives in `templates/__pycache__/` (or under `PYTHONPYCACHEPREFIX`), as Python
keeps a module's: nothing is written under `python -B` or `PYTHONDONTWRITEBYTECODE`, a folder
that cannot be written keeps nothing, without an error, and an entry that cannot be read is
compiled again. An entry is used only while it was compiled from the same template text, by
the same Jinja version and environment settings (its checksum covers all three), so a stale
entry, say one shipped by mistake, is compiled again; the output is the same with the cache
or without it. `CODEGEN_CACHE_DIR=off` does not turn it off: that switch is for the results
the generator caches, and this is compiled code, as a `.pyc` is.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from functools import cache
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
_DIGEST = 32  # bytes of an entry's SHA-256, before its content

# the environment's settings that shape a template's compiled code (jinja2's `Environment`)
_COMPILING = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "optimized",
    "finalize",
    "is_async",
    "extensions",
)


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, keyed by the template's name and file; the
    checksum an entry must match is that of the text, Jinja's version and the settings."""

    def __init__(self, directory: Path, fingerprint: str) -> None:
        super().__init__(str(directory), "%s.jinja.cache")
        self.fingerprint = fingerprint

    def get_source_checksum(self, source: str) -> str:
        return hashlib.sha1(f"{self.fingerprint}\0{source}".encode()).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        # an entry is its content's hash, then the content: one cut short or damaged (whose
        # code could crash the interpreter when run) is a miss, compiled again and rewritten
        try:
            data = Path(self._get_cache_filename(bucket)).read_bytes()
        except OSError:
            return
        body = data[_DIGEST:]
        if hashlib.sha256(body).digest() != data[:_DIGEST]:
            return
        try:
            bucket.bytecode_from_string(body)
        except Exception:  # noqa: BLE001 - one written by another Python, say
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        # as Python keeps a `.pyc`: nothing under `python -B` or PYTHONDONTWRITEBYTECODE, and
        # readable by whoever may read the templates; an installation that cannot be written
        # (a system site-packages) compiles every time
        if sys.dont_write_bytecode:
            return
        body = bucket.bytecode_to_string()
        target = Path(self._get_cache_filename(bucket))
        partial: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # written apart, then renamed: a run reading it meanwhile finds the old or the new
            with tempfile.NamedTemporaryFile(
                dir=target.parent, prefix=target.name, suffix=".tmp", delete=False
            ) as file:
                partial = file.name
                file.write(hashlib.sha256(body).digest() + body)
            os.chmod(partial, TEMPLATES.stat().st_mode & 0o666)
            os.replace(partial, target)
        except OSError:
            if partial is not None:
                with contextlib.suppress(OSError):
                    os.remove(partial)


def fingerprint(environment: Environment) -> str:
    """Jinja's version and the settings of `environment` that shape compiled code."""
    values = {name: getattr(environment, name) for name in _COMPILING}
    values["extensions"] = sorted(environment.extensions)  # by name: an instance's repr varies
    settings = "; ".join(f"{name}={value!r}" for name, value in values.items())
    return f"jinja2 {jinja2.__version__}; {settings}"


def new_env() -> Environment:
    """An environment over the package's templates, without a bytecode cache."""
    return Environment(
        loader=PackageLoader("codegen", "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,
    )


@cache
def env() -> Environment:
    """The process's environment: a template is compiled (or loaded compiled) once."""
    environment = new_env()
    environment.bytecode_cache = CompiledTemplates(compiled_folder(), fingerprint(environment))
    return environment


def compiled_folder() -> Path:
    """Where Python keeps the compiled code of modules in the templates' folder: its
    `__pycache__`, or the same folder under `PYTHONPYCACHEPREFIX`."""
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *TEMPLATES.parts[1:])
    return TEMPLATES / "__pycache__"
