"""The intermediate model: names, hoisting, references, operations, determinism."""

from __future__ import annotations

from typing import Any

import pytest
from tinydoc import openapi

from codegen.errors import InputError
from codegen.ir.build import build_api
from codegen.ir.model import Api, PackageInfo
from codegen.ir.names import Namer, field_name, pascal, singular, snake

PKG = PackageInfo(name="tiny", distribution="tiny-client", version="0.1.0", provider="tiny")


def _api(doc: dict[str, Any]) -> Api:
    return build_api(doc, PKG)


def _post(schema: dict[str, Any], op_id: str = "createThing", **op: Any) -> dict[str, Any]:
    return {
        "/things": {
            "post": {
                "operationId": op_id,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": schema}},
                },
                "responses": {"200": {"description": "ok"}},
                **op,
            }
        }
    }


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("lineItems", "line_items"),
        ("LINE_ITEMS", "line_items"),
        ("line-items", "line_items"),
        ("XMLHttpRequest", "xml_http_request"),
        ("class", "class_"),
        ("2fa", "n2fa"),
        ("_id", "id"),
        ("Ünïcode", "unicode"),
        ("名前", "value"),
        ("model_config", "model_config_"),
    ],
)
def test_field_names_are_safe_identifiers(wire: str, expected: str) -> None:
    assert field_name(wire) == expected
    assert field_name(wire).isidentifier()


def test_class_names_and_singulars() -> None:
    assert pascal("line items") == "LineItems"
    assert pascal("3d model") == "Model3dModel"
    assert pascal("None") == "None_"
    assert [singular(w) for w in ("Addresses", "Invoices", "Phones", "Categories", "Status")] == [
        "Address",
        "Invoice",
        "Phone",
        "Category",
        "Status",
    ]
    assert snake("if") == "if_"


def test_namer_resolves_collisions_in_order() -> None:
    namer = Namer()
    assert [namer.unique("Item") for _ in range(3)] == ["Item", "Item2", "Item3"]


def test_inline_objects_are_hoisted_and_named_from_their_place() -> None:
    body = {
        "type": "object",
        "properties": {
            "lineItems": {
                "type": "array",
                "items": {"type": "object", "properties": {"name": {"type": "string"}}},
            },
            "discount": {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["A", "B"]}},
            },
            "data": {"type": "object", "properties": {"x": {"type": "integer"}}},
        },
    }
    api = _api(openapi(_post(body)))
    names = {m.name for m in api.models}
    assert {
        "CreateThingRequest",
        "LineItem",
        "Discount",
        "DiscountType",
        "CreateThingRequestData",
    } <= names
    fields = {f.py_name: f.type.annotation for f in api.model("CreateThingRequest").fields}
    assert fields == {
        "line_items": "list[LineItem]",
        "discount": "Discount",
        "data": "CreateThingRequestData",
    }


def test_identical_inline_shapes_share_one_model_and_different_ones_get_distinct_names() -> None:
    tax = {"type": "object", "properties": {"rate": {"type": "number"}}}
    other = {"type": "object", "properties": {"code": {"type": "string"}}}
    body = {
        "type": "object",
        "properties": {
            "a": {"type": "object", "properties": {"tax": tax}},
            "b": {"type": "object", "properties": {"tax": {**tax, "description": "same shape"}}},
            "c": {"type": "object", "properties": {"tax": other}},
        },
    }
    api = _api(openapi(_post(body)))
    taxes = sorted(m.name for m in api.models if m.name.endswith("Tax") or m.name.startswith("Tax"))
    assert taxes == ["CTax", "Tax"]


def test_refs_nullable_and_any_of_enums() -> None:
    schemas = {
        "Invoice": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "note": {"type": ["string", "null"]},
                "customer": {
                    "anyOf": [{"$ref": "#/components/schemas/Customer"}, {"type": "null"}]
                },
                "number": {
                    "anyOf": [{"type": "string"}, {"type": "string", "enum": ["INCREMENTAL"]}]
                },
            },
        },
        "Customer": {"type": "object", "properties": {"name": {"type": "string"}}},
    }
    api = _api(openapi(_post({"$ref": "#/components/schemas/Invoice"}), schemas))
    fields = {f.py_name: (f.type.annotation, f.required) for f in api.model("Invoice").fields}
    assert fields["id"] == ("str", True)
    assert fields["note"] == ("str | None", False)
    assert fields["customer"] == ("Customer | None", False)
    assert fields["number"][0] == "str | Number"
    assert api.model("Number").kind == "enum"
    op = api.operations[0]
    assert op.body is not None and op.body.model == "Invoice"
    assert [f.py_name for f in op.body.fields] == ["id", "note", "customer", "number"]


def test_reference_to_nowhere_is_an_input_error() -> None:
    with pytest.raises(InputError, match="reference to nowhere"):
        _api(openapi(_post({"$ref": "#/components/schemas/Missing"})))


