"""The structural differ names exactly what changed, and nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.protocols.diff import Change, bounded_opcodes, describe, diff_messages, diff_raw
from app.protocols.sdp_offer import build_sdp
from app.protocols.sip import Request, make_headers, parse_message, with_content_length


def invite(
    addr: str = "192.168.1.10",
    port: int = 5060,
    media: int = 40000,
    extra: list[tuple[str, str]] | None = None,
    compact_via: bool = False,
) -> bytes:
    body = build_sdp(address=addr, session_id=42, media_port=media)
    headers = [
        ("v" if compact_via else "Via", f"SIP/2.0/UDP {addr}:{port};branch=z9hG4bK1;rport"),
        ("From", f"<sip:alice@{addr}:{port}>;tag=9"),
        ("To", "<sip:echo@example.com>"),
        ("Call-ID", f"abc@{addr}"),
        ("CSeq", "1 INVITE"),
        ("Contact", f"<sip:alice@{addr}:{port}>"),
        *(extra or []),
        ("Content-Type", "application/sdp"),
    ]
    return bytes(
        with_content_length(Request("INVITE", "sip:echo@example.com", make_headers(headers), body))
    )


def test_identical_messages_have_no_diff() -> None:
    assert diff_raw(invite(), invite()) == []


def test_alg_style_rewrite_is_named_per_header_and_sdp_line() -> None:
    sent = invite()
    received = invite(addr="203.0.113.1")
    mods = {m.where: m for m in diff_raw(sent, received)}
    assert set(mods) >= {"Via", "From", "Contact", "Call-ID", "SDP o=", "SDP c=", "Content-Length"}
    assert mods["Via"].change is Change.REWRITTEN
    assert mods["Via"].detail == "192.168.1.10 → 203.0.113.1"
    assert "SDP m= (audio #1)" not in mods  # the media port did not change


def test_media_port_rewrite_labels_the_section() -> None:
    mods = diff_raw(invite(), invite(media=40010))
    wheres = {m.where for m in mods}
    assert wheres == {"SDP m= (audio #1)", "SDP a=rtcp (audio #1)"}


def test_added_removed_reordered_and_renamed() -> None:
    base = parse_message(invite(extra=[("X-A", "1"), ("X-B", "2")]))
    added = parse_message(invite(extra=[("X-A", "1"), ("X-B", "2"), ("X-C", "3")]))
    removed = parse_message(invite(extra=[("X-A", "1")]))
    moved = parse_message(invite(extra=[("X-B", "2"), ("X-A", "1")]))
    assert [(m.where, m.change) for m in diff_messages(base, added)] == [("X-C", Change.ADDED)]
    assert [(m.where, m.change) for m in diff_messages(base, removed)] == [("X-B", Change.REMOVED)]
    assert [(m.where, m.change) for m in diff_messages(base, moved)] == [
        ("header order", Change.REORDERED)
    ]
    renamed = diff_messages(parse_message(invite()), parse_message(invite(compact_via=True)))
    assert [(m.where, m.sent, m.received) for m in renamed] == [("Via (header name)", "Via", "v")]


def test_same_values_permuted_are_reordered() -> None:
    a = parse_message(b"OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nVia: SIP/2.0/UDP b\r\n\r\n")
    b = parse_message(b"OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP b, SIP/2.0/UDP a\r\n\r\n")
    (mod,) = diff_messages(a, b)
    assert (mod.where, mod.change) == ("Via", Change.REORDERED)


def test_unparseable_arrival_is_one_finding() -> None:
    (mod,) = diff_raw(invite(), b"garbage")
    assert mod.where == "message" and "no longer valid SIP" in mod.detail


def test_whitespace_only_change_is_still_reported() -> None:
    sent = invite()
    received = sent.replace(b"CSeq: 1 INVITE", b"CSeq:   1 INVITE")
    (mod,) = diff_raw(sent, received)
    assert mod.where == "message formatting"


def test_request_uri_and_status_line() -> None:
    a = parse_message(b"OPTIONS sip:u@192.168.1.10 SIP/2.0\r\n\r\n")
    b = parse_message(b"OPTIONS sip:u@203.0.113.1 SIP/2.0\r\n\r\n")
    assert [m.where for m in diff_messages(a, b)] == ["Request-URI"]
    r1 = parse_message(b"SIP/2.0 200 OK\r\n\r\n")
    r2 = parse_message(b"SIP/2.0 200 Fine\r\n\r\n")
    assert [m.where for m in diff_messages(r1, r2)] == ["Status-Line"]
    assert diff_messages(a, r1)[0].detail == "request and response swapped"


def test_describe() -> None:
    assert describe("<sip:a@1.2.3.4>", "<sip:a@1.2.3.4:5060>") == "added ':5060'"
    assert describe("a b", "a  b") == "added ' '"


@given(st.binary(max_size=600))
def test_fuzz_diff_against_garbage(data: bytes) -> None:
    mods = diff_raw(invite(), data)
    assert (mods == []) == (data == invite())


def _apply(a: list[str], b: list[str], ops: list[tuple[str, int, int, int, int]]) -> list[str]:
    """Rebuild b from a and the opcodes: a valid edit script covers both sides in order."""
    out: list[str] = []
    ai = bi = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (ai, bi)
        out += a[i1:i2] if tag == "equal" else b[j1:j2]
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        ai, bi = i2, j2
    assert (ai, bi) == (len(a), len(b))
    return out


_tokens = st.lists(st.sampled_from(["a", "b", ";", "192.168.1.10", "5060"]), max_size=300)


@given(_tokens, _tokens)
def test_bounded_opcodes_are_a_valid_edit_script(a: list[str], b: list[str]) -> None:
    assert _apply(a, b, bounded_opcodes(a, b)) == b


def test_long_hostile_values_get_one_coarse_block() -> None:
    """Long values of repeating tokens (cubic for difflib): ends matched, middle one block."""
    a = ["x", *(["a", ";"] * 2000), "tail"]
    b = ["y", *(["a", ";", "b", ";"] * 1000), "tail"]
    ops = bounded_opcodes(a, b)
    assert [op[0] for op in ops] == ["replace", "equal"]
    assert describe(";".join(["a"] * 5000), ";".join(["a", "b"] * 2500)).startswith("a;a")


def test_short_values_keep_the_fine_diff() -> None:
    a = ["SIP/2.0/UDP", " ", "192.168.1.10", ":", "5060", ";", "rport"]
    b = ["SIP/2.0/UDP", " ", "203.0.113.9", ":", "5060", ";", "rport"]
    assert bounded_opcodes(a, b) == [
        ("equal", 0, 2, 0, 2),
        ("replace", 2, 3, 2, 3),
        ("equal", 3, 7, 3, 7),
    ]
