"""The tests product: the generated package's `tests/`, from the API's example data.

One module per resource (`test_<resource>.py`, each operation's case), the client's behaviour
(`test_client_behaviour.py`) and the README's blocks run against a mock server
(`test_readme.py`). Nothing here builds example data: it is handed in, computed once.
"""

from __future__ import annotations

from jinja2 import Environment

from codegen.emit.client.views.client import credential_arguments
from codegen.emit.data.model import (
    TEST_BASE_URL,
    TOKEN_ANSWER,
    ExampleData,
    OpTest,
    token_urls,
    value_imports,
)
from codegen.emit.package.blocks import ReadmeBlock
from codegen.emit.tests.behaviour import behaviour_test
from codegen.emit.text import literal
from codegen.ir.model import Api, Operation


def render_tests(
    api: Api, data: ExampleData, readme: list[ReadmeBlock], env: Environment
) -> dict[str, str]:
    """`{relative path: module source}` of the tests, unformatted."""
    pkg = api.package.name
    files: dict[str, str] = {}
    auth_args = _auth_args(api)
    every: list[tuple[Operation, OpTest]] = []
    for resource in api.resources:
        pairs = data.cases(resource)
        every += pairs
        tests = [t for _, t in pairs]
        models, stdlib = value_imports(api, [v for t in tests for _, v in t.args])
        models += [t.request_model for t in tests if t.request_model] + [
            m for t in tests for _, m, _, _ in t.response_examples
        ]
        models += [t.result_model for t in tests if t.result_model] + [
            e.body_model for t in tests for e in t.errors if e.body_model
        ]
        files[f"tests/test_{resource.module}.py"] = env.get_template(
            "tests/test_resource.py.jinja"
        ).render(
            package=pkg,
            resource=resource,
            tests=tests,
            models=sorted(set(models)),
            errors=sorted({e.class_name for t in tests for e in t.errors}),
            stdlib=stdlib,
            auth_args=auth_args,
            token_urls=[literal(u) for u in token_urls(api)],
            token_answer=literal(TOKEN_ANSWER),
            uses_json=any(t.check_body for t in tests),
            base_url=literal(TEST_BASE_URL),
        )
    files["tests/__init__.py"] = ""
    behaviour = behaviour_test(api, env, every, auth_args)
    if behaviour is not None:
        files["tests/test_client_behaviour.py"] = behaviour
    files["tests/test_readme.py"] = env.get_template("tests/test_readme.py.jinja").render(
        package=pkg,
        answers=[_answer(b.answer) for b in readme],
        token_urls=[literal(u) for u in token_urls(api)],
        token_answer=literal(TOKEN_ANSWER),
    )
    return files


def _answer(answer: tuple[int, str | None, str] | None) -> str:
    """The mock server's answer to a README block, (status, body, kind), as the literal the
    tests hold: the body's literal is written as it is (the data's own `repr`, which reads
    back as the same text)."""
    if answer is None:
        return literal(None)
    status, body, kind = answer
    return f"({literal(status)}, {literal(None) if body is None else body}, {literal(kind)})"


def _auth_args(api: Api) -> list[tuple[str, str]]:
    out = []
    for s in api.security_schemes:
        first, *second = credential_arguments(s)
        out.append((first, literal(f"test-{s.py_name}")))
        if second:
            out.append(
                (second[0], literal("test-password" if s.kind == "basic" else "test-secret"))
            )
    return out


# what the tests' mock token endpoint answers an OAuth2 client credentials grant with
