"""The release commands: `fetch`, `diff`, `build` and `publish`.

Exit status: 0 done, 1 what was asked for did not happen (a document not fetched, a change
at or above `--fail-on`, a build or an upload that failed), 2 bad input, 3 an internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from codegen import scratch
from codegen.errors import InputError
from codegen.release.changes import KINDS

# the rest is imported when a command runs: `codegen check` must not pay for it
MANIFEST_NAME = "manifest.yaml"

COMMANDS = ("fetch", "diff", "build", "publish")
EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def register(sub: Any) -> None:
    """Add the release commands to the `codegen` parser's subcommands."""
    helps = {
        "fetch": "download the documents a manifest names a source for",
        "diff": "what regenerating would change, classified breaking / feature / fix",
        "build": "an sdist and a wheel of each package into dist/, checked with twine",
        "publish": "upload the built packages with twine",
    }
    for name in COMMANDS:
        s = sub.add_parser(name, help=helps[name])
        s.add_argument("providers", nargs="*", metavar="NAME", help="providers (default: all)")
        s.add_argument("--specs", type=Path, help="folder of providers (default: from settings)")
        s.add_argument("--generated", type=Path, help="packages folder (default: from settings)")
        # --config, --root and -v: the options of every command, added by the parser
        if name == "diff":
            s.add_argument(
                "--against",
                metavar="GIT-REF",
                help="compare with the packages committed at a revision",
            )
            s.add_argument("--format", choices=("text", "json"), default="text")
            s.add_argument(
                "--fail-on",
                choices=KINDS,
                help="exit 1 when a change of this kind (or stronger) is found",
            )
        if name in ("build", "publish"):
            s.add_argument(
                "--dist", type=Path, default=Path("dist"), help="where the files go (default: dist)"
            )
            s.add_argument(
                "--no-isolation", action="store_true", help="build with the installed backend"
            )
        if name == "publish":
            s.add_argument("--repository-url", required=True, help="the index's upload URL")


