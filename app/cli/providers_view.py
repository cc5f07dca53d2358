"""What ``sipalg providers`` prints: the directory as text or JSON (CLI layer)."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from app.cli.common import CliError
from app.providers.database import Directory, bundled
from app.providers.render import (
    country_label,
    listing_text,
    provider_json,
    provider_text,
    public_json,
)
from app.providers.schema import COUNTRY_NAMES


def _country(code: str | None) -> str | None:
    if code is None:
        return None
    norm = code.strip().upper()
    if norm == "UK":  # what people type; ISO says GB
        norm = "GB"
    if norm not in COUNTRY_NAMES:
        known = ", ".join(sorted(COUNTRY_NAMES))
        raise CliError(f"unknown country code {code[:10]!r}; the directory covers {known}")
    return norm


def _dump(doc: dict[str, Any], out: TextIO) -> None:
    json.dump(doc, out, indent=2, ensure_ascii=False)
    out.write("\n")


def run_providers(
    query: str | None,
    *,
    country: str | None = None,
    as_json: bool = False,
    directory: Directory | None = None,
    out: TextIO | None = None,
) -> int:
    out = sys.stdout if out is None else out
    directory = bundled() if directory is None else directory
    code = _country(country)
    providers = list(directory.providers)
    if code is not None:
        providers = [p for p in providers if code in p.countries]
        directory = Directory(providers=tuple(providers), public=directory.public)
    if not query or not query.strip():
        countries = [code] if code else sorted({c for p in providers for c in p.countries})
        if as_json:
            _dump(
                {
                    "count": len(providers),
                    "country": code,
                    "providers": [provider_json(p) for p in providers],
                    "by_country": {
                        c: sorted(p.id for p in providers if c in p.countries) for c in countries
                    },
                    "public_servers": None
                    if directory.public is None
                    else public_json(directory.public),
                },
                out,
            )
        else:
            out.write(listing_text(providers, countries))
        return 0

    matches = directory.find(query)
    if not matches:
        near = directory.suggest(query)
        if as_json:
            _dump(
                {
                    "query": query,
                    "country": code,
                    "match": None,
                    "other_matches": [],
                    "suggestions": [p.id for p in near],
                },
                out,
            )
        else:
            where = f" in {country_label(code)}" if code else ""
            out.write(f"No provider in the directory matches {query[:80]!r}{where}.\n")
            if near:
                out.write(f"Closest names: {', '.join(p.name for p in near)}.\n")
            out.write(
                "`sipalg providers` lists every provider we know. If yours is not there, "
                "use the server from your phone's SIP settings: sipalg probe --sip-server NAME\n"
            )
        return 0

    best = matches[0]
    others = [m.provider.id for m in matches[1:] if m.score >= best.score - 0.15]
    if as_json:
        _dump(
            {
                "query": query,
                "country": code,
                "match": provider_json(best.provider),
                "score": best.score,
                "matched_by": best.why,
                "other_matches": others,
                "suggestions": [],
            },
            out,
        )
    else:
        out.write(provider_text(best.provider))
        if others:
            out.write(f"\nOther providers that match {query[:80]!r}: {', '.join(others)}\n")
    return 0
