"""Fidelity constructs: documents read as they are written, values sent as the document says.

Each `data/*.yaml` used here shows one kind of fault other generators are known for: YAML 1.1
readings of unquoted scalars, patterns the models' regex engine refuses, naive datetimes,
multipart bodies without files, `minItems` on array parameters. The package generated from it
is imported and driven through its client against `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from codegen.cli import main
from codegen.errors import InputError
from codegen.pipeline import Generated, generate_document
from codegen.write import write_tree
from codegen.yamlload import load_yaml

DATA = Path(__file__).parent / "data"
BASE = "https://api.test"


class Built:
    def __init__(self, pkg: ModuleType, result: Generated, out: Path) -> None:
        self.pkg, self.result, self.out = pkg, result, out
        self.seen: list[httpx.Request] = []

    def client(self, answer: httpx.Response | None = None) -> Any:
        """A client whose requests are recorded (from none) and answered with `answer` (204
        otherwise)."""
        self.seen.clear()

        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.seen.append(request)
            return answer if answer is not None else httpx.Response(204)

        transport = httpx.MockTransport(handle)
        return self.pkg.Client(
            base_url=BASE, max_retries=0, http_client=httpx.Client(transport=transport)
        )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Built]]:
    """The package generated from `data/<stem>.yaml` (the YAML file itself, as a user would
    give it), imported as `fidelity_<stem>`; generated once per module."""
    root = tmp_path_factory.mktemp("fidelity")
    cache: dict[str, Built] = {}
    paths: list[str] = []

    def get(stem: str) -> Built:
        if stem not in cache:
            name = "fidelity_" + stem.replace("-", "_")
            result = generate_document(DATA / f"{stem}.yaml", name)
            write_tree(result.files, root / stem)
            paths.append(str(root / stem / "src"))
            sys.path.insert(0, paths[-1])
            cache[stem] = Built(importlib.import_module(name), result, root / stem)
        return cache[stem]

    yield get
    for path in paths:
        sys.path.remove(path)
    for mod in [m for m in sys.modules if m.startswith("fidelity_")]:
        del sys.modules[mod]


def parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """A multipart body's parts: (name, file name, content)."""
    head = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    out = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        name = part.get_param("name", header="content-disposition")
        out.append((str(name), part.get_filename(), payload))
    return out


# -- YAML 1.2 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NO", "NO"),
        ("no", "no"),
        ("Yes", "Yes"),
        ("on", "on"),
        ("OFF", "OFF"),
        ("y", "y"),
        ("0777", "0777"),
        ("1:20", "1:20"),
        ("2024-01-02", "2024-01-02"),
        ("2024-01-02T10:00:00Z", "2024-01-02T10:00:00Z"),
        ("1_000", "1_000"),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("12", 12),
        ("-3", -3),
        ("0", 0),
        ("0o17", 15),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("'.inf'", ".inf"),
    ],
)
def test_unquoted_scalars_are_read_by_the_yaml_1_2_core_schema(text: str, value: Any) -> None:
    data, _ = load_yaml(f"key: {text}\n", "doc.yaml")
    assert data == {"key": value} and type(data["key"]) is type(value)


@pytest.mark.parametrize("text", ["-.inf", ".NaN", "1e999", "[1, .inf]"])
def test_numbers_json_cannot_hold_are_refused_at_their_place(text: str) -> None:
    """The core schema reads `.inf` and `.nan` as floats, which JSON has no value for."""
    with pytest.raises(InputError) as caught:
        load_yaml(f"key: {text}\n", "doc.yaml")
    [problem] = caught.value.problems
    assert problem.file == "doc.yaml" and problem.where.startswith("/key")
    assert "no JSON value" in problem.message


