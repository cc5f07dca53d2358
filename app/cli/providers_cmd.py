"""``sipalg providers [NAME]``: list the VoIP provider directory, or show one provider."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import COMMANDS


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "providers",
        help=COMMANDS["providers"],
        description="Without NAME: list every provider in the directory, grouped by "
        "country. With NAME (a provider name, alias or server name; typos are "
        "forgiven): show its published SIP servers, what it says about SIP ALG, and "
        "where `sipalg probe --provider` would send its probes.",
    )
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument(
        "--country",
        metavar="XX",
        help="only providers in this country (ISO code, e.g. US, GB, DE, AU)",
    )
    p.add_argument("--json", action="store_true", help="print JSON on stdout")


def run(args: argparse.Namespace) -> int:
    # Imported here: every subcommand module is loaded to build the parser, and
    # `sipalg probe` must not pay for the provider directory.
    from app.cli.providers_view import run_providers

    return run_providers(args.name, country=args.country, as_json=args.json)
