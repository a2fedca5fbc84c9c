"""Short text that a regular expression matches, for sample data: built from Python's parse of
the pattern (or of its Python spelling, when it is written for the models' Rust engine), and
checked with the engine the models use."""

from __future__ import annotations

import re
import warnings
from typing import Any

try:  # the parser of the re module, public under this name since 3.11
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

from codegen import patterns

# what Rust's regex syntax has and Python's parser lacks; every other escape is matched
# too, so that an escaped `(` or backslash is never read as the start of one of them
_RUST_ONLY = re.compile(r"(\\[pP](?:\{[^}]*\}|[A-Za-z])|\\.)|\(\?<(?![=!])", re.DOTALL)
_CLASS_CANDIDATES = "aA0 _-.,+$é€αя中"


def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A short string the regular expression matches (searched, as JSON Schema does), or None;
    as long as the length bounds ask, repeating what the pattern lets repeat.

    Built from Python's parse of the pattern, or of its Python spelling when it is written
    for the models' Rust engine (`\\p{L}`); checked with the engine the models use."""
    for spelling in (pattern, _python_spelling(pattern)):
        if spelling is None:
            continue
        try:
            with warnings.catch_warnings():  # `[[:alpha:]]` parses, with a FutureWarning
                warnings.simplefilter("ignore")
                parsed = sre_parse.parse(spelling)
            text = _walk(parsed, [0])
            if len(text) < min_length:
                text = _walk(parsed, [min_length - len(text)])
        except (re.error, ValueError, RecursionError, OverflowError):
            continue
        too_long = max_length is not None and len(text) > int(max_length)
        if not too_long and len(text) >= min_length and patterns.search(pattern, text):
            return text
    return None


def _python_spelling(pattern: str) -> str | None:
    """`pattern` with the Rust-only escapes Python's parser rejects replaced: a Unicode class
    (`\\p{L}`, `\\pN`, `\\P{C}`) by one character of it, `(?<name>` by `(?P<name>`, `\\z` by
    `\\Z`. None when nothing needed replacing, or a class has no character we know."""
    unknown = False

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        escape = match.group(1)
        if escape is None:
            return "(?P<"
        if escape == "\\z":
            return "\\Z"
        if escape[1] not in "pP":
            return escape
        char = _class_member(escape)
        if char is None:
            unknown = True
            return escape
        return re.escape(char)

    spelled = _RUST_ONLY.sub(replace, pattern)
    return None if unknown or spelled == pattern else spelled


def _class_member(escape: str) -> str | None:
    """A character of the Unicode class `escape` (`\\p{Lu}` -> `A`), by the models' engine."""
    return next((c for c in _CLASS_CANDIDATES if patterns.search(f"^{escape}$", c)), None)


def _walk(items: Any, grow: list[int]) -> str:
    """The shortest text of the parsed pattern, with `grow[0]` more characters (spent, and
    counted down, in the first repeats that allow them)."""
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = arg
            unit = _walk(sub, [0])
            count = int(low)
            if grow[0] > 0 and unit and high > low:
                extra = min(int(high) - count, -(-grow[0] // len(unit)))
                count += extra
                grow[0] -= extra * len(unit)
            out.append(unit * count)
        elif name == "SUBPATTERN":
            out.append(_walk(arg[-1], grow))
        elif name == "BRANCH":
            out.append(_walk(arg[1][0], grow))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def _in(items: Any) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    for op, arg in items:
        name = str(op)
        if negate:
            break
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(str(arg), "a")
    return "a"  # a negated class: any letter the class does not list would do; "a" is typical
