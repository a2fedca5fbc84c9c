"""The package's project files: pyproject.toml, .gitignore, CHANGELOG.md."""

from __future__ import annotations

import json
import re

from codegen.emit.text import api_title, comment_text
from codegen.ir.model import Api
from codegen.release.changes import HEADINGS, KINDS, Change

# what the generated package needs; kept in step with the runtime it vendors
HTTPX = "httpx>=0.27,<1"
PYDANTIC = "pydantic>=2.12,<3"  # 2.12: polymorphic serialization
BUILD_BACKEND = "hatchling==1.27.0"


def pyproject(api: Api) -> str:
    p = api.package
    description = (
        comment_text(p.description) or f"Typed Python client for the {api_title(api.title)}."
    )
    return f"""[build-system]
requires = [{json.dumps(BUILD_BACKEND)}]
build-backend = "hatchling.build"

[project]
name = {json.dumps(p.distribution)}
version = {json.dumps(p.version)}
description = {json.dumps(description, ensure_ascii=False)}
readme = "README.md"
requires-python = ">=3.11"
dependencies = [{json.dumps(HTTPX)}, {json.dumps(PYDANTIC)}]
{_metadata(api)}
[tool.hatch.build.targets.wheel]
packages = ["src/{p.name}"]

[tool.hatch.build.targets.sdist]
# the package's own files only, whatever the repository around it ignores or holds
only-include = ["src", "tests", "README.md", "CHANGELOG.md", "openapi.json"]
ignore-vcs = true

[tool.mypy]
strict = true

[tool.black]
line-length = 100
target-version = ["py311"]

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""


# the Python versions the generated code is checked on (mypy, the tests) and supports
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")


def _metadata(api: Api) -> str:
    """License, authors, keywords, classifiers and URLs from the manifest, as TOML lines."""
    p = api.package
    lines = []
    if p.license:
        lines.append(f"license = {json.dumps(p.license)}")
    if p.authors:
        people = ", ".join(
            "{ "
            + ", ".join(
                f"{k} = {json.dumps(v, ensure_ascii=False)}"
                for k, v in (("name", name), ("email", email))
                if v
            )
            + " }"
            for name, email in p.authors
        )
        lines.append(f"authors = [{people}]")
    if p.keywords:
        lines.append(
            f"keywords = [{', '.join(json.dumps(k, ensure_ascii=False) for k in p.keywords)}]"
        )
    classifiers = [
        "Typing :: Typed",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        *(f"Programming Language :: Python :: {v}" for v in PYTHON_VERSIONS),
    ]
    lines.append("classifiers = [")
    lines += [f"  {json.dumps(c)}," for c in classifiers]
    lines.append("]")
    if p.urls:
        lines += ["", "[project.urls]"]
        lines += [f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v)}" for k, v in p.urls]
    return "\n".join(lines) + "\n"


def gitignore() -> str:
    """The package's own ignore file. Hatchling puts the nearest `.gitignore` into every
    sdist; without this one it would be the host repository's."""
    return "__pycache__/\n*.py[cod]\n/build/\n/dist/\n.venv/\n"


def changelog(api: Api) -> str:
    version = api.package.version
    return (
        f"# Changelog\n\n## {version}\n\n"
        f"- Generated from {comment_text(api.title)} {comment_text(api.version)}: "
        f"{len(api.operations)} operations, {len(api.models)} models.\n"
    )


_CHANGELOG_HEAD = "# Changelog\n\n"


# A resource's async and raw-response classes repeat each method of the sync one: a change
# to one method is listed once, for the sync class, and said to hold for its twins.
_TWIN_CLASS = re.compile(
    r"\.(?:Async(\w+Resource)(?:WithRawResponse|WithStreamingResponse)?"
    r"|(\w+Resource)(?:WithRawResponse|WithStreamingResponse))\."
)


def _fold_twins(lines: list[str]) -> list[str]:
    groups: dict[str, list[str]] = {}
    for line in lines:
        key = _TWIN_CLASS.sub(lambda m: f".{m[1] or m[2]}.", line, count=1)
        groups.setdefault(key, []).append(line)
    return sorted(
        key + "; the same in its async and raw-response classes" if len(same) > 1 else same[0]
        for key, same in groups.items()
    )


def changelog_with_entry(api: Api, previous: str | None, changes: list[Change]) -> str:
    """The committed changelog with an entry for this version on top; older entries kept as
    they are, byte for byte. No date: nothing in the inputs says when it is released."""
    lines = [
        f"## {api.package.version}",
        "",
        (
            f"Generated from {comment_text(api.title)} {comment_text(api.version)}: "
            f"{len(api.operations)} operations, {len(api.models)} models."
        ),
    ]
    for kind in KINDS:
        for level, title in (("wire", "the API"), ("python", "the Python package")):
            picked = _fold_twins(
                sorted({c.line() for c in changes if c.kind == kind and c.level == level})
            )
            if picked:
                lines += ["", f"### {HEADINGS[kind]} ({title})", ""]
                lines += [f"- {comment_text(line)}" for line in picked]
    entry = "\n".join(lines) + "\n"
    rest = previous or _CHANGELOG_HEAD
    body = rest.removeprefix(_CHANGELOG_HEAD)
    return _CHANGELOG_HEAD + entry + ("\n" + body if body else "")