def test_a_country_enum_keeps_norway_and_words_stay_words(built: Callable[[str], Built]) -> None:
    b = built("schema-yaml12")
    models = b.pkg.models
    assert [c.value for c in models.Country] == ["GB", "NO", "SE", "DK", "FI", "IS"]
    assert [a.value for a in models.Answer] == ["yes", "no", "on", "off", "y", "n"]
    client = b.client(httpx.Response(201, json={"country": "NO", "answer": "no"}))
    address = client.addresses.create(country="NO", answer="off", account="0777")
    assert address.country is models.Country.NO and address.answer is models.Answer.NO
    assert json.loads(b.seen[-1].content) == {"country": "NO", "answer": "off", "account": "0777"}


def test_null_spellings_in_a_string_enum_are_read_as_null_with_a_warning(
    built: Callable[[str], Built],
) -> None:
    b = built("schema-yaml12")
    warned = [w for w in b.result.api.warnings if "/mark/enum/" in w.where]
    assert [(w.file, w.where) for w in warned] == [
        ("schema-yaml12.yaml", "/components/schemas/Address/properties/mark/enum/1")
    ]
    assert "is null" in warned[0].message and "quote" in warned[0].hint
    address = b.pkg.models.Address
    assert address(country="GB", mark=None).mark is None
    assert address(country="GB", mark="open").mark == "open"


FLAGS = {"1": "one", "true": 5, "false": False, "null": "n", "2024-01-02": 1.5}


def test_mapping_keys_are_their_text_so_no_property_is_lost(built: Callable[[str], Built]) -> None:
    b = built("schema-yaml-keys")
    flags = b.pkg.models.GetFlagsResponse
    wire = sorted(f.alias or name for name, f in flags.model_fields.items())
    assert wire == sorted(FLAGS)
    assert flags.model_fields["n1"].is_required() and flags.model_fields["true"].is_required()
    with pytest.raises(pydantic.ValidationError):
        flags.model_validate({"1": 1, "true": 5})  # `1` is a string property, not an integer


def test_a_response_with_those_keys_parses_with_no_deviation_sync_and_async(
    built: Callable[[str], Built], caplog: pytest.LogCaptureFixture
) -> None:
    b = built("schema-yaml-keys")

    async def call_async() -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=FLAGS))
        async with b.pkg.AsyncClient(
            base_url=BASE, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            return await client.flags.list()

    with caplog.at_level("WARNING"):
        sync = b.client(httpx.Response(200, json=FLAGS)).flags.list()
        for got in (sync, asyncio.run(call_async())):
            assert got.model_dump(mode="json", by_alias=True, exclude_unset=True) == FLAGS
    assert not caplog.records


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a: 1\n? [x, y]\n: 2\n", "line 2, column 3", "a key that is a sequence"),
        ("a: 1\n? {x: 1}\n: 2\n", "line 2, column 3", "a key that is a mapping"),
        (
            "a:\n  1: x\n  '1': y\n",
            "line 3, column 3",
            "the key '1' again (first at line 2, column 3)",
        ),
        (
            "a:\n  b: 1\n  b: 2\n",
            "line 3, column 3",
            "the key 'b' again (first at line 2, column 3)",
        ),
    ],
)
def test_a_key_that_is_no_text_or_is_written_twice_is_bad_input(
    text: str, where: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_yaml(text, "doc.yaml")
    [problem] = caught.value.problems
    assert (problem.file, problem.where) == ("doc.yaml", where)
    assert message in problem.message


def test_a_merged_mapping_may_be_overridden_by_its_own_keys() -> None:
    data, _ = load_yaml("base: &b {x: 1, y: 2}\nm: {<<: *b, x: 3}\n", "doc.yaml")
    assert data["m"] == {"x": 3, "y": 2}


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("api.yaml", "{head}paths:\n  /a: {{1: x, '1': y}}\n", "line 4"),
        (
            "page.md",
            "# API\n\n```yaml\n{head}paths:\n  /a: {{1: x, '1': y}}\n```\n",
            "line 7",
        ),
    ],
)
def test_the_command_line_exits_2_naming_the_file_and_line_in_every_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, where: str
) -> None:
    head = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
    doc = tmp_path / name
    doc.write_text(text.format(head=head), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["-q", "generate", "--spec", str(doc), "--out", str(out), "--name", "t"]) == 2
    err = capsys.readouterr().err
    assert f"{name}: {where}, column" in err and "the key '1' again" in err
    assert not out.exists()


