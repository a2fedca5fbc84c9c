"""The assembled OpenAPI 3.1 document -> the intermediate model (`Api`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from codegen.errors import InputError, Problem, pointer
from codegen.ir.examples import check_examples, closed_definitions
from codegen.ir.model import (
    Api,
    ErrorClass,
    Example,
    Field,
    Header,
    Operation,
    PackageInfo,
    Pagination,
    Parameter,
    PartEncoding,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
    Skipped,
    TypeRef,
)
from codegen.ir.names import Namer, constant, field_name, pascal, snake, words
from codegen.ir.schemas import SchemaConverter
from codegen.sources.fragments import find_parameter, parameter_fragment, split_fragment

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ERROR_NAMES = {
    "400": "BadRequestError",
    "401": "UnauthorizedError",
    "402": "PaymentRequiredError",
    "403": "ForbiddenError",
    "404": "NotFoundError",
    "405": "MethodNotAllowedError",
    "406": "NotAcceptableError",
    "408": "RequestTimeoutError",
    "409": "ConflictError",
    "410": "GoneError",
    "412": "PreconditionFailedError",
    "413": "PayloadTooLargeError",
    "415": "UnsupportedMediaTypeError",
    "422": "UnprocessableEntityError",
    "423": "LockedError",
    "429": "RateLimitError",
    "500": "InternalServerError",
    "501": "NotImplementedServerError",
    "502": "BadGatewayError",
    "503": "ServiceUnavailableError",
    "504": "GatewayTimeoutError",
    "4XX": "ClientError",
    "5XX": "ServerError",
}
# words that are a whole verb: `create_invoice` in `invoices` reads better as `invoices.create`
_VERBS = frozenset(
    [
        "create",
        "get",
        "list",
        "update",
        "delete",
        "retrieve",
        "patch",
        "put",
        "post",
        "remove",
        "add",
        "replace",
        "upsert",
        "search",
        "find",
        "fetch",
        "read",
        "write",
        "cancel",
        "void",
        "send",
    ]
)
_VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*|api|rest|public-api)$", re.IGNORECASE)
# an API with one tag and more operations than this is grouped by its paths instead
_ONE_TAG_MAX = 20
# the client's own attributes, which a resource must not shadow
_CLIENT_RESERVED = frozenset({"close", "with_options", "base_url", "environment"})


def build_api(document: dict[str, Any], package: PackageInfo, *, file: str = "openapi.json") -> Api:
    return _Builder(document, package, file).build()


class _Builder:
    def __init__(self, doc: dict[str, Any], package: PackageInfo, file: str) -> None:
        self.doc = doc
        self.package = package
        self.file = file
        self.schemas = SchemaConverter(doc, file, f"{package.name}._runtime")
        self.skipped: list[Skipped] = []
        self.warnings: list[Problem] = []
        self.error_bodies: dict[str, list[TypeRef]] = {}
        self.error_descriptions: dict[str, str] = {}
        self._tags_useful: bool | None = None

    def build(self) -> Api:
        info = self.doc.get("info") or {}
        for key in (self.doc.get("components") or {}).get("schemas") or {}:
            self.schemas.component(key)
        operations = self._operations()
        models = self.schemas.models()
        defs = closed_definitions(models)
        operations = [
            (group, check_examples(op, defs, self.warnings, self.file)) for group, op in operations
        ]
        resources = self._resources(operations)
        return Api(
            package=self.package,
            title=str(info.get("title") or self.package.provider),
            version=str(info.get("version") or ""),
            description=info.get("description"),
            servers=self._servers(),
            security_schemes=self._security_schemes(),
            security=_requirements(self.doc.get("security")),
            resources=resources,
            models=models,
            errors=self._errors(),
            idempotency_header=self.doc.get("x-codegen-idempotency-header"),
            warnings=tuple(self.warnings + self.schemas.warnings),
            skipped=tuple(self.skipped + self.schemas.skipped),
        )

    # -- servers and auth -------------------------------------------------------------------

    def _servers(self) -> tuple[Server, ...]:
        namer = Namer()
        servers = []
        for i, s in enumerate(self.doc.get("servers") or []):
            url = str(s.get("url", ""))
            for var, spec in (s.get("variables") or {}).items():
                url = url.replace("{" + var + "}", str(spec.get("default", "")))
            url = url.removesuffix("/")
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

    def _security_schemes(self) -> tuple[SecurityScheme, ...]:
        schemes = ((self.doc.get("components") or {}).get("securitySchemes")) or {}
        namer = Namer(
            {"environment", "base_url", "timeout", "max_retries", "default_headers", "http_client"}
        )
        out = []
        for key, s in schemes.items():
            where = pointer("components", "securitySchemes", key)
            kind = s.get("type")
            desc = s.get("description")
            env = s.get("x-codegen-env-var")
            if kind == "http" and str(s.get("scheme", "")).lower() == "bearer":
                fmt = str(s.get("bearerFormat", "")).lower().replace("-", " ").replace("_", " ")
                looks_like_key = (
                    fmt in ("api key", "apikey", "key") or "api key" in (desc or "").lower()
                )
                oauth = (
                    "oauth" in f"{key} {desc or ''}".lower()
                    or "access token" in (desc or "").lower()
                )
                base = "api_key" if looks_like_key else "access_token" if oauth else "token"
                out.append(
                    SecurityScheme(
                        key,
                        "bearer",
                        namer.unique(base if base not in namer else f"{snake(key)}_{base}"),
                        description=desc,
                        env_var=env,
                    )
                )
            elif kind == "http" and str(s.get("scheme", "")).lower() == "basic":
                out.append(
                    SecurityScheme(
                        key,
                        "basic",
                        namer.unique("username" if "username" not in namer else snake(key)),
                        description=desc,
                        env_var=env,
                    )
                )
            elif kind == "apiKey":
                param = str(s.get("name", ""))
                base = field_name(re.sub(r"^x[-_]", "", param, flags=re.IGNORECASE)) or "api_key"
                out.append(
                    SecurityScheme(
                        key,
                        "api_key",
                        namer.unique(base, sep="_"),
                        location=s.get("in", "header"),
                        param_name=param,
                        description=desc,
                        env_var=env,
                    )
                )
            elif kind == "oauth2":
                flows = s.get("flows") or {}
                cc = flows.get("clientCredentials")
                if cc and len(flows) == 1:
                    out.append(
                        SecurityScheme(
                            key,
                            "oauth2_client_credentials",
                            namer.unique("client_id"),
                            description=desc,
                            env_var=env,
                            token_url=cc.get("tokenUrl"),
                            scopes=tuple(sorted(cc.get("scopes") or {})),
                        )
                    )
                else:
                    out.append(
                        SecurityScheme(
                            key,
                            "oauth2_token",
                            namer.unique(
                                "access_token"
                                if "access_token" not in namer
                                else f"{snake(key)}_token"
                            ),
                            description=desc,
                            env_var=env,
                        )
                    )
            elif kind == "openIdConnect":
                out.append(
                    SecurityScheme(
                        key,
                        "oauth2_token",
                        namer.unique("access_token"),
                        description=desc,
                        env_var=env,
                    )
                )
            else:
                self.skipped.append(
                    Skipped(f"security scheme {key}", where, f"unsupported scheme type {kind!r}")
                )
                continue
        prefix = constant(self.package.name)
        return tuple(
            (
                s
                if s.env_var
                else SecurityScheme(**{**s.__dict__, "env_var": f"{prefix}_{s.py_name.upper()}"})
            )
            for s in out
        )

    # -- operations -------------------------------------------------------------------------

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
        group = self._group(path, op)
        params = self._parameters(shared, op.get("parameters") or [], where, path, fragment)
        responses, success, errors = self._responses(op, where)
        security = (
            _requirements(op["security"])
            if "security" in op
            else _requirements(self.doc.get("security"))
        )
        pagination = self._pagination(op, params, where)
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
                self.warnings.append(
                    Problem(
                        self.file,
                        where,
                        f"operationId {op_id!r} is used twice; the second is generated as {unique!r}",
                    )
                )
                py_name = unique
            body = self._body(op, where, op_id, variants if variant else None, variant, index)
            taken = {p.py_name for p in params if not p.fixed}
            if body and body.fields:
                body = _rename_clashes(body, taken)
            examples = self._examples(op, variant, index)
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
                        responses=responses,
                        success=success,
                        errors=errors,
                        security=security,
                        examples=examples,
                        pagination=pagination,
                        source=where,
                    ),
                )
            )
        return out

    def _group(self, path: str, op: dict[str, Any]) -> str:
        """The resource an operation belongs to: its tag, else the first collection of its path.

        Tool-call variants group under the collection they are posted to (`.../tools`). One
        tag over a large API (Xero's `Accounting`) groups nothing, so paths decide there.
        """
        static = [
            s
            for s in path.split("/")
            if s and not s.startswith("{") and not _VERSION_SEGMENT.match(s)
        ]
        if op.get("x-codegen-variants"):
            return static[-1] if static else "default"
        tags = op.get("tags") or []
        if tags and self._tags_group():
            return str(tags[0])
        return static[0] if static else "default"

    def _tags_group(self) -> bool:
        if self._tags_useful is None:
            ops = [
                op
                for item in (self.doc.get("paths") or {}).values()
                if isinstance(item, dict)
                for method, op in item.items()
                if method in HTTP_METHODS and isinstance(op, dict)
            ]
            firsts = {str((op.get("tags") or [""])[0]) for op in ops} - {""}
            self._tags_useful = len(firsts) > 1 or len(ops) <= _ONE_TAG_MAX
        return self._tags_useful

    def _parameters(
        self,
        shared: list[Any],
        own: list[Any],
        where: str,
        path: str,
        fragment: str | None = None,
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in list(shared) + list(own):
            p = self.schemas.resolve(raw) if "$ref" in raw else raw
            if "name" not in p or "in" not in p:
                raise InputError([Problem(self.file, where, "a parameter without `name` or `in`")])
            merged[(p["name"], p["in"])] = p
        fixes = self._fragment_fixes(merged, fragment, where) if fragment is not None else {}
        namer = Namer({"self", "request_options", "body"})
        declared = {name for name, loc in merged if loc == "path"}
        for name in re.findall(r"\{([^}]+)\}", path):
            if name not in declared:
                raise InputError(
                    [
                        Problem(
                            self.file,
                            where,
                            f"path parameter {{{name}}} is not declared",
                            "add it to the operation's `parameters` (in: path)",
                        )
                    ]
                )
        ordered = sorted(
            merged.values(), key=lambda p: (p["in"] != "path", not p.get("required", False))
        )
        # (parameter, schema, (fixed value,) or None) for every parameter that is generated
        slots: list[tuple[dict[str, Any], Any, tuple[Any] | None]] = []
        for p in ordered:
            loc = p["in"]
            if loc not in ("path", "query", "header", "cookie"):
                self.skipped.append(
                    Skipped(f"parameter {p['name']}", where, f"unknown location {loc!r}")
                )
                continue
            schema = p.get("schema")
            if schema is None and "content" in p:
                media = next(iter(p["content"].values()), {})
                schema = media.get("schema", {})
            fixed: tuple[Any] | None = None
            if (p["name"], loc) in fixes:
                fixed = (fixes[(p["name"], loc)],)
            elif loc != "path" and p.get("required"):
                fixed = self._single_value(schema)
            slots.append((p, schema, fixed))
        # fixed parameters are no arguments: they are named last, so none pushes an argument
        # to a suffixed name
        py_names: dict[int, str] = {}
        for i, (p, _, fixed) in sorted(enumerate(slots), key=lambda e: e[1][2] is not None):
            py_names[i] = namer.unique(field_name(p["name"]), sep="_")
        out = []
        for i, (p, schema, fixed) in enumerate(slots):
            loc = p["in"]
            if fixed is None:
                _, tref = self.schemas.convert(schema or {}, p["name"], where, "request")
            else:
                tref = TypeRef(type(fixed[0]).__name__)
            style = p.get("style") or ("form" if loc in ("query", "cookie") else "simple")
            has_default = isinstance(schema, dict) and "default" in schema
            out.append(
                Parameter(
                    wire_name=p["name"],
                    py_name=py_names[i],
                    location=loc,
                    required=bool(p.get("required")) or loc == "path" or fixed is not None,
                    type=tref,
                    description=p.get("description") or (schema or {}).get("description"),
                    style=style,
                    explode=bool(p.get("explode", style == "form")),
                    default=schema.get("default") if has_default else None,  # type: ignore[union-attr]
                    has_default=has_default,
                    fixed=fixed is not None,
                    value=fixed[0] if fixed is not None else None,
                )
            )
        return tuple(out)

    def _single_value(self, schema: Any) -> tuple[Any] | None:
        """`(value,)` when a schema allows one value only (`const`, or a one-value `enum`)."""
        schema = self.schemas.resolve(schema) if isinstance(schema, dict) else {}
        if "const" in schema:
            values = [schema["const"]]
        else:
            values = schema.get("enum") if isinstance(schema.get("enum"), list) else []
        if len(values) != 1:
            return None
        value = values[0]
        if isinstance(value, date):  # a YAML date: sent as the text the document wrote
            value = value.isoformat()
        # a value of another kind (null, an object) stays an argument: its serialization
        # is the caller's to choose
        return (value,) if isinstance(value, str | int | float) else None

    def _fragment_fixes(
        self, merged: dict[tuple[str, str], dict[str, Any]], fragment: str, where: str
    ) -> dict[tuple[str, str], Any]:
        """The parameters a path's fragment fixes (`#X-Amz-Target=Svc.Op`), with their values.

        A bare name (`#tagKeys`) only tells operations on one path apart, and must be a
        declared parameter. A `name=value` the operation does not declare is added as a query
        parameter, the fragment reading like a query string (`#Action=X&Version=Y`).
        """
        fixes: dict[tuple[str, str], Any] = {}
        problems: list[Problem] = []
        for name, value in parameter_fragment(fragment):
            p = find_parameter(name, list(merged.values()))
            if p is None and value is None:
                problems.append(
                    Problem(
                        self.file,
                        where,
                        f"the path fragment `#{fragment}` names `{name}`, which is not a query, "
                        "header or cookie parameter of the operation",
                        "declare the parameter, or correct the path by an overlay",
                    )
                )
                continue
            if p is None:
                p = {"name": name, "in": "query", "required": True, "schema": {"type": "string"}}
                merged[(name, "query")] = p
                self.warnings.append(
                    Problem(
                        self.file,
                        where,
                        f"the path fragment `#{fragment}` names `{name}`, which the operation "
                        f"does not declare; the client sends it as the query parameter "
                        f"{name}={value}",
                        "declare the parameter (in: query or header) by an overlay",
                    )
                )
            if value is not None:
                fixes[(p["name"], p["in"])] = self._fragment_value(p, value, fragment, where)
        if problems:
            raise InputError(problems)
        return fixes

    def _fragment_value(self, p: dict[str, Any], value: str, fragment: str, where: str) -> Any:
        """The fragment's text as a value of the parameter's type (`5` for an integer)."""
        schema = self.schemas.resolve(p.get("schema") or {})
        allowed = [schema["const"]] if "const" in schema else schema.get("enum")
        if isinstance(allowed, list):
            for option in allowed:
                text = str(option).lower() if isinstance(option, bool) else str(option)
                if text == value and isinstance(option, str | int | float):
                    return option
            self.warnings.append(
                Problem(
                    self.file,
                    where,
                    f"the path fragment `#{fragment}` fixes `{p['name']}` to {value!r}, which "
                    "its schema does not allow; the client sends the fragment's value",
                    "make the path and the parameter's schema agree by an overlay",
                )
            )
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "integer" in kinds and re.fullmatch(r"-?\d+", value):
            return int(value)
        if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", value):
            return float(value) if any(c in value for c in ".eE") else int(value)
        if "boolean" in kinds and value in ("true", "false"):
            return value == "true"
        return value

    def _body(
        self,
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
        body = self.schemas.resolve(raw) if "$ref" in raw else raw
        content = body.get("content") or {}
        if not content:
            return None
        content_type, kind = _pick_content(content)
        offered = self._body_content_types(content, content_type, kind, where + "/requestBody")
        media = content[content_type] or {}
        schema = media.get("schema") or {}
        hint = pascal(op_id) + "Request"
        fixed: tuple[tuple[str, Any], ...] = ()
        wrapper = wrapper_model = None
        if variants:
            members = schema.get("oneOf") if isinstance(schema.get("oneOf"), list) else [schema]
            schema = members[index] if index < len(members) else members[0]
            prop = variants.get("property")
            fixed = ((str(prop), variant["value"]),) if prop else ()
            wrapper = variants.get("arguments")
        if kind in ("binary", "text"):
            ann = "bytes" if kind == "binary" else "str"
            return RequestBody(
                kind,
                _sendable(content_type, kind),
                bool(body.get("required")),
                TypeRef(ann),
                None,
                description=body.get("description"),
                content_types=offered,
            )
        _, tref = self.schemas.convert(schema, hint, where + "/requestBody", "request")
        model = tref.annotation if tref.models and tref.annotation in tref.models else None
        fields = self.schemas.fields_of(model) if model else ()
        if wrapper:
            inner = next((f for f in fields if f.wire_name == wrapper), None)
            wrapper_model = (
                inner.type.annotation
                if inner and inner.type.annotation in inner.type.models
                else None
            )
            if wrapper_model is None:
                raise InputError(
                    [
                        Problem(
                            self.file,
                            where + "/requestBody",
                            f"the arguments property {wrapper!r} is not an object with properties",
                        )
                    ]
                )
            fields = self.schemas.fields_of(wrapper_model)
        fixed_names = {name for name, _ in fixed}
        fields = tuple(f for f in fields if f.wire_name not in fixed_names and not f.read_only)
        if kind == "multipart":
            files = _file_properties(self.schemas, schema)
            runtime = self.schemas.runtime_module
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
            encoding=_encodings(self.schemas, content, offered or (content_type,), schema),
        )

    def _body_content_types(
        self, content: dict[str, Any], chosen: str, kind: str, where: str
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
            other = _content_kind(ct)
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
            sends = " or ".join(offered) + (
                " (chosen with `content_type`)" if len(offered) > 1 else ""
            )
            self.warnings.append(
                Problem(
                    self.file,
                    where,
                    f"several request content types; the client sends {sends}, "
                    f"not {', '.join(left_out)}",
                )
            )
        return tuple(offered) if len(offered) > 1 else ()

    def _responses(
        self, op: dict[str, Any], where: str
    ) -> tuple[tuple[Response, ...], Response | None, tuple[str, ...]]:
        raw = op.get("responses") or {}
        op_name = pascal(op.get("operationId") or "Operation")
        out = []
        for status in sorted(raw, key=_status_order):
            r = raw[status]
            r = self.schemas.resolve(r) if "$ref" in r else r
            here = f"{where}/responses/{status}"
            status = str(status).upper()
            content = r.get("content") or {}
            headers = tuple(
                Header(
                    name,
                    TypeRef("str"),
                    (self.schemas.resolve(h) if "$ref" in h else h).get("description"),
                )
                for name, h in sorted((r.get("headers") or {}).items())
            )
            is_error = status.startswith(("4", "5")) or (
                status == "DEFAULT" and any(s.startswith("2") for s in raw)
            )
            if not content:
                out.append(
                    Response(
                        status.lower() if status == "DEFAULT" else status,
                        r.get("description", ""),
                        "empty",
                        None,
                        None,
                        None,
                        headers,
                    )
                )
                continue
            content_type, kind = _pick_content(content)
            others = tuple(sorted(set(content) - {content_type}))
            if others and status.startswith("2"):
                self.warnings.append(
                    Problem(
                        self.file,
                        here,
                        f"several response content types; the client asks for and parses "
                        f"{content_type}, not {', '.join(others)} (their bodies can be read with "
                        "`with_streaming_response` and an `Accept` header in `request_options`)",
                    )
                )
            schema = (content[content_type] or {}).get("schema")
            tref: TypeRef | None
            if kind == "binary":
                tref = TypeRef("bytes")
            elif kind == "text":
                tref = TypeRef("str")
            else:
                suffix = (
                    "Response"
                    if not is_error
                    else (
                        _ERROR_NAMES.get(status, f"Status{status}Error").removesuffix("Error")
                        + "ErrorBody"
                    )
                )
                hint = (
                    op_name + suffix
                    if not (
                        status.startswith("2")
                        and len([s for s in raw if str(s).startswith("2")]) > 1
                        and status != min(s for s in raw if str(s).startswith("2"))
                    )
                    else f"{op_name}{status}Response"
                )
                _, tref = self.schemas.convert(schema or {}, hint, here, "response")
            model = (
                tref.annotation if tref and tref.models and tref.annotation in tref.models else None
            )
            out.append(
                Response(
                    status.lower() if status == "DEFAULT" else status,
                    r.get("description", ""),
                    kind,
                    content_type,
                    tref,
                    model,
                    headers,
                    others,
                )
            )
        successes = [r for r in out if r.status.startswith("2")]
        success = next(
            (r for r in successes if r.kind != "empty"), successes[0] if successes else None
        )
        if success is None:
            success = next((r for r in out if r.status == "default"), None)
        errors = []
        for r in out:
            if r.status.startswith(("4", "5")) or (r.status == "default" and success is not r):
                errors.append(r.status)
                self.error_descriptions.setdefault(r.status, r.description)
                if r.type is not None:
                    self.error_bodies.setdefault(r.status, []).append(r.type)
        return tuple(out), success, tuple(errors)

    def _errors(self) -> tuple[ErrorClass, ...]:
        out = []
        for status in sorted(self.error_descriptions, key=_status_order):
            if status == "default":
                continue
            name = _ERROR_NAMES.get(status, f"Status{status}Error")
            types = self.error_bodies.get(status) or []
            annotations = list(dict.fromkeys(t.annotation for t in types))
            tref = None
            if annotations:
                tref = TypeRef(
                    " | ".join(annotations),
                    tuple(dict.fromkeys(m for t in types for m in t.models)),
                    tuple(dict.fromkeys(i for t in types for i in t.imports)),
                )
            out.append(ErrorClass(status, name, _first_line(self.error_descriptions[status]), tref))
        return tuple(out)

    def _pagination(
        self, op: dict[str, Any], params: tuple[Parameter, ...], where: str
    ) -> Pagination | None:
        hint = op.get("x-codegen-pagination")
        if hint is None:
            return None
        here = where + "/x-codegen-pagination"

        def bad(message: str) -> InputError:
            return InputError([Problem(self.file, here, message)])

        style = hint.get("style") if isinstance(hint, dict) else None
        if style not in ("page", "cursor", "offset") or "param" not in hint or "items" not in hint:
            raise bad(
                "a pagination hint needs `style` (page, cursor or offset), `param` and `items`"
            )
        if style == "cursor" and not hint.get("next_cursor"):
            raise bad(
                "cursor pagination needs `next_cursor`, the path of the next cursor in a page"
            )
        by_wire = {p.wire_name: p for p in params if p.location == "query"}
        named = {key: hint.get(key) for key in ("param", "limit_param") if hint.get(key)}
        for key, wire in named.items():
            if wire not in by_wire:
                raise bad(
                    f"`{key}` names {wire!r}, which is not a query parameter of the operation"
                )
        item = self._page_item_schema(op, str(hint["items"]))
        if item is None:
            raise bad(
                f"`items` names {hint['items']!r}, which is not a list in the operation's "
                "success response"
            )
        hint_name = pascal(op.get("operationId") or "Page") + "Item"
        _, item_type = self.schemas.convert(item, hint_name, here + "/items", "response")
        limit = hint.get("limit_param")
        return Pagination(
            style=style,
            param=by_wire[hint["param"]].py_name,
            items=str(hint["items"]),
            item_type=item_type,
            next_cursor=hint.get("next_cursor"),
            limit=by_wire[limit].py_name if limit else None,
        )

    def _page_item_schema(self, op: dict[str, Any], path: str) -> Any:
        """The schema of one item of the list at `path` in the JSON success response."""
        for status, response in sorted((op.get("responses") or {}).items()):
            if not str(status).startswith("2"):
                continue
            response = self.schemas.resolve(response)
            for ctype, media in (response.get("content") or {}).items():
                if "json" not in ctype:
                    continue
                schema: Any = (media or {}).get("schema")
                for part in path.split("."):
                    props = self.schemas.resolve(schema).get("properties") or {}
                    schema = props.get(part)
                schema = self.schemas.resolve(schema) if schema is not None else {}
                types = schema.get("type")
                if "array" in (types if isinstance(types, list) else [types]):
                    return schema.get("items", {})
        return None

    def _examples(
        self, op: dict[str, Any], variant: dict[str, Any], index: int
    ) -> tuple[Example, ...]:
        out: list[Example] = []
        raw_body = op.get("requestBody") or {}
        body = self.schemas.resolve(raw_body) if "$ref" in raw_body else raw_body
        for ctype, media in sorted((body.get("content") or {}).items()):
            for name, value in _media_examples(media or {}, self.schemas):
                if (
                    variant
                    and isinstance(value, dict)
                    and value.get((op.get("x-codegen-variants") or {}).get("property"))
                    != variant.get("value")
                ):
                    continue
                out.append(Example("request", value, None, name, ctype))
        for status, r in sorted(
            (op.get("responses") or {}).items(), key=lambda kv: _status_order(kv[0])
        ):
            r = self.schemas.resolve(r) if "$ref" in r else r
            for ctype, media in sorted((r.get("content") or {}).items()):
                for name, value in _media_examples(media or {}, self.schemas):
                    out.append(Example("response", value, str(status), name, ctype))
        return tuple(out)

    # -- resources --------------------------------------------------------------------------

    def _resources(self, operations: list[tuple[str, Operation]]) -> tuple[Resource, ...]:
        groups: dict[str, list[Operation]] = {}
        for group, op in operations:
            groups.setdefault(group, []).append(op)
        attrs = Namer(_CLIENT_RESERVED)
        tags = {
            t.get("name"): t.get("description")
            for t in self.doc.get("tags") or []
            if isinstance(t, dict)
        }
        out = []
        for group in sorted(groups, key=lambda g: snake(g)):
            attr = attrs.unique(field_name(group), sep="_")
            ops = _short_method_names(groups[group], attr)
            out.append(
                Resource(
                    attr=attr,
                    class_name=pascal(attr) + "Resource",
                    module=attr,
                    description=tags.get(group),
                    operations=tuple(ops),
                )
            )
        return tuple(out)


# -- helpers ------------------------------------------------------------------------------


def _status_order(status: Any) -> tuple[int, str]:
    s = str(status).upper()
    if s == "DEFAULT":
        return (999, s)
    return (int(s[0]) * 100 + (int(s[1:]) if s[1:].isdigit() else 99), s)


def _requirements(raw: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(tuple(sorted(req)) for req in raw if isinstance(req, dict))


def _content_kind(ct: str) -> str:
    base = ct.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base == "*/*" or base == "text/json":
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


def _pick_content(content: dict[str, Any]) -> tuple[str, str]:
    """The content type the client uses, and its kind: JSON first, plain `application/json`
    first among JSON, then the document's order."""
    ranked = sorted(
        content,
        key=lambda ct: (
            ["json", "form", "multipart", "text", "binary"].index(_content_kind(ct)),
            "*" in ct,  # a concrete type before a range
            ct.split(";")[0].strip().lower() != "application/json",
        ),
    )
    return ranked[0], _content_kind(ranked[0])


def _sendable(content_type: str, kind: str) -> str:
    """The Content-Type to send for a documented one: a range (`*/*`, `image/*`) is not one."""
    if "*" not in content_type:
        return content_type
    return {"json": "application/json", "text": "text/plain"}.get(kind, "application/octet-stream")


def _one_type(value: Any) -> str | None:
    """A single concrete media type (`encoding.contentType` may list several, or a range)."""
    text = str(value or "").strip()
    return text if text and "," not in text and "*" not in text else None


def _file_properties(schemas: SchemaConverter, schema: Any) -> dict[str, bool]:
    """The properties of a multipart body that are files: name -> whether a list of them."""

    def is_file(s: Any) -> bool:
        s = schemas.resolve(s)
        return s.get("format") == "binary" or (
            "contentMediaType" in s and s.get("contentEncoding") != "base64"
        )

    out = {}
    for name, prop in (schemas.resolve(schema).get("properties") or {}).items():
        prop = schemas.resolve(prop)
        if is_file(prop):
            out[name] = False
        elif prop.get("type") == "array" and is_file(prop.get("items") or {}):
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
    if any(_content_kind(ct) == "multipart" for ct in types):
        for name, prop in (schemas.resolve(schema).get("properties") or {}).items():
            media_type = _one_type(schemas.resolve(prop).get("contentMediaType"))
            if media_type:
                found.setdefault(name, {})["content_type"] = media_type
    for ct in types:
        kind = _content_kind(ct)
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


def _media_examples(media: dict[str, Any], schemas: SchemaConverter) -> list[tuple[str, Any]]:
    if "example" in media:
        return [("default", media["example"])]
    out = []
    for name, ex in sorted((media.get("examples") or {}).items()):
        ex = schemas.resolve(ex) if isinstance(ex, dict) and "$ref" in ex else ex
        if isinstance(ex, dict) and "value" in ex:
            out.append((str(name), ex["value"]))
    return out


def _short_method_names(ops: list[Operation], resource: str) -> list[Operation]:
    """`create_invoice` in `invoices` -> `create`, when the rest is a verb phrase and stays unique."""
    resource_words = words(resource)
    singular_words = (
        [*resource_words[:-1], resource_words[-1].rstrip("s")] if resource_words else []
    )
    proposals: list[str] = []
    for op in ops:
        parts = op.py_name.split("_")
        short = op.py_name
        for tail in (resource_words, singular_words):
            head = parts[: len(parts) - len(tail)]
            if tail and head and parts[len(head) :] == tail and _is_verb_phrase(head):
                short = "_".join(head)
        proposals.append(short)
    counts = {p: proposals.count(p) for p in proposals}
    out = []
    for op, short in zip(ops, proposals, strict=True):
        name = (
            short
            if counts[short] == 1 and short not in {o.py_name for o in ops if o is not op}
            else op.py_name
        )
        out.append(op if name == op.py_name else Operation(**{**op.__dict__, "py_name": name}))
    return out


def _is_verb_phrase(words_: list[str]) -> bool:
    """`create`, `update_or_create`: verbs joined by and/or, nothing else."""
    return (
        words_[0] in _VERBS
        and words_[-1] in _VERBS
        and all(w in _VERBS or w in ("or", "and") for w in words_)
    )


def _rename_clashes(body: RequestBody, taken: set[str]) -> RequestBody:
    """A body property named like a parameter gets a `_body` suffix as its argument name."""
    if not taken & {f.py_name for f in body.fields}:
        return body
    fields = tuple(
        Field(**{**f.__dict__, "py_name": f"{f.py_name}_body"}) if f.py_name in taken else f
        for f in body.fields
    )
    return RequestBody(**{**body.__dict__, "fields": fields})


def _first_line(text: str) -> str:
    return (text or "").strip().split("\n")[0]
