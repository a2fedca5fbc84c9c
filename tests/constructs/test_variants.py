"""`with_raw_response` and `with_streaming_response`, derived from the one definition of each
operation by the runtime's wrappers: they keep the method's exact signature for a type
checker (a real `mypy --strict` run over user code) and answer with the whole response.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from test_operations import PDF, Wire, _module_package, load, pdf_server

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def downloads() -> Iterator[ModuleType]:
    yield from _module_package(load("responses"), "op_variants")


def _mypy(pkg: ModuleType, code: str, tmp_path: Path) -> tuple[int, str]:
    """`mypy --strict` over `code` as a user's module importing the generated package."""
    user = tmp_path / "user_code.py"
    user.write_text(textwrap.dedent(code), encoding="utf-8")
    src = Path(pkg.__file__ or "").parent.parent
    run = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--show-error-codes", str(user)],
        check=False,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(src)},
    )
    return run.returncode, run.stdout + run.stderr


RIGHT = """
    import asyncio

    from op_variants import ApiResponse, AsyncClient, Client
    from op_variants._runtime import StreamedResponse

    client = Client(base_url="https://api.test")
    raw: ApiResponse[bytes] = client.invoices.with_raw_response.get_pdf(id="i1")
    status: int = raw.status_code
    data: bytes = raw.data
    with client.invoices.with_streaming_response.get_pdf(id="i1") as streamed:
        kept: StreamedResponse[bytes] = streamed
        body: bytes = streamed.parse()


    async def main() -> None:
        aclient = AsyncClient(base_url="https://api.test")
        araw: ApiResponse[bytes] = await aclient.invoices.with_raw_response.get_pdf(id="i1")
        async with aclient.invoices.with_streaming_response.get_pdf(id="i1") as astreamed:
            abody: bytes = await astreamed.parse()


    asyncio.run(main())
"""

# each line marked `# error` must be reported by mypy, and no other line
WRONG = """
    from op_variants import ApiResponse, AsyncClient, Client

    client = Client(base_url="https://api.test")
    client.invoices.with_raw_response.get_pdf(id=1)  # error
    client.invoices.with_raw_response.get_pdf(id="i1", unknown=1)  # error
    client.invoices.with_raw_response.get_pdf()  # error
    not_bytes: ApiResponse[str] = client.invoices.with_raw_response.get_pdf(id="i1")  # error
    client.invoices.with_streaming_response.get_pdf(ident="i1")  # error
    client.invoices.with_raw_response.get_pdf(id="i1", request_options={"timeout": 5})


    async def main() -> None:
        aclient = AsyncClient(base_url="https://api.test")
        await aclient.invoices.with_raw_response.get_pdf(id=1)  # error
        await aclient.invoices.with_raw_response.get_pdf(id="i1", unknown=1)  # error
        raw: ApiResponse[str] = await aclient.invoices.with_raw_response.get_pdf(id="i1")  # error
        aclient.invoices.with_streaming_response.get_pdf(id=None)  # error
"""


def test_the_right_call_to_a_variant_type_checks(downloads: ModuleType, tmp_path: Path) -> None:
    code, out = _mypy(downloads, RIGHT, tmp_path)
    assert code == 0, out


def test_a_wrong_argument_to_a_variant_is_a_type_error(
    downloads: ModuleType, tmp_path: Path
) -> None:
    code, out = _mypy(downloads, WRONG, tmp_path)
    lines = textwrap.dedent(WRONG).splitlines()
    expected = {n for n, line in enumerate(lines, 1) if line.endswith("# error")}
    reported = {int(n) for n in re.findall(r"user_code\.py:(\d+): error", out)}
    assert code == 1
    assert reported == expected, out


def test_a_raw_variant_answers_with_status_headers_and_data(downloads: ModuleType) -> None:
    wire = Wire(pdf_server)
    client = wire.client(downloads)
    raw = client.invoices.with_raw_response.get_pdf(id="i1")
    assert isinstance(raw, downloads.ApiResponse)
    assert (raw.status_code, raw.headers["content-type"], raw.data) == (200, "application/pdf", PDF)
    # the plain method, called after its variant on the same resource, still answers with data
    assert client.invoices.get_pdf(id="i1") == PDF
    assert [r.url.path for r in wire.seen] == ["/v1/invoices/i1/pdf"] * 2


def test_an_async_raw_variant_answers_with_status_headers_and_data(downloads: ModuleType) -> None:
    wire = Wire(
        httpx.Response(200, json={"id": "i1", "status": "paid"}, headers={"x-request-id": "r7"})
    )

    async def main() -> tuple[object, object]:
        async with wire.async_client(downloads) as client:
            raw = await client.invoices.with_raw_response.get(id="i1")
            plain = await client.invoices.get(id="i1")
            return raw, plain

    raw, plain = asyncio.run(main())
    invoice = downloads.models.Invoice(id="i1", status="paid")
    assert isinstance(raw, downloads.ApiResponse)
    assert (raw.status_code, raw.request_id, raw.data) == (200, "r7", invoice)
    assert plain == invoice


def test_a_variant_raises_the_documented_error(downloads: ModuleType) -> None:
    client = Wire(pdf_server).client(downloads, max_retries=0)
    with pytest.raises(downloads.NotFoundError) as caught:
        client.invoices.with_raw_response.get_pdf(id="missing")
    assert caught.value.status_code == 404


def test_an_async_stream_is_opened_only_when_entered(downloads: ModuleType) -> None:
    wire = Wire(pdf_server)

    async def main() -> bytes:
        async with wire.async_client(downloads) as client:
            pending = client.invoices.with_streaming_response.get_pdf(id="i1")
            assert wire.seen == []
            async with pending as response:
                assert response.status_code == 200
                return await response.parse()

    assert asyncio.run(main()) == PDF


def test_a_variant_keeps_the_methods_name_docstring_and_signature(downloads: ModuleType) -> None:
    client = Wire(pdf_server).client(downloads)
    method = client.invoices.get_pdf
    signature = inspect.signature(method)
    for variant, answers in (
        (client.invoices.with_raw_response.get_pdf, "ApiResponse[bytes]"),
        (
            client.invoices.with_streaming_response.get_pdf,
            "AbstractContextManager[StreamedResponse[bytes]]",
        ),
    ):
        assert variant.__name__ == "get_pdf"
        assert variant.__doc__ == method.__doc__ and "getInvoicePdf" in variant.__doc__
        # the method's parameters, and what the variant answers, for `help()` and IDEs
        assert inspect.signature(variant).parameters == signature.parameters
        assert signature.return_annotation == "bytes"
        assert inspect.signature(variant).return_annotation == answers
