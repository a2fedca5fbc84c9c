"""Operation constructs, each from a small document in data/: what the generated client
puts on the wire (URL, query string, headers, cookies, body bytes and content type) and
what it makes of the answer (bytes, a stream, text, a model, an error with its body).
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from codegen.errors import InputError
from codegen.pipeline import Generated, generate_document
from codegen.write import write_tree

DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent
BASE = "https://api.test/v1"

Handler = Callable[[httpx.Request], httpx.Response]


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"op-{name}.yaml").read_text(encoding="utf-8"))


class Wire:
    """A mock server: records each request (body read) and answers with `answer`."""

    def __init__(self, answer: Handler | httpx.Response) -> None:
        self.answer = answer
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        return self.answer(request) if callable(self.answer) else self.answer

    @property
    def last(self) -> httpx.Request:
        return self.seen[-1]

    def client(self, pkg: ModuleType, **kw: Any) -> Any:
        transport = httpx.MockTransport(self)
        return pkg.Client(base_url=BASE, http_client=httpx.Client(transport=transport), **kw)

    def async_client(self, pkg: ModuleType, **kw: Any) -> Any:
        transport = httpx.MockTransport(self)
        return pkg.AsyncClient(
            base_url=BASE, http_client=httpx.AsyncClient(transport=transport), **kw
        )


def parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """A multipart body's parts: (name, file name, content type, content)."""
    head = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    out = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        name = part.get_param("name", header="content-disposition")
        out.append((str(name), part.get_filename(), part["Content-Type"], payload))
    return out


# -- parameters -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def styles() -> Iterator[ModuleType]:
    yield from _module_package(load("params"), "op_styles")


def _module_package(doc: dict[str, Any], name: str) -> Iterator[ModuleType]:
    """A package generated once for the tests of a module (generation takes a second)."""
    import importlib
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / f"{name}.json"
        spec.write_text(json.dumps(doc), encoding="utf-8")
        result = generate_document(spec, name)
        write_tree(result.files, Path(tmp) / name)
        src = str(Path(tmp) / name / "src")
        sys.path.insert(0, src)
        try:
            yield importlib.import_module(name)
        finally:
            sys.path.remove(src)
            for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                del sys.modules[mod]


def report_args(pkg: ModuleType) -> dict[str, Any]:
    m = pkg.models
    return {
        "ids": [3, 4],
        "region": ["eu", "us west"],
        "period": m.Period(from_=datetime.date(2024, 1, 1), to=datetime.date(2024, 1, 31)),
        "session": "s 1;x",
        "status": ["draft", "paid"],
        "fields_": ["number", "a,b"],
        "sizes": [10, 20],
        "currencies": ["EUR", "USD"],
        "filter": m.Filter(customer="c&1", total=m.Total(gte=5)),
        "point": m.Point(x=1, y=2),
        "page": m.Page(number=2, size=50),
        "archived": False,
        "x_trace_ids": ["t1", "t2"],
        "x_tenant": m.XTenant(id="acme", region="eu"),
        "prefs": ["dark", "compact"],
    }


# what each style writes, as the OpenAPI specification's style tables give it
REPORT_PATH = (
    "/v1/reports/3,4/.eu.us%20west/;period=from,2024-01-01,to,2024-01-31"
    "?status=draft&status=paid"  # form, exploded
    "&fields=number,a%2Cb"  # form: the comma between items stays, the one in an item not
    "&sizes=10%2020"  # spaceDelimited
    "&currencies=EUR%7CUSD"  # pipeDelimited
    "&filter%5Bcustomer%5D=c%261&filter%5Btotal%5D%5Bgte%5D=5"  # deepObject
    "&point=x,1,y,2"  # form object, not exploded
    "&number=2&size=50"  # form object, exploded
    "&archived=false"
)


