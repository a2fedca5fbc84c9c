"""`codegen`: generate client packages, or check that the generated ones are current.

Exit status: 0 done (or current), 1 `check` found stale files, 2 bad input (every problem is
printed with its file and place), 3 an internal error of the generator, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from codegen import heap
from codegen.commands import EXIT_INPUT, EXIT_INTERNAL, Output, Refused, check, generate
from codegen.errors import InputError
from codegen.lock import (
    OUTPUT_SHAPING,
    LockError,
    own_version,
)
from codegen.release import commands as release_commands

# a disk (or the temporary folder) full, or its quota reached
_FULL = (errno.ENOSPC, errno.EDQUOT)


class Terminated(KeyboardInterrupt):
    """SIGTERM, taken as Ctrl-C is: what the run was writing is cleaned up, then it ends (a
    scratch folder left behind in a memory-backed folder would hold memory until a reboot)."""


def _terminated(signum: int, frame: Any) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    release = args.command in release_commands.COMMANDS
    if release and args.quiet:
        parser.error(f"-q/--quiet: only for generate and check, not {args.command}")
    out = Output(verbose=args.verbose, quiet=args.quiet)
    heap.tune_collector()
    # (a handler is the main thread's to set: a run started in another one is left as it is)
    main_thread = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
    try:
        if release:
            return release_commands.run(args)
        if args.command == "generate":
            return generate(args, out)
        return check(args, out)
    except InputError as exc:
        for problem in exc.problems:
            out.error(str(problem))
        return EXIT_INPUT
    except (LockError, Refused) as exc:
        out.error(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        out.error("terminated" if isinstance(exc, Terminated) else "interrupted")
        # as a shell reports a command its signal ended: 128 + the signal's number
        return 128 + (signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT)
    except OSError as exc:
        if exc.errno not in _FULL:
            return _internal_error(exc, out, args.verbose)
        # the machine's limit, not a fault of the generator's: said as such
        where = f" ({exc.filename})" if exc.filename else ""
        out.error(
            f"codegen: {exc.strerror or 'no space left'}{where}: free some space where the run "
            "writes (the package's folder, and the temporary folder: TMPDIR names another)"
        )
        return EXIT_INTERNAL
    except Exception as exc:  # noqa: BLE001 - a bug of the generator, not of the input
        return _internal_error(exc, out, args.verbose)
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, before)


def _internal_error(exc: BaseException, out: Output, verbose: bool) -> int:
    out.error(f"codegen: internal error: {type(exc).__name__}: {exc}")
    out.error(traceback.format_exc() if verbose else "(run with -v for the traceback)")
    return EXIT_INTERNAL


def _version_text() -> str:
    from importlib import metadata

    lines = [f"invoice-codegen {own_version()}"]
    for name in OUTPUT_SHAPING:
        try:
            lines.append(f"  {name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"  {name} not installed")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="codegen", description=__doc__.splitlines()[0])
    p.add_argument(
        "--version",
        action=_PrintVersion,
        nargs=0,
        help="print the generator's version and those of the libraries that shape its output",
    )
    sub = p.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "generate packages (providers whose lock file is current are skipped)"),
        ("check", "exit 1 when a generated package is stale, saying why"),
    ):
        s = sub.add_parser(name, help=help_text)
        s.add_argument(
            "providers", nargs="*", metavar="NAME", help="providers under the specs folder"
        )
        s.add_argument("--specs", type=Path, help="folder of providers (default: from settings)")
        s.add_argument("--generated", type=Path, help="output folder (default: from settings)")
        s.add_argument(
            "--spec", type=Path, help="one OpenAPI document (YAML, JSON or Markdown), no manifest"
        )
        s.add_argument("--out", type=Path, help="with --spec: the package folder to write")
        s.add_argument("--name", help="with --spec: the package name (default: the file's stem)")
        s.add_argument("--formatter", help="ruff or black (default: from settings, else ruff)")
        if name == "generate":
            s.add_argument(
                "--force",
                action="store_true",
                help="write into a non-empty folder that has no lock file (only the "
                "generator's own file names are written; nothing is removed)",
            )
        s.add_argument(
            "--full",
            action="store_true",
            help=(
                "generate even when the lock file says the package is current"
                if name == "generate"
                else "always generate again and compare"
            ),
        )
        if name == "check":
            s.add_argument(
                "--diff", action="store_true", help="print a unified diff of every stale file"
            )
        _shared(s, quiet=True, top=False)
    release_commands.register(sub)
    for name in release_commands.COMMANDS:
        _shared(sub.choices[name], quiet=False, top=False)
    _shared(p, quiet=True, top=True)
    return p


def _shared(p: argparse.ArgumentParser, *, quiet: bool, top: bool) -> None:
    """Options taken before the command as well as after it, as git's are. After it, an
    option left out keeps what was given before (argparse would reset it to its default)."""
    unset: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument(
        "--config",
        type=Path,
        help="settings file (default: the nearest codegen.toml or pyproject.toml with "
        "[tool.invoice-codegen] at or above the current folder)",
        **unset,
    )
    p.add_argument(
        "--root", type=Path, help="the repository root: paths are relative to it", **unset
    )
    if quiet:
        p.add_argument("-q", "--quiet", action="store_true", help="print only errors", **unset)
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print the warnings, progress, and a traceback on internal errors",
        **unset,
    )


class _PrintVersion(argparse.Action):
    """Looked up only when asked for: reading package metadata costs time."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(_version_text())
        parser.exit()


if __name__ == "__main__":
    sys.exit(main())
