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


def test_a_property_is_converted_once_for_its_field_and_its_schema() -> None:
    body = {
        "type": "object",
        "properties": {
            "tax": {
                "type": "object",
                "properties": {"rate": {"type": "number"}},
                "readOnly": True,
                "default": {"rate": 0},
            },
            "level": {"enum": [1, [2]], "type": "integer", "title": "Level"},
        },
    }
    api = _api(openapi(_post(body)))
    model = api.model("CreateThingRequest")
    assert model.json_schema["properties"] == {
        "tax": {"$ref": "#/$defs/Tax", "readOnly": True, "default": {"rate": 0}},
        "level": {"type": "integer", "title": "Level"},
    }
    fields = {f.wire_name: (f.type.annotation, f.read_only, f.default) for f in model.fields}
    assert fields == {"tax": ("Tax", True, {"rate": 0}), "level": ("int", False, None)}
    mixed = [w for w in api.warnings if "not all strings" in w.message]
    assert [w.where for w in mixed] == [
        "/paths/~1things/post/requestBody/content/application~1json/schema/properties/level"
    ]


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
    assert op.py_name == "make"  # `make_thing` in resource `things`
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
    assert layout == {"invoices": ["list", "create", "create_line_item"]}


def test_duplicate_and_missing_operation_ids_get_unique_names_with_a_warning() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/a": {"get": {"operationId": "fetch", "responses": ok}},
        "/b": {"get": {"operationId": "fetch", "responses": ok}, "post": {"responses": ok}},
    }
    api = _api(openapi(paths))
    names = sorted(o.py_name for o in api.operations)
    assert names == ["create", "fetch", "fetch_2"]  # `post_b` in resource `b` reads `b.create`
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
    classes = {e.status: e for e in api.errors}
    # the documented statuses, and the ones every package has whether documented or not
    assert [(e.status, e.class_name) for e in api.errors] == [
        ("400", "BadRequestError"),
        ("401", "AuthenticationError"),
        ("403", "PermissionDeniedError"),
        ("404", "NotFoundError"),
        ("409", "ConflictError"),
        ("422", "UnprocessableEntityError"),
        ("429", "RateLimitError"),
        ("503", "ServiceUnavailableError"),
        ("5XX", "InternalServerError"),
    ]
    assert classes["429"].type is not None
    assert classes["429"].description == "Too many"  # the document's words win
    assert classes["404"].type is None


def test_a_documented_500_is_the_internal_server_error_with_its_body() -> None:
    err = {
        "description": "Broken",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"trace": {"type": "string"}}}
            }
        },
    }
    paths = _post({"type": "object"}, responses={"200": {"description": "ok"}, "500": err})
    api = _api(openapi(paths))
    server = [e for e in api.errors if e.status.startswith("5")]
    assert [(e.status, e.class_name) for e in server] == [("5XX", "InternalServerError")]
    assert server[0].type is not None


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


