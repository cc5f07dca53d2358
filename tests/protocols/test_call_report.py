"""The test call's marker and the far end's report: lossless, ALG-proof, safe on hostile input."""

from __future__ import annotations

import base64
import contextlib
import json
import re
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.protocols import call_report
from app.protocols.call_report import AckSeen, CallReport, Reception, Sent
from app.protocols.errors import RemoteProtocolError


def sample(request: bytes | None = b"ACK sip:x SIP/2.0\r\n\r\n\xff") -> CallReport:
    return CallReport(
        seconds=5,
        ack=AckSeen(True, ("203.0.113.1", 40000), "ab" * 32, request, 2),
        sdp_received=("192.168.1.20", 20000),
        reception=Reception(250, 248, 12.5, ("203.0.113.1", 20000), 3),
        to_sdp=Sent(("192.168.1.20", 20000), 0, None, "network is unreachable"),
        to_source=Sent(("203.0.113.1", 20000), 248),
    )


def test_round_trip() -> None:
    for report in (
        sample(),
        sample(None),
        CallReport(1, AckSeen(False), None, Reception(), Sent(None, refused="x"), Sent(None)),
    ):
        assert call_report.decode(call_report.encode(report)) == report


def test_encoding_has_nothing_an_alg_would_match() -> None:
    body = call_report.encode(sample()).decode()
    assert not re.search(r"\d+\.\d+\.\d+\.\d+", body)
    assert ":" not in body and " " not in body


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("seconds=5", 5),
        (" Seconds = 30 ", 30),
        ("seconds=31", None),
        ("seconds=0", None),
        ("seconds=٣", None),
        ("5", None),
        ("minutes=5", None),
        ("seconds=", None),
    ],
)
def test_marker(text: str, seconds: int | None) -> None:
    assert call_report.parse_marker(text) == seconds


def _packed(doc: Any) -> bytes:
    return base64.b64encode(zlib.compress(json.dumps(doc).encode()))


def test_damaged_reports_are_refused_with_one_error_type() -> None:
    good = json.loads(zlib.decompress(base64.b64decode(call_report.encode(sample()))))
    bad_docs: list[Any] = [
        [],
        {**good, "v": 2},
        {**good, "ack": {**good["ack"], "seen": "yes"}},
        {**good, "sdp": ["not an ip", 5]},
        {**good, "sdp": ["192.0.2.1", 70000]},
        {**good, "rx": {**good["rx"], "n": -1}},
        {**good, "rx": {**good["rx"], "j": float("inf")}},
        {**good, "tx": {"sdp": good["tx"]["sdp"]}},
    ]
    for doc in bad_docs:
        with pytest.raises(RemoteProtocolError):
            call_report.decode(_packed(doc))
    bomb = base64.b64encode(zlib.compress(b"[" * 200_000))
    with pytest.raises(RemoteProtocolError):
        call_report.decode(bomb)


@given(st.binary(max_size=600))
def test_decode_raises_only_remote_protocol_error(data: bytes) -> None:
    with contextlib.suppress(RemoteProtocolError):
        call_report.decode(data)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=4), c, max_size=4),
    max_leaves=8,
)
_GOOD: Any = json.loads(zlib.decompress(base64.b64decode(call_report.encode(sample()))))
_FIELDS = [(k,) for k in _GOOD] + [
    (k, n) for k in _GOOD if isinstance(_GOOD[k], dict) for n in _GOOD[k]
]


@given(st.sampled_from(_FIELDS), _JSON)
def test_a_report_with_any_field_replaced_decodes_or_raises_one_error(
    where: tuple[str, ...], value: Any
) -> None:
    doc = json.loads(json.dumps(_GOOD))
    if len(where) == 1:
        doc[where[0]] = value
    else:
        doc[where[0]][where[1]] = value
    with contextlib.suppress(RemoteProtocolError):
        call_report.decode(_packed(doc))
