"""The models module's source read quickly: its tokens and its top-level statements.

The module datamodel-code-generator writes for a large document is large (2.3 MB for GitHub's
description), and each finishing step read all of it with `tokenize` (1.5 s a pass) or
`ast.parse` (2 s). One compiled regular expression finds the same names, strings, comments
and operators in a fraction of that, and the statements a step must understand are parsed
alone. It reads the code datamodel-code-generator writes (no f-strings, which it never
writes, and whose nested quotes a regular expression could not follow).
"""

from __future__ import annotations

import ast
import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_STRING = r"""
    (?P<string>(?:[rRbBuU]{1,2})?
        (?:\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''|"(?:[^\\"\n]|\\.)*"|'(?:[^\\'\n]|\\.)*'))
    |(?P<comment>\#[^\n]*)
"""
# the strings that may span lines, as the tokens of `_STRING` would find them: each match is a
# run of code (one-line strings and comments included, in possessive loops the engine walks
# without backtracking) up to the next triple-quoted string, or up to a one-line string with
# an escaped line end, which it captures. The literals are those a scan from token to token
# finds, with the same quotes, escapes and comments, but a module of many strings gives a
# match per docstring rather than one per string, and each match is read here in Python (on
# GitHub's 2.3 MB of models, 200,000 strings: 0.1 s a scan, 0.04 s this way). Without the
# prefix letters, which never stand at a line's start, so the statements are the same.
_MULTI_LINE = re.compile(
    r"""
    (?:[^"'\#]++
      |"(?!"")[^"\\\n]*+(?:\\[^\n][^"\\\n]*+)*+"
      |'(?!'')[^'\\\n]*+(?:\\[^\n][^'\\\n]*+)*+'
      |\#[^\n]*+
    )*+
    (?P<string>\"\"\"[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*\"\"\"
        |'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''
        |"[^\\"\n]*(?:\\.[^\\"\n]*)*"
        |'[^\\'\n]*(?:\\.[^\\'\n]*)*')?
    """,
    re.VERBOSE | re.DOTALL,
)
_TOKEN = re.compile(
    _STRING + r"""
    |(?P<number>\.?\d(?:[eE][-+]?\d|[\w.])*)
    |(?P<name>[^\W\d]\w*)
    |(?P<op>[^\s\w])
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # string, comment, number, name or op
    text: str
    start: int  # offsets into the code
    end: int


def tokens(code: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of `code[start:end]` in order (whitespace and line ends left out), with
    offsets into `code`."""
    for m in _TOKEN.finditer(code, start, len(code) if end is None else end):
        kind = m.lastgroup or "op"
        yield Token(kind, m.group(), m.start(), m.end())


def statement_tokens(code: str, found: re.Pattern[str]) -> Iterator[list[Token]]:
    """The tokens of each top-level statement in which `found` matches, with offsets into
    `code`: only the statements that may need a change are read as tokens."""
    if not found.search(code):
        return
    for start, end in statements(code):
        if found.search(code, start, end):
            yield list(tokens(code, start, end))


def names_matching(code: str, words: Iterable[str]) -> Iterator[Token]:
    """The name tokens among `words` (never the text of a string or a comment)."""
    wanted = set(words)
    if not wanted:
        return
    found = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(wanted))) + r")\b")
    for statement in statement_tokens(code, found):
        yield from (t for t in statement if t.kind == "name" and t.text in wanted)


def rename(code: str, renames: dict[str, str]) -> str:
    """`code` with each name token (never a string's text) replaced as `renames` says."""
    return edit(code, [(t.start, t.end, renames[t.text]) for t in names_matching(code, renames)])


def edit(code: str, edits: list[tuple[int, int, str]]) -> str:
    """`code` with the (start, end, text) replacements made, put together in one pass (not
    one copy of the module per edit); the edits are in order and do not overlap."""
    if not edits:
        return code
    pieces, at = [], 0
    for start, end, text in edits:
        pieces += [code[at:start], text]
        at = end
    return "".join(pieces) + code[at:]


@functools.lru_cache(maxsize=4)  # the steps that change nothing read the same module again
def statements(code: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each top-level statement: from a line that begins at its first column,
    outside any string, to the next such line (comments and blank lines included)."""
    spans = [
        span
        for m in _MULTI_LINE.finditer(code)
        if (span := m.span("string"))[0] >= 0 and code.find("\n", *span) >= 0
    ]
    ends = [end for _, end in spans]
    starts = []
    for m in re.finditer(r"^\S", code, flags=re.MULTILINE):
        at = m.start()
        i = bisect.bisect_right(ends, at)  # the first string ending past this line's start
        if i < len(spans) and spans[i][0] < at:
            continue  # a line of a multi-line string
        starts.append(at)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return tuple(zip(starts, starts[1:] + [len(code)]))


_HEAD = re.compile(r"class (\w+)\b|(\w+): TypeAlias\b|(?:from|import)\b")


@dataclass(frozen=True)
class Statement:
    start: int
    end: int
    text: str
    name: str | None  # the class or type alias it defines
    imports: bool

    def parsed(self) -> ast.stmt:
        """The statement's syntax tree (its line numbers count from its own first line)."""
        return ast.parse(self.text).body[0]


def top_level(code: str) -> list[Statement]:
    """The module's top-level statements, each with the name it defines, if any."""
    out = []
    for start, end in statements(code):
        head = _HEAD.match(code, start)
        name = (head.group(1) or head.group(2)) if head else None
        imports = head is not None and name is None
        out.append(Statement(start, end, code[start:end], name, imports))
    return out


# a name and what follows it: a name before `=` is a keyword argument or the target of an
# assignment, and one before `:` a field being declared, unless it is an annotation itself
_NAME_USE = re.compile(
    _STRING + r"|(?<![.\w])(?P<name>[^\W\d]\w*)\b(?P<binds>\s*(?:=(?!=)|:))?",
    re.VERBOSE | re.DOTALL,
)


def names_read(code: str, start: int = 0, end: int | None = None) -> set[str]:
    """The names `code[start:end]` reads, not binds (never the text of a string or a comment,
    nor an attribute after a dot)."""
    out = set()
    for m in _NAME_USE.finditer(code, start, len(code) if end is None else end):
        if m.lastgroup == "string" or m.lastgroup == "comment":
            continue
        if m.group("binds") and code[m.start() - 2 : m.start()] != ": ":
            continue
        out.add(m.group("name"))
    return out
