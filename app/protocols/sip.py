"""SIP messages, sans-I/O: bytes in, typed values out, and back.

Theory of operation
-------------------
A SIP message (RFC 3261 §7) is a start line, header fields, an empty line and
an optional body. We parse *tolerantly but boundedly*: a message mangled by a
router is exactly what this tool exists to look at, so we accept what the RFC
asks receivers to accept (§7.5 leading CRLFs, §7.3.1 folded header lines and
any amount of white space around the colon, §7.3.3 compact header names,
case-insensitive names, LF-only line ends seen from broken ALGs), but we refuse
anything beyond fixed size limits, and a parser given arbitrary bytes raises
only :class:`RemoteProtocolError`.

Text is decoded as UTF-8 with ``surrogateescape`` so that *any* byte sequence
survives ``parse`` -> ``bytes()`` unchanged: the differ must be able to show
exactly what a router wrote, even when it wrote invalid UTF-8.

Framing (RFC 3261 §18.3): over a datagram transport the body ends at
Content-Length if present (extra bytes are ignored), else at the end of the
datagram; over a stream transport Content-Length is mandatory and is the only
way to find where a message ends (:class:`StreamFramer`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from app.core.numbers import parse_number
from app.core.record import TYPE_CHECKING, Record
from app.protocols.errors import LocalProtocolError, RemoteProtocolError

if TYPE_CHECKING:
    from typing import Final, TypeAlias

MAX_MESSAGE: Final = 65_535  # largest UDP payload; also our cap for one TCP message
MAX_HEADER_SECTION: Final = 16_384  # start line + headers
MAX_HEADERS: Final = 128
MAX_LINE: Final = 8_192

# RFC 3261 §7.3.3 and the registry of compact forms (RFC 3261 §20, RFC 3265,
# RFC 3515, RFC 3841, RFC 3892, RFC 4028).
COMPACT_FORMS: Final[dict[str, str]] = {
    "i": "Call-ID",
    "m": "Contact",
    "e": "Content-Encoding",
    "l": "Content-Length",
    "c": "Content-Type",
    "f": "From",
    "s": "Subject",
    "k": "Supported",
    "t": "To",
    "v": "Via",
    "o": "Event",
    "u": "Allow-Events",
    "r": "Refer-To",
    "b": "Referred-By",
    "a": "Accept-Contact",
    "j": "Reject-Contact",
    "d": "Request-Disposition",
    "x": "Session-Expires",
    "y": "Identity",
    "n": "Identity-Info",
}

_CANONICAL: Final[dict[str, str]] = {
    name.lower(): name
    for name in (
        *COMPACT_FORMS.values(),
        "Accept",
        "Accept-Encoding",
        "Accept-Language",
        "Alert-Info",
        "Allow",
        "Authentication-Info",
        "Authorization",
        "Call-Info",
        "Content-Disposition",
        "Content-Language",
        "CSeq",
        "Date",
        "Error-Info",
        "Expires",
        "In-Reply-To",
        "Max-Forwards",
        "MIME-Version",
        "Min-Expires",
        "Organization",
        "Priority",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "Proxy-Require",
        "Record-Route",
        "Reply-To",
        "Require",
        "Retry-After",
        "Route",
        "Server",
        "Timestamp",
        "Unsupported",
        "User-Agent",
        "Warning",
        "WWW-Authenticate",
        "Path",
        "P-Asserted-Identity",
    )
}

# Headers whose grammar is a comma-separated list (RFC 3261 §7.3.1: such a
# header may appear once with commas or several times; both mean the same).
# Authorization-style headers are excluded: commas separate their parameters.
LIST_HEADERS: Final = frozenset(
    {
        "Via",
        "Route",
        "Record-Route",
        "Contact",
        "Allow",
        "Supported",
        "Require",
        "Proxy-Require",
        "Unsupported",
        "Accept",
        "Accept-Encoding",
        "Accept-Language",
        "Content-Encoding",
        "Content-Language",
        "In-Reply-To",
        "Alert-Info",
        "Call-Info",
        "Error-Info",
        "Warning",
        "Allow-Events",
        "Path",
        "Accept-Contact",
        "Reject-Contact",
    }
)

_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9\-.!%*_+`'~]+$")
_VERSION_RE: Final = re.compile(r"^SIP/\d+\.\d+$", re.IGNORECASE | re.ASCII)


def _canonical(name: str) -> str:
    low = name.strip().lower()
    if low in COMPACT_FORMS:
        return COMPACT_FORMS[low]
    return _CANONICAL.get(low, "-".join(part.capitalize() for part in low.split("-")))


_canonical_cached = lru_cache(maxsize=2048)(_canonical)  # bounded: peers may invent names
_CACHED_NAME_MAX: Final = 64  # real header names are short; garbage "names" can be kilobytes


def canonical_name(name: str) -> str:
    """The long, conventionally capitalised form of a header name.

    Only short names are cached. Garbage on a TCP stream yields "names" of
    hundreds of bytes; cached, they churned the cache's 2,048 entries and the
    reflector's memory crept up for minutes in a soak (heap fragmentation);
    uncached, it stays flat (docs/benchmarks.md).
    """
    return _canonical_cached(name) if len(name) <= _CACHED_NAME_MAX else _canonical(name)


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def split_list(value: str) -> list[str]:
    """Split a list header value at commas outside quotes and ``<...>`` (§7.3.1)."""
    parts: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    start = 0
    for i, ch in enumerate(value):
        if escaped:
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch == "<":
            depth += 1
        elif not quoted and ch == ">" and depth:
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            parts.append(value[start:i].strip())
            start = i + 1
    parts.append(value[start:].strip())
    return [p for p in parts if p]


class Header(Record):
    """One header field line. ``name`` is kept as written (``v``, ``VIA``)."""

    name: str
    value: str

    @property
    def canonical(self) -> str:
        return canonical_name(self.name)


Headers: TypeAlias = tuple[Header, ...]


class _MessageMixin:
    __slots__ = ()
    headers: Headers
    body: bytes

    def get(self, name: str) -> str | None:
        """First value of a header, by any spelling (``"via"``, ``"v"``, ``"Via"``)."""
        want = canonical_name(name)
        for h in self.headers:
            if h.canonical == want:
                return h.value
        return None

    def get_all(self, name: str) -> list[str]:
        """All values, with comma-joined list headers split (§7.3.1)."""
        want = canonical_name(name)
        out: list[str] = []
        for h in self.headers:
            if h.canonical == want:
                out.extend(split_list(h.value) if want in LIST_HEADERS else [h.value])
        return out

    @property
    def content_type(self) -> str | None:
        ctype = self.get("Content-Type")
        return None if ctype is None else ctype.split(";", 1)[0].strip().lower()

    def head_bytes(self) -> bytes:
        lines = [self.start_line(), *(f"{h.name}: {h.value}" for h in self.headers)]
        return _encode("\r\n".join(lines) + "\r\n\r\n")

    def start_line(self) -> str:
        raise NotImplementedError

    def __bytes__(self) -> bytes:
        return self.head_bytes() + self.body


class _RequestFields(Record):
    method: str
    uri: str
    headers: Headers = ()
    body: bytes = b""
    version: str = "SIP/2.0"


class Request(_RequestFields, _MessageMixin):
    """A SIP request: its fields are a named-tuple record (cheap to create at import,
    docs/architecture.md), the header access comes from :class:`_MessageMixin`."""

    __slots__ = ()

    def start_line(self) -> str:
        return f"{self.method} {self.uri} {self.version}"


class _ResponseFields(Record):
    status: int
    reason: str
    headers: Headers = ()
    body: bytes = b""
    version: str = "SIP/2.0"


class Response(_ResponseFields, _MessageMixin):
    """A SIP response; built like :class:`Request`."""

    __slots__ = ()

    def start_line(self) -> str:
        # An empty reason drops the separating space; any other reason is
        # kept verbatim (§25.1 lets it hold SP and HTAB, even trailing), so
        # what was parsed serialises back to the same line.
        if not self.reason:
            return f"{self.version} {self.status}"
        return f"{self.version} {self.status} {self.reason}"


Message: TypeAlias = Request | Response


# --- parsing ------------------------------------------------------------------


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """Split at the first empty line; accept CRLFCRLF and, tolerantly, LFLF."""
    crlf = data.find(b"\r\n\r\n")
    lf = data.find(b"\n\n")
    if crlf < 0 and lf < 0:
        raise RemoteProtocolError("no empty line after the headers")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        return data[:crlf], data[crlf + 4 :]
    return data[:lf], data[lf + 2 :]


def _parse_start_line(line: str) -> tuple[str, str, str] | tuple[str, int, str]:
    if line.upper().startswith("SIP/"):
        parts = line.split(" ", 2)
        if len(parts) < 2 or not _VERSION_RE.match(parts[0]):
            raise RemoteProtocolError(f"bad status line: {line[:80]!r}")
        code = parts[1]
        status = parse_number(code, 100, 699) if len(code) == 3 else None
        if status is None:
            raise RemoteProtocolError(f"bad status code: {code[:10]!r}")  # §7.2
        return parts[0], status, parts[2] if len(parts) == 3 else ""
    parts = line.split(" ")
    if len(parts) != 3:
        raise RemoteProtocolError(f"bad request line: {line[:80]!r}")  # §7.1
    method, uri, version = parts
    if not _TOKEN_RE.match(method):
        raise RemoteProtocolError(f"bad method: {method[:40]!r}")
    if not uri or not _VERSION_RE.match(version):
        raise RemoteProtocolError(f"bad request line: {line[:80]!r}")
    return method, uri, version


def _parse_headers(lines: Iterable[str]) -> Headers:
    headers: list[Header] = []
    for line in lines:
        if len(line) > MAX_LINE:
            raise RemoteProtocolError("header line too long")
        if line[:1] in (" ", "\t"):  # §7.3.1 line folding: continuation of the previous line
            if not headers:
                raise RemoteProtocolError("continuation line before any header")
            prev = headers[-1]
            headers[-1] = prev._replace(value=f"{prev.value} {line.strip()}".strip())
            continue
        name, sep, value = line.partition(":")
        name = name.rstrip(" \t")
        if not sep or not _TOKEN_RE.match(name):
            raise RemoteProtocolError(f"bad header line: {line[:80]!r}")
        headers.append(Header(name=name, value=value.strip(" \t")))
        if len(headers) > MAX_HEADERS:
            raise RemoteProtocolError("too many headers")
    return tuple(headers)


def parse_content_length(value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip()
    length = parse_number(text, 0, 999_999_999) if len(text) <= 9 else None  # §20.14: 1*DIGIT
    if length is None:
        raise RemoteProtocolError(f"bad Content-Length: {value[:20]!r}")
    return length


def parse_message(data: bytes, *, stream: bool = False) -> Message:
    """Parse one SIP message.

    ``stream=False`` (datagram rules, §18.3): a missing Content-Length means the
    body runs to the end; bytes after Content-Length are dropped; a body shorter
    than Content-Length is an error. ``stream=True``: ``data`` is one frame from
    :class:`StreamFramer`, so Content-Length must be present and exact.
    """
    if len(data) > MAX_MESSAGE:
        raise RemoteProtocolError(f"message of {len(data)} bytes exceeds {MAX_MESSAGE}")
    stripped = data.lstrip(b"\r\n")  # §7.5: ignore CRLFs before the start line
    head, rest = _split_head(stripped)
    if len(head) > MAX_HEADER_SECTION:
        raise RemoteProtocolError("header section too long")
    text = _decode(head)
    lines = text.replace("\r\n", "\n").split("\n")
    if any("\r" in ln for ln in lines):
        raise RemoteProtocolError("stray carriage return in the header section")
    start = _parse_start_line(lines[0])
    headers = _parse_headers(lines[1:])

    lengths = [h.value for h in headers if h.canonical == "Content-Length"]
    if len(lengths) > 1 and len({v.strip() for v in lengths}) > 1:
        raise RemoteProtocolError("conflicting Content-Length headers")
    length = parse_content_length(lengths[0] if lengths else None)
    if length is None:
        if stream:
            raise RemoteProtocolError("Content-Length is required on stream transports")
        body = rest
    elif length > len(rest):
        raise RemoteProtocolError(f"body shorter than Content-Length ({len(rest)} < {length})")
    else:
        body = rest[:length]

    if isinstance(start[1], int):
        version, status, reason = start
        assert isinstance(status, int) and isinstance(reason, str)  # for mypy
        return Response(status=status, reason=reason, headers=headers, body=body, version=version)
    method, uri, version = start
    assert isinstance(uri, str)
    return Request(method=method, uri=uri, headers=headers, body=body, version=str(version))


class StreamFramer:
    """Cut a TCP byte stream into whole SIP messages (RFC 3261 §18.3).

    ``feed()`` returns the raw bytes of each complete message, so callers can
    both parse it and keep the exact octets. Keep-alive CRLFs between messages
    (RFC 5626 §3.5.1) are consumed. After a :class:`RemoteProtocolError` the
    stream cannot be resynchronised and the connection should be closed.
    """

    # A state holder, not a record: a plain class (no dataclass machinery on the
    # probe's path, docs/architecture.md).
    __slots__ = ("_buf", "keepalives", "max_message")

    def __init__(self, max_message: int = MAX_MESSAGE) -> None:
        self.max_message = max_message
        self._buf = bytearray()
        self.keepalives = 0  # keep-alive CRLF pairs consumed between messages

    def feed(self, data: bytes) -> list[bytes]:
        self._buf += data
        frames: list[bytes] = []
        while True:
            frame = self._next()
            if frame is None:
                return frames
            frames.append(frame)

    @property
    def pending(self) -> int:
        return len(self._buf)

    def _next(self) -> bytes | None:
        buf = self._buf
        # A loop, not recursion: a peer may send thousands of line ends.
        while True:
            if buf[:2] == b"\r\n":
                del buf[:2]
                self.keepalives += 1
            elif buf[:1] == b"\n":
                del buf[:1]
            else:
                break
        end = buf.find(b"\r\n\r\n")
        sep = 4
        if end < 0:
            lf = buf.find(b"\n\n")
            end, sep = (lf, 2) if lf >= 0 else (-1, 4)
        if end < 0:
            if len(buf) > MAX_HEADER_SECTION:
                raise RemoteProtocolError("header section too long")
            return None
        if end > MAX_HEADER_SECTION:
            raise RemoteProtocolError("header section too long")
        head = bytes(buf[:end])
        length: int | None = None
        for raw in _decode(head).replace("\r\n", "\n").split("\n")[1:]:
            name, colon, value = raw.partition(":")
            if colon and canonical_name(name.rstrip(" \t")) == "Content-Length":
                length = parse_content_length(value)
        if length is None:
            raise RemoteProtocolError("Content-Length is required on stream transports")
        total = end + sep + length
        if total > self.max_message:
            raise RemoteProtocolError(f"message of {total} bytes exceeds {self.max_message}")
        if len(buf) < total:
            return None
        frame = bytes(buf[:total])
        del buf[:total]
        return frame


# --- building -------------------------------------------------------------------


def _check_value(name: str, value: str) -> None:
    if not _TOKEN_RE.match(name):
        raise LocalProtocolError(f"invalid header name {name!r}")
    if "\r" in value or "\n" in value:
        raise LocalProtocolError(f"header {name} contains a line break")


def make_headers(pairs: Iterable[tuple[str, str]]) -> Headers:
    out = []
    for name, value in pairs:
        _check_value(name, value)
        out.append(Header(name, value))
    return tuple(out)


def with_content_length(msg: Message) -> Message:
    """Set Content-Length to the body's length (added last if missing)."""
    length = str(len(msg.body))
    headers = [
        Header(h.name, length) if h.canonical == "Content-Length" else h for h in msg.headers
    ]
    if not any(h.canonical == "Content-Length" for h in headers):
        headers.append(Header("Content-Length", length))
    return msg._replace(headers=tuple(headers))


