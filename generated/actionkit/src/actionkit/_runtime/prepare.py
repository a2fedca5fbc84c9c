"""The parts of a call's request that do not change between attempts: the URL with its path
parameters, the `Accept` header, the timeout, and the credentials the operation needs."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from .auth import Auth
from .call import Call, Param
from .config import ClientConfig
from .errors import MissingCredentialsError
from .serialize import cookie_header, header_value, path_value, query_items

__all__ = [
    "accept_header",
    "build_url",
    "has_body",
    "parsed_url",
    "query_string",
    "refuse_short_lists",
    "request_headers",
    "select_auth",
]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

# The URL of a request, parsed. httpx parses every URL it is given as text, which costs about
# as much as the rest of building the request; a client calls the same few URLs again and
# again, and an `httpx.URL` is immutable.
parsed_url = functools.lru_cache(maxsize=512)(httpx.URL)


def select_auth(call: Call[Any], config: ClientConfig) -> list[Auth]:
    """The credentials of the first security alternative the client can satisfy.

    Raises `MissingCredentialsError`, before anything is sent, when the operation needs
    credentials and none of its alternatives is fully supplied.
    """
    if not call.security:
        return []
    supplied = config.auth
    for alternative in call.security:
        for key in alternative:
            if key not in supplied:
                break
        else:
            return [supplied[key] for key in alternative]
    options = []
    env_vars: list[str] = []
    for alternative in call.security:
        parts = []
        for key in alternative:
            env = config.auth_env.get(key)
            if env:
                env_vars.append(env)
            where = f" (or the environment variable {env})" if env else ""
            state = "" if key in config.auth else " missing"
            parts.append(f"{key}{state}{where}")
        options.append(" and ".join(parts))
    raise MissingCredentialsError(
        f"{call.operation_id} needs credentials: " + "; or ".join(options),
        missing=[[k for k in alt if k not in config.auth] for alt in call.security],
        env_vars=sorted(set(env_vars)),
    )


def refuse_short_lists(call: Call[Any]) -> None:
    """`ValueError` for a list parameter with fewer items than it needs (it cannot be sent)
    or more than its document allows."""
    for params in (call.query, call.headers, call.cookies, call.path_params.values()):
        for param in params:
            # bounds first: most parameters have none, and then any value will do
            if not isinstance(param, Param) or not (param.min_items or param.max_items is not None):
                continue
            value = param.value
            if not isinstance(value, list | tuple | set | frozenset):
                continue
            if len(value) < param.min_items:
                raise ValueError(
                    f"{call.operation_id}: parameter {param.name!r} needs at least "
                    f"{param.min_items} item(s), not {len(value)}"
                )
            if param.max_items is not None and len(value) > param.max_items:
                raise ValueError(
                    f"{call.operation_id}: parameter {param.name!r} takes at most "
                    f"{param.max_items} item(s), not {len(value)}"
                )


def build_url(base_url: str, call: Call[Any]) -> str:
    """The absolute URL of a call, path parameters encoded into their own segments."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in call.path_params or call.path_params[name] is None:
            raise ValueError(f"{call.operation_id}: path parameter {name!r} is missing")
        value = call.path_params[name]
        if isinstance(value, Param):
            text = path_value(name, value.value, value.style, value.explode)
        else:
            text = path_value(name, value)
        if text == "":
            raise ValueError(f"{call.operation_id}: path parameter {name!r} is empty")
        return text

    path = _PLACEHOLDER.sub(fill, call.path) if "{" in call.path else call.path
    if not path.startswith("/"):
        path = "/" + path
    return base_url.rstrip("/") + path


def accept_header(call: Call[Any]) -> str | None:
    """The media types of the documented successes, in the order of their statuses."""
    types: list[str] = []
    responses = call.responses
    for key, spec in sorted(responses.items()) if len(responses) > 1 else responses.items():
        if not (key.startswith("2") or key == "default"):
            continue
        media = spec.media_type or ("application/json" if spec.kind == "json" else None)
        if media and media not in types:
            types.append(media)
    return ", ".join(types) if types else None


def query_string(call: Call[Any], extra_query: Mapping[str, str]) -> str:
    """The encoded query string; the caller's `extra_query` replaces same-named items.

    Encoded here rather than by httpx, which would also encode the styles' delimiters.
    """
    items: list[tuple[str, str]] = []
    for param in call.query:
        value = param.value
        if type(value) is str and param.style == "form":  # the common case, without the styles
            items.append((param.name, f"{quote(param.name, safe='')}={quote(value, safe='')}"))
        elif value is not None:
            items.extend(query_items(param))
    if extra_query:
        items = [(k, text) for k, text in items if k not in extra_query]
        items.extend(item for k, v in extra_query.items() for item in query_items(Param(k, v)))
    return "&".join(text for _, text in items)


def request_headers(config: ClientConfig, call: Call[Any]) -> dict[str, str]:
    """The headers every attempt sends, before credentials and the caller's own."""
    headers: dict[str, str] = dict(config.default_headers)
    if config.user_agent:
        headers["User-Agent"] = config.user_agent
    accept = accept_header(call)
    if accept:
        headers["Accept"] = accept
    for param in call.headers:
        value = param.value
        if type(value) is not str or param.style == "json":  # a plain string is sent as it is
            value = None if value is None else header_value(param)
        if value is not None:
            headers[param.name] = value
    cookies = cookie_header(call.cookies) if call.cookies else None
    if cookies:
        headers["Cookie"] = cookies
    return headers


def has_body(call: Call[Any]) -> bool:
    """Whether a call sends a body: most do not, and need not pay for writing none."""
    return not (
        call.json is None
        and call.form is None
        and call.files is None
        and call.content is None
        and call.body is None
    )
