"""Bases of the generated models and enums: strict for what we send, lenient for what we receive.

A provider that adds a field or an enum value must not break its old clients, while a request
the user builds wrongly must be refused before it is sent. One context flag tells the two
apart: the response parser validates inside `lenient()`; everything else is strict.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, ClassVar

import pydantic
from pydantic import (
    ConfigDict,
    Discriminator,
    GetCoreSchemaHandler,
    ModelWrapValidatorHandler,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from .deviations import kept, targets
from .firstpass import STRICT_PASS, response_only
from .rules import Rule, check
from .temporal import held, looking

__all__ = [
    "BaseModel",
    "OpenEnum",
    "OpenIntEnum",
    "OpenStrEnum",
    "PolymorphicModel",
    "StrictModel",
    "UnknownVariant",
    "discriminated",
    "is_known",
    "is_lenient",
    "lenient",
    "open_values",
    "opened",
    "unknown_variant",
    "variant",
]

# A ContextVar (not a global) so that a response parsed in one thread or task never makes a
# request model built in another one lenient.
_LENIENT: ContextVar[bool] = ContextVar("lenient", default=False)


class lenient:  # a class rather than a @contextmanager: entered for every response parsed
    """Accept unknown enum values and unknown fields of strict models while inside the block
    (`with lenient(): ...`)."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _LENIENT.set(True)

    def __exit__(self, *exc_info: object) -> None:
        _LENIENT.reset(self._token)


