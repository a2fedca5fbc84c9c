"""A call made in a process of its own: its results, stages and exceptions come back as if it
had run here, its scratch folder goes, and the pipeline's writer runs beside none of the
front's modules."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import pipeline
from codegen.errors import InputError, Problem
from codegen.own_process import ChildProcessFailed, ScratchUnwritable, in_own_process


def _made(count: int, *, stage: Callable[[str], None]) -> tuple[dict[str, int], list[str]]:
    stage("counting")
    print("printed by the call")  # not a stage
    stage("listing")
    return {"pid": os.getpid(), "count": count}, [str(i) for i in range(count)]


def _refused(*, stage: Callable[[str], None]) -> tuple[None, None]:
    stage("reading")
    raise InputError([Problem("api.yaml", "/paths/~1things", "no operations")])


def _broken(*, stage: Callable[[str], None]) -> tuple[None, None]:
    return {}["missing"], None  # type: ignore[no-any-return]


def _killed(*, stage: Callable[[str], None]) -> tuple[None, None]:
    os.kill(os.getpid(), signal.SIGKILL)
    return None, None


def _too_large_to_keep(*, stage: Callable[[str], None]) -> tuple[str, str]:
    # the child may write 1 KB a file (the limit a full disk sets, sooner)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
    return "small", "x" * 100_000


def _parent_killed(*, stage: Callable[[str], None]) -> tuple[str, str]:
    parent = os.getppid()
    os.kill(parent, signal.SIGKILL)
    for _ in range(500):  # until this process is another's child
        if os.getppid() != parent:
            break
        time.sleep(0.01)
    return "made", "for no one"


# a process that starts the child of `_parent_killed` (from this module, by its folder)
_KILLED_PARENT = """
import sys
sys.path.insert(0, sys.argv[1])
from codegen.own_process import in_own_process
from test_own_process import _parent_killed
in_own_process(_parent_killed, stage=print)
"""


def _scratch_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("codegen-*")}


def test_results_and_stages_come_back_from_another_process(
    capsys: pytest.CaptureFixture[str],
) -> None:
    stages: list[str] = []
    before = _scratch_folders()
    with in_own_process(_made, 3, stage=stages.append) as apart:
        assert apart.now["count"] == 3
        assert apart.now["pid"] != os.getpid()
        assert apart.later() == ["0", "1", "2"]
    assert stages == ["counting", "listing"]
    # what the call printed is passed on, on the standard error, not taken for a stage
    assert "printed by the call" in capsys.readouterr().err
    assert _scratch_folders() == before


def test_a_problem_of_the_input_is_raised_here_as_it_was() -> None:
    stages: list[str] = []
    before = _scratch_folders()
    with pytest.raises(InputError) as err:
        in_own_process(_refused, stage=stages.append)
    assert err.value.problems == [Problem("api.yaml", "/paths/~1things", "no operations")]
    assert stages == ["reading"]
    assert _scratch_folders() == before


def test_any_other_exception_is_raised_here_with_the_childs_traceback() -> None:
    with pytest.raises(KeyError) as err:
        in_own_process(_broken, stage=print)
    notes = "".join(getattr(err.value, "__notes__", []))
    assert "in the generator's child process" in notes and "_broken" in notes


def test_a_child_ended_by_a_signal_is_a_failure_that_says_so() -> None:
    before = _scratch_folders()
    with pytest.raises(ChildProcessFailed, match="ended by SIGKILL"):
        in_own_process(_killed, stage=print)
    assert _scratch_folders() == before


def test_results_the_scratch_folder_cannot_hold_are_a_failure_that_says_why() -> None:
    before = _scratch_folders()
    with pytest.raises(ScratchUnwritable, match="could not write its results: .*File too large"):
        in_own_process(_too_large_to_keep, stage=print)
    assert _scratch_folders() == before


def test_without_room_for_the_childs_results_the_front_is_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unwritable(*_: object, **__: object) -> None:
        raise ScratchUnwritable("the child could not write its results: [Errno 28] No space")

    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    monkeypatch.setattr(pipeline, "APART_FROM_BYTES", 0)
    monkeypatch.setattr(pipeline, "in_own_process", unwritable)
    stages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said with the progress, not as a Python warning
        result = pipeline.generate_document(_tiny(tmp_path), "tiny", stage=stages.append)
    assert "src/tiny/models.py" in result.files
    assert stages[0] == (
        "reading the documents in this process "
        "(the child could not write its results: [Errno 28] No space)"
    )


# the modules loaded in the process that runs the model writer, when it starts it and once
# the package is made
_AT_THE_WRITER = """
import json, sys
from pathlib import Path
from codegen import pipeline
from codegen.emit.models import writer

pipeline.APART_FROM_BYTES = 0  # any document is large enough

seen = {}
real = writer.generate

def recorded(*args, **kwargs):
    seen["modules"] = sorted(sys.modules)
    return real(*args, **kwargs)

