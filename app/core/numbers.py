"""Decimal numbers as protocols and command lines write them: ASCII 0-9 only.

Why not ``str.isdigit()``: it is true for superscripts ("²") and for digits of
other scripts ("٣"), and ``int()`` either rejects those (a ValueError where the
caller expected a clean "not a number") or reads them as numbers no SIP, SDP
or STUN peer ever means (RFC 5234 DIGIT is %x30-39). A fuzzer found the first
case crashing the host:port parser, so every number taken from the wire, a
command line or a tool's output goes through here.
"""

from __future__ import annotations


def is_ascii_number(text: str) -> bool:
    """True for a non-empty run of the ASCII digits 0-9 and nothing else."""
    return text.isascii() and text.isdigit()


def parse_number(text: str, low: int, high: int) -> int | None:
    """``int(text)`` when *text* is ASCII digits with a value in [low, high], else None.

    Surrounding whitespace is not accepted: callers strip where their grammar
    allows it, so a stray space stays visible as an error where it is one.
    """
    if not is_ascii_number(text):
        return None
    value = int(text)
    return value if low <= value <= high else None
