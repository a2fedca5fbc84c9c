"""`codegen build` and `codegen publish` against a real package index: pypiserver on
127.0.0.1 with a password, then pip installs a published package into a clean virtual
environment, which imports it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tarfile
import time
import venv
import warnings
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path

import httpx
import pytest
import yaml
from provider import document, write_provider

from codegen.cli import main

USER, PASSWORD = "publisher", "s3cret-Pass"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def index(tmp_path: Path) -> Iterator[str]:
    """pypiserver serving an empty folder; uploads need USER's password."""
    with warnings.catch_warnings():  # passlib imports the stdlib's deprecated `crypt`
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile
    passwords = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
    passwords.set_password(USER, PASSWORD)
    passwords.save()
    (tmp_path / "packages").mkdir()
    port = _free_port()
    command = [
        str(Path(sys.executable).with_name("pypi-server")),
        "run",
        "-i",
        "127.0.0.1",
        "-p",
        str(port),
        "-P",
        str(tmp_path / "htpasswd"),
        "-a",
        "update",
        "--disable-fallback",
        str(tmp_path / "packages"),
    ]
    log = (tmp_path / "pypiserver.log").open("w")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{url}/simple/", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError(
                "pypiserver did not start: " + (tmp_path / "pypiserver.log").read_text()
            )
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    file = tar.extractfile(f"tiny_one_client-1.0.0/{name}")
    assert file is not None
    return file.read()


def test_build_and_publish(
    tmp_path: Path, index: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    specs, generated, dist = tmp_path / "specs", tmp_path / "generated", tmp_path / "dist"
    for name in ("tiny_one", "tiny_two"):
        folder = write_provider(specs, name, "https://tiny.test/openapi.yaml")
        (folder / "openapi.yaml").write_text(yaml.safe_dump(document()), encoding="utf-8")
    where = ["--specs", str(specs), "--generated", str(generated)]
    assert main(["generate", *where]) == 0
    # a file of the repository around the packages must not reach an sdist
    (tmp_path / ".gitignore").write_text("*.log\n")
    (generated / "tiny_one" / "notes.txt").write_text("not the package's\n")

    assert main(["build", *where, "--dist", str(dist)]) == 0
    out = capsys.readouterr().out
    assert "tiny_one: tiny-one-client 1.0.0: " in out and "(twine check passed)" in out
    sdist = dist / "tiny_one_client-1.0.0.tar.gz"
    with tarfile.open(sdist) as tar:
        names = sorted(n.split("/", 1)[1] for n in tar.getnames() if "/" in n)
        metadata = Parser().parsestr(_member(tar, "PKG-INFO").decode())
        ignored = _member(tar, ".gitignore")
    assert {n.split("/")[0] for n in names} == {
        "src",
        "tests",
        "README.md",
        "CHANGELOG.md",
        "openapi.json",
        "pyproject.toml",
        "PKG-INFO",
        ".gitignore",
    }
    # hatchling always packs the nearest .gitignore: the package's own, not the repository's
    assert ignored == (generated / "tiny_one" / ".gitignore").read_bytes() != b"*.log\n"
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Author-email"] == "Tiny Ltd <dev@tiny.test>"
    assert metadata["Keywords"] == "invoices"
    assert sorted(metadata.get_all("Project-URL")) == [
        "Homepage, https://tiny.test",
        "Source, https://tiny.test/src",
    ]
    assert "Programming Language :: Python :: 3.11" in metadata.get_all("Classifier")
    assert metadata["Requires-Python"] == ">=3.11"
    with zipfile.ZipFile(dist / "tiny_one_client-1.0.0-py3-none-any.whl") as wheel:
        assert "tiny_one/py.typed" in wheel.namelist()

    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
    status = main(["publish", *where, "--dist", str(dist), "--repository-url", f"{index}/"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.out.splitlines() == [
        f"tiny_one: tiny-one-client 1.0.0 published to {index}/",
        f"tiny_two: tiny-two-client 1.0.0 published to {index}/",
    ]
    assert PASSWORD not in captured.out + captured.err

    # the same version again: said clearly, not retried, nothing replaced
    status = main(
        ["publish", "tiny_one", *where, "--dist", str(dist), "--repository-url", f"{index}/"]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.startswith(
        f"tiny_one: tiny-one-client 1.0.0 is already on {index}/; not uploaded again"
    )
    assert PASSWORD not in captured.out + captured.err

    # a wrong password is a failure that says so
    monkeypatch.setenv("TWINE_PASSWORD", "wrong")
    status = main(
        ["publish", "tiny_two", *where, "--dist", str(dist), "--repository-url", f"{index}/"]
    )
    assert status == 1
    assert "failed" in capsys.readouterr().err

    # a user installs it from the index into a clean environment and imports it
    env_dir = tmp_path / "user-venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--extra-index-url",
            f"{index}/simple/",
            "tiny-two-client==1.0.0",
        ],
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    done = subprocess.run(
        [
            str(python),
            "-W",
            "error",
            "-c",
            "import tiny_two; print(tiny_two.__version__, tiny_two.Client.__name__)",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.strip() == "1.0.0 Client"


def test_a_stale_package_is_neither_built_nor_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated, dist = tmp_path / "specs", tmp_path / "generated", tmp_path / "dist"
    folder = write_provider(specs, "tiny", "https://tiny.test/openapi.yaml")
    doc = document()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    where = ["--specs", str(specs), "--generated", str(generated)]
    assert main(["generate", *where]) == 0
    # the provider's document changed, and the package was not generated again
    doc["info"]["title"] = "Tiny API, renamed"
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    capsys.readouterr()

    assert main(["build", *where, "--dist", str(dist)]) == 1
    err = capsys.readouterr().err
    assert "input changed since generation" in err and "codegen generate" in err
    url = "http://127.0.0.1:9/"  # nothing is sent: the refusal comes first
    assert main(["publish", *where, "--dist", str(dist), "--repository-url", url]) == 1
    assert "input changed since generation" in capsys.readouterr().err
    assert not dist.exists()


def test_files_built_from_another_tree_of_the_same_version_are_not_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, generated, dist = tmp_path / "specs", tmp_path / "generated", tmp_path / "dist"
    folder = write_provider(specs, "tiny", "https://tiny.test/openapi.yaml")
    manifest = yaml.safe_load((folder / "manifest.yaml").read_text())
    manifest["package"]["pin_version"] = True  # a change keeps the version
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    doc = document()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    where = ["--specs", str(specs), "--generated", str(generated)]
    assert main(["generate", *where]) == 0
    assert main(["build", *where, "--dist", str(dist)]) == 0
    built = sorted(dist.iterdir())
    # the package generated again from a changed document, and not built again
    doc["info"]["title"] = "Tiny API, renamed"
    (folder / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert main(["generate", *where]) == 0
    capsys.readouterr()

    url = "http://127.0.0.1:9/"  # nothing is sent: the refusal comes first
    assert main(["publish", *where, "--dist", str(dist), "--repository-url", url]) == 2
    err = capsys.readouterr().err
    for file in built:
        assert f"{file}: not built from {generated / 'tiny'} as it is now (" in err
    assert "README.md" in err and "delete it and run `codegen build tiny`" in err
    assert sorted(dist.iterdir()) == built  # nothing removed
