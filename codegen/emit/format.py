"""Formatting generated Python with black, in memory."""

from __future__ import annotations

import black
import isort

from codegen.errors import InputError, Problem

_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


def format_python(code: str, name: str, package: str) -> str:
    """Sort imports as ruff's isort rules expect, then black-format one module.

    Code that does not parse is a generator bug, reported as such.
    """
    try:
        code = isort.code(code, config=_isort_config(package))
        return black.format_str(code, mode=_MODE)
    except black.parsing.InvalidInput as exc:
        raise InputError(
            [
                Problem(
                    name,
                    "",
                    f"generated code does not parse: {exc}",
                    "a construct of the document produced invalid Python; please report it",
                )
            ]
        ) from None


_ISORT: dict[str, isort.Config] = {}


def _isort_config(package: str) -> isort.Config:
    if package not in _ISORT:
        _ISORT[package] = isort.Config(
            profile="black",
            line_length=100,
            known_first_party=[package],
            combine_as_imports=True,
            float_to_top=False,
        )
    return _ISORT[package]
