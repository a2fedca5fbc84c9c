"""The models module's fast reader finds what `tokenize` and `ast` find: the same tokens, the
same top-level statements, and renames that never reach a string, a docstring or a comment."""

from __future__ import annotations

import ast
import io
import random
import re
import tokenize

from codegen.emit.models import scan

# what datamodel-code-generator writes, with text that would fool a line- or word-based reader
MODULE = '''"""Models. class Fake(Base): a docstring
class NotAClass(Base):
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field


class Tax(BaseModel):
    """
Tax rate, see 'Tax' and "Tax1"
# not a comment
"""

    rate: Annotated[float | None, Field(pattern=r'^\\d+\\'$', alias='Tax')] = 1.5e-3
    kind: Literal['Tax', "a#b", 2] = 'Tax'  # Tax in a comment
    note: str = """Tax
Tax1""" \'\'\'x\'\'\'


class Tax1(Tax):
    other: Tax | None = None


TaxAlias: TypeAlias = Annotated[Tax1, Field(description='Tax1')]
Tax1.model_rebuild()
'''


def _reference_tokens(code: str) -> list[str]:
    skipped = {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    return [
        t.string
        for t in tokenize.generate_tokens(io.StringIO(code).readline)
        if t.type not in skipped and t.type != tokenize.ENDMARKER
    ]


def test_tokens_are_those_tokenize_reads() -> None:
    assert [t.text for t in scan.tokens(MODULE)] == _reference_tokens(MODULE)
    kinds = {t.text: t.kind for t in scan.tokens(MODULE)}
    assert kinds["'Tax'"] == "string" and kinds["# Tax in a comment"] == "comment"
    assert kinds["1.5e-3"] == "number" and kinds["Tax1"] == "name"


def test_statements_are_the_top_level_statements_ast_reads() -> None:
    lines = [0]
    for line in io.StringIO(MODULE).readlines():
        lines.append(lines[-1] + len(line))
    expected = [lines[node.lineno - 1] for node in ast.parse(MODULE).body]
    assert [start for start, _ in scan.statements(MODULE)] == expected
    defined = {s.name for s in scan.top_level(MODULE) if s.name}
    assert defined == {"Tax", "Tax1", "TaxAlias"}  # not the docstrings' `class` lines
    assert sum(s.imports for s in scan.top_level(MODULE)) == 3


def test_rename_changes_names_only() -> None:
    renamed = scan.rename(MODULE, {"Tax": "Levy", "Tax1": "Levy1"})
    assert ast.dump(ast.parse(renamed)) == ast.dump(
        ast.parse(MODULE.replace("class Tax(", "class Levy(").replace("class Tax1(Tax)", "class Levy1(Levy)")
        .replace("other: Tax |", "other: Levy |")
        .replace("Annotated[Tax1,", "Annotated[Levy1,").replace("Tax1.model_rebuild", "Levy1.model_rebuild"))
    )  # fmt: skip
    assert scan.rename(MODULE, {"Absent": "Other"}) is MODULE


def test_edits_are_made_in_one_pass() -> None:
    assert scan.edit("abcdef", [(0, 1, "X"), (2, 4, ""), (6, 6, "!")]) == "Xbef!"
    assert scan.edit("abc", []) == "abc"


def test_names_read_are_those_a_module_must_import_or_define() -> None:
    code = (
        "class A(B):\n"
        '    """C, in a docstring."""\n\n'
        '    x: Annotated[list[D] | None, Field(alias="E", default=F.G)] = None\n'
        "    MEMBER = 1  # H in a comment\n\n\n"
        'A.__variants__ = ("kind", {"i": I})\n'
        'J: TypeAlias = Annotated[K, variant("K")]\n'
    )
    assert scan.names_read(code) == {
        "A", "Annotated", "B", "D", "F", "Field", "I", "K", "None", "TypeAlias", "class",
        "list", "variant",
    }  # fmt: skip
    # a part of the module alone: the variants' line reads its class and the children
    start = code.index("A.__variants__")
    assert scan.names_read(code, start, code.index("J:")) == {"A", "I"}


def test_statements_are_found_as_by_the_literal_tokens() -> None:
    """The statements read with the pattern for strings that may span lines are those the
    full token pattern (`_STRING`, prefix letters and all) gives, on text full of quotes,
    escapes, comments and line ends, valid Python or not."""
    literal = re.compile(scan._STRING, re.VERBOSE | re.DOTALL)

    def reference(code: str) -> tuple[tuple[int, int], ...]:
        spans = [
            m.span() for m in literal.finditer(code) if m.lastgroup == "string" and "\n" in m[0]
        ]
        starts = [
            m.start()
            for m in re.finditer(r"^\S", code, flags=re.MULTILINE)
            if not any(s < m.start() < e for s, e in spans)
        ]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return tuple(zip(starts, starts[1:] + [len(code)]))

    pieces = ['"', "'", '"""', "'''", "\\", "\n", "#", "r", "b", "x", " ", "\n    ", "a = "]
    rng = random.Random(14)
    for _ in range(3000):
        code = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        assert scan.statements(code) == reference(code), repr(code)
    assert scan.statements(MODULE) == reference(MODULE)
