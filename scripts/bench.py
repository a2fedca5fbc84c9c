"""The benchmark: our generator and openapi-python-client on two large descriptions.

(a) the Xero Accounting description from the shared specs, (b) GitHub's REST description
(13 MB of JSON) from the npm package `@octokit/openapi`, fetched once into the cache folder;
and, where `specs/` has a provider of the same name, that provider (manifest and overlays).
Each tool runs from a clean output folder; printed: wall seconds, peak memory of the tool's
process tree, operations generated out of the document's, models, and whether the package
imports. Figures only: nothing is asserted. Our generator runs without its formatting cache,
then again with it warm ("ours (re-run)"), as when regenerating after a small edit.

    python scripts/bench.py [--no-compare] [--no-imports]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

from corpus_docs import Document, count_operations, load
from corpus_tools import OPC, Limits, ours, ours_measured, theirs

ROOT = Path(__file__).resolve().parents[1]
OCTOKIT = "@octokit/openapi@23.0.2"
OCTOKIT_MEMBER = "package/generated/api.github.com.json"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    compare_bin = None if args.no_compare else args.compare_bin
    if compare_bin is not None and not (compare_bin / "openapi-python-client").is_file():
        print(f"{compare_bin}: no openapi-python-client (run `make bench`, or pass --no-compare)")
        return 2
    limits = Limits(
        timeout=args.timeout,
        python=Path(sys.executable),
        compare_bin=compare_bin,
        check_imports=not args.no_imports,
    )
    inputs = [
        Document("xero_accounting", args.xero, "xero_accounting"),
        Document("api.github.com", _github_description(out), "api_github_com"),
    ]
    rows: list[tuple[Document, int, str, dict[str, Any]]] = []
    for doc in inputs:
        total = count_operations(load(doc.path))
        print(f"{doc.id}: {doc.size / 1e6:.1f} MB, {total} operations", flush=True)
        rows.append((doc, total, "ours", ours(doc, out / "ours" / doc.slug, limits)))
        print(_row(*rows[-1]), flush=True)
        # the same again with the formatting cache warm, as when regenerating after an edit
        cache = out / "format-cache"
        shutil.rmtree(cache, ignore_errors=True)
        warm = dataclasses.replace(limits, format_cache=str(cache))
        ours(doc, out / "ours" / doc.slug, warm)  # fills the cache
        rows.append((doc, total, "ours (re-run)", ours(doc, out / "ours" / doc.slug, warm)))
        print(_row(*rows[-1]), flush=True)
        provider = args.specs / doc.slug
        if (provider / "manifest.yaml").is_file():
            # the same document as a provider: its manifest's facts and overlays applied
            generated = out / "ours-provider"
            command = [doc.slug, "--specs", str(args.specs), "--generated", str(generated)]
            measured = ours_measured(command, generated / doc.slug, limits)
            rows.append((doc, total, "ours (specs/, overlays)", measured))
            print(_row(*rows[-1]), flush=True)
        if compare_bin is not None:
            rows.append((doc, total, OPC, theirs(doc, out / "opc" / doc.slug, limits)))
            print(_row(*rows[-1]), flush=True)
    print()
    print(_HEADER)
    for row in rows:
        print(_row(*row))
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument(
        "--xero", type=Path, default=ROOT.parent / "shared" / "specs" / "xero_accounting.yaml"
    )
    p.add_argument("--out", type=Path, default=ROOT / ".bench-out", help="cache and output folder")
    p.add_argument(
        "--specs", type=Path, default=ROOT / "specs", help="providers (when one matches)"
    )
    p.add_argument(
        "--compare-bin",
        type=Path,
        default=ROOT / ".venv-compare" / "bin",
        help="bin folder of the virtualenv holding openapi-python-client",
    )
    p.add_argument("--no-compare", action="store_true", help="run our generator only")
    p.add_argument("--no-imports", action="store_true", help="skip importing the packages")
    p.add_argument("--timeout", type=float, default=1200.0, help="seconds per run")
    return p


def _github_description(cache: Path) -> Path:
    """GitHub's description, unpacked from the npm package once and kept in `cache`."""
    target = cache / "api.github.com.json"
    if target.is_file():
        return target
    tarball = cache / (OCTOKIT.lstrip("@").replace("/", "-").replace("@", "-") + ".tgz")
    if not tarball.is_file():
        print(f"fetching {OCTOKIT} ...", flush=True)
        subprocess.run(
            ["npm", "pack", OCTOKIT, "--pack-destination", str(cache), "--loglevel=error"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(OCTOKIT_MEMBER)
        if member is None:
            raise SystemExit(f"{tarball}: no {OCTOKIT_MEMBER}")
        partial = target.with_suffix(".part")
        partial.write_bytes(member.read())
        partial.replace(target)  # a run stopped half-way leaves no truncated description
    return target


_HEADER = (
    f"{'input':18}{'tool':24}{'exit':>6}{'seconds':>9}{'peak MB':>9}"
    f"{'operations':>14}{'models':>8}  imports"
)


def _row(doc: Document, total: int, tool: str, r: dict[str, Any]) -> str:
    imports = {True: "yes", False: f"NO ({r.get('import_error')})", None: "-"}[r["imports"]]
    return (
        f"{doc.id:18}{tool:24}{r['exit']!s:>6}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}"
        f"{str(r['operations']) + '/' + str(total):>14}{r['models']:>8}  {imports}"
        + (f"  ({r['error'][:120]})" if r.get("error") else "")
    )


if __name__ == "__main__":
    sys.exit(main())
