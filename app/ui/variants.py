"""Which version of a guide's steps fits the router that was detected.

A guide often has several "variants" (the current web interface, an older
one, the app); the wizard showed them all, one after another, so a user had
to work out which was theirs. The detected model ("Archer AX55", "TL-WR740N")
is compared with each variant's name and ``applies_to`` text: a model word
named there counts most, a series prefix ("TL-WR" for "TL-WR740N") less. Pure
(no Qt) so it is easy to test; it lives in ``app.ui`` because only the wizard
uses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from app.guides.render import RenderedVariant

V = TypeVar("V", bound=RenderedVariant)

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def score(variant: RenderedVariant, model: str) -> int:
    """How strongly ``variant`` names ``model``: 2 per model word it names, 1 per prefix."""
    named = _words(f"{variant.name} {variant.applies_to or ''}")
    total = 0
    for word in _words(model):
        if len(word) < 3:
            continue  # "of", "v2", "2" name nothing
        if word in named:
            total += 2
        elif any(len(n) >= 3 and word.startswith(n) for n in named):
            total += 1  # "tl-wr740n" in a variant for "TL-WR routers"
    return total


def fitting_first(variants: Sequence[V], model: str | None) -> tuple[list[V], bool]:
    """The variants with the one that fits ``model`` first, and whether one did.

    A tie between the best two counts as no fit: the page must not pretend to
    know which interface the user has.
    """
    ordered = list(variants)
    if not model or len(ordered) < 2:
        return ordered, False
    scores = [score(v, model) for v in ordered]
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return ordered, False
    i = scores.index(best)
    return [ordered[i], *ordered[:i], *ordered[i + 1 :]], True
