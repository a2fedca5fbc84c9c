"""An operation's responses (the success one the client returns, the error statuses), and
the error classes of the package: one per error status documented anywhere."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.errors import Problem, pointer
from codegen.ir.content import pick_content
from codegen.ir.context import BuildContext
from codegen.ir.model import ErrorClass, Header, Response, ResponseKind, TypeRef
from codegen.ir.names import pascal
from codegen.refs import canonical_ref

ERROR_NAMES = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "402": "PaymentRequiredError",
    "403": "PermissionDeniedError",
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
    "500": "InternalServerError",  # the 5XX class, which a documented 500 is folded into
    "501": "NotImplementedServerError",
    "502": "BadGatewayError",
    "503": "ServiceUnavailableError",
    "504": "GatewayTimeoutError",
    "4XX": "ClientError",
    "5XX": "InternalServerError",
}


def _runtime_errors() -> tuple[str, ...]:
    """The error classes the runtime's `errors` module exports, read from its `__all__`."""
    path = Path(__file__).resolve().parents[1] / "templates" / "runtime" / "errors.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__":
            names = ast.literal_eval(node.value)
            return tuple(n for n in names if n[0].isupper())
    raise AssertionError(f"{path}: no __all__")


# the runtime's own error classes, which every package exports
RUNTIME_ERRORS = _runtime_errors()

# The classes every package has, documented or not: the statuses users catch by name. A
# documented 500 is folded into the 5XX class, the one every other server error derives from.
STANDARD_ERRORS = {
    "400": "Bad request",
    "401": "Authentication failed: missing or invalid credentials",
    "403": "The credentials do not allow this",
    "404": "Not found",
    "409": "Conflict with the current state of the resource",
    "422": "The request was understood but its content is invalid",
    "429": "Too many requests: rate limited",
    "5XX": "Server error",
}


def status_order(status: Any) -> tuple[int, str]:
    """Statuses in numeric order, a range (`4XX`) after its codes, `default` last."""
    s = str(status).upper()
    if s == "DEFAULT":
        return (999, s)
    return (int(s[0]) * 100 + (int(s[1:]) if s[1:].isdigit() else 99), s)


@dataclass
class ErrorStatuses:
    """The error statuses met across the operations: the first description of each, and
    every body type it has (the error class's body is their union)."""

    descriptions: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, list[TypeRef]] = field(default_factory=dict)

    def classes(self) -> tuple[ErrorClass, ...]:
        out = []
        descriptions = {**STANDARD_ERRORS, **self.descriptions}
        bodies = dict(self.bodies)
        if "500" in descriptions:
            descriptions.pop("500")
            bodies["5XX"] = [*bodies.get("5XX", []), *bodies.pop("500", [])]
        for status in sorted(descriptions, key=status_order):
            if status == "default":
                continue
            name = ERROR_NAMES.get(status, f"Status{status}Error")
            types = bodies.get(status) or []
            annotations = list(dict.fromkeys(t.annotation for t in types))
            tref = None
            if annotations:
                tref = TypeRef(
                    " | ".join(annotations),
                    tuple(dict.fromkeys(m for t in types for m in t.models)),
                    tuple(dict.fromkeys(i for t in types for i in t.imports)),
                )
            out.append(ErrorClass(status, name, _first_line(descriptions[status]), tref))
        return tuple(out)


def responses(
    ctx: BuildContext, op: dict[str, Any], where: str, errors_seen: ErrorStatuses
) -> tuple[tuple[Response, ...], Response | None, tuple[str, ...]]:
    """(every response, the one the client returns, the error statuses)."""
    raw = op.get("responses") or {}
    op_name = pascal(op.get("operationId") or "Operation")
    out = []
    for status in sorted(raw, key=status_order):
        r = raw[status]
        # where the response is written: its own place, or the component it refers to
        ref = r.get("$ref")
        written = canonical_ref(ref).removeprefix("#") if isinstance(ref, str) else ""
        written = written or f"{where}/responses/{status}"
        r = ctx.schemas.resolve(r) if "$ref" in r else r
        here = f"{where}/responses/{status}"
        status = str(status).upper()
        content = r.get("content") or {}
        headers = tuple(
            Header(
                name,
                TypeRef("str"),
                (ctx.schemas.resolve(h) if "$ref" in h else h).get("description"),
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
        content_type, body_kind = pick_content(content)
        # a form-encoded answer is handed over as its text, a multipart one as its bytes:
        # the client parses JSON only
        kind: ResponseKind = (
            "json" if body_kind == "json" else "text" if body_kind in ("text", "form") else "binary"
        )
        schema = (content[content_type] or {}).get("schema")
        if kind == "json" and _is_file(ctx.schemas.resolve(schema)):
            kind = "binary"  # a file under a JSON media type: its bytes, which are no JSON
        others = tuple(sorted(set(content) - {content_type}))
        if others and status.startswith("2"):
            ctx.warnings.append(
                Problem(
                    ctx.file,
                    here,
                    f"several response content types; the client asks for and parses "
                    f"{content_type}, not {', '.join(others)} (their bodies can be read with "
                    "`with_streaming_response` and an `Accept` header in `request_options`)",
                )
            )
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
                    ERROR_NAMES.get(status, f"Status{status}Error").removesuffix("Error")
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
            _, tref = ctx.schemas.convert(
                schema or {},
                hint,
                here,
                "response",
                written + pointer("content", content_type, "schema"),
            )
        model = tref.annotation if tref and tref.models and tref.annotation in tref.models else None
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
    success = next((r for r in successes if r.kind != "empty"), successes[0] if successes else None)
    if success is None:
        success = next((r for r in out if r.status == "default"), None)
    errors = []
    for r in out:
        if r.status.startswith(("4", "5")) or (r.status == "default" and success is not r):
            errors.append(r.status)
            errors_seen.descriptions.setdefault(r.status, r.description)
            if r.type is not None:
                errors_seen.bodies.setdefault(r.status, []).append(r.type)
    return tuple(out), success, tuple(errors)


def _first_line(text: str) -> str:
    return (text or "").strip().split("\n")[0]


def _is_file(schema: Any) -> bool:
    """Whether a schema is a file's content (`type: string, format: binary`)."""
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and (schema.get("format") == "binary")
    )
