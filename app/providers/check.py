"""``python -m app.providers.check [DIR]``: validate the provider directory, for contributors.

Loads every provider file and ``public_servers.toml`` with the same rules the
app uses (so cross-file rules run too), then prints how many providers there
are per country and per kind, and how many publish no server name. Exit
status 1 and one line naming the file and field on the first problem.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from app.providers.database import load_directory
from app.providers.schema import COUNTRY_NAMES, ProviderFormatError


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        print("usage: python -m app.providers.check [DIRECTORY]", file=sys.stderr)
        return 2
    try:
        directory = load_directory(Path(args[0]) if args else None)
    except ProviderFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    providers = directory.providers
    no_server = sum(1 for p in providers if not p.servers)
    print(f"ok: {len(providers)} providers, {no_server} of them publish no server name")
    print("per country:")
    per_country = Counter(c for p in providers for c in p.countries)
    for code in sorted(per_country):
        print(f"  {code} {COUNTRY_NAMES[code]}: {per_country[code]}")
    print("per kind:")
    for kind, n in sorted(Counter(p.kind for p in providers).items()):
        print(f"  {kind}: {n}")
    print("what providers say about SIP ALG:")
    for advice, n in sorted(Counter(p.alg_advice for p in providers).items()):
        print(f"  {advice}: {n}")
    if directory.public is None:
        print("public servers: none (no public_servers.toml)")
    else:
        names = ", ".join(s.host for s in directory.public.services)
        print(f"public servers ({directory.public.method} only): {names}")
    return 0


if __name__ == "__main__":
    from app.core.data_check import run_quietly_piped

    raise SystemExit(run_quietly_piped(main))