NULL_ENUMS = "/paths/~1countries"


def test_a_null_in_a_string_enum_is_warned_of_at_its_own_place_wherever_it_stands(
    built: Callable[[str], Built],
) -> None:
    b = built("schema-null-in-string-enums")
    report = json.loads((b.out / "codegen-report.json").read_text())
    warned = sorted(w["where"] for w in report["warnings"] if "is null" in w["message"])
    body = "/content/application~1json/schema"
    assert warned == sorted(
        [
            "/components/schemas/Country/enum/2",
            f"{NULL_ENUMS}/parameters/0/schema/enum/1",
            f"{NULL_ENUMS}/get/parameters/0/schema/enum/1",
            f"{NULL_ENUMS}/get/responses/200{body}/properties/size/enum/2",
            f"{NULL_ENUMS}/post/requestBody{body}/properties/tags/items/enum/1",
            f"/components/responses/Tagged{body}/properties/tag/enum/1",
        ]
    )


def test_a_response_with_null_there_parses_sync_and_async(
    built: Callable[[str], Built], caplog: pytest.LogCaptureFixture
) -> None:
    b = built("schema-null-in-string-enums")
    body = {"country": None, "size": None}

    async def call_async() -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        async with b.pkg.AsyncClient(
            base_url=BASE, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            return await client.countries.get(region=None, size=None)

    with caplog.at_level("WARNING"):
        sync = b.client(httpx.Response(200, json=body)).countries.get(region=None, size=None)
        for got in (sync, asyncio.run(call_async())):
            assert got.country is None and got.size is None
    assert not caplog.records
    assert b.pkg.models.Country("NO").value == "NO"


def test_the_written_document_keeps_scalars_as_they_were_written(
    built: Callable[[str], Built],
) -> None:
    openapi = json.loads((built("schema-yaml12").out / "openapi.json").read_text())
    body = openapi["paths"]["/addresses"]["post"]["requestBody"]["content"]["application/json"]
    assert body["example"] == {
        "country": "NO",
        "answer": "yes",
        "account": "0777",
        "ratio": "1:20",
        "since": "2024-01-02",
    }


# -- patterns -------------------------------------------------------------------------------


def test_every_pattern_runs_on_an_engine_that_compiles_it(built: Callable[[str], Built]) -> None:
    b = built("schema-patterns")
    note = b.pkg.models.Note
    # Rust's engine refuses surrogate escapes; Python's `re` checks them
    assert note(plain="caf\u00e9").plain == "caf\u00e9"
    with pytest.raises(pydantic.ValidationError):
        note(plain="lone \ud800")
    with pytest.raises(pydantic.ValidationError):
        note(labels=["x\udc00"])  # a string component, inlined where it is used
    assert note(code="A12").code == "A12"  # a lookahead: Python's only
    with pytest.raises(pydantic.ValidationError):
        note(code="1AB")
    assert note(word="h\u00e9llo").word == "h\u00e9llo"  # `\p{L}`: Rust's only
    with pytest.raises(pydantic.ValidationError):
        note(word="a1")
    assert note(broken="anything at all").broken == "anything at all"
    report = json.loads((b.out / "codegen-report.json").read_text())
    (warning,) = [w for w in report["warnings"] if '"^[a-"' in w["message"]]
    assert warning["where"] == "/components/schemas/Note/properties/broken/pattern"


def test_a_package_with_every_kind_of_pattern_imports_under_w_error(
    built: Callable[[str], Built],
) -> None:
    b = built("schema-patterns")
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"import {b.pkg.__name__}.models"],
        cwd=b.out / "src",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_surrogate_patterns_run_on_python_re_where_no_pattern_needs_lookaround(
    built: Callable[[str], Built],
) -> None:
    # nothing else in the module switches a model to `re`: the surrogate escapes must still
    # not reach the Rust engine, which refuses them when the module is imported
    b = built("schema-patterns-surrogates")
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"import {b.pkg.__name__}.models"],
        cwd=b.out / "src",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    note = b.pkg.models.Note
    assert note(plain="caf\u00e9", aliases=["a"]).plain == "caf\u00e9"
    for bad in ({"plain": "lone \ud800"}, {"aliases": ["x\udc00"]}, {"word": "a1"}):
        with pytest.raises(pydantic.ValidationError):
            note(**bad)
    assert note(word="h\u00e9llo").word == "h\u00e9llo"  # `\p{L}`: on Rust's engine still


