"""Turn one request and its answer into evidence: what changed, in which direction.

Pure functions (no sockets), used by the probe runners.

Reflector answers carry an echo (``app.protocols.echo``): the exact request
bytes the reflector received and the exact head of the response it sent. A
difference between what we sent and the echoed request is a rewrite on the
way out; a difference between the echoed head and what reached us is a rewrite
on the way back. A NAT changing our source address or port touches neither,
so it is never mistaken for an ALG; it shows up only in ``seen_as``.

Any other SIP server ("provider mode") gives weaker evidence: RFC 3261
§8.2.6.2 obliges it to copy Via, From, To, Call-ID and CSeq into the response,
and RFC 3581 §4 to add ``received``/``rport`` to the top Via. A copied field
that no longer matches, or a ``received`` address that is private although the
server sits on the public internet (it cannot have seen a private source: an
ALG translated it back), is evidence of an ALG. We cannot see which direction
did it, so those findings are labelled ``round_trip``.
"""

from __future__ import annotations

from app.core.addresses import is_lan_address, parse_ip, parse_port
from app.core.model import Change, Direction, Modification, PathChange
from app.core.record import Record
from app.protocols import echo as echo_codec
from app.protocols.diff import describe, diff_raw
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import (
    Message,
    Request,
    Response,
    Via,
    parse_name_addr,
    parse_via,
    split_list,
)


class Evidence(Record):
    changes: tuple[PathChange, ...]
    outbound_checked: bool
    inbound_checked: bool
    seen_as: tuple[str, int] | None
    notes: tuple[str, ...] = ()


def _changes(
    direction: Direction, port: int, method: str, mods: list[Modification]
) -> list[PathChange]:
    return [PathChange(direction, port, method, m) for m in mods]


def analyse_answer(
    *,
    sent: bytes,
    request: Request,
    answer_raw: bytes,
    answer: Response,
    transport: str,
    port: int,
    local: tuple[str, int],
    server_host: str,
) -> Evidence:
    """Evidence from one answer; uses the echo when there is one."""
    if answer.content_type == echo_codec.CONTENT_TYPE:
        return _analyse_echo(
            sent=sent,
            answer_raw=answer_raw,
            answer=answer,
            transport=transport,
            port=port,
            method=request.method,
        )
    return analyse_copied_headers(
        request=request, answer=answer, port=port, local=local, server_host=server_host
    )


def _analyse_echo(
    *, sent: bytes, answer_raw: bytes, answer: Response, transport: str, port: int, method: str
) -> Evidence:
    stream = transport == "tcp"
    try:
        echo = echo_codec.decode(answer.body)
    except RemoteProtocolError as exc:
        mod = Modification(
            "reflector answer body", Change.REWRITTEN, "", "", f"the echo arrived damaged ({exc})"
        )
        return Evidence(tuple(_changes(Direction.INBOUND, port, method, [mod])), False, True, None)
    changes: list[PathChange] = []
    notes: list[str] = []
    if echo.request is not None:
        changes += _changes(
            Direction.OUTBOUND, port, method, diff_raw(sent, echo.request, stream=stream)
        )
    elif not echo.request_matches(sent):
        changes += _changes(
            Direction.OUTBOUND,
            port,
            method,
            [
                Modification(
                    "request",
                    Change.REWRITTEN,
                    "",
                    "",
                    "changed on the way out (the reflector returned only a fingerprint)",
                )
            ],
        )
    else:
        notes.append("the reflector returned only a fingerprint of the request")
    inbound_checked = echo.response_head is not None
    if echo.response_head is not None:
        expected = (
            echo.response_head
            + f"Content-Length: {len(answer.body)}\r\n\r\n".encode()
            + answer.body
        )
        if expected != answer_raw:
            try:
                inbound = diff_raw(expected, answer_raw, stream=stream)
            except RemoteProtocolError:
                # diff_raw needs a valid "as sent" side, and here that side is
                # the reflector's own account of its answer. A reflector that
                # sends nonsense tells us nothing about the path: say so.
                inbound_checked = False
                notes.append("the reflector's copy of its own answer was unreadable")
            else:
                changes += _changes(Direction.INBOUND, port, method, inbound)
    return Evidence(tuple(changes), True, inbound_checked, echo.source, tuple(notes))


