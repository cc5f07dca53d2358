"""SDP (RFC 4566): sections, typed accessors, round trip, fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.protocols.errors import LocalProtocolError, RemoteProtocolError
from app.protocols.sdp import parse_sdp
from app.protocols.sdp_offer import build_sdp

OFFER = build_sdp(address="192.168.1.10", session_id=123456, media_port=40000)


def test_build_and_parse_offer() -> None:
    sd = parse_sdp(OFFER)
    assert sd.origin is not None and sd.origin.address == "192.168.1.10"
    assert sd.connection is not None and sd.connection.address == "192.168.1.10"
    (audio,) = sd.media
    assert (audio.media, audio.port, audio.proto) == ("audio", 40000, "RTP/AVP")
    assert sd.section_label(1) == "audio #1"
    assert sd.media_connection(1) == sd.connection
    assert bytes(sd) == OFFER


def test_lf_only_round_trip() -> None:
    text = b"v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nm=audio 5004/2 RTP/AVP 0\nc=IN IP4 5.6.7.8\n"
    sd = parse_sdp(text)
    assert bytes(sd) == text
    assert sd.media[0].port == 5004
    assert sd.media_connection(1) is not None and sd.media_connection(1).address == "5.6.7.8"


@pytest.mark.parametrize(
    "data",
    [b"", b"x", b"o=- 1 1 IN IP4 a\r\n", b"v=0\r\nNOPE\r\n", b"v=0\r\nV=0\r\n", b"v" * 40000],
)
def test_bad_sdp(data: bytes) -> None:
    with pytest.raises(RemoteProtocolError):
        parse_sdp(data)


def test_media_port_must_be_ascii_digits() -> None:
    for port in ("²", "٥٠٠٤", "-1", "65536"):
        sd = parse_sdp(f"v=0\r\nm=audio {port} RTP/AVP 0\r\n".encode())
        assert sd.media == ()


def test_bad_media_port_is_a_local_error() -> None:
    with pytest.raises(LocalProtocolError):
        build_sdp(address="1.2.3.4", session_id=1, media_port=70000)


@given(
    st.binary(max_size=1024)
    | st.lists(
        st.sampled_from(
            [
                b"v=0",
                b"\r\n",
                b"\n",
                b"m=audio 1 RTP/AVP 0",
                b"c=IN IP4 1.2.3.4",
                b"o=",
                b"a=x",
                b"\xff",
                b"m=",
                b"m=video x y",
                "m=audio ² RTP/AVP 0".encode(),
            ]
        ),
        max_size=30,
    ).map(b"".join)
)
def test_fuzz_parse_sdp(data: bytes) -> None:
    try:
        sd = parse_sdp(data)
    except RemoteProtocolError:
        return
    _ = (sd.origin, sd.connection, sd.media)
    assert parse_sdp(bytes(sd)) == sd
