"""The test call's wire details shared by the caller and the reflector, sans-I/O.

A test call is an ordinary SIP call (INVITE with SDP, 100/180/200, ACK,
RTP both ways, BYE) that the reflector answers as the far end. Two things
are ours:

* The INVITE carries ``X-SIPALG-Test-Call: seconds=N``. Without it an INVITE
  is a plain probe and gets the plain probe's answer (486 with the echo), so
  nothing a phone or a scanner sends ever opens media on the reflector. The
  name differs from the call-back header (``X-SIPALG-Call-Back``) in its
  first letters, so neither is found inside the other.
* The reflector's 200 OK to the BYE carries a report
  (``Content-Type: application/x-sipalg-call``): whether the ACK arrived,
  from where and exactly as it arrived; the SDP address it received; what
  it received of the caller's RTP; and what it sent on each of its two
  return paths. It is encoded like the probe's echo (protocols/echo.py):
  JSON, zlib, base64, so no ALG finds an address in it to rewrite.

Decoding treats the report as hostile (it crossed the same routers): a
bounded inflate, every number and address checked, one exception type.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import dataclass
from typing import Any, Final

from app.core.addresses import parse_ip
from app.core.numbers import parse_number
from app.protocols.errors import RemoteProtocolError

HEADER: Final = "X-SIPALG-Test-Call"
CONTENT_TYPE: Final = "application/x-sipalg-call"
VERSION: Final = 1
DEFAULT_SECONDS: Final = 5
MAX_SECONDS: Final = 30  # the reflector's cap; longer asks are refused, not shortened
MAX_DECODED: Final = 65_536
_MAX_COUNT: Final = 10_000_000
_LINE: Final = 76

Address = tuple[str, int]


def parse_marker(value: str) -> int | None:
    """``seconds=N`` (1 <= N <= MAX_SECONDS, case-insensitive name) -> N, else None."""
    name, sep, number = value.strip().partition("=")
    if not sep or name.strip().lower() != "seconds":
        return None
    return parse_number(number.strip(), 1, MAX_SECONDS)


def marker(seconds: int) -> str:
    return f"seconds={seconds}"


@dataclass(frozen=True, slots=True)
class AckSeen:
    """The ACK for the 200 OK as the far end received it (None fields: it never came)."""

    seen: bool
    source: Address | None = None
    digest: str | None = None  # sha256 of the ACK's bytes as received
    request: bytes | None = None  # the bytes themselves, when the 3x budget allowed
    copies: int = 0  # how many ACKs arrived (retransmitted 200s are ACKed again)


@dataclass(frozen=True, slots=True)
class Reception:
    """What the far end received of the caller's RTP."""

    received: int = 0  # valid test-call packets, duplicates included
    unique: int = 0
    jitter_ts: float = 0.0  # RFC 3550 A.8, timestamp units
    source: Address | None = None  # where the first packet came from (the latched address)
    strays: int = 0  # packets from other addresses than the latched one


@dataclass(frozen=True, slots=True)
class Sent:
    """One of the far end's return streams."""

    target: Address | None  # where it sent (None: nowhere)
    sent: int = 0
    refused: str | None = None  # why it did not send there (a safety rule, a bad address)
    error: str | None = None  # the first send error, e.g. "network is unreachable"


@dataclass(frozen=True, slots=True)
class CallReport:
    seconds: int
    ack: AckSeen
    sdp_received: Address | None  # the c= address and m= port the far end read
    reception: Reception
    to_sdp: Sent
    to_source: Sent


def _addr_doc(addr: Address | None) -> list[Any] | None:
    return None if addr is None else [addr[0], addr[1]]


def encode(report: CallReport) -> bytes:
    ack = report.ack
    doc: dict[str, Any] = {
        "v": VERSION,
        "s": report.seconds,
        "ack": {
            "seen": ack.seen,
            "src": _addr_doc(ack.source),
            "sha": ack.digest,
            "n": ack.copies,
        },
        "sdp": _addr_doc(report.sdp_received),
        "rx": {
            "n": report.reception.received,
            "u": report.reception.unique,
            "j": round(report.reception.jitter_ts, 3),
            "src": _addr_doc(report.reception.source),
            "x": report.reception.strays,
        },
        "tx": {
            name: {"to": _addr_doc(s.target), "n": s.sent, "no": s.refused, "err": s.error}
            for name, s in (("sdp", report.to_sdp), ("src", report.to_source))
        },
    }
    if ack.request is not None:
        doc["ack"]["req"] = ack.request.decode("latin-1")
    packed = base64.b64encode(zlib.compress(json.dumps(doc, separators=(",", ":")).encode(), 9))
    return b"".join(packed[i : i + _LINE] + b"\r\n" for i in range(0, len(packed), _LINE))


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_COUNT:
        raise RemoteProtocolError("call report: bad count")
    return value


def _address(value: Any) -> Address | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], str):
        raise RemoteProtocolError("call report: bad address")
    ip = parse_ip(value[0])
    port = value[1]
    if ip is None or isinstance(port, bool) or not isinstance(port, int) or not 0 <= port < 65536:
        raise RemoteProtocolError("call report: bad address")
    return ip, port


def _text(value: Any, limit: int = 200) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise RemoteProtocolError("call report: bad text")
    return value[:limit]


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RemoteProtocolError("call report: missing section")
    return value


def decode(body: bytes) -> CallReport:
    """The report in a BYE's answer; any damage raises :class:`RemoteProtocolError`."""
    try:
        packed = base64.b64decode(b"".join(body.split()), validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_DECODED)
        if inflater.unconsumed_tail or not inflater.eof:
            raise RemoteProtocolError("call report: too large or truncated")
        doc = json.loads(raw)
    except (binascii.Error, zlib.error, ValueError, RecursionError) as exc:
        if isinstance(exc, RemoteProtocolError):
            raise
        raise RemoteProtocolError(f"call report: undecodable ({type(exc).__name__})") from None
    doc = _dict(doc)
    if doc.get("v") != VERSION:
        raise RemoteProtocolError("call report: unknown version")
    ack, rx, tx = _dict(doc.get("ack")), _dict(doc.get("rx")), _dict(doc.get("tx"))
    seen = ack.get("seen")
    if not isinstance(seen, bool):
        raise RemoteProtocolError("call report: bad ack")
    req = _text(ack.get("req"), MAX_DECODED)
    jitter = rx.get("j")
    if isinstance(jitter, bool) or not isinstance(jitter, int | float) or not 0 <= jitter < 1e9:
        raise RemoteProtocolError("call report: bad jitter")

    def sent(key: str) -> Sent:
        s = _dict(tx.get(key))
        return Sent(
            _address(s.get("to")), _count(s.get("n")), _text(s.get("no")), _text(s.get("err"))
        )

    seconds = doc.get("s")
    return CallReport(
        seconds=_count(seconds),
        ack=AckSeen(
            seen=seen,
            source=_address(ack.get("src")),
            digest=_text(ack.get("sha"), 64),
            request=None if req is None else req.encode("latin-1", "replace"),
            copies=_count(ack.get("n")),
        ),
        sdp_received=_address(doc.get("sdp")),
        reception=Reception(
            received=_count(rx.get("n")),
            unique=_count(rx.get("u")),
            jitter_ts=float(jitter),
            source=_address(rx.get("src")),
            strays=_count(rx.get("x")),
        ),
        to_sdp=sent("sdp"),
        to_source=sent("src"),
    )
