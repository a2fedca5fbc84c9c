"""The Python API's changes: the committed package against the regenerated one, read with
griffe (static analysis, nothing imported). Its breakage checks find what breaks; a walk
over the new package finds what was added."""

from __future__ import annotations

import re
from pathlib import Path

import griffe

from codegen.release.changes import BREAKING, FEATURE, FIX, Change

# what a breakage of these kinds means to a user of a generated package
_NOT_BREAKING = {
    # a field's default carries its description: the wire diff says what really changed
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE: (FIX, "a changed value of an attribute is a fix"),
}


def python_changes(package: str, old_src: Path, new_src: Path) -> list[Change]:
    """Every change of the public API of `package`, found under the two `src` folders."""
    old = _load(package, old_src)
    new = _load(package, new_src)
    public = {**_kept_apart(old), **_kept_apart(new)}
    out: list[Change] = []
    for breakage in griffe.find_breaking_changes(old, new):
        obj_path = _public_path(breakage.obj.path, public)
        if any(part.startswith("__") for part in obj_path.split(".")):
            continue  # __version__, __all__: not what users program against
        if _derived_method(breakage, new):
            continue
        kind, rule = _NOT_BREAKING.get(
            breakage.kind, (BREAKING, f"{breakage.kind.value.lower()}: breaking")
        )
        out.append(Change(kind, "python", obj_path, _explain(breakage), rule))
    out += _walk(old, new)
    return sorted(set(out), key=lambda c: (c.kind != BREAKING, c.kind != FEATURE, c.where, c.what))


def _kept_apart(root: griffe.Object) -> dict[str, str]:
    """The objects a module loads on first use from a private module of its own (a large
    package's models: `pkg.models.Invoice`, kept in `pkg.models._invoices`): their path -> the
    public one, by which users reach them."""
    out: dict[str, str] = {}
    stack = [root]
    while stack:
        module = stack.pop()
        for member in module.members.values():
            if isinstance(member, griffe.Alias):
                if _lazy_own(module, member):
                    out[member.target_path] = member.path
            elif member.is_module:
                stack.append(member)
    return out


def _lazy_own(module: griffe.Object, alias: griffe.Alias) -> bool:
    """An alias imported for type checkers alone (the module's `__getattr__` loads it) from a
    private module of the module's own: the module's public name of that object."""
    return not alias.runtime and alias.target_path.startswith(f"{module.path}._")


def _public_path(path: str, public: dict[str, str]) -> str:
    """`path` as users spell it (`pkg.models._invoices.Invoice.id` is `pkg.models.Invoice.id`)."""
    parts = path.split(".")
    for n in range(len(parts), 1, -1):
        prefix = ".".join(parts[:n])
        if prefix in public:
            return ".".join([public[prefix], *parts[n:]])
    return path


def _own(
    module: griffe.Object, member: griffe.Object | griffe.Alias | None
) -> griffe.Object | None:
    """The object a public name of `module` stands for: the member itself, or what it loads
    lazily from a private module of its own; None for other imported names."""
    if member is None or not member.is_alias:
        return member if isinstance(member, griffe.Object) else None
    assert isinstance(member, griffe.Alias)
    if not _lazy_own(module, member):
        return None
    try:
        target = member.final_target
    except griffe.AliasResolutionError:
        return None
    return target if isinstance(target, griffe.Object) else None


def _load(package: str, src: Path) -> griffe.Object:
    loaded = griffe.load(
        package,
        search_paths=[src],
        allow_inspection=False,
        resolve_aliases=False,
        store_source=False,
        modules_collection=griffe.ModulesCollection(),
        lines_collection=griffe.LinesCollection(),
    )
    assert isinstance(loaded, griffe.Object)
    return loaded


# `self.create = to_raw_response_wrapper(resource.create)`: a raw or streaming variant
_WRAPPED_METHOD = re.compile(r"^\w+_wrapper\(\w+\.(\w+)\)$")


def _derived_method(breakage: griffe.Breakage, new: griffe.Object) -> bool:
    """A method that became an attribute wrapping the same-named method of its resource (the
    runtime's typed wrappers): it is called as before, with the same signature."""
    if breakage.kind is not griffe.BreakageKind.OBJECT_CHANGED_KIND:
        return False
    if breakage.old_value is not griffe.Kind.FUNCTION:
        return False
    return _wraps_own_method(new.get_member(breakage.obj.path.split(".", 1)[1]))


def _wraps_own_method(member: object) -> bool:
    if not isinstance(member, griffe.Attribute):
        return False
    wrapped = _WRAPPED_METHOD.match(str(member.value))
    return wrapped is not None and wrapped[1] == member.name


def _explain(breakage: griffe.Breakage) -> str:
    text = breakage.kind.value
    old, new = _show(breakage.old_value), _show(breakage.new_value)
    if old and new:
        return f"{text}: {old} -> {new}"
    return f"{text}: {old}" if old else text


