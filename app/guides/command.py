"""What ``sipalg guide [BRAND] [--json]`` does (kept out of the CLI module so the
wizard's tests and the CLI share one implementation)."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.cli.common import CliError
from app.guides.database import bundled
from app.guides.lookup import by_id, search
from app.guides.render import render, to_json, to_text


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


def run_guide(query: str | None, *, as_json: bool) -> int:
    db = bundled()
    if not query:
        if as_json:
            json.dump({"guides": list_json()}, sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(list_text())
        return 0
    fam = by_id(db, query)
    others: list[str] = []
    if fam is None:
        matches = search(db, query)
        if not matches:
            raise CliError(
                f"no guide matches {query!r}; `sipalg guide` lists them all "
                "(the 'generic' guide covers unknown routers)"
            )
        fam = matches[0].family
        others = [m.family.id for m in matches[1:] if m.score >= matches[0].score - 0.1]
    guide = render(fam)
    if as_json:
        doc = to_json(guide)
        doc["other_matches"] = others
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_text(guide))
        if others:
            sys.stdout.write(f"\nOther guides that match {query!r}: {', '.join(others)}\n")
    return 0
