"""A call's body as httpx takes it: JSON, a form, bytes or text, or multipart with files;
and the file positions to rewind to when the body is sent again."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic

from .call import Call, Encoding
from .serialize import form_body, form_pairs, json_body

__all__ = ["WrittenBody", "file_positions", "rewind", "write_body"]


FILE_PART = "file"  # the name of the one part of a multipart body that is a file itself


@dataclass(frozen=True)
class WrittenBody:
    """`httpx_args` for `build_request`; `content_type` for the header, unless the caller gave
    one (`replace`: in any case); `files` the multipart file parts, to rewind for a retry."""

    httpx_args: dict[str, Any] = field(default_factory=dict)
    content_type: str | None = None
    replace: bool = False
    files: list[tuple[str, Any]] = field(default_factory=list)


def write_body(call: Call[Any]) -> WrittenBody:
    """The body of `call`, from whichever of its body fields is set."""
    json_value, form, files, content = call.json, call.form, call.files, call.content
    if call.body is not None:
        # One value, written as its content type says (the caller may choose the type).
        kind = _media_kind(call.content_type)
        if kind == "multipart":
            files = call.body
        elif kind == "form":
            form = call.body
        elif isinstance(call.body, bytes | str) or hasattr(call.body, "read"):
            content = call.body
        else:
            json_value = call.body
    if files is not None:
        if _is_file(files):  # a body documented as one file, not an object of parts
            files = {FILE_PART: files}
        # httpx writes the multipart Content-Type itself, with its boundary.
        parts, fields = _split_multipart(files, call.encoding)
        fields.update(_fields(form))
        if not parts:
            return _multipart_fields_only(fields)
        return WrittenBody({"files": parts, "data": _form_dict(fields)}, files=parts)
    if form is not None:
        styles = {name: (e.style, e.explode) for name, e in call.encoding.items()}
        return WrittenBody(
            {"content": form_body(_fields(form), styles)},
            call.content_type or "application/x-www-form-urlencoded",
        )
    if content is not None:
        default = "text/plain; charset=utf-8" if isinstance(content, str) else None
        if not isinstance(content, bytes | str):
            # an open file is read once: sending it would leave it at its end, and a retry
            # would send nothing (the async client cannot send a blocking file anyway)
            content = content.read()
        return WrittenBody(
            {"content": content}, call.content_type or default or "application/octet-stream"
        )
    if json_value is not None:
        return WrittenBody(
            {"content": json_body(json_value)}, call.content_type or "application/json"
        )
    return WrittenBody()


def _multipart_fields_only(fields: dict[str, Any]) -> WrittenBody:
    """A multipart body without files, still multipart: httpx would send its fields as a
    urlencoded form. Each field is a part without a file name; with no field at all, the
    body is the closing boundary alone."""
    parts = [(name, (None, text)) for name, texts in _form_dict(fields).items() for text in texts]
    if parts:
        return WrittenBody({"files": parts})
    boundary = uuid.uuid4().hex
    return WrittenBody(
        {"content": f"--{boundary}--\r\n".encode("ascii")},
        f"multipart/form-data; boundary={boundary}",
        replace=True,
    )


def _fields(value: Any) -> dict[str, Any]:
    """The fields of a form body given as a mapping or a model (by wire name, as set)."""
    if value is None:
        return {}
    if isinstance(value, pydantic.BaseModel):
        value = {
            name: getattr(value, attr)
            for attr, name in _wire_names(value).items()
            if attr in value.model_fields_set
        } | dict(value.model_extra or {})
    return dict(value)


def _wire_names(model: pydantic.BaseModel) -> dict[str, str]:
    return {
        attr: info.serialization_alias or info.alias or attr
        for attr, info in type(model).model_fields.items()
    }


def _media_kind(content_type: str | None) -> str:
    base = (content_type or "").split(";")[0].strip().lower()
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    return "other"


def _is_file(value: Any) -> bool:
    return isinstance(value, bytes | bytearray | memoryview | tuple | os.PathLike) or hasattr(
        value, "read"
    )


def _is_object(value: Any) -> bool:
    return isinstance(value, Mapping | pydantic.BaseModel)


def _split_multipart(
    files: Any, encoding: Mapping[str, Encoding]
) -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    """The parts of a multipart body: files and objects (as JSON parts), and plain fields.

    A file is bytes, a file-like, a path, or `(file name, data)` / `(file name, data,
    content type)`; the document's `encoding` gives the content type a file part gets when
    the caller does not say.
    """
    parts: list[tuple[str, Any]] = []
    fields: dict[str, Any] = {}
    for name, value in _fields(files).items():
        if value is None:
            continue
        part_type = encoding[name].content_type if name in encoding else None
        values = value if isinstance(value, list) else [value]
        if values and all(map(_is_file, values)):
            parts.extend((name, _file_part(item, part_type)) for item in values)
        elif values and all(map(_is_object, values)):
            # An object is a JSON part: the OpenAPI default for object properties.
            parts.extend(
                (name, (None, json_body(item), part_type or "application/json")) for item in values
            )
        else:
            fields[name] = value
    return parts, fields


def _file_part(value: Any, content_type: str | None) -> Any:
    """A file as httpx takes it, with the document's content type unless the caller gave one."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        value = (path.name, path.read_bytes())
    elif isinstance(value, tuple) and len(value) > 1 and isinstance(value[1], os.PathLike):
        value = (value[0], Path(value[1]).read_bytes(), *value[2:])
    if isinstance(value, tuple):
        return (*value, content_type) if len(value) == 2 and content_type else value
    if content_type is None:
        return value
    name = getattr(value, "name", None)
    return (Path(name).name if isinstance(name, str) else "upload", value, content_type)


def _form_dict(form: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in form_pairs(form):
        out.setdefault(name, []).append(value)
    return out


def _file_objects(files: list[tuple[str, Any]]) -> list[Any]:
    objects = []
    for _, item in files:
        obj = item[1] if isinstance(item, tuple) and len(item) > 1 else item
        if hasattr(obj, "read"):
            objects.append(obj)
    return objects


def file_positions(files: list[tuple[str, Any]]) -> list[int] | None:
    """Where each file-like value starts, to send it again; None if one cannot be rewound."""
    positions = []
    for obj in _file_objects(files):
        try:
            if not obj.seekable():
                return None
            positions.append(obj.tell())
        except (AttributeError, OSError, ValueError):
            return None
    return positions


def rewind(files: list[tuple[str, Any]], positions: list[int] | None) -> None:
    for obj, position in zip(_file_objects(files), positions or [], strict=False):
        obj.seek(position)