# -- naive datetimes ------------------------------------------------------------------------

AWARE = datetime.datetime(2023, 8, 23, 12, 26, 16, tzinfo=datetime.UTC)
NAIVE = datetime.datetime(2023, 8, 23, 12, 26, 16)


def event_args(b: Built, **change: Any) -> dict[str, Any]:
    models = b.pkg.models
    args: dict[str, Any] = {
        "at": AWARE,
        "since": AWARE,
        "x_as_of": AWARE,
        "name": "paid",
        "happened": AWARE,
        "window": models.Window(start=AWARE, end=AWARE),
    }
    return {**args, **change}


def test_an_aware_datetime_is_sent_with_its_offset_everywhere(
    built: Callable[[str], Built],
) -> None:
    b = built("op-naive-datetimes")
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    client = b.client(httpx.Response(201, json={"name": "paid"}))
    client.events.record(**event_args(b, at=AWARE.astimezone(plus_two)))
    request = b.seen[-1]
    assert request.url.raw_path.startswith(b"/events/2023-08-23T14%3A26%3A16%2B02%3A00?")
    assert request.url.params["since"] == "2023-08-23T12:26:16+00:00"
    assert request.headers["x-as-of"] == "2023-08-23T12:26:16+00:00"
    body = json.loads(request.content)
    assert body["happened"] == body["window"]["start"] == "2023-08-23T12:26:16Z"


@pytest.mark.parametrize("where", ["at", "since", "x_as_of", "happened", "window", "form"])
def test_a_naive_datetime_is_refused_before_sending(
    built: Callable[[str], Built], where: str
) -> None:
    b = built("op-naive-datetimes")
    client = b.client(httpx.Response(201, json={"name": "paid"}))
    with pytest.raises(ValueError, match="naive datetime 2023-08-23T12:26:16.*time zone"):
        if where == "form":
            client.reminders.create(due=NAIVE)
        elif where == "window":
            window = b.pkg.models.Window(start=AWARE, end=NAIVE)
            client.events.record(**event_args(b, window=window))
        else:
            client.events.record(**event_args(b, **{where: NAIVE}))
    assert b.seen == []


def test_a_naive_datetime_read_from_a_response_is_kept(built: Callable[[str], Built]) -> None:
    b = built("op-naive-datetimes")
    answer = httpx.Response(201, json={"name": "paid", "happened": "2023-08-23T12:26:16"})
    event = b.client(answer).events.record(**event_args(b))
    assert event.happened == NAIVE  # what the server sent, not refused on the way in


# -- multipart without files ----------------------------------------------------------------


def test_a_multipart_body_without_files_is_sent_as_multipart(
    built: Callable[[str], Built],
) -> None:
    b = built("op-multipart-fields")
    client = b.client(httpx.Response(201, json={"id": "c1"}))
    assert client.contacts.create(name="Ada", age=36, vip=True, tags=["a", "b"]).id == "c1"
    request = b.seen[-1]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(request) == [
        ("name", None, b"Ada"),
        ("age", None, b"36"),
        ("vip", None, b"true"),
        ("tags", None, b"a"),
        ("tags", None, b"b"),
    ]


