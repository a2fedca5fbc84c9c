"""An operation's request body: the content types it may be sent as, its arguments (a
model's fields, a tool call's wrapped arguments, multipart files) and their part encodings."""

from __future__ import annotations

import dataclasses
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.ir.content import content_kind, pick_content
from codegen.ir.context import BuildContext
from codegen.ir.model import Field, PartEncoding, RequestBody, TypeRef
from codegen.ir.names import pascal
from codegen.ir.parameters import ids_as_text
from codegen.ir.schemas import SchemaConverter
from codegen.refs import canonical_ref


def request_body(
    ctx: BuildContext,
    op: dict[str, Any],
    where: str,
    op_id: str,
    variants: dict[str, Any] | None,
    variant: dict[str, Any],
    index: int,
) -> RequestBody | None:
    raw = op.get("requestBody")
    if raw is None:
        return None
    body = ctx.schemas.resolve(raw) if "$ref" in raw else raw
    content = body.get("content") or {}
    if not content:
        return None
    content_type, kind = pick_content(content)
    ref = raw.get("$ref")
    written = canonical_ref(ref).removeprefix("#") if isinstance(ref, str) else ""
    written = (written or where + "/requestBody") + pointer("content", content_type, "schema")
    offered = _offered_content_types(ctx, content, content_type, kind, where + "/requestBody")
    media = content[content_type] or {}
    schema = media.get("schema") or {}
    hint = pascal(op_id) + "Request"
    fixed: tuple[tuple[str, Any], ...] = ()
    wrapper = wrapper_model = None
    if variants:
        members: list[Any] = schema["oneOf"] if isinstance(schema.get("oneOf"), list) else [schema]
        if isinstance(schema.get("oneOf"), list):
            written += f"/oneOf/{index if index < len(members) else 0}"
        schema = members[index] if index < len(members) else members[0]
        prop = variants.get("property")
        fixed = ((str(prop), variant["value"]),) if prop else ()
        wrapper = variants.get("arguments")
    if kind in ("binary", "text"):
        # a binary body may be an open file, read when it is sent
        ann = TypeRef("bytes | IO[bytes]", (), ("typing:IO",)) if kind == "binary" else None
        return RequestBody(
            kind,
            _sendable(content_type, kind),
            bool(body.get("required")),
            ann or TypeRef("str"),
            None,
            description=body.get("description"),
            content_types=offered,
        )
    if kind == "multipart" and _is_file(ctx.schemas, schema):
        ctx.warnings.append(
            Problem(
                ctx.file,
                where + "/requestBody",
                f"the {content_type} body is one file, not an object of parts: "
                "it is sent as the part `file`",
                "make the schema an object whose properties name the parts",
            )
        )
    _, tref = ctx.schemas.convert(schema, hint, where + "/requestBody", "request", written)
    model = tref.annotation if tref.models and tref.annotation in tref.models else None
    fields = ctx.schemas.fields_of(model) if model else ()
    if wrapper:
        inner = next((f for f in fields if f.wire_name == wrapper), None)
        wrapper_model = (
            inner.type.annotation if inner and inner.type.annotation in inner.type.models else None
        )
        if wrapper_model is None:
            raise InputError(
                [
                    Problem(
                        ctx.file,
                        where + "/requestBody",
                        f"the arguments property {wrapper!r} is not an object with properties",
                    )
                ]
            )
        fields = ctx.schemas.fields_of(wrapper_model)
    fixed_names = {name for name, _ in fixed}
    fields = tuple(
        dataclasses.replace(f, type=ids_as_text(f.type))
        for f in fields
        if f.wire_name not in fixed_names and not f.read_only
    )
    if kind == "multipart":
        files = _file_properties(ctx.schemas, schema)
        runtime = ctx.schemas.runtime_module
        fields = tuple(
            _file_field(f, files[f.wire_name], runtime) if f.wire_name in files else f
            for f in fields
        )
    return RequestBody(
        kind=kind,
        content_type=_sendable(content_type, kind),
        required=bool(body.get("required")),
        type=tref,
        model=model,
        fields=fields,
        fixed=fixed,
        wrapper=wrapper,
        wrapper_model=wrapper_model,
        description=body.get("description"),
        content_types=offered,
        encoding=_encodings(ctx.schemas, content, offered or (content_type,), schema),
    )


def rename_clashes(body: RequestBody, taken: set[str]) -> RequestBody:
    """A body property named like a parameter gets a `_body` suffix as its argument name."""
    if not taken & {f.py_name for f in body.fields}:
        return body
    fields = tuple(
        Field(**{**f.__dict__, "py_name": f"{f.py_name}_body"}) if f.py_name in taken else f
        for f in body.fields
    )
    return RequestBody(**{**body.__dict__, "fields": fields})


