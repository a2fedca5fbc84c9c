"""The manifest's facts, written into the document (the later steps read only the document).

Servers get their environment names (`x-codegen-environment`), security schemes and the
root requirement come from the manifest when it gives them, auth schemes get the environment
variable their token is read from (`x-codegen-env-var`), operations their pagination hint.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.errors import InputError, Problem
from codegen.manifest import Manifest
from codegen.sources.fragments import HTTP_METHODS


def apply_facts(
    doc: dict[str, Any], manifest: Manifest, file: str, lines: dict[str, str] | None = None
) -> list[Problem]:
    """Apply `manifest` to `doc` in place; return warnings.

    `file` labels the manifest in messages, `lines` gives the line of each of its keys.
    """
    where = lines or {}
    warnings: list[Problem] = []
    problems: list[Problem] = []
    info = doc.setdefault("info", {})
    if manifest.title:
        info["title"] = manifest.title
    # a page that is not OpenAPI names no API version: the package's version stands for it
    info.setdefault("title", manifest.provider)
    info.setdefault("version", manifest.version)
    if manifest.description and not info.get("description"):
        info["description"] = manifest.description
    _apply_servers(doc, manifest)
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    for name, scheme in manifest.security_schemes.items():
        if name in schemes and schemes[name] != scheme:
            warnings.append(
                Problem(
                    file,
                    where.get("security_schemes", "security_schemes"),
                    f"security scheme {name!r} replaces the documents' scheme of the same name",
                )
            )
        schemes[name] = copy.deepcopy(scheme)
    if not schemes:
        del doc["components"]["securitySchemes"]
        if not doc["components"]:
            del doc["components"]
    if manifest.security is not None:
        doc["security"] = copy.deepcopy(manifest.security)
    for name, env_var in manifest.auth_env.items():
        if name not in schemes:
            problems.append(
                Problem(
                    file,
                    where.get("auth_env", "auth_env"),
                    f"auth_env names security scheme {name!r}, which "
                    "neither the documents nor security_schemes define",
                    hint=f"known schemes: {', '.join(schemes) or 'none'}",
                )
            )
        else:
            schemes[name]["x-codegen-env-var"] = env_var
    if manifest.idempotency_header:
        doc["x-codegen-idempotency-header"] = manifest.idempotency_header
    if manifest.rate_limit_headers:
        doc["x-codegen-rate-limit-headers"] = copy.deepcopy(manifest.rate_limit_headers)
    if manifest.unsafe_operations:
        operations = _operations_by_id(doc)
        for operation_id in manifest.unsafe_operations:
            if operation_id not in operations:
                problems.append(
                    Problem(
                        file,
                        where.get("unsafe_operations", "unsafe_operations"),
                        f"unsafe_operations names operation {operation_id!r}, "
                        "which the documents do not have",
                        hint="known operationIds: " + (", ".join(sorted(operations)) or "none"),
                    )
                )
            else:
                operations[operation_id]["x-codegen-unsafe"] = True
    if manifest.pagination:
        operations = _operations_by_id(doc)
        for operation_id, hint in manifest.pagination.items():
            if operation_id not in operations:
                problems.append(
                    Problem(
                        file,
                        where.get("pagination", "pagination"),
                        f"pagination names operation {operation_id!r}, "
                        "which the documents do not have",
                        hint="known operationIds: " + (", ".join(sorted(operations)) or "none"),
                    )
                )
            else:
                operations[operation_id]["x-codegen-pagination"] = copy.deepcopy(hint)
    if problems:
        raise InputError(problems)
    return warnings


def _apply_servers(doc: dict[str, Any], manifest: Manifest) -> None:
    if not manifest.servers:
        return
    servers = doc.setdefault("servers", [])
    by_url = {str(s.get("url", "")).rstrip("/"): s for s in servers if isinstance(s, dict)}
    for entry in manifest.servers:
        server = by_url.get(entry.url.rstrip("/"))
        if server is None:
            server = {"url": entry.url}
            servers.append(server)
        server["x-codegen-environment"] = entry.name
        if entry.description and not server.get("description"):
            server["description"] = entry.description


def _operations_by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict) and op.get("operationId"):
                found.setdefault(str(op["operationId"]), op)
    return found
