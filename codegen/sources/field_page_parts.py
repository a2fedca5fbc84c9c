"""The OpenAPI parts a field page's sections become: parameters, security schemes, request
and response bodies (with their object schemas), and the error statuses.

`field_page.py` reads the page into sections of fields; `SectionParts` turns those into
OpenAPI, recording where each part came from and what the page got wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from http import HTTPStatus
from typing import Any

from codegen.errors import Problem, pointer
from codegen.sources.field_grammar import (
    FieldLine,
)
from codegen.sources.naming import pascal
from codegen.sources.page_sections import Line, Section, non_blank
from codegen.sources.prose import Prose

PARAMETER_SECTIONS = {"Path parameters": "path", "Query parameters": "query", "Headers": "header"}
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


@dataclass
class PageField:
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
class PageFields:
    """A section read: the lines before its first field, and its fields."""

    preamble: list[Line]
    fields: list[PageField]


class SectionParts:
    """The parts of one page; problems, warnings and origins are collected as they are met."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.origins: dict[str, str] = {}

    def _parameters(
        self, read: dict[str, PageFields], path: str, op_pointer: str
    ) -> list[dict[str, Any]]:
        params: list[dict[str, Any]] = []
        in_template = _PATH_PARAM.findall(path)
        for section, place in PARAMETER_SECTIONS.items():
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

    def _security(self, auth: PageFields) -> dict[str, dict[str, Any]]:
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
        self, fields: PageFields, name: str, shape: dict[str, Any], components: dict[str, Any]
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
        self, fields: PageFields, section: Section, name: str, components: dict[str, Any]
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
        read: dict[str, PageFields],
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
