"""The benchmark: our generator and openapi-python-client on two large descriptions.

(a) the Xero Accounting description from the shared specs, (b) GitHub's REST description
(13 MB of JSON) from the npm package `@octokit/openapi`, fetched once into the cache folder;
and, where `specs/` has a provider of the same name, that provider (manifest and overlays).
Each tool runs from a clean output folder, cold (our formatting cache off; three times in
pairs, the medians shown) and warm (ours with its cache filled, theirs simply again); printed
side by side: CPU seconds (user + system
of the whole process tree), wall seconds, peak memory, operations generated out of the
document's, models, and whether the package imports. Then, for our packages: the CPU time of
`import <package>; Client(...)` (median of 5 whole processes, the package installed in a
virtualenv of its own, `.bench-out/package-venv`), the per-call overhead of the
client over bare httpx through a mock transport, and `codegen check` on the unchanged tree.
Figures only: nothing is asserted.

    python scripts/bench.py [--no-compare] [--no-imports] [--only xero_accounting] [--repeat 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

from corpus_docs import Document, count_operations, load
from corpus_tools import OPC, Limits, ours, ours_measured, theirs
from procrun import run

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
        run_tests=False,  # figures only: the packages' own tests are `make test`'s and corpus's
    )
    known = {
        "xero_accounting": lambda: args.xero,
        "api.github.com": lambda: _github_description(out),
    }
    unknown = sorted(set(args.only) - set(known) - {"api_github_com"})
    if unknown:
        print(f"--only: no input named {', '.join(unknown)} (inputs: {', '.join(known)})")
        return 2
    # only the inputs asked for are fetched: GitHub's description is an npm download
    inputs = [
        Document(name, where(), name.replace(".", "_"))
        for name, where in known.items()
        if not args.only or name in args.only or name.replace(".", "_") in args.only
    ]
    print(_setting(compare_bin), flush=True)
    _compiled()
    rows: list[tuple[Document, int, str, dict[str, Any]]] = []
    extras: list[tuple[Document, dict[str, Any]]] = []
    print(_HEADER, flush=True)
    for doc in inputs:
        total = count_operations(load(doc.path))
        print(f"{doc.id}: {doc.size / 1e6:.1f} MB, {total} operations", flush=True)
        package_dir = out / "ours" / doc.slug
        cold = _cold_pairs(doc, package_dir, out / "opc" / doc.slug, limits, args.repeat)
        rows.append((doc, total, "ours (cold)", cold[0]))
        print(_row(*rows[-1]), flush=True)
        if cold[1] is not None:
            rows.append((doc, total, f"{OPC} (cold)", cold[1]))
            print(_row(*rows[-1]), flush=True)
        # the same again with the formatting cache warm, as when regenerating after an edit
        cache = out / "format-cache"
        shutil.rmtree(cache, ignore_errors=True)
        warm = dataclasses.replace(limits, format_cache=str(cache), check_imports=False)
        ours(doc, package_dir, warm)  # fills the cache
        rows.append((doc, total, "ours (warm)", ours(doc, package_dir, warm)))
        print(_row(*rows[-1]), flush=True)
        if rows[-1][3]["exit"] == 0:
            extras.append((doc, _package_figures(doc, package_dir, limits)))
        provider = args.specs / doc.slug
        if (provider / "manifest.yaml").is_file():
            # the same document as a provider: its manifest's facts and overlays applied
            generated = out / "ours-provider"
            command = [doc.slug, "--specs", str(args.specs), "--generated", str(generated)]
            measured = ours_measured(command, generated / doc.slug, limits)
            rows.append((doc, total, "ours (specs/, cold)", measured))
            print(_row(*rows[-1]), flush=True)
        if compare_bin is not None:
            again = dataclasses.replace(limits, check_imports=False)
            rows.append((doc, total, f"{OPC} (warm)", theirs(doc, out / "opc" / doc.slug, again)))
            print(_row(*rows[-1]), flush=True)
    print("\nsummary\n")
    print(_HEADER)
    for row in rows:
        print(_row(*row))
    if compare_bin is not None:
        print()
        print(_RATIO_HEADER)
        for doc in inputs:
            for line in _ratios(doc, [r for r in rows if r[0] is doc]):
                print(line)
    print()
    print(_EXTRA_HEADER)
    for doc, figures in extras:
        print(_extra_row(doc, figures))
    print(_LEGEND.format(load=_load(), repeat=args.repeat))
    return 0


_LEGEND = f"""
cold: an empty output folder and our caches off (our modules and templates compiled, as after
an installation's first run), each tool run {{repeat}} times in pairs (ours, then theirs), the
medians shown with the range of CPU seconds; warm: once each, ours again
with its formatting and model-writer cache filled by a run before,
{OPC} simply run again (it keeps no cache).
CPU s: user + system time of the whole process tree; peak MB: the larger of the largest
process's peak and the sampled sum of the tree's resident memory. ours (specs/, cold), where
a provider of specs/ has the input's name: the same document with its manifest's facts and
overlays applied.
import + Client(): median CPU s of 5 whole processes, the package installed in a virtualenv
of its own (environment: own) or, failing that, on our path (ours); per call: our client's
overhead over bare httpx through a mock transport, in µs (bare httpx's own in brackets);
check s: wall seconds of `codegen check` on the unchanged tree.
load average at the end: {{load}}"""


def _cold_pairs(
    doc: Document, ours_dir: Path, theirs_dir: Path, limits: Limits, repeat: int
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Each tool's cold run, `repeat` times in pairs (ours, then theirs, so that both meet
    the same load), as the medians of their figures (see `_median_run`). The imports are
    checked in the first run only."""
    mine: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    quiet = dataclasses.replace(limits, check_imports=False)
    for i in range(repeat):
        mine.append(ours(doc, ours_dir, limits if i == 0 else quiet))
        if limits.compare_bin is not None:
            others.append(theirs(doc, theirs_dir, limits if i == 0 else quiet))
    # every run writes the same package: the warm runs and the figures below start from it
    return _median_run(mine), _median_run(others) if others else None


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The first run's result with the median CPU seconds, wall seconds and peak of all,
    and the range of their CPU seconds; a failed run is reported as it is."""
    result = dict(runs[0])
    result["runs"] = len(runs)
    if any(r["exit"] != 0 for r in runs):
        return next(r for r in runs if r["exit"] != 0) | {"runs": len(runs)}
    for key in ("cpu_seconds", "seconds", "peak_mb"):
        result[key] = statistics.median(r[key] for r in runs)
    result["cpu_range"] = (min(r["cpu_seconds"] for r in runs), max(r["cpu_seconds"] for r in runs))
    return result


def _compiled() -> None:
    """Both tools run as installed ones do, their modules compiled once: pip compiles a
    wheel's at install (openapi-python-client's, the libraries'), while this repository's
    editable install, with PYTHONDONTWRITEBYTECODE set, would compile ours in every run."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # for the runs measured, children all
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "codegen")],
        check=False,
        stdout=subprocess.DEVNULL,
    )


