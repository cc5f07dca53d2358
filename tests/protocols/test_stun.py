"""STUN codec: the RFC 5769 test vectors, round trips, and fuzzing."""

from __future__ import annotations

import contextlib
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.protocols import stun
from app.protocols.errors import RemoteProtocolError


def hx(text: str) -> bytes:
    return bytes.fromhex("".join(text.split()))


PASSWORD = b"VOkJxbRl1RmTxUk/WvJxBt"
TXID = hx("b7e7a701bc34d686fa87dfae")
# RFC 5769 §2.1-2.4
REQUEST = hx("""000100582112a442b7e7a701bc34d686fa87dfae802200105354554e207465737420636c69656e74
002400046e0001ff80290008932ff9b151263b36000600096576746a3a68367659202020
000800149aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf""")
RESPONSE_V4 = hx("""0101003c2112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f7220
002000080001a147e112a643000800142b91f599fd9e90c38c7489f92af9ba53f06be7d7
80280004c07d4c96""")
RESPONSE_V6 = hx("""010100482112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f7220
002000140002a1470113a9faa5d3f179bc25f4b5bed2b9d900080014a382954e4be67bf1
1784c97c8292c275bfe3ed4180280004c8fb0b4c""")
LONG_TERM = hx("""000100602112a44278ad3433c6ad72c029da412e00060012e3839ee38388e383aae38383
e382afe382b900000015001c662f2f3439396b39353464364f4c33346f4c394653547679
363473410014000b6578616d706c652e6f72670000080014f67024656dd64a3e02b8e071
2e85c9a28ca89666""")


def test_rfc5769_request() -> None:
    msg = stun.parse(REQUEST)
    assert (msg.method, msg.cls, msg.transaction_id) == (stun.BINDING, stun.Cls.REQUEST, TXID)
    assert msg.software == "STUN test client"
    assert msg.get(stun.Attr.USERNAME) == b"evtj:h6vY"
    assert msg.fingerprint_ok() and msg.integrity_ok(PASSWORD)
    assert not msg.integrity_ok(b"wrong password")


def test_rfc5769_ipv4_and_ipv6_responses() -> None:
    v4 = stun.parse(RESPONSE_V4)
    assert v4.cls is stun.Cls.SUCCESS and v4.xor_mapped_address == ("192.0.2.1", 32853)
    assert v4.fingerprint_ok() and v4.integrity_ok(PASSWORD)
    v6 = stun.parse(RESPONSE_V6)
    assert v6.xor_mapped_address == ("2001:db8:1234:5678:11:2233:4455:6677", 32853)
    assert v6.fingerprint_ok() and v6.integrity_ok(PASSWORD)


def test_rfc5769_long_term_credentials() -> None:
    msg = stun.parse(LONG_TERM)
    user = msg.get(stun.Attr.USERNAME)
    assert user is not None and user.decode() == "マトリックス"
    assert msg.get(stun.Attr.REALM) == b"example.org"
    assert msg.integrity_ok(stun.long_term_key(user.decode(), "example.org", "TheMatrIX"))


def test_encode_reproduces_the_vector_up_to_padding() -> None:
    # RFC 5769 pads with spaces on purpose (padding content is arbitrary); we pad with zeros.
    # Everything else must come out the same and verify.
    msg = stun.parse(RESPONSE_V4)
    attrs = tuple(
        a
        for a in msg.attributes
        if a[0] not in (stun.Attr.MESSAGE_INTEGRITY, stun.Attr.FINGERPRINT)
    )
    again = stun.encode(
        stun.StunMessage(msg.method, msg.cls, msg.transaction_id, attrs), integrity_key=PASSWORD
    )
    assert len(again) == len(RESPONSE_V4)
    assert again[:35] == RESPONSE_V4[:35] and again[36:52] == RESPONSE_V4[36:52]
    parsed = stun.parse(again)
    assert parsed.attributes[:2] == msg.attributes[:2]
    assert parsed.integrity_ok(PASSWORD) and parsed.fingerprint_ok()


def test_binding_round_trip_with_rfc5780_attributes() -> None:
    txid = os.urandom(12)
    req = stun.parse(stun.binding_request(txid, change_ip=True, change_port=True))
    assert req.change_request == (True, True) and req.fingerprint_ok()
    resp = stun.parse(
        stun.binding_response(
            txid, ("203.0.113.1", 40000), other=("203.0.113.3", 3479), origin=("203.0.113.2", 3478)
        )
    )
    assert resp.xor_mapped_address == ("203.0.113.1", 40000)
    assert resp.other_address == ("203.0.113.3", 3479)
    assert resp.response_origin == ("203.0.113.2", 3478)
    err = stun.parse(stun.error_response(txid, 420, "Unknown Attribute"))
    assert err.cls is stun.Cls.ERROR and err.error == (420, "Unknown Attribute")


def test_demultiplexing_check() -> None:
    assert stun.is_stun(REQUEST)
    assert not stun.is_stun(b"OPTIONS sip:x SIP/2.0\r\n\r\n")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        REQUEST[:19],
        b"\xc0" + REQUEST[1:],
        REQUEST[:4] + b"\0\0\0\0" + REQUEST[8:],
        REQUEST + b"\0\0\0\0",
        REQUEST[:-1],
        REQUEST[:2] + b"\x00\x5c" + REQUEST[4:],
    ],
)
def test_malformed(data: bytes) -> None:
    with pytest.raises(RemoteProtocolError):
        stun.parse(data)


@given(st.binary(max_size=300))
def test_fuzz_parse_raises_only_remote_error(data: bytes) -> None:
    candidates = [data, REQUEST[:20] + data, stun.binding_request(b"x" * 12)[:20] + data]
    for cand in candidates:
        try:
            msg = stun.parse(cand)
        except RemoteProtocolError:
            continue
        for prop in ("xor_mapped_address", "mapped_address", "other_address", "response_origin"):
            with contextlib.suppress(RemoteProtocolError):
                getattr(msg, prop)
        _ = (
            msg.software,
            msg.error,
            msg.change_request,
            msg.fingerprint_ok(),
            msg.integrity_ok(b"k"),
        )
