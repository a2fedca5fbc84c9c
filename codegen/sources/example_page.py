"""A rendered reference page that shows its method, path and JSON examples.

```
Invoices                      breadcrumb -> tags (unless the manifest gives them)
Create Invoice Line Item      title -> summary, operationId, model names
POST / invoices / {id} / ...  the method, then the path split over several lines
{ ... } { ... }               the request and response examples (a page may repeat them)
Creates a line item ...       description
Params                        one description per path parameter, in the path's order
Request                       the request example, then one description per top-level key
Response                      the response example, maybe followed by descriptions likewise
```

The schemas are inferred from the examples (`infer`), then refined from the descriptions:
"as a decimal string" makes a string `format: decimal`. The response status is not on the
page: it is 200.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import Hints, Piece
from codegen.sources.infer import Inference, Sample, infer, round_trips
from codegen.sources.json_blocks import Block, scan
from codegen.sources.naming import camel, pascal
from codegen.sources.page_sections import Line, non_blank
from codegen.sources.prose import says_decimal_string

HEADINGS = {
    "params": "Params",
    "path parameters": "Params",
    "request": "Request",
    "response": "Response",
}
_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")
_BODY_METHODS = ("PUT", "POST", "PATCH")
_SEGMENT = re.compile(r"^(?:[\w.~\-]+|\{[\w.\-]+\})$")
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_CONTENT_TYPE = "application/json"
_SUCCESS = "200"
_FIX_HINT = "an overlay in the provider's folder can correct it"


@dataclass
class _Part:
    """A section of the page: its examples and its prose lines, before/after the first."""

    blocks: list[Block] = field(default_factory=list)
    before: list[Line] = field(default_factory=list)
    after: list[Line] = field(default_factory=list)


def find_method_line(lines: list[Line]) -> int | None:
    """Index of a line that is only an HTTP method, followed by a line starting the path."""
    for index, line in enumerate(lines[:-1]):
        if line.text in _METHODS and lines[index + 1].text.startswith("/"):
            return index
    return None


def read_example_page(text: str, lines: list[Line], file: str, hints: Hints) -> Piece:
    return _Reader(file, hints).read(text, lines)


class _Reader:
    def __init__(self, file: str, hints: Hints) -> None:
        self.file = file
        self.hints = hints
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.origins: dict[str, str] = {}

    def read(self, text: str, lines: list[Line]) -> Piece:
        at = find_method_line(lines)
        if at is None:
            raise InputError([Problem(self.file, "line 1", "no method and path on the page")])
        header = list(dict.fromkeys(line.text for line in non_blank(lines[:at])))
        if not header:
            raise InputError([Problem(self.file, "line 1", "the page has no title")])
        title, breadcrumb = header[-1], header[:-1]
        method_line = lines[at]
        path, next_index = _read_path(lines, at + 1)
        method = self._check_hints(method_line, path)
        parts, description = self._parts(scan(text, lines[next_index:], self.file))

        operation_id = self.hints.operation_id or camel(title)
        base = pascal(operation_id)
        op_pointer = pointer("paths", path, method.lower())
        self.origins[op_pointer] = method_line.where
        operation: dict[str, Any] = {"operationId": operation_id, "summary": title}
        if description:
            operation["description"] = "\n".join(line.text for line in description)
        tags = list(self.hints.tags) or breadcrumb
        if tags:
            operation["tags"] = tags

        request, response = self._examples(parts, method_line.text)
        samples: list[Sample] = []
        if request is not None:
            samples.append(Sample(f"{base}Request", request.value, _locate(request)))
        if response is not None:
            samples.append(Sample(f"{base}Response", response.value, _locate(response)))
        inferred = infer(samples)
        self.warnings += [Problem(self.file, where, note) for where, note in inferred.notes]
        schemas = inferred.schemas
        roots = iter(inferred.roots)

        parameters = self._parameters(path, parts.get("Params"), op_pointer)
        if parameters:
            operation["parameters"] = parameters
        if request is not None:
            root = next(roots)
            self._describe(f"{base}Request", request, parts.get("Request"), inferred)
            body: dict[str, Any] = {"required": True}
            if text := _prose(parts.get("Request")):
                body["description"] = text
            body["content"] = {_CONTENT_TYPE: _media(root, request.value)}
            operation["requestBody"] = body
        elif _prose(parts.get("Request")):
            self.warnings.append(
                Problem(
                    self.file,
                    parts["Request"].before[0].where,
                    "the Request section has prose but no JSON example: its text is not read",
                )
            )
        ok: dict[str, Any] = {"description": _prose(parts.get("Response")) or "OK"}
        if response is not None:
            root = next(roots)
            self._describe(f"{base}Response", response, parts.get("Response"), inferred)
            ok["content"] = {_CONTENT_TYPE: _media(root, response.value)}
        operation["responses"] = {_SUCCESS: ok}
        if self.problems:
            raise InputError(self.problems)
        openapi: dict[str, Any] = {"paths": {path: {method.lower(): operation}}}
        if schemas:
            openapi["components"] = {"schemas": schemas}
        return Piece(self.file, openapi, self.origins, self.warnings)

    def _check_hints(self, method_line: Line, path: str) -> str:
        """The page's method; a manifest that says otherwise is a contradiction."""
        method = method_line.text
        hinted = (self.hints.method or method).upper(), self.hints.path or path
        if hinted != (method, path):
            self.problems.append(
                Problem(
                    self.file,
                    method_line.where,
                    f"the page says {method} {path}, the manifest {hinted[0]} {hinted[1]}",
                    "drop `method` and `path_template` from the document's manifest entry",
                )
            )
        return method

    def _parts(self, items: list[Line | Block]) -> tuple[dict[str, _Part], list[Line]]:
        """Examples and prose lines per section; the prose before any section describes
        the operation, the examples there belong to no section."""
        parts: dict[str, _Part] = {}
        current = _Part()
        loose = current
        for item in items:
            if isinstance(item, Block):
                current.blocks.append(item)
            elif not item.text:
                continue
            elif (name := HEADINGS.get(item.text.lower())) is not None:
                if name in parts:
                    self.problems.append(
                        Problem(self.file, item.where, f"a second {item.text!r} section")
                    )
                current = parts.setdefault(name, _Part())
            elif current.blocks and current is not loose:
                current.after.append(item)
            else:
                current.before.append(item)
        parts["*"] = loose
        return parts, loose.before

    def _examples(self, parts: dict[str, _Part], method: str) -> tuple[Block | None, Block | None]:
        """The request and response examples; every other example must repeat one of them."""
        chosen: dict[str, Block] = {
            name: parts[name].blocks[0]
            for name in ("Request", "Response")
            if name in parts and parts[name].blocks
        }
        every = [block for part in parts.values() for block in part.blocks]
        if not chosen:  # no section holds one: the page's own order, request first
            distinct: list[Block] = []
            for block in every:
                if all(block.value != seen.value for seen in distinct):
                    distinct.append(block)
            order = ["Request", "Response"] if method in _BODY_METHODS else ["Response"]
            chosen = dict(zip(order, distinct, strict=False))
            if chosen:
                self.warnings.append(
                    Problem(
                        self.file,
                        next(iter(chosen.values())).where,
                        "no Request or Response section holds an example: read in page order "
                        f"as {' and '.join(chosen)}",
                    )
                )
        known = [block.value for block in chosen.values()]
        for block in every:
            if block.value not in known:
                self.warnings.append(
                    Problem(
                        self.file,
                        block.where,
                        "a JSON example that is neither the request nor the response example "
                        "is ignored",
                    )
                )
        return chosen.get("Request"), chosen.get("Response")

    def _parameters(self, path: str, params: _Part | None, op_pointer: str) -> list[dict[str, Any]]:
        names = _PATH_PARAM.findall(path)
        lines = (params.before + params.after) if params else []
        # a line that is a parameter's name labels the descriptions after it
        labelled = [line for line in lines if line.text not in names]
        if lines and len(labelled) != len(names):
            self.problems.append(
                Problem(
                    self.file,
                    lines[0].where,
                    f"{len(labelled)} parameter descriptions for {len(names)} path parameters "
                    f"({', '.join(names) or 'none'})",
                    "the Params section describes the path's parameters in order, one line each",
                )
            )
            labelled = []
        out: list[dict[str, Any]] = []
        for index, name in enumerate(names):
            param: dict[str, Any] = {"name": name, "in": "path", "required": True}
            if labelled:
                param["description"] = labelled[index].text
                self.origins[f"{op_pointer}/parameters/{index}"] = labelled[index].where
            param["schema"] = {"type": "string"}
            out.append(param)
        return out

    def _describe(self, name: str, block: Block, part: _Part | None, inferred: Inference) -> None:
        """Map the section's description lines onto the example's top-level keys, in order,
        and read "decimal string" from them."""
        descriptions = part.after if part else []
        if not descriptions:
            return
        model = inferred.schemas.get(name)
        if not isinstance(block.value, dict) or model is None:
            self.problems.append(
                Problem(
                    self.file,
                    descriptions[0].where,
                    "descriptions follow an example that is not a JSON object",
                )
            )
            return
        keys = list(block.value)
        if len(keys) != len(descriptions):
            self.problems.append(
                Problem(
                    self.file,
                    descriptions[0].where,
                    f"{len(descriptions)} descriptions for the {len(keys)} keys of the example "
                    f"at {block.where} ({', '.join(keys)})",
                    "the page lists one description line per key, in the example's order",
                )
            )
            return
        for key, line in zip(keys, descriptions, strict=True):
            prop = model["properties"][key]
            prop["description"] = line.text
            self.origins[pointer("components", "schemas", name, "properties", key)] = line.where
            if says_decimal_string(line.text):
                self._decimal(prop, key, block.value[key], line)

    def _decimal(self, prop: dict[str, Any], key: str, value: Any, line: Line) -> None:
        if prop.get("type") == "string" and isinstance(value, str) and round_trips(Decimal, value):
            prop["format"] = "decimal"
            return
        self.warnings.append(
            Problem(
                self.file,
                line.where,
                f"`{key}` is described as a decimal string, but its example {value!r} is not one; "
                "it keeps the type of its example",
                _FIX_HINT,
            )
        )


def _read_path(lines: list[Line], index: int) -> tuple[str, int]:
    """The path printed over several lines (`/`, `invoices`, `/`, `{id}`): a piece starting
    with `/` (maybe a whole path), then segments and `/` in turn."""
    path = lines[index].text
    index += 1
    while index < len(lines):
        piece = lines[index].text
        after_slash = path.endswith("/")
        if (piece == "/" and not after_slash) or (after_slash and _SEGMENT.match(piece)):
            path += piece
        else:
            break
        index += 1
    return path, index


def _locate(block: Block) -> Callable[[str], str]:
    return lambda at: f"{block.where} (the example), at {at}" if at else block.where


def _prose(part: _Part | None) -> str:
    """A section's text before its example: what it says of the body as a whole."""
    return "\n".join(line.text for line in part.before) if part else ""


def _media(schema: dict[str, Any], example: Any) -> dict[str, Any]:
    return {"schema": schema, "examples": {"default": {"value": example}}}
