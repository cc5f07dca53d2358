"""``python -m app.guides.check [FILE ...]``: validate guide files, for contributors.

With no arguments it loads the whole bundled database (so cross-file rules run
too) and prints the counts: families, brands and sources, then families by
kind, by confidence and by what they can switch off, and sources by kind.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from app.core.resources import resource_path
from app.guides.database import GuideDatabase, load_directory, load_file
from app.guides.schema import GuideFormatError


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if args:
            mine = [load_file(Path(a)) for a in args]
            # Cross-file rules against the other files that load on their own, so
            # that one contributor's half-written file does not block another's.
            names = {Path(a).resolve() for a in args}
            others = []
            for p in sorted(resource_path("guides").glob("*.toml")):
                if p.resolve() in names:
                    continue
                try:
                    others.append(load_file(p))
                except GuideFormatError as exc:
                    print(f"note: skipped {p.name}: {exc}", file=sys.stderr)
            GuideDatabase(brands=(*mine, *others))
            db = GuideDatabase(brands=tuple(mine))
        else:
            db = load_directory(resource_path("guides"))
    except GuideFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(report(db))
    return 0


def counts(db: GuideDatabase) -> dict[str, dict[str, int]]:
    """The numbers the README and COVERAGE.md quote, in one place (a test reads them)."""
    fams = list(db.families())
    sources = [s for f in fams for s in f.sources]
    return {
        "total": {"brands": len(db.brands), "families": len(fams), "sources": len(sources)},
        "kind": dict(sorted(Counter(f.kind for f in fams).items())),
        "confidence": dict(sorted(Counter(f.confidence for f in fams).items())),
        "source kind": dict(sorted(Counter(s.kind for s in sources).items())),
        "can_disable": dict(sorted(Counter(f.can_disable for f in fams).items())),
    }


def report(db: GuideDatabase) -> str:
    c = counts(db)
    t = c["total"]
    lines = [f"ok: {t['brands']} brands, {t['families']} families, {t['sources']} sources"]
    for heading in ("kind", "confidence", "source kind", "can_disable"):
        lines.append(f"by {heading}:")
        lines += [f"  {name}: {n}" for name, n in c[heading].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    from app.core.data_check import run_quietly_piped

    raise SystemExit(run_quietly_piped(main))
