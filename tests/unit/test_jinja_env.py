"""The templates' environment: one per process, compiled code kept beside the templates and
used only while it was compiled from the same text, Jinja version and settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from codegen.emit import jinja_env
from codegen.emit.jinja_env import CompiledTemplates, fingerprint, new_env


def _env(sources: dict[str, str], cache_dir: Path, **settings: bool) -> Environment:
    environment = Environment(loader=DictLoader(sources), keep_trailing_newline=True, **settings)
    environment.bytecode_cache = CompiledTemplates(cache_dir, fingerprint(environment))
    return environment


def _not_compiled(environment: Environment, monkeypatch: pytest.MonkeyPatch) -> None:
    def compile_(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled, though its compiled code was cached")

    monkeypatch.setattr(environment, "compile", compile_)


SOURCE = "{% for x in xs %}\n  {{ x }}\n{% endfor %}\n"


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiled code is written, whatever PYTHONDONTWRITEBYTECODE the tests run under."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_the_second_environment_loads_what_the_first_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _env({"t.jinja": SOURCE}, tmp_path / "cache").get_template("t.jinja").render(xs=[1])
    assert len(list((tmp_path / "cache").iterdir())) == 1
    second = _env({"t.jinja": SOURCE}, tmp_path / "cache")
    _not_compiled(second, monkeypatch)
    assert second.get_template("t.jinja").render(xs=[1]) == first


def test_another_text_or_setting_is_compiled_again(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    assert _env({"t.jinja": SOURCE}, cache_dir).get_template("t.jinja").render(xs=[1]) == (
        "\n  1\n\n"
    )
    # the same name and file, another text: the entry is stale
    edited = _env({"t.jinja": SOURCE.replace("{{ x }}", "<{{ x }}>")}, cache_dir)
    assert edited.get_template("t.jinja").render(xs=[1]) == "\n  <1>\n\n"
    # the same text, settings that compile it otherwise: stale too
    trimmed = _env({"t.jinja": SOURCE}, cache_dir, trim_blocks=True, lstrip_blocks=True)
    assert trimmed.get_template("t.jinja").render(xs=[1]) == "  1\n"
    untrimmed = _env({"t.jinja": SOURCE}, cache_dir)
    assert untrimmed.get_template("t.jinja").render(xs=[1]) == "\n  1\n\n"


def test_a_folder_that_cannot_be_written_keeps_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    environment = _env({"t.jinja": SOURCE}, blocked / "cache")
    assert environment.get_template("t.jinja").render(xs=[2]) == "\n  2\n\n"
    assert blocked.is_file()


def test_the_package_templates_load_as_they_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = new_env()
    names = fresh.list_templates(filter_func=lambda name: name.endswith(".jinja"))
    assert names
    writing = new_env()
    writing.bytecode_cache = CompiledTemplates(tmp_path, fingerprint(writing))
    for name in names:
        writing.get_template(name)
    cached = new_env()
    cached.bytecode_cache = CompiledTemplates(tmp_path, fingerprint(cached))
    _not_compiled(cached, monkeypatch)
    for name in names:
        source, filename, _ = fresh.loader.get_source(fresh, name)  # type: ignore[union-attr]
        compiled = fresh.compile(source, name, filename)
        assert cached.get_template(name).root_render_func.__code__ == _root(compiled, fresh)


def _root(code: object, environment: Environment) -> object:
    """The code of `root`, the function a compiled template renders with."""
    namespace: dict[str, object] = {"environment": environment}
    exec(code, namespace)  # noqa: S102 - Jinja's own compiled template
    return namespace["root"].__code__  # type: ignore[attr-defined]


def test_one_environment_per_process() -> None:
    assert jinja_env.env() is jinja_env.env()
    assert jinja_env.env().bytecode_cache is not None


def test_a_damaged_entry_is_compiled_again_and_written_anew(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    expected = _env({"t.jinja": SOURCE}, cache_dir).get_template("t.jinja").render(xs=[3])
    (entry,) = cache_dir.iterdir()
    whole = entry.read_bytes()
    damaged = [whole[:cut] for cut in range(0, len(whole), 7)]
    damaged += [whole[:i] + bytes([whole[i] ^ 0xFF]) + whole[i + 1 :] for i in range(len(whole))]
    for data in damaged:
        entry.write_bytes(data)
        environment = _env({"t.jinja": SOURCE}, cache_dir)
        assert environment.get_template("t.jinja").render(xs=[3]) == expected
    # the last damaged entry was replaced by a whole one: loaded without compiling
    assert entry.read_bytes() == whole


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    environment = _env({"t.jinja": SOURCE}, tmp_path / "cache")
    assert environment.get_template("t.jinja").render(xs=[4]) == "\n  4\n\n"
    assert not (tmp_path / "cache").exists()


def test_the_compiled_templates_follow_the_pycache_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert jinja_env.compiled_folder() == jinja_env.TEMPLATES / "__pycache__"
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    folder = jinja_env.compiled_folder()
    assert folder.is_relative_to(tmp_path)
    assert folder.as_posix().endswith(jinja_env.TEMPLATES.as_posix())
