"""STUN (RFC 8489, RFC 5389) with the RFC 5780 NAT-behaviour attributes, sans-I/O.

Why our own codec and not aioice's (aiortc/aioice, a maintained library with
one): we need typed accessors, both directions (client *and* the reflector's
responder), RFC 5780's CHANGE-REQUEST/OTHER-ADDRESS/RESPONSE-ORIGIN, and the
RFC 3489 CHANGED-ADDRESS that older servers still send; aioice keeps
attributes in a string-keyed dict, has no RFC 5780 attributes, and would add
its own dependencies (dnspython, ifaddr) to a desktop bundle for about 200
lines of table-driven code. Its table of (type, pack, unpack) is the model
here; the tests use the RFC 5769 vectors.

A message is a 20-byte header (type, length, magic cookie 0x2112A442,
96-bit transaction id; RFC 8489 §5) and TLV attributes padded to 4 bytes
(§14). Parsing raises only :class:`RemoteProtocolError`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum
from typing import Final

from app.protocols.errors import LocalProtocolError, RemoteProtocolError

MAGIC_COOKIE: Final = 0x2112A442
_COOKIE_BYTES: Final = MAGIC_COOKIE.to_bytes(4, "big")
FINGERPRINT_XOR: Final = 0x5354554E  # RFC 8489 §14.7
HEADER: Final = 20
MAX_STUN: Final = 2048  # far above anything a Binding exchange needs

BINDING: Final = 0x001


class Cls(IntEnum):
    REQUEST = 0b00
    INDICATION = 0b01
    SUCCESS = 0b10
    ERROR = 0b11


class Attr(IntEnum):
    MAPPED_ADDRESS = 0x0001
    CHANGE_REQUEST = 0x0003  # RFC 5780 §7.2
    SOURCE_ADDRESS = 0x0004  # RFC 3489 (old servers)
    CHANGED_ADDRESS = 0x0005  # RFC 3489 (old servers)
    USERNAME = 0x0006
    MESSAGE_INTEGRITY = 0x0008
    ERROR_CODE = 0x0009
    UNKNOWN_ATTRIBUTES = 0x000A
    REALM = 0x0014
    NONCE = 0x0015
    XOR_MAPPED_ADDRESS = 0x0020
    PRIORITY = 0x0024
    USE_CANDIDATE = 0x0025
    PADDING = 0x0026  # RFC 5780 §7.4
    RESPONSE_PORT = 0x0027  # RFC 5780 §7.5
    SOFTWARE = 0x8022
    ALTERNATE_SERVER = 0x8023
    FINGERPRINT = 0x8028
    ICE_CONTROLLED = 0x8029
    ICE_CONTROLLING = 0x802A
    RESPONSE_ORIGIN = 0x802B  # RFC 5780 §7.3
    OTHER_ADDRESS = 0x802C  # RFC 5780 §7.4


CHANGE_IP: Final = 0x04
CHANGE_PORT: Final = 0x02

Address = tuple[str, int]


def _pad(n: int) -> int:
    return (4 - n % 4) % 4


def _type_to_parts(t: int) -> tuple[int, Cls]:
    """RFC 8489 §5: the class bits C1 C0 sit at positions 8 and 4 of the type."""
    cls = Cls(((t >> 7) & 0b10) | ((t >> 4) & 0b01))
    method = (t & 0x000F) | ((t & 0x00E0) >> 1) | ((t & 0x3E00) >> 2)
    return method, cls


def _parts_to_type(method: int, cls: Cls) -> int:
    return (
        ((method & 0x0F80) << 2)
        | ((method & 0x0070) << 1)
        | (method & 0x000F)
        | ((cls & 0b10) << 7)
        | ((cls & 0b01) << 4)
    )


def _unpack_address(value: bytes, xor: bool, txid: bytes) -> Address:
    if len(value) < 4:
        raise RemoteProtocolError("STUN address attribute too short")
    family, port = value[1], struct.unpack("!H", value[2:4])[0]
    raw = value[4:]
    if family == 0x01:
        if len(raw) != 4:
            raise RemoteProtocolError("STUN IPv4 address of wrong length")
        if xor:
            port ^= MAGIC_COOKIE >> 16
            raw = bytes(a ^ b for a, b in zip(raw, _COOKIE_BYTES, strict=True))
        return str(ipaddress.IPv4Address(raw)), port
    if family == 0x02:
        if len(raw) != 16:
            raise RemoteProtocolError("STUN IPv6 address of wrong length")
        if xor:
            port ^= MAGIC_COOKIE >> 16
            raw = bytes(a ^ b for a, b in zip(raw, _COOKIE_BYTES + txid, strict=True))
        return str(ipaddress.IPv6Address(raw)), port
    raise RemoteProtocolError(f"STUN address family {family} unknown")


def _pack_address(addr: Address, xor: bool, txid: bytes) -> bytes:
    try:
        ip = ipaddress.ip_address(addr[0])
    except ValueError:
        raise LocalProtocolError(f"not an IP address: {addr[0]!r}") from None
    if not 0 <= addr[1] <= 65535:
        raise LocalProtocolError(f"bad port {addr[1]}")
    raw, family = ip.packed, 0x01 if ip.version == 4 else 0x02
    port = addr[1]
    if xor:
        port ^= MAGIC_COOKIE >> 16
        mask = _COOKIE_BYTES if ip.version == 4 else _COOKIE_BYTES + txid
        raw = bytes(a ^ b for a, b in zip(raw, mask, strict=True))
    return bytes([0, family]) + struct.pack("!H", port) + raw


@dataclass(frozen=True, slots=True)
class StunMessage:
    method: int
    cls: Cls
    transaction_id: bytes
    attributes: tuple[tuple[int, bytes], ...] = ()
    raw: bytes = b""  # the bytes it was parsed from (integrity checks need them)

    def get(self, attr: int) -> bytes | None:
        return next((v for t, v in self.attributes if t == attr), None)

    def _address(self, attr: int, xor: bool) -> Address | None:
        value = self.get(attr)
        return None if value is None else _unpack_address(value, xor, self.transaction_id)

    @property
    def xor_mapped_address(self) -> Address | None:
        return self._address(Attr.XOR_MAPPED_ADDRESS, True)

    @property
    def mapped_address(self) -> Address | None:
        """XOR-MAPPED-ADDRESS, else the classic MAPPED-ADDRESS (RFC 3489 servers)."""
        return self.xor_mapped_address or self._address(Attr.MAPPED_ADDRESS, False)

    @property
    def other_address(self) -> Address | None:
        """RFC 5780 OTHER-ADDRESS, else RFC 3489 CHANGED-ADDRESS."""
        return self._address(Attr.OTHER_ADDRESS, False) or self._address(
            Attr.CHANGED_ADDRESS, False
        )

    @property
    def response_origin(self) -> Address | None:
        return self._address(Attr.RESPONSE_ORIGIN, False) or self._address(
            Attr.SOURCE_ADDRESS, False
        )

    @property
    def software(self) -> str | None:
        v = self.get(Attr.SOFTWARE)
        return None if v is None else v.decode("utf-8", "replace")

    @property
    def error(self) -> tuple[int, str] | None:
        v = self.get(Attr.ERROR_CODE)
        if v is None or len(v) < 4:
            return None
        return (v[2] & 0x07) * 100 + v[3], v[4:].decode("utf-8", "replace")

    @property
    def change_request(self) -> tuple[bool, bool]:
        """(change IP, change port) asked for by an RFC 5780 CHANGE-REQUEST."""
        v = self.get(Attr.CHANGE_REQUEST)
        if v is None or len(v) != 4:
            return False, False
        flags = v[3]
        return bool(flags & CHANGE_IP), bool(flags & CHANGE_PORT)

    def _offset_of(self, attr: int) -> int | None:
        pos = HEADER
        while pos + 4 <= len(self.raw):
            t, length = struct.unpack("!HH", self.raw[pos : pos + 4])
            if t == attr:
                return pos
            pos += 4 + length + _pad(length)
        return None

    def fingerprint_ok(self) -> bool:
        pos = self._offset_of(Attr.FINGERPRINT)
        if pos is None or pos + 8 != len(self.raw):
            return False
        expected: int = struct.unpack("!I", self.raw[pos + 4 : pos + 8])[0]
        return _fingerprint(self.raw[:pos], pos + 8 - HEADER) == expected

    def integrity_ok(self, key: bytes) -> bool:
        pos = self._offset_of(Attr.MESSAGE_INTEGRITY)
        if pos is None or pos + 24 > len(self.raw):
            return False
        mac = self.raw[pos + 4 : pos + 24]
        return bool(hmac.compare_digest(_integrity(self.raw[:pos], pos + 24 - HEADER, key), mac))


def _with_length(head_and_attrs: bytes, length: int) -> bytes:
    return head_and_attrs[:2] + struct.pack("!H", length) + head_and_attrs[4:]


def _fingerprint(prefix: bytes, length: int) -> int:
    return (zlib.crc32(_with_length(prefix, length)) & 0xFFFFFFFF) ^ FINGERPRINT_XOR


def _integrity(prefix: bytes, length: int, key: bytes) -> bytes:
    return hmac.new(key, _with_length(prefix, length), hashlib.sha1).digest()


def long_term_key(username: str, realm: str, password: str) -> bytes:
    """RFC 8489 §9.2.2 (MD5): key = MD5(username ":" realm ":" password)."""
    return hashlib.md5(f"{username}:{realm}:{password}".encode(), usedforsecurity=False).digest()


def is_stun(data: bytes) -> bool:
    """Cheap test for demultiplexing (RFC 7983): top two bits zero and the magic cookie."""
    return len(data) >= HEADER and data[0] < 0x40 and data[4:8] == _COOKIE_BYTES


def parse(data: bytes) -> StunMessage:
    if len(data) > MAX_STUN:
        raise RemoteProtocolError("STUN message too long")
    if len(data) < HEADER:
        raise RemoteProtocolError("STUN message shorter than its header")
    t, length = struct.unpack("!HH", data[:4])
    if t & 0xC000:
        raise RemoteProtocolError("not a STUN message (top bits set)")
    if data[4:8] != _COOKIE_BYTES:
        raise RemoteProtocolError("STUN magic cookie missing")
    if length % 4 or HEADER + length != len(data):
        raise RemoteProtocolError("STUN length does not match the message")
    method, cls = _type_to_parts(t)
    txid = data[8:20]
    attrs: list[tuple[int, bytes]] = []
    pos = HEADER
    while pos < len(data):
        if pos + 4 > len(data):
            raise RemoteProtocolError("truncated STUN attribute header")
        at, alen = struct.unpack("!HH", data[pos : pos + 4])
        end = pos + 4 + alen
        if end > len(data):
            raise RemoteProtocolError("STUN attribute runs past the message")
        attrs.append((at, data[pos + 4 : end]))
        pos = end + _pad(alen)
        if pos > len(data):
            raise RemoteProtocolError("STUN attribute padding missing")
    return StunMessage(method, cls, txid, tuple(attrs), bytes(data))


def encode(
    msg: StunMessage, *, integrity_key: bytes | None = None, fingerprint: bool = True
) -> bytes:
    if len(msg.transaction_id) != 12:
        raise LocalProtocolError("a STUN transaction id has 12 bytes")
    body = b""
    for t, v in msg.attributes:
        if len(v) > 0xFFFF:
            raise LocalProtocolError("STUN attribute too long")
        body += struct.pack("!HH", t, len(v)) + v + b"\0" * _pad(len(v))
    head = struct.pack("!HHI", _parts_to_type(msg.method, msg.cls), len(body), MAGIC_COOKIE)
    out = head + msg.transaction_id + body
    if integrity_key is not None:
        mac = _integrity(out, len(out) - HEADER + 24, integrity_key)
        out = _with_length(
            out + struct.pack("!HH", Attr.MESSAGE_INTEGRITY, 20) + mac, len(out) - HEADER + 24
        )
    if fingerprint:
        crc = _fingerprint(out, len(out) - HEADER + 8)
        out = _with_length(
            out + struct.pack("!HHI", Attr.FINGERPRINT, 4, crc), len(out) - HEADER + 8
        )
    return out


def binding_request(
    txid: bytes, *, change_ip: bool = False, change_port: bool = False, software: str | None = None
) -> bytes:
    attrs: list[tuple[int, bytes]] = []
    if software:
        attrs.append((Attr.SOFTWARE, software.encode()))
    if change_ip or change_port:
        flags = (CHANGE_IP if change_ip else 0) | (CHANGE_PORT if change_port else 0)
        attrs.append((Attr.CHANGE_REQUEST, struct.pack("!I", flags)))
    return encode(StunMessage(BINDING, Cls.REQUEST, txid, tuple(attrs)))


def binding_response(
    txid: bytes,
    mapped: Address,
    *,
    other: Address | None = None,
    origin: Address | None = None,
    software: str | None = None,
) -> bytes:
    attrs: list[tuple[int, bytes]] = [(Attr.XOR_MAPPED_ADDRESS, _pack_address(mapped, True, txid))]
    if origin is not None:
        attrs.append((Attr.RESPONSE_ORIGIN, _pack_address(origin, False, txid)))
    if other is not None:
        attrs.append((Attr.OTHER_ADDRESS, _pack_address(other, False, txid)))
    if software:
        attrs.append((Attr.SOFTWARE, software.encode()))
    return encode(StunMessage(BINDING, Cls.SUCCESS, txid, tuple(attrs)))


def error_response(txid: bytes, code: int, reason: str) -> bytes:
    value = struct.pack("!HBB", 0, code // 100, code % 100) + reason.encode()
    return encode(StunMessage(BINDING, Cls.ERROR, txid, ((Attr.ERROR_CODE, value),)))
