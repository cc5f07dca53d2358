"""Parse and resolve what the user typed: ``HOST``, ``HOST:PORT``, ``[IPv6]:PORT``.

Errors here are the user's to fix (a typo, a name that does not resolve), so
they raise :class:`TargetError` with one plain sentence, which the CLI prints
as a one-line error and the wizard shows next to the field.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

from app.protocols.digits import is_ascii_number, parse_number
from app.protocols.errors import LocalProtocolError
from app.protocols.sip import join_hostport

_HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$"
)


class TargetError(LocalProtocolError):
    """The address the user gave cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Target:
    host: str  # as typed (name or literal), without brackets
    port: int

    def __str__(self) -> str:
        return join_hostport(self.host, self.port)


def parse_target(text: str, default_port: int = 5060) -> Target:
    raw = text.strip()
    if not raw:
        raise TargetError("no address given")
    if "://" in raw or raw.lower().startswith(("sip:", "sips:")):
        raise TargetError(f"{raw!r}: give a host name or address, not a URL (e.g. sip.example.com)")
    host, port_text = raw, None
    if raw.startswith("["):
        close = raw.find("]")
        if close < 0:
            raise TargetError(f"{raw!r}: missing ']' after the IPv6 address")
        host, rest = raw[1:close], raw[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise TargetError(f"{raw!r}: unexpected text after the IPv6 address")
            port_text = rest[1:]
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    elif raw.count(":") > 1:
        host = raw  # a bare IPv6 address, no port
    port = default_port
    if port_text is not None:
        number = parse_number(port_text, 1, 65535)
        if number is None:
            raise TargetError(f"{raw!r}: the port must be a number from 1 to 65535")
        port = number
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOSTNAME_RE.match(host) or is_ascii_number(host.replace(".", "")):
            raise TargetError(f"{host!r} is not a valid host name or IP address") from None
    return Target(host, port)


def resolve(target: Target) -> list[str]:
    """Addresses for the host, IPv4 first (NAT and ALGs are an IPv4 matter)."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_DGRAM)
    except socket.gaierror as exc:
        reason = exc.strerror or str(exc)
        raise TargetError(f"cannot resolve {target.host!r}: {reason}") from None
    except UnicodeError:
        raise TargetError(f"{target.host!r} is not a valid host name") from None
    addrs = list(dict.fromkeys(str(info[4][0]) for info in infos))
    addrs.sort(key=lambda a: ":" in a)
    if not addrs:
        raise TargetError(f"{target.host!r} has no address")
    return addrs
