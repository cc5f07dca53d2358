"""IP addresses and port numbers that arrive from the network, checked where they enter.

A value such as a Via ``received=`` parameter, an echo's source address or a
UPnP "external IP" is written by whoever sits on the path, hostile or broken
ones included. Anything that becomes an address or a port in a report goes
through :func:`parse_ip` / :func:`parse_port` first, so free text never
reaches ``public_address``, a finding or the CGNAT hint.
"""

from __future__ import annotations

import ipaddress

from app.core.numbers import parse_number
from app.core.record import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Final

# RFC 1918, RFC 6598 shared (CGNAT), loopback, link-local and ULA. Deliberately
# not ``ipaddress.is_private``, which also counts the documentation ranges
# (RFC 5737) that labs use as stand-ins for public addresses.
_LAN_NETWORKS: Final = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
        "::1/128",
    )
)
# Longest textual IPv6 literal with an embedded IPv4 part, plus brackets.
_MAX_IP_TEXT: Final = 47


def parse_ip(text: str | None) -> str | None:
    """The canonical form of an IP literal (brackets allowed), or None if it is not one."""
    if not text or len(text) > _MAX_IP_TEXT:
        return None
    candidate = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    if not candidate.isascii():
        return None
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def parse_port(text: str | None, *, allow_zero: bool = False) -> int | None:
    """A port number written in plain ASCII digits, or None."""
    return parse_number(text or "", 0 if allow_zero else 1, 65535)


def is_lan_address(host: str) -> bool:
    """True for addresses that cannot be seen on the public internet (see above)."""
    canonical = parse_ip(host)
    if canonical is None:
        return False
    ip = ipaddress.ip_address(canonical)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in _LAN_NETWORKS if net.version == ip.version)
