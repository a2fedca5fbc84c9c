"""What the client templates print, computed here: signatures, docstrings, call arguments.

Templates only loop over these views. Every piece of text taken from the document reaches
generated code through `docstring()` or `literal()`, never as code.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from codegen.ir.model import (
    Api,
    Field,
    Operation,
    Parameter,
    PartEncoding,
    RequestBody,
    Resource,
    TypeRef,
)

_WIDTH = 88
# Characters a source file may not hold as they are (NUL), that tools refuse (escape codes),
# or that cannot be written as UTF-8 (lone surrogates); tab and the line breaks are handled
# as such.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def literal(value: Any) -> str:
    """A Python literal for JSON data; strings are escaped, never evaluated."""
    return repr(value)


def escaped(text: str) -> str:
    """Unprintable characters as escape sequences, which a string literal, a docstring and a
    regular expression all read back as the characters themselves."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring whose content cannot end it or escape from it."""
    text = textwrap.dedent(text).strip()
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = escaped(text)  # the docstring still reads as the document wrote it
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines = text.splitlines() or [""]
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= _WIDTH:
        return f'"""{lines[0]}"""'
    rest = "\n".join((pad + line).rstrip() for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def _docstring_line(text: str) -> str:
    """One line of prose for the inside of a docstring a template writes: no quote or
    backslash of it can end the docstring."""
    return comment_text(text).replace("\\", "\\\\").replace('"', '\\"')


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
    """A single line of prose, safe anywhere (comments, one-line docstrings, package metadata)."""
    return " ".join(_UNPRINTABLE.sub(" ", text or "").split())


@dataclass(frozen=True)
class Arg:
    name: str
    annotation: str
    default: str | None  # None: required


@dataclass(frozen=True)
class PagingView:
    """The two iterating methods of an operation that pages: over its pages and its items."""

    pages_name: str
    items_name: str
    item_type: str
    paging: str  # the runtime `Paging(...)` expression
    first: str  # the argument holding the first page token
    forward: str  # the builder's arguments, with the page token from the loop
    pages_doc: str
    items_doc: str


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
    paging: PagingView | None = None
    streams: bool = False  # also offered by `with_streaming_response` (a file or text result)


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
    pages: bool  # some operation pages: the module imports the runtime's pagination
    exports: tuple[str, ...]
    streaming: bool = False  # some operation streams: the resource has `with_streaming_response`


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


def paging_methods(resource: Resource) -> dict[str, tuple[str, str]]:
    """py_name of each operation that pages -> its (items, pages) iterating method names."""
    taken = {op.py_name for op in resource.operations}
    return {
        op.py_name: (
            _free_name(f"iter_{op.py_name}", taken),
            _free_name(f"iter_{op.py_name}_pages", taken),
        )
        for op in resource.operations
        if op.pagination
    }


def resource_view(api: Api, resource: Resource) -> ResourceView:
    imports = _Imports()
    methods = paging_methods(resource)
    ops = tuple(_op_view(api, op, imports, methods.get(op.py_name)) for op in resource.operations)
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
    if any("Encoding(" in line for op in ops for line in op.builder_lines):
        runtime.append("Encoding")
    streaming = any(op.streams for op in ops)
    if streaming:
        runtime += ["AsyncStreamedResponse", "StreamedResponse"]
    return ResourceView(
        attr=resource.attr,
        class_name=resource.class_name,
        module=resource.module,
        doc=docstring(doc, 4),
        ops=ops,
        imports=lines,
        runtime_names=tuple(sorted(set(runtime))),
        given_names=tuple(given_names),
        pages=any(op.paging for op in ops),
        exports=tuple(
            export_order(
                [
                    f"{prefix}{resource.class_name}{suffix}"
                    for prefix in ("", "Async")
                    for suffix in ("", "WithRawResponse")
                    + (("WithStreamingResponse",) if streaming else ())
                ]
            )
        ),
        streaming=streaming,
    )


def _op_view(
    api: Api, op: Operation, imports: _Imports, paging_names: tuple[str, str] | None
) -> OpView:
    required: list[Arg] = []
    optional: list[Arg] = []
    for p in op.parameters:
        if p.fixed:  # the client sends its one value itself
            continue
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
        if _validated_as(body):
            imports.models.add(body.model or "")
        if body.content_types:
            imports.names.add("typing:Literal")
            choices = ", ".join(literal(ct) for ct in body.content_types)
            optional.append(
                Arg(_content_type_arg(op), f"Literal[{choices}]", literal(body.content_types[0]))
            )
    result = _result_type(op, imports)
    streams = any(
        (r is op.success or r.status.startswith("2"))
        and (r.kind in ("binary", "text") or bool(r.other_content_types))
        for r in op.responses
    )
    if streams:
        imports.names.update(
            ("contextlib:AbstractAsyncContextManager", "contextlib:AbstractContextManager")
        )
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
        paging=_paging_view(op, args, imports, paging_names),
        streams=streams,
    )