def test_undeclared_path_parameter_is_an_input_error() -> None:
    doc = openapi(
        {
            "/things/{id}": {
                "get": {"operationId": "getThing", "responses": {"200": {"description": "ok"}}}
            }
        }
    )
    with pytest.raises(InputError, match=r"path parameter \{id\} is not declared"):
        _api(doc)


def test_variants_become_one_method_each_with_fixed_tool_and_arguments_envelope() -> None:
    body = {
        "type": "object",
        "required": ["tool", "parameters"],
        "properties": {
            "tool": {"type": "string", "const": "MAKE_THING"},
            "parameters": {
                "type": "object",
                "required": ["size"],
                "properties": {"size": {"type": "integer"}},
            },
        },
    }
    paths = _post(body, op_id="post tools")
    paths["/things"]["post"]["x-codegen-variants"] = {
        "property": "tool",
        "arguments": "parameters",
        "variants": [{"value": "MAKE_THING", "operationId": None, "summary": "Make a thing"}],
    }
    op = _api(openapi(paths)).operations[0]
    assert op.py_name == "make_thing"
    assert op.summary == "Make a thing"
    assert op.body is not None
    assert op.body.fixed == (("tool", "MAKE_THING"),)
    assert op.body.wrapper == "parameters"
    assert [f.py_name for f in op.body.fields] == ["size"]


def test_operations_group_into_resources_and_names_shorten_when_unambiguous() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/v1/invoices": {
            "post": {"operationId": "createInvoice", "responses": ok},
            "get": {"operationId": "listInvoices", "responses": ok},
        },
        "/v1/invoices/{id}/line-items": {
            "post": {
                "operationId": "createInvoiceLineItem",
                "responses": ok,
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
            }
        },
    }
    api = _api(openapi(paths))
    layout = {r.attr: [o.py_name for o in r.operations] for r in api.resources}
    assert layout == {"invoices": ["list", "create", "create_invoice_line_item"]}


def test_duplicate_and_missing_operation_ids_get_unique_names_with_a_warning() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/a": {"get": {"operationId": "fetch", "responses": ok}},
        "/b": {"get": {"operationId": "fetch", "responses": ok}, "post": {"responses": ok}},
    }
    api = _api(openapi(paths))
    names = sorted(o.py_name for o in api.operations)
    assert names == ["fetch", "fetch_2", "post"]  # `post_b` in resource `b` reads `b.post`
    assert any("used twice" in w.message for w in api.warnings)


def test_errors_one_class_per_documented_status() -> None:
    err = {
        "description": "Too many",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
            }
        },
    }
    paths = _post(
        {"type": "object", "properties": {"a": {"type": "string"}}},
        responses={"200": {"description": "ok"}, "429": err, "503": {"description": "down"}},
    )
    api = _api(openapi(paths))
    assert [(e.status, e.class_name) for e in api.errors] == [
        ("429", "RateLimitError"),
        ("503", "ServiceUnavailableError"),
    ]
    assert api.errors[0].type is not None


def test_security_schemes_become_constructor_arguments() -> None:
    schemes = {
        "Bearer": {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "API Key",
            "x-codegen-env-var": "TINY_KEY",
        },
        "Tenant": {"type": "apiKey", "in": "header", "name": "xero-tenant-id"},
        "Basic": {"type": "http", "scheme": "basic"},
        "OAuth": {
            "type": "oauth2",
            "flows": {
                "clientCredentials": {
                    "tokenUrl": "https://t.test/token",
                    "scopes": {"b": "", "a": ""},
                }
            },
        },
    }
    api = _api(openapi({}, components={"securitySchemes": schemes}))
    got = {s.key: (s.kind, s.py_name, s.env_var) for s in api.security_schemes}
    assert got["Bearer"] == ("bearer", "api_key", "TINY_KEY")
    assert got["Tenant"] == ("api_key", "xero_tenant_id", "TINY_XERO_TENANT_ID")
    assert got["Basic"][:2] == ("basic", "username")
    assert got["OAuth"][:2] == ("oauth2_client_credentials", "client_id")
    assert next(s for s in api.security_schemes if s.key == "OAuth").scopes == ("a", "b")


def test_the_same_document_gives_the_same_model_twice() -> None:
    body = {
        "type": "object",
        "properties": {
            f"p{i}": {"type": "object", "properties": {"v": {"type": "string", "enum": [str(i)]}}}
            for i in range(20)
        },
    }
    assert _api(openapi(_post(body))) == _api(openapi(_post(body)))


def test_all_of_a_reference_and_a_description_is_the_reference() -> None:
    schemas = {
        "OsType": {"type": "string", "enum": ["LINUX", "WINDOWS"]},
        "OsInfo": {
            "type": "object",
            "properties": {
                "type": {
                    "allOf": [{"$ref": "#/components/schemas/OsType"}, {"description": "the OS"}]
                }
            },
        },
        "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
    }
    api = _api(openapi(_post({"$ref": "#/components/schemas/OsInfo"}), schemas))
    assert {m.name for m in api.models} == {"OsType", "OsInfo"}  # a map component stays a dict
    (field,) = api.model("OsInfo").fields
    assert (field.type.annotation, field.description) == ("OsType", "the OS")
