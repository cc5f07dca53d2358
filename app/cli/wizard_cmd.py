"""``sipalg wizard``: open the graphical wizard."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import COMMANDS


def add_parser(sub: Any) -> None:
    sub.add_parser("wizard", help=COMMANDS["wizard"])


def run(args: argparse.Namespace) -> int:
    from app.cli.common import CliError

    try:
        from app.ui.launch import launch
    except ImportError as exc:
        raise CliError(
            "the graphical wizard needs PySide6; install it with pip install 'sip-alg-doctor[gui]'"
        ) from exc
    return int(launch())
