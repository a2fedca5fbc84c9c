"""The corpus run: our generator and openapi-python-client over the same real-world documents.

For every document listed, each tool's exit status (and first error line), whether every module
of the package it wrote imports, operations generated out of the document's path x method
pairs, and models generated; then the totals of both tools side by side, `mypy --strict` over
our packages for the smallest documents that generate, and openapi-spec-validator's word on
the documents we reject as bad input. Everything printed is also written as JSON.

    python scripts/corpus.py [--only TEXT] [--limit N] [--no-compare]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from corpus_docs import Document, count_operations, listed, load
from corpus_summary import failure_groups, print_failures, print_totals, totals
from corpus_tools import OPC, Limits, ours, theirs
from package_checks import mypy_strict, spec_validator

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out: Path = args.out
    path = out / "corpus-report.json"
    if args.summary_only:  # the summary of the last run again, e.g. after changing it
        report = json.loads(path.read_text(encoding="utf-8"))
        _summarize(report["results"], report["mypy_strict"], report["elapsed_seconds"], args)
        return 0
    docs = listed(args.list, args.corpus)
    if args.only:
        docs = [d for d in docs if any(text in d.id for text in args.only)]
    docs = docs[: args.limit] if args.limit else docs
    compare_bin = None if args.no_compare else args.compare_bin
    if compare_bin is not None and not (compare_bin / "openapi-python-client").is_file():
        print(f"{compare_bin}: no openapi-python-client (run `make corpus`, or pass --no-compare)")
        return 2
    limits = Limits(
        timeout=args.timeout,
        python=Path(sys.executable),
        compare_bin=compare_bin,
        run_tests=not args.no_package_tests,
    )
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    results = _each_document(docs, out, limits, args.workers)
    mypy = _mypy_smallest(results, docs, out, limits, args.mypy_count, args.workers)
    elapsed = time.perf_counter() - started
    all_totals, groups = _summarize(results, mypy, elapsed, args)

    report = {
        "documents": len(docs),
        "timeout_seconds": args.timeout,
        "workers": args.workers,
        "elapsed_seconds": round(elapsed, 1),
        "totals": all_totals,
        "mypy_strict": mypy,
        "failures": groups,
        "results": results,
    }
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"report: {path}")
    return 0


def _summarize(
    results: list[dict[str, Any]],
    mypy: list[dict[str, Any]],
    elapsed: float,
    args: argparse.Namespace,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Print the totals of both tools, the checks and our failures by cause; return them."""
    all_totals = {
        tool: totals(results, tool) for tool in ("ours", OPC) if results and tool in results[0]
    }
    print_totals(all_totals)
    passed = sum(1 for m in mypy if m["passes"])
    print(
        f"\nmypy --strict over our packages of the {len(mypy)} smallest generating documents:"
        f" {passed}/{len(mypy)} pass"
    )
    for m in mypy:
        if not m["passes"]:
            print(f"  {m['id']}: {m['first_error']}")
    _print_validator_disagreements(results)
    groups = {tool: failure_groups(results, tool) for tool in all_totals}
    print_failures(groups["ours"], "ours")
    print(f"\nwhole run: {elapsed:.0f} s with {args.workers} workers")
    return all_totals, groups


def _parser() -> argparse.ArgumentParser:
    shared = ROOT.parent / "shared" / "corpus"
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--corpus", type=Path, default=shared / "apis-guru", help="documents folder")
    p.add_argument("--list", type=Path, default=shared / "apis-guru.txt", help="ids, one a line")
    p.add_argument("--out", type=Path, default=ROOT / ".corpus-out", help="work and report folder")
    p.add_argument(
        "--compare-bin",
        type=Path,
        default=ROOT / ".venv-compare" / "bin",
        help="bin folder of the virtualenv holding openapi-python-client",
    )
    p.add_argument("--no-compare", action="store_true", help="run our generator only")
    p.add_argument("--no-package-tests", action="store_true", help="skip our packages' own tests")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--timeout", type=float, default=300.0, help="seconds per document and tool")
    p.add_argument("--mypy-count", type=int, default=10, help="smallest generating documents")
    p.add_argument("--only", action="append", help="ids containing this text (repeatable)")
    p.add_argument("--limit", type=int, help="the first N documents only")
    p.add_argument("--summary-only", action="store_true", help="summarize the last run's report")
    return p