def _paging_view(
    op: Operation, args: tuple[Arg, ...], imports: _Imports, names: tuple[str, str] | None
) -> PagingView | None:
    pg = op.pagination
    if pg is None or names is None:
        return None
    items_name, pages_name = names
    imports.add(pg.item_type)
    imports.names.update(
        ("collections.abc:AsyncIterator", "collections.abc:Iterator", "typing:Any")
    )
    paging = [f"style={literal(pg.style)}", f"items={literal(pg.items)}"]
    if pg.next_cursor:
        paging.append(f"next_cursor={literal(pg.next_cursor)}")
    if pg.limit:
        paging.append(f"page_size={pg.limit}")
    start = {"page": "page 1", "offset": "offset 0", "cursor": "the first page"}[pg.style]
    ends = {
        "page": "an empty page",
        "offset": "an empty page",
        "cursor": "a page without a next cursor",
    }[pg.style]
    if pg.limit:
        ends += f" or one shorter than `{pg.limit}`"
    how = textwrap.fill(
        f"Starts at `{pg.param}` ({start} when not given) and stops after {ends}. "
        f"Takes the arguments of `{op.py_name}`; each page is fetched when the loop reaches it.",
        _WIDTH - 8,
    )
    return PagingView(
        pages_name=pages_name,
        items_name=items_name,
        item_type=pg.item_type.annotation,
        paging="Paging(" + ", ".join(paging) + ")",
        first=pg.param,
        forward=", ".join(f"{a.name}={'_token' if a.name == pg.param else a.name}" for a in args),
        pages_doc=docstring(f"Every page of `{op.py_name}`, one after the other.\n\n{how}", 8),
        items_doc=docstring(
            f"Every item of every page of `{op.py_name}` (the page's `{pg.items}`).\n\n{how}", 8
        ),
    )


def _free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... when an operation of the resource already has it."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate


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
        if op.body.content_types:
            docs[_content_type_arg(op)] = "the content type the body is sent as"
    for a in args:
        text = comment_text(docs.get(a.name))
        if text:
            described.append(f"    {a.name}: {text}")
    if described:
        parts.append("Args:\n" + "\n".join(described))
    sent = [
        f"{p.location} `{comment_text(p.wire_name)}{': ' if p.location == 'header' else '='}"
        f"{comment_text(str(p.value).lower() if isinstance(p.value, bool) else str(p.value))}`"
        for p in op.parameters
        if p.fixed
    ]
    if sent:
        parts.append("Always sends " + ", ".join(sent) + ".")
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
        kw.append("path_params={" + ", ".join(_path_param(p) for p in path) + "}")
    for loc, key in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        params = [p for p in op.parameters if p.location == loc]
        if params:
            items = ", ".join(
                f"Param({literal(p.wire_name)}, {literal(p.value) if p.fixed else p.py_name}, "
                f"style={literal(p.style)}, explode={p.explode})"
                for p in params
            )
            kw.append(f"{key}=[{items}]")
    body = op.body
    if body is not None:
        lines += _body_lines(body, kw, _content_type_arg(op))
    responses = []
    for r in op.responses:
        if r is op.success or r.status.startswith("2"):
            rtype = r.type.annotation if r.type else "None"
            # JSON is asked for by default; other media types are named in `Accept`
            media = f", {literal(r.content_type)}" if r.kind in ("binary", "text") else ""
            responses.append(
                f"{literal(r.status)}: ResponseSpec({rtype}, {literal(r.kind)}{media})"
            )
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


def _path_param(p: Parameter) -> str:
    value = literal(p.value) if p.fixed else p.py_name
    if p.style != "simple" or p.explode:  # `label`, `matrix`: the runtime needs the style
        value = (
            f"Param({literal(p.wire_name)}, {value}, style={literal(p.style)}, explode={p.explode})"
        )
    return f"{literal(p.wire_name)}: {value}"


def _content_type_arg(op: Operation) -> str:
    """The argument choosing among several request content types (named clear of the rest)."""
    fields = op.body.fields if op.body else ()
    taken = {p.py_name for p in op.parameters} | {f.py_name for f in fields}
    return "content_type" if "content_type" not in taken else "request_content_type"


def _validated_as(body: RequestBody) -> str | None:
    """The model the arguments are validated as before sending, if any.

    Not for a multipart body with files: the model's file fields hold bytes, while the
    caller may give a file, a path or a (name, data, type) tuple.
    """
    files = any("FileInput" in f.type.annotation for f in body.fields)
    return None if body.kind == "multipart" and files else body.model


def _body_lines(body: RequestBody, kw: list[str], choice: str) -> list[str]:
    lines: list[str] = []
    content_type = choice if body.content_types else literal(body.content_type)
    if body.kind in ("binary", "text"):
        kw.append("content=body")
        kw.append(f"content_type={content_type}")
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
        target = _validated_as(body)
        lines.append(f"data = {data}")
        value = f"{target}.model_validate(data)" if target else "data"
    else:
        value = "body"
    if body.content_types:  # the runtime writes it as the chosen content type says
        kw.append(f"body={value}")
    elif body.kind == "json":
        kw.append(f"json={value}")
    elif body.kind == "form":
        kw.append(f"form={value}")
    else:
        kw.append(f"files={value}")
    if body.content_types or body.content_type != "application/json":
        kw.append(f"content_type={content_type}")
    if body.encoding:
        kw.append("encoding={" + ", ".join(_encoding(e) for e in body.encoding) + "}")
    return lines


def _encoding(e: PartEncoding) -> str:
    args = [f"content_type={literal(e.content_type)}"] if e.content_type else []
    if e.style is not None:
        args.append(f"style={literal(e.style)}")
    if e.explode is not None:
        args.append(f"explode={e.explode}")
    return f"{literal(e.wire_name)}: Encoding({', '.join(args)})"


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
        # each goes into the constructor's docstring as a line of its own
        auth_args=tuple(AuthArg(a.name, _docstring_line(a.doc)) for a in args),
        auth_lines=tuple(lines),
        auth_names=tuple(sorted(names)),
        resources=tuple((r.attr, r.class_name, r.module) for r in api.resources),
        package=api.package.name,
        idempotency_header=literal(api.idempotency_header),
        user_agent=literal(f"{api.package.distribution}/{api.package.version}"),
        auth_env=literal({s.key: s.env_var for s in api.security_schemes if s.env_var}),
    )
