"""The provider manifest: `specs/<provider>/manifest.yaml`.

A small hand-written file that names the provider's documents and their shapes and supplies
the facts the documents lack. Everything it says is carried into the assembled OpenAPI
document (as standard fields or `x-codegen-*` extensions), so the steps after assembly read
that document only.

```yaml
package: {name: bookeeping, distribution: bookeeping-client, version: 0.1.0,
          description: "...", license: MIT, keywords: [invoices],
          authors: [{name: Acme, email: dev@acme.test}],
          urls: {Homepage: "https://acme.test"}}
          # version: the first release's; later ones follow the changes (`pin_version: true` keeps it)
documents:
  - {path: create-invoice.md, shape: markdown-openapi,
     source: "https://acme.test/openapi.md"}   # where the provider publishes it (`codegen fetch`)
  - {path: page.txt, shape: doc-page, method: post, path_template: /invoices}
servers:                       # environments; a url already in the documents gets the name
  - {name: US, url: https://api.example.com, description: ...}
security_schemes:              # added to components.securitySchemes
  ApiKey: {type: apiKey, in: header, name: x-api-key}
security: [{ApiKey: []}]       # the default requirement, when the documents give none
auth_env: {ApiKey: EXAMPLE_API_KEY}
idempotency_header: Idempotency-Key   # every write gets a key per call
unsafe_operations: [sendReminder]     # reads the provider does not treat as safe to repeat
rate_limit_headers:                   # the provider's own rate-limit headers, per window
  minute: {remaining: X-MinLimit-Remaining, limit: 60}
pagination:                    # operationId -> hint
  getInvoices: {style: page, param: page, limit_param: pageSize, items: Invoices}
  listEvents: {style: cursor, param: after, items: data, next_cursor: meta.next}
overlays: [overlay.yaml]
```
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.errors import InputError, Problem
from codegen.yamlload import load_yaml

SHAPES = ("openapi", "markdown-openapi", "example-summary", "doc-page")
MANIFEST_NAME = "manifest.yaml"
_KNOWN_KEYS = {
    "package",
    "documents",
    "servers",
    "security_schemes",
    "security",
    "auth_env",
    "idempotency_header",
    "unsafe_operations",
    "rate_limit_headers",
    "pagination",
    "overlays",
    "title",
    "description",
}
_PACKAGE_KEYS = {
    "name",
    "distribution",
    "version",
    "pin_version",
    "description",
    "license",
    "urls",
    "authors",
    "keywords",
}
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class DocumentEntry:
    path: Path
    shape: str
    # facts for a document that lacks them (a doc page without its method or path)
    method: str | None = None
    path_template: str | None = None
    operation_id: str | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None  # the URL the provider publishes it at


@dataclass(frozen=True)
class ServerEntry:
    name: str
    url: str
    description: str | None = None


@dataclass(frozen=True)
class Manifest:
    provider: str
    root: Path
    package_name: str
    distribution: str
    version: str
    description: str
    documents: tuple[DocumentEntry, ...]
    servers: tuple[ServerEntry, ...] = ()
    security_schemes: dict[str, Any] = field(default_factory=dict)
    security: list[dict[str, list[str]]] | None = None
    auth_env: dict[str, str] = field(default_factory=dict)
    idempotency_header: str | None = None
    # reads the provider does not treat as safe to repeat (they have side effects)
    unsafe_operations: tuple[str, ...] = ()
    # window name -> {remaining|limit|used|reset: header name, or limit: a number}
    rate_limit_headers: dict[str, dict[str, Any]] = field(default_factory=dict)
    pagination: dict[str, dict[str, Any]] = field(default_factory=dict)
    overlays: tuple[Path, ...] = ()
    title: str | None = None
    pin_version: bool = False
    license: str = ""
    urls: tuple[tuple[str, str], ...] = ()
    authors: tuple[tuple[str, str], ...] = ()
    keywords: tuple[str, ...] = ()


def load_manifest(provider_dir: Path, *, documents_present: bool = True) -> Manifest:
    """Read and check `manifest.yaml` in a provider's folder; every problem is reported.

    `documents_present=False` (for `codegen fetch`) accepts documents not downloaded yet."""
    file = provider_dir / MANIFEST_NAME
    if not file.is_file():
        raise InputError([Problem(str(file), "", "no manifest.yaml in the provider's folder")])
    data, lines = load_yaml(file.read_text(encoding="utf-8-sig"), str(file))
    problems: list[Problem] = []

    def bad(key: str, message: str, hint: str = "") -> None:
        problems.append(Problem(str(file), lines.get(key, key), message, hint))

    if not isinstance(data, dict):
        raise InputError([Problem(str(file), "line 1", "the manifest must be a mapping")])

    def listed(key: str) -> list[Any]:
        value = data.get(key) or []
        if isinstance(value, list):
            return value
        bad(key, f"{key} must be a list")
        return []

    def mapped(key: str) -> dict[Any, Any]:
        value = data.get(key) or {}
        if isinstance(value, dict):
            return value
        bad(key, f"{key} must be a mapping")
        return {}

    for key in sorted(set(data) - _KNOWN_KEYS):
        bad(key, f"unknown key {key!r}", f"known keys: {', '.join(sorted(_KNOWN_KEYS))}")

    package = data.get("package") or {}
    if not isinstance(package, dict):
        bad("package", "package must be a mapping")
        package = {}
    name = str(package.get("name", provider_dir.name.replace("-", "_")))
    if not _IDENT.match(name):
        bad("package", f"package name {name!r} is not a Python import name")
    metadata = _package_metadata(package, bad)
    documents: list[DocumentEntry] = []
    for i, entry in enumerate(listed("documents")):
        if not isinstance(entry, dict) or "path" not in entry or "shape" not in entry:
            bad("documents", f"documents[{i}] needs `path` and `shape`")
            continue
        doc_path = provider_dir / str(entry["path"])
        source = entry.get("source")
        if source is not None and not re.match(r"^https?://", str(source)):
            bad("documents", f"documents[{i}]: source {source!r} is not an http(s) URL")
        if entry["shape"] not in SHAPES:
            bad(
                "documents",
                f"documents[{i}]: unknown shape {entry['shape']!r}",
                f"one of {', '.join(SHAPES)}",
            )
        elif documents_present and not doc_path.is_file():
            bad("documents", f"documents[{i}]: file {entry['path']!r} not found")
        documents.append(
            DocumentEntry(
                path=doc_path,
                shape=str(entry["shape"]),
                method=str(entry["method"]).lower() if entry.get("method") else None,
                path_template=entry.get("path_template"),
                operation_id=entry.get("operation_id"),
                tags=tuple(entry.get("tags") or ()),
                source=str(source) if source is not None else None,
            )
        )
    if not documents:
        bad("documents", "the manifest names no documents")
    servers = []
    for i, s in enumerate(listed("servers")):
        if not isinstance(s, dict) or "url" not in s or "name" not in s:
            bad("servers", f"servers[{i}] needs `name` and `url`")
            continue
        servers.append(ServerEntry(str(s["name"]), str(s["url"]), s.get("description")))
    rate_limits = _rate_limit_headers(data.get("rate_limit_headers"), bad)
    overlays = []
    for o in listed("overlays"):
        p = provider_dir / str(o)
        if not p.is_file():
            bad("overlays", f"overlay {o!r} not found")
        overlays.append(p)
    security_schemes = mapped("security_schemes")
    auth_env = mapped("auth_env")
    pagination = mapped("pagination")
    if problems:
        raise InputError(problems)
    return Manifest(
        provider=provider_dir.name,
        root=provider_dir,
        package_name=name,
        distribution=str(package.get("distribution", name.replace("_", "-"))),
        version=str(package.get("version", "0.1.0")),
        description=str(package.get("description", "")),
        documents=tuple(documents),
        servers=tuple(servers),
        security_schemes=dict(security_schemes),
        security=data.get("security"),
        auth_env={str(k): str(v) for k, v in auth_env.items()},
        idempotency_header=data.get("idempotency_header"),
        unsafe_operations=tuple(str(o) for o in listed("unsafe_operations")),
        rate_limit_headers=rate_limits,
        pagination=dict(pagination),
        overlays=tuple(overlays),
        title=data.get("title"),
        **metadata,
    )


def _package_metadata(package: dict[str, Any], bad: Callable[..., None]) -> dict[str, Any]:
    """The package's licence, URLs, authors, keywords and version pin, checked."""
    unknown = sorted(set(package) - _PACKAGE_KEYS)
    for key in unknown:
        bad(
            "package",
            f"unknown key package.{key}",
            f"known keys: {', '.join(sorted(_PACKAGE_KEYS))}",
        )
    urls = package.get("urls") or {}
    if not isinstance(urls, dict) or not all(isinstance(v, str) for v in urls.values()):
        bad("package", "package.urls must map a label to a URL")
        urls = {}
    authors: list[tuple[str, str]] = []
    for i, a in enumerate(package.get("authors") or []):
        if not isinstance(a, dict) or not (a.get("name") or a.get("email")):
            bad("package", f"package.authors[{i}] needs `name` or `email`")
            continue
        authors.append((str(a.get("name") or ""), str(a.get("email") or "")))
    keywords = package.get("keywords") or []
    if not isinstance(keywords, list):
        bad("package", "package.keywords must be a list")
        keywords = []
    return {
        "pin_version": bool(package.get("pin_version", False)),
        "license": str(package.get("license") or ""),
        "urls": tuple((str(k), str(v)) for k, v in urls.items()),
        "authors": tuple(authors),
        "keywords": tuple(str(k) for k in keywords),
    }


