"""A rendered reference page that lists its fields, one run-together line each.

```
Create Invoice                        title -> summary, operationId, model names
Create a new invoice. ...             introduction -> description (and prose about fields)
Authentication                        `x-api-keystring` + "API Key authentication via header"
Path parameters / Query parameters / Headers
Request                               "This endpoint expects an object." + body fields
Response                              its first line describes the response; response fields
Errors                                `400` / `Bad Request Error`, ...
```

A field is a line in the grammar of `field_grammar`, then its description (one or more lines,
maybe after a blank line). The page gives neither the method nor the path: the manifest does
(`Hints`). The response status is not on the page either: it is 200.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from http import HTTPStatus
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import Hints, Piece
from codegen.sources.field_grammar import (
    FieldLine,
    GrammarError,
    looks_like_field,
    parse_field_line,
)
from codegen.sources.naming import camel, pascal
from codegen.sources.page_sections import Line, Section, non_blank, split_sections
from codegen.sources.prose import Prose, default_value, enum_evidence, intro_items

HEADINGS = (
    "Authentication",
    "Path parameters",
    "Query parameters",
    "Headers",
    "Request",
    "Response",
    "Errors",
)
_PARAMETER_SECTIONS = {"Path parameters": "path", "Query parameters": "query", "Headers": "header"}
_FIELD_SECTIONS = ("Authentication", *_PARAMETER_SECTIONS, "Request", "Response")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_STATUS = re.compile(r"^(?:[1-5]\d\d|[1-5]XX)$")
_BODY_KIND = re.compile(r"^This endpoint (?:expects|returns) (?:an? )?(?P<kind>.+?)\.?$")
_BODY_KINDS: dict[str, dict[str, Any]] = {
    "object": {"type": "object"},
    "list of objects": {"type": "array", "items": {"type": "object"}},
}
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_API_KEY_PLACE = re.compile(r"\b(header|query|cookie)\b", re.IGNORECASE)
_CONTENT_TYPE = "application/json"
_SUCCESS = "200"
_FIX_HINT = "an overlay in the provider's folder can correct it"


@dataclass
class _Field:
    line: Line
    field: FieldLine
    description: list[Line] = dataclass_field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.description)

    @property
    def prose(self) -> Prose:
        """Its description as prose about the field, placed where the description starts."""
        first = self.description[0] if self.description else self.line
        return Prose(first.number, self.text, self.field.name)


@dataclass
class _Fields:
    """A section read: the lines before its first field, and its fields."""

    preamble: list[Line]
    fields: list[_Field]


def looks_like_field_page(lines: list[Line]) -> bool:
    """A page with a Request or Response heading and at least one line in the field grammar."""
    _, sections = split_sections(lines, HEADINGS)
    return any(s.name in ("Request", "Response") for s in sections)


def read_field_page(lines: list[Line], file: str, hints: Hints) -> Piece:
    return _Reader(file, hints).read(lines)


class _Reader:
    def __init__(self, file: str, hints: Hints) -> None:
        self.file = file
        self.hints = hints
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.origins: dict[str, str] = {}

    def read(self, lines: list[Line]) -> Piece:
        before, sections = split_sections(lines, HEADINGS)
        intro = non_blank(before)
        if not intro:
            raise InputError([Problem(self.file, "line 1", "the page has no title")])
        title, description = intro[0], intro[1:]
        by_name = self._index(sections)
        read = {name: self._fields(by_name[name]) for name in _FIELD_SECTIONS if name in by_name}
        names = {f.field.name for fields in read.values() for f in fields.fields}
        for name, fields in read.items():
            if fields.preamble and name not in ("Request", "Response"):
                self.warnings.append(
                    Problem(
                        self.file,
                        fields.preamble[0].where,
                        f"text before the first field of the {name} section is not read",
                    )
                )
        prose = [p for line in description for p in intro_items(line.text, line.number)]
        prose += [f.prose for fields in read.values() for f in fields.fields]
        for section, fields in read.items():
            for f in fields.fields:
                self._refine(f, section, prose, names)

        method, path = self._method_and_path(title)
        operation_id = self.hints.operation_id or camel(title.text)
        base = pascal(operation_id)
        op_pointer = pointer("paths", path, method)
        self.origins[op_pointer] = title.where
        operation: dict[str, Any] = {"operationId": operation_id, "summary": title.text}
        if description:
            operation["description"] = "\n".join(line.text for line in description)
        if self.hints.tags:
            operation["tags"] = list(self.hints.tags)
        components: dict[str, Any] = {"schemas": {}}

        parameters = self._parameters(read, path, op_pointer)
        if parameters:
            operation["parameters"] = parameters
        if "Authentication" in read:
            schemes = self._security(read["Authentication"])
            if schemes:
                components["securitySchemes"] = schemes
                # every credential the section lists goes on each call
                operation["security"] = [{name: [] for name in schemes}]
        if "Request" in read:
            operation["requestBody"] = self._request_body(
                read["Request"], by_name["Request"], f"{base}Request", components
            )
        operation["responses"] = self._responses(read, by_name, f"{base}Response", components)
        if self.problems:
            raise InputError(sorted(self.problems, key=_line_order))
        if not components["schemas"]:
            del components["schemas"]
        openapi: dict[str, Any] = {"paths": {path: {method: operation}}}
        if components:
            openapi["components"] = components
        return Piece(self.file, openapi, self.origins, self.warnings)

    # -- sections -----------------------------------------------------------------------

    def _index(self, sections: list[Section]) -> dict[str, Section]:
        out: dict[str, Section] = {}
        for section in sections:
            if section.name in out:
                self.problems.append(
                    Problem(
                        self.file,
                        section.heading.where,
                        f"a second {section.name!r} section",
                        f"the first is at {out[section.name].heading.where}",
                    )
                )
            else:
                out[section.name] = section
        if not any(name in out for name in ("Request", "Response")):
            self.problems.append(
                Problem(self.file, "line 1", "the page has no Request or Response section")
            )
        return out

    def _fields(self, section: Section) -> _Fields:
        """Field lines and their descriptions; a line meant as a field that does not parse is
        an error, any other line is description (or preamble, before the first field)."""
        out = _Fields([], [])
        for line in section.lines:
            if not line.text:
                continue
            try:
                parsed = parse_field_line(line.text)
            except GrammarError as exc:
                if looks_like_field(line.text):
                    self.problems.append(Problem(self.file, line.where, exc.message, exc.hint))
                elif out.fields:
                    out.fields[-1].description.append(line)
                else:
                    out.preamble.append(line)
                continue
            out.fields.append(_Field(line, parsed))
        return out

    def _refine(self, f: _Field, section: str, prose: list[Prose], names: set[str]) -> None:
        """Description, enum values from the prose, and a warning for what stays open."""
        schema = f.field.schema
        if f.description:
            schema["description"] = f.text
        if f.field.is_object:
            self.warnings.append(
                Problem(
                    self.file,
                    f.line.where,
                    f"`{f.field.name}` ({f.field.phrase}): the page lists no properties; "
                    "it stays an open object",
                    _FIX_HINT,
                )
            )
        if not f.field.is_enum:
            return
        target = schema["items"] if schema.get("type") == "array" else schema
        evidence = enum_evidence(f.field.name, prose, names)
        request_side = section != "Response"
        values = list(evidence.settable if request_side else evidence.values)
        if not values:
            self.warnings.append(
                Problem(
                    self.file,
                    f.line.where,
                    f"`{f.field.name}` is an enum whose values the page does not give; "
                    "it stays a string",
                    _FIX_HINT,
                )
            )
            return
        read_at = ", ".join(str(n) for n in evidence.lines)
        lines = "lines" if len(evidence.lines) > 1 else "line"
        message = f"enum values of `{f.field.name}` read from the prose ({lines} {read_at}): "
        message += ", ".join(values)
        left_out = [v for v in evidence.values if v not in values]
        if left_out:
            message += f"; left out, as the prose says they cannot be set: {', '.join(left_out)}"
        self.warnings.append(Problem(self.file, f.line.where, message, _FIX_HINT))
        nullable = "null" in target.get("type", [])
        target["enum"] = values + ([None] if nullable else [])
        default = default_value(f.field.name, prose) if request_side else None
        if default in values and "default" not in schema:
            schema["default"] = default

    def _method_and_path(self, title: Line) -> tuple[str, str]:
        method = (self.hints.method or "").lower()
        path = self.hints.path or ""
        if not method or not path:
            self.problems.append(
                Problem(
                    self.file,
                    title.where,
                    "the page gives no HTTP method and path",
                    "give `method` and `path_template` in the document's entry in manifest.yaml",
                )
            )
        elif method not in _METHODS or not path.startswith("/"):
            self.problems.append(
                Problem(
                    self.file,
                    title.where,
                    f"the manifest's method and path {method.upper()} {path} are not valid",
                    f"method is one of {', '.join(_METHODS)}; the path starts with /",
                )
            )
        return method or "get", path or "/"

    def _parameters(
        self, read: dict[str, _Fields], path: str, op_pointer: str
    ) -> list[dict[str, Any]]:
        params: list[dict[str, Any]] = []
        in_template = _PATH_PARAM.findall(path)
        for section, place in _PARAMETER_SECTIONS.items():
            for f in read[section].fields if section in read else []:
                if place == "path" and f.field.name not in in_template:
                    self.problems.append(
                        Problem(
                            self.file,
                            f.line.where,
                            f"path parameter `{f.field.name}` is not in the path {path}",
                            "check `path_template` in manifest.yaml",
                        )
                    )
                param: dict[str, Any] = {"name": f.field.name, "in": place}
                if "description" in f.field.schema:
                    param["description"] = f.field.schema.pop("description")
                param["required"] = place == "path" or bool(f.field.required)
                param["schema"] = f.field.schema
                self.origins[f"{op_pointer}/parameters/{len(params)}"] = f.line.where
                params.append(param)
        declared = {p["name"] for p in params if p["in"] == "path"}
        for name in in_template:
            if name not in declared:
                self.warnings.append(
                    Problem(
                        self.file,
                        "line 1",
                        f"path parameter `{name}` is not described on the page; "
                        "it is read as a required string",
                    )
                )
                params.append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
        return params

    def _security(self, auth: _Fields) -> dict[str, dict[str, Any]]:
        schemes: dict[str, dict[str, Any]] = {}
        for f in auth.fields:
            text = f.text
            lowered = text.lower()
            scheme: dict[str, Any]
            if "bearer" in lowered:
                name, scheme = "BearerAuth", {"type": "http", "scheme": "bearer"}
            elif "basic" in lowered:
                name, scheme = "BasicAuth", {"type": "http", "scheme": "basic"}
            elif (place := _API_KEY_PLACE.search(text)) is not None:
                name = pascal(re.sub(r"^x-", "", f.field.name, flags=re.IGNORECASE))
                scheme = {"type": "apiKey", "in": place.group(1).lower(), "name": f.field.name}
            else:
                self.problems.append(
                    Problem(
                        self.file,
                        f.line.where,
                        f"cannot tell how `{f.field.name}` authenticates: {text!r}",
                        "say it in manifest.yaml (`security_schemes`, `security`)",
                    )
                )
                continue
            if text:
                scheme["description"] = text
            schemes[name] = scheme
            self.origins[pointer("components", "securitySchemes", name)] = f.line.where
        return schemes

    def _object_schema(
        self, fields: _Fields, name: str, shape: dict[str, Any], components: dict[str, Any]
    ) -> dict[str, Any]:
        """The named model of a body's fields; the body's schema refers to it."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in fields.fields:
            if f.field.name in properties:
                self.problems.append(
                    Problem(self.file, f.line.where, f"field `{f.field.name}` is listed twice")
                )
            properties[f.field.name] = f.field.schema
            self.origins[pointer("components", "schemas", name, "properties", f.field.name)] = (
                f.line.where
            )
            if f.field.required:
                required.append(f.field.name)
        model: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            model["required"] = sorted(required)
        components["schemas"][name] = model
        ref = {"$ref": f"#/components/schemas/{name}"}
        return {**shape, "items": ref} if shape.get("type") == "array" else ref

    def _body_shape(self, preamble: list[Line]) -> tuple[dict[str, Any], list[str]]:
        """What the section's first lines say the body is, and the rest of them (prose)."""
        shape: dict[str, Any] = {"type": "object"}
        prose: list[str] = []
        for line in preamble:
            match = _BODY_KIND.match(line.text)
            if match is None:
                prose.append(line.text)
            elif match["kind"] in _BODY_KINDS:
                shape = _BODY_KINDS[match["kind"]]
            else:
                self.problems.append(
                    Problem(
                        self.file,
                        line.where,
                        f"cannot read the body kind {match['kind']!r}",
                        f"known: {', '.join(_BODY_KINDS)}",
                    )
                )
        return shape, prose

    def _request_body(
        self, fields: _Fields, section: Section, name: str, components: dict[str, Any]
    ) -> dict[str, Any]:
        shape, prose = self._body_shape(fields.preamble)
        body: dict[str, Any] = {"required": True}
        if prose:
            body["description"] = "\n".join(prose)
        schema = self._object_schema(fields, name, shape, components)
        body["content"] = {_CONTENT_TYPE: {"schema": schema}}
        self.origins[pointer("components", "schemas", name)] = section.heading.where
        return body

    def _responses(
        self,
        read: dict[str, _Fields],
        by_name: dict[str, Section],
        name: str,
        components: dict[str, Any],
    ) -> dict[str, Any]:
        responses: dict[str, Any] = {}
        if "Response" in read:
            fields = read["Response"]
            shape, prose = self._body_shape(fields.preamble)
            response: dict[str, Any] = {"description": "\n".join(prose) or "OK"}
            if fields.fields:
                schema = self._object_schema(fields, name, shape, components)
                response["content"] = {_CONTENT_TYPE: {"schema": schema}}
                self.origins[pointer("components", "schemas", name)] = by_name[
                    "Response"
                ].heading.where
            responses[_SUCCESS] = response
        if "Errors" in by_name:
            responses.update(self._errors(by_name["Errors"]))
        return dict(sorted(responses.items()))

    def _errors(self, section: Section) -> dict[str, Any]:
        """`400` then its name (`Bad Request Error`), for each documented error."""
        out: dict[str, list[str]] = {}
        current: str | None = None
        for line in non_blank(section.lines):
            if _STATUS.match(line.text):
                current = line.text
                out.setdefault(current, [])
            elif current is None:
                self.problems.append(
                    Problem(
                        self.file,
                        line.where,
                        f"cannot read {line.text!r} in the Errors section",
                        "each error is a status code line (`400`) then its description",
                    )
                )
            else:
                out[current].append(line.text)
        return {
            code: {"description": "\n".join(text) or _phrase(code)} for code, text in out.items()
        }


def _phrase(code: str) -> str:
    try:
        return HTTPStatus(int(code)).phrase
    except ValueError:  # `4XX`, or a code HTTP does not name
        return code


def _line_order(problem: Problem) -> tuple[int, str]:
    number = re.match(r"line (\d+)", problem.where)
    return (int(number.group(1)) if number else 0, problem.message)
