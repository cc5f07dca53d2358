"""``sipalg probe``: run the ALG probes and print the diagnosis."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import COMMANDS, CliError, port_number, positive_float, whole_number
from app.core.constants import CONTROL_PORT, SIP_PORT
from app.core.record import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

SYMPTOM_CHOICES = (
    "one_way_audio",
    "drops_after_30s",
    "no_ring",
    "straight_to_voicemail",
    "registration_drops",
    "choppy_audio",
    "not_sure",
)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "probe",
        help=COMMANDS["probe"],
        description="Send realistic SIP test messages and report whether anything on the way "
        "rewrites or drops them.",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--reflector",
        metavar="HOST[:PORT]",
        help="a SIP ALG Doctor reflector; without a port it is located like a SIP server "
        f"(DNS SRV, else port {SIP_PORT})",
    )
    where.add_argument(
        "--sip-server",
        metavar="HOST[:PORT]",
        help="provider mode: any standard SIP server, e.g. your VoIP provider's; a domain "
        "without a port is located as phones do it (RFC 3263: NAPTR, SRV, A/AAAA)",
    )
    where.add_argument(
        "--provider",
        metavar="NAME",
        help="provider mode against the servers your VoIP provider publishes "
        "(see `sipalg providers`)",
    )
    where.add_argument(
        "--public",
        action="store_true",
        help="provider mode against a built-in list of public SIP services that answer "
        "OPTIONS (for when you do not know your provider's server; it cannot check INVITE/SDP)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument(
        "--timeout",
        type=positive_float,
        default=5.0,
        metavar="S",
        help="deadline for each server tried, in seconds (default: 5; at most "
        "3 servers are tried when one does not answer)",
    )
    p.add_argument(
        "--transport",
        choices=("udp", "tcp", "both"),
        default=None,
        help="which transports to probe (default: both; udp in provider mode)",
    )
    p.add_argument(
        "--control-port",
        type=port_number,
        default=None,
        metavar="PORT",
        help=f"the reflector's non-SIP control port (default: {CONTROL_PORT})",
    )
    p.add_argument(
        "--symptom",
        action="append",
        choices=SYMPTOM_CHOICES,
        default=[],
        help="what you experience (repeatable); the report relates findings to it",
    )
    p.add_argument(
        "--stun",
        action="append",
        metavar="HOST[:PORT]",
        default=None,
        help="STUN server for the NAT tests (repeatable; default: the reflector's "
        "own STUN responder, else a built-in list of public servers)",
    )
    p.add_argument("--no-stun", action="store_true", help="skip the NAT behaviour tests")
    p.add_argument(
        "--no-router",
        action="store_true",
        help="do not try to identify the router (no UPnP, no web page fetch)",
    )
    p.add_argument(
        "--lifetime",
        action="store_true",
        help="also measure how long the router keeps idle UDP mappings (minutes)",
    )
    p.add_argument(
        "--lifetime-max",
        type=whole_number,
        default=600,
        metavar="S",
        help="longest idle time to test with --lifetime (default: 600)",
    )
    p.add_argument(
        "--call",
        action="store_true",
        help="after the probe, also make a short test call to the reflector (audio both "
        "ways, loss, jitter, call quality; see `sipalg call`)",
    )
    p.add_argument(
        "--call-seconds",
        type=whole_number,
        default=5,
        metavar="N",
        help="seconds of audio each way for --call (default: 5; 1 to 30)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _progress_printer(enabled: bool) -> Any:
    from app.core.progress import Progress, no_progress

    if not enabled:
        return no_progress

    def show(p: Progress) -> None:
        sys.stderr.write(f"\r\x1b[K[{p.done}/{p.total}] {p.message}")
        if p.done >= p.total and p.message == "Done":
            sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace) -> int:
    from app.core.constants import STUN_PORT
    from app.core.model import Mode, Transport
    from app.diagnosis.symptoms import Symptom
    from app.pipeline.diagnose import Request, default_options, run_diagnosis
    from app.pipeline.session import ContextOptions
    from app.probes.target import Target, TargetError, parse_target
    from app.report.bundle import Report, to_json, to_text

    mode = Mode.REFLECTOR if args.reflector is not None else Mode.PROVIDER
    servers = _servers(args)
    if mode is Mode.PROVIDER and args.control_port is not None:
        raise CliError("--control-port only applies to --reflector")
    transports = default_options(mode).transports
    if args.transport == "both":
        transports = (Transport.UDP, Transport.TCP)
    elif args.transport is not None:
        transports = (Transport(args.transport),)
    options = default_options(mode)._replace(
        timeout=args.timeout,
        transports=transports,
        control_port=args.control_port or CONTROL_PORT,
    )
    if args.call and mode is not Mode.REFLECTOR:
        raise CliError("--call needs --reflector (a test call needs a SIP ALG Doctor reflector)")
    if not 1 <= args.call_seconds <= 30:
        raise CliError("--call-seconds must be from 1 to 30")
    if args.stun and args.no_stun:
        raise CliError("--stun and --no-stun contradict each other")
    if not 5 <= args.lifetime_max <= 900:
        raise CliError("--lifetime-max must be between 5 and 900 seconds")
    try:
        stun: tuple[Target, ...] | None = None  # the default for each server tried
        if args.no_stun:
            stun = ()
        elif args.stun:
            stun = tuple(parse_target(s, default_port=STUN_PORT) for s in args.stun)
    except TargetError as exc:
        raise CliError(f"--stun: {exc}") from None
    context = ContextOptions(
        router=not args.no_router, lifetime=args.lifetime, lifetime_max=args.lifetime_max
    )
    symptoms = tuple(Symptom(s) for s in args.symptom)
    request = Request(mode, servers, symptoms, options, context, stun)
    show = not args.json and not args.quiet and sys.stderr.isatty()
    try:
        outcome = run_diagnosis(request, progress=_progress_printer(show))
    except TargetError as exc:
        raise CliError(str(exc)) from None
    if args.call:  # to the reflector that answered; in the report's "Test call" section
        from app.pipeline.test_call import with_test_call

        outcome = with_test_call(
            outcome, args.call_seconds, symptoms, progress=_progress_printer(show)
        )
    report = Report(outcome)
    sys.stdout.write(to_json(report) if args.json else to_text(report))
    return 0


def _servers(args: argparse.Namespace) -> tuple[Any, ...]:
    """The servers to try, in order, from --reflector/--sip-server/--provider/--public."""
    from app.pipeline.servers import parse_choice, provider_choices, public_choices
    from app.probes.target import TargetError

    if args.provider is not None or args.public:
        from app.providers.database import bundled
        from app.providers.schema import ProviderFormatError

        try:
            directory = bundled()
        except (OSError, ProviderFormatError) as exc:
            raise CliError(f"the provider directory cannot be read: {exc}") from None
        if args.public:
            if directory.public is None:
                raise CliError("this copy has no list of public SIP services")
            return public_choices(directory.public)
        matches = directory.find(args.provider)
        if not matches:
            hints = ", ".join(p.name for p in directory.suggest(args.provider))
            more = f" (did you mean: {hints}?)" if hints else ""
            raise CliError(
                f"no provider called {args.provider!r} in the directory{more}; "
                "`sipalg providers` lists them, or use --sip-server with the server "
                "from your phone's settings"
            )
        provider = matches[0].provider
        choices = provider_choices(provider)
        if not choices:
            why = (provider.no_server_reason or "it publishes no server name").rstrip(". ")
            raise CliError(
                f"{provider.name}: {why}. Use --sip-server with the server name from "
                "your phone's or adapter's settings"
            )
        return choices
    text = args.reflector if args.reflector is not None else args.sip_server
    if not text.strip():
        raise CliError("no address given")
    try:
        return (parse_choice(text),)
    except TargetError as exc:
        raise CliError(str(exc)) from None
