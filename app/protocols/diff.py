"""Structural differ: exactly what changed between a message as sent and as received.

A byte comparison says *that* something changed; users and support staff need
to know *what*: "the Via address was rewritten from 192.168.1.10:40312 to
203.0.113.1:40312", "a=rtcp was removed". So we compare SIP messages the way
the RFC defines equality, not byte by byte:

* the start line part by part (method, Request-URI, status);
* header fields by canonical name (compact ``v`` == ``Via``), with list
  headers split at commas (RFC 3261 §7.3.1: ``Via: a, b`` is the same as two
  Via lines), values paired in order: rewritten / added / removed, and a
  permutation of the same values reported once as *reordered* (the order of
  same-named fields is significant, §7.3.1);
* a change of spelling of a header name (``v`` -> ``Via``) and a change of the
  order of different header fields, each reported once;
* an SDP body line by line within its section (RFC 4566 §5), so a rewritten
  ``c=`` in the audio section is named as such; any other body as bytes;
* and if none of that differs yet the bytes do, a formatting change (white
  space, folding, line ends), which some ALGs also cause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.model import Change, Modification
from app.core.record import TYPE_CHECKING
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Message, Request, Response, iter_header_values, parse_message

if TYPE_CHECKING:
    from app.protocols.sdp import SessionDescription

_PREVIEW = 200

__all__ = ["Change", "Modification", "describe", "diff_messages", "diff_raw", "token_diff"]


_TOKEN_SPLIT = re.compile(r"([\s;,<>@=\"/]|(?<!\[):(?![\]]))")


# Fine-grained diffs stop at this many tokens (or lines) per side, after the
# common prefix and suffix are cut away. difflib's SequenceMatcher is cubic in
# the worst case and both sides come off the network: two 2 KB header values
# of repeating tokens took 30 s and blocked the probe past its deadline.
# Real ALG rewrites change a few tokens in values of a few dozen.
_FINE_DIFF_LIMIT = 64

Opcode = tuple[str, int, int, int, int]


def bounded_opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """``SequenceMatcher(None, a, b).get_opcodes()``, in bounded time.

    Equal ends are matched directly; a middle longer than ``_FINE_DIFF_LIMIT``
    on either side is reported as one replaced (or added/removed) block.
    """
    import difflib  # only when something differs: keeps the clean path's start-up lean

    n = min(len(a), len(b))
    head = 0
    while head < n and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    a_end, b_end = len(a) - tail, len(b) - tail
    ops: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    if a_end - head > _FINE_DIFF_LIMIT or b_end - head > _FINE_DIFF_LIMIT:
        tag = "replace" if a_end > head and b_end > head else "delete" if a_end > head else "insert"
        ops.append((tag, head, a_end, head, b_end))
    elif a_end > head or b_end > head:
        matcher = difflib.SequenceMatcher(None, a[head:a_end], b[head:b_end], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            ops.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", a_end, len(a), b_end, len(b)))
    return ops


def describe(sent: str, received: str) -> str:
    """A short human hint of what changed inside a value, e.g. ``192.168.1.10 → 203.0.113.1``."""
    a = [t for t in _TOKEN_SPLIT.split(sent) if t]
    b = [t for t in _TOKEN_SPLIT.split(received) if t]
    parts: list[str] = []
    for op, i1, i2, j1, j2 in bounded_opcodes(a, b):
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "replace":
            parts.append(f"{old} → {new}")
        elif op == "insert":
            parts.append(f"added {new!r}")
        elif op == "delete":
            parts.append(f"removed {old!r}")
    text = "; ".join(parts)
    if not text and sent != received:
        return "white space changed"
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


Segment = tuple[str, bool]  # (text, changed)


def token_diff(sent: str, received: str) -> tuple[list[Segment], list[Segment]]:
    """Both values cut into segments, each marked changed or not, for side-by-side display.

    Tokens split at SIP punctuation but not at dots, so an address that changed is
    marked as a whole ("192.168.1.10" -> "203.0.113.1"), not octet by octet.
    """
    split = re.compile(r"([\s;:,<>@=\"/])")
    a, b = split.split(sent), split.split(received)
    left: list[Segment] = []
    right: list[Segment] = []
    for op, i1, i2, j1, j2 in bounded_opcodes(a, b):
        x, y = "".join(a[i1:i2]), "".join(b[j1:j2])
        if x:
            left.append((x, op != "equal"))
        if y:
            right.append((y, op != "equal"))
    return left, right


def _preview(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


def _label(name: str, index: int, total: int) -> str:
    return name if total <= 1 and index == 0 else f"{name} #{index + 1}"


def _diff_values(name: str, sent: Sequence[str], received: Sequence[str]) -> list[Modification]:
    """Compare the ordered values of one field name (or one SDP line type)."""
    if list(sent) == list(received):
        return []
    if sorted(sent) == sorted(received):
        return [
            Modification(
                name,
                Change.REORDERED,
                " | ".join(sent),
                " | ".join(received),
                "same values, different order",
            )
        ]
    out: list[Modification] = []
    total = max(len(sent), len(received))
    for op, i1, i2, j1, j2 in bounded_opcodes(sent, received):
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            s, r = sent[i1 + k], received[j1 + k]
            out.append(
                Modification(_label(name, i1 + k, total), Change.REWRITTEN, s, r, describe(s, r))
            )
        for k in range(i1 + paired, i2):
            out.append(Modification(_label(name, k, total), Change.REMOVED, sent[k], ""))
        for k in range(j1 + paired, j2):
            out.append(Modification(_label(name, k, total), Change.ADDED, "", received[k]))
    return out


def _group(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return out


def _diff_start(sent: Message, received: Message) -> list[Modification]:
    if isinstance(sent, Request) and isinstance(received, Request):
        out = []
        for where, a, b in (
            ("Method", sent.method, received.method),
            ("Request-URI", sent.uri, received.uri),
            ("SIP version", sent.version, received.version),
        ):
            if a != b:
                out.append(Modification(where, Change.REWRITTEN, a, b, describe(a, b)))
        return out
    if isinstance(sent, Response) and isinstance(received, Response):
        a, b = sent.start_line(), received.start_line()
        return (
            [] if a == b else [Modification("Status-Line", Change.REWRITTEN, a, b, describe(a, b))]
        )
    a, b = sent.start_line(), received.start_line()
    return [Modification("start line", Change.REWRITTEN, a, b, "request and response swapped")]


def _diff_headers(sent: Message, received: Message) -> list[Modification]:
    s_vals = _group(list(iter_header_values(sent)))
    r_vals = _group(list(iter_header_values(received)))
    out: list[Modification] = []
    names = list(dict.fromkeys([*s_vals, *r_vals]))
    for name in names:
        out += _diff_values(name, s_vals.get(name, []), r_vals.get(name, []))

    # Spelling of names (compact vs long form, case), per canonical name.
    for name in names:
        s_sp = [h.name for h in sent.headers if h.canonical == name]
        r_sp = [h.name for h in received.headers if h.canonical == name]
        if s_sp and r_sp and s_sp != r_sp and len(s_sp) == len(r_sp):
            a, b = ", ".join(s_sp), ", ".join(r_sp)
            out.append(
                Modification(
                    f"{name} (header name)",
                    Change.REWRITTEN,
                    a,
                    b,
                    "header name spelled differently",
                )
            )

    # Order of different fields: compare the first-appearance order of names on both sides.
    common = set(s_vals) & set(r_vals)
    s_order = [n for n in dict.fromkeys(h.canonical for h in sent.headers) if n in common]
    r_order = [n for n in dict.fromkeys(h.canonical for h in received.headers) if n in common]
    if s_order != r_order:
        out.append(
            Modification(
                "header order",
                Change.REORDERED,
                ", ".join(s_order),
                ", ".join(r_order),
                "header fields moved",
            )
        )
    return out


def _is_sdp(msg: Message) -> bool:
    return msg.content_type == "application/sdp" and bool(msg.body)


def diff_sdp(sent: SessionDescription, received: SessionDescription) -> list[Modification]:
    def keyed(sd: SessionDescription) -> dict[tuple[int, str], list[str]]:
        # a= lines are keyed by attribute name, so "a=rtcp" and "a=rtpmap" pair separately
        out: dict[tuple[int, str], list[str]] = {}
        for ln in sd.lines:
            name = f"a={ln.value.split(':', 1)[0]}" if ln.type == "a" else f"{ln.type}="
            out.setdefault((ln.section, name), []).append(ln.value)
        return out

    s_k, r_k = keyed(sent), keyed(received)
    out: list[Modification] = []
    for key in dict.fromkeys([*s_k, *r_k]):
        section, name = key
        label_sd = sent if key in s_k else received
        where = f"SDP {name}" + ("" if section == 0 else f" ({label_sd.section_label(section)})")
        out += _diff_values(where, s_k.get(key, []), r_k.get(key, []))
    s_types = [(ln.section, ln.type) for ln in sent.lines]
    r_types = [(ln.section, ln.type) for ln in received.lines]
    if not out and s_types != r_types:
        out.append(Modification("SDP line order", Change.REORDERED, "", "", "SDP lines moved"))
    return out


def _diff_body(sent: Message, received: Message) -> list[Modification]:
    if sent.body == received.body:
        return []
    if _is_sdp(sent) and _is_sdp(received):
        from app.protocols.sdp import parse_sdp  # only needed when an SDP body changed

        try:
            return diff_sdp(parse_sdp(sent.body), parse_sdp(received.body)) or [
                Modification(
                    "SDP formatting",
                    Change.REWRITTEN,
                    _preview(sent.body),
                    _preview(received.body),
                    "line ends or white space changed",
                )
            ]
        except RemoteProtocolError as exc:
            return [
                Modification(
                    "SDP",
                    Change.REWRITTEN,
                    _preview(sent.body),
                    _preview(received.body),
                    f"no longer valid SDP: {exc}",
                )
            ]
    if not received.body:
        return [Modification("body", Change.REMOVED, _preview(sent.body), "")]
    if not sent.body:
        return [Modification("body", Change.ADDED, "", _preview(received.body))]
    return [
        Modification(
            "body",
            Change.REWRITTEN,
            _preview(sent.body),
            _preview(received.body),
            f"{len(sent.body)} → {len(received.body)} bytes",
        )
    ]


def diff_messages(sent: Message, received: Message) -> list[Modification]:
    """All structural differences between two parsed messages."""
    return [
        *_diff_start(sent, received),
        *_diff_headers(sent, received),
        *_diff_body(sent, received),
    ]


def diff_raw(sent: bytes, received: bytes, *, stream: bool = False) -> list[Modification]:
    """Differences between two wire messages; ``sent`` must be valid SIP.

    A ``received`` message that no longer parses is itself the finding.
    """
    if sent == received:
        return []
    sent_msg = parse_message(sent, stream=stream)
    try:
        received_msg = parse_message(received, stream=stream)
    except RemoteProtocolError as exc:
        return [
            Modification(
                "message",
                Change.REWRITTEN,
                _preview(sent),
                _preview(received),
                f"what arrived is no longer valid SIP: {exc}",
            )
        ]
    mods = diff_messages(sent_msg, received_msg)
    if not mods:
        mods = [
            Modification(
                "message formatting",
                Change.REWRITTEN,
                "",
                "",
                "white space, line folding or line ends changed",
            )
        ]
    return mods
