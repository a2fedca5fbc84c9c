"""The OpenAPI and Markdown readers, and the path-fragment rule both apply."""

from __future__ import annotations

import json
from typing import Any

import pytest

from codegen.errors import InputError
from codegen.sources import markdown, openapi
from codegen.sources.base import Hints

YAML_30 = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /invoices:
    get:
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: {type: string, example: 2024-01-31}
"""


def _tool_page(*fragments: str, fence: str = "```", extra: str = "") -> str:
    """A Markdown page whose fenced document has one tool path per fragment."""
    paths = "".join(f"""\
  /projects/{{project_id}}/tools/#{name}:
    post:
      operationId: {name.lower()}
      summary: Run {name}
      parameters:
        - {{name: project_id, in: path, required: true, schema: {{type: string}}}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                tool: {{type: string, default: {name}}}
                parameters:
                  type: object
                  properties:
                    {name.lower()}_arg: {{type: string}}
              required: [tool, parameters]
      responses:
        '200': {{description: {"Done" if i == 0 else "Done " + name}}}
{extra}""" for i, name in enumerate(fragments))
    return (
        "# Tools\n\nProse before.\n\n"
        f"{fence}yaml /openapi.json POST /projects/{{project_id}}/tools/#{fragments[0]}\n"
        "openapi: 3.0.0\ninfo: {title: Tools, version: '1'}\npaths:\n"
        f"{paths}{fence}\n\nProse after.\n"
    )


def _body(op: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = op["requestBody"]["content"]["application/json"]["schema"]
    return schema


def test_yaml_30_reads_with_json_keys_and_dates_as_strings() -> None:
    piece = openapi.read(YAML_30, "api.yaml", Hints())
    response = piece.openapi["paths"]["/invoices"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"]["example"] == "2024-01-31"
    assert piece.origins["/paths"] == "line 3"
    assert piece.origins["/paths/~1invoices"] == "line 4"
    json.dumps(piece.openapi)  # plain JSON data all through


def test_json_31_reads() -> None:
    text = json.dumps(
        {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"204": {"description": "x"}}}}},
        }
    )
    piece = openapi.read(text, "api.json", Hints())
    assert piece.openapi["openapi"] == "3.1.0"
    assert list(piece.openapi["paths"]) == ["/a"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "not a mapping"),
        ("swagger: '2.0'\ninfo: {title: T}\npaths: {}\n", "Swagger 2.0"),
        ("asyncapi: 2.6.0\ninfo: {title: T}\n", "no `openapi` key"),
        ("openapi: 2.5.0\ninfo: {title: T}\n", "not supported"),
    ],
)
def test_not_openapi_is_an_input_error_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        openapi.read(text, "specs/x/doc.yaml", Hints())
    problem = err.value.problems[0]
    assert problem.file == "specs/x/doc.yaml"
    assert message in problem.message


def test_invalid_json_reports_its_line() -> None:
    with pytest.raises(InputError) as err:
        openapi.read('{"openapi": "3.1.0",\n "info": }', "api.json", Hints())
    assert err.value.problems[0].where.startswith("line 2")


def test_markdown_three_backticks_with_prose_around() -> None:
    page = "# Title\n\nSome prose: `openapi: no`.\n\n```yaml\n" + YAML_30 + "```\n\nMore prose.\n"
    piece = markdown.read(page, "page.md", Hints())
    assert list(piece.openapi["paths"]) == ["/invoices"]
    assert piece.origins["/paths"] == "line 8"  # line in the page, not in the fence


def test_markdown_four_backticks_hold_a_three_backtick_line() -> None:
    doc = YAML_30.replace(
        "description: OK", "description: |\n            ```\n            sample\n            ```"
    )
    page = "Intro\n\n````yaml /openapi.json GET /invoices\n" + doc + "````\n\nOutro ```\n"
    piece = markdown.read(page, "page.md", Hints())
    response = piece.openapi["paths"]["/invoices"]["get"]["responses"]["200"]
    assert response["description"] == "```\nsample\n```\n"


def test_markdown_tilde_fence_and_other_fences_skipped() -> None:
    page = "```bash\ncurl -X POST https://x\n```\n\n~~~\n" + YAML_30 + "~~~\n"
    piece = markdown.read(page, "page.md", Hints())
    assert "/invoices" in piece.openapi["paths"]


def test_markdown_bad_yaml_reports_the_line_in_the_page() -> None:
    page = "# T\n\n\n```yaml\nopenapi: 3.0.0\ninfo: {title: T\npaths: {}\n```\n"
    with pytest.raises(InputError) as err:
        markdown.read(page, "page.md", Hints())
    problem = err.value.problems[0]
    assert problem.file == "page.md"
    # the flow mapping opened on page line 6 breaks on line 7
    assert problem.where.startswith("line 7")


def test_markdown_without_openapi_fence_is_an_error() -> None:
    with pytest.raises(InputError) as err:
        markdown.read('# Page\n\n```json\n{"a": 1}\n```\n', "page.md", Hints())
    assert "no OpenAPI document fenced" in err.value.problems[0].message


def test_markdown_two_fences_merge() -> None:
    other = YAML_30.replace("/invoices", "/customers")
    page = f"```yaml\n{YAML_30}```\n\ntext\n\n```yaml\n{other}```\n"
    piece = markdown.read(page, "page.md", Hints())
    assert list(piece.openapi["paths"]) == ["/invoices", "/customers"]


def test_fragment_one_variant() -> None:
    piece = markdown.read(_tool_page("XERO_CREATE_INVOICE", fence="````"), "p.md", Hints())
    assert list(piece.openapi["paths"]) == ["/projects/{project_id}/tools"]
    op = piece.openapi["paths"]["/projects/{project_id}/tools"]["post"]
    body = _body(op)
    assert body["properties"]["tool"]["const"] == "XERO_CREATE_INVOICE"
    assert "tool" in body["required"]
    assert op["operationId"] == "xero_create_invoice"  # a single variant keeps its operation
    assert op["x-codegen-variants"] == {
        "property": "tool",
        "arguments": "parameters",
        "variants": [
            {
                "value": "XERO_CREATE_INVOICE",
                "operationId": "xero_create_invoice",
                "summary": "Run XERO_CREATE_INVOICE",
                "description": None,
            }
        ],
    }


def test_fragment_two_variants_merge_into_one_operation() -> None:
    piece = markdown.read(_tool_page("CREATE_A", "DELETE_B"), "p.md", Hints())
    assert list(piece.openapi["paths"]) == ["/projects/{project_id}/tools"]
    op = piece.openapi["paths"]["/projects/{project_id}/tools"]["post"]
    body = _body(op)
    assert body["discriminator"] == {"propertyName": "tool"}
    assert [b["properties"]["tool"]["const"] for b in body["oneOf"]] == ["CREATE_A", "DELETE_B"]
    assert "delete_b_arg" in body["oneOf"][1]["properties"]["parameters"]["properties"]
    variants = op["x-codegen-variants"]["variants"]
    assert [(v["value"], v["operationId"]) for v in variants] == [
        ("CREATE_A", "create_a"),
        ("DELETE_B", "delete_b"),
    ]
    assert op["operationId"] == "post_projects_project_id_tools"
    assert "summary" not in op
    assert len(op["parameters"]) == 1  # the identical path parameter kept once
    # the responses differ: the first is kept, with a warning that says so
    assert op["responses"]["200"]["description"] == "Done"
    assert any("`200`" in w.message and "first one is kept" in w.message for w in piece.warnings)


def test_fragment_single_enum_value_and_ref_body() -> None:
    text = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /run#PING:
    post:
      requestBody: {$ref: '#/components/requestBodies/Run'}
      responses: {'200': {description: OK}}
components:
  requestBodies:
    Run:
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Run'}
  schemas:
    Run:
      type: object
      properties:
        action: {type: string, enum: [PING]}
        note: {type: string}
"""
    piece = openapi.read(text, "api.yaml", Hints())
    op = piece.openapi["paths"]["/run"]["post"]
    assert _body(op)["properties"]["action"]["const"] == "PING"
    assert op["x-codegen-variants"]["arguments"] is None  # `note` is not an object envelope
    # the shared component is left as it was
    assert "const" not in piece.openapi["components"]["schemas"]["Run"]["properties"]["action"]


def test_fragments_without_matching_property_are_errors_reported_together() -> None:
    page = _tool_page("CREATE_A", "DELETE_B").replace("default: ", "default: OTHER_")
    with pytest.raises(InputError) as err:
        markdown.read(page, "p.md", Hints())
    problems = err.value.problems
    assert ["could not be mapped" in p.message for p in problems] == [True, True]
    assert "`#CREATE_A`" in problems[0].message
    assert problems[1].where == "/paths/~1projects~1{project_id}~1tools~1#DELETE_B"


def test_hints_give_tags_and_operation_id() -> None:
    piece = openapi.read(YAML_30, "api.yaml", Hints(operation_id="listThem", tags=("Invoices",)))
    op = piece.openapi["paths"]["/invoices"]["get"]
    assert op["operationId"] == "listThem"
    assert op["tags"] == ["Invoices"]
