"""YAML's merge key `<<`, as the YAML 1.1 merge type defines it (documents share parts with
it): the mapping's own keys win, then the merged mappings in their order, the first first."""

from __future__ import annotations

from codegen.yamlload import load_yaml

DOC = """\
str: &str {type: string, maxLength: 9}
int: &int {type: integer, minimum: 0}
both: {<<: [*str, *int]}
own: {<<: [*str, *int], type: boolean}
one: {<<: *int, minimum: 3}
"""


def test_the_first_merged_mapping_and_the_own_keys_win() -> None:
    data, _ = load_yaml(DOC, "doc.yaml")
    assert data["both"] == {"type": "string", "maxLength": 9, "minimum": 0}
    assert data["own"] == {"type": "boolean", "maxLength": 9, "minimum": 0}
    assert data["one"] == {"type": "integer", "minimum": 3}
