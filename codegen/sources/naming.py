"""Names a reader gives to what a page leaves unnamed: operations and inferred models.

Every name here is a pure function of the text it comes from, so the same page always
gives the same names. Making them safe Python identifiers is the IR's job, not this one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9]+")

# plural endings, most specific first: (ending, replacement)
_PLURALS = (
    ("ies", "y"),
    ("sses", "ss"),
    ("shes", "sh"),
    ("ches", "ch"),
    ("xes", "x"),
    ("zzes", "zz"),
    ("tuses", "tus"),
)
_NOT_PLURAL = ("ss", "us", "is")


def pascal(text: str) -> str:
    """`lineItems` -> `LineItems`, `line_items` -> `LineItems`, `Create Invoice` -> `CreateInvoice`.

    Capitals inside a word are kept: the page's own camel case carries the word breaks.
    """
    return "".join(w[0].upper() + w[1:] for w in _WORD.findall(text))


def camel(text: str) -> str:
    """`Create Invoice Line Item` -> `createInvoiceLineItem` (an operationId from a title)."""
    name = pascal(text)
    return name[:1].lower() + name[1:]


def singular(name: str) -> str:
    """The singular of a plural property name: `Addresses` -> `Address`, `Phones` -> `Phone`.

    English plurals by their ending; a name that does not look plural is returned unchanged.
    """
    lower = name.lower()
    for ending, replacement in _PLURALS:
        if lower.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)] + _same_case(name[-len(ending)], replacement)
    if lower.endswith("s") and not lower.endswith(_NOT_PLURAL) and len(name) > 2:
        return name[:-1]
    return name


def item_name(array_name: str) -> str:
    """The model name for the objects in an array property: its singular, else `<Name>Item`."""
    base = pascal(array_name)
    one = singular(base)
    return one if one != base else f"{base}Item"


def _same_case(model: str, text: str) -> str:
    return text.upper() if model.isupper() else text
