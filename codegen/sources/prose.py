"""Facts a documentation page states only in its prose: enum values, defaults, decimal strings.

A page rendered from an API definition often prints a field as `enum` and names the values
only in sentences: `Must be "LINE_ITEMS" or "PERCENTAGE"`, `set SENT, PARTIALLY_PAID, or PAID`,
`when status is SENT/PARTIALLY_PAID/PAID`. The rule here is general: the values of a field
are the upper-case tokens (quoted or listed) in the prose about that field (its descriptions,
its item in the page's introduction) and in phrases `<field> is <VALUE>` anywhere on the page.
Values named only in sentences that say they cannot be set are left out of what a request may
send, and kept for what a response may hold.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

# an upper-case token not glued to a word before it: `PAIDissueDate` still gives `PAID`
_TOKEN = re.compile(r"(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Z0-9_])")
# well-known abbreviations that name no value when they stand unquoted in a sentence
_ABBREVIATIONS = frozenset(
    {
        "API",
        "CSV",
        "HTML",
        "HTTP",
        "HTTPS",
        "ID",
        "IDS",
        "ISO",
        "JSON",
        "PDF",
        "URI",
        "URL",
        "UTC",
        "UUID",
        "XML",
    }
)
_NEGATION = re.compile(
    r"\b(?:cannot|can't|can not|must not|may not|not allowed|not be|never)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_BULLET = re.compile(r"(?:^|\s)-\s+(?=`?[A-Za-z_$][\w$.\-]*`?\s*:)")
_BULLET_OWNER = re.compile(r"^`?(?P<name>[A-Za-z_$][\w$.\-]*)`?\s*:\s*")
_VALUE_LIST = r'"?[A-Z][A-Z0-9_]*"?(?:\s*(?:/|,|\bor\b|\band\b)\s*"?[A-Z][A-Z0-9_]*"?)*'
_DEFAULT = re.compile(r"\bdefaults? to\s+[\"'`]?(?P<value>[\w.\-]+)", re.IGNORECASE)
_DECIMAL_STRING = re.compile(r"\bdecimal string\b", re.IGNORECASE)


@dataclass(frozen=True)
class Prose:
    """A piece of prose on the page; `owner` is the field it describes, if any."""

    line: int
    text: str
    owner: str | None = None


@dataclass(frozen=True)
class EnumEvidence:
    """What the prose says of one field's values, in the order the page names them."""

    values: tuple[str, ...]
    not_settable: tuple[str, ...]  # named only in sentences saying they cannot be set
    lines: tuple[int, ...]  # where they were read

    @property
    def settable(self) -> tuple[str, ...]:
        return tuple(v for v in self.values if v not in self.not_settable)


def intro_items(text: str, line: int) -> list[Prose]:
    """Split an introduction into its list items; `- \\`name\\`: ...` is about field `name`."""
    out: list[Prose] = []
    for part in _BULLET.split(text):
        part = part.strip()
        if not part:
            continue
        owner = _BULLET_OWNER.match(part)
        out.append(Prose(line, part, owner["name"] if owner else None))
    return out


def enum_evidence(name: str, prose: Sequence[Prose], fields: Collection[str]) -> EnumEvidence:
    """The values the prose names for field `name` (see the module's docstring).

    `fields` are the page's field names: `<other field> is VALUE` in this field's own prose
    is about the other field, and gives this one nothing.
    """
    mentions = re.compile(rf"`?\b{re.escape(name)}\b`?\s+is\s+(?P<values>{_VALUE_LIST})")
    others = sorted((f for f in fields if f != name), key=lambda f: (-len(f), f))
    about_others = (
        re.compile(rf"`?\b(?:{'|'.join(map(re.escape, others))})\b`?\s+is\s+{_VALUE_LIST}")
        if others
        else None
    )
    values: list[str] = []
    negated: set[str] = set()
    positive: set[str] = set()
    lines: list[int] = []
    for piece in sorted(prose, key=lambda p: p.line):
        own = piece.text if piece.owner == name else ""
        if own and about_others is not None:
            own = about_others.sub(" ", own)
        texts = [own] if own else []
        texts += [m["values"] for m in mentions.finditer(piece.text)]
        for text in texts:
            for sentence in _SENTENCE_END.split(text):
                found = _tokens(sentence)
                if not found:
                    continue
                lines.append(piece.line)
                bucket = negated if _NEGATION.search(sentence) else positive
                for token in found:
                    bucket.add(token)
                    if token not in values:
                        values.append(token)
    return EnumEvidence(
        tuple(values),
        tuple(v for v in values if v in negated and v not in positive),
        tuple(sorted(set(lines))),
    )


def default_value(name: str, prose: Sequence[Prose]) -> str | None:
    """The value the prose says field `name` takes when omitted (`defaults to DRAFT`)."""
    for piece in sorted(prose, key=lambda p: p.line):
        if piece.owner == name and (match := _DEFAULT.search(piece.text)):
            return match["value"]
    return None


def says_decimal_string(text: str) -> bool:
    """Whether a description says the value is a decimal number written as a string."""
    return bool(_DECIMAL_STRING.search(text))


def _tokens(sentence: str) -> list[str]:
    out: list[str] = []
    for match in _TOKEN.finditer(sentence):
        token = match.group()
        quoted = sentence[match.start() - 1 : match.start()] in ('"', "'", "`")
        if len(token) < 2 or (token in _ABBREVIATIONS and not quoted):
            continue
        if token not in out:
            out.append(token)
    return out
