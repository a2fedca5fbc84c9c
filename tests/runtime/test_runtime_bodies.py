"""Query strings as sent, and bodies: forms with their encoding, multipart parts, a chosen type."""

from __future__ import annotations

import io
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest
from rtpkg._runtime import ApiKeyAuth, BaseModel, Call, Encoding, Param, ResponseSpec
from rtpkg._runtime.serialize import form_body, query_items

OK = {"200": ResponseSpec(None, "json")}


def capture() -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={})

    return handler, seen


def call(**kw: Any) -> Call[Any]:
    return Call(method="POST", path="/things", operation_id="op", responses=OK, **kw)


def parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """The parts of a multipart request: (name, file name, content type, content)."""
    raw = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(raw + request.content)
    out = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        out.append(
            (
                str(part.get_param("name", header="content-disposition")),
                part.get_filename(),
                part["Content-Type"],
                payload,
            )
        )
    return out


@pytest.mark.parametrize(
    ("param", "items"),
    [
        # the comma between items stays a comma; a comma inside an item is encoded
        (Param("ids", ["a,b", "c"], explode=False), ["ids=a%2Cb,c"]),
        (Param("ids", ["a b", "c"]), ["ids=a%20b", "ids=c"]),
        (Param("p", {"x": 1, "y": "a,b"}, explode=False), ["p=x,1,y,a%2Cb"]),
        (Param("p", {"x": 1, "y": 2}), ["x=1", "y=2"]),
        (Param("ids", [1, 2], style="spaceDelimited", explode=False), ["ids=1%202"]),
        (Param("ids", [1, 2], style="pipeDelimited", explode=False), ["ids=1%7C2"]),
        (Param("ids", [1, 2], style="pipeDelimited", explode=True), ["ids=1", "ids=2"]),
        (Param("c", {"R": 1, "G": 2}, style="spaceDelimited", explode=False), ["c=R%201%20G%202"]),
        (
            Param("filter", {"status": "paid", "amount": {"gte": 5}}, style="deepObject"),
            ["filter%5Bstatus%5D=paid", "filter%5Bamount%5D%5Bgte%5D=5"],
        ),
        (Param("q", "a&b=c"), ["q=a%26b%3Dc"]),
        (Param("q", None), []),
    ],
)
def test_query_items_encode_values_and_keep_delimiters(param: Param, items: list[str]) -> None:
    assert [item for _, item in query_items(param)] == items


def test_exploded_object_in_a_delimited_style_is_refused() -> None:
    with pytest.raises(ValueError, match="exploded object"):
        query_items(Param("c", {"R": 1}, style="pipeDelimited", explode=True))


def test_query_string_on_the_wire_keeps_the_styles_delimiters(make) -> None:
    handler, seen = capture()
    make(handler).request(
        call(query=[Param("ids", ["a,b", "c"], explode=False), Param("q", "x y")]),
        {"extra_query": {"q": "z", "debug": True}},
    )
    assert seen[0].url.query == b"ids=a%2Cb,c&q=z&debug=true"
    assert seen[0].url.params.get_list("ids") == ["a,b,c"]


def test_an_api_key_in_the_query_leaves_the_other_items_as_encoded(make) -> None:
    handler, seen = capture()
    auth = {"key": ApiKeyAuth("k&1", name="api_key", location="query")}
    make(handler, auth=auth).request(
        call(query=[Param("ids", [1, 2], explode=False)], security=[["key"]])
    )
    assert seen[0].url.query == b"ids=1,2&api_key=k%261"


def test_form_body_follows_the_encoding_styles() -> None:
    body = form_body(
        {"name": "A & B", "tags": ["x", "y"], "meta": {"k": "v"}, "skip": None},
        {"meta": ("deepObject", True), "tags": ("form", False)},
    )
    assert body == b"name=A%20%26%20B&tags=x,y&meta%5Bk%5D=v"


def test_form_call_sends_its_encoding(make) -> None:
    handler, seen = capture()
    make(handler).request(
        call(
            form={"meta": {"k": "v"}, "n": 1},
            encoding={"meta": Encoding(style="deepObject", explode=True)},
        )
    )
    assert seen[0].content == b"meta%5Bk%5D=v&n=1"
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"


class Meta(BaseModel):
    source: str


def test_multipart_files_take_the_documented_part_type_unless_given(make, tmp_path: Path) -> None:
    handler, seen = capture()
    path = tmp_path / "scan.png"
    path.write_bytes(b"PNG")
    named = io.BytesIO(b"FILE")
    named.name = "/somewhere/report.pdf"
    make(handler).request(
        call(
            files={
                "bare": b"%PDF-1",
                "pair": ("a.pdf", b"%PDF-2"),
                "triple": ("b.bin", b"%PDF-3", "application/x-custom"),
                "named": named,
                "path": path,
                "named_path": ("renamed.png", path),
                "many": [b"1", b"2"],
                "meta": Meta(source="scanner"),
                "note": "hello",
                "skipped": None,
            },
            encoding={
                name: Encoding(content_type="application/pdf")
                for name in ("bare", "pair", "triple", "named")
            },
            content_type="multipart/form-data",
        )
    )
    assert seen[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(seen[0]) == [
        ("note", None, None, b"hello"),
        ("bare", "upload", "application/pdf", b"%PDF-1"),
        ("pair", "a.pdf", "application/pdf", b"%PDF-2"),
        ("triple", "b.bin", "application/x-custom", b"%PDF-3"),
        ("named", "report.pdf", "application/pdf", b"FILE"),
        ("path", "scan.png", "image/png", b"PNG"),
        ("named_path", "renamed.png", "image/png", b"PNG"),
        ("many", "upload", "application/octet-stream", b"1"),
        ("many", "upload", "application/octet-stream", b"2"),
        ("meta", None, "application/json", b'{"source":"scanner"}'),
    ]


@pytest.mark.parametrize(
    ("content_type", "sent"),
    [
        ("application/json", b'{"meta":{"source":"x"},"n":1}'),
        ("application/vnd.api+json", b'{"meta":{"source":"x"},"n":1}'),
        ("application/x-www-form-urlencoded", b"source=x&n=1"),
    ],
)
def test_body_is_written_as_the_chosen_content_type(make, content_type: str, sent: bytes) -> None:
    handler, seen = capture()
    value = {"meta": Meta(source="x"), "n": 1}
    make(handler).request(call(body=value, content_type=content_type))
    assert seen[0].content == sent
    assert seen[0].headers["content-type"] == content_type


def test_body_chosen_as_multipart_or_raw(make) -> None:
    handler, seen = capture()
    harness = make(handler)
    harness.request(call(body={"n": 1, "file": b"x"}, content_type="multipart/form-data"))
    assert [(name, data) for name, _, _, data in parts(seen[0])] == [("n", b"1"), ("file", b"x")]
    harness.request(call(body=b"\x00\x01", content_type="image/png"))
    assert (seen[1].content, seen[1].headers["content-type"]) == (b"\x00\x01", "image/png")
    harness.request(call(body="a,b", content_type="text/csv"))
    assert (seen[2].content, seen[2].headers["content-type"]) == (b"a,b", "text/csv")
