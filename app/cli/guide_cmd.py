"""``sipalg guide [BRAND] [--json]``: list the router guides, or show one.

A look-up never ends empty-handed: when nothing specific matches (generic
words such as "my router", a product line with no guide yet, or a typo too far
from anything) the generic guide is shown, with one line saying why, and the
exit status is 0 — the user asked for help and got the best help we have.

``--json`` prints the rendered guide (``app.guides.render.to_json``: id,
brand, kind, can_disable, has_sip_alg, steps, sources, ...) plus how it was
found: ``matched`` (false when the generic guide stands in), ``match_reason``
("guide id", "matched", "generic-words", "not-covered", "no-match"),
``not_covered`` (the product line that has no guide yet, or null),
``message`` (the one line the text output starts with, or null) and
``matches``, the ordered list of guides that fit (a brand alone: home
products first), each as id, label and kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import COMMANDS, CliError
from app.guides.database import bundled
from app.guides.lookup import Lookup, by_id, find
from app.guides.render import render, to_json, to_text
from app.guides.schema import Family


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "guide",
        help=COMMANDS["guide"],
        description="Without BRAND: list every brand and family. With BRAND "
        "(a brand, model or guide id; typos are forgiven): show "
        "the steps. When nothing specific matches, the generic guide is shown.",
    )
    p.add_argument("brand", nargs="?", metavar="BRAND")
    p.add_argument("--json", action="store_true", help="print JSON on stdout")


def run(args: argparse.Namespace) -> int:
    return run_guide(args.brand, as_json=args.json)


def list_json() -> list[dict[str, Any]]:
    return [
        {
            "id": f.id,
            "brand": f.brand,
            "name": f.name,
            "kind": f.kind,
            "confidence": f.confidence,
            "can_disable": f.can_disable,
            "reviewed": f.reviewed.isoformat(),
        }
        for f in bundled().families()
    ]


def list_text() -> str:
    db = bundled()
    lines = []
    for brand in db.brands:
        for fam in brand.families:
            lines.append(f"  {fam.id:<32} {brand.name} — {fam.name}")
    n_fam = sum(len(b.families) for b in db.brands)
    head = f"{n_fam} guides for {len(db.brands)} brands. Show one with: sipalg guide <brand or id>"
    return head + "\n\n" + "\n".join(lines) + "\n"


def _entry(fam: Family) -> dict[str, str]:
    return {"id": fam.id, "label": fam.label, "kind": fam.kind}


def run_guide(query: str | None, *, as_json: bool) -> int:
    db = bundled()
    if not query or not query.strip():
        if as_json:
            json.dump({"guides": list_json()}, sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(list_text())
        return 0
    exact = by_id(db, query)
    if exact is not None:
        found = Lookup(query, (), None, "matched")
        fam: Family | None = exact
        ordered = [exact]
    else:
        found = find(db, query)
        fam = found.best
        # the brand's own families (home first) and near misses, not every faint echo
        top = found.matches[0].score if found.matches else 0.0
        ordered = [m.family for m in found.matches if m.score >= top - 0.1]
    if fam is None:  # only if the database lost its generic guide
        raise CliError(f"no guide matches {query!r}; `sipalg guide` lists them all")
    guide = render(fam)
    others = [f for f in ordered if f is not fam]
    if as_json:
        doc = to_json(guide)
        doc["matched"] = exact is not None or found.matched
        doc["match_reason"] = "guide id" if exact is not None else found.reason
        doc["not_covered"] = found.not_covered
        doc["message"] = found.message
        doc["matches"] = [_entry(f) for f in ordered]
        doc["other_matches"] = [f.id for f in others]
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        if found.message:
            sys.stdout.write(found.message + "\n\n")
        sys.stdout.write(to_text(guide))
        if others:
            sys.stdout.write(f"\nOther guides that match {query!r}, in order:\n")
            sys.stdout.writelines(f"  {f.id:<32} {f.label}\n" for f in others)
    return 0
