"""Loading YAML and JSON with the fast loaders, turning syntax errors into `Problem`s."""

from __future__ import annotations

import json
import math
import re
from typing import Any, ClassVar, NoReturn

import yaml

from codegen.errors import InputError, Problem, pointer
from codegen.jsonload import (
    DECODER,
    FINITE_DECODER,
    DuplicateKey,
    NonFinite,
    duplicate_key_problem,
)

try:  # the C loader is many times faster on large documents
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml is part of the pinned wheel
    _Base = yaml.SafeLoader


class _CoreLoader(_Base):  # type: ignore[misc,valid-type]
    """pyyaml's safe loader with the YAML 1.2 core schema's plain-scalar rules.

    pyyaml resolves by YAML 1.1, where `NO` (Norway) is false, `on` is true, `0777` is octal,
    `1:20` is 80 and `2024-01-02` a date; OpenAPI documents are YAML 1.2. Only the rules for
    unquoted scalars change, so the C parser still does the work. A number written with a
    leading zero stays a string: read as a number it would lose its digits either way.
    """

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[str, Any]:
        """A mapping whose keys are their text as written: JSON, and so OpenAPI, has no other
        keys (read as values, `1` and `true` would be one key in Python, since `True == 1`,
        and `null` no text at all). A key that is a mapping or a list, or a key written twice,
        is refused with its line."""
        if not isinstance(node, yaml.MappingNode):
            return dict(super().construct_mapping(node, deep=deep))
        seen: dict[str, yaml.Mark] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE:
                continue  # the merged mapping's keys may be overridden here
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"a key that is a {key_node.id}: a key must be text (JSON has no other keys)",
                    key_node.start_mark,
                )
            first = seen.setdefault(key_node.value, key_node.start_mark)
            if first is not key_node.start_mark:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"the key {key_node.value!r} again (first at line {first.line + 1}, "
                    f"column {first.column + 1}): a key may stand once in a mapping",
                    key_node.start_mark,
                )
        self.flatten_mapping(node)  # `<<` merges: the mapping's own keys come last and win
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # inside a merged mapping
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"a key that is a {key_node.id}: a key must be text (JSON has no other keys)",
                    key_node.start_mark,
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


_MERGE = "tag:yaml.org,2002:merge"

for _tag, _rule, _first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        (
            r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        list("-+.0123456789"),
    ),
    ("merge", r"^<<$", ["<"]),  # not YAML 1.2, but documents share parts with it
]:
    _CoreLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_rule), _first)


class _FiniteLoader(_CoreLoader):
    """`_CoreLoader`, refusing a float that is infinite or NaN as it is made (`.inf`,
    `!!float "nan"`, `1e999`): every float of the document goes through this one constructor,
    however it is spelt or tagged, so none is missed and the text is not searched for one."""


def _finite_float(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> float:
    value: float = yaml.constructor.SafeConstructor.construct_yaml_float(loader, node)
    if not math.isfinite(value):
        raise NonFinite(node.value)
    return value


def _read_as(kind: str, construct: Any, faults: tuple[type[Exception], ...]) -> Any:
    """pyyaml's constructor of a scalar tagged `kind`, its failure on a value it cannot read
    that way (`!!float ''`, `!!bool maybe`) said as bad YAML at the value's place."""

    def read(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except faults:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} cannot be read as {kind}", node.start_mark
            ) from None

    return read


def _no_json(what: str) -> Any:
    def refuse(loader: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
        raise yaml.constructor.ConstructorError(
            None, None, f"a !!{node.tag.rsplit(':', 1)[-1]} value: {what}", node.start_mark
        )

    return refuse


_SAFE = yaml.constructor.SafeConstructor
_CoreLoader.add_constructor(
    "tag:yaml.org,2002:float",
    _read_as("a number", _SAFE.construct_yaml_float, (ValueError, IndexError)),
)
for _loader in (_CoreLoader, _FiniteLoader):
    # an integer of too many digits keeps its ValueError: it is told with its line below
    _loader.add_constructor(
        "tag:yaml.org,2002:int", _read_as("an integer", _SAFE.construct_yaml_int, (IndexError,))
    )
    _loader.add_constructor(
        "tag:yaml.org,2002:bool", _read_as("true or false", _SAFE.construct_yaml_bool, (KeyError,))
    )
    _loader.add_constructor("tag:yaml.org,2002:binary", _no_json("JSON has no bytes"))
    _loader.add_constructor("tag:yaml.org,2002:set", _no_json("JSON has no sets"))
_FiniteLoader.add_constructor(
    "tag:yaml.org,2002:float",
    _read_as("a number", _finite_float, (ValueError, IndexError)),
)

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)
# an escaped UTF-16 surrogate (JSON `\ud800`, YAML also `\U0000d800`); alone, it is no text
_SURROGATE_ESCAPE = re.compile(r"\\(u|U0000)[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Python reads no integer of more digits (`sys.get_int_max_str_digits`)
_TOO_MANY_DIGITS = re.compile(r"\d{4301}")
_NON_FINITE = "is no JSON value: JSON has no infinity or NaN"


def load_yaml(text: str, file: str, *, line_offset: int = 0) -> tuple[Any, dict[str, str]]:
    """Parse YAML; also return where each top-level key stands (`{"servers": "line 7"}`).

    `line_offset` is added to line numbers, for YAML cut out of a larger file.
    """
    try:
        try:
            data = yaml.load(text, Loader=_FiniteLoader)
        except NonFinite:  # read again to say where it stands
            _refused(yaml.load(text, Loader=_CoreLoader), file)
        if _SURROGATE_ESCAPE.search(text):
            json_values_only(data, file)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1 + line_offset}, column {mark.column + 1}" if mark else ""
        raise InputError([Problem(file, where, f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, "", f"invalid YAML: {exc}")]) from None
    except ValueError as exc:  # a value no Python type holds (an integer of 5,000 digits)
        raise InputError([_unreadable(text, file, line_offset, exc, "YAML")]) from None
    lines = {
        m.group(1): f"line {text.count(chr(10), 0, m.start()) + 1 + line_offset}"
        for m in _TOP_KEY.finditer(text)
    }
    return data, lines


