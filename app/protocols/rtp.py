"""RTP (RFC 3550 §5.1) and RTCP sender/receiver reports (§6.4), sans-I/O.

The test call sends G.711-sized media both ways through the user's router and
measures what arrives. This module only turns bytes into typed values and
back: no sockets, no clocks (the caller passes times in as numbers), so the
arithmetic is tested on any OS and fuzzed.

Why our own codec: the packets are tiny and fixed (a 12-byte header and a
160-byte payload), the parsers must hold against hostile input on the
reflector (strict bounds, one exception type), and the maintained Python RTP
stacks (aiortc's) come with codecs, SRTP and native dependencies a desktop
bundle does not want for about 300 lines of struct packing.

Parsing raises only :class:`RemoteProtocolError`; building something invalid
raises :class:`LocalProtocolError`.

RTP and RTCP may share one port (RFC 5761); :func:`is_rtcp` tells them apart by
the second octet (RTCP packet types 192-223, which as RTP would be a marker
bit plus payload type 64-95, a range RFC 5761 §4 keeps free for this reason).

The probe payload
-----------------
:func:`build_probe_packet` makes the packet the test call sends every 20 ms:
PCMU (0) or PCMA (8), 8000 Hz clock, 160 samples = 160 payload bytes, RTP
timestamp advancing by 160 per packet. The payload is not audio; it carries
what the far end needs to echo a round-trip time (big-endian)::

    offset size  field
         0    4  magic b"SAD\\x01" (SIP ALG Doctor probe, layout version 1)
         4    8  send time: the sender's clock in microseconds (opaque to the receiver)
        12    8  echoed send time: the send time of the newest packet the sender
                 has received from the other side (0 = nothing to echo yet)
        20    4  hold time in microseconds: how long the sender held that echoed
                 value between receiving it and sending this packet
        24    1  path tag: which of its paths the sender meant (see PATH_*)
        25  135  filler: the codec's silence octet (0xFF for PCMU, 0xD5 for PCMA)

The round trip, measured entirely on the clock of whoever echoes its own time
back, is ``arrival - echoed send time - hold time`` (the same idea as RTCP's
LSR/DLSR, §6.4.1, with microsecond resolution and on every packet). Filling
with silence means that a phone or recorder that plays the stream hears
nothing but a click.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.protocols.errors import LocalProtocolError, RemoteProtocolError

VERSION: Final = 2
RTP_HEADER: Final = 12
MAX_PACKET: Final = 2048  # the test call's packets are 172 bytes; anything this big is not ours

PCMU: Final = 0
PCMA: Final = 8
CLOCK_RATE: Final = 8000  # G.711: 8000 samples per second (RFC 3551 §6)
SAMPLES_PER_PACKET: Final = 160  # 20 ms at 8000 Hz, one octet per sample
PAYLOAD_SIZE: Final = 160
PACKET_INTERVAL: Final = SAMPLES_PER_PACKET / CLOCK_RATE  # 0.020 s

PROBE_MAGIC: Final = b"SAD\x01"
_PROBE: Final = struct.Struct("!4sQQIB")
_SILENCE: Final = {PCMU: 0xFF, PCMA: 0xD5}
# A whole probe packet up to the silence, packed at once: the RTP header without
# CSRCs, extension or padding, then the probe fields. The reflector builds two of
# these per call every 20 ms; through the general serialiser, with its checks of
# fields a probe never has, that was a third of its CPU with hundreds of calls.
_PROBE_PACKET: Final = struct.Struct("!BBHII" + _PROBE.format.lstrip("!"))
_SILENCE_TAIL: Final = {
    pt: bytes([octet]) * (PAYLOAD_SIZE - _PROBE.size) for pt, octet in _SILENCE.items()
}
PATH_CLIENT: Final = 0  # the caller's own stream
PATH_SDP: Final = 1  # the far end sending to the address the received SDP names
PATH_LATCHED: Final = 2  # the far end sending to where the caller's RTP came from

RTCP_SR: Final = 200
RTCP_RR: Final = 201
_REPORT: Final = struct.Struct("!IB3sIIII")  # 24 bytes (§6.4.1)
_SENDER_INFO: Final = struct.Struct("!QIII")  # 20 bytes
MAX_REPORTS: Final = 31  # the 5-bit report count

_U8, _U16, _U32, _U64 = 0xFF, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF


def _check(name: str, value: int, top: int) -> None:
    if not 0 <= value <= top:
        raise LocalProtocolError(f"RTP {name} out of range: {value}")


# --- RTP ---


@dataclass(frozen=True, slots=True)
class RtpExtension:
    """The header extension (§5.3.1): a 16-bit profile word and 32-bit-aligned data."""

    profile: int
    data: bytes = b""


@dataclass(frozen=True, slots=True)
class RtpPacket:
    payload_type: int  # 0-127
    sequence: int  # 0-65535, wraps
    timestamp: int  # 0-2**32-1, wraps
    ssrc: int
    payload: bytes = b""
    marker: bool = False
    csrcs: tuple[int, ...] = ()  # at most 15
    extension: RtpExtension | None = None
    padding: int = 0  # padding octets after the payload, the count octet included (0 = none)


def is_rtcp(data: bytes) -> bool:
    """RFC 5761 §4: an RTP/RTCP packet on a shared port is RTCP when octet 2 is 192-223."""
    return len(data) >= 2 and 192 <= data[1] <= 223


def parse_rtp(data: bytes) -> RtpPacket:
    """One RTP packet from a datagram, checked against every length it declares."""
    if len(data) < RTP_HEADER:
        raise RemoteProtocolError(f"RTP packet too short ({len(data)} bytes)")
    if len(data) > MAX_PACKET:
        raise RemoteProtocolError(f"RTP packet too long ({len(data)} bytes)")
    first, second, seq, ts, ssrc = struct.unpack_from("!BBHII", data)
    if first >> 6 != VERSION:
        raise RemoteProtocolError(f"RTP version {first >> 6}, expected 2")
    if is_rtcp(data):
        raise RemoteProtocolError("an RTCP packet where RTP was expected")
    cc = first & 0x0F
    pos = RTP_HEADER + 4 * cc
    if pos > len(data):
        raise RemoteProtocolError("RTP CSRC list runs past the packet")
    csrcs = struct.unpack_from(f"!{cc}I", data, RTP_HEADER)
    extension = None
    if first & 0x10:
        if pos + 4 > len(data):
            raise RemoteProtocolError("RTP header extension runs past the packet")
        profile, words = struct.unpack_from("!HH", data, pos)
        end = pos + 4 + 4 * words
        if end > len(data):
            raise RemoteProtocolError("RTP header extension runs past the packet")
        extension = RtpExtension(profile, bytes(data[pos + 4 : end]))
        pos = end
    end = len(data)
    padding = 0
    if first & 0x20:
        padding = data[-1]
        if padding == 0 or padding > end - pos:
            raise RemoteProtocolError(f"RTP padding count {padding} does not fit the packet")
        end -= padding
    return RtpPacket(
        payload_type=second & 0x7F,
        sequence=seq,
        timestamp=ts,
        ssrc=ssrc,
        payload=bytes(data[pos:end]),
        marker=bool(second & 0x80),
        csrcs=tuple(csrcs),
        extension=extension,
        padding=padding,
    )


def serialise_rtp(packet: RtpPacket) -> bytes:
    """The bytes of *packet*; :class:`LocalProtocolError` for values RTP cannot carry."""
    _check("payload type", packet.payload_type, 127)
    if 64 <= packet.payload_type <= 95 and packet.marker:
        # With the marker bit set these read back as RTCP 192-223 (RFC 5761 §4).
        raise LocalProtocolError(f"RTP payload type {packet.payload_type} collides with RTCP")
    _check("sequence number", packet.sequence, _U16)
    _check("timestamp", packet.timestamp, _U32)
    _check("SSRC", packet.ssrc, _U32)
    if len(packet.csrcs) > 15:
        raise LocalProtocolError(f"{len(packet.csrcs)} CSRCs, at most 15")
    for csrc in packet.csrcs:
        _check("CSRC", csrc, _U32)
    _check("padding", packet.padding, _U8)
    first = (VERSION << 6) | len(packet.csrcs)
    if packet.padding:
        first |= 0x20
    ext = b""
    if packet.extension is not None:
        first |= 0x10
        _check("extension profile", packet.extension.profile, _U16)
        words, rest = divmod(len(packet.extension.data), 4)
        if rest or words > _U16:
            raise LocalProtocolError("RTP extension data must be whole 32-bit words")
        ext = struct.pack("!HH", packet.extension.profile, words) + packet.extension.data
    second = (0x80 if packet.marker else 0) | packet.payload_type
    out = b"".join(
        (
            struct.pack("!BBHII", first, second, packet.sequence, packet.timestamp, packet.ssrc),
            struct.pack(f"!{len(packet.csrcs)}I", *packet.csrcs),
            ext,
            packet.payload,
            bytes(packet.padding - 1) + bytes([packet.padding]) if packet.padding else b"",
        )
    )
    if len(out) > MAX_PACKET:
        raise LocalProtocolError(f"RTP packet of {len(out)} bytes, at most {MAX_PACKET}")
    return out


# --- the test call's payload ---


@dataclass(frozen=True, slots=True)
class ProbePayload:
    """What one test-call packet says besides its RTP header (layout in the module docstring)."""

    send_time_us: int
    echo_time_us: int = 0  # 0: nothing received yet to echo
    echo_hold_us: int = 0
    path: int = PATH_CLIENT


def probe_timestamp(start: int, index: int) -> int:
    """The RTP timestamp of the *index*-th packet of a stream that starts at *start*."""
    return (start + index * SAMPLES_PER_PACKET) & _U32


def build_probe_packet(
    *,
    sequence: int,
    timestamp: int,
    ssrc: int,
    send_time_us: int,
    echo_time_us: int = 0,
    echo_hold_us: int = 0,
    path: int = PATH_CLIENT,
    payload_type: int = PCMU,
    marker: bool = False,
) -> bytes:
    """One 20 ms G.711-sized test-call packet (172 bytes on the wire)."""
    if payload_type not in _SILENCE:
        raise LocalProtocolError(
            f"test-call payload type must be PCMU (0) or PCMA (8), not {payload_type}"
        )
    try:  # struct's ranges are the fields' ranges (B, H, I, Q: unsigned 8 to 64 bits)
        head = _PROBE_PACKET.pack(
            VERSION << 6,
            (0x80 if marker else 0) | payload_type,
            sequence,
            timestamp,
            ssrc,
            PROBE_MAGIC,
            send_time_us,
            echo_time_us,
            echo_hold_us,
            path,
        )
    except struct.error as exc:
        raise LocalProtocolError(f"test-call packet field out of range ({exc})") from None
    return head + _SILENCE_TAIL[payload_type]


def parse_probe_payload(payload: bytes) -> ProbePayload:
    """The fields of a test-call payload; anything else (real audio, garbage) is an error."""
    if len(payload) != PAYLOAD_SIZE:
        raise RemoteProtocolError(f"test-call payload of {len(payload)} bytes, expected 160")
    magic, send, echo, hold, path = _PROBE.unpack_from(payload)
    if magic != PROBE_MAGIC:
        raise RemoteProtocolError("not a test-call payload (magic bytes differ)")
    return ProbePayload(send, echo, hold, path)


# --- RTCP SR / RR ---


@dataclass(frozen=True, slots=True)
class ReportBlock:
    """One reception report (§6.4.1) about the source *ssrc*."""

    ssrc: int
    fraction_lost: int  # 0-255: lost/expected since the last report, as a fraction of 256
    cumulative_lost: int  # signed 24 bits: negative when duplicates outnumber losses (A.3)
    highest_sequence: int  # extended: cycles << 16 | highest sequence number received
    jitter: int  # interarrival jitter in timestamp units (A.8)
    last_sr: int = 0  # middle 32 bits of the NTP time of the last SR received (0: none)
    delay_since_last_sr: int = 0  # in units of 1/65536 s


@dataclass(frozen=True, slots=True)
class SenderInfo:
    ntp_timestamp: int  # 64-bit NTP format: seconds since 1900 << 32 | fraction
    rtp_timestamp: int
    packet_count: int
    octet_count: int


@dataclass(frozen=True, slots=True)
class SenderReport:
    ssrc: int
    sender_info: SenderInfo
    reports: tuple[ReportBlock, ...] = ()
    extension: bytes = b""  # profile-specific extension, whole 32-bit words


@dataclass(frozen=True, slots=True)
class ReceiverReport:
    ssrc: int
    reports: tuple[ReportBlock, ...] = ()
    extension: bytes = b""


@dataclass(frozen=True, slots=True)
class OtherRtcp:
    """SDES, BYE, APP or anything else: kept as its type, count field and body."""

    packet_type: int
    count: int
    body: bytes


RtcpPacket = SenderReport | ReceiverReport | OtherRtcp


def _parse_blocks(body: bytes, pos: int, count: int) -> tuple[tuple[ReportBlock, ...], int]:
    if pos + count * _REPORT.size > len(body):
        raise RemoteProtocolError(f"RTCP report count {count} runs past the packet")
    blocks = []
    for _ in range(count):
        ssrc, fraction, lost, highest, jitter, lsr, dlsr = _REPORT.unpack_from(body, pos)
        blocks.append(
            ReportBlock(
                ssrc, fraction, int.from_bytes(lost, "big", signed=True), highest, jitter, lsr, dlsr
            )
        )
        pos += _REPORT.size
    return tuple(blocks), pos


def parse_rtcp(data: bytes) -> tuple[RtcpPacket, ...]:
    """Every packet of a compound RTCP datagram (§6.1), each length checked."""
    if len(data) > MAX_PACKET:
        raise RemoteProtocolError(f"RTCP datagram too long ({len(data)} bytes)")
    if len(data) < 4:
        raise RemoteProtocolError("RTCP datagram too short")
    out: list[RtcpPacket] = []
    pos = 0
    while pos < len(data):
        if pos + 4 > len(data):
            raise RemoteProtocolError("RTCP datagram ends inside a header")
        first, ptype, words = struct.unpack_from("!BBH", data, pos)
        if first >> 6 != VERSION:
            raise RemoteProtocolError(f"RTCP version {first >> 6}, expected 2")
        end = pos + 4 * (words + 1)
        if end > len(data):
            raise RemoteProtocolError("RTCP length field runs past the datagram")
        body = data[pos + 4 : end]
        if first & 0x20:
            # A.2: only the last packet of a compound may be padded.
            if end != len(data):
                raise RemoteProtocolError("RTCP padding on a packet that is not the last")
            pad = body[-1] if body else 0
            if pad == 0 or pad > len(body):
                raise RemoteProtocolError(f"RTCP padding count {pad} does not fit the packet")
            body = body[:-pad]
        if not 192 <= ptype <= 223:  # where every RTCP type lives (RFC 5761 §4)
            raise RemoteProtocolError(f"RTCP packet type {ptype} out of range")
        count = first & 0x1F
        if ptype in (RTCP_SR, RTCP_RR):
            head = 4 + (_SENDER_INFO.size if ptype == RTCP_SR else 0)
            if len(body) < head:
                raise RemoteProtocolError("RTCP report shorter than its fixed part")
            (ssrc,) = struct.unpack_from("!I", body)
            blocks, rest = _parse_blocks(body, head, count)
            extension = bytes(body[rest:])
            if ptype == RTCP_SR:
                info = SenderInfo(*_SENDER_INFO.unpack_from(body, 4))
                out.append(SenderReport(ssrc, info, blocks, extension))
            else:
                out.append(ReceiverReport(ssrc, blocks, extension))
        else:
            out.append(OtherRtcp(ptype, count, bytes(body)))
        pos = end
    return tuple(out)


def _pack_block(block: ReportBlock) -> bytes:
    _check("report SSRC", block.ssrc, _U32)
    _check("fraction lost", block.fraction_lost, _U8)
    if not -(2**23) <= block.cumulative_lost < 2**23:
        raise LocalProtocolError(f"cumulative loss {block.cumulative_lost} beyond 24 bits")
    for name, value in (
        ("highest sequence", block.highest_sequence),
        ("jitter", block.jitter),
        ("LSR", block.last_sr),
        ("DLSR", block.delay_since_last_sr),
    ):
        _check(name, value, _U32)
    lost = block.cumulative_lost.to_bytes(3, "big", signed=True)
    return _REPORT.pack(
        block.ssrc,
        block.fraction_lost,
        lost,
        block.highest_sequence,
        block.jitter,
        block.last_sr,
        block.delay_since_last_sr,
    )


def clamp_cumulative_lost(lost: int) -> int:
    """§6.4.1: the 24-bit field saturates rather than wraps."""
    return max(-(2**23), min(2**23 - 1, lost))


def _serialise_one(packet: RtcpPacket) -> bytes:
    if isinstance(packet, OtherRtcp):
        if not 192 <= packet.packet_type <= 223 or packet.packet_type in (RTCP_SR, RTCP_RR):
            raise LocalProtocolError(f"not an RTCP type for an opaque packet: {packet.packet_type}")
        _check("RTCP count", packet.count, 31)
        ptype, count, body = packet.packet_type, packet.count, packet.body
    else:
        if len(packet.reports) > MAX_REPORTS:
            raise LocalProtocolError(f"{len(packet.reports)} report blocks, at most 31")
        _check("SSRC", packet.ssrc, _U32)
        parts = [struct.pack("!I", packet.ssrc)]
        if isinstance(packet, SenderReport):
            info = packet.sender_info
            _check("NTP timestamp", info.ntp_timestamp, _U64)
            for name, value in (
                ("RTP timestamp", info.rtp_timestamp),
                ("packet count", info.packet_count),
                ("octet count", info.octet_count),
            ):
                _check(name, value, _U32)
            parts.append(
                _SENDER_INFO.pack(
                    info.ntp_timestamp, info.rtp_timestamp, info.packet_count, info.octet_count
                )
            )
            ptype = RTCP_SR
        else:
            ptype = RTCP_RR
        parts += [_pack_block(b) for b in packet.reports]
        parts.append(packet.extension)
        count, body = len(packet.reports), b"".join(parts)
    words, rest = divmod(len(body), 4)
    if rest or words > _U16:
        raise LocalProtocolError("RTCP packet body must be whole 32-bit words, at most 65535")
    return struct.pack("!BBH", (VERSION << 6) | count, ptype, words) + body


def serialise_rtcp(packets: Sequence[RtcpPacket]) -> bytes:
    """A compound RTCP datagram (no padding: nothing here needs encryption-sized blocks)."""
    if not packets:
        raise LocalProtocolError("an RTCP datagram needs at least one packet")
    out = b"".join(_serialise_one(p) for p in packets)
    if len(out) > MAX_PACKET:
        raise LocalProtocolError(f"RTCP datagram of {len(out)} bytes, at most {MAX_PACKET}")
    return out


# --- NTP time and the RTCP round trip ---

NTP_UNIX_OFFSET: Final = 2_208_988_800  # seconds from 1900-01-01 to 1970-01-01


def ntp_from_unix(seconds: float) -> int:
    """64-bit NTP timestamp (§4) for a Unix time in seconds."""
    total = round((seconds + NTP_UNIX_OFFSET) * 2**32)
    return total & _U64


def ntp_middle(ntp: int) -> int:
    """The middle 32 bits of an NTP timestamp: what LSR carries (§6.4.1)."""
    return (ntp >> 16) & _U32


def rtcp_round_trip(block: ReportBlock, arrival_ntp: int) -> float | None:
    """§6.4.1's round trip in seconds: arrival - LSR - DLSR; None when no SR was reported.

    Computed modulo 2**32 in units of 1/65536 s, as the RFC's figure 2 does, so
    a wrap of the middle 32 bits between the SR and the report does no harm.
    """
    if block.last_sr == 0:
        return None
    rtt = (ntp_middle(arrival_ntp) - block.last_sr - block.delay_since_last_sr) & _U32
    if rtt >= 2**31:  # negative: clocks or a forged report; not a round trip
        return None
    return rtt / 65536
