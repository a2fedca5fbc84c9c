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
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import Hints, Piece
from codegen.sources.field_grammar import (
    GrammarError,
    looks_like_field,
    parse_field_line,
)
from codegen.sources.field_page_parts import (
    PARAMETER_SECTIONS,
    PageField,
    PageFields,
    SectionParts,
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
_FIELD_SECTIONS = ("Authentication", *PARAMETER_SECTIONS, "Request", "Response")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_FIX_HINT = "an overlay in the provider's folder can correct it"


def looks_like_field_page(lines: list[Line]) -> bool:
    """A page with a Request or Response heading and at least one line in the field grammar."""
    _, sections = split_sections(lines, HEADINGS)
    return any(s.name in ("Request", "Response") for s in sections)


def read_field_page(lines: list[Line], file: str, hints: Hints) -> Piece:
    return _Reader(file, hints).read(lines)


class _Reader(SectionParts):
    def __init__(self, file: str, hints: Hints) -> None:
        super().__init__(file)
        self.hints = hints

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

    def _fields(self, section: Section) -> PageFields:
        """Field lines and their descriptions; a line meant as a field that does not parse is
        an error, any other line is description (or preamble, before the first field)."""
        out = PageFields([], [])
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
            out.fields.append(PageField(line, parsed))
        return out

    def _refine(self, f: PageField, section: str, prose: list[Prose], names: set[str]) -> None:
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


def _line_order(problem: Problem) -> tuple[int, str]:
    number = re.match(r"line (\d+)", problem.where)
    return (int(number.group(1)) if number else 0, problem.message)
