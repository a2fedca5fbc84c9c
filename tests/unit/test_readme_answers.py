"""The README test's mock answers are written from the bodies' literals as they are: the same
text as the literal of the answer with its body read back as data."""

from __future__ import annotations

import ast
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from codegen.emit.tests import _answer
from codegen.emit.text import literal

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _read_back(answer: tuple[int, str | None, str] | None) -> str:
    if answer is None:
        return literal(None)
    status, body, kind = answer
    return literal((status, None if body is None else ast.literal_eval(body), kind))


@given(_JSON, st.sampled_from([200, 201, 404]), st.sampled_from(["json", "text", "binary"]))
def test_an_answer_is_the_literal_of_its_data(body: Any, status: int, kind: str) -> None:
    answer = (status, literal(body), kind)
    assert _answer(answer) == _read_back(answer)


def test_an_answer_without_a_body_or_a_request() -> None:
    assert _answer((204, None, "none")) == _read_back((204, None, "none")) == "(204, None, 'none')"
    assert _answer(None) == "None"
    for body in (1e16, -0.0, 1.5e-7, "caf\u00e9 \u2603 \x00", {"a": [1, {"b": None}]}, 10**30):
        answer = (200, literal(body), "json")
        assert _answer(answer) == _read_back(answer)