def test_an_empty_multipart_body_is_still_multipart(built: Callable[[str], Built]) -> None:
    b = built("op-multipart-fields")
    assert b.client(httpx.Response(200, json=[])).contacts.search() == []
    request = b.seen[-1]
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert parts(request) == []
    boundary = content_type.split("boundary=")[1]
    assert request.content == f"--{boundary}--\r\n".encode()


# -- minItems and maxItems on array parameters--------------------------------------------------------


def test_array_parameters_with_enough_items_are_sent(built: Callable[[str], Built]) -> None:
    b = built("op-min-items")
    client = b.client(httpx.Response(200, json={"EUR": 1.0}))
    rates = client.rates.get(
        pair=["EUR", "USD"], ids=[1], currencies=["EUR", "USD"], x_regions=["eu"]
    )
    assert rates == {"EUR": 1.0}
    request = b.seen[-1]
    assert request.url.raw_path == b"/rates/EUR,USD?ids=1&currencies=EUR&currencies=USD"
    assert request.headers["x-regions"] == "eu"
    client.rates.get(pair=["EUR", "USD"], ids=[1, 2])  # optional ones left out
    assert b.seen[-1].url.raw_path == b"/rates/EUR,USD?ids=1,2"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ids": []}, "'ids' needs at least 1 item"),  # required: an empty list sends nothing
        ({"currencies": ["EUR"]}, "'currencies' needs at least 2 item"),
        ({"x_regions": []}, "'X-Regions' needs at least 1 item"),
        ({"pair": ["EUR"]}, "'pair' needs at least 2 item"),
        ({"currencies": ["EUR", "USD", "GBP", "CHF"]}, "'currencies' takes at most 3 item"),
        ({"pair": ["EUR", "USD", "GBP"]}, "'pair' takes at most 2 item"),
    ],
)
def test_array_parameters_with_too_few_or_too_many_items_are_refused_before_sending(
    built: Callable[[str], Built], change: dict[str, Any], message: str
) -> None:
    b = built("op-min-items")
    args = {"pair": ["EUR", "USD"], "ids": [1], **change}
    with pytest.raises(ValueError, match=message):
        b.client().rates.get(**args)
    assert b.seen == []


def test_the_generated_tests_call_required_arrays_with_enough_items(
    built: Callable[[str], Built],
) -> None:
    # no example: the generated tests and README build the arguments, never an empty list
    b = built("op-min-items")
    calls = (b.out / "tests" / "test_tags.py").read_text(encoding="utf-8")
    assert 'tag_keys=["my-tagkeys"],' in calls and "scopes=[1, 1]," in calls
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-3000:]


# -- examples that contradict their schemas -------------------------------------------------