def _strip_param(value: str, name: str) -> str:
    parts = value.split(";")
    return ";".join(
        p for p in parts[:1] + [p for p in parts[1:] if p.strip().split("=")[0].lower() != name]
    )


def analyse_copied_headers(
    *, request: Request, answer: Message, port: int, local: tuple[str, int], server_host: str
) -> Evidence:
    """Provider-mode evidence from the fields a server must copy back."""
    mods: list[Modification] = []
    notes: list[str] = []
    seen_as: tuple[str, int] | None = None

    sent_via = parse_via(request.get_all("Via")[0])
    got_vias = answer.get_all("Via")
    if not got_vias:
        mods.append(Modification("Via", Change.REMOVED, request.get_all("Via")[0], ""))
    else:
        try:
            got_via = parse_via(got_vias[0])
        except RemoteProtocolError as exc:
            mods.append(
                Modification(
                    "Via",
                    Change.REWRITTEN,
                    request.get_all("Via")[0],
                    got_vias[0],
                    f"no longer a valid Via ({exc})",
                )
            )
        else:
            if (got_via.host, got_via.port, got_via.transport) != (
                sent_via.host,
                sent_via.port,
                sent_via.transport,
            ):
                mods.append(
                    Modification(
                        "Via",
                        Change.REWRITTEN,
                        sent_via.sent_by,
                        got_via.sent_by,
                        describe(sent_via.sent_by, got_via.sent_by),
                    )
                )
            for key, value in sent_via.params:
                if key.lower() == "rport":
                    continue
                if got_via.param(key) != value or not got_via.has_param(key):
                    mods.append(
                        Modification(
                            f"Via {key}",
                            Change.REWRITTEN,
                            str(value),
                            str(got_via.param(key)),
                            "parameter changed",
                        )
                    )
            seen_as = _received(got_via, local, server_host, mods, notes)

    for name in ("From", "Call-ID", "CSeq", "To"):
        sent_v, got_v = request.get(name), answer.get(name)
        if sent_v is None:
            continue
        if got_v is None:
            mods.append(Modification(name, Change.REMOVED, sent_v, ""))
            continue
        if name == "To" and parse_name_addr(sent_v).param("tag") is None:
            got_v = _strip_param(got_v, "tag")  # the server adds a To tag (§8.2.6.2)
        if " ".join(split_list(got_v)) != " ".join(split_list(sent_v)):
            mods.append(
                Modification(name, Change.REWRITTEN, sent_v, got_v, describe(sent_v, got_v))
            )
    changes = _changes(Direction.ROUND_TRIP, port, request.method, mods)
    return Evidence(tuple(changes), False, False, seen_as, tuple(notes))


def _received(
    got_via: Via,
    local: tuple[str, int],
    server_host: str,
    mods: list[Modification],
    notes: list[str],
) -> tuple[str, int] | None:
    """Where the server saw us, from ``received``/``rport`` (RFC 3581 §4), checked.

    RFC 3261 §18.2.1 makes ``received`` an IP address and RFC 3581 ``rport`` a
    port number. Anything else is not evidence of where the server saw us: it
    is noted and kept out of ``public_address`` and the findings.
    """
    received_text = got_via.param("received") or got_via.host
    received = parse_ip(received_text)
    rport_text = got_via.param("rport")
    rport = parse_port(rport_text) if rport_text else got_via.port
    if received is None:
        notes.append(
            f"the server's Via received= is not an IP address ({received_text[:60]!r}); ignored"
        )
        return None
    if rport_text and rport is None:
        notes.append(f"the server's Via rport= is not a port number ({rport_text[:20]!r})")
    if is_lan_address(local[0]) and not is_lan_address(server_host) and received == local[0]:
        mods.append(
            Modification(
                "Via received",
                Change.REWRITTEN,
                "(your public address)",
                received,
                "the server on the internet reports your private address: something on "
                "the way back translated it",
            )
        )
        return None  # translated back: not what the server saw
    if received != local[0]:
        notes.append(f"the server saw you as {received}: there is a NAT on the path")
    return (received, rport) if rport is not None else None