def is_lenient() -> bool:
    """Whether the current context parses a response (see `lenient`)."""
    return _LENIENT.get()


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Fields are filled by their Python name or their wire name, serialized by wire name, and
    re-validated on assignment. Extra fields are kept (`model_extra`): objects are open unless
    the document closes them (see `StrictModel`).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        serialize_by_alias=True,
        extra="allow",
        validate_assignment=True,
        # a field is never named like an attribute of the model (the generator renames it:
        # `model_dump_`), so names that merely begin like one are safe
        protected_namespaces=(),
        # validators are built when a model is first used, not when the module defining
        # hundreds of them is imported
        defer_build=True,
    )

    # Wire names of fields that are sent even when the user did not set them: requests are
    # dumped with `exclude_unset`, which would otherwise drop a required field that has a
    # default (a constant such as a tool name).
    __always_send__: ClassVar[frozenset[str]] = frozenset()

    # Conditional requirements of the schema (`if`/`then`/`else`), attached by the generated
    # models module and checked when the caller builds a model (never on a response).
    __codegen_rules__: ClassVar[tuple[Rule, ...]] = ()

    # Wire names of readOnly properties: the server sets them, so a request never carries
    # them (see `serialize.jsonable`), even when the model came from a response and is sent
    # back.
    __read_only__: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="wrap")
    @classmethod
    @response_only  # not in a response's first, strict pass (see `firstpass`)
    def _keep_deviations(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        # Only on the lenient pass over a response (see `deviations`), for the objects whose
        # values deviated: it keeps them as received, also a value this lax pass converts.
        keys = targets(data)
        if looking():  # a response's date-times finer than `datetime` (see `temporal`)
            data = held(cls, data)
        if keys is None:
            return handler(data)
        try:
            handler(data)
        except pydantic.ValidationError as exc:
            if any(not e["loc"] or e["loc"][0] not in keys for e in exc.errors()):
                raise
        return kept(cls, data, keys)

    # A model from a response may hold a value as the server sent it where it did not match
    # its type (see `deviations`); values set in code are validated (`validate_assignment`).
    # So pydantic's warning that a value is not of its type can only be about a kept value,
    # which dumps back as received: not a mistake to warn about (an error under `-W error`).
    def model_dump(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("warnings", False)
        return super().model_dump(*args, **kwargs)

    def model_dump_json(self, *args: Any, **kwargs: Any) -> str:
        kwargs.setdefault("warnings", False)
        return super().model_dump_json(*args, **kwargs)

    @model_validator(mode="after")
    @response_only
    def _check_rules(self) -> BaseModel:
        rules = type(self).__codegen_rules__
        if rules and not _LENIENT.get():
            data = self.model_dump(mode="json", by_alias=True, exclude_unset=True)
            check(rules, data, type(self).__name__)
        return self

    def model_post_init(self, context: Any, /) -> None:
        if self.__always_send__:
            names = {
                name
                for name, info in type(self).model_fields.items()
                if name in self.__always_send__ or info.alias in self.__always_send__
            }
            self.__pydantic_fields_set__.update(names)


class StrictModel(BaseModel):
    """Base of models whose schema says `additionalProperties: false`.

    An unknown field is refused, naming it, except while parsing a response: a provider that
    adds a field to such an object must not break the clients already in use.
    """

    @model_validator(mode="after")
    @response_only
    def _refuse_unknown_fields(self) -> StrictModel:
        extra = self.__pydantic_extra__
        if extra and not _LENIENT.get():
            names = ", ".join(repr(name) for name in sorted(extra))
            raise PydanticCustomError(
                "extra_forbidden",
                "unknown field(s) {names} for {model}: it accepts only its declared fields",
                {"names": names, "model": type(self).__name__},
            )
        return self


# The class whose `__init__` runs now: a model built by its constructor is that class, never
# the child its discriminator value names (pydantic cannot swap the instance there).
_BUILDING: ContextVar[type | None] = ContextVar("building", default=None)


class PolymorphicModel(BaseModel):
    """Base of a parent schema whose discriminator picks among the schemas extending it.

    Parsed data becomes the child class its discriminator value names (`__variants__`, set
    after the children are defined); an unknown value (a child the provider added later)
    parses as the parent itself, its data kept. A child instance where the parent is expected
    is serialized with all of its own fields.
    """

    model_config = ConfigDict(polymorphic_serialization=True)

    # (wire name of the discriminator property, {value: child class})
    __variants__: ClassVar[tuple[str, Mapping[str, type[pydantic.BaseModel]]] | None] = None

    def __init__(self, /, **data: Any) -> None:
        token = _BUILDING.set(type(self))
        try:
            super().__init__(**data)
        finally:
            _BUILDING.reset(token)

    # Validation builds instances without `__init__`, as for any model: else pydantic calls it
    # with the data as keywords, losing the strictness and JSON mode of the validation.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @model_validator(mode="wrap")
    @classmethod
    def _pick_variant(
        cls, data: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo
    ) -> Any:
        if _BUILDING.get() is cls:
            _BUILDING.set(None)  # the models nested in it still pick their variants
            return handler(data)
        variants = cls.__dict__.get("__variants__")  # a child does not pick again
        if variants is not None and isinstance(data, Mapping):
            prop, classes = variants
            tag = data.get(prop)
            chosen = classes.get(tag) if isinstance(tag, str) else None
            if chosen is not None and chosen is not cls:
                # as strict as the validation it is part of (a response's first pass)
                context = info.context
                strict = isinstance(context, Mapping) and context.get(STRICT_PASS) is True
                return chosen.model_validate(data, strict=strict or None, context=context)
        return handler(data)


class OpenEnum(enum.Enum):
    """Base of generated enums: an unknown value is accepted only while parsing a response.

    It then becomes a pseudo-member of the enum, equal to and carrying the raw value, that is
    not listed among the members (`is_known` tells them apart). Outside `lenient()` an unknown
    value is a `ValueError`, as for any enum.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not _LENIENT.get():
            return None
        cache: dict[object, Any] = cls.__dict__.get("_unknown_members_", None) or {}
        if "_unknown_members_" not in cls.__dict__:
            # A per-class cache, so that one unknown value is always the same object.
            type.__setattr__(cls, "_unknown_members_", cache)
        try:
            return cache[value]
        except (KeyError, TypeError):
            pass
        # The data type mixed in (`str` for `OpenStrEnum`) builds the pseudo-member's value.
        member_type: Any = getattr(cls, "_member_type_", object)
        if member_type is not object and not isinstance(value, member_type):
            return None  # a value of the wrong type stays an error, even in a response
        if member_type is object and type(value) not in {type(m.value) for m in cls}:
            return None  # a number enum takes new numbers, not strings
        try:
            member: OpenEnum = (
                object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
            )
        except (TypeError, ValueError):
            return None
        member._value_ = value
        member._name_ = str(value)
        try:
            cache[value] = member
        except TypeError:
            pass
        return member


# a variant's tag in a discriminated union (pydantic's `Tag`, by a name no schema takes)
variant = pydantic.Tag


def discriminated(prop: str, tags: Mapping[str, str]) -> Discriminator:
    """What picks the variant of a discriminated union: the value of `prop` (a wire name),
    looked up in `tags` (value -> the variant's `Tag`). A model given as it is keeps its class.
    """

    def tag_of(value: Any) -> str | None:
        if isinstance(value, pydantic.BaseModel):
            return type(value).__name__
        if isinstance(value, Mapping):
            key = value.get(prop)
            return tags.get(key) if isinstance(key, str) else None
        return None

    expected = ", ".join(repr(t) for t in tags)
    return Discriminator(
        tag_of,
        custom_error_type="discriminator_invalid",
        custom_error_message=f"the discriminator {prop!r} must be one of {expected}",
    )


@functools.cache  # one validator per set of types: a type using it stays equal to itself
def open_values(*types: type) -> WrapValidator:
    """What makes a `Literal` of enum values (numbers, or numbers and strings) open like the
    enum classes: an unknown value of one of `types` is accepted, as it came, while parsing a
    response; anything else stays an error."""

    def accept(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except pydantic.ValidationError:
            if _LENIENT.get() and type(value) in types:
                return value
            raise

    accept.__codegen_json_safe__ = True  # type: ignore[attr-defined]  # see `firstpass`
    return WrapValidator(accept)


def opened(tp: Any, enums: Mapping[Any, tuple[type, ...]]) -> Any:
    """`tp` (a response's type: a `Literal`, or a list, map, union or annotation holding one)
    with each enum `Literal` in it (a key of `enums`, given the types of the new values it may
    take) open as in the models (see `open_values`); the models module opens those of the
    fields itself. Any other `Literal` is a constant, which stays closed."""
    if not enums:
        return tp
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Literal:
        kinds = enums.get(tp)
        return tp if kinds is None else typing.Annotated[tp, open_values(*kinds)]
    if origin is typing.Annotated:
        return typing.Annotated[(opened(args[0], enums), *tp.__metadata__)]
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, (opened(a, enums) for a in args))
    if origin in (list, dict):
        return origin[tuple(opened(a, enums) for a in args)]
    return tp


class UnknownVariant(BaseModel):
    """What a response's object becomes when its discriminator value names none of the
    union's variants (one the provider added later): its data, kept as extra fields."""


def unknown_variant(prop: str, tags: Mapping[str, str]) -> _UnknownVariants:
    """Beside `discriminated`: an unknown value of the discriminator, while parsing a
    response, makes an `UnknownVariant` that keeps the data instead of an error; one is
    serialized back as the data it kept."""
    return _UnknownVariants(prop, frozenset(tags))


@dataclass(frozen=True)
class _UnknownVariants:
    prop: str
    tags: frozenset[str]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        union = handler(source)

        def validate(value: Any, inner: ValidatorFunctionWrapHandler) -> Any:
            tag = value.get(self.prop) if isinstance(value, Mapping) else None
            if _LENIENT.get() and isinstance(tag, str) and tag not in self.tags:
                return UnknownVariant.model_validate(value)
            return inner(value)

        def serialize(value: Any, inner: core_schema.SerializerFunctionWrapHandler) -> Any:
            if isinstance(value, UnknownVariant):
                return dict(value.model_extra or {})
            return inner(value)

        return core_schema.no_info_wrap_validator_function(
            validate,
            union,
            serialization=core_schema.wrap_serializer_function_ser_schema(serialize, schema=union),
        )


def is_known(member: enum.Enum) -> bool:
    """False for the pseudo-member an unknown value became while parsing a response."""
    return member._name_ in type(member).__members__ and (
        type(member).__members__[member._name_] is member
    )


class OpenStrEnum(str, OpenEnum):
    """Base of generated string enums; `str(member)` is its value, as for `enum.StrEnum`."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


class OpenIntEnum(int, OpenEnum):
    """Base of generated integer enums."""

    def __str__(self) -> str:
        return str(self.value)