_RATE_LIMIT_FIELDS = ("remaining", "limit", "used", "reset")


def _rate_limit_headers(value: Any, bad: Any) -> dict[str, dict[str, Any]]:
    """`{window: {remaining: header, limit: header or number, ...}}`, checked."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        bad("rate_limit_headers", "rate_limit_headers must map window names to their headers")
        return {}
    out: dict[str, dict[str, Any]] = {}
    for window, fields in value.items():
        if not isinstance(fields, dict) or not fields:
            bad("rate_limit_headers", f"rate_limit_headers.{window} must map fields to headers")
            continue
        for key, header in fields.items():
            number = key == "limit" and isinstance(header, int) and not isinstance(header, bool)
            if key not in _RATE_LIMIT_FIELDS or not (number or isinstance(header, str)):
                bad(
                    "rate_limit_headers",
                    f"rate_limit_headers.{window}.{key}: {header!r} is not a header name",
                    f"fields: {', '.join(_RATE_LIMIT_FIELDS)} (limit may be a number)",
                )
        out[str(window)] = {str(k): v for k, v in fields.items()}
    return out


def shape_for(path: Path) -> str:
    """The shape of a lone document given on the command line, from its name and content."""
    if path.suffix.lower() in (".md", ".markdown", ".txt", ".mdx"):
        return "markdown-openapi"
    return "openapi"