def _offered_content_types(
    ctx: BuildContext, content: dict[str, Any], chosen: str, kind: str, where: str
) -> tuple[str, ...]:
    """The content types the caller may choose from (the default first), when several.

    Others are offered when the same arguments can be sent as them: a JSON, form or
    multipart body of the same schema; raw bytes or text of the same kind. What is left
    out is named in a warning.
    """
    structured = ("json", "form", "multipart")
    offered = [chosen]
    left_out = []
    for ct in [ct for ct in content if ct != chosen]:  # in the document's order
        other = content_kind(ct)
        if "*" in ct:
            left_out.append(f"{ct} (a range, not a content type)")
        elif kind in structured and other in structured:
            same = (content[ct] or {}).get("schema") == (content[chosen] or {}).get("schema")
            (offered if same else left_out).append(ct if same else f"{ct} (another schema)")
        elif kind == other:
            offered.append(ct)
        elif kind in structured:
            left_out.append(f"{ct} (the client writes JSON, forms and multipart only)")
        else:
            left_out.append(f"{ct} (not {'bytes' if kind == 'binary' else 'text'} as given)")
    if left_out:
        sends = " or ".join(offered) + (" (chosen with `content_type`)" if len(offered) > 1 else "")
        ctx.warnings.append(
            Problem(
                ctx.file,
                where,
                f"several request content types; the client sends {sends}, "
                f"not {', '.join(left_out)}",
            )
        )
    return tuple(offered) if len(offered) > 1 else ()


def _sendable(content_type: str, kind: str) -> str:
    """The Content-Type to send for a documented one: a range (`*/*`, `image/*`) is not one."""
    if "*" not in content_type:
        return content_type
    return {"json": "application/json", "text": "text/plain"}.get(kind, "application/octet-stream")


def _one_type(value: Any) -> str | None:
    """A single concrete media type (`encoding.contentType` may list several, or a range)."""
    text = str(value or "").strip()
    return text if text and "," not in text and "*" not in text else None


def _is_file(schemas: SchemaConverter, schema: Any) -> bool:
    s = schemas.resolve(schema) if isinstance(schema, dict) else {}
    return s.get("format") == "binary" or (
        "contentMediaType" in s and s.get("contentEncoding") != "base64"
    )


def _file_properties(schemas: SchemaConverter, schema: Any) -> dict[str, bool]:
    """The properties of a multipart body that are files: name -> whether a list of them."""
    out = {}
    for name, prop in (schemas.resolve(schema).get("properties") or {}).items():
        prop = schemas.resolve(prop)
        if _is_file(schemas, prop):
            out[name] = False
        elif prop.get("type") == "array" and _is_file(schemas, prop.get("items") or {}):
            out[name] = True
    return out


def _file_field(f: Field, many: bool, runtime: str) -> Field:
    """A multipart file property as an argument: bytes, a file, a path, or (name, data, type)."""
    ann = "list[FileInput]" if many else "FileInput"
    if f.type.annotation.endswith("| None"):
        ann += " | None"
    return Field(**{**f.__dict__, "type": TypeRef(ann, imports=(f"{runtime}.call:FileInput",))})


def _encodings(
    schemas: SchemaConverter, content: dict[str, Any], types: tuple[str, ...], schema: Any
) -> tuple[PartEncoding, ...]:
    """Each property's `encoding` from the media types sent (a file's `contentMediaType`
    stands in for a missing multipart `contentType`)."""
    found: dict[str, dict[str, Any]] = {}
    if any(content_kind(ct) == "multipart" for ct in types):
        for name, prop in (schemas.resolve(schema).get("properties") or {}).items():
            media_type = _one_type(schemas.resolve(prop).get("contentMediaType"))
            if media_type:
                found.setdefault(name, {})["content_type"] = media_type
    for ct in types:
        kind = content_kind(ct)
        for name, enc in ((content[ct] or {}).get("encoding") or {}).items():
            if not isinstance(enc, dict):
                continue
            entry = found.setdefault(str(name), {})
            if kind == "multipart" and _one_type(enc.get("contentType")):
                entry["content_type"] = _one_type(enc.get("contentType"))
            if kind == "form" and "style" in enc:
                entry["style"] = str(enc["style"])
            if kind == "form" and ("explode" in enc or "style" in enc):
                entry["explode"] = bool(enc.get("explode", enc.get("style", "form") == "form"))
    return tuple(PartEncoding(name, **found[name]) for name in sorted(found) if found[name])
