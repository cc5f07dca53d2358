"""``sipalg guide [BRAND]``: list the router guides, or show one."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "guide",
        help="list router guides, or show how to turn SIP ALG off",
        description="Without BRAND: list every brand and family. With BRAND "
        "(a brand, model or guide id; typos are forgiven): show "
        "the steps.",
    )
    p.add_argument("brand", nargs="?", metavar="BRAND")
    p.add_argument("--json", action="store_true", help="print JSON on stdout")


def run(args: argparse.Namespace) -> int:
    from app.guides.command import run_guide

    return int(run_guide(args.brand, as_json=args.json))
