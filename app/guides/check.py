"""``python -m app.guides.check [FILE ...]``: validate guide files, for contributors.

With no arguments it loads the whole bundled database (so cross-file rules run
too) and prints a count per confidence level.
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
    fams = list(db.families())
    print(f"ok: {len(db.brands)} brands, {len(fams)} families")
    for level, n in sorted(Counter(f.confidence for f in fams).items()):
        print(f"  {level}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
