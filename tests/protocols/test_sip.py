"""SIP parsing and building: RFC 3261 §7 forms, framing (§18.3), limits, fuzzing."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.protocols.errors import LocalProtocolError, RemoteProtocolError
from app.protocols.sip import (
    MAX_MESSAGE,
    Request,
    Response,
    StreamFramer,
    canonical_name,
    join_hostport,
    make_headers,
    parse_message,
    parse_name_addr,
    parse_via,
    split_hostport,
    split_list,
    with_content_length,
)

INVITE = (
    b"INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport\r\n"
    b"Max-Forwards: 70\r\n"
    b"To: Bob <sip:bob@biloxi.example.com>\r\n"
    b"From: Alice <sip:alice@192.168.1.10>;tag=1928301774\r\n"
    b"Call-ID: a84b4c76e66710@192.168.1.10\r\n"
    b"CSeq: 314159 INVITE\r\n"
    b"Contact: <sip:alice@192.168.1.10:5060>\r\n"
    b"Content-Type: application/sdp\r\n"
    b"Content-Length: 4\r\n"
    b"\r\n"
    b"v=0\n"
)


def test_parse_request_fields() -> None:
    msg = parse_message(INVITE)
    assert isinstance(msg, Request)
    assert (msg.method, msg.uri, msg.version) == ("INVITE", "sip:bob@biloxi.example.com", "SIP/2.0")
    assert msg.get("call-id") == "a84b4c76e66710@192.168.1.10"
    assert msg.get("i") == msg.get("Call-ID")  # compact form, §7.3.3
    assert msg.body == b"v=0\n"
    assert msg.content_type == "application/sdp"


def test_round_trip_is_exact_for_canonical_messages() -> None:
    assert bytes(parse_message(INVITE)) == INVITE


def test_parse_response() -> None:
    data = b"SIP/2.0 180 Ringing\r\nVia: SIP/2.0/UDP h;branch=z9hG4bKx\r\nContent-Length: 0\r\n\r\n"
    msg = parse_message(data)
    assert isinstance(msg, Response)
    assert (msg.status, msg.reason) == (180, "Ringing")


def test_compact_forms_and_case_insensitive_names() -> None:
    data = (
        b"OPTIONS sip:x SIP/2.0\r\nv: SIP/2.0/UDP a;branch=z9hG4bK1\r\nVIA: SIP/2.0/TCP b\r\n"
        b"f: <sip:a@b>;tag=1\r\nt: <sip:x>\r\ni: 1@b\r\nCSEQ: 1 OPTIONS\r\nl: 0\r\n\r\n"
    )
    msg = parse_message(data)
    assert msg.get_all("via") == ["SIP/2.0/UDP a;branch=z9hG4bK1", "SIP/2.0/TCP b"]
    assert msg.get("From") == "<sip:a@b>;tag=1"
    assert canonical_name("cseq") == "CSeq"
    assert canonical_name("x-custom-thing") == "X-Custom-Thing"


def test_comma_joined_via_equals_separate_lines() -> None:
    joined = parse_message(b"OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a, SIP/2.0/UDP b\r\n\r\n")
    separate = parse_message(
        b"OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nVia: SIP/2.0/UDP b\r\n\r\n"
    )
    assert joined.get_all("Via") == separate.get_all("Via") == ["SIP/2.0/UDP a", "SIP/2.0/UDP b"]


def test_split_list_respects_quotes_and_brackets() -> None:
    assert split_list('"Doe, John" <sip:j@x>, <sip:a@b;x=1,2>') == [
        '"Doe, John" <sip:j@x>',
        "<sip:a@b;x=1,2>",
    ]


def test_folded_header_and_leading_crlf() -> None:
    data = b"\r\n\r\nOPTIONS sip:x SIP/2.0\r\nSubject: I know you're there,\r\n pick up!\r\n\r\n"
    assert parse_message(data).get("Subject") == "I know you're there, pick up!"


def test_lf_only_line_ends_are_tolerated() -> None:
    msg = parse_message(b"OPTIONS sip:x SIP/2.0\nCall-ID: 1\n\n")
    assert msg.get("Call-ID") == "1"


def test_datagram_body_is_cut_at_content_length() -> None:
    msg = parse_message(INVITE + b"trailing junk")
    assert msg.body == b"v=0\n"


@pytest.mark.parametrize(
    "data, match",
    [
        (b"", "no empty line"),
        (b"INVITE sip:x SIP/2.0\r\n", "no empty line"),
        (b"HELLO\r\n\r\n", "bad request line"),
        (b"INV@TE sip:x SIP/2.0\r\n\r\n", "bad method"),
        (b"INVITE sip:x HTTP/1.1\r\n\r\n", "bad request line"),
        (b"SIP/2.0 99 Too Low\r\n\r\n", "bad status code"),
        (b"SIP/2.0 abc OK\r\n\r\n", "bad status code"),
        ("SIP/2.0 ²⁰⁰ OK\r\n\r\n".encode(), "bad status code"),
        ("SIP/2.0 ٢٠٠ OK\r\n\r\n".encode(), "bad status code"),
        ("OPTIONS sip:x SIP/2.0\r\nContent-Length: ²\r\n\r\n".encode(), "bad Content-Length"),
        ("SIP/٢.0 200 OK\r\n\r\n".encode(), "bad status line"),
        (b"OPTIONS sip:x SIP/2.0\r\nno colon here\r\n\r\n", "bad header line"),
        (b"OPTIONS sip:x SIP/2.0\r\n continuation\r\n\r\n", "continuation line"),
        (b"OPTIONS sip:x SIP/2.0\r\nContent-Length: -1\r\n\r\n", "bad Content-Length"),
        (b"OPTIONS sip:x SIP/2.0\r\nContent-Length: 10\r\n\r\nabc", "shorter than Content-Length"),
        (b"OPTIONS sip:x SIP/2.0\r\nl: 1\r\nl: 2\r\n\r\nab", "conflicting Content-Length"),
        (b"OPTIONS sip:x SIP/2.0\r\nA: b\rc\r\n\r\n", "stray carriage return"),
    ],
)
def test_malformed_messages_raise_remote_error(data: bytes, match: str) -> None:
    with pytest.raises(RemoteProtocolError, match=match):
        parse_message(data)


def test_limits() -> None:
    with pytest.raises(RemoteProtocolError, match="exceeds"):
        parse_message(b"x" * (MAX_MESSAGE + 1))
    many = b"OPTIONS sip:x SIP/2.0\r\n" + b"X-A: 1\r\n" * 200 + b"\r\n"
    with pytest.raises(RemoteProtocolError, match=r"too many headers|too long"):
        parse_message(many)


def test_stream_requires_content_length() -> None:
    with pytest.raises(RemoteProtocolError, match="required"):
        parse_message(b"OPTIONS sip:x SIP/2.0\r\n\r\n", stream=True)


def test_framer_whole_and_byte_by_byte() -> None:
    stream = b"\r\n\r\n" + INVITE + b"\r\n" + INVITE
    whole = StreamFramer().feed(stream)
    assert whole == [INVITE, INVITE]
    framer = StreamFramer()
    pieces: list[bytes] = []
    for i in range(len(stream)):
        pieces += framer.feed(stream[i : i + 1])
    assert pieces == [INVITE, INVITE]
    assert framer.keepalives == 3


def test_framer_survives_a_flood_of_line_ends() -> None:
    """It used to recurse once per bare LF: 1,000 of them raised RecursionError."""
    framer = StreamFramer()
    assert framer.feed(b"\n" * 5000 + b"\r\n" * 5000) == []
    assert framer.pending == 0 and framer.keepalives == 5000
    assert framer.feed(INVITE) == [INVITE]


def test_framer_rejects_missing_length_and_oversize() -> None:
    with pytest.raises(RemoteProtocolError, match="required"):
        StreamFramer().feed(b"OPTIONS sip:x SIP/2.0\r\n\r\n")
    with pytest.raises(RemoteProtocolError, match="exceeds"):
        StreamFramer(max_message=100).feed(b"OPTIONS sip:x SIP/2.0\r\nl: 1000\r\n\r\n")
    with pytest.raises(RemoteProtocolError, match="too long"):
        StreamFramer().feed(b"A" * 20000)


def test_build_refuses_line_breaks_in_values() -> None:
    with pytest.raises(LocalProtocolError):
        make_headers([("Subject", "evil\r\nVia: injected")])
    with pytest.raises(LocalProtocolError):
        make_headers([("Bad Name", "x")])


def test_with_content_length_sets_exact_length() -> None:
    req = with_content_length(Request("OPTIONS", "sip:x", make_headers([("Call-ID", "1")]), b"abc"))
    assert req.get("Content-Length") == "3"
    assert parse_message(bytes(req)).body == b"abc"


def test_via_and_name_addr_parsing() -> None:
    via = parse_via("SIP/2.0/UDP [2001:db8::1]:5070;branch=z9hG4bKx;rport;received=1.2.3.4")
    assert (via.transport, via.host, via.port) == ("UDP", "2001:db8::1", 5070)
    assert via.param("rport") is None and via.has_param("rport")
    assert via.param("received") == "1.2.3.4"
    assert via.sent_by == "[2001:db8::1]:5070"
    na = parse_name_addr('"Alice" <sip:alice@example.com;transport=tcp>;tag=abc')
    assert (na.display, na.uri, na.param("tag")) == (
        "Alice",
        "sip:alice@example.com;transport=tcp",
        "abc",
    )
    assert parse_name_addr("sip:a@b;tag=1").param("tag") == "1"


@pytest.mark.parametrize(
    "text", ["", "host:0", "host:99999", "[::1", "host:x", ":5060", "0:²", "h:٥٠٦٠", "[::1]:²"]
)
def test_bad_hostports(text: str) -> None:
    with pytest.raises(RemoteProtocolError):
        split_hostport(text)


@pytest.mark.parametrize(
    "host, port, text",
    [
        ("192.0.2.1", 5060, "192.0.2.1:5060"),
        ("2001:db8::1", 5070, "[2001:db8::1]:5070"),
        ("2001:db8::1", None, "[2001:db8::1]"),
        ("[2001:db8::1]", None, "[2001:db8::1]"),  # already a reference: not doubled
        ("pbx.example.com", None, "pbx.example.com"),
    ],
)
def test_join_hostport_is_the_inverse_of_split(host: str, port: int | None, text: str) -> None:
    assert join_hostport(host, port) == text
    assert split_hostport(text) == (host.strip("[]"), port)


@pytest.mark.parametrize("text", ["SIP/2.0 host", "UDP host", "SIP/2.0/UDP"])
def test_bad_vias(text: str) -> None:
    with pytest.raises(RemoteProtocolError):
        parse_via(text)


# --- fuzzing: arbitrary bytes raise only our own error ---------------------------------

_sip_like = st.lists(
    st.sampled_from(
        [
            b"INVITE ",
            b"SIP/2.0",
            b" 200 OK",
            b"\r\n",
            b"\n",
            b": ",
            b"Via",
            b"v",
            b"Content-Length",
            b"l",
            b"0",
            b"12",
            "²".encode(),  # str.isdigit() is true for these two, int() rejects
            "٣".encode(),  # or misreads them: see app/core/numbers.py
            b":",
            b"\r\n\r\n",
            b" ",
            b"\t",
            b",",
            b"<sip:a@b>",
            b";tag=",
            b"\xff",
            b"\x00",
            b"\r",
        ]
    ),
    max_size=40,
).map(b"".join)


@example(b"SIP/0.0 100 \t\n\n")  # deep profile found: a reason of one tab was lost on output
@given(st.binary(max_size=2048) | _sip_like)
def test_fuzz_parse_message_raises_only_remote_error(data: bytes) -> None:
    for stream in (False, True):
        try:
            msg = parse_message(data, stream=stream)
        except RemoteProtocolError:
            continue
        # whatever parses must serialise and re-parse to the same message
        again = parse_message(bytes(msg), stream=stream)
        assert again == msg


@given(st.binary(max_size=4096) | _sip_like, st.integers(min_value=1, max_value=64))
def test_fuzz_stream_framer_chunking_is_invisible(data: bytes, chunk: int) -> None:
    try:
        whole = StreamFramer().feed(data)
    except RemoteProtocolError:
        whole = None
    framer = StreamFramer()
    pieces: list[bytes] = []
    try:
        for i in range(0, len(data), chunk):
            pieces += framer.feed(data[i : i + chunk])
    except RemoteProtocolError:
        assert whole is None or pieces == whole[: len(pieces)]
        return
    if whole is not None:
        assert pieces == whole


@example("0:²")  # found by this test in CI: '²'.isdigit() is True, int('²') raises
@given(st.text(max_size=200))
def test_fuzz_header_value_helpers(text: str) -> None:
    split_list(text)
    for fn in (parse_via, parse_name_addr, split_hostport):
        with contextlib.suppress(RemoteProtocolError):
            fn(text)
