"""The imports a resource module needs, collected while its operations' views are built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from codegen.ir.model import TypeRef


@dataclass
class Imports:
    models: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # "module:name"

    def add(self, ref: TypeRef | None) -> None:
        if ref is None:
            return
        self.models.update(ref.models)
        self.names.update(i for i in ref.imports if i)

    def lines(
        self, models_module: Callable[[str], str], aliased: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """The import statements, each model from the module `models_module` names; a name in
        `aliased` is imported as `_name`."""
        by_module: dict[str, set[str]] = {}
        for item in self.names:
            module, name = item.split(":")
            by_module.setdefault(module, set()).add(name)
        for name in self.models:
            by_module.setdefault(models_module(name), set()).add(name)
        out = []
        for module in sorted(by_module):
            names = (f"{n} as _{n}" if n in aliased else n for n in sorted(by_module[module]))
            out.append(f"from {module} import {', '.join(names)}")
        return tuple(out)
