"""The client module as its template prints it: environments, credentials, resources."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from codegen.emit.text import api_title, comment_text, docstring, docstring_line, literal
from codegen.ir.model import Api, SecurityScheme

# A credential argument's annotation in each place: a value, or a callable asked for it at
# each request (awaited when it returns an awaitable, in the async client).
_SYNC_SOURCE = "str | Callable[[], str] | None"
_ASYNC_SOURCE = "str | Callable[[], str | Awaitable[str]] | None"
_ANY_SOURCE = "CredentialSource | None"


@dataclass(frozen=True)
class AuthArg:
    name: str
    doc: str
    # the OAuth2 client id and secret are values: the runtime asks for tokens itself
    sync_type: str = _SYNC_SOURCE
    async_type: str = _ASYNC_SOURCE
    config_type: str = _ANY_SOURCE


@dataclass(frozen=True)
class ClientView:
    title: str
    doc: str
    environments: tuple[tuple[str, str], ...]  # (member, url literal)
    default_environment: str | None
    auth_args: tuple[AuthArg, ...]
    callable_credentials: bool  # some argument takes a callable
    auth_lines: tuple[str, ...]
    runtime_names: tuple[str, ...]  # what `_client.py` imports from the runtime
    resources: tuple[tuple[str, str, str], ...]  # (attr, class name, module)
    package: str
    idempotency_header: str
    user_agent: str
    auth_env: str
    rate_limit_headers: str


def credential_arguments(s: SecurityScheme) -> tuple[str, ...]:
    """The `Client` arguments one security scheme takes: a user name and a password for
    HTTP basic, a client id and a secret for OAuth2 client credentials, else one value."""
    if s.kind == "basic":
        return (s.py_name, f"{s.py_name.removesuffix('username')}password")
    if s.kind == "oauth2_client_credentials":
        return (s.py_name, s.py_name.removesuffix("id") + "secret")
    return (s.py_name,)


def client_view(api: Api) -> ClientView:
    args: list[AuthArg] = []
    lines: list[str] = []
    names: set[str] = set()
    for s in api.security_schemes:
        env = literal(s.env_var)
        what = comment_text(s.description) or f"{s.key} credentials"
        if s.kind == "basic":
            _, pw = credential_arguments(s)
            args.append(AuthArg(s.py_name, f"user name for {s.key} (env {s.env_var}_USERNAME)"))
            args.append(AuthArg(pw, f"password for {s.key} (env {s.env_var}_PASSWORD)"))
            lines += [
                f"_user = credential({s.py_name}, {literal(f'{s.env_var}_USERNAME')})",
                f"_password = credential({pw}, {literal(f'{s.env_var}_PASSWORD')})",
                "if _user is not None and _password is not None:",
                f"    auth[{literal(s.key)}] = BasicAuth(_user, _password)",
            ]
            names.add("BasicAuth")
            continue
        if s.kind == "oauth2_client_credentials":
            _, secret = credential_arguments(s)
            plain = ("str | None",) * 3
            args.append(
                AuthArg(s.py_name, f"OAuth2 client id for {s.key} (env {s.env_var}_ID)", *plain)
            )
            args.append(
                AuthArg(
                    secret, f"OAuth2 client secret for {s.key} (env {s.env_var}_SECRET)", *plain
                )
            )
            lines += [
                f"_id = credential({s.py_name}, {literal(f'{s.env_var}_ID')})",
                f"_secret = credential({secret}, {literal(f'{s.env_var}_SECRET')})",
                "if _id is not None and _secret is not None:",
                f"    auth[{literal(s.key)}] = OAuth2ClientCredentials(",
                f"        token_url={literal(s.token_url)}, client_id=_id, client_secret=_secret, scopes={literal(list(s.scopes))}"
                # OpenAPI resolves a relative token URL against the server in use
                + (", server_url=base_url" if _relative(s.token_url) else ""),
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
    callable_credentials = any(a.config_type == _ANY_SOURCE for a in args)
    runtime_names = {"AsyncCore", "Auth", "ClientConfig", "SyncCore", *names}
    if callable_credentials:
        runtime_names.add("CredentialSource")
    if lines:
        runtime_names.add("credential")
    return ClientView(
        title=comment_text(api.title),
        doc=docstring(doc, 4),
        environments=envs,
        default_environment=envs[0][0] if envs else None,
        # each goes into the constructor's docstring as a line of its own
        auth_args=tuple(
            AuthArg(
                a.name,
                docstring_line(
                    a.doc
                    + (
                        "; or a callable that returns it, asked at each request"
                        if a.config_type == _ANY_SOURCE
                        else ""
                    )
                ),
                a.sync_type,
                a.async_type,
                a.config_type,
            )
            for a in args
        ),
        callable_credentials=callable_credentials,
        auth_lines=tuple(lines),
        runtime_names=tuple(sorted(runtime_names)),
        resources=tuple((r.attr, r.class_name, r.module) for r in api.resources),
        package=api.package.name,
        idempotency_header=literal(api.idempotency_header),
        user_agent=literal(f"{api.package.distribution}/{api.package.version}"),
        auth_env=literal({s.key: s.env_var for s in api.security_schemes if s.env_var}),
        rate_limit_headers=literal(api.rate_limit_headers),
    )


def _relative(url: str | None) -> bool:
    """Is a URL of the document a relative reference (RFC 3986), with no scheme of its own?"""
    return url is not None and not urlsplit(url).scheme
