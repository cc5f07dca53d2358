"""The test call's large INVITE: do call set-ups bigger than one packet get through?

Real phones offer many codecs; their INVITE is often 1,500–2,500 bytes, more
than one Ethernet packet, so over UDP it travels as IP fragments. Routers
and ALGs that drop fragments make such calls fail silently or never ring.
The plain probe cannot tell the two directions apart: the reflector's answer
is about 1.8 times the request, so the echo of a large INVITE is fragmented
on the way back too. So three INVITEs go out from one socket, together:

* ``control``: a small INVITE asking for a small answer
  (``X-SIPALG-Answer: small``, protocols/incoming_call.py) — proves that
  small messages pass both ways on this path, now;
* ``outbound``: a large INVITE (``size`` bytes, a real-looking multi-codec
  offer) asking for a small answer — only the way out is fragmented;
* ``inbound``: a small INVITE asking for a ``size``-byte answer
  (``X-SIPALG-Answer: large=N``; about 800 bytes, so the answer stays within
  the reflector's 3x budget) — only the way back is fragmented.

Each is retransmitted like a real phone's INVITE (RFC 3261 Timer A: 0.5,
1, 2 s) until answered; every 486 is ACKed (§17.1.1.3). What arrived is
recorded; diagnosis/call_summary.py turns it into passed / dropped / unknown
(dropped only when the control came back, so loss alone never reads as a
router that drops fragments).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import secrets
import socket
from dataclasses import dataclass
from typing import Final

from app import __version__
from app.probes.sip_datagram import SipDatagramProtocol, ack_for_final
from app.protocols import echo
from app.protocols.errors import RemoteProtocolError
from app.protocols.incoming_call import ANSWER_HEADER, PAD_HEADER
from app.protocols.sip import (
    Request,
    Response,
    join_hostport,
    make_headers,
    with_content_length,
)

SIZE: Final = 2200  # bytes: the size of a many-codec INVITE, fragmented on any 1,500-byte path
SMALL: Final = 800  # bytes of the request asking for a large answer (3 x 800 > SIZE)
RETRANSMIT: Final = (0.5, 1.0, 2.0, 2.0)  # waits after each send: four tries, 5.5 s in all
KINDS: Final = ("control", "outbound", "inbound")

# A phone's offer: the usual codecs, each with its rtpmap (and fmtp where phones send one).
_CODECS: Final = (
    (0, "PCMU/8000", None),
    (8, "PCMA/8000", None),
    (9, "G722/8000", None),
    (18, "G729/8000", "annexb=no"),
    (3, "GSM/8000", None),
    (4, "G723/8000", None),
    (96, "opus/48000/2", "useinbandfec=1;maxaveragebitrate=32000"),
    (97, "iLBC/8000", "mode=30"),
    (98, "speex/16000", None),
    (99, "speex/8000", None),
    (100, "AMR-WB/16000", "octet-align=1"),
    (102, "AMR/8000", "octet-align=1"),
    (103, "G7221/16000", "bitrate=32000"),
    (104, "G7221/32000", "bitrate=48000"),
    (105, "L16/16000", None),
    (106, "G726-32/8000", None),
    (107, "BV32/16000", None),
    (101, "telephone-event/8000", "0-16"),
)


@dataclass(frozen=True, slots=True)
class LargeInviteRecord:
    """What came back of the three INVITEs."""

    size: int  # bytes of the large INVITE as sent
    answer_size: int  # bytes asked for the large answer
    control: bool  # the small request's small answer arrived
    outbound: bool  # the large request's small answer arrived
    inbound: bool  # the small request's large answer arrived
    inbound_received: int = 0  # bytes of the large answer as it arrived
    outbound_rewritten: bool | None = None  # the large INVITE arrived changed (echo digest)
    tries: int = 0  # sends of each request
    error: str | None = None
    sized: bool | None = None  # the reflector honoured X-SIPALG-Answer (None: no answer to tell)


def multi_codec_sdp(address: str, port: int, session: int) -> bytes:
    kind = "IP6" if ":" in address else "IP4"
    formats = " ".join(str(pt) for pt, _, _ in _CODECS)
    lines = [
        "v=0",
        f"o=- {session} {session} IN {kind} {address}",
        "s=SIP ALG Doctor large INVITE",
        f"c=IN {kind} {address}",
        "t=0 0",
        f"m=audio {port} RTP/AVP {formats}",
    ]
    for pt, name, fmtp in _CODECS:
        lines.append(f"a=rtpmap:{pt} {name}")
        if fmtp:
            lines.append(f"a=fmtp:{pt} {fmtp}")
    lines += ["a=ptime:20", "a=maxptime:150", "a=sendrecv", f"a=rtcp:{port + 1}"]
    return ("\r\n".join(lines) + "\r\n").encode()


def build_invite(
    local: tuple[str, int],
    remote: tuple[str, int],
    call_id: str,
    *,
    size: int,
    answer: str,
    sdp: bool,
) -> bytes:
    """An INVITE of exactly ``size`` bytes (padded with a header) unless its content is larger."""
    me, them = join_hostport(*local), join_hostport(*remote)
    body = multi_codec_sdp(local[0], 16384 + 2 * secrets.randbelow(8000), 1) if sdp else b""
    pairs = [
        ("Via", f"SIP/2.0/UDP {me};branch=z9hG4bK{secrets.token_hex(8)};rport"),
        ("Max-Forwards", "70"),
        ("From", f'"SIP ALG Doctor" <sip:sipalg@{them}>;tag={secrets.token_hex(4)}'),
        ("To", f"<sip:echo@{them}>"),
        ("Call-ID", call_id),
        ("CSeq", "1 INVITE"),
        ("Contact", f"<sip:sipalg@{me}>"),
        ("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, PRACK, REFER, NOTIFY"),
        ("Supported", "replaces, timer, 100rel, path"),
        ("User-Agent", f"SIP-ALG-Doctor/{__version__}"),
        (ANSWER_HEADER, answer),
        *((("Content-Type", "application/sdp"),) if sdp else ()),
    ]

    def wire(extra: list[tuple[str, str]]) -> bytes:
        msg = Request("INVITE", f"sip:echo@{them}", make_headers(pairs + extra), body)
        return bytes(with_content_length(msg))

    plain = wire([])
    short = size - len(plain) - len(PAD_HEADER) - 4
    return wire([(PAD_HEADER, "p" * short)]) if short > 0 else plain


class _Protocol(SipDatagramProtocol):
    def __init__(self, by_call_id: dict[str, str]) -> None:
        super().__init__(by_call_id)
        self.by_call_id = by_call_id
        self.answers: dict[str, tuple[bytes, Response]] = {}
        self.changed = asyncio.Event()
        self.sent: dict[str, bytes] = {}

    def answer_received(self, data: bytes, msg: Response) -> None:
        if msg.status < 200:
            return
        kind = self.by_call_id[msg.get("Call-ID") or ""]
        self.send(ack_for_final(self.sent[kind], msg))  # every copy of the answer is ACKed
        if kind not in self.answers:
            self.answers[kind] = (data, msg)
            self.changed.set()


async def send_large_invite(
    address: str,
    port: int,
    *,
    size: int = SIZE,
    waits: tuple[float, ...] = RETRANSMIT,
) -> LargeInviteRecord:
    """Send the three INVITEs, retransmitting until each is answered or the tries run out."""
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    ids = {kind: f"{secrets.token_hex(10)}@sipalg-large-{kind}" for kind in KINDS}
    proto = _Protocol({v: k for k, v in ids.items()})
    try:
        transport, _ = await loop.create_datagram_endpoint(
            lambda: proto, remote_addr=(address, port), family=family
        )
    except OSError as exc:
        return LargeInviteRecord(size, size, False, False, False, error=str(exc))
    tries = 0
    try:
        name = transport.get_extra_info("sockname")
        local, remote = (str(name[0]), int(name[1])), (address, port)
        proto.sent = {
            "control": build_invite(
                local, remote, ids["control"], size=0, answer="small", sdp=False
            ),
            "outbound": build_invite(
                local, remote, ids["outbound"], size=size, answer="small", sdp=True
            ),
            "inbound": build_invite(
                local, remote, ids["inbound"], size=SMALL, answer=f"large={size}", sdp=False
            ),
        }
        for wait in waits:
            tries += 1
            for kind in KINDS:
                if kind not in proto.answers:
                    with contextlib.suppress(OSError):
                        transport.sendto(proto.sent[kind])
            deadline = loop.time() + wait
            while len(proto.answers) < len(KINDS) and loop.time() < deadline:
                proto.changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proto.changed.wait(), deadline - loop.time())
            if len(proto.answers) == len(KINDS):
                break
    finally:
        await asyncio.sleep(0)  # the last ACK leaves before the socket closes
        transport.close()
    sized = None
    if "control" in proto.answers:  # asked for the small answer: no echoed request in it
        with contextlib.suppress(RemoteProtocolError):
            sized = echo.decode(proto.answers["control"][1].body).request is None
    rewritten = None
    if "outbound" in proto.answers:
        _, answer = proto.answers["outbound"]
        with contextlib.suppress(RemoteProtocolError):
            seen = echo.decode(answer.body)
            rewritten = seen.request_digest != hashlib.sha256(proto.sent["outbound"]).hexdigest()
    return LargeInviteRecord(
        size=len(proto.sent["outbound"]),
        answer_size=size,
        control="control" in proto.answers,
        outbound="outbound" in proto.answers,
        inbound="inbound" in proto.answers,
        inbound_received=len(proto.answers["inbound"][0]) if "inbound" in proto.answers else 0,
        outbound_rewritten=rewritten,
        tries=tries,
        sized=sized,
    )