def load_json(text: str, file: str, *, line_offset: int = 0) -> Any:
    """Parse JSON; a key written twice in an object is refused, as YAML refuses it."""
    try:
        try:
            data = FINITE_DECODER.decode(text)
        except NonFinite:  # read again to say where it stands
            _refused(DECODER.decode(text), file)
        return json_values_only(data, file) if _SURROGATE_ESCAPE.search(text) else data
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno + line_offset}, column {exc.colno}"
        raise InputError([Problem(file, where, f"invalid JSON: {exc.msg}")]) from None
    except DuplicateKey:
        start = len(text) - len(text.lstrip())
        raise InputError(
            [duplicate_key_problem(text, file, start, line_offset=line_offset)]
        ) from None
    except ValueError as exc:
        raise InputError([_unreadable(text, file, line_offset, exc, "JSON")]) from None


def _unreadable(text: str, file: str, line_offset: int, exc: ValueError, syntax: str) -> Problem:
    """The problem of a value the parser could not turn into Python's, at its line when it
    is a number of too many digits."""
    found = _TOO_MANY_DIGITS.search(text)
    if found is None:
        return Problem(file, "", f"invalid {syntax}: {exc}")
    line = text.count("\n", 0, found.start()) + 1 + line_offset
    return Problem(
        file,
        f"line {line}",
        f"a number of more than {len(found.group()) - 1:,} digits, more than can be read",
        "write it as a string",
    )


def load_document(text: str, file: str, *, line_offset: int = 0) -> Any:
    """JSON when it looks like JSON, YAML otherwise (YAML is a superset, but slower)."""
    if text.lstrip().startswith(("{", "[")):
        return load_json(text, file, line_offset=line_offset)
    return load_yaml(text, file, line_offset=line_offset)[0]


def _refused(data: Any, file: str) -> NoReturn:
    """The `InputError` for `data`, in which reading met a number that is no finite number:
    at its JSON pointer."""
    json_values_only(data, file)
    raise InputError([Problem(file, "", f"a number {_NON_FINITE}")])  # not found again


def json_values_only(data: Any, file: str, where: str = "") -> Any:
    """`data`, or an `InputError` at the first infinite or NaN number or string with a lone
    surrogate in it, placed by its JSON pointer (after `where`, for data inside a file)."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    seen: set[int] = set()  # a value a YAML alias repeats is looked at once (it may hold itself)
    while stack:
        node, place = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                continue
            seen.add(id(node))
        if isinstance(node, float) and not math.isfinite(node):
            raise InputError(
                [
                    Problem(
                        file,
                        f"{where} {pointer(*place)}".strip(),
                        f"the number {node} {_NON_FINITE}",
                        "write a finite number, or the value as a string",
                    )
                ]
            )
        if isinstance(node, str) and _SURROGATE.search(node):
            raise InputError(
                [
                    Problem(
                        file,
                        f"{where} {pointer(*place)}".strip(),
                        "a string holds a lone UTF-16 surrogate, which is not text",
                        "escape a character as a pair of surrogates, or write it as it is",
                    )
                ]
            )
        if isinstance(node, dict):  # pushed last first, to report the first in the file
            for key, value in reversed(node.items()):
                stack.append((value, (*place, key)))
                stack.append((key, place))
        elif isinstance(node, list):
            stack.extend((value, (*place, i)) for i, value in reversed(list(enumerate(node))))
    return data