def test_every_parameter_style_on_the_wire(styles: ModuleType) -> None:
    wire = Wire(httpx.Response(200, json={"rows": 7}))
    result = wire.client(styles).reports.get(**report_args(styles))
    assert result.rows == 7
    request = wire.last
    assert request.url.raw_path.decode() == REPORT_PATH
    assert request.headers["x-trace-ids"] == "t1,t2"
    assert request.headers["x-tenant"] == "id=acme,region=eu"
    assert request.headers["cookie"] == "session=s%201%3Bx; prefs=dark%2Ccompact"
    assert request.headers["accept"] == "application/json"


def test_async_client_sends_the_same_request(styles: ModuleType) -> None:
    wire = Wire(httpx.Response(200, json={"rows": 7}))

    async def main() -> Any:
        async with wire.async_client(styles) as client:
            return await client.reports.get(**report_args(styles))

    assert asyncio.run(main()).rows == 7
    assert wire.last.url.raw_path.decode() == REPORT_PATH


def test_optional_parameters_left_out_are_not_sent(styles: ModuleType) -> None:
    wire = Wire(httpx.Response(200, json={}))
    args = report_args(styles)
    required = {k: args[k] for k in ("ids", "region", "period", "session")}
    wire.client(styles).reports.get(**required)
    assert wire.last.url.query == b""
    assert "x-trace-ids" not in wire.last.headers
    assert wire.last.headers["cookie"] == "session=s%201%3Bx"


def test_a_path_parameter_cannot_change_the_path(styles: ModuleType) -> None:
    wire = Wire(httpx.Response(200, json={}))
    args = report_args(styles)
    wire.client(styles).reports.get(**{**args, "ids": [1], "region": ["../admin?x=1#"]})
    assert wire.last.url.raw_path.decode().startswith("/v1/reports/1/...%2Fadmin%3Fx%3D1%23/;")


# -- request bodies -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bodies() -> Iterator[ModuleType]:
    yield from _module_package(load("bodies"), "op_bodies")


CREATED = httpx.Response(201, json={"id": "a1", "number": "INV-1"})


def test_multipart_upload_with_files_fields_and_a_json_part(
    bodies: ModuleType, tmp_path: Path
) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"PNG-bytes")
    wire = Wire(CREATED)
    attachment = wire.client(bodies).attachments.upload(
        file=b"%PDF-1.7",  # bare bytes: the document's content type, httpx's file name
        extras=[("notes.txt", b"n", "text/plain"), scan],
        title="March",
        tags=["a", "b"],
        metadata=bodies.models.UploadAttachmentRequestMetadata(source="scanner", pages=2),
    )
    assert attachment.id == "a1"
    assert wire.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(wire.last) == [
        ("title", None, None, b"March"),
        ("tags", None, None, b"a"),
        ("tags", None, None, b"b"),
        ("file", "upload", "application/pdf", b"%PDF-1.7"),
        ("extras", "notes.txt", "text/plain", b"n"),
        ("extras", "scan.png", "image/png", b"PNG-bytes"),
        ("metadata", None, "application/json", b'{"source":"scanner","pages":2}'),
    ]


def test_multipart_file_name_and_type_given_by_the_caller_win(bodies: ModuleType) -> None:
    wire = Wire(CREATED)
    wire.client(bodies).attachments.upload(file=("march.pdf", b"%PDF", "x/pdf"))
    assert parts(wire.last) == [("file", "march.pdf", "x/pdf", b"%PDF")]
    wire.client(bodies).attachments.upload(file=("march.pdf", b"%PDF"))
    assert parts(wire.last) == [("file", "march.pdf", "application/pdf", b"%PDF")]


def test_form_body_follows_its_encoding(bodies: ModuleType) -> None:
    wire = Wire(httpx.Response(200, json={"access_token": "t"}))
    token = wire.client(bodies).oauth.create_token(
        grant_type="client_credentials", scope=["read", "write"], metadata={"app": "a b"}
    )
    assert token.access_token == "t"
    assert wire.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert wire.last.content == (
        b"grant_type=client_credentials&scope=read,write&metadata%5Bapp%5D=a%20b"
    )