writer.generate = recorded
result = pipeline.generate_document(Path(sys.argv[1]), "tiny")
print(json.dumps({"modules": seen["modules"], "files": sorted(result.files), "end": sorted(sys.modules)}))
"""


_TINY = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
    },
}


def _tiny(tmp_path: Path) -> Path:
    spec = tmp_path / "api.json"
    spec.write_text(json.dumps(_TINY), encoding="utf-8")
    return spec


def _modules_seen(tmp_path: Path) -> dict[str, list[str]]:
    """The tiny document generated by `_AT_THE_WRITER` in a process of its own: what it
    reported (the package's files, the modules loaded at the writer and at the end)."""
    ran = subprocess.run(
        [sys.executable, "-c", _AT_THE_WRITER, str(_tiny(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CODEGEN_CACHE_DIR": "off"},
    )
    assert ran.returncode == 0, ran.stderr
    seen: dict[str, list[str]] = json.loads(ran.stdout.splitlines()[-1])
    return seen


def test_the_model_writer_runs_beside_none_of_the_fronts_modules(tmp_path: Path) -> None:
    seen = _modules_seen(tmp_path)
    assert "src/tiny/models.py" in seen["files"]  # the writer ran, and the package was made
    front = {"codegen.assemble", "codegen.ir.build", "yaml", "jsonschema", "jinja2"}
    assert front & set(seen["modules"]) == set()
    assert "codegen.front" in seen["modules"]  # whose functions the child was told to run


def test_the_package_is_rendered_without_the_documents_validators(tmp_path: Path) -> None:
    # the example data, which checks examples against their schemas, is made by the front
    seen = _modules_seen(tmp_path)
    assert "tests/test_things.py" in seen["files"]  # the tests, from the example data
    assert "jinja2" in seen["end"]  # the package was rendered here
    validators = {"jsonschema", "jsonschema_rs", "yaml", "codegen.emit.data.calls"}
    assert validators & set(seen["end"]) == set()


def _refusing(*_: object, **__: object) -> None:
    raise AssertionError("not the way this document's front is made")


def test_a_small_document_is_read_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _tiny(tmp_path)
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    monkeypatch.setattr(pipeline, "in_own_process", _refusing)
    stages: list[str] = []
    result = pipeline.generate_document(spec, "tiny", stage=stages.append)
    assert "src/tiny/models.py" in result.files
    assert stages[:2] == ["reading and assembling the document", "building the model"]


@pytest.mark.parametrize("at_the_size", [True, False], ids=["at the size", "larger"])
def test_a_large_document_is_read_in_a_process_of_its_own(
    at_the_size: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _tiny(tmp_path)
    size = spec.stat().st_size
    monkeypatch.setenv("CODEGEN_CACHE_DIR", "off")
    monkeypatch.setattr(pipeline, "APART_FROM_BYTES", size if at_the_size else size - 1)
    monkeypatch.setattr(pipeline, "in_this_process", _refusing)
    stages: list[str] = []
    result = pipeline.generate_document(spec, "tiny", stage=stages.append)
    assert "src/tiny/models.py" in result.files
    # the child's stages, then this process's own
    assert stages == [
        "reading and assembling the document",
        "building the model",
        "writing and formatting the code",
    ]


def test_a_providers_size_is_that_of_every_file_in_its_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "manifest.yaml").write_bytes(b"x" * 10)
    (tmp_path / "docs" / "api.yaml").write_bytes(b"x" * 300)
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "missing.yaml")  # counts nothing
    assert pipeline._size(tmp_path) == 310
    assert pipeline._size(tmp_path / "docs" / "api.yaml") == 300
    assert pipeline._size(tmp_path / "missing.yaml") == 0


@pytest.mark.parametrize("named", ["/dev/stdin", "/dev/fd/{fd}"], ids=["stdin", "a descriptor"])
def test_a_large_document_named_by_a_file_of_this_process_is_read_here(
    named: str, tmp_path: Path
) -> None:
    # a child opening `/dev/stdin` would read its own standard input, the pipe of its job
    spec = tmp_path / "large.json"
    padded = {**_TINY, "info": {**_TINY["info"], "description": "x" * pipeline.APART_FROM_BYTES}}
    spec.write_text(json.dumps(padded), encoding="utf-8")
    assert spec.stat().st_size > pipeline.APART_FROM_BYTES
    with spec.open("rb") as document:
        ran = subprocess.run(
            [
                *(sys.executable, "-m", "codegen", "-q", "generate"),
                *("--spec", named.format(fd=document.fileno()), "--out", str(tmp_path / "out")),
                *("--name", "tiny"),
            ],
            stdin=document if named == "/dev/stdin" else subprocess.DEVNULL,
            pass_fds=(document.fileno(),),
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "CODEGEN_CACHE_DIR": "off"},
        )
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "out" / "src" / "tiny" / "models.py").is_file()


def test_a_child_whose_parent_is_killed_removes_its_scratch_folder(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    parent = subprocess.run(
        [sys.executable, "-c", _KILLED_PARENT, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TMPDIR": str(scratch)},
        timeout=60,
    )
    assert parent.returncode == -signal.SIGKILL, parent.stderr
    for _ in range(1000):  # the child, now no one's, ends on its own
        if not any(scratch.iterdir()):
            break
        time.sleep(0.01)
    assert list(scratch.iterdir()) == []
