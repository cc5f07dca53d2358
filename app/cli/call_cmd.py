"""``sipalg call``: a short real test call to a reflector, with media both ways."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import COMMANDS, CliError, positive_float, whole_number
from app.cli.probe_cmd import SYMPTOM_CHOICES
from app.core.constants import SIP_PORT

DEFAULT_SECONDS = 5  # protocols/call_report.py DEFAULT_SECONDS, not imported at start-up
MAX_SECONDS = 30
DEFAULT_IDLE = 10  # probes/call.py DEFAULT_IDLE and MAX_IDLE, likewise
MAX_IDLE = 600


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "call",
        help=COMMANDS["call"],
        description="Place a short test call to a SIP ALG Doctor reflector: set-up, ACK, "
        "audio both ways (RTP every 20 ms), hang-up; report what arrived, the loss, "
        "jitter, round trip and an estimated call quality (MOS).",
    )
    p.add_argument(
        "--reflector",
        metavar="HOST[:PORT]",
        required=True,
        help=f"a SIP ALG Doctor reflector (port {SIP_PORT} unless given)",
    )
    p.add_argument(
        "--seconds",
        type=whole_number,
        default=DEFAULT_SECONDS,
        metavar="N",
        help=f"seconds of audio each way (default: {DEFAULT_SECONDS}; 1 to {MAX_SECONDS})",
    )
    p.add_argument(
        "--idle",
        type=whole_number,
        default=DEFAULT_IDLE,
        metavar="N",
        help="also test an incoming call: register, stay idle N seconds, and see whether the "
        f"reflector's call reaches you (default: {DEFAULT_IDLE}, while the call runs; "
        f"0 leaves it out; at most {MAX_IDLE})",
    )
    p.add_argument(
        "--no-large-invite",
        action="store_true",
        help="leave out the large INVITE (a call set-up split in IP fragments, each way)",
    )
    p.add_argument(
        "--timeout",
        type=positive_float,
        default=5.0,
        metavar="S",
        help="how long to wait for the call to be answered, in seconds (default: 5)",
    )
    p.add_argument(
        "--symptom",
        action="append",
        choices=SYMPTOM_CHOICES,
        default=[],
        help="what you experience (repeatable); the report says what the call found about it",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from app.diagnosis.call_findings import call_findings
    from app.diagnosis.call_summary import summarise_call
    from app.diagnosis.symptoms import Symptom
    from app.netinfo.link import detect_link
    from app.probes.call import place_call
    from app.probes.target import TargetError, parse_target
    from app.report.call_section import call_findings_json, findings_lines
    from app.report.call_view import to_json, to_text

    if not 1 <= args.seconds <= MAX_SECONDS:
        raise CliError(f"--seconds must be from 1 to {MAX_SECONDS}")
    if not 0 <= args.idle <= MAX_IDLE:
        raise CliError(f"--idle must be from 0 to {MAX_IDLE}")
    if not args.reflector.strip():
        raise CliError("no address given")
    try:
        target = parse_target(args.reflector, default_port=SIP_PORT)
    except TargetError as exc:
        raise CliError(str(exc)) from None
    if not args.json and sys.stderr.isatty():
        idle = f", incoming call after {args.idle} s idle" if args.idle else ""
        sys.stderr.write(f"Calling {target} for {args.seconds} s{idle} ...\n")
    with ThreadPoolExecutor(1) as pool:  # the link is looked up while the call runs
        link = pool.submit(detect_link)
        try:
            record = place_call(
                target,
                args.seconds,
                setup_timeout=args.timeout,
                idle=args.idle,
                large_invite=not args.no_large_invite,
            )
        except TargetError as exc:
            raise CliError(str(exc)) from None
        summary = summarise_call(record, link.result())
    diagnosis = call_findings(summary, [Symptom(s) for s in args.symptom])
    if args.json:
        sys.stdout.write(to_json(summary, call_findings_json(diagnosis)))
    else:
        meaning = findings_lines(diagnosis)
        sys.stdout.write(to_text(summary) + "".join(f"{ln}\n" for ln in ["", *meaning] if meaning))
    return 0