def run(args: argparse.Namespace) -> int:
    try:
        _settle(args)
        names = _providers(args)
        return {"fetch": _fetch, "diff": _diff, "build": _build, "publish": _publish}[args.command](
            args, names
        )
    except InputError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - a bug of the generator, not of the input
        print(
            f"codegen {args.command}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        if args.verbose:
            traceback.print_exc()
        return EXIT_INTERNAL


def _settle(args: argparse.Namespace) -> None:
    """Folders and formatter from the host repository's settings, unless given."""
    from codegen.config import load_config

    config = load_config(config=args.config, root=args.root)
    args.specs = args.specs or Path(os.path.relpath(config.specs))
    args.generated = args.generated or Path(os.path.relpath(config.generated))
    args.formatter = config.formatter


def _providers(args: argparse.Namespace) -> list[str]:
    specs: Path = args.specs
    if args.command in ("build", "publish"):
        folder: Path = args.generated
        available = (
            sorted(p.name for p in folder.iterdir() if (p / "pyproject.toml").is_file())
            if folder.is_dir()
            else []
        )
    else:
        available = (
            sorted(p.name for p in specs.iterdir() if (p / MANIFEST_NAME).is_file())
            if specs.is_dir()
            else []
        )
    unknown = [n for n in args.providers if n not in available]
    if unknown or not available:
        from codegen.errors import Problem

        raise InputError(
            [
                Problem(
                    str(args.generated if args.command in ("build", "publish") else specs),
                    "",
                    (
                        f"unknown provider(s): {', '.join(unknown)}"
                        if unknown
                        else "no providers here"
                    ),
                    f"known: {', '.join(available) or 'none'}",
                )
            ]
        )
    return list(args.providers) or available


def _fetch(args: argparse.Namespace, names: list[str]) -> int:
    from codegen.manifest import load_manifest
    from codegen.release.fetch import fetch_document, new_client

    status = EXIT_OK
    with new_client() as client:
        for name in names:
            manifest = load_manifest(args.specs / name, documents_present=False)
            sourced = [d for d in manifest.documents if d.source]
            if not sourced:
                print(f"{name}: no document names a source")
            for entry in sourced:
                result = fetch_document(client, entry)
                rel = entry.path.relative_to(args.specs)
                print(f"{rel}: {result.state} ({result.detail})")
                if result.state == "failed":
                    status = EXIT_FAILED
    return status


def _diff(args: argparse.Namespace, names: list[str]) -> int:
    from codegen.pipeline import generate_provider
    from codegen.release.changes import strongest
    from codegen.release.gitref import materialize
    from codegen.release.versioning import read_committed

    reports = []
    with scratch.folder("codegen-against-") as tmp:
        for name in names:
            committed_dir: Path | None = args.generated / name
            if args.against:
                committed_dir = Path(tmp, name)
                if not materialize(args.generated / name, args.against, committed_dir):
                    committed_dir = None
            elif not (args.generated / name).is_dir():
                committed_dir = None
            committed = read_committed(committed_dir) if committed_dir else None
            result = generate_provider(args.specs / name, committed_dir, formatter=args.formatter)
            reports.append(
                {
                    "provider": name,
                    "package": result.api.package.distribution,
                    "from": committed.version if committed else None,
                    "to": result.api.package.version,
                    "bump": strongest(result.changes),
                    "changes": [c.as_json() for c in result.changes],
                }
            )
    if args.format == "json":
        print(json.dumps({"providers": reports}, indent=2, ensure_ascii=False))
    else:
        for r in reports:
            _print_report(r)
    if args.fail_on:
        worst = [k for r in reports for k in (r["bump"],) if k]
        limit = KINDS.index(args.fail_on)
        if any(KINDS.index(k) <= limit for k in worst):
            return EXIT_FAILED
    return EXIT_OK


def _print_report(r: dict[str, Any]) -> None:
    from codegen.release.changes import BREAKING, FEATURE, FIX

    if r["from"] is None:
        print(f"{r['provider']}: new package {r['package']} {r['to']}")
        return
    if not r["changes"]:
        print(f"{r['provider']}: no change ({r['package']} {r['from']})")
        return
    print(f"{r['provider']}: {r['package']} {r['from']} -> {r['to']} ({r['bump']})")
    for kind in (BREAKING, FEATURE, FIX):
        for c in r["changes"]:
            if c["kind"] == kind:
                print(f"  {kind:<8} {c['level']:<6} {c['where']}: {c['what']}  [{c['rule']}]")


def _build(args: argparse.Namespace, names: list[str]) -> int:
    from codegen.release.build import BuildError, build_package

    status = EXIT_OK
    for name in names:
        if _stale(args, name):
            status = EXIT_FAILED
            continue
        try:
            built = build_package(args.generated / name, args.dist, isolation=not args.no_isolation)
        except BuildError as exc:
            print(str(exc), file=sys.stderr)
            status = EXIT_FAILED
            continue
        files = ", ".join(str(f) for f in built.files)
        print(f"{name}: {built.distribution} {built.version}: {files} (twine check passed)")
    return status


def _stale(args: argparse.Namespace, name: str) -> bool:
    """Say so, and be true, when a package is not what its provider's documents make now
    (changed since generation, or its generated files edited or missing): a release of it
    would not be the one its version and changelog describe."""
    from codegen.freshness import freshness
    from codegen.lock import read_lock

    package = args.generated / name
    lock = read_lock(package)
    if lock is None or not (args.specs / name / MANIFEST_NAME).is_file():
        return False  # made by other means, or from one document: nothing to compare with
    # the generator's own version is left out: only generating again can tell what it changes
    found = freshness(lock, package, args.specs / name, {})
    if found.current:
        return False
    for line in found.lines():
        print(line, file=sys.stderr)
    print(
        f"{name}: not built: the package is stale (hint: run `codegen generate {name}` "
        "and commit the result)",
        file=sys.stderr,
    )
    return True


def _publish(args: argparse.Namespace, names: list[str]) -> int:
    from codegen.release.build import BuildError, build_package, dist_files, package_identity
    from codegen.release.publish import redact, upload

    _refuse_other_builds(args, names)
    status = EXIT_OK
    url = redact(args.repository_url)
    for name in names:
        if _stale(args, name):
            status = EXIT_FAILED
            continue
        distribution, version = package_identity(args.generated / name)
        files = dist_files(args.dist, distribution, version)
        if not files:
            try:
                files = list(
                    build_package(
                        args.generated / name, args.dist, isolation=not args.no_isolation
                    ).files
                )
            except BuildError as exc:
                print(str(exc), file=sys.stderr)
                status = EXIT_FAILED
                continue
        result = upload(files, args.repository_url)
        if result.ok:
            print(f"{name}: {distribution} {version} published to {url}")
        elif result.already_there:
            print(
                f"{name}: {distribution} {version} is already on {url}; not uploaded again "
                "(an index never replaces a version: regenerate with a change, or bump the version)",
                file=sys.stderr,
            )
            status = EXIT_FAILED
        else:
            print(
                f"{name}: uploading {distribution} {version} to {url} failed: {result.message}",
                file=sys.stderr,
            )
            status = EXIT_FAILED
    return status


def _refuse_other_builds(args: argparse.Namespace, names: list[str]) -> None:
    """Nothing is uploaded while a file in the dist folder for a package's version was not
    built from the package as it is now (an older tree of the same version, or an edit)."""
    from codegen.errors import Problem
    from codegen.release.build import differences, dist_files, package_identity

    problems = []
    for name in names:
        folder = args.generated / name
        for file in dist_files(args.dist, *package_identity(folder)):
            found = differences(file, folder)
            if found:
                shown = ", ".join(found[:3]) + (", ..." if len(found) > 3 else "")
                problems.append(
                    Problem(
                        str(file),
                        "",
                        f"not built from {folder} as it is now ({shown} differ); "
                        "nothing was uploaded",
                        f"delete it and run `codegen build {name}`",
                    )
                )
    if problems:
        raise InputError(problems)
