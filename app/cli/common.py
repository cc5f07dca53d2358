"""Shared CLI plumbing: one-line errors, argument types, output helpers.

The contract (docs/architecture.md): exit 0 whenever a diagnosis was completed,
whatever the verdict; non-zero with *one line* on stderr for usage errors and
the like. So argparse's two-line "usage + error" is replaced by one line, and
anything unexpected is caught at the top and reported in one line too.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from app.core.numbers import parse_number

# The subcommands and their one-line help: ``sipalg --help`` lists them all
# without importing any (see app/cli/main.py), and each module's own parser
# uses the same words.
COMMANDS: dict[str, str] = {
    "probe": "test the path to a reflector or a SIP server for a SIP ALG",
    "reflector": "run the reflector (the server side of the probes)",
    "guide": "list router guides, or show how to turn SIP ALG off",
    "providers": "list VoIP providers and their SIP servers, or look one up",
    "call": "place a short test call to a reflector: set-up, audio both ways, call quality",
    "wizard": "open the graphical troubleshooting wizard",
}

EXIT_USAGE = 2
EXIT_INTERNAL = 70


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_USAGE)


_DECIMAL_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)


def plain_decimal(text: str) -> float | None:
    """A number in plain decimal notation ("10", "2.5", ".5", "-1"), else None.

    ``float()`` also takes "nan", "inf", "1e309", "1_0" and other scripts'
    digits. On a command line those are typos, and NaN is worse than a typo:
    every comparison with it is false, so range checks pass it and a rate
    limit built from it lets everything through.
    """
    text = text.strip()
    return float(text) if _DECIMAL_RE.fullmatch(text) else None


def number_between(low: float, high: float, unit: str = "") -> Callable[[str], float]:
    """An argparse type: a plain decimal number from *low* to *high* inclusive."""

    def parse(text: str) -> float:
        value = plain_decimal(text)
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a number from {low:,g} to {high:,.0f}{unit}"
            )
        return value

    return parse


def positive_float(text: str) -> float:
    value = plain_decimal(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value


def whole_number(text: str) -> int:
    """An argparse type: ASCII digits only (range checks are the caller's)."""
    value = parse_number(text.strip(), 0, 10**9)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return value


def port_number(text: str) -> int:
    port = parse_number(text, 1, 65535)
    if port is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return port


def port_or_zero(text: str) -> int:
    """A port, or 0 for "off"."""
    port = parse_number(text, 0, 65535)
    if port is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535) or 0 (off)")
    return port
