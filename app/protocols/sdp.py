"""SDP (RFC 4566), sans-I/O, just enough to see what an ALG did to it.

An SDP body is a list of ``<type>=<value>`` lines (§5): session-level lines,
then one section per ``m=`` line. ALGs rewrite the origin address (``o=``,
§5.2), connection addresses (``c=``, §5.7), media ports (``m=``, §5.14) and
sometimes ``a=rtcp`` (RFC 3605). We keep every line in order, with the section
it belongs to, so the differ can name a change precisely ("c= in the audio
section"), and round-trip the text unchanged.

Like the SIP parser we accept LF-only line ends and refuse anything that is not
``x=...`` with a single lowercase letter, within fixed limits, raising only
:class:`RemoteProtocolError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.core.numbers import parse_number
from app.protocols.errors import RemoteProtocolError

MAX_SDP: Final = 32_768
MAX_LINES: Final = 512


@dataclass(frozen=True, slots=True)
class SdpLine:
    type: str
    value: str
    section: int  # 0 = session level, n = n-th media section

    def __str__(self) -> str:
        return f"{self.type}={self.value}"


@dataclass(frozen=True, slots=True)
class Origin:
    username: str
    sess_id: str
    sess_version: str
    nettype: str
    addrtype: str
    address: str


@dataclass(frozen=True, slots=True)
class Connection:
    nettype: str
    addrtype: str
    address: str


@dataclass(frozen=True, slots=True)
class Media:
    media: str
    port: int
    proto: str
    formats: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SessionDescription:
    lines: tuple[SdpLine, ...]
    line_end: str = "\r\n"

    def __bytes__(self) -> bytes:
        text = "".join(f"{ln}{self.line_end}" for ln in self.lines)
        return text.encode("utf-8", "surrogateescape")

    def first(self, type_: str, section: int = 0) -> SdpLine | None:
        return next((ln for ln in self.lines if ln.type == type_ and ln.section == section), None)

    @property
    def origin(self) -> Origin | None:
        ln = self.first("o")
        if ln is None:
            return None
        parts = ln.value.split()
        return Origin(*parts) if len(parts) == 6 else None

    @property
    def connection(self) -> Connection | None:
        ln = self.first("c")
        return _connection(ln.value) if ln else None

    @property
    def media(self) -> tuple[Media, ...]:
        out = []
        for ln in self.lines:
            if ln.type == "m":
                m = _media(ln.value)
                if m is not None:
                    out.append(m)
        return tuple(out)

    def media_connection(self, section: int) -> Connection | None:
        """The c= that applies to a media section: its own, else the session's (§5.7)."""
        ln = self.first("c", section) or self.first("c", 0)
        return _connection(ln.value) if ln else None

    def section_label(self, section: int) -> str:
        if section == 0:
            return "session"
        m = self.first("m", section)
        kind = m.value.split(" ", 1)[0] if m else "?"
        return f"{kind} #{section}" if kind else f"media #{section}"


def _connection(value: str) -> Connection | None:
    parts = value.split()
    return Connection(*parts) if len(parts) == 3 else None


def _media(value: str) -> Media | None:
    parts = value.split()
    if len(parts) < 3:
        return None
    port = parts[1].split("/", 1)[0]
    number = parse_number(port, 0, 65535)
    if number is None:
        return None
    return Media(parts[0], number, parts[2], tuple(parts[3:]))


def parse_sdp(data: bytes) -> SessionDescription:
    if len(data) > MAX_SDP:
        raise RemoteProtocolError(f"SDP of {len(data)} bytes exceeds {MAX_SDP}")
    text = data.decode("utf-8", "surrogateescape")
    line_end = "\r\n" if "\r\n" in text or "\n" not in text else "\n"
    raw_lines = text.replace("\r\n", "\n").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    if not raw_lines:
        raise RemoteProtocolError("empty SDP")
    if len(raw_lines) > MAX_LINES:
        raise RemoteProtocolError("too many SDP lines")
    lines: list[SdpLine] = []
    section = 0
    for raw in raw_lines:
        if len(raw) < 2 or raw[1] != "=" or not ("a" <= raw[0] <= "z") or "\r" in raw:
            raise RemoteProtocolError(f"bad SDP line: {raw[:60]!r}")  # §5: <type>=<value>
        if raw[0] == "m":
            section += 1
        lines.append(SdpLine(raw[0], raw[2:], section))
    if lines[0].type != "v":
        raise RemoteProtocolError("SDP must start with v=")  # §5
    return SessionDescription(tuple(lines), line_end)
