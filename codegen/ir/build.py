"""The assembled OpenAPI 3.1 document -> the intermediate model (`Api`).

This module walks the document and puts the model together; each part of an operation is
built by its own module: `parameters`, `bodies`, `responses`, `paging`, `examples`, and
`grouping` gathers the operations into resources.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import Problem, pointer
from codegen.ir.auth import requirements, security_schemes
from codegen.ir.bodies import rename_clashes, request_body
from codegen.ir.context import BuildContext
from codegen.ir.examples import (
    check_examples,
    closed_definitions,
    open_definitions,
    operation_examples,
)
from codegen.ir.grouping import Grouping
from codegen.ir.model import Api, Operation, PackageInfo, Parameter, Server, Skipped
from codegen.ir.names import Namer, constant, snake
from codegen.ir.paging import pagination
from codegen.ir.parameters import parameters
from codegen.ir.responses import ErrorStatuses, responses
from codegen.ir.schemas import SchemaConverter
from codegen.ir.stable import StoredNames, keep_method_names
from codegen.sources.base import LEFT_OUT_KEY
from codegen.sources.fragments import HTTP_METHODS, split_fragment

# header names that carry an idempotency key wherever an operation documents one
_IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})


def idempotency_header(params: tuple[Parameter, ...], manifest_header: str | None) -> str | None:
    """The header parameter in which an operation takes an idempotency key, if it has one."""
    names = _IDEMPOTENCY_HEADERS | ({manifest_header.lower()} if manifest_header else set())
    for p in params:
        if p.location == "header" and not p.fixed and p.wire_name.lower() in names:
            return p.wire_name
    return None


def build_api(
    document: dict[str, Any],
    package: PackageInfo,
    *,
    file: str = "openapi.json",
    names: StoredNames | None = None,
) -> Api:
    """The IR of one document; `names`: the last generation's, kept where they still apply."""
    return _Builder(document, package, file, names or StoredNames()).build()