def test_raw_binary_and_text_bodies(bodies: ModuleType) -> None:
    wire = Wire(httpx.Response(204))
    client = wire.client(bodies)
    assert client.invoices.put_pdf(id="i1", body=b"%PDF-\x00\xff") is None
    assert (wire.last.method, wire.last.url.path) == ("PUT", "/v1/invoices/i1/pdf")
    assert wire.last.content == b"%PDF-\x00\xff"
    assert wire.last.headers["content-type"] == "application/pdf"
    client.invoices.put_note(id="i1", body="Paid – thank you")
    assert wire.last.content == "Paid – thank you".encode()
    assert wire.last.headers["content-type"] == "text/plain"
    client.invoices.put_note(id="i1")  # an optional body left out
    assert wire.last.content == b"" and "content-type" not in wire.last.headers


def test_an_open_file_as_a_raw_body_is_sent_whole_on_every_attempt(
    bodies: ModuleType, tmp_path: Path
) -> None:
    """A binary body may be an open file (the method says `bytes | IO[bytes]`): a retry after
    a 429 sends the same bytes again, from the sync and the async client."""
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-\x00\xff")
    wire = Wire(
        lambda request: httpx.Response(
            429 if len(wire.seen) % 2 else 204, headers={"Retry-After": "0"}
        )
    )
    with pdf.open("rb") as upload:
        wire.client(bodies, max_retries=1).invoices.put_pdf(id="i1", body=upload)
    with pdf.open("rb") as upload:
        client = wire.async_client(bodies, max_retries=1)
        asyncio.run(client.invoices.put_pdf(id="i1", body=upload))
    assert [r.content for r in wire.seen] == [b"%PDF-\x00\xff"] * 4
    assert "IO[bytes]" in str(inspect.signature(bodies.Client(base_url=BASE).invoices.put_pdf))


def test_a_choice_of_content_types_for_raw_bytes(bodies: ModuleType) -> None:
    wire = Wire(httpx.Response(204))
    client = wire.client(bodies)
    client.invoices.put_logo(id="i1", body=b"\x89PNG")
    assert wire.last.headers["content-type"] == "image/png"  # the document's first
    client.invoices.put_logo(id="i1", body=b"\xff\xd8", content_type="image/jpeg")
    assert (wire.last.headers["content-type"], wire.last.content) == ("image/jpeg", b"\xff\xd8")


@pytest.mark.parametrize(
    ("content_type", "sent"),
    [
        (None, b'{"number":"INV-1","status":"draft"}'),
        ("application/json", b'{"number":"INV-1","status":"draft"}'),
        ("application/merge-patch+json", b'{"number":"INV-1","status":"draft"}'),
        ("application/x-www-form-urlencoded", b"number=INV-1&status=draft"),
    ],
)
def test_the_caller_chooses_among_the_documented_content_types(
    bodies: ModuleType, content_type: str | None, sent: bytes
) -> None:
    wire = Wire(CREATED)
    extra = {"content_type": content_type} if content_type else {}
    created = wire.client(bodies).invoices.create(number="INV-1", status="draft", **extra)
    assert created.number == "INV-1"
    assert wire.last.content == sent
    assert wire.last.headers["content-type"] == (content_type or "application/json")


def test_arguments_are_validated_whatever_the_content_type(bodies: ModuleType) -> None:
    import pydantic

    wire = Wire(CREATED)
    with pytest.raises(pydantic.ValidationError):
        wire.client(bodies).invoices.create(
            number="INV-1", status="nonsense", content_type="application/x-www-form-urlencoded"
        )
    assert wire.seen == []


