"""The reflector's echo: what it received, as it received it, in a form no ALG touches.

The reflector answers every probe with a well-formed SIP response whose body
(``Content-Type: application/x-sipalg-echo``) carries:

* the exact bytes of the request as they arrived, and the source address and
  port the reflector saw (so the client can tell NAT from ALG: a changed
  source port is NAT; changed bytes are an ALG);
* the exact head (start line and headers, Content-Length excepted) of the
  response the reflector is sending, so the client can tell whether the
  response was rewritten on the way back.

Why this encoding: ALGs search SIP text for addresses and ports and rewrite
them; they parse SDP bodies, and a careless one rewrites any ``a.b.c.d`` it
finds. JSON, zlib-compressed (SIP is repetitive, which keeps the response under
the 3x anti-amplification budget, RFC 9000 §8) and base64-encoded contains no
dots, colons or spaces, so no ALG recognises anything in it.

``Content-Length`` is left out of the echoed head because it depends on the
body that carries the echo; the reflector always writes it as the last header,
and the client checks it against the body it received instead.
"""

from __future__ import annotations

import binascii  # base64's own codec; the base64 module would add its import for two calls
import json
import zlib

from app.core.addresses import parse_ip
from app.core.record import TYPE_CHECKING, Record
from app.protocols.errors import RemoteProtocolError

if TYPE_CHECKING:
    from typing import Any, Final

CONTENT_TYPE: Final = "application/x-sipalg-echo"
VERSION: Final = 1
MAX_DECODED: Final = 262_144  # a hostile reflector must not make us inflate a zip bomb
_LINE: Final = 76


class Echo(Record):
    transport: str
    source: tuple[str, int]
    destination: tuple[str, int]
    request_digest: str
    request: bytes | None  # None: left out to respect the amplification budget
    response_head: bytes | None
    control_port: int | None = None
    stun_port: int | None = None
    server: str = ""

    def request_matches(self, sent: bytes) -> bool:
        """Whether ``sent`` arrived unchanged, by its digest (when ``request`` was left out)."""
        return digest(sent) == self.request_digest


def digest(data: bytes) -> str:
    # hashlib is imported here, not at the top: it loads OpenSSL (about 12 M
    # instructions, 3-4 ms of start-up), and the probe needs a digest only when
    # the reflector left our request out of its echo (docs/benchmarks.md).
    import hashlib

    return hashlib.sha256(data).hexdigest()


def encode(echo: Echo) -> bytes:
    doc: dict[str, Any] = {
        "v": VERSION,
        "t": echo.transport,
        "src": [echo.source[0], echo.source[1]],
        "dst": [echo.destination[0], echo.destination[1]],
        "sha": echo.request_digest,
        "srv": echo.server,
    }
    if echo.request is not None:
        doc["req"] = echo.request.decode("latin-1")
    if echo.response_head is not None:
        doc["rsp"] = echo.response_head.decode("latin-1")
    if echo.control_port is not None:
        doc["ctl"] = echo.control_port
    if echo.stun_port is not None:
        doc["stun"] = echo.stun_port
    packed = binascii.b2a_base64(
        zlib.compress(json.dumps(doc, separators=(",", ":")).encode(), 9), newline=False
    )
    return b"".join(packed[i : i + _LINE] + b"\r\n" for i in range(0, len(packed), _LINE))


def _port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise RemoteProtocolError("echo: bad port")
    return value


def _addr(value: Any) -> tuple[str, int]:
    """The source the reflector saw: an IP literal and a port, or the echo is damaged
    (it becomes the report's public address, so free text must not pass)."""
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], str):
        raise RemoteProtocolError("echo: bad address")
    ip = parse_ip(value[0])
    if ip is None:
        raise RemoteProtocolError("echo: source is not an IP address")
    return ip, _port(value[1])


def decode(body: bytes) -> Echo:
    """Decode an echo body; any damage raises :class:`RemoteProtocolError`."""
    try:
        packed = binascii.a2b_base64(b"".join(body.split()), strict_mode=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_DECODED)
        if inflater.unconsumed_tail or not inflater.eof:
            raise RemoteProtocolError("echo: too large or truncated")
        doc = json.loads(raw)
    except (binascii.Error, zlib.error, ValueError, RecursionError) as exc:
        if isinstance(exc, RemoteProtocolError):
            raise
        raise RemoteProtocolError(f"echo: undecodable body ({type(exc).__name__})") from None
    if not isinstance(doc, dict) or doc.get("v") != VERSION:
        raise RemoteProtocolError("echo: unknown version")
    transport, sha = doc.get("t"), doc.get("sha")
    if transport not in ("udp", "tcp") or not isinstance(sha, str):
        raise RemoteProtocolError("echo: missing fields")

    def text(key: str) -> bytes | None:
        val = doc.get(key)
        if val is None:
            return None
        if not isinstance(val, str):
            raise RemoteProtocolError(f"echo: bad {key}")
        try:
            return val.encode("latin-1")
        except UnicodeEncodeError:
            raise RemoteProtocolError(f"echo: bad {key}") from None

    ctl, stun = doc.get("ctl"), doc.get("stun")
    srv = doc.get("srv", "")
    return Echo(
        transport=transport,
        source=_addr(doc.get("src")),
        destination=_addr(doc.get("dst")),
        request_digest=sha,
        request=text("req"),
        response_head=text("rsp"),
        control_port=None if ctl is None else _port(ctl),
        stun_port=None if stun is None else _port(stun),
        server=srv if isinstance(srv, str) else "",
    )
