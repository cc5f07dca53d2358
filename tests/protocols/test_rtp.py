"""RTP/RTCP codec: hand-assembled packets, the test-call payload, round trips and fuzzing."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.protocols import rtp
from app.protocols.errors import LocalProtocolError, RemoteProtocolError

U32 = st.integers(0, 2**32 - 1)


def test_parse_a_hand_assembled_packet() -> None:
    # V=2, P=0, X=0, CC=1; M=1, PT=8; seq 0xfffe; ts 0x01020304; SSRC; one CSRC; 3 payload bytes
    data = bytes([0x81, 0x88]) + struct.pack("!HII", 0xFFFE, 0x01020304, 0xDEADBEEF)
    data += struct.pack("!I", 7) + b"abc"
    pkt = rtp.parse_rtp(data)
    assert pkt == rtp.RtpPacket(8, 0xFFFE, 0x01020304, 0xDEADBEEF, b"abc", True, (7,))
    assert rtp.serialise_rtp(pkt) == data


def test_padding_and_extension_are_stripped_and_restored() -> None:
    ext = struct.pack("!HH", 0xBEDE, 1) + b"\x10\xaa\x00\x00"
    data = bytes([0xB0, 0x00]) + struct.pack("!HII", 1, 2, 3) + ext + b"pay" + b"\x00\x00\x03"
    pkt = rtp.parse_rtp(data)
    assert pkt.extension == rtp.RtpExtension(0xBEDE, b"\x10\xaa\x00\x00")
    assert (pkt.payload, pkt.padding) == (b"pay", 3)
    assert rtp.serialise_rtp(pkt) == data


@pytest.mark.parametrize(
    "data, words",
    [
        (b"\x80\x00" + b"\x00" * 9, "too short"),
        (b"\x40\x00" + b"\x00" * 10, "version"),
        (b"\x8f\x00" + b"\x00" * 10, "CSRC"),  # 15 CSRCs announced, none present
        (b"\x90\x00" + b"\x00" * 10 + b"\x00\x00\x00\x05", "extension"),
        (b"\xa0\x00" + b"\x00" * 10 + b"\x00", "padding count 0"),
        (b"\xa0\x00" + b"\x00" * 10 + b"\x05", "padding count 5"),
        (b"\x80\xc8" + b"\x00" * 10, "RTCP"),  # an SR on the RTP path
        (b"\x80\x00" + b"\x00" * 3000, "too long"),
    ],
)
def test_malformed_rtp_is_a_remote_error(data: bytes, words: str) -> None:
    with pytest.raises(RemoteProtocolError, match=words):
        rtp.parse_rtp(data)


@pytest.mark.parametrize(
    "pkt",
    [
        rtp.RtpPacket(128, 0, 0, 0),
        rtp.RtpPacket(0, 65536, 0, 0),
        rtp.RtpPacket(0, 0, 2**32, 0),
        rtp.RtpPacket(72, 0, 0, 0, marker=True),  # would read back as RTCP SR
        rtp.RtpPacket(0, 0, 0, 0, csrcs=(1,) * 16),
        rtp.RtpPacket(0, 0, 0, 0, extension=rtp.RtpExtension(1, b"abc")),
        rtp.RtpPacket(0, 0, 0, 0, padding=256),
        rtp.RtpPacket(0, 0, 0, 0, payload=b"x" * 3000),
    ],
)
def test_building_invalid_rtp_is_a_local_error(pkt: rtp.RtpPacket) -> None:
    with pytest.raises(LocalProtocolError):
        rtp.serialise_rtp(pkt)


def test_is_rtcp_by_the_second_octet() -> None:
    assert rtp.is_rtcp(b"\x80\xc8") and rtp.is_rtcp(b"\x81\xc9")
    assert not rtp.is_rtcp(b"\x80\x00") and not rtp.is_rtcp(b"\x80\x88") and not rtp.is_rtcp(b"")


def test_probe_packet_layout() -> None:
    data = rtp.build_probe_packet(
        sequence=65535,
        timestamp=rtp.probe_timestamp(2**32 - 160, 1),
        ssrc=0x11223344,
        send_time_us=1_234_567,
        echo_time_us=1_000_000,
        echo_hold_us=250,
        path=rtp.PATH_LATCHED,
        payload_type=rtp.PCMA,
    )
    assert len(data) == 12 + 160
    pkt = rtp.parse_rtp(data)
    assert (pkt.payload_type, pkt.sequence, pkt.timestamp, pkt.ssrc) == (8, 65535, 0, 0x11223344)
    assert pkt.payload[:4] == b"SAD\x01"
    assert struct.unpack("!QQIB", pkt.payload[4:25]) == (1_234_567, 1_000_000, 250, 2)
    assert set(pkt.payload[25:]) == {0xD5}  # A-law silence
    assert rtp.parse_probe_payload(pkt.payload) == rtp.ProbePayload(1_234_567, 1_000_000, 250, 2)
    pcmu = rtp.parse_rtp(rtp.build_probe_packet(sequence=0, timestamp=0, ssrc=1, send_time_us=0))
    assert set(pcmu.payload[25:]) == {0xFF}  # mu-law silence


def test_probe_payload_rejects_foreign_payloads() -> None:
    with pytest.raises(RemoteProtocolError, match="160"):
        rtp.parse_probe_payload(b"SAD\x01" + bytes(100))
    with pytest.raises(RemoteProtocolError, match="magic"):
        rtp.parse_probe_payload(b"\xff" * 160)
    with pytest.raises(LocalProtocolError):
        rtp.build_probe_packet(sequence=0, timestamp=0, ssrc=0, send_time_us=0, payload_type=18)
    with pytest.raises(LocalProtocolError):
        rtp.build_probe_packet(sequence=0, timestamp=0, ssrc=0, send_time_us=-1)


def test_probe_timestamps_advance_160_and_wrap() -> None:
    assert [rtp.probe_timestamp(100, i) for i in range(3)] == [100, 260, 420]
    assert rtp.probe_timestamp(2**32 - 160, 2) == 160
    assert rtp.PACKET_INTERVAL == 0.02


# --- RTCP ---

BLOCK = rtp.ReportBlock(0xCAFE, 64, -3, (1 << 16) | 5, 37, 0x12345678, 0x00018000)


def test_sender_report_by_hand() -> None:
    info = rtp.SenderInfo(0x0102030405060708, 160, 50, 8000)
    data = rtp.serialise_rtcp([rtp.SenderReport(0xABCD, info, (BLOCK,))])
    assert data[:4] == bytes([0x81, 200]) + struct.pack("!H", 12)  # 1 report, 13 words
    assert len(data) == 52
    assert data[28:32] == struct.pack("!I", 0xCAFE)
    assert data[32:36] == bytes([64, 0xFF, 0xFF, 0xFD])  # fraction 64/256, lost -3 (24-bit)
    (sr,) = rtp.parse_rtcp(data)
    assert isinstance(sr, rtp.SenderReport)
    assert sr.sender_info == info and sr.reports == (BLOCK,)


def test_compound_rr_sdes_with_padding() -> None:
    rr = rtp.serialise_rtcp([rtp.ReceiverReport(1, (BLOCK,))])
    sdes = bytes([0xA1, 202, 0, 2]) + struct.pack("!I", 1) + b"\x01\x00\x00\x04"  # P=1, pad 4
    parsed = rtp.parse_rtcp(rr + sdes)
    assert parsed == (
        rtp.ReceiverReport(1, (BLOCK,)),
        rtp.OtherRtcp(202, 1, struct.pack("!I", 1)),
    )


@pytest.mark.parametrize(
    "data, words",
    [
        (b"\x80\xc9", "too short"),
        (b"\x40\xc9\x00\x01" + bytes(4), "version"),
        (b"\x80\xc9\x00\x05" + bytes(4), "length"),
        (b"\x81\xc9\x00\x01" + bytes(4), "report count"),
        (b"\x80\xc8\x00\x01" + bytes(4), "fixed part"),
        (b"\xa0\xc9\x00\x01" + bytes(4) + b"\x80\xc9\x00\x01" + bytes(4), "not the last"),
        (b"\xa0\xc9\x00\x01" + bytes(3) + b"\x09", "padding"),
        (b"\x80\xc9\x00\x01" + bytes(4) + b"\x80", "inside a header"),
        (b"\x80\x00\x00\x01" + bytes(4), "type 0 out of range"),
    ],
)
def test_malformed_rtcp_is_a_remote_error(data: bytes, words: str) -> None:
    with pytest.raises(RemoteProtocolError, match=words):
        rtp.parse_rtcp(data)


def test_building_invalid_rtcp_is_a_local_error() -> None:
    with pytest.raises(LocalProtocolError):
        rtp.serialise_rtcp([])
    with pytest.raises(LocalProtocolError):
        rtp.serialise_rtcp([rtp.ReceiverReport(1, (BLOCK,) * 32)])
    with pytest.raises(LocalProtocolError):
        rtp.serialise_rtcp([rtp.ReceiverReport(1, extension=b"abc")])
    with pytest.raises(LocalProtocolError, match="opaque"):
        rtp.serialise_rtcp([rtp.OtherRtcp(rtp.RTCP_SR, 0, b"")])
    bad = rtp.ReportBlock(1, 0, 2**23, 0, 0)
    with pytest.raises(LocalProtocolError, match="24 bits"):
        rtp.serialise_rtcp([rtp.ReceiverReport(1, (bad,))])
    assert rtp.clamp_cumulative_lost(2**30) == 2**23 - 1
    assert rtp.clamp_cumulative_lost(-(2**30)) == -(2**23)


def test_round_trip_time_from_lsr_and_dlsr() -> None:
    # RFC 3550 §6.4.1, figure 2: SR sent at n, report arrives 0.75 s + 0.5 s later with
    # DLSR 0.5 s, so the network took 0.25 s both ways together.
    sr_sent = rtp.ntp_from_unix(1_700_000_000.0)
    arrival = rtp.ntp_from_unix(1_700_000_000.75)
    block = rtp.ReportBlock(1, 0, 0, 0, 0, rtp.ntp_middle(sr_sent), 0x8000)  # 0.5 s
    rtt = rtp.rtcp_round_trip(block, arrival)
    assert rtt == pytest.approx(0.25, abs=1 / 65536)
    assert rtp.rtcp_round_trip(rtp.ReportBlock(1, 0, 0, 0, 0, 0, 0), arrival) is None
    late_dlsr = rtp.ReportBlock(1, 0, 0, 0, 0, rtp.ntp_middle(sr_sent), 0x10000)  # 1 s > 0.75
    assert rtp.rtcp_round_trip(late_dlsr, arrival) is None


def test_ntp_epoch() -> None:
    assert rtp.ntp_from_unix(0.0) == 2_208_988_800 << 32
    assert rtp.ntp_middle(rtp.ntp_from_unix(0.5)) & 0xFFFF == 0x8000


# --- round trips and fuzzing ---

extensions = st.none() | st.builds(
    rtp.RtpExtension,
    st.integers(0, 0xFFFF),
    st.integers(0, 5).flatmap(lambda n: st.binary(min_size=4 * n, max_size=4 * n)),
)
packets = st.builds(
    rtp.RtpPacket,
    payload_type=st.integers(0, 127).filter(lambda pt: not 64 <= pt <= 95),
    sequence=st.integers(0, 0xFFFF),
    timestamp=U32,
    ssrc=U32,
    payload=st.binary(max_size=200),
    marker=st.booleans(),
    csrcs=st.lists(U32, max_size=15).map(tuple),
    extension=extensions,
    padding=st.integers(0, 255),
)


@given(packets)
def test_rtp_round_trip(pkt: rtp.RtpPacket) -> None:
    assert rtp.parse_rtp(rtp.serialise_rtp(pkt)) == pkt


blocks = st.builds(
    rtp.ReportBlock,
    U32,
    st.integers(0, 255),
    st.integers(-(2**23), 2**23 - 1),
    U32,
    U32,
    U32,
    U32,
)
words = st.integers(0, 4).flatmap(lambda n: st.binary(min_size=4 * n, max_size=4 * n))
rtcp_packets = st.one_of(
    st.builds(
        rtp.SenderReport,
        U32,
        st.builds(rtp.SenderInfo, st.integers(0, 2**64 - 1), U32, U32, U32),
        st.lists(blocks, max_size=3).map(tuple),
        words,
    ),
    st.builds(rtp.ReceiverReport, U32, st.lists(blocks, max_size=3).map(tuple), words),
    st.builds(rtp.OtherRtcp, st.integers(202, 204), st.integers(0, 31), words),
)


@given(st.lists(rtcp_packets, min_size=1, max_size=4))
def test_rtcp_round_trip(pkts: list[rtp.RtcpPacket]) -> None:
    assert rtp.parse_rtcp(rtp.serialise_rtcp(pkts)) == tuple(pkts)


@given(
    st.integers(0, 0xFFFF),
    U32,
    U32,
    st.integers(0, 2**64 - 1),
    st.integers(0, 2**64 - 1),
    U32,
    st.integers(0, 255),
    st.sampled_from([rtp.PCMU, rtp.PCMA]),
)
def test_probe_round_trip(
    seq: int, ts: int, ssrc: int, send: int, echo: int, hold: int, path: int, pt: int
) -> None:
    data = rtp.build_probe_packet(
        sequence=seq,
        timestamp=ts,
        ssrc=ssrc,
        send_time_us=send,
        echo_time_us=echo,
        echo_hold_us=hold,
        path=path,
        payload_type=pt,
    )
    pkt = rtp.parse_rtp(data)
    assert (pkt.sequence, pkt.timestamp, pkt.ssrc, pkt.payload_type) == (seq, ts, ssrc, pt)
    assert rtp.parse_probe_payload(pkt.payload) == rtp.ProbePayload(send, echo, hold, path)


PROBE = rtp.build_probe_packet(sequence=1, timestamp=160, ssrc=9, send_time_us=5)
SR = rtp.serialise_rtcp([rtp.SenderReport(1, rtp.SenderInfo(1, 2, 3, 4), (BLOCK,))])


@given(st.binary(max_size=300))
@example(b"\xa0\x00" + bytes(10) + b"\xff")
@example(b"\xa0\xc9\x00\x00")
def test_fuzz_parsers_raise_only_remote_error(data: bytes) -> None:
    v2 = bytes([0x80 | (data[0] & 0x3F)]) + data[1:] if data else data  # force version 2
    for cand in (data, v2, PROBE[:12] + data, SR[:8] + data):
        with contextlib.suppress(RemoteProtocolError):
            rtp.parse_probe_payload(rtp.parse_rtp(cand).payload)
        with contextlib.suppress(RemoteProtocolError):
            rtp.parse_rtcp(cand)


@given(st.integers(0, len(PROBE) - 1), st.integers(0, 255))
def test_fuzz_single_byte_changes_of_a_probe(index: int, value: int) -> None:
    data = bytearray(PROBE)
    data[index] = value
    with contextlib.suppress(RemoteProtocolError):
        rtp.parse_probe_payload(rtp.parse_rtp(bytes(data)).payload)


@given(
    st.integers(0, 0xFFFF),
    st.integers(0, 0xFFFF_FFFF),
    st.integers(0, 0xFFFF_FFFF),
    st.integers(0, 2**64 - 1),
    st.integers(0, 2**64 - 1),
    st.integers(0, 0xFFFF_FFFF),
    st.integers(0, 255),
    st.sampled_from([rtp.PCMU, rtp.PCMA]),
    st.booleans(),
)
def test_probe_packet_fast_path_equals_the_general_serialiser(
    seq: int, ts: int, ssrc: int, send: int, echo: int, hold: int, path: int, pt: int, mark: bool
) -> None:
    """build_probe_packet packs in one go; the bytes are those of serialise_rtp."""
    fields = struct.pack("!4sQQIB", rtp.PROBE_MAGIC, send, echo, hold, path)
    octet = 0xFF if pt == rtp.PCMU else 0xD5
    general = rtp.serialise_rtp(
        rtp.RtpPacket(pt, seq, ts, ssrc, fields + bytes([octet]) * (160 - len(fields)), mark)
    )
    built = rtp.build_probe_packet(
        sequence=seq,
        timestamp=ts,
        ssrc=ssrc,
        send_time_us=send,
        echo_time_us=echo,
        echo_hold_us=hold,
        path=path,
        payload_type=pt,
        marker=mark,
    )
    assert built == general


@pytest.mark.parametrize(
    "bad",
    [
        {"sequence": 65536},
        {"timestamp": 2**32},
        {"ssrc": -1},
        {"send_time_us": 2**64},
        {"echo_time_us": -1},
        {"echo_hold_us": 2**32},
        {"path": 256},
    ],
)
def test_probe_packet_fields_out_of_range_are_refused(bad: dict[str, int]) -> None:
    fields = {"sequence": 0, "timestamp": 0, "ssrc": 0, "send_time_us": 0, **bad}
    with pytest.raises(LocalProtocolError, match="out of range"):
        rtp.build_probe_packet(**fields)
