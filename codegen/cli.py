"""`codegen`: generate client packages, or check that the generated ones are current.

Exit status: 0 done (or current), 1 `check` found stale files, 2 bad input (every problem is
printed with its file and place), 3 an internal error of the generator.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from codegen.emit.writer import stale_files, write_tree
from codegen.errors import InputError
from codegen.manifest import MANIFEST_NAME
from codegen.pipeline import Generated, generate_document, generate_provider
from codegen.release import commands as release_commands

EXIT_OK, EXIT_STALE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = _Output(verbose=args.verbose)
    if args.command in release_commands.COMMANDS:
        return release_commands.run(args)
    try:
        if args.command == "generate":
            return _generate(args, out)
        return _check(args, out)
    except KeyboardInterrupt:
        out.error("interrupted")
        return EXIT_INTERNAL


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="codegen", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "generate packages"),
        ("check", "exit 1 when generated/ is stale"),
    ):
        s = sub.add_parser(name, help=help_text)
        s.add_argument(
            "providers", nargs="*", metavar="NAME", help="providers under --specs (default: all)"
        )
        s.add_argument(
            "--specs", type=Path, default=Path("specs"), help="folder of providers (default: specs)"
        )
        s.add_argument(
            "--generated",
            type=Path,
            default=Path("generated"),
            help="output folder (default: generated)",
        )
        s.add_argument(
            "--spec", type=Path, help="one OpenAPI document (YAML, JSON or Markdown), no manifest"
        )
        s.add_argument("--out", type=Path, help="with --spec: the package folder to write")
        s.add_argument("--name", help="with --spec: the package name (default: the file's stem)")
        s.add_argument(
            "-v",
            "--verbose",
            action="store_true",
            help="show progress and a traceback on internal errors",
        )
    release_commands.register(sub)
    return p


class _Output:
    """Progress on a terminal (or with -v), silence otherwise; errors always."""

    def __init__(self, *, verbose: bool) -> None:
        self.verbose = verbose
        self.progress_on = verbose or sys.stderr.isatty()

    def progress(self, text: str) -> None:
        if self.progress_on:
            print(text, file=sys.stderr, flush=True)

    def error(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)


def _jobs(
    args: argparse.Namespace, out: _Output
) -> list[tuple[str, Callable[[], Generated], Path]] | None:
    """(label, how to generate it, where it goes) for what the command line asks."""
    if args.spec is not None:
        if args.providers:
            out.error("codegen: give either --spec or provider names, not both")
            return None
        if args.out is None:
            out.error("codegen: --spec needs --out DIR")
            return None
        spec: Path = args.spec
        if not spec.is_file():
            out.error(f"{spec}: no such file")
            return None
        return [(spec.name, lambda: generate_document(spec, args.name), args.out)]
    specs: Path = args.specs
    if not specs.is_dir():
        out.error(f"{specs}: no such folder (run from the project root, or pass --specs)")
        return None
    available = sorted(p.name for p in specs.iterdir() if (p / MANIFEST_NAME).is_file())
    names = args.providers or available
    unknown = [n for n in names if n not in available]
    if unknown:
        out.error(
            f"codegen: unknown provider(s): {', '.join(unknown)} (known: {', '.join(available)})"
        )
        return None
    return [
        (n, functools.partial(generate_provider, specs / n, args.generated / n), args.generated / n)
        for n in names
    ]


def _run(label: str, make: Callable[[], Generated], out: _Output) -> Generated | None:
    try:
        return make()
    except InputError as exc:
        for problem in exc.problems:
            out.error(str(problem))
        return None
    except Exception as exc:  # a bug of the generator, not of the input
        out.error(f"{label}: internal error: {type(exc).__name__}: {exc}")
        if out.verbose:
            out.error(traceback.format_exc())
        raise _Internal from exc


class _Internal(Exception):
    pass


def _generate(args: argparse.Namespace, out: _Output) -> int:
    jobs = _jobs(args, out)
    if jobs is None:
        return EXIT_INPUT
    status = EXIT_OK
    for i, (label, make, target) in enumerate(jobs, 1):
        started = time.perf_counter()
        out.progress(f"[{i}/{len(jobs)}] {label}: generating...")
        try:
            result = _run(label, make, out)
        except _Internal:
            status = EXIT_INTERNAL
            continue
        if result is None:
            status = max(status, EXIT_INPUT) if status != EXIT_INTERNAL else status
            out.progress(f"[{i}/{len(jobs)}] {label}: failed, {target} left as it was")
            continue
        changed = write_tree(result.files, target)
        out.progress(
            f"[{i}/{len(jobs)}] {label}: {len(result.api.operations)} operations, "
            f"{len(result.api.models)} models, {len(changed)} files changed "
            f"({time.perf_counter() - started:.1f} s)"
        )
    return status


def _check(args: argparse.Namespace, out: _Output) -> int:
    jobs = _jobs(args, out)
    if jobs is None:
        return EXIT_INPUT
    status = EXIT_OK
    for label, make, target in jobs:
        try:
            result = _run(label, make, out)
        except _Internal:
            return EXIT_INTERNAL
        if result is None:
            return EXIT_INPUT
        stale = stale_files(result.files, target)
        if stale:
            status = EXIT_STALE
            print(f"{target}: {len(stale)} stale file(s):")
            for rel in stale:
                print(f"  {target / rel}")
    if status == EXIT_OK:
        out.progress("generated packages are current")
    else:
        print("run `codegen generate` (or `make generate`) and commit the result")
    return status


if __name__ == "__main__":
    sys.exit(main())