class _Builder:
    def __init__(
        self, doc: dict[str, Any], package: PackageInfo, file: str, names: StoredNames
    ) -> None:
        self.doc = doc
        self.package = package
        self.file = file
        self.names = names
        self.schemas = SchemaConverter(doc, file, f"{package.name}._runtime", names.models)
        self.ctx = BuildContext(doc, file, self.schemas)
        self.errors = ErrorStatuses()
        self.grouping = Grouping(doc)

    def build(self) -> Api:
        info = self.doc.get("info") or {}
        for key in (self.doc.get("components") or {}).get("schemas") or {}:
            self.schemas.component(key)
        operations = self._operations()
        models = self.schemas.models()
        defs = closed_definitions(models)
        read = open_definitions(models)
        components = self.doc.get("components") or {}
        checks = self.ctx.example_checks
        operations = [
            (
                group,
                check_examples(op, defs, self.ctx.warnings, self.file, components, read, checks),
            )
            for group, op in operations
        ]
        resources = keep_method_names(self.grouping.resources(operations), self.names)
        for op, note in self.grouping.notes:
            self.ctx.warnings.append(Problem(self.file, op.source, note))
        return Api(
            package=self.package,
            title=str(info.get("title") or self.package.provider),
            version=str(info.get("version") or ""),
            description=info.get("description"),
            servers=self._servers(),
            security_schemes=security_schemes(self.ctx, self.package.name),
            security=requirements(self.doc.get("security")),
            resources=resources,
            models=models,
            errors=self.errors.classes(),
            idempotency_header=self.doc.get("x-codegen-idempotency-header"),
            rate_limit_headers=dict(self.doc.get("x-codegen-rate-limit-headers") or {}),
            warnings=tuple(self.ctx.warnings + self.schemas.warnings),
            skipped=tuple(self._left_out() + self.ctx.skipped + self.schemas.skipped),
        )

    def _left_out(self) -> list[Skipped]:
        """What the readers left out of the documents (`x-codegen-left-out`)."""
        entries = self.doc.get(LEFT_OUT_KEY)
        if not isinstance(entries, list):
            return []
        return [
            Skipped(str(e.get("what")), str(e.get("where")), str(e.get("reason")))
            for e in entries
            if isinstance(e, dict)
        ]

    def _servers(self) -> tuple[Server, ...]:
        namer = Namer()
        servers = []
        for i, s in enumerate(self.doc.get("servers") or []):
            url = str(s.get("url", ""))
            for var, spec in (s.get("variables") or {}).items():
                url = url.replace("{" + var + "}", str(spec.get("default", "")))
            # kept as written: a relative token URL resolves against it (RFC 3986), and the
            # client joins operation paths to it without doubling a trailing `/`
            if url.startswith("//"):  # scheme-relative: a client needs a scheme, and APIs use TLS
                url = "https:" + url
            if not url.startswith(("http://", "https://")):
                # relative to wherever the document was served: no URL a client can default to
                self.ctx.warnings.append(
                    Problem(
                        self.file,
                        pointer("servers", str(i), "url"),
                        f"server URL {url!r} is relative to where the document is served: "
                        "left out, the client needs base_url",
                    )
                )
                continue
            label = (
                s.get("x-codegen-environment")
                or s.get("description")
                or ("DEFAULT" if i == 0 else f"SERVER_{i + 1}")
            )
            servers.append(
                Server(
                    url=url,
                    name=namer.unique(constant(str(label)), sep="_"),
                    description=s.get("description"),
                )
            )
        return tuple(servers)

    def _operations(self) -> list[tuple[str, Operation]]:
        """(group, operation) pairs in document order."""
        result: list[tuple[str, Operation]] = []
        ids = Namer()
        for path, item in (self.doc.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            if "$ref" in item:
                item = self.schemas._target(item["$ref"])
            shared = item.get("parameters") or []
            # a fragment that names parameters (`/#X-Amz-Target=...`) is never sent
            wire, fragment = split_fragment(path)
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                where = pointer("paths", path, method)
                result.extend(self._operation(wire, method, op, shared, where, ids, fragment))
        return result

    def _operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        shared: list[Any],
        where: str,
        ids: Namer,
        fragment: str | None = None,
    ) -> list[tuple[str, Operation]]:
        """The operation, or one per variant of a tool-call operation (one path, one method,
        a body property naming the tool)."""
        group = self.grouping.group(path, op)
        params = parameters(self.ctx, shared, op.get("parameters") or [], where, path, fragment)
        all_responses, success, errors = responses(self.ctx, op, where, self.errors)
        security = requirements(op["security"] if "security" in op else self.doc.get("security"))
        paging = pagination(self.ctx, op, params, where)
        variants = op.get("x-codegen-variants")
        base_id = op.get("operationId") or " ".join(filter(None, (method, path, fragment)))
        entries: list[tuple[str, dict[str, Any]]] = []
        if isinstance(variants, dict) and variants.get("variants"):
            for v in variants["variants"]:
                entries.append((str(v.get("operationId") or v["value"]), v))
        else:
            entries.append((base_id, {}))
        out = []
        for index, (op_id, variant) in enumerate(entries):
            py_name = snake(op_id)
            if not ids.take(py_name):
                unique = ids.unique(py_name, sep="_")
                self.ctx.warnings.append(
                    Problem(
                        self.file,
                        where,
                        f"operationId {op_id!r} is used twice; the second is generated as {unique!r}",
                    )
                )
                py_name = unique
            body = request_body(
                self.ctx, op, where, op_id, variants if variant else None, variant, index
            )
            taken = {p.py_name for p in params if not p.fixed}
            if body and body.fields:
                body = rename_clashes(body, taken)
            out.append(
                (
                    group,
                    Operation(
                        operation_id=op_id,
                        py_name=py_name,
                        http_method=method.upper(),
                        path=path,
                        summary=(
                            variant.get("summary", op.get("summary"))
                            if variant
                            else op.get("summary")
                        ),
                        description=(
                            variant.get("description", op.get("description"))
                            if variant
                            else op.get("description")
                        ),
                        deprecated=bool(op.get("deprecated")),
                        parameters=params,
                        body=body,
                        responses=all_responses,
                        success=success,
                        errors=errors,
                        security=security,
                        examples=operation_examples(self.schemas, op, variant),
                        pagination=paging,
                        source=where,
                        idempotency_header=idempotency_header(
                            params, self.doc.get("x-codegen-idempotency-header")
                        ),
                        unsafe=bool(op.get("x-codegen-unsafe")),
                    ),
                )
            )
        return out
