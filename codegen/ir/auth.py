"""Security schemes -> how a client authenticates: the constructor argument of each scheme,
its environment variable, and the requirements operations name."""

from __future__ import annotations

import re
from typing import Any

from codegen.errors import pointer
from codegen.ir.context import BuildContext
from codegen.ir.model import SecurityScheme, Skipped
from codegen.ir.names import Namer, constant, field_name, snake


def security_schemes(ctx: BuildContext, package_name: str) -> tuple[SecurityScheme, ...]:
    schemes = ((ctx.doc.get("components") or {}).get("securitySchemes")) or {}
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
                "oauth" in f"{key} {desc or ''}".lower() or "access token" in (desc or "").lower()
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
                            "access_token" if "access_token" not in namer else f"{snake(key)}_token"
                        ),
                        description=desc,
                        env_var=env,
                    )
                )
        elif kind == "openIdConnect":
            out.append(
                SecurityScheme(
                    key, "oauth2_token", namer.unique("access_token"), description=desc, env_var=env
                )
            )
        else:
            ctx.skipped.append(
                Skipped(f"security scheme {key}", where, f"unsupported scheme type {kind!r}")
            )
            continue
    prefix = constant(package_name)
    return tuple(
        (
            s
            if s.env_var
            else SecurityScheme(**{**s.__dict__, "env_var": f"{prefix}_{s.py_name.upper()}"})
        )
        for s in out
    )


def requirements(raw: Any) -> tuple[tuple[str, ...], ...]:
    """Security requirements as sorted tuples of scheme keys (one tuple per alternative)."""
    if not isinstance(raw, list):
        return ()
    return tuple(tuple(sorted(req)) for req in raw if isinstance(req, dict))
