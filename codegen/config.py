"""The host repository's settings: `[tool.invoice-codegen]` in `pyproject.toml`, or `codegen.toml`.

Found as ruff and black find theirs: the first folder from the current one upwards that holds
a `codegen.toml`, or a `pyproject.toml` with a `[tool.invoice-codegen]` table. Paths in it are
relative to that folder, so the commands work from anywhere inside the repository.

```toml
[tool.invoice-codegen]
specs = "specs"            # one folder per provider, each with its manifest.yaml
generated = "generated"    # one package folder per provider
formatter = "ruff"         # what formats the generated code: "ruff" or "black"
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.errors import InputError, Problem

TABLE = "invoice-codegen"
# codegen.emit.format's, not imported from there: reading the settings loads no formatter
FORMATTERS = ("ruff", "black")
DEFAULT_FORMATTER = "ruff"
_KEYS = {"specs", "generated", "formatter"}


@dataclass(frozen=True)
class Config:
    root: Path  # the folder paths are relative to
    specs: Path
    generated: Path
    formatter: str = DEFAULT_FORMATTER
    file: Path | None = None  # where the settings came from, when from a file


def find_config(start: Path) -> Path | None:
    """The nearest settings file at or above `start`, or None."""
    for folder in (start, *start.parents):
        own = folder / "codegen.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and TABLE in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(
    *, config: Path | None = None, root: Path | None = None, cwd: Path | None = None
) -> Config:
    """The settings in force: `config` if given, else the nearest file above `root` or `cwd`.

    Without any settings file the folder searched from is the root, with `specs/` and
    `generated/` in it.
    """
    start = (root or cwd or Path.cwd()).resolve()
    file = config.resolve() if config is not None else find_config(start)
    if file is None:
        return Config(root=start, specs=start / "specs", generated=start / "generated")
    if not file.is_file():
        raise InputError([Problem(str(file), "", "no such settings file")])
    data = _read(file)
    # a codegen.toml may hold the keys alone, or the same table as a pyproject.toml
    tabled = file.name == "pyproject.toml" or (
        set(data) == {"tool"} and isinstance(data["tool"], dict) and TABLE in data["tool"]
    )
    table: Any = data.get("tool", {}).get(TABLE, {}) if tabled else data
    where = f"[tool.{TABLE}]" if tabled else ""
    if not isinstance(table, dict):
        raise InputError([Problem(str(file), where, "expected a table of settings")])
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise InputError(
            [
                Problem(
                    str(file),
                    where,
                    f"unknown setting(s): {', '.join(unknown)}",
                    f"known: {', '.join(sorted(_KEYS))}",
                )
            ]
        )
    base = root.resolve() if root is not None else file.parent
    values: dict[str, str] = {}
    for key in ("specs", "generated", "formatter"):
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError([Problem(str(file), f"{where} {key}".strip(), "expected a string")])
        if value is not None:
            values[key] = value
    formatter = values.get("formatter", DEFAULT_FORMATTER)
    check_formatter(formatter, f"{file}: {where} formatter".replace(":  ", ": "))
    return Config(
        root=base,
        specs=(base / values.get("specs", "specs")).resolve(),
        generated=(base / values.get("generated", "generated")).resolve(),
        formatter=formatter,
        file=file,
    )


def check_formatter(name: str, source: str) -> None:
    """Refuse a formatter this version cannot run, saying where it was asked for."""
    if name not in FORMATTERS:
        raise InputError(
            [Problem(source, "", f"unknown formatter {name!r}", f"one of {', '.join(FORMATTERS)}")]
        )


def _read(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise InputError([Problem(str(file), "", f"not valid TOML: {exc}")]) from exc
    except OSError as exc:
        raise InputError([Problem(str(file), "", f"cannot read: {exc.strerror}")]) from exc
