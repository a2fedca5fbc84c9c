"""The corpus documents: where they are, what each is called, how many operations it has."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # no stubs among our dependencies

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_EXTENSIONS = (".json", ".yaml", ".yml")


@dataclass(frozen=True)
class Document:
    id: str  # the directory's id, e.g. "amazonaws.com/kendra"
    path: Path
    slug: str  # a Python identifier made from the id: the package and folder name

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def listed(list_file: Path, folder: Path) -> list[Document]:
    """The documents `list_file` names (one id a line), found in `folder` as `id` with `/`→`__`."""
    docs = []
    missing = []
    for line in list_file.read_text(encoding="utf-8").splitlines():
        doc_id = line.strip()
        if not doc_id or doc_id.startswith("#"):
            continue
        stem = doc_id.replace("/", "__")
        found = [folder / (stem + ext) for ext in _EXTENSIONS if (folder / (stem + ext)).is_file()]
        if not found:
            missing.append(doc_id)
            continue
        docs.append(Document(doc_id, found[0], slug(doc_id)))
    if missing:
        raise SystemExit(f"{list_file}: not found in {folder}: {', '.join(missing)}")
    return docs


def slug(doc_id: str) -> str:
    """`github.com/ghes-3.7` → `github_com_ghes_3_7`: a package name both tools accept."""
    text = re.sub(r"[^a-z0-9]+", "_", doc_id.lower()).strip("_")
    return text if text and not text[0].isdigit() else f"api_{text}"


def load(path: Path) -> Any:
    """The document as data (JSON, or YAML through the C loader)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=yaml.CSafeLoader)


def count_operations(doc: Any) -> int:
    """The document's path × method pairs (path items given as local `$ref`s followed)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        return 0
    total = 0
    for item in doc["paths"].values():
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            item = _local(doc, item["$ref"])
        if isinstance(item, dict):
            total += sum(1 for m in HTTP_METHODS if isinstance(item.get(m), dict))
    return total


def _local(doc: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        return None
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
