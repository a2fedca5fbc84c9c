"""Reader for the `example-summary` shape: a JSON summary of one operation with examples.

```json
{"operationId": "updateOrCreateInvoices", "method": "POST", "path": "/Invoices",
 "summary": "...", "requestExamples": [{"contentType": "application/json", "example": {...}}],
 "responseExamples": [{"status": "200", "contentType": "application/json", "example": {...}}]}
```

There are no schemas: they are inferred from the examples (`infer`), request and response
together, so a model met in both is one model. The request body is `<OperationId>Request`,
the response of the first success status `<OperationId>Response`, any other response
`<OperationId>Response<status>`. The examples stay in the media types, for generated tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.sources.base import Hints, Piece
from codegen.sources.infer import Sample, infer
from codegen.sources.naming import pascal
from codegen.yamlload import load_json

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_KNOWN_KEYS = (
    "operationId",
    "method",
    "path",
    "summary",
    "description",
    "tags",
    "requestExamples",
    "responseExamples",
)
_STATUS = re.compile(r"^[1-5]\d\d$")
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_DEFAULT_CONTENT_TYPE = "application/json"


def read(text: str, file: str, hints: Hints) -> Piece:
    return _Reader(file, hints).read(load_json(text, file))


class _Reader:
    def __init__(self, file: str, hints: Hints) -> None:
        self.file = file
        self.hints = hints
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def read(self, doc: Any) -> Piece:
        if not isinstance(doc, dict):
            raise InputError([Problem(self.file, "", "the summary must be a JSON object")])
        unknown = sorted(set(doc) - set(_KNOWN_KEYS))
        if unknown:
            self.warnings.append(
                Problem(
                    self.file,
                    "",
                    f"keys not read: {', '.join(unknown)}",
                    f"known keys: {', '.join(_KNOWN_KEYS)}",
                )
            )
        method = self._fact(doc, "method", self.hints.method).lower()
        path = self._fact(doc, "path", self.hints.path)
        if method and method not in _METHODS:
            self._problem("/method", f"unknown HTTP method {method!r}")
        if path and not path.startswith("/"):
            self._problem("/path", f"the path {path!r} does not start with /")
        operation_id = self.hints.operation_id or self._text(doc, "operationId")
        if not operation_id:
            self._problem(
                "/operationId", "no operationId", "give `operation_id` in the manifest entry"
            )
        base = pascal(operation_id)
        requests = self._examples(doc, "requestExamples", with_status=False)
        responses = self._examples(doc, "responseExamples", with_status=True)
        if self.problems:
            raise InputError(self.problems)

        statuses = sorted({status for status, _, _, _ in responses})
        first_success = next((s for s in statuses if s.startswith("2")), None)
        samples = [Sample(f"{base}Request", example, _locate(at)) for _, _, example, at in requests]
        samples += [
            Sample(_response_name(base, status, first_success), example, _locate(at))
            for status, _, example, at in responses
        ]
        inferred = infer(samples)
        self.warnings += [Problem(self.file, where, note) for where, note in inferred.notes]
        roots = iter(inferred.roots)

        operation: dict[str, Any] = {"operationId": operation_id}
        for key in ("summary", "description"):
            if self._text(doc, key):
                operation[key] = doc[key]
        tags = list(self.hints.tags) or [str(t) for t in doc.get("tags") or []]
        if tags:
            operation["tags"] = tags
        parameters = self._path_parameters(path)
        if parameters:
            operation["parameters"] = parameters
        if requests:
            content: dict[str, Any] = {}
            for _, content_type, example, _ in requests:
                _add_example(content, content_type, next(roots), example)
            operation["requestBody"] = {"required": True, "content": content}
        out: dict[str, Any] = {}
        for status, content_type, example, _ in responses:
            response = out.setdefault(status, {"description": _phrase(status), "content": {}})
            _add_example(response["content"], content_type, next(roots), example)
        operation["responses"] = dict(sorted(out.items())) or {"200": {"description": "OK"}}
        openapi: dict[str, Any] = {"paths": {path: {method: operation}}}
        if inferred.schemas:
            openapi["components"] = {"schemas": inferred.schemas}
        origins = {pointer("paths", path, method): "/path"}
        return Piece(self.file, openapi, origins, self.warnings)

    def _problem(self, where: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.file, where, message, hint))

    def _text(self, doc: dict[str, Any], key: str) -> str:
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            self._problem(pointer(key), f"`{key}` must be a string")
            return ""
        return value or ""

    def _fact(self, doc: dict[str, Any], key: str, hinted: str | None) -> str:
        """A fact the document or the manifest gives; both, and differing, is an error."""
        value = self._text(doc, key)
        if value and hinted and value.lower() != hinted.lower():
            self._problem(
                pointer(key),
                f"the document says {key} {value!r}, the manifest {hinted!r}",
                "drop it from the document's manifest entry",
            )
        if not value and not hinted:
            self._problem(pointer(key), f"no {key}", "give it in the document's manifest entry")
        return value or hinted or ""

    def _examples(
        self, doc: dict[str, Any], key: str, *, with_status: bool
    ) -> list[tuple[str, str, Any, str]]:
        """(status, content type, example, where) for each entry of `key`."""
        entries = doc.get(key) or []
        if not isinstance(entries, list):
            self._problem(pointer(key), f"`{key}` must be a list")
            return []
        out: list[tuple[str, str, Any, str]] = []
        for index, entry in enumerate(entries):
            at = pointer(key, index)
            if not isinstance(entry, dict) or "example" not in entry:
                self._problem(at, "an example entry needs an `example`")
                continue
            content_type = entry.get("contentType", _DEFAULT_CONTENT_TYPE)
            status = str(entry.get("status", "200")) if with_status else ""
            if with_status and not _STATUS.match(status):
                self._problem(at + "/status", f"{status!r} is not an HTTP status code")
                continue
            if not isinstance(content_type, str) or not content_type:
                self._problem(at + "/contentType", "`contentType` must be a media type")
                continue
            out.append((status, content_type, entry["example"], at + "/example"))
        return out

    def _path_parameters(self, path: str) -> list[dict[str, Any]]:
        names = _PATH_PARAM.findall(path)
        for name in names:
            self.warnings.append(
                Problem(
                    self.file,
                    "/path",
                    f"path parameter `{name}` is not described; it is read as a required string",
                )
            )
        return [
            {"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in names
        ]


def _response_name(base: str, status: str, first_success: str | None) -> str:
    return f"{base}Response" if status == first_success else f"{base}Response{status}"


def _locate(at: str) -> Callable[[str], str]:
    return lambda inside: at + inside


def _add_example(content: dict[str, Any], content_type: str, schema: Any, example: Any) -> None:
    """Add an example to a media type; the first is `default`, the next `example2`, ..."""
    media = content.setdefault(content_type, {"schema": schema, "examples": {}})
    name = "default" if not media["examples"] else f"example{len(media['examples']) + 1}"
    media["examples"][name] = {"value": example}


def _phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return status
