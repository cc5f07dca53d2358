"""``sipalg``: the command-line entry point and its subcommand registry.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``. Only the module of the command being run is imported:
``sipalg probe`` must not pay for the guide database, the provider directory
or Qt (start-up time is part of the time-to-verdict budget). The others are
listed with the one-line help below, so ``sipalg --help`` still shows them all.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.common import COMMANDS, EXIT_INTERNAL, EXIT_USAGE, CliError, OneLineParser

SUBCOMMANDS = COMMANDS


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (after global options), if any.

    None also when ``-h``/``--help`` comes first: ``sipalg --help probe`` shows the
    list of every command, so every command must be in the parser.
    """
    for arg in argv:
        if arg in SUBCOMMANDS:
            return arg
        if not arg.startswith("-") or arg in ("-h", "--help"):
            return None
    return None


def build_parser(only: str | None = None) -> OneLineParser:
    """The parser; with ``only``, just that subcommand's parser is built.

    Without ``only`` (no command, or ``--help`` before it) every command is
    built, for the list in the help and in "invalid choice" errors. With
    ``only``, the others are left out altogether: argparse makes a whole
    parser for each listed command (about 2 M instructions, 0.6 ms each, most
    of it gettext looking for translations of argparse's own words), and
    nothing in this run would show or parse them.
    """
    parser = OneLineParser(
        prog="sipalg",
        description="Find out whether a SIP ALG on your router breaks VoIP calls, and fix it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show internal errors in full")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in SUBCOMMANDS:
        if only is None or name == only:
            importlib.import_module(f"app.cli.{name}_cmd").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(chosen_command(arguments))
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.debug:  # the debug log (a side check's failure, for one) to stderr
        import logging

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        ours = logging.getLogger("sipalg")  # not the root: no library chatter
        ours.addHandler(handler)
        ours.setLevel(logging.DEBUG)
    module = importlib.import_module(f"app.cli.{args.command}_cmd")
    try:
        return int(module.run(args))
    except CliError as exc:
        sys.stderr.write(f"sipalg {args.command}: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("sipalg: interrupted\n")
        return 130
    except BrokenPipeError:  # e.g. `sipalg probe --json | head`: the reader left, not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback in front of a user
        if args.debug:
            raise
        import logging

        logging.getLogger("sipalg").debug("internal error", exc_info=True)
        sys.stderr.write(
            f"sipalg {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(run with --debug for details)\n"
        )
        return EXIT_INTERNAL


def wizard_main() -> int:
    """The ``sipalg-wizard`` gui-script."""
    return main(["wizard", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
