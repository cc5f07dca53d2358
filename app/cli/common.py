"""Shared CLI plumbing: one-line errors, argument types, output helpers.

The contract (docs/architecture.md): exit 0 whenever a diagnosis was completed,
whatever the verdict; non-zero with *one line* on stderr for usage errors and
the like. So argparse's two-line "usage + error" is replaced by one line, and
anything unexpected is caught at the top and reported in one line too.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable

from app.core.numbers import parse_number
from app.core.record import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, NoReturn

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


def terminal_width() -> int:
    """Columns for help text: ``$COLUMNS``, else the terminal's width, else 80.

    What ``shutil.get_terminal_size`` answers, without importing shutil.
    """
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, given the terminal width up front.

    Given no width, argparse's formatter imports ``shutil`` to ask for it, and
    shutil brings bz2, lzma, zlib and fnmatch: about 7 M instructions (2 ms).
    argparse builds a formatter on every ``add_argument()``, so each run paid
    that for help it mostly never prints.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        # -2: argparse's own margin, as when it asks shutil itself
        width = terminal_width() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class OneLineParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

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
