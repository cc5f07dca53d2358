"""Canned, realistic results for screenshots and the wizard's walk-through tests.

The "ALG found" result is not hand-written: the probes' own requests are put
through the reflector's real answer logic with a simulated ALG (address
replaced in both directions, Content-Length fixed up, as the Linux kernel's
nf_nat_sip does), then through the real analysis and summary. So the screens
show exactly what a user behind such a router sees.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.addresses import parse_ip
from app.core.constants import CONTROL_PORT, SIP_PORT
from app.core.model import Exchange, Mode, PortRole, Transport
from app.core.progress import CancelToken, Progress
from app.diagnosis.verdict import summarise
from app.guides.database import bundled
from app.guides.lookup import Identity, identify
from app.netinfo.gateway import Gateway
from app.netinfo.router import RouterInfo
from app.netinfo.upnp_discovery import UpnpResult
from app.pipeline.servers import ServerChoice
from app.pipeline.session import SessionResult
from app.probes.evidence import answered_exchange
from app.probes.messages import METHODS, Endpoint, build_probe
from app.probes.nat import Behaviour, NatReport
from app.probes.target import Target
from app.protocols.sip import Response, parse_message
from app.protocols.upnp import DeviceDescription
from app.reflector.responder import reflect

if TYPE_CHECKING:
    from app.pipeline.diagnose import Outcome
    from app.probes.locate import Candidate

LAN = ("192.168.1.23", 40512)
PUBLIC = ("198.51.100.77", 40512)
SERVER = ("203.0.113.10", SIP_PORT)


def simulate_alg(data: bytes, a: str, b: str) -> bytes:
    """What a simple ALG does: replace an address everywhere, fix Content-Length."""
    msg = parse_message(data)
    body = msg.body.replace(a.encode(), b.encode())
    head = data[: len(data) - len(msg.body)].replace(a.encode(), b.encode())
    head = head.replace(
        f"Content-Length: {len(msg.body)}".encode(), f"Content-Length: {len(body)}".encode()
    )
    return head + body


def _exchange(
    transport: Transport, port: int, role: PortRole, method: str, alg: bool, rng: random.Random
) -> Exchange:
    probe = build_probe(
        method,
        local=Endpoint(*LAN),
        remote=Endpoint(SERVER[0], port),
        transport=transport.value,
        rng=rng,
    )
    out = simulate_alg(probe.wire, LAN[0], PUBLIC[0]) if alg else probe.wire
    answer = reflect(
        out,
        transport=transport.value,
        source=PUBLIC,
        destination=(SERVER[0], port),
        verified=transport is Transport.TCP,
    )
    assert answer.response is not None
    back = simulate_alg(answer.response, PUBLIC[0], LAN[0]) if alg else answer.response
    msg = parse_message(back, stream=transport is Transport.TCP)
    assert isinstance(msg, Response)
    return answered_exchange(
        probe,
        transport=transport,
        port=port,
        role=role,
        local=LAN,
        answer_raw=back,
        answer=msg,
        attempts=1,
        rtt=0.0125,
        server_host=SERVER[0],
    )


def session(*, alg: bool) -> SessionResult:
    rng = random.Random(7)
    exchanges = [
        _exchange(t, port, role, m, alg and t is Transport.UDP and role is PortRole.SIP, rng)
        for t in (Transport.UDP, Transport.TCP)
        for port, role in ((SIP_PORT, PortRole.SIP), (CONTROL_PORT, PortRole.CONTROL))
        for m in METHODS
    ]
    target = Target("reflector.example.net", SIP_PORT)
    probe = summarise(Mode.REFLECTOR, str(target), (Transport.UDP, Transport.TCP), exchanges, 0.42)
    desc = DeviceDescription(
        "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
        "Archer AX55",
        "TP-Link",
        "Archer AX55",
        "2.0",
        None,
        None,
        None,
        None,
        None,
    )
    upnp = UpnpResult(
        "192.168.1.1", "Linux UPnP/1.0", "http://192.168.1.1:1900/igd.xml", desc, PUBLIC[0]
    )
    match = identify(
        bundled(),
        Identity(
            upnp_manufacturer="TP-Link",
            upnp_model_name="Archer AX55",
            mac_vendor="TP-LINK TECHNOLOGIES CO.,LTD.",
        ),
    )
    router = RouterInfo(
        Gateway("192.168.1.1", "50:c7:bf:12:34:56"),
        "TP-LINK TECHNOLOGIES CO.,LTD.",
        upnp,
        None,
        match,
    )
    nat = NatReport(
        "reflector.example.net:3478",
        LAN,
        PUBLIC,
        Behaviour.ENDPOINT_INDEPENDENT,
        Behaviour.ADDRESS_AND_PORT_DEPENDENT,
        True,
        False,
        True,
    )
    return SessionResult(probe, nat, router, (), {"quick_set": 0.8})


def lost(only: PortRole | None = None) -> SessionResult:
    """The clean demo session with every test call lost (inconclusive), or only those
    to the SIP port (SIP blocked)."""
    clean = session(alg=False)
    exchanges = [
        ex._replace(answered=False, error="no answer before the deadline", rtt_ms=None)
        if only is None or ex.role is only
        else ex
        for tr in clean.probe.transports.values()
        for ex in tr.exchanges
    ]
    probe = summarise(
        Mode.REFLECTOR, clean.probe.target, tuple(clean.probe.transports), exchanges, 0.4
    )
    return clean._replace(probe=probe)


def demo_call(alg: bool, sip_port_open: bool = True) -> Any:
    """A canned test call as a user behind the demo router gets it: sound both ways,
    good quality over a cable, the incoming call after 10 s and the large INVITE
    through; with the ALG, the SDP's audio address rewritten to the
    public one (the kernel ALG's way, which happens to work for sound). Through a
    blocked SIP port the INVITE gets no answer, as the real call's would."""
    from dataclasses import replace

    from app.diagnosis.call_quality import RoundTrip, figures_from_report
    from app.diagnosis.call_summary import (
        AckResult,
        CallSummary,
        IncomingResult,
        LargeInviteResult,
        PathResult,
    )
    from app.netinfo.link import LinkInfo

    rtt = RoundTrip(samples=248, min_ms=21.4, median_ms=23.9, max_ms=41.2)
    here = f"{LAN[0]}:20000"
    seen = f"{PUBLIC[0]}:20000" if alg else here
    far = f"{SERVER[0]}:40112"

    def figures(received: int, jitter_ms: float) -> Any:
        return figures_from_report(sent=250, received=received, jitter_ts=jitter_ms * 8, rtt=rtt)

    good = CallSummary(
        reflector=f"{SERVER[0]}:{SERVER[1]}",
        seconds=5,
        answered=True,
        provisional=(100, 180),
        final_status=200,
        final_reason="OK",
        established=True,
        confirmed=True,
        sdp_offered=here,
        sdp_seen_by_far_end=seen,
        sdp_rewritten=alg,
        sdp_answer=far,
        ack=AckResult(True, True, True, f"{PUBLIC[0]}:{PUBLIC[1]}", ()),
        bye_answered=True,
        report_error=None,
        paths=(
            PathResult("to_far_end", far, None, None, figures(249, 1.6)),
            PathResult("back_to_announced", seen, None, None, figures(250, 1.2)),
            PathResult("back_to_source", f"{PUBLIC[0]}:20000", None, None, figures(250, 1.1)),
        ),
        error=None,
        duration_s=6.4,
        cancelled=False,
        link=LinkInfo("wired", "eth0", source="/proc/net/route"),
        incoming=IncomingResult(10.0, True, 10.0, False, None, True, f"{PUBLIC[0]}:40514"),
        large_invite=LargeInviteResult(2200, "passed", "passed", small_passed=True),
    )
    if sip_port_open:
        return good
    # the same call with nothing answered: no set-up, no sound, no incoming call
    return replace(
        good,
        answered=False,
        provisional=(),
        final_status=None,
        final_reason="",
        established=False,
        confirmed=False,
        sdp_seen_by_far_end=None,
        sdp_rewritten=None,
        sdp_answer=None,
        ack=AckResult(False, None, None, None, ()),
        bye_answered=False,
        paths=(
            PathResult("to_far_end", None, None, None, None),
            PathResult("back_to_announced", None, None, None, None),
            PathResult("back_to_source", None, None, None, None),
        ),
        error="no answer to the INVITE within 5 s",
        duration_s=5.0,
        incoming=IncomingResult(0.0, None, None, None, "not tested"),
        large_invite=LargeInviteResult(0, "unknown", "unknown", tested=False),
    )


@dataclass
class FakeRunner:
    """A drop-in for ``run_session``: returns canned results in order, with progress.

    ``block`` makes it wait until cancelled (for cancel tests); ``fail`` raises.
    """

    results: list[SessionResult]
    block: bool = False
    fail: BaseException | None = None
    calls: int = 0
    started: threading.Event | None = None
    delay: float = 0.0  # seconds per step, to show the Checking page moving (screenshots)
    call_summary: Any = None  # the canned test call's CallSummary (None: demo_call)

    def test_call(
        self,
        outcome: Outcome,
        seconds: int,
        symptoms: Any = (),
        *,
        cancel: CancelToken,
        progress: Callable[[Progress], None],
        idle: int = 0,
    ) -> Outcome:
        """The canned network's test call (pipeline/test_call.py's stand-in): progress as
        the real one reports it, then a canned summary judged by the real findings."""
        from app.core.model import Verdict
        from app.diagnosis.call_findings import call_findings
        from app.pipeline.test_call import (
            CALL_STEP,
            TestCall,
            expected_seconds,
            reason_not_to_call,
        )

        why_not = reason_not_to_call(outcome, cancel)
        if why_not is not None:  # as the real pipeline: no call after a silent probe
            return outcome._replace(call=TestCall(None, call_findings(None), why_not))
        total = expected_seconds(seconds, idle)
        for done in range(total):
            progress(Progress(done, total, f"Test call: {done} s", item=CALL_STEP))
            if self.delay:
                cancel.wait(self.delay)
        sip_port_open = any(
            ex.answered
            for tr in outcome.probe.transports.values()
            for ex in tr.exchanges
            if ex.role is PortRole.SIP
        )
        alg = outcome.probe.verdict is Verdict.ALG_DETECTED
        summary = self.call_summary or demo_call(alg, sip_port_open)
        progress(Progress(total, total, "Test call finished", item=CALL_STEP, ok=True))
        diagnosis = call_findings(summary, symptoms, outcome.lifetimes)
        return outcome._replace(call=TestCall(summary, diagnosis))

    def locate(self, choice: ServerChoice, cancel: CancelToken) -> list[Candidate]:
        """The canned network's DNS: every name is the demo server (no look-up)."""
        from app.probes.locate import Candidate, ResolvedVia

        port = choice.port or SIP_PORT
        via = ResolvedVia.LITERAL if parse_ip(choice.host) else ResolvedVia.A
        return [Candidate(choice.host, SERVER[0], port, "udp", via)]

    def __call__(
        self,
        mode: Mode,
        target: Target,
        options: Any,
        context: Any,
        *,
        cancel: CancelToken,
        progress: Callable[[Progress], None],
        address: str | None = None,
    ) -> SessionResult:
        self.calls += 1
        if self.started is not None:
            self.started.set()
        if self.fail is not None:
            raise self.fail
        result = self.results[min(self.calls - 1, len(self.results) - 1)]
        steps = [ex for tr in result.probe.transports.values() for ex in tr.exchanges]
        for i, ex in enumerate(steps, 1):
            if self.delay:
                cancel.wait(self.delay)
            progress(
                Progress(
                    i,
                    len(steps),
                    f"{ex.transport.value.upper()} port {ex.port}: {ex.method} answered",
                    item=f"{i}",
                    ok=ex.answered,
                )
            )
        if self.block:
            cancel.wait(30)
            return result._replace(probe=result.probe._replace(cancelled=cancel.cancelled))
        return result