def _show(value: object) -> str:
    if value is None:
        return ""
    name = getattr(value, "name", None)
    return str(
        name if isinstance(value, griffe.Object | griffe.Alias | griffe.Parameter) else value
    )


def _signature(old: griffe.Function, new: griffe.Function, where: str) -> list[Change]:
    """Optional parameters added, and the type changes griffe's checks leave out."""
    out = []
    before = {p.name: p for p in old.parameters}
    for p in new.parameters:
        was = before.get(p.name)
        if was is None and p.default is not None:
            out.append(
                Change(
                    FEATURE,
                    "python",
                    where,
                    f"parameter `{p.name}` added, optional",
                    "a new optional parameter is a feature",
                )
            )
        elif was is not None and _python_type(was.annotation) != _python_type(p.annotation):
            out.append(
                _type_change(where, f"parameter `{p.name}` type", was.annotation, p.annotation)
            )
    if _python_type(old.returns) != _python_type(new.returns):
        out.append(
            Change(
                BREAKING,
                "python",
                where,
                f"return type changed: {_text(old.returns)} -> {_text(new.returns)}",
                "a changed return type is breaking",
            )
        )
    return out


def _type_change(path: str, what: str, old: object, new: object) -> Change:
    """A type that only gained members (`str` -> `str | None`) accepts what it did: a
    feature for what users pass; whether it breaks what they read, the wire diff says
    (a response property that became optional is breaking there)."""
    text = f"{what} changed: {_text(old)} -> {_text(new)}"
    if _members(_python_type(old)) < _members(_python_type(new)):
        return Change(FEATURE, "python", path, text, "a widened type accepts what it did")
    return Change(BREAKING, "python", path, text, "a changed type is breaking")


def _members(annotation: str) -> frozenset[str]:
    """The members of a union annotation, `Annotated[...]` metadata left out."""
    if annotation.startswith("Annotated[") and annotation.endswith("]"):
        annotation = _top_level(annotation[len("Annotated[") : -1], ",")[0]
    return frozenset(m.strip() for m in _top_level(annotation, "|"))


def _top_level(text: str, sep: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


# `builtins.list` is `list`: resource modules spell it so where a method named `list` would
# shadow it, and a change of spelling alone is no change of type
_BUILTINS = re.compile(r"\bbuiltins\.")


def _text(annotation: object) -> str:
    return _BUILTINS.sub("", str(annotation)) if annotation is not None else "None"


# a field's wire name in its metadata (`Field(alias='Total', ge=0)`, which griffe spells
# `Field(alias=Total, ge=0)`)
_ALIAS = re.compile(r"""\balias=(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,()\[\]]*)(?:, )?""")
_BARE = re.compile(r"\b(?:typing\.|typing_extensions\.)?Annotated\[")


def _python_type(annotation: object) -> str:
    """The annotation users program against: a field's alias left out of its metadata (the
    wire name is the wire diff's to report), and an `Annotated[T, Field()]` left with no
    other metadata read as `T`. Constraints (`Field(le=10)`) stay: a tighter one breaks
    callers whose values it now refuses."""
    text = _ALIAS.sub("", _text(annotation)).replace(", )", ")")
    found = _BARE.search(text)
    while found is not None:
        depth, end = 1, found.end()
        while depth and end < len(text):
            depth += text[end] in "[("
            depth -= text[end] in "])"
            end += 1
        parts = _top_level(text[found.end() : end - 1], ",")
        if [p.strip() for p in parts[1:]] == ["Field()"]:
            text = text[: found.start()] + parts[0].strip() + text[end:]
            found = _BARE.search(text, found.start())
        else:
            found = _BARE.search(text, found.end())
    return text


def _walk(old: griffe.Object, new: griffe.Object, where: str | None = None) -> list[Change]:
    """Public objects and optional parameters the new package has and the old one lacks,
    and the changed annotations of what both have (`where`: the path users know `new` by)."""
    out: list[Change] = []
    where = where or new.path
    for name, found in new.members.items():
        member = _own(new, found)
        if name.startswith("_") or member is None:
            continue
        path = f"{where}.{name}"
        before = _own(old, old.members.get(name))
        if before is None:
            if member.is_module and name in old.members:
                continue  # an imported name that became a module of its own
            out.append(
                Change(
                    FEATURE,
                    "python",
                    path,
                    # a derived variant is a method to its users
                    f"{'function' if _wraps_own_method(member) else member.kind.value} added",
                    "a new public name is a feature",
                )
            )
            continue
        if isinstance(member, griffe.Function) and isinstance(before, griffe.Function):
            out += _signature(before, member, path)
        elif isinstance(member, griffe.Attribute) and isinstance(before, griffe.Attribute):
            # an attribute that gains an annotation had no declared type to change
            known = before.annotation is not None
            if known and _python_type(before.annotation) != _python_type(member.annotation):
                out.append(_type_change(path, "type", before.annotation, member.annotation))
        elif member.kind == before.kind and member.kind.value in ("module", "class"):
            out += _walk(before, member, path)
    return out
