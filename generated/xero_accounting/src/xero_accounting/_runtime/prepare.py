"""The parts of a call's request that do not change between attempts: the URL with its path
parameters, the `Accept` header, the timeout, and the credentials the operation needs."""

from __future__ import annotations

import re
from typing import Any

import httpx

from .auth import Auth
from .call import Call, Param
from .config import ClientConfig
from .errors import MissingCredentialsError
from .serialize import path_value

__all__ = [
    "DEFAULT_TIMEOUT",
    "accept_header",
    "build_url",
    "make_timeout",
    "refuse_short_lists",
    "select_auth",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def make_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout from a number of seconds (connecting gets at most 10 s of it) or as given."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def select_auth(call: Call[Any], config: ClientConfig) -> list[Auth]:
    """The credentials of the first security alternative the client can satisfy.

    Raises `MissingCredentialsError`, before anything is sent, when the operation needs
    credentials and none of its alternatives is fully supplied.
    """
    if not call.security:
        return []
    for alternative in call.security:
        if all(key in config.auth for key in alternative):
            return [config.auth[key] for key in alternative]
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
    params = [*call.query, *call.headers, *call.cookies]
    params += [p for p in call.path_params.values() if isinstance(p, Param)]
    for param in params:
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

    path = _PLACEHOLDER.sub(fill, call.path)
    if not path.startswith("/"):
        path = "/" + path
    return base_url.rstrip("/") + path


def accept_header(call: Call[Any]) -> str | None:
    """The media types of the documented successes, in the order of their statuses."""
    types: list[str] = []
    for key, spec in sorted(call.responses.items()):
        if not (key.startswith("2") or key == "default"):
            continue
        media = spec.media_type or ("application/json" if spec.kind == "json" else None)
        if media and media not in types:
            types.append(media)
    return ", ".join(types) if types else None
