"""Wire details of the test call's two extra checks, shared by the caller and the reflector.

**The incoming call** ("does my phone ring?"). The caller registers with a
REGISTER carrying ``X-SIPALG-Call-Back: N`` (the binding-lifetime header,
reflector/callback.py) and stays silent; N seconds later the reflector sends
one INVITE to the address the REGISTER came from — as a provider's INVITE
reaches an idle phone through the router's mapping. The INVITE carries
``X-SIPALG-Sent: <sha256> <binding>``: the digest of the INVITE as sent
(every byte except that header's own line) and, base64-encoded so no ALG
finds an address in it, the ``ip:port`` it was sent to. The caller hashes
what arrived the same way: a different digest means something on the way
rewrote the INVITE.

**Answer sizes** for the large-INVITE check. ``X-SIPALG-Answer: small`` asks
the reflector for its smallest answer (no echoed request), so an INVITE
larger than the MTU can be tested on the way out with an answer that is not
itself fragmented on the way back; ``X-SIPALG-Answer: large=N`` asks for an
answer padded to about N bytes, still within 3x the request, so a small
request tests the way back alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Final

from app.core.addresses import parse_ip
from app.core.numbers import parse_number

CALL_BACK_HEADER: Final = "X-SIPALG-Call-Back"  # the same header as the lifetime call-backs
SENT_HEADER: Final = "X-SIPALG-Sent"
ANSWER_HEADER: Final = "X-SIPALG-Answer"
PAD_HEADER: Final = "X-SIPALG-Pad"
MAX_LARGE: Final = 8_000  # bytes: far above any MTU, far below the reflector's message cap

_SENT_LINE: Final = re.compile(rb"\r\nX-SIPALG-Sent:[^\r\n]*(?=\r\n)", re.IGNORECASE)


def digest_without_sent(data: bytes) -> str:
    """sha256 of ``data`` with its ``X-SIPALG-Sent`` header line (if any) left out."""
    return hashlib.sha256(_SENT_LINE.sub(b"", data, count=1)).hexdigest()


def sent_value(digest: str, binding: tuple[str, int]) -> str:
    host, port = binding
    packed = base64.urlsafe_b64encode(f"{host}|{port}".encode()).decode().rstrip("=")
    return f"{digest} {packed}"


def parse_sent_value(value: str) -> tuple[str, tuple[str, int] | None] | None:
    """``(digest, binding)`` from a header value; binding None if damaged; None if no digest."""
    parts = value.split()
    if not parts or not re.fullmatch(r"[0-9a-f]{64}", parts[0]):
        return None
    binding: tuple[str, int] | None = None
    if len(parts) == 2:
        raw = parts[1] + "=" * (-len(parts[1]) % 4)
        try:
            host, _, port = base64.urlsafe_b64decode(raw).decode("ascii").partition("|")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            host, port = "", ""
        ip, number = parse_ip(host), parse_number(port, 1, 65535)
        if ip is not None and number is not None:
            binding = (ip, number)
    return parts[0], binding


def parse_answer(value: str) -> tuple[str, int]:
    """``small`` -> ("small", 0); ``large=N`` -> ("large", N); anything else -> ("", 0)."""
    word, sep, number = value.strip().lower().partition("=")
    if word == "small" and not sep:
        return "small", 0
    if word == "large" and sep:
        size = parse_number(number.strip(), 1, MAX_LARGE)
        if size is not None:
            return "large", size
    return "", 0