def _setting(compare_bin: Path | None) -> str:
    """The tools measured, by version, and the machine's load as the run starts."""
    from importlib.metadata import version

    versions = [
        f"{name} {version(name)}"
        for name in ("invoice-codegen", "datamodel-code-generator", "ruff")
    ]
    if compare_bin is not None:
        asked = "from importlib.metadata import version; print(version('openapi-python-client'))"
        ran = subprocess.run(
            [str(compare_bin / "python"), "-c", asked], capture_output=True, text=True, check=False
        )
        versions.append(f"{OPC} {ran.stdout.strip() or '?'}")
    return f"{', '.join(versions)}; {os.cpu_count()} cores, load average {_load()}"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument(
        "--xero",
        type=Path,
        default=ROOT.parent / "shared" / "specs" / "xero_accounting.yaml",
        help="Xero's Accounting description (default: the shared specs beside this repository)",
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
    p.add_argument(
        "--repeat",
        type=_positive,
        default=3,
        help="cold runs of each tool, in pairs; their medians are shown (default: 3)",
    )
    p.add_argument(
        "--only",
        nargs="*",
        default=[],
        help="inputs to run: xero_accounting, api.github.com (default: both)",
    )
    return p


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text}: at least 1")
    return value


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
    f"{'input':18}{'tool':30}{'exit':>6}{'CPU s':>8}{'wall s':>8}{'peak MB':>9}"
    f"{'operations':>12}{'models':>8}  imports"
)


def _row(doc: Document, total: int, tool: str, r: dict[str, Any]) -> str:
    imports = {True: "yes", False: f"NO ({r.get('import_error')})", None: "-"}[r["imports"]]
    return (
        f"{doc.id:18}{tool:30}{r['exit']!s:>6}{r['cpu_seconds']:>8.1f}{r['seconds']:>8.1f}"
        f"{r['peak_mb']:>9.0f}{str(r['operations']) + '/' + str(total):>12}{r['models']:>8}"
        f"  {imports}"
        + (f"  (CPU {r['cpu_range'][0]:.1f}-{r['cpu_range'][1]:.1f} s in {r['runs']} runs)"
           if "cpu_range" in r and r["runs"] > 1 else "")
        + (f"  ({r['error'][:120]})" if r.get("error") else "")
    )  # fmt: skip


