"""A key written twice in one JSON object is bad input, in every shape that holds JSON.

Python's `json` keeps the last of two equal keys without a word (a document's second `"200"`
response would replace the first unseen), while YAML refuses the same document. JSON is
refused alike: the file, the line and column of the second key, the JSON pointer of the
object holding it (from the start of that JSON text), exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.assemble.overlay import load_overlay
from codegen.cli import main
from codegen.errors import InputError
from codegen.sources import read_document

DATA = Path(__file__).parent / "data"
AGAIN = "the key {key!r} again in the object at {holder} (first at {first})"


def test_the_construct_document_exits_2_and_names_the_second_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    doc = DATA / "op-broken-duplicate-key.json"
    assert main(["-q", "generate", "--spec", str(doc), "--out", str(out), "--name", "t"]) == 2
    err = capsys.readouterr().err
    again = AGAIN.format(
        key="200", holder="/paths/~1invoices/get/responses", first="line 10, column 11"
    )
    assert f"op-broken-duplicate-key.json: line 12, column 11: {again}" in err
    assert not out.exists()


MARKDOWN = """# The API

Some prose.

```json
{"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
 "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}},
                  "get": {"responses": {"204": {"description": "none"}}}}}}
```
"""


def test_json_fenced_in_markdown_is_placed_by_its_line_in_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.md"
    page.write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["-q", "generate", "--spec", str(page), "--out", str(out), "--name", "t"]) == 2
    again = AGAIN.format(key="get", holder="/paths/~1a", first="line 7, column 19")
    assert f"page.md: line 8, column 19: {again}" in capsys.readouterr().err
    assert not out.exists()


SUMMARY = """{"operationId": "createPart", "method": "POST", "path": "/parts",
 "requestExamples": [{"contentType": "application/json",
                      "example": {"Parts": [{"Name": "axle", "Weight": 1, "Name": "wheel"}]}}],
 "responseExamples": []}
"""
PAGE = """Add Part
POST
/parts
Request
{
  "weight": "1.50",
  "label": "axle",
  "weight": "2.00"
}
"""
OVERLAY = """{"overlay": "1.0.0", "info": {"title": "fixes", "version": "1"},
 "actions": [{"target": "$.info", "update": {"title": "A"}, "update": {"title": "B"}}]}
"""


@pytest.mark.parametrize(
    ("name", "text", "shape", "where", "again"),
    [
        (
            "summary.json",
            SUMMARY,
            "example-summary",
            "line 3, column 75",
            AGAIN.format(
                key="Name",
                holder="/requestExamples/0/example/Parts/0",
                first="line 3, column 46",
            ),
        ),
        (
            "page.txt",
            PAGE,
            "doc-page",
            "line 8, column 3",
            AGAIN.format(key="weight", holder="the top level", first="line 6, column 3"),
        ),
        (
            "fixes.json",
            OVERLAY,
            "overlay",
            "line 2, column 61",
            AGAIN.format(key="update", holder="/actions/0", first="line 2, column 35"),
        ),
    ],
)
def test_every_other_json_shape_refuses_it_with_its_place(
    tmp_path: Path, name: str, text: str, shape: str, where: str, again: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        if shape == "overlay":
            load_overlay(path, name)
        else:
            read_document(path, shape, label=name)
    [problem] = caught.value.problems
    assert (problem.file, problem.where) == (name, where)
    assert problem.message.startswith(again), problem.message


@pytest.mark.parametrize(
    "text",
    [
        '{"a": {"b": 1}, "c": {"b": 1}, "d": [{"b": 1}, {"b": 2}]}',  # equal keys, other objects
        '{"a": 1, "A": 2, "a\\u0301": 3, "á": 4}',  # keys that differ, however alike
    ],
)
def test_keys_that_only_look_alike_or_stand_in_other_objects_are_read(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "fixes.json"
    path.write_text(
        '{"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, '
        f'"actions": [{{"target": "$.info", "update": {text}}}]}}',
        encoding="utf-8",
    )
    [action] = load_overlay(path, "fixes.json")["actions"]
    assert action["update"] == json.loads(text)
