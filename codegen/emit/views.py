"""What the client templates print, computed here: signatures, docstrings, call arguments.

Templates only loop over these views. Every piece of text taken from the document reaches
generated code through `docstring()` or `literal()`, never as code.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from codegen.ir.model import Api, Field, Operation, Parameter, RequestBody, Resource, TypeRef

_WIDTH = 88


def literal(value: Any) -> str:
    """A Python literal for JSON data; strings are escaped, never evaluated."""
    return repr(value)


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring whose content cannot end it or escape from it."""
    text = textwrap.dedent(text).strip()
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines = text.splitlines() or [""]
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= _WIDTH:
        return f'"""{lines[0]}"""'
    rest = "\n".join((pad + line).rstrip() for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def export_order(names: list[str] | set[str] | tuple[str, ...]) -> list[str]:
    """`__all__` in the order ruff expects: CONSTANTS, then Classes, then functions."""

    def key(name: str) -> tuple[int, str]:
        kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        return kind, name

    return sorted(set(names), key=key)


def api_title(title: str) -> str:
    """`Bookeeping.ai API` -> `Bookeeping.ai API`, `Acme` -> `Acme API`: for prose about the API."""
    text = comment_text(title)
    return text if text.lower().endswith("api") else f"{text} API"


def comment_text(text: str | None) -> str:
    """A single line of prose, safe anywhere (comments, one-line docstrings)."""
    return " ".join((text or "").split())


@dataclass(frozen=True)
class Arg:
    name: str
    annotation: str
    default: str | None  # None: required


@dataclass(frozen=True)
class OpView:
    name: str
    builder: str
    args: tuple[Arg, ...]
    forward: str
    returns: str
    doc: str
    builder_lines: tuple[str, ...]
    deprecated: bool


@dataclass(frozen=True)
class ResourceView:
    attr: str
    class_name: str
    module: str
    doc: str
    ops: tuple[OpView, ...]
    imports: tuple[str, ...]
    runtime_names: tuple[str, ...]
    given_names: tuple[str, ...]
    exports: tuple[str, ...]


@dataclass
class _Imports:
    models: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # "module:name"

    def add(self, ref: TypeRef | None) -> None:
        if ref is None:
            return
        self.models.update(ref.models)
        self.names.update(i for i in ref.imports if i)

    def lines(self, models_module: str) -> tuple[str, ...]:
        by_module: dict[str, set[str]] = {}
        for item in self.names:
            module, name = item.split(":")
            by_module.setdefault(module, set()).add(name)
        out = []
        for module in sorted(by_module):
            out.append(f"from {module} import {', '.join(sorted(by_module[module]))}")
        if self.models:
            out.append(f"from {models_module} import {', '.join(sorted(self.models))}")
        return tuple(out)


def resource_view(api: Api, resource: Resource) -> ResourceView:
    imports = _Imports()
    ops = tuple(_op_view(api, op, imports) for op in resource.operations)
    pkg = api.package.name
    lines = tuple(
        line.replace(f"from {pkg}._runtime", "from .._runtime")
        for line in imports.lines("..models")
    )
    doc = resource.description or f"Operations on {resource.attr.replace('_', ' ')}."
    runtime = ["ApiResponse", "AsyncCore", "Call", "RequestOptions", "ResponseSpec", "SyncCore"]
    if any("Param(" in line for op in ops for line in op.builder_lines):
        runtime.append("Param")
    given_names = []
    if any("NOT_GIVEN" in a.default for op in ops for a in op.args if a.default):
        given_names += ["NOT_GIVEN", "NotGiven"]
    if any("given(" in line for op in ops for line in op.builder_lines):
        given_names.append("given")
    return ResourceView(
        attr=resource.attr,
        class_name=resource.class_name,
        module=resource.module,
        doc=docstring(doc, 4),
        ops=ops,
        imports=lines,
        runtime_names=tuple(sorted(set(runtime))),
        given_names=tuple(given_names),
        exports=tuple(
            export_order(
                [
                    f"{prefix}{resource.class_name}{suffix}"
                    for prefix in ("", "Async")
                    for suffix in ("", "WithRawResponse")
                ]
            )
        ),
    )


def _op_view(api: Api, op: Operation, imports: _Imports) -> OpView:
    required: list[Arg] = []
    optional: list[Arg] = []
    for p in op.parameters:
        imports.add(p.type)
        (required if p.required else optional).append(_param_arg(p))
    body = op.body
    if body is not None:
        if body.fields:
            for f in body.fields:
                imports.add(f.type)
                (required if f.required else optional).append(_field_arg(f))
        else:
            imports.add(body.type)
            ann = body.type.annotation if body.type else "Any"
            if body.required:
                required.append(Arg("body", ann, None))
            else:
                optional.append(Arg("body", f"{ann} | None", "None"))
        if body.model:
            imports.models.add(body.model)
    result = _result_type(op, imports)
    args = tuple(required + optional)
    forward = ", ".join(f"{a.name}={a.name}" for a in args)
    return OpView(
        name=op.py_name,
        builder=f"_{op.py_name}_call",
        args=args,
        forward=forward,
        returns=result,
        doc=docstring(_op_doc(op, args), 8),
        builder_lines=tuple(_builder_lines(api, op, result, imports)),
        deprecated=op.deprecated,
    )


def _param_arg(p: Parameter) -> Arg:
    if p.required:
        return Arg(p.py_name, p.type.annotation, None)
    ann = (
        p.type.annotation
        if p.type.annotation.endswith("| None") or p.type.annotation in ("Any", "None")
        else f"{p.type.annotation} | None"
    )
    return Arg(p.py_name, ann, "None")


def _field_arg(f: Field) -> Arg:
    if f.required:
        return Arg(f.py_name, f.type.annotation, None)
    ann = f.type.annotation if f.type.annotation == "Any" else f"{f.type.annotation} | NotGiven"
    return Arg(f.py_name, ann, "NOT_GIVEN")


def _result_type(op: Operation, imports: _Imports) -> str:
    types = []
    for r in op.responses:
        if r.status.startswith("2") or (r is op.success):
            imports.add(r.type)
            ann = r.type.annotation if r.type else "None"
            if ann not in types:
                types.append(ann)
    if not types:
        return "None"
    if "Any" in types:
        imports.names.add("typing:Any")
        return "Any"
    return " | ".join(types)


def _op_doc(op: Operation, args: tuple[Arg, ...]) -> str:
    parts = []
    head = op.summary or f"{op.http_method} {op.path}"
    parts.append(head.strip())
    if op.description and op.description.strip() != head.strip():
        parts.append(op.description.strip())
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation as deprecated.")
    described: list[str] = []
    docs = {p.py_name: p.description for p in op.parameters}
    if op.body:
        docs.update({f.py_name: f.description for f in op.body.fields})
    for a in args:
        text = comment_text(docs.get(a.name))
        if text:
            described.append(f"    {a.name}: {text}")
    if described:
        parts.append("Args:\n" + "\n".join(described))
    parts.append(f"`{op.http_method} {op.path}` (operation `{op.operation_id}`).")
    return "\n\n".join(parts)


def _builder_lines(api: Api, op: Operation, result: str, imports: _Imports) -> list[str]:
    """The body of the function that turns keyword arguments into a `Call`."""
    lines: list[str] = []
    kw: list[str] = [
        f"method={literal(op.http_method)}",
        f"path={literal(op.path)}",
        f"operation_id={literal(op.operation_id)}",
    ]
    path = [p for p in op.parameters if p.location == "path"]
    if path:
        kw.append(
            "path_params={" + ", ".join(f"{literal(p.wire_name)}: {p.py_name}" for p in path) + "}"
        )
    for loc, key in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        params = [p for p in op.parameters if p.location == loc]
        if params:
            items = ", ".join(
                f"Param({literal(p.wire_name)}, {p.py_name}, style={literal(p.style)}, explode={p.explode})"
                for p in params
            )
            kw.append(f"{key}=[{items}]")
    body = op.body
    if body is not None:
        lines += _body_lines(body, kw)
    responses = []
    for r in op.responses:
        if r is op.success or r.status.startswith("2"):
            rtype = r.type.annotation if r.type else "None"
            responses.append(f"{literal(r.status)}: ResponseSpec({rtype}, {literal(r.kind)})")
    if responses:
        kw.append("responses={" + ", ".join(responses) + "}")
    errors = []
    for r in op.responses:
        if r.status in op.errors and r.type is not None:
            imports.add(r.type)
            errors.append(f"{literal(r.status)}: {r.type.annotation}")
    if errors:
        kw.append("error_bodies={" + ", ".join(errors) + "}")
    if op.security:
        kw.append("security=" + literal([list(s) for s in op.security]))
    lines.append(f"return Call[{result}](")
    lines += [f"    {k}," for k in kw]
    lines.append(")")
    return lines


def _body_lines(body: RequestBody, kw: list[str]) -> list[str]:
    lines: list[str] = []
    if body.kind in ("binary", "text"):
        kw.append("content=body")
        kw.append(f"content_type={literal(body.content_type)}")
        return lines
    if body.fields:
        entries = ", ".join(f"{literal(f.wire_name)}: {f.py_name}" for f in body.fields)
        data = f"given({{{entries}}})"
        if body.wrapper:
            fixed = "".join(f"{literal(k)}: {literal(v)}, " for k, v in body.fixed)
            data = f"{{{fixed}{literal(body.wrapper)}: {data}}}"
        elif body.fixed:
            fixed = "".join(f"{literal(k)}: {literal(v)}, " for k, v in body.fixed)
            data = f"{{{fixed}**{data}}}"
        target = body.model
        lines.append(f"data = {data}")
        value = f"{target}.model_validate(data)" if target else "data"
    else:
        value = "body"
    if body.kind == "json":
        kw.append(f"json={value}")
    elif body.kind == "form":
        kw.append(f"form={value}")
    else:
        kw.append(f"files={value}")
    if body.content_type != "application/json":
        kw.append(f"content_type={literal(body.content_type)}")
    return lines


@dataclass(frozen=True)
class AuthArg:
    name: str
    doc: str


@dataclass(frozen=True)
class ClientView:
    title: str
    doc: str
    environments: tuple[tuple[str, str], ...]  # (member, url literal)
    default_environment: str | None
    auth_args: tuple[AuthArg, ...]
    auth_lines: tuple[str, ...]
    auth_names: tuple[str, ...]  # runtime auth classes used
    resources: tuple[tuple[str, str, str], ...]  # (attr, class name, module)
    package: str
    idempotency_header: str
    user_agent: str
    auth_env: str


def client_view(api: Api) -> ClientView:
    args: list[AuthArg] = []
    lines: list[str] = []
    names: set[str] = set()
    for s in api.security_schemes:
        env = literal(s.env_var)
        what = comment_text(s.description) or f"{s.key} credentials"
        if s.kind == "basic":
            args.append(AuthArg(s.py_name, f"user name for {s.key} (env {s.env_var}_USERNAME)"))
            args.append(
                AuthArg(
                    f"{s.py_name.removesuffix('username')}password",
                    f"password for {s.key} (env {s.env_var}_PASSWORD)",
                )
            )
            pw = f"{s.py_name.removesuffix('username')}password"
            lines += [
                f"_user = credential({s.py_name}, {literal(s.env_var + '_USERNAME')})",
                f"_password = credential({pw}, {literal(s.env_var + '_PASSWORD')})",
                "if _user is not None and _password is not None:",
                f"    auth[{literal(s.key)}] = BasicAuth(_user, _password)",
            ]
            names.add("BasicAuth")
            continue
        if s.kind == "oauth2_client_credentials":
            secret = s.py_name.removesuffix("id") + "secret"
            args.append(AuthArg(s.py_name, f"OAuth2 client id for {s.key} (env {s.env_var}_ID)"))
            args.append(
                AuthArg(secret, f"OAuth2 client secret for {s.key} (env {s.env_var}_SECRET)")
            )
            lines += [
                f"_id = credential({s.py_name}, {literal(s.env_var + '_ID')})",
                f"_secret = credential({secret}, {literal(s.env_var + '_SECRET')})",
                "if _id is not None and _secret is not None:",
                f"    auth[{literal(s.key)}] = OAuth2ClientCredentials(",
                f"        token_url={literal(s.token_url)}, client_id=_id, client_secret=_secret, scopes={literal(list(s.scopes))}",
                "    )",
            ]
            names.add("OAuth2ClientCredentials")
            continue
        args.append(AuthArg(s.py_name, f"{what} (env {s.env_var})"))
        lines.append(f"_value = credential({s.py_name}, {env})")
        lines.append("if _value is not None:")
        if s.kind == "api_key":
            lines.append(
                f"    auth[{literal(s.key)}] = ApiKeyAuth(_value, name={literal(s.param_name)}, location={literal(s.location)})"
            )
            names.add("ApiKeyAuth")
        else:
            lines.append(f"    auth[{literal(s.key)}] = BearerAuth(_value)")
            names.add("BearerAuth")
    envs = tuple((srv.name, literal(srv.url)) for srv in api.servers)
    doc = f"Client for the {api_title(api.title)}"
    if api.version:
        doc += f" (version {comment_text(api.version)})"
    doc += "."
    if api.description and comment_text(api.description) != comment_text(api.title):
        doc += "\n\n" + api.description.strip()
    return ClientView(
        title=comment_text(api.title),
        doc=docstring(doc, 4),
        environments=envs,
        default_environment=envs[0][0] if envs else None,
        auth_args=tuple(args),
        auth_lines=tuple(lines),
        auth_names=tuple(sorted(names)),
        resources=tuple((r.attr, r.class_name, r.module) for r in api.resources),
        package=api.package.name,
        idempotency_header=literal(api.idempotency_header),
        user_agent=literal(f"{api.package.distribution}/{api.package.version}"),
        auth_env=literal({s.key: s.env_var for s in api.security_schemes if s.env_var}),
    )
