"""How a resource module spells the names an argument or a method would hide."""

from __future__ import annotations

from codegen.emit.client.views.own_names import OwnNames, Spelling, identifiers, spelling_for


def test_a_type_expression_is_spelled_name_by_name_and_its_strings_are_left_alone() -> None:
    spelling = Spelling(aliased=frozenset({"date"}), qualified=frozenset({"list"}))
    code = 'dict[str, list[date]] | Literal["list", "date"] | models.date'
    assert spelling.code(code) == (
        'dict[str, builtins.list[_date]] | Literal["list", "date"] | models.date'
    )
    assert identifiers(code) == {"dict", "str", "list", "date", "Literal", "models"}


def test_imports_are_aliased_builtins_qualified_and_locals_left_to_each_operation() -> None:
    spelling = spelling_for(
        hidden={"date", "list", "data"}, imported={"date", "datetime"}, binders={"builtins"}
    )
    assert spelling == Spelling(
        aliased=frozenset({"date"}), qualified=frozenset({"list"}), builtins_module="_builtins"
    )
    own = OwnNames(frozenset({"data", "list"}), spelling)
    assert [own.name(n) for n in ("data", "call", "given", "list")] == [
        "_data",
        "call",
        "given",
        "_builtins.list",
    ]
    assert own.code("list[date]") == "_builtins.list[_date]"
    assert own.reads == {"data", "call", "given", "list", "date"}