def run_package_tests(b: Built) -> subprocess.CompletedProcess[str]:
    """The generated package's own tests, run as its user would run them."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=b.out,
        env={**os.environ, "PYTHONPATH": str(b.out / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_examples_that_contradict_their_schemas_are_reported(
    built: Callable[[str], Built],
) -> None:
    report = json.loads((built("op-bad-examples").out / "codegen-report.json").read_text())
    found = {
        w["where"]: w["message"]
        for w in report["warnings"]
        if "does not match" in w["message"] and w["hint"].startswith("the tests use data built")
    }
    assert found.keys() == {
        "/paths/~1invoices/get",
        "/paths/~1tags/put",
        "/paths/~1invoices~1{id}/get",
        "/paths/~1events/post",
    }
    assert "is not of type 'array'" in found["/paths/~1invoices/get"]
    assert "is not of type 'array'" in found["/paths/~1tags/put"]
    assert "'2024-01-02T00:00:00Z' is not a 'date'" in found["/paths/~1invoices~1{id}/get"]
    assert "'2023-08-23T12:26:16' is not a 'date-time'" in found["/paths/~1events/post"]


def test_contradicting_examples_are_replaced_by_data_built_from_the_schema(
    built: Callable[[str], Built],
) -> None:
    b = built("op-bad-examples")
    tests = "".join(p.read_text() for p in sorted((b.out / "tests").glob("test_*.py")))
    readme = (b.out / "README.md").read_text()
    for bad in ('[{\\"id\\"', "paid,overdue", "2024-01-02T00:00:00Z", "2023-08-23T12:26:16"):
        assert bad not in tests and bad not in readme, bad
    assert "def test_invoices_list_sends_the_documented_request" in tests
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " 0 passed" not in done.stdout and "passed" in done.stdout


def test_a_json_response_is_never_answered_with_an_example_of_another_media_type(
    built: Callable[[str], Built],
) -> None:
    b = built("op-examples-of-other-media")
    tests = "".join(p.read_text() for p in sorted((b.out / "tests").glob("test_*.py")))
    assert "<Document>" not in tests and "<Refund>" not in tests
    assert "def test_refunds_get_sends_the_documented_request" in tests
    assert "def test_payments_get_sends_the_documented_request" in tests
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


# -- OAuth2 client credentials --------------------------------------------------------------


def test_an_api_with_only_client_credentials_gets_tests_that_fetch_a_token(
    built: Callable[[str], Built],
) -> None:
    b = built("op-oauth2-client-credentials")
    source = (b.out / "tests" / "test_invoices.py").read_text()
    assert 'TOKEN_URLS = ("https://auth.cc.test/oauth/token",)' in source
    assert 'request.headers["authorization"] == "Bearer test-token"' in source
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    # the operation's own tests (4) ran, besides the README's and the client behaviour's
    ran = re.search(r"(\d+) passed", done.stdout)
    assert ran is not None and int(ran[1]) >= 4 and "skipped" not in done.stdout


def test_a_relative_token_url_is_resolved_against_the_server_in_use(
    built: Callable[[str], Built],
) -> None:
    b = built("op-oauth2-relative-token-url")
    token = {"access_token": "t", "token_type": "Bearer", "expires_in": 60}
    for base_url, token_url in (
        (None, "https://api.rel.test/oauth/token"),  # the document's server
        ("https://other.test/api/v2", "https://other.test/oauth/token"),
    ):
        seen: list[str] = []

        def handle(request: httpx.Request, seen: list[str] = seen) -> httpx.Response:
            seen.append(f"{request.method} {request.url}")
            return httpx.Response(200, json=token if request.method == "POST" else {"id": 1})

        client = b.pkg.Client(
            client_id="id",
            client_secret="secret",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(handle)),
            **({"base_url": base_url} if base_url else {}),
        )
        assert client.things.list().id == 1
        assert seen[0] == f"POST {token_url}"
    oauth2 = importlib.import_module(f"{b.pkg.__name__}._runtime.oauth2")
    grant = oauth2.OAuth2ClientCredentials(
        token_url="oauth/token", client_id="i", client_secret="s", server_url="https://h.test/v1/"
    )
    assert grant.token_url == "https://h.test/v1/oauth/token"
    with pytest.raises(ValueError, match="relative"):
        oauth2.OAuth2ClientCredentials(token_url="/oauth/token", client_id="i", client_secret="s")
    done = run_package_tests(b)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_generated_client_credentials_test_fails_without_the_token(
    built: Callable[[str], Built], tmp_path: Path
) -> None:
    """The generated test checks the token it was given: a token endpoint answering another
    token makes it fail."""
    b = built("op-oauth2-client-credentials")
    source = (b.out / "tests" / "test_invoices.py").read_text()
    copy = tmp_path / "tests"
    copy.mkdir()
    (copy / "test_invoices.py").write_text(
        source.replace('"access_token": "test-token"', '"access_token": "other"')
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(copy)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(b.out / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 1 and "Bearer other" in done.stdout