def _xero_like_invoices() -> dict[str, Any]:
    ok = {"200": {"description": "ok"}}
    invoice_id = {
        "name": "InvoiceID",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    ids = {
        "name": "IDs",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string", "format": "uuid"}},
    }
    contact_ids = {
        "name": "ContactIDs",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string"}},
    }
    return {
        "/Invoices": {
            "get": {
                "operationId": "getInvoices",
                "parameters": [ids, contact_ids],
                "responses": ok,
            },
            "put": {"operationId": "createInvoices", "responses": ok},
            "post": {"operationId": "updateOrCreateInvoices", "responses": ok},
        },
        "/Invoices/{InvoiceID}": {
            "get": {"operationId": "getInvoice", "parameters": [invoice_id], "responses": ok},
            "post": {"operationId": "updateInvoice", "parameters": [invoice_id], "responses": ok},
        },
        "/Invoices/{InvoiceID}/pdf": {
            "get": {"operationId": "getInvoiceAsPdf", "parameters": [invoice_id], "responses": ok}
        },
        "/Invoices/{InvoiceID}/Email": {
            "post": {"operationId": "emailInvoice", "parameters": [invoice_id], "responses": ok}
        },
        "/Invoices/{InvoiceID}/History": {
            "get": {"operationId": "getInvoiceHistory", "parameters": [invoice_id], "responses": ok}
        },
        "/Invoices/import": {"post": {"operationId": "importInvoices", "responses": ok}},
    }


def test_methods_do_not_repeat_their_resource_and_common_actions_read_as_such() -> None:
    api = _api(openapi(_xero_like_invoices()))
    (invoices,) = api.resources
    assert [op.py_name for op in invoices.operations] == [
        "list",
        "create",
        "update_or_create",
        "get",
        "update",
        "get_as_pdf",
        "email",
        "get_history",
        "import_invoices",  # `import` is a keyword: the full name is kept
    ]
    assert not [w for w in api.warnings if "ambiguous" in w.message]


def test_acronyms_stay_whole_and_id_parameters_take_text_too() -> None:
    api = _api(openapi(_xero_like_invoices()))
    listing = next(op for op in api.operations if op.operation_id == "getInvoices")
    assert {p.py_name: p.type.annotation for p in listing.parameters} == {
        "ids": "list[UUID | str]",
        "contact_ids": "list[str]",
    }
    one = next(op for op in api.operations if op.operation_id == "getInvoice")
    assert one.parameters[0].py_name == "invoice_id"
    assert one.parameters[0].type.annotation == "UUID | str"
    assert [snake(n) for n in ("ContactIDs", "APIs", "IDsList", "HTTPServer")] == [
        "contact_ids",
        "apis",
        "ids_list",
        "http_server",
    ]


def test_id_body_arguments_take_text_too() -> None:
    uuid = {"type": "string", "format": "uuid"}
    option = {
        "type": "object",
        "properties": {"OptionID": uuid, "IDs": {"type": "array", "items": uuid}},
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Option"}}}}
    paths = {
        "/Options": {
            "put": {
                "operationId": "createOption",
                "requestBody": body,
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
    api = _api(openapi(paths, {"Option": option}))
    (op,) = api.operations
    assert op.body is not None
    # as a path or query parameter does: the model still checks the text is an id
    assert {f.py_name: f.type.annotation for f in op.body.fields} == {
        "option_id": "UUID | str",
        "ids": "list[UUID | str]",
    }


def test_methods_that_would_share_a_name_keep_their_full_names_and_are_reported() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/Payments": {"put": {"operationId": "createPayments", "responses": ok}},
        "/Payments/batch": {"put": {"operationId": "createPayment", "responses": ok}},
        "/Payments/{id}": {
            "get": {
                "operationId": "getPayment",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": ok,
            }
        },
    }
    first = _api(openapi(paths))
    assert [op.py_name for op in first.operations] == ["create_payments", "create_payment", "get"]
    notes = [(w.where, w.message) for w in first.warnings if "ambiguous" in w.message]
    assert notes == [
        (
            "/paths/~1Payments/put",
            "method `payments.create` is ambiguous (as would create_payment); kept as `payments.create_payments`",
        ),
        (
            "/paths/~1Payments~1batch/put",
            "method `payments.create` is ambiguous (as would create_payments); kept as `payments.create_payment`",
        ),
    ]
    # a pure function of the document: the same names every time
    assert [op.py_name for op in _api(openapi(paths)).operations] == [
        "create_payments",
        "create_payment",
        "get",
    ]


def test_a_read_named_by_its_resource_alone_is_get_or_list_by_what_it_returns() -> None:
    ok = {"200": {"description": "ok"}}
    array = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
            },
        }
    }
    paths = {
        "/health": {"get": {"operationId": "health", "responses": ok}},
        "/tags": {"get": {"operationId": "tag", "responses": array}},
    }
    names = {r.attr: [op.py_name for op in r.operations] for r in _api(openapi(paths)).resources}
    assert names == {"health": ["get"], "tags": ["list"]}


def test_an_operation_documenting_an_idempotency_header_says_so() -> None:
    key = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    paths = _post({"type": "object"}, parameters=[key])
    (op,) = _api(openapi(paths)).operations
    assert op.idempotency_header == "Idempotency-Key"
    (plain,) = _api(openapi(_post({"type": "object"}))).operations
    assert plain.idempotency_header is None


def test_an_operation_named_like_a_resource_attribute_takes_a_trailing_underscore() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/things": {"get": {"operationId": "withRawResponse", "tags": ["things"], "responses": ok}},
        "/things/{id}": {
            "get": {
                "operationId": "with_streaming_response",
                "tags": ["things"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": ok,
            }
        },
    }
    api = _api(openapi(paths))
    assert sorted(op.py_name for op in api.operations) == [
        "with_raw_response_",
        "with_streaming_response_",
    ]
    notes = sorted(w.message for w in api.warnings if "own attribute" in w.message)
    assert notes == [
        f"method `things.{name}` is the resource's own attribute; named `{name}_`"
        for name in ("with_raw_response", "with_streaming_response")
    ]
