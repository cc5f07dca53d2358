"""The same header before and after the fix, for the Verify page.

"✗ SIP ALG found / ✓ no SIP ALG" in a table says the verdict changed; what
convinces is the evidence itself: the very header the router rewrote the
first time (the Contact, where the phone says it can be reached, or the Via,
where answers go), shown as it arrived then and as it arrives now. Every value
comes from the network and is escaped before it becomes rich text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.core.model import Direction, Modification, PathChange, Status, Transport
from app.pipeline.diagnose import Outcome
from app.protocols.diff import token_diff

# The headers a user can be told about in one line, in the order we prefer them.
PREFERRED = ("Contact", "Via", "SDP c=", "From", "To", "Request-URI", "Call-ID")


def _meaning(where: str) -> str:
    return {
        "Contact": QCoreApplication.translate(
            "BeforeAfter", "where your phone says it can be reached"
        ),
        "Via": QCoreApplication.translate("BeforeAfter", "where answers to your phone must go"),
        "SDP c=": QCoreApplication.translate(
            "BeforeAfter", "where the sound of a call must be sent"
        ),
    }.get(where, QCoreApplication.translate("BeforeAfter", "it carries your address"))


@dataclass(frozen=True, slots=True)
class HeaderPair:
    """One header as it arrived before the fix and now."""

    where: str
    transport: Transport
    direction: Direction
    before: Modification
    after: Modification | None  # None: it now arrives exactly as sent
    address: str | None  # our own address in the re-test, when it is known


def header_pair(before: Outcome, after: Outcome) -> HeaderPair | None:
    """The rewritten header to show, or None when there is nothing to compare.

    None also when the re-test says nothing about that header's way (its
    transport dropped or unreachable): "unchanged" must be measured, not
    assumed from silence.
    """
    found = [
        (t, ch)
        for t, res in before.probe.transports.items()
        for ch in res.changes
        if ch.modification.sent and ch.modification.received
    ]
    if not found:
        return None

    def rank(item: tuple[Transport, PathChange]) -> tuple[int, int]:
        ch = item[1]
        where = ch.modification.where
        order = PREFERRED.index(where) if where in PREFERRED else len(PREFERRED)
        return (0 if ch.direction is Direction.OUTBOUND else 1, order)

    t, ch = min(found, key=rank)
    now = after.probe.transports.get(t)
    if now is None:
        return None
    same = next(
        (
            c
            for c in now.changes
            if c.modification.where == ch.modification.where and c.direction is ch.direction
        ),
        None,
    )
    local = next((ex.local[0] for ex in now.exchanges if ex.local and ex.answered), None)
    if same is not None:
        return HeaderPair(
            ch.modification.where, t, ch.direction, ch.modification, same.modification, local
        )
    if now.status is not Status.CLEAN:
        return None
    return HeaderPair(ch.modification.where, t, ch.direction, ch.modification, None, local)


# Longer values are cut for the screen (the report keeps them whole): a
# 500-character header would stretch the page sideways.
_SHOWN = 160


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _paint(sent: str, received: str, colour: str) -> str:
    """``received`` as HTML with the parts that differ from ``sent`` on ``colour``."""
    _, right = token_diff(_short(sent), _short(received))
    return "".join(
        f'<span style="background-color:{colour}">{html.escape(text)}</span>'
        if changed
        else html.escape(text)
        for text, changed in right
    )


def render(pair: HeaderPair, *, dark: bool) -> str:
    """Rich text (all network values escaped): the header then, the header now."""
    # Each word is its own literal call, so pyside6-lupdate finds it (it does not
    # look inside f-strings or through a helper that takes a variable).
    w_before = QCoreApplication.translate("BeforeAfter", "Before")
    w_now = QCoreApplication.translate("BeforeAfter", "Now")
    w_sent = QCoreApplication.translate("BeforeAfter", "sent:")
    w_arrived = QCoreApplication.translate("BeforeAfter", "arrived:")
    bad, good = ("#7a2a2a", "#245c2a") if dark else ("#ffd7d5", "#ccf0d0")
    b = pair.before
    title = QCoreApplication.translate("BeforeAfter", "The %s header (%s)") % (
        html.escape(pair.where),
        html.escape(_meaning(pair.where)),
    )
    rewritten = QCoreApplication.translate("BeforeAfter", "rewritten")
    rows = [
        f"<tr><td><b>{w_before}</b></td>"
        f"<td>{w_sent} <tt>{html.escape(_short(b.sent))}</tt>"
        f"<br>{w_arrived} <tt>{_paint(b.sent, b.received, bad)}</tt> "
        f"✗ {rewritten}</td></tr>"
    ]
    if pair.after is None:
        now = QCoreApplication.translate("BeforeAfter", "arrived exactly as sent")
        if pair.address:
            now += " " + QCoreApplication.translate("BeforeAfter", "(with your address %s)") % (
                f'<span style="background-color:{good}">{html.escape(pair.address)}</span>'
            )
        rows.append(f"<tr><td><b>{w_now}</b></td><td>✓ {now}</td></tr>")
        fixed = QCoreApplication.translate("BeforeAfter", "Your address now arrives unchanged.")
        verdict = f'<p style="background-color:{good}">✓ {fixed}</p>'
    else:
        a = pair.after
        still_rewritten = QCoreApplication.translate("BeforeAfter", "still rewritten")
        rows.append(
            f"<tr><td><b>{w_now}</b></td>"
            f"<td>{w_sent} <tt>{html.escape(_short(a.sent))}</tt>"
            f"<br>{w_arrived} <tt>{_paint(a.sent, a.received, bad)}</tt> "
            f"✗ {still_rewritten}</td></tr>"
        )
        still = QCoreApplication.translate("BeforeAfter", "Your address is still being rewritten.")
        verdict = f'<p style="background-color:{bad}">✗ {still}</p>'
    return (
        f"<p><b>{title}</b></p>"
        "<table cellspacing='0' cellpadding='4' border='1' width='100%'>"
        + "".join(rows)
        + f"</table>{verdict}"
    )
