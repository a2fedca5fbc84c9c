"""A provider that publishes its document over HTTP (a real server on 127.0.0.1), and the
small document it publishes, for the release tests."""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml


def document() -> dict[str, Any]:
    """Tiny Invoices: a list with a query parameter, a create, a request and a response model."""
    invoice_list = {"type": "array", "items": {"$ref": "#/components/schemas/Invoice"}}
    return copy.deepcopy(
        {
            "openapi": "3.0.3",
            "info": {"title": "Tiny Invoices", "version": "1"},
            "servers": [{"url": "https://api.tiny.test"}],
            "paths": {
                "/invoices": {
                    "get": {
                        "operationId": "listInvoices",
                        "tags": ["invoices"],
                        "parameters": [
                            {"name": "status", "in": "query", "schema": {"type": "string"}}
                        ],
                        "responses": {
                            "200": {
                                "description": "The invoices.",
                                "content": {"application/json": {"schema": invoice_list}},
                            }
                        },
                    },
                    "post": {
                        "operationId": "createInvoice",
                        "tags": ["invoices"],
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/NewInvoice"}
                                }
                            },
                        },
                        "responses": {
                            "201": {
                                "description": "Created.",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Invoice"}
                                    }
                                },
                            }
                        },
                    },
                }
            },
            "components": {
                "schemas": {
                    "NewInvoice": {
                        "type": "object",
                        "required": ["customer"],
                        "properties": {
                            "customer": {"type": "string"},
                            "amount": {"type": "integer"},
                            "note": {"type": "string"},
                        },
                    },
                    "Invoice": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string"},
                            "status": {"type": "string", "enum": ["draft", "paid"]},
                            "amount": {"type": "integer"},
                        },
                    },
                }
            },
        }
    )


class Publisher:
    """Serves one page with an ETag and honours If-None-Match; remembers every request."""

    def __init__(self) -> None:
        self.body = b""
        self.requests: list[dict[str, str]] = []
        self.status = 200

    def publish(self, doc: dict[str, Any]) -> None:
        self.body = yaml.safe_dump(doc, sort_keys=False).encode()

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@contextmanager
def serve(publisher: Publisher) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            publisher.requests.append({k.lower(): v for k, v in self.headers.items()})
            if publisher.status != 200:
                self.send_response(publisher.status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == publisher.etag:
                self.send_response(304)
                self.send_header("ETag", publisher.etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("ETag", publisher.etag)
            self.send_header("Content-Length", str(len(publisher.body)))
            self.end_headers()
            self.wfile.write(publisher.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_provider(specs: Path, name: str, url: str, version: str = "1.0.0") -> Path:
    folder = specs / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text(
        yaml.safe_dump(
            {
                "package": {
                    "name": name,
                    "distribution": f"{name.replace('_', '-')}-client",
                    "version": version,
                    "license": "MIT",
                    "authors": [{"name": "Tiny Ltd", "email": "dev@tiny.test"}],
                    "keywords": ["invoices"],
                    "urls": {"Homepage": "https://tiny.test", "Source": "https://tiny.test/src"},
                },
                "documents": [{"path": "openapi.yaml", "shape": "openapi", "source": url}],
            },
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    return folder