_RATIO_HEADER = f"{'input':18}{'ours / ' + OPC:30}{'CPU':>8}{'wall':>8}{'peak':>9}"


def _ratios(doc: Document, rows: list[tuple[Document, int, str, dict[str, Any]]]) -> list[str]:
    by_tool = {tool: r for _, _, tool, r in rows}
    lines = []
    for kind in ("cold", "warm"):
        mine, theirs_ = by_tool.get(f"ours ({kind})"), by_tool.get(f"{OPC} ({kind})")
        if not mine or not theirs_ or mine["exit"] != 0 or theirs_["exit"] != 0:
            continue
        cells = [
            mine[key] / theirs_[key] if theirs_[key] else float("nan")
            for key in ("cpu_seconds", "seconds", "peak_mb")
        ]
        lines.append(
            f"{doc.id:18}{kind:30}"
            + "".join(f"{c:>7.2f}x" for c in cells[:2])
            + f"{cells[2]:>8.2f}x"
        )
    return lines


_EXTRA_HEADER = (
    f"{'input':18}{'import + Client() CPU s':>26}{'per call µs (httpx)':>22}{'check s':>10}"
    "  environment"
)


def _extra_row(doc: Document, f: dict[str, Any]) -> str:
    call = f["call"]
    per_call = (
        f"{call['overhead_us']:.0f} ({call['httpx_us']:.0f})" if "overhead_us" in call else "-"
    )
    return (
        f"{doc.id:18}{f['import_cpu']:>26.3f}{per_call:>22}{f['check_seconds']:>10.2f}"
        f"  {f['environment']}"
    )


_IMPORT = "import {0}; {0}.Client(base_url='http://bench.invalid')"


def _package_figures(doc: Document, package_dir: Path, limits: Limits) -> dict[str, Any]:
    """Import time, per-call overhead and `check` of our package, each in fresh processes."""
    python, env = _installed(package_dir, limits)
    cpu = []
    run([python, "-c", _IMPORT.format(doc.slug)], cwd=package_dir, timeout=120, env=env)  # warm
    for _ in range(5):
        ran = run([python, "-c", _IMPORT.format(doc.slug)], cwd=package_dir, timeout=120, env=env)
        cpu.append(ran.cpu_seconds if ran.exit == 0 else float("nan"))
    probe = run(
        [python, str(Path(__file__).with_name("bench_probe.py")), doc.slug],
        cwd=package_dir,
        timeout=limits.timeout,
        env=env,
    )
    try:
        call = json.loads(probe.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        call = {"error": probe.stderr[-300:]}
    check = run(
        [str(limits.python), "-m", "codegen", "check", "--spec", str(doc.path), "--out", str(package_dir),
         "--name", doc.slug],
        cwd=ROOT,
        timeout=limits.timeout,
        env={**os.environ, "CODEGEN_CACHE_DIR": str(package_dir.parent.parent / "format-cache")},
    )  # fmt: skip
    return {
        "environment": "own" if python != str(limits.python) else "ours",
        "import_cpu": statistics.median(cpu),
        "call": call,
        "check_seconds": check.seconds if check.exit == 0 else float("nan"),
    }


def _installed(package_dir: Path, limits: Limits) -> tuple[str, dict[str, str]]:
    """An interpreter with the package installed as a user would have it: in a virtualenv of
    its own with its dependencies only (this repository's has httpx's command-line extras,
    which `import httpx` loads), its modules compiled; else ours, with bytecode cached."""
    venv = package_dir.parent.parent / "package-venv"
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(package_dir.parent.parent / "pycache")
    if not python.is_file():
        run([str(limits.python), "-m", "venv", str(venv)], cwd=ROOT, timeout=300)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    install = run([*pip, str(package_dir)], cwd=ROOT, timeout=limits.timeout)  # dependencies
    if install.exit == 0:  # and this generation's package, though its version is the same
        install = run([*pip, "--force-reinstall", "--no-deps", str(package_dir)], cwd=ROOT,
                      timeout=limits.timeout)  # fmt: skip
    if install.exit == 0:
        return str(python), env
    print(f"{package_dir.name}: not installed in its own environment ({install.stderr[-200:]})")
    return str(limits.python), {**env, "PYTHONPATH": str(package_dir / "src")}


if __name__ == "__main__":
    sys.exit(main())
