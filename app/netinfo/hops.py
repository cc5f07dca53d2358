"""The second hop: the first router beyond the gateway, a carrier-grade NAT tell.

A packet sent with TTL 2 expires at the second router on the path, which
answers with ICMP Time Exceeded from its own address. If that address is in
100.64.0.0/10 (RFC 6598: reserved for carrier-grade NAT), the provider puts
a NAT in front of the customer's router; if it is a private address while our
gateway's is too, a second home router (double NAT) is the usual reason.

Linux reads the ICMP error unprivileged from the socket's error queue
(IP_RECVERR); macOS and Windows ask their own ``ping`` with TTL 2 and take the
replying address from its output (the words are localised, the address is
not).
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import struct
import subprocess
import sys
import time

_IP_RECVERR = 11  # Linux <linux/in.h>
_SO_EE_ORIGIN_ICMP = 2
_ICMP_TIME_EXCEEDED = 11
_ICMP_UNREACHABLE = 3


_IPV4_RE = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b", re.ASCII)


def parse_ping_output(text: str, destination: str) -> str | None:
    """The first IPv4 address in a ping reply that is not the destination itself."""
    for line in text.splitlines():
        for found in _IPV4_RE.findall(line):
            if found == destination:
                continue
            try:
                ip = ipaddress.IPv4Address(found)
            except ValueError:
                continue
            if not (ip.is_unspecified or ip.is_multicast or ip.is_loopback):
                return str(found)
    return None


def _linux_second_hop(destination: str, timeout: float) -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 2)
        s.setsockopt(socket.IPPROTO_IP, _IP_RECVERR, 1)
        s.setblocking(False)
        deadline = time.monotonic() + timeout
        next_send = 0.0
        while time.monotonic() < deadline:
            if time.monotonic() >= next_send:
                with contextlib.suppress(OSError):
                    s.sendto(b"sipalg-hop", (destination, 33434))
                next_send = time.monotonic() + 0.25
            try:
                _, anc, _, _ = s.recvmsg(512, 512, socket.MSG_ERRQUEUE)
            except BlockingIOError:
                time.sleep(0.02)  # the error queue has no readiness event of its own here
                continue
            except OSError:
                return None
            for level, kind, data in anc:
                if level != socket.IPPROTO_IP or kind != _IP_RECVERR or len(data) < 16 + 8:
                    continue
                _, origin, icmp_type, _, _, _, _ = struct.unpack("=IBBBBII", data[:16])
                if origin != _SO_EE_ORIGIN_ICMP:
                    continue
                if icmp_type == _ICMP_TIME_EXCEEDED:
                    return socket.inet_ntoa(data[16 + 4 : 16 + 8])  # offender sockaddr_in
                if icmp_type == _ICMP_UNREACHABLE:
                    return None  # the destination itself is the second hop: no router there
    return None


def _ping_second_hop(destination: str, timeout: float) -> str | None:
    if sys.platform.startswith("win"):
        argv = ["ping", "-n", "1", "-i", "2", "-w", str(int(timeout * 1000)), destination]
    else:
        argv = ["ping", "-n", "-c", "1", "-m", "2", "-t", str(max(1, int(timeout))), destination]
    try:
        res = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=timeout + 1,
            errors="replace",
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_ping_output(res.stdout, destination)


def second_hop(destination: str, timeout: float = 1.0) -> str | None:
    """The address of the second router towards ``destination`` (IPv4), if it answers."""
    try:
        ipaddress.IPv4Address(destination)
    except ValueError:
        return None
    platform: str = sys.platform  # a plain str: mypy would otherwise fix it to the host's
    if platform.startswith("linux"):
        return _linux_second_hop(destination, timeout)
    return _ping_second_hop(destination, timeout)