def test_content_types_not_offered_are_named_in_a_warning(
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    _, out = generate(load("bodies"), "op_bodies_report")
    warnings = json.loads((out / "codegen-report.json").read_text())["warnings"]
    (warning,) = [w for w in warnings if w["where"] == "/paths/~1invoices/post/requestBody"]
    assert "application/xml" in warning["message"]
    assert "chosen with `content_type`" in warning["message"]
    # a choice among types of one kind leaves nothing out, so it says nothing
    assert not [w for w in warnings if "logo" in w["where"]]


# -- responses ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def downloads() -> Iterator[ModuleType]:
    yield from _module_package(load("responses"), "op_downloads")


PDF = b"%PDF-1.7\n" + bytes(range(256)) * 64


def pdf_server(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/missing/pdf"):
        return httpx.Response(404, json={"code": "not_found", "message": "no such invoice"})
    return httpx.Response(200, content=PDF, headers={"Content-Type": "application/pdf"})


def test_a_pdf_download_is_bytes(downloads: ModuleType) -> None:
    wire = Wire(pdf_server)
    assert wire.client(downloads).invoices.get_pdf(id="i1") == PDF
    assert wire.last.headers["accept"] == "application/pdf"
    raw = wire.client(downloads).invoices.with_raw_response.get_pdf(id="i1")
    assert (raw.status_code, raw.data, raw.headers["content-type"]) == (
        200,
        PDF,
        "application/pdf",
    )


def test_a_pdf_download_streams_in_chunks(downloads: ModuleType) -> None:
    wire = Wire(pdf_server)
    streaming = wire.client(downloads).invoices.with_streaming_response
    with streaming.get_pdf(id="i1") as response:
        assert response.status_code == 200
        chunks = list(response.iter_bytes(chunk_size=4096))
    assert len(chunks) > 1 and b"".join(chunks) == PDF
    with streaming.get_pdf(id="i1") as response:
        assert response.parse() == PDF


def test_a_pdf_download_streams_with_the_async_client(downloads: ModuleType) -> None:
    wire = Wire(pdf_server)

    async def main() -> bytes:
        async with wire.async_client(downloads) as client:
            streaming = client.invoices.with_streaming_response
            async with streaming.get_pdf(id="i1") as response:
                return b"".join([chunk async for chunk in response.iter_bytes(4096)])

    assert asyncio.run(main()) == PDF


def test_a_streamed_download_raises_a_documented_error_with_its_body(
    downloads: ModuleType,
) -> None:
    wire = Wire(pdf_server)
    client = wire.client(downloads, max_retries=0)
    streaming = client.invoices.with_streaming_response
    with pytest.raises(downloads.NotFoundError) as caught, streaming.get_pdf(id="missing"):
        pytest.fail("the block must not run for an error")
    assert caught.value.body == downloads.models.Problem(
        code="not_found", message="no such invoice"
    )


def test_a_text_export_is_text_or_lines(downloads: ModuleType) -> None:
    csv = "number,total\nINV-1,100\nINV-2,250\n"
    wire = Wire(httpx.Response(200, text=csv, headers={"Content-Type": "text/csv"}))
    client = wire.client(downloads)
    assert client.invoices.export() == csv
    assert wire.last.headers["accept"] == "text/csv"
    with client.invoices.with_streaming_response.export() as response:
        assert list(response.iter_lines()) == ["number,total", "INV-1,100", "INV-2,250"]


def test_only_file_and_text_operations_stream(downloads: ModuleType) -> None:
    streaming = Wire(httpx.Response(200)).client(downloads).invoices.with_streaming_response
    assert isinstance(streaming, downloads.resources.invoices.InvoicesResourceWithStreamingResponse)
    offered = {name for name in vars(streaming) if not name.startswith("_")}
    # getInvoice documents a PDF next to its JSON: reachable through a stream, see below
    assert offered == {"get_pdf", "export", "get"}


def test_default_as_the_only_response_is_the_success(downloads: ModuleType) -> None:
    wire = Wire(httpx.Response(202, json={"id": "i1", "status": "sent"}))
    sent = wire.client(downloads).invoices.send(id="i1")
    assert isinstance(sent, downloads.models.Invoice) and sent.status == "sent"
    assert wire.last.method == "POST"


def test_default_next_to_a_success_is_the_error_fallback(downloads: ModuleType) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/i1"):
            return httpx.Response(200, json={"id": "i1", "status": "paid"})
        status = 409 if request.url.path.endswith("/locked") else 500
        return httpx.Response(status, json={"code": "e", "message": "failed"})

    client = Wire(server).client(downloads, max_retries=0)
    assert client.invoices.get(id="i1") == downloads.models.Invoice(id="i1", status="paid")
    problem = downloads.models.Problem(code="e", message="failed")
    with pytest.raises(downloads.ClientStatusError) as client_error:
        client.invoices.get(id="locked")
    assert (client_error.value.status_code, client_error.value.body) == (409, problem)
    with pytest.raises(downloads.ServerStatusError) as server_error:
        client.invoices.get(id="broken")
    assert (server_error.value.status_code, server_error.value.body) == (500, problem)


def test_an_empty_response_is_none(downloads: ModuleType) -> None:
    wire = Wire(httpx.Response(204))
    assert wire.client(downloads).invoices.delete(id="i1") is None
    assert wire.last.method == "DELETE"


def test_a_second_response_type_is_named_and_reachable_by_streaming(
    downloads: ModuleType, generate: Callable[..., tuple[Generated, Path]]
) -> None:
    result, _ = generate(load("responses"), "op_downloads_report")
    (warning,) = [w for w in result.api.warnings if "several response content" in w.message]
    assert warning.where == "/paths/~1invoices~1{id}/get/responses/200"
    assert "application/pdf" in warning.message

    def server(request: httpx.Request) -> httpx.Response:
        if request.headers["accept"] == "application/pdf":
            return httpx.Response(200, content=PDF)
        return httpx.Response(200, json={"id": "i1"})

    wire = Wire(server)
    client = wire.client(downloads)
    assert client.invoices.get(id="i1").id == "i1"
    assert wire.last.headers["accept"] == "application/json"
    pdf_please = {"extra_headers": {"Accept": "application/pdf"}}
    with client.invoices.with_streaming_response.get(
        id="i1", request_options=pdf_please
    ) as response:
        assert response.read() == PDF


# -- operationIds ---------------------------------------------------------------------------


def test_duplicate_and_missing_operation_ids_each_get_a_method(
    generate_and_import: Callable[..., ModuleType],
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(load("ids"), "op_ids_report")
    assert [(w.where, w.message) for w in result.api.warnings] == [
        (
            "/paths/~1suppliers/get",
            "operationId 'fetch' is used twice; the second is generated as 'fetch_2'",
        )
    ]
    pkg = generate_and_import(load("ids"), "op_ids")
    wire = Wire(httpx.Response(200, json={"ok": True}))
    client = wire.client(pkg)
    assert client.customers.fetch() == {"ok": True}
    assert client.suppliers.fetch_2() == {"ok": True}
    assert client.suppliers.create() == {"ok": True}
    assert [(r.method, r.url.path) for r in wire.seen] == [
        ("GET", "/v1/customers"),
        ("GET", "/v1/suppliers"),
        ("POST", "/v1/suppliers"),
    ]


# -- servers --------------------------------------------------------------------------------


def test_every_server_is_an_absolute_url_the_client_accepts(
    generate_and_import: Callable[..., ModuleType],
    generate: Callable[..., tuple[Generated, Path]],
) -> None:
    result, _ = generate(load("servers"), "op_servers_report")
    assert [(w.where, w.message) for w in result.api.warnings] == [
        (
            "/servers/2/url",
            (
                "server URL '/api/v1' is relative to where the document is served: left out,"
                " the client needs base_url"
            ),
        )
    ]
    pkg = generate_and_import(load("servers"), "op_servers")
    assert [e.value for e in pkg.Environment] == [
        "https://api-test.example.test/pg",
        "https://eu.example.test/pg/",  # as the document writes it
    ]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    for environment in pkg.Environment:
        http = httpx.Client(transport=httpx.MockTransport(answer))
        with pkg.Client(environment=environment, http_client=http) as client:
            client.ping.get()
    assert [str(r.url) for r in seen] == [
        "https://api-test.example.test/pg/ping",
        "https://eu.example.test/pg/ping",
    ]


# -- a file under a JSON media type ---------------------------------------------------------


def test_a_file_under_a_json_media_type_is_returned_as_its_bytes(
    generate_and_import: Callable[..., ModuleType],
) -> None:
    pkg = generate_and_import(load("json-file"), "op_json_file")
    png = b"\x89PNG\r\n\x1a\n"
    wire = Wire(httpx.Response(200, content=png, headers={"Content-Type": "image/png"}))
    assert wire.client(pkg, strict_response_validation=True).charts.download(id="c1") == png
    assert wire.last.headers["accept"] == "application/json"


# -- the generated code stays clean ---------------------------------------------------------


def test_construct_packages_are_mypy_strict_ruff_clean_and_formatted(tmp_path: Path) -> None:
    """Every construct document's package, its source and its generated tests, in one run."""
    sources, tests = [], []
    for path in sorted(DATA.glob("*.yaml")):
        name = "c_" + path.stem.replace("-", "_")
        try:
            result = generate_document(path, name)
        except InputError:  # a document made to be refused (its own test says how)
            continue
        write_tree(result.files, tmp_path / name)
        sources.append(str(tmp_path / name / "src" / name))
        # each package's tests are a package named `tests`: one mypy run needs them apart
        (tmp_path / name / "tests").rename(tmp_path / name / f"tests_{name}")
        tests.append(str(tmp_path / name / f"tests_{name}"))
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(Path(s).parent) for s in sources)}
    mypy = [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull]
    checks = [
        (mypy + sources + tests, tmp_path),
        ([str(BIN / "ruff"), "check", "--no-cache", *sources], tmp_path),
    ]
    # ruff reads each package's settings from its own pyproject.toml
    checks += [
        ([str(BIN / "ruff"), "format", "--check", "--no-cache", "src"], Path(s).parents[1])
        for s in sources
    ]
    for args, cwd in checks:
        done = subprocess.run(
            args, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=600
        )
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


@pytest.fixture(scope="module")
def content_params() -> Iterator[ModuleType]:
    yield from _module_package(load("params-content"), "op_content_params")


def test_a_parameter_with_json_content_is_sent_as_json_text(
    content_params: ModuleType,
) -> None:
    wire = Wire(httpx.Response(204))
    m = content_params.models
    wire.client(content_params).search.get(
        scope=["a b", "c"],
        filter=m.Filter(a=1, b="x&y"),
        term="q",
        x_context=m.XContext(user="u"),
        state=[1, 2],
    )
    request = wire.last
    assert request.url.raw_path.decode() == (
        "/v1/search/%5B%22a%20b%22%2C%22c%22%5D"
        "?term=%22q%22&filter=%7B%22a%22%3A1%2C%22b%22%3A%22x%26y%22%7D"
    )
    assert json.loads(request.url.params["filter"]) == {"a": 1, "b": "x&y"}
    assert json.loads(request.headers["x-context"]) == {"user": "u"}
    assert request.headers["cookie"] == "state=%5B1%2C2%5D"


def test_the_generated_tests_expect_json_content_parameters_as_json_text(
    tmp_path: Path,
) -> None:
    result = generate_document(DATA / "op-params-content.yaml", "content_params")
    write_tree(result.files, tmp_path)
    source = (tmp_path / "tests" / "test_search.py").read_text(encoding="utf-8")
    assert 'request.url.params["term"] == \'"' in source  # the JSON string, quoted
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
