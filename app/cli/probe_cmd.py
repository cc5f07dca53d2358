"""``sipalg probe``: run the ALG probes and print the diagnosis."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import CliError, port_number, positive_float

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
        help="test the path to a reflector or a SIP server for a SIP ALG",
        description="Send realistic SIP test messages and report whether anything on the way "
        "rewrites or drops them.",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--reflector",
        metavar="HOST[:PORT]",
        help="a SIP ALG Doctor reflector (port defaults to 5060)",
    )
    where.add_argument(
        "--sip-server",
        metavar="HOST[:PORT]",
        help="provider mode: any standard SIP server, e.g. your VoIP provider's",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument(
        "--timeout",
        type=positive_float,
        default=5.0,
        metavar="S",
        help="overall deadline in seconds (default: 5)",
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
        help="the reflector's non-SIP control port (default: 5080)",
    )
    p.add_argument(
        "--symptom",
        action="append",
        choices=SYMPTOM_CHOICES,
        default=[],
        help="what you experience (repeatable); the report relates findings to it",
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
    from app.core.model import Transport
    from app.diagnosis.findings import diagnose
    from app.diagnosis.symptoms import Symptom
    from app.probes.runner import DEFAULT_CONTROL_PORT, ProbeOptions, run_probe
    from app.probes.target import TargetError, parse_target

    mode = "reflector" if args.reflector else "provider"
    try:
        target = parse_target(args.reflector or args.sip_server)
    except TargetError as exc:
        raise CliError(str(exc)) from None
    transport = args.transport or ("both" if mode == "reflector" else "udp")
    transports = (Transport.UDP, Transport.TCP) if transport == "both" else (Transport(transport),)
    if mode == "provider" and args.control_port is not None:
        raise CliError("--control-port only applies to --reflector")
    options = ProbeOptions(
        timeout=args.timeout,
        transports=transports,
        control_port=args.control_port or DEFAULT_CONTROL_PORT,
    )
    show = not args.json and not args.quiet and sys.stderr.isatty()
    try:
        result = run_probe(mode, target, options, progress=_progress_printer(show))
    except TargetError as exc:
        raise CliError(str(exc)) from None
    diag = diagnose(result, [Symptom(s) for s in args.symptom])
    if args.json:
        from app.report.json_report import report_json

        json.dump(report_json(result, diag), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from app.report.text_report import render_text

        sys.stdout.write(render_text(result, diag))
    return 0
