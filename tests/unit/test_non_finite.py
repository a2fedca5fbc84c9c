"""A number JSON cannot hold is refused wherever it stands in a YAML or JSON document, however
it is spelt or tagged, while text that only looks like one (the `550e8400` of an identifier)
is read as what it is."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest
import yaml

from codegen.errors import InputError
from codegen.yamlload import _CoreLoader, load_json, load_yaml


def _non_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_non_finite(v) for v in value.values())
    if isinstance(value, list):
        return any(_non_finite(v) for v in value)
    return False


@pytest.mark.parametrize(
    "text",
    [
        "a: 1e999\n",
        "a: -1E+400\n",
        "a: .5e999 # comment\n",
        "a: [1, 2.5e999]\n",
        "a: {b: 1.e999}\n",
        "- 1e999\n",
        "a: !!float '1e999'\n",
        "a: !!float 1_0e999\n",
        "1e999",
    ],
)
def test_a_yaml_number_too_large_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no JSON value"):
        load_yaml(text, "doc.yaml")


@pytest.mark.parametrize(
    "text", ['{"a": 1e999}', '{"a":[0,-1E400]}', "[1.5e+999 ]", '{"a": {"b": 12e9999}}']
)
def test_a_json_number_too_large_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no JSON value"):
        load_json(text, "doc.json")


def test_identifiers_that_hold_an_exponent_are_no_number() -> None:
    text = "id: 550e8400-e29b-41d4-a716-446655440000\nother: 6c9a1d89-8319-42f6-87d6-7690e748af85\n"
    assert load_yaml(text, "doc.yaml")[0]["id"].startswith("550e8400")


def test_every_non_finite_number_is_refused() -> None:
    """Random values in JSON and YAML: whenever one reads as an infinite number, the loader
    refuses it; whenever none does, the loader reads the same data."""
    pieces = ["1", "9", "0", ".", "e", "E", "+", "-", "_", "999", "400", "x", " ", "inf", "nan"]
    rng = random.Random(14)
    for _ in range(4000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        for text in (
            f'{{"a": {value}}}',
            f"a: {value}\n",
            f"- [{value}]\n",
            f"a: !!float '{value}'\n",
        ):
            json_text = text.startswith("{")
            try:
                data = json.loads(text) if json_text else yaml.load(text, _CoreLoader)
            except (ValueError, IndexError, yaml.YAMLError):  # not a value at all
                continue
            load = load_json if json_text else load_yaml
            if _non_finite(data):
                with pytest.raises(InputError, match="no JSON value"):
                    load(text, "doc")
            else:
                read = load(text, "doc")
                assert (read if json_text else read[0]) == data, text


@pytest.mark.parametrize(
    ("load", "text"),
    [
        (load_yaml, "a: " + "1" * 320 + ".5\n"),
        (load_yaml, "a: [-" + "9" * 400 + ".0]\n"),
        (load_json, '{"a": ' + "1" * 320 + ".5}"),
        (load_json, "[1, " + "9" * 309 + ".0]"),
    ],
)
def test_a_number_of_too_many_digits_before_its_point_is_refused(load: Any, text: str) -> None:
    """No exponent to find, yet infinite as a float."""
    with pytest.raises(InputError, match="no JSON value"):
        load(text, "doc")


@pytest.mark.parametrize(
    ("load", "text"),
    [
        (load_yaml, "a: 1\nb: " + "7" * 5000 + "\n"),
        (load_json, '{"a": 1,\n"b": ' + "7" * 5000 + "}"),
    ],
)
def test_an_integer_too_long_to_read_is_bad_input_at_its_line(load: Any, text: str) -> None:
    with pytest.raises(InputError) as raised:
        load(text, "doc")
    (problem,) = raised.value.problems
    assert (problem.file, problem.where) == ("doc", "line 2")
    assert "more than 4,300 digits" in problem.message


@pytest.mark.parametrize(
    ("load", "text", "where"),
    [
        (load_json, '{"a": 1, "b": [0, NaN]}', "/b/1"),
        (load_json, '{"a": {"b": Infinity}}', "/a/b"),
        (load_json, "[-Infinity, 1]", "/0"),
        (load_json, '{"x": "1e999", "y": 2.5e400}', "/y"),
        (load_yaml, "a:\n  b: !!float 'inf'\n", "/a/b"),
        (load_yaml, "a: [1, !!float 'nan']\n", "/a/1"),
        (load_yaml, "default: !!float '-Infinity'\n", "/default"),
        (load_yaml, "%TAG !e! tag:yaml.org,2002:\n---\nx: !e!float 'inf'\n", "/x"),
        (load_yaml, "x: .NaN\n", "/x"),
    ],
)
def test_a_word_or_number_that_is_no_finite_number_is_refused_at_its_pointer(
    load: Any, text: str, where: str
) -> None:
    """However it is spelt or tagged: a JSON word, an exponent too large, a YAML tag."""
    with pytest.raises(InputError, match="no JSON value") as raised:
        load(text, "doc")
    assert raised.value.problems[0].where == where


def test_a_duplicate_key_after_a_non_finite_number_is_told_as_before() -> None:
    """The duplicate refuses the whole text, whatever stands before it."""
    with pytest.raises(InputError) as raised:
        load_json('{"a": NaN, "b": {"c": 1, "c": 2}}', "doc.json")
    (problem,) = raised.value.problems
    assert "the key 'c' again in the object at /b" in problem.message


def test_finite_json_reads_as_before() -> None:
    text = '{"a": 1.5, "b": [1e300, -2E-5, 0.0], "c": "NaN", "d": "1e999", "e": 12}'
    assert load_json(text, "doc.json") == json.loads(text)
