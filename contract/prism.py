"""A Prism mock server in a process of its own, listening on a free loopback port.

Prism is installed into `node_modules/` from the project's `package-lock.json`; nothing is
installed globally. The process runs in its own process group, so stopping it also stops
anything it started, and an exit hook stops it if the caller never does.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from contract.errors import PrismError
from contract.prism_log import LoggedRequest, parse_log

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
Mode = Literal["static", "dynamic"]
MODES: tuple[Mode, ...] = ("static", "dynamic")
# fixed, so that dynamic answers are the same on every run
SEED = "invoice-codegen"
# loading is the slow part: a 1 MB description takes Prism about 20 s on a busy 2-core machine
START_TIMEOUT = 120.0
STOP_TIMEOUT = 5.0


def prism_executable(root: Path = ROOT) -> Path:
    """The locally installed `prism` command, or a PrismError saying how to install it."""
    path = root / "node_modules" / ".bin" / "prism"
    if not path.is_file():
        raise PrismError(
            f"Prism is not installed: {path.relative_to(root)} is missing "
            "(hint: `make contract` installs it with `npm ci` from package-lock.json)"
        )
    return path


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


class PrismServer:
    """`prism mock` of one OpenAPI document; use as a context manager, or `start`/`stop`.

    `--errors` makes a request that breaks the document get an error answer (a 4xx that
    lists the violations) instead of a best-effort one; `--verboseLevel info` logs each
    request and its violations, which `requests()` reads once the server has stopped.
    """

    def __init__(
        self,
        document: Path,
        mode: Mode = "static",
        *,
        executable: Path | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        self.document = document
        self.mode = mode
        self.executable = executable
        self.start_timeout = start_timeout
        self.port = 0
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self._lines: list[str] = []
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def command(self) -> list[str]:
        executable = self.executable or prism_executable()
        args = [
            str(executable),
            "mock",
            str(self.document),
            "--host",
            HOST,
            "--port",
            str(self.port),
        ]
        args += ["--errors", "--verboseLevel", "info"]
        if self.mode == "dynamic":
            args += ["--dynamic", "--seed", SEED]
        return args

    def start(self) -> Self:
        """Start Prism and return once it accepts connections (PrismError otherwise)."""
        return self.launch().wait_until_listening()

    def launch(self) -> Self:
        """Start the Prism process and return at once: several can load at the same time."""
        if self._process is not None:
            raise PrismError("this Prism server was already started")
        self.port = free_port()
        command = self.command()
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                start_new_session=True,  # its own process group: stop() ends all of it
                env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
            )
        except OSError as e:
            raise PrismError(f"cannot run {command[0]}: {e} (hint: is node installed?)") from e
        atexit.register(self.stop)
        self._reader = threading.Thread(target=self._read, name="prism-log", daemon=True)
        self._reader.start()
        return self

    def wait_until_listening(self) -> Self:
        """Return once the launched Prism accepts connections; stop it and raise PrismError
        when it exits first or does not listen within `start_timeout` seconds."""
        try:
            self._wait()
        except BaseException:
            self.stop()
            raise
        return self

    def _read(self) -> None:
        stdout = self._process.stdout if self._process is not None else None
        for line in stdout or ():
            with self._lock:
                self._lines.append(line.rstrip("\n"))

    def _wait(self) -> None:
        if self._process is None:
            raise PrismError("this Prism server was not launched")
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            status = self._process.poll()
            if status is not None:
                self._join_reader()
                raise PrismError(
                    f"Prism exited with status {status} before listening on {self.base_url} "
                    f"({self.document}):\n{self.log_tail()}"
                )
            try:
                with socket.create_connection((HOST, self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise PrismError(
            f"Prism did not listen on {self.base_url} within {self.start_timeout:.0f} s "
            f"({self.document}):\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """Stop the process group (TERM, then KILL after a grace period); safe to repeat."""
        process = self._process
        if process is None:
            return
        atexit.unregister(self.stop)
        if process.poll() is None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_TIMEOUT)
        self._join_reader()
        if self._reader is not None and self._reader.is_alive():
            # a child that outlived the main process keeps the log pipe open: end the group
            _signal_group(process.pid, signal.SIGKILL)
            self._join_reader()
        if process.stdout is not None:
            process.stdout.close()

    def _join_reader(self) -> None:
        if self._reader is not None:
            self._reader.join(timeout=STOP_TIMEOUT)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log(self) -> list[str]:
        with self._lock:
            return list(self._lines)

    def log_tail(self, count: int = 40) -> str:
        return "\n".join(self.log()[-count:]) or "(Prism printed nothing)"

    def exit_reason(self) -> str:
        """Why the process ended, in one line: its status and the last error it printed."""
        status = self._process.poll() if self._process is not None else None
        if status is None:
            return "Prism is running"
        lines = [line.strip() for line in self.log() if line.strip()]
        errors = [line for line in lines if "ERROR" in line or "Error:" in line]
        last = (errors or lines or ["(Prism printed nothing)"])[-1]
        return f"Prism exited with status {status}: {last}"

    def requests(self) -> list[LoggedRequest]:
        """The requests Prism logged, in order, each with its violations (call after stop)."""
        return parse_log(self.log())

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass  # already gone


class PrismGroup:
    """Prism servers started together (all loading at once) and stopped together."""

    def __init__(self) -> None:
        self.servers: list[PrismServer] = []

    def start(self, documents: Sequence[tuple[Path, Mode]]) -> list[PrismServer]:
        """A listening server for each (document, mode); PrismError when one cannot start."""
        servers = [PrismServer(document, mode) for document, mode in documents]
        self.servers += servers
        for server in servers:
            server.launch()
        return [server.wait_until_listening() for server in servers]

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


class SchemaCheck:
    """The schemas of some documents that Prism cannot check (`prism_schemas.js`).

    Prism skips the check of a schema it cannot compile and says nothing: a contract run would
    pass without having checked anything. This runs beside the servers, in a node process of
    its own, and lists each such schema as `document: operation: place: why`.
    """

    def __init__(self, documents: Sequence[Path], root: Path = ROOT) -> None:
        self.documents = list(documents)
        self.root = root
        self._process: subprocess.Popen[str] | None = None

    def command(self) -> list[str]:
        prism_executable(self.root)  # says how to install Prism when it is missing
        node = shutil.which("node")
        if node is None:
            raise PrismError("node is not on the PATH (hint: Prism needs node >= 18.20)")
        package = self.root / "node_modules" / "@stoplight" / "prism-http"
        script = Path(__file__).with_name("prism_schemas.js")
        return [node, str(script), str(package), *map(str, self.documents)]

    def launch(self) -> Self:
        self._process = subprocess.Popen(
            self.command(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
        atexit.register(self.stop)
        return self

    def result(self, timeout: float = START_TIMEOUT * 2) -> list[str]:
        if self._process is None:
            self.launch()
        assert self._process is not None
        try:
            out, err = self._process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as e:
            self.stop()
            raise PrismError(f"the schema check did not finish within {timeout:.0f} s") from e
        if self._process.returncode != 0:
            raise PrismError(
                f"the schema check exited with status {self._process.returncode}:\n{err[-4000:]}"
            )
        try:
            found = json.loads(out)
        except ValueError as e:
            raise PrismError(f"the schema check printed no list: {out[:400]!r}") from e
        return [
            f"{item['document']}: {item['operation']}: {item['place']}: {item['message']}"
            for item in found
        ]

    def stop(self) -> None:
        process = self._process
        if process is None:
            return
        atexit.unregister(self.stop)
        if process.poll() is None:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT)