# --- structured header values --------------------------------------------------


class Via(Record):
    """One Via value (RFC 3261 §20.42): ``SIP/2.0/UDP host:port;params``."""

    transport: str
    host: str
    port: int | None
    params: tuple[tuple[str, str | None], ...]

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.params if k.lower() == name.lower()), None)

    def has_param(self, name: str) -> bool:
        return any(k.lower() == name.lower() for k, _ in self.params)

    @property
    def sent_by(self) -> str:
        return join_hostport(self.host, self.port)


def parse_params(text: str) -> tuple[tuple[str, str | None], ...]:
    out: list[tuple[str, str | None]] = []
    for piece in text.split(";"):
        item = piece.strip()
        if not item:
            continue
        key, eq, val = item.partition("=")
        out.append((key.strip(), val.strip() if eq else None))
    return tuple(out)


def split_hostport(text: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]`` or ``[v6]:port``; raises on a bad port."""
    text = text.strip()
    if text.startswith("["):
        close = text.find("]")
        if close < 0:
            raise RemoteProtocolError(f"bad IPv6 reference {text[:60]!r}")
        host, rest = text[1:close], text[close + 1 :]
        port_text = rest[1:] if rest.startswith(":") else None
        if rest and port_text is None:
            raise RemoteProtocolError(f"bad host:port {text[:60]!r}")
    else:
        host, colon, port_text_raw = text.rpartition(":")
        if not colon:
            host, port_text = text, None
        else:
            port_text = port_text_raw
    if not host:
        raise RemoteProtocolError(f"empty host in {text[:60]!r}")
    if port_text is None:
        return host, None
    port = parse_number(port_text, 1, 65535)
    if port is None:
        raise RemoteProtocolError(f"bad port in {text[:60]!r}")
    return host, port


def join_hostport(host: str, port: int | None = None) -> str:
    """The inverse of :func:`split_hostport`: an IPv6 literal goes in brackets.

    RFC 3261 §25.1 (``IPv6reference``): in a URI or a Via sent-by an IPv6
    address is written ``[addr]`` so its colons cannot be read as the port's.
    """
    ref = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return ref if port is None else f"{ref}:{port}"


def parse_via(value: str) -> Via:
    proto, _, rest = value.strip().partition(" ")
    pieces = [p.strip() for p in proto.split("/")]
    if len(pieces) != 3 or pieces[0].upper() != "SIP" or not rest.strip():
        raise RemoteProtocolError(f"bad Via: {value[:80]!r}")
    sent_by, _, params = rest.strip().partition(";")
    host, port = split_hostport(sent_by)
    return Via(transport=pieces[2].upper(), host=host, port=port, params=parse_params(params))


class NameAddr(Record):
    """From/To/Contact (§20.10, §20.20, §20.39): ``"Name" <uri>;params``."""

    display: str | None
    uri: str
    params: tuple[tuple[str, str | None], ...]

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.params if k.lower() == name.lower()), None)


def parse_name_addr(value: str) -> NameAddr:
    text = value.strip()
    lt = text.find("<")
    if lt >= 0:
        gt = text.find(">", lt)
        if gt < 0:
            raise RemoteProtocolError(f"unclosed '<' in {text[:80]!r}")
        display = text[:lt].strip().strip('"').strip() or None
        return NameAddr(display, text[lt + 1 : gt], parse_params(text[gt + 1 :]))
    # addr-spec form: params after the URI belong to the header, not the URI (§20.10)
    uri, _, params = text.partition(";")
    if not uri.strip():
        raise RemoteProtocolError(f"empty address in {text[:80]!r}")
    return NameAddr(None, uri.strip(), parse_params(params))


def iter_header_values(msg: Message) -> Iterator[tuple[str, str]]:
    """(canonical name, value) for every value, list headers split."""
    for h in msg.headers:
        name = h.canonical
        if name in LIST_HEADERS:
            for v in split_list(h.value):
                yield name, v
        else:
            yield name, h.value
