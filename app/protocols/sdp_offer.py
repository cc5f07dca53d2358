"""Building an SDP offer (RFC 4566), kept apart from the parser.

Every probe needs to *build* an offer; only a probe whose SDP came back changed
needs to *parse* one. Keeping the builder free of the parser's dataclasses
keeps the probe's start-up short.
"""

from __future__ import annotations

from app.protocols.errors import LocalProtocolError


def build_sdp(
    *,
    address: str,
    session_id: int,
    media_port: int,
    username: str = "-",
    formats: tuple[int, ...] = (0, 8, 101),
) -> bytes:
    """A typical one-audio-stream offer, as a desk phone sends it."""
    if not 0 < media_port < 65536:
        raise LocalProtocolError(f"bad media port {media_port}")
    addrtype = "IP6" if ":" in address else "IP4"
    fmts = " ".join(str(f) for f in formats)
    lines = [
        "v=0",
        f"o={username} {session_id} {session_id} IN {addrtype} {address}",
        "s=SIP ALG Doctor probe",
        f"c=IN {addrtype} {address}",
        "t=0 0",
        f"m=audio {media_port} RTP/AVP {fmts}",
        f"a=rtcp:{media_port + 1}",
        "a=rtpmap:0 PCMU/8000",
        "a=rtpmap:8 PCMA/8000",
        "a=rtpmap:101 telephone-event/8000",
        "a=sendrecv",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()
