"""A change between two generated packages, its kind, and the version it calls for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

BREAKING, FEATURE, FIX = "breaking", "feature", "fix"
KINDS = (BREAKING, FEATURE, FIX)
HEADINGS = {BREAKING: "Breaking changes", FEATURE: "Features", FIX: "Fixes"}


@dataclass(frozen=True, order=True)
class Change:
    kind: str  # breaking, feature or fix
    level: str  # "wire" (the OpenAPI document) or "python" (the package's API)
    where: str  # `POST /invoices` request body `discount.type`, `acme.models.Invoice`, ...
    what: str  # what happened, in the user's terms
    rule: str  # why it is of that kind

    def line(self) -> str:
        return f"{self.where}: {self.what} ({self.rule})"

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def strongest(changes: Iterable[Change]) -> str | None:
    """The kind that decides the bump: breaking over feature over fix; None when nothing."""
    kinds = {c.kind for c in changes}
    return next((k for k in KINDS if k in kinds), None)


_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)(.*)")


def version_key(version: str) -> tuple[int, int, int]:
    """A version's major, minor and patch numbers, to compare two: 1.2 and 2 read as 1.2.0
    and 2.0.0."""
    m = _SEMVER.fullmatch(version)
    if m is None:
        parts = [int(p) for p in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
        return parts[0], parts[1], parts[2]
    return int(m[1]), int(m[2]), int(m[3])


def next_version(version: str, kind: str | None) -> str:
    """Semver: breaking -> major (minor while 0.x), feature -> minor, fix -> patch."""
    if kind is None:
        return version
    major, minor, patch = version_key(version)
    if kind == BREAKING and major > 0:
        return f"{major + 1}.0.0"
    if kind in (BREAKING, FEATURE):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
