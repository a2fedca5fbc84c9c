"""Every format sample data is built with passes the checks examples are held to: the
generator's own (`codegen.ir.formats`) and every checker jsonschema has for the format."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from codegen.emit.data.format_text import _TEXTS, format_text
from codegen.ir.formats import FORMATS


@pytest.mark.parametrize("fmt", sorted(_TEXTS))
def test_each_samples_of_a_format_pass_its_checks_and_differ(fmt: str) -> None:
    values = [format_text(fmt, n) for n in range(40)]
    assert len(set(values)) == len(values)  # the items of a unique array
    for value in values:
        assert FORMATS.conforms(value, fmt), value
        assert Draft202012Validator.FORMAT_CHECKER.conforms(value, fmt), value


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("uri", "::not a uri"),
        ("uri", "/relative"),
        ("uri-reference", "a b"),
        ("iri", "not an iri"),
        ("uri-template", "https://example.com/{id"),
        ("hostname", "bad host!"),
        ("idn-hostname", "-bad-.example"),
        ("json-pointer", "no-slash"),
        ("relative-json-pointer", "/a"),
        ("regex", "(unclosed"),
        ("duration", "1 day"),
    ],
)
def test_values_breaking_the_formats_jsonschema_checks_are_refused(fmt: str, value: str) -> None:
    assert not FORMATS.conforms(value, fmt)