def _each_document(
    docs: list[Document], out: Path, limits: Limits, workers: int
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # the largest first, so that no long run is left alone at the end with a worker idle
        by_size = sorted(docs, key=lambda d: (-d.size, d.id))
        futures = [pool.submit(_one, doc, out, limits) for doc in by_size]
        for done, future in enumerate(as_completed(futures), 1):
            result = future.result()
            results.append(result)
            print(f"[{done}/{len(docs)}] {_line(result)}", flush=True)
    return sorted(results, key=lambda r: str(r["id"]))


def _one(doc: Document, out: Path, limits: Limits) -> dict[str, Any]:
    result: dict[str, Any] = {"id": doc.id, "file": doc.path.name, "bytes": doc.size}
    try:
        result["operations_in_document"] = count_operations(load(doc.path))
    except ValueError as exc:  # JSON or YAML that does not parse: both tools will say so too
        result["operations_in_document"] = 0
        result["load_error"] = str(exc).splitlines()[0]
    result["ours"] = ours(doc, out / "ours" / doc.slug, limits)
    if result["ours"]["exit"] == 2:
        # bad input is the right answer only where the spec's own validator agrees
        result["ours"]["validator"] = spec_validator(
            limits.python, doc.path, timeout=limits.timeout
        )
    if limits.compare_bin is not None:
        result[OPC] = theirs(doc, out / "opc" / doc.slug, limits)
    return result


def _line(result: dict[str, Any]) -> str:
    total = result["operations_in_document"]
    parts = [result["id"]]
    for tool, label in (("ours", "ours"), (OPC, "opc")):
        t = result.get(tool)
        if t is None:
            continue
        if t["exit"] != 0:
            parts.append(f"{label}: exit {t['exit']} ({t.get('error', '')[:160]})")
            continue
        imports = "imports" if t["imports"] else f"IMPORT FAILS ({t.get('import_error')})"
        parts.append(
            f"{label}: exit 0, {imports}, ops {t['operations']}/{total}, models {t['models']}"
            f" ({t['seconds']:.1f} s)"
        )
        if "tests" in t:
            tests = t["tests"]
            verdict = "tests pass" if tests["exit"] == 0 else f"TESTS FAIL (exit {tests['exit']})"
            parts[-1] += f", {verdict}: {tests['passed']} passed, {tests['failed']} failed"
    return " | ".join(parts)


def _mypy_smallest(
    results: list[dict[str, Any]],
    docs: list[Document],
    out: Path,
    limits: Limits,
    count: int,
    workers: int,
) -> list[dict[str, Any]]:
    generated = {r["id"] for r in results if r["ours"]["exit"] == 0}
    smallest = sorted((d for d in docs if d.id in generated), key=lambda d: (d.size, d.id))[:count]

    def check(doc: Document) -> dict[str, Any]:
        passes, detail = mypy_strict(limits.python, out / "ours" / doc.slug, timeout=limits.timeout)
        return {"id": doc.id, "passes": passes, "first_error": detail}

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(check, smallest))


def _print_validator_disagreements(results: list[dict[str, Any]]) -> None:
    rejected = [r for r in results if r["ours"]["exit"] == 2]
    agree = [r for r in rejected if str(r["ours"].get("validator", "")).startswith("invalid")]
    print(
        f"\nexit 2 (bad input): {len(rejected)} documents; openapi-spec-validator also rejects"
        f" {len(agree)}"
    )
    for r in rejected:
        if r not in agree:
            print(
                f"  DISAGREE {r['id']}: ours: {r['ours'].get('error', '')[:160]}"
                f" | validator: {r['ours'].get('validator')}"
            )


if __name__ == "__main__":
    sys.exit(main())
