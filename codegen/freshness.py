"""Is a generated package current? Answered from its lock file by hashes, without generating.

What `codegen check` reports, each distinctly, and what lets `codegen generate` skip a
provider with nothing to do: inputs changed since generation, outputs edited by hand (or
missing), and a generator or output-shaping library whose version differs from the one
recorded (then only generating again can tell whether the output changes).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from codegen.lock import LOCK_NAME, Lock, file_sha256, input_hashes


@dataclass
class Freshness:
    package_dir: Path
    no_lock: bool = False
    inputs_changed: list[str] = field(default_factory=list)  # added, removed or edited
    edited: list[str] = field(default_factory=list)  # outputs that differ from what was written
    missing: list[str] = field(default_factory=list)
    versions: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (then, now)

    @property
    def current(self) -> bool:
        return not (
            self.no_lock or self.inputs_changed or self.edited or self.missing or self.versions
        )

    def lines(self) -> list[str]:
        """One line per finding, for people."""
        out = []
        if self.no_lock:
            out.append(f"{self.package_dir}: no {LOCK_NAME}: not generated yet (or by hand)")
        out += [
            f"{self.package_dir}: input changed since generation: {p}" for p in self.inputs_changed
        ]
        out += [f"{self.package_dir}: output edited by hand: {p}" for p in self.edited]
        out += [f"{self.package_dir}: output missing: {p}" for p in self.missing]
        out += [
            f"{self.package_dir}: generated with {name} {then}, now {now}"
            for name, (then, now) in sorted(self.versions.items())
        ]
        return out


def freshness(
    lock: Lock | None, package_dir: Path, source: Path, generator: dict[str, str]
) -> Freshness:
    """Compare what `lock` recorded with the inputs, outputs and generator as they are now."""
    found = Freshness(package_dir)
    if lock is None:
        found.no_lock = True
        return found
    found.versions = {
        name: (lock.generator.get(name, "none"), now)
        for name, now in generator.items()
        if lock.generator.get(name) != now
    }
    inputs = input_hashes(source, package_dir)
    found.inputs_changed = sorted(
        _shown(package_dir, rel)
        for rel in set(inputs) | set(lock.inputs)
        if inputs.get(rel) != lock.inputs.get(rel)
    )
    for rel, digest in sorted(lock.files.items()):
        now = file_sha256(package_dir / rel)
        if now is None:
            found.missing.append(rel)
        elif now != digest:
            found.edited.append(rel)
    return found


def _shown(package_dir: Path, rel: str) -> str:
    """An input's path as a user finds it from the current folder."""
    return os.path.normpath(os.path.relpath(package_dir / rel))
