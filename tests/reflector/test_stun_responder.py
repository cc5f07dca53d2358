"""The reflector's STUN responder (pure): RFC 5780 answers within the 3x budget."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from app.protocols import stun
from app.reflector.stun_responder import answer_stun

A1, A2 = "203.0.113.2", "203.0.113.3"
FULL = frozenset({(A1, 3478), (A1, 3479), (A2, 3478), (A2, 3479)})
SRC = ("198.51.100.9", 40000)


def req(change_ip: bool = False, change_port: bool = False) -> tuple[bytes, bytes]:
    txid = os.urandom(12)
    return txid, stun.binding_request(txid, change_ip=change_ip, change_port=change_port)


def test_binding_answer_with_rfc5780_attributes() -> None:
    txid, data = req()
    ans = answer_stun(data, SRC, (A1, 3478), FULL)
    assert ans is not None and ans.via == (A1, 3478)
    msg = stun.parse(ans.data)
    assert msg.transaction_id == txid and msg.xor_mapped_address == SRC
    assert msg.other_address == (A2, 3479) and msg.response_origin == (A1, 3478)
    assert len(ans.data) <= 3 * len(data)


def test_change_requests_pick_the_other_socket() -> None:
    assert answer_stun(req(True, True)[1], SRC, (A1, 3478), FULL).via == (A2, 3479)  # type: ignore[union-attr]
    assert answer_stun(req(False, True)[1], SRC, (A1, 3478), FULL).via == (A1, 3479)  # type: ignore[union-attr]


def test_one_address_refuses_ip_change_but_offers_port_change() -> None:
    one = frozenset({(A1, 3478), (A1, 3479)})
    ans = answer_stun(req(True, False)[1], SRC, (A1, 3478), one)
    assert ans is not None and stun.parse(ans.data).error == (420, "Cannot change address")
    port = answer_stun(req(False, True)[1], SRC, (A1, 3478), one)
    assert port is not None and port.via == (A1, 3479)
    assert stun.parse(port.data).other_address is None  # cannot offer a full RFC 5780 pair


def test_small_request_gets_a_trimmed_answer_within_budget() -> None:
    txid = os.urandom(12)
    bare = stun.encode(stun.StunMessage(stun.BINDING, stun.Cls.REQUEST, txid), fingerprint=False)
    ans = answer_stun(bare, SRC, (A1, 3478), FULL)
    assert ans is not None and len(ans.data) <= 3 * len(bare)
    assert stun.parse(ans.data).xor_mapped_address == SRC


@given(st.binary(max_size=200))
def test_fuzz_stun_responder(data: bytes) -> None:
    ans = answer_stun(data, SRC, (A1, 3478), FULL)
    if ans is not None:
        assert len(ans.data) <= 3 * len(data)
