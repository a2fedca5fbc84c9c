"""The package's own files: pyproject.toml, README.md, CHANGELOG.md."""

from __future__ import annotations

import json

from codegen.emit.readme import readme_blocks
from codegen.emit.views import api_title, comment_text
from codegen.ir.model import Api

# what the generated package needs; kept in step with the runtime it vendors
HTTPX = "httpx>=0.27,<1"
PYDANTIC = "pydantic>=2.11,<3"
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
classifiers = ["Typing :: Typed", "Programming Language :: Python :: 3"]

[tool.hatch.build.targets.wheel]
packages = ["src/{p.name}"]

[tool.hatch.build.targets.sdist]
include = ["src", "tests", "README.md", "CHANGELOG.md", "openapi.json"]

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


def readme(api: Api) -> str:
    return readme_blocks(api)[0]


def changelog(api: Api) -> str:
    version = api.package.version
    return (
        f"# Changelog\n\n## {version}\n\n"
        f"- Generated from {comment_text(api.title)} {comment_text(api.version)}: "
        f"{len(api.operations)} operations, {len(api.models)} models.\n"
    )
