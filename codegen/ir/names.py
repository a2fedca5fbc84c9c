"""Turning names from documents into safe Python identifiers, once, deterministically."""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata

# attributes a field of a pydantic model must not shadow
_PYDANTIC_RESERVED = frozenset(
    {
        "model_config",
        "model_fields",
        "model_extra",
        "model_dump",
        "model_dump_json",
        "model_validate",
        "model_validate_json",
        "model_copy",
        "model_construct",
        "model_json_schema",
        "model_fields_set",
        "model_computed_fields",
        "model_post_init",
        "model_rebuild",
        "model_parametrized_name",
        "dict",
        "json",
        "copy",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "update_forward_refs",
        "from_orm",
        "fields",
    }
)
# names a generated module uses for itself, which a parameter must not take
_MODULE_RESERVED = frozenset({"self", "options", "request_options", "body", "cls"})
_SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})

# `lineItems` -> line Items, `XMLHttp` -> XML Http; an acronym's plural stays whole
# (`ContactIDs` -> Contact IDs, not Contact I Ds)
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])(?![A-Z]s(?![a-z]))")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _ascii(text: str) -> str:
    """Fold accents away (`Ünïcode` -> `Unicode`); what has no ASCII form becomes a separator."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """`lineItems` / `line-items` / `LINE_ITEMS` / `XMLHttpRequest` / `ContactIDs` -> lower-case
    words."""
    return list(_words(text))


# a large document names the same properties thousands of times (`id`, `url`, `created_at`)
@functools.cache
def _words(text: str) -> tuple[str, ...]:
    text = _ascii(text)
    text = _WORD_BOUNDARY.sub(" ", text)
    return tuple(w.lower() for w in _NON_WORD.split(text) if w)


def snake(text: str, *, fallback: str = "value") -> str:
    """A snake_case identifier: never a keyword, never starting with a digit or underscore."""
    name = "_".join(_words(text)) or fallback
    if name[0].isdigit():
        name = f"n{name}" if fallback == "value" else f"{fallback}_{name}"
    if keyword.iskeyword(name):
        name += "_"
    return name


def document_package(name: str | None, document: str) -> str:
    """The import name of a lone document's package: the name given, else the document's file
    name without its suffix (`document`)."""
    return snake(name or document, fallback="api")


@functools.cache
def field_name(text: str) -> str:
    """A model attribute or keyword argument name for a wire name."""
    # imported here: the command line names a package (`snake`) before anything is generated
    import pydantic

    name = snake(text)
    # any attribute of a pydantic model, its metaclass's (`register`) included
    shadows = name in _PYDANTIC_RESERVED or hasattr(pydantic.BaseModel, name)
    if shadows or name in _MODULE_RESERVED:
        name += "_"
    return name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """A PascalCase class name."""
    name = "".join(w[:1].upper() + w[1:] for w in _words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if keyword.iskeyword(name) or name in {"None", "True", "False"}:
        name += "_"
    return name


def constant(text: str, *, fallback: str = "VALUE") -> str:
    """An UPPER_CASE member name (environments, enum members)."""
    name = "_".join(_words(text)).upper() or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


def singular(word: str) -> str:
    """A modest English singular for naming list items (`Addresses` -> `Address`)."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if lower.endswith("ses") and len(word) > 4:
        return word[:-1]  # Responses -> Response, Addresses handled above
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class Namer:
    """Hands out unique names in one namespace: `Name`, then `Name2`, `Name3`...

    Deterministic as long as it is asked in the same order, which one pass over the
    document guarantees.
    """

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(taken)

    def unique(self, base: str, *, sep: str = "") -> str:
        if base not in self._taken:
            self._taken.add(base)
            return base
        n = 2
        while f"{base}{sep}{n}" in self._taken:
            n += 1
        name = f"{base}{sep}{n}"
        self._taken.add(name)
        return name

    def take(self, name: str) -> bool:
        """Reserve a name; False when it was already taken."""
        if name in self._taken:
            return False
        self._taken.add(name)
        return True

    def __contains__(self, name: str) -> bool:
        return name in self._taken
