"""The package-files product: pyproject.toml, README.md, CHANGELOG.md, .gitignore, the
assembled openapi.json and codegen-report.json.

The README's Python blocks are returned beside the files: the tests product runs them.
"""

from __future__ import annotations

import json

from codegen.emit.data.model import ExampleData
from codegen.emit.package.blocks import ReadmeBlock
from codegen.emit.package.project import changelog, changelog_with_entry, gitignore, pyproject
from codegen.emit.package.readme import readme_blocks
from codegen.emit.package.report import report
from codegen.errors import Problem
from codegen.ir.model import Api

__all__ = ["ReadmeBlock", "changelog_with_entry", "package_files"]


def package_files(
    api: Api,
    data: ExampleData,
    document: str,
    sources: list[str],
    warnings: list[Problem],
) -> tuple[dict[str, str], list[ReadmeBlock]]:
    """The files, and the README's runnable blocks in order: `document` is `openapi.json`'s
    text (`codegen.assemble.indented_json`); `warnings` go to the report."""
    readme_text, blocks = readme_blocks(api, data)
    files = {
        "pyproject.toml": pyproject(api),
        "README.md": readme_text,
        "CHANGELOG.md": changelog(api),
        ".gitignore": gitignore(),
        "openapi.json": document,
        "codegen-report.json": (
            json.dumps(report(api, data, sources, warnings), indent=2, ensure_ascii=False) + "\n"
        ),
    }
    return files, blocks
