"""Shared CLI plumbing: one-line errors, argument types, output helpers.

The contract (DESIGN.md §2): exit 0 whenever a diagnosis was completed,
whatever the verdict; non-zero with *one line* on stderr for usage errors and
the like. So argparse's two-line "usage + error" is replaced by one line, and
anything unexpected is caught at the top and reported in one line too.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from app.protocols.digits import parse_number

EXIT_USAGE = 2
EXIT_INTERNAL = 70


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_USAGE)


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value


def port_number(text: str) -> int:
    port = parse_number(text, 1, 65535)
    if port is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return port
