"""The Jinja environment the client and test templates render in: one per process, each
template compiled once, and its compiled code kept beside the installed templates.

The compiled code lives in `templates/__pycache__/`, as Python keeps a module's: a folder that
cannot be written keeps nothing, without an error. An entry is used only while it was compiled
from the same template text, by the same Jinja version and environment settings (its checksum
covers all three), so a stale entry, say one shipped by mistake, is compiled again; the output
is the same with the cache or without it. `CODEGEN_CACHE_DIR=off` does not turn it off: that
switch is for the results the generator caches, and this is compiled code, as a `.pyc` is.
"""

from __future__ import annotations

import os
import pickle
from functools import cache
from hashlib import sha1
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

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
        return sha1(f"{self.fingerprint}\0{source}".encode()).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        # an entry that cannot be read, or not as an entry, is a miss
        try:
            super().load_bytecode(bucket)
        except (OSError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        # an installation that cannot be written (a system site-packages) compiles every time
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


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
    environment.bytecode_cache = CompiledTemplates(
        TEMPLATES / "__pycache__", fingerprint(environment)
    )
    return environment
