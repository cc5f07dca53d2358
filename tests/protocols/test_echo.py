"""The echo codec: lossless, ALG-proof and safe against hostile input."""

from __future__ import annotations

import base64
import contextlib
import re
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.protocols import echo
from app.protocols.errors import RemoteProtocolError


def sample(request: bytes | None = b"OPTIONS sip:x SIP/2.0\r\n\r\n\xff") -> echo.Echo:
    return echo.Echo(
        transport="udp",
        source=("203.0.113.1", 40000),
        destination=("198.51.100.7", 5060),
        request_digest=echo.digest(b"x"),
        request=request,
        response_head=b"SIP/2.0 200 OK\r\n",
        control_port=5080,
    )


def test_round_trip() -> None:
    e = sample()
    assert echo.decode(echo.encode(e)) == e
    assert echo.decode(echo.encode(sample(None))).request is None


def test_encoding_has_nothing_an_alg_would_match() -> None:
    body = echo.encode(sample()).decode()
    assert not re.search(r"\d+\.\d+\.\d+\.\d+", body)
    assert ":" not in body and " " not in body


def test_zip_bomb_is_refused() -> None:
    bomb = base64.b64encode(zlib.compress(b"[" * 10_000_000))
    with pytest.raises(RemoteProtocolError, match="too large"):
        echo.decode(bomb)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"!!!",
        base64.b64encode(b"notzlib"),
        base64.b64encode(zlib.compress(b"[]")),
        base64.b64encode(zlib.compress(b'{"v":1}')),
        base64.b64encode(
            zlib.compress(b'{"v":1,"t":"udp","sha":"x","src":["a",70000],"dst":["b",1]}')
        ),
    ],
)
def test_damaged_bodies(body: bytes) -> None:
    with pytest.raises(RemoteProtocolError):
        echo.decode(body)


@given(st.binary(max_size=512))
def test_fuzz_decode(data: bytes) -> None:
    for body in (data, base64.b64encode(data), base64.b64encode(zlib.compress(data))):
        with contextlib.suppress(RemoteProtocolError):
            echo.decode(body)


@pytest.mark.parametrize("source", ["evil<b>.example", "", "1.2.3.4.5", "２０３.0.113.1"])
def test_a_source_that_is_not_an_ip_address_is_damage(source: str) -> None:
    """The echo's source becomes the report's public address: free text must not pass."""
    from tests.records import replace

    with pytest.raises(RemoteProtocolError, match="not an IP address"):
        echo.decode(echo.encode(replace(sample(), source=(source, 40000))))
