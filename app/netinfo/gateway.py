"""The default gateway and its MAC address, from each platform's own facilities.

Parsers are pure functions of the command output (recorded outputs of each
OS live in tests/data/netinfo/), so they are tested and fuzzed without the
OS; :func:`find_gateway` runs the right commands with a time-out and never
raises: a missing tool or an odd output means "unknown", not a crash.

* Linux: /proc/net/route (the kernel's table, gateway in little-endian hex)
  and /proc/net/arp; ``ip route`` / ``ip neigh`` outputs are parsed too.
* macOS: ``route -n get default`` and ``arp -n <gateway>``.
* Windows: ``route print -4`` (the numbers are not localised, the headings
  are) and ``arp -a``.
"""

from __future__ import annotations

import ipaddress
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.numbers import parse_number

_MAC_RE = re.compile(r"\b([0-9a-fA-F]{1,2}(?:[:-][0-9a-fA-F]{1,2}){5})\b")
_DEFAULT_ROUTE_RE = re.compile(
    r"\s*default\s+via\s+(\S+)(?:.*?\sdev\s+(\S+))?(?:.*?\smetric\s+(\d+))?", re.ASCII
)


@dataclass(frozen=True, slots=True)
class Gateway:
    ip: str
    mac: str | None = None  # normalised aa:bb:cc:dd:ee:ff
    interface: str | None = None
    source: str = ""  # which facility told us


def normalise_mac(text: str) -> str | None:
    """ "A0-4F-D4-1-2-3" -> "a0:4f:d4:01:02:03"; None for all-zero, broadcast or junk."""
    parts = re.split(r"[:-]", text.strip())
    if not text.isascii() or len(parts) != 6 or not all(1 <= len(p) <= 2 for p in parts):
        return None
    try:
        octets = [int(p, 16) for p in parts]
    except ValueError:
        return None
    if all(o == 0 for o in octets) or all(o == 0xFF for o in octets):
        return None
    return ":".join(f"{o:02x}" for o in octets)


def _valid_ipv4(text: str) -> str | None:
    try:
        ip = ipaddress.IPv4Address(text)
    except ValueError:
        return None
    if ip.is_unspecified or ip.is_multicast or ip.is_loopback:
        return None
    return str(ip)


# --- Linux --------------------------------------------------------------------------


def parse_proc_net_route(text: str) -> Gateway | None:
    """/proc/net/route: the default route (destination and mask 0) with the lowest metric."""
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) < 8:
            continue
        iface, dest, gw, flags, metric, mask = f[0], f[1], f[2], f[3], f[6], f[7]
        try:
            if int(dest, 16) != 0 or int(mask, 16) != 0 or not int(flags, 16) & 0x2:
                continue
            raw = int(gw, 16)
            ip = str(ipaddress.IPv4Address(raw.to_bytes(4, "little")))
            m = int(metric)
        except (ValueError, OverflowError):
            continue
        if _valid_ipv4(ip) and (best is None or m < best[0]):
            best = (m, Gateway(ip, interface=iface, source="/proc/net/route"))
    return None if best is None else best[1]


def parse_ip_route(text: str) -> Gateway | None:
    """``ip route show default``: "default via 192.168.1.1 dev wlan0 proto dhcp metric 600"."""
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines():
        m = _DEFAULT_ROUTE_RE.match(line)
        if not m:
            continue
        ip = _valid_ipv4(m.group(1))
        if ip is None:
            continue
        metric = int(m.group(3) or 0)
        if best is None or metric < best[0]:
            best = (metric, Gateway(ip, interface=m.group(2), source="ip route"))
    return None if best is None else best[1]


def parse_proc_net_arp(text: str, ip: str) -> str | None:
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) >= 4 and f[0] == ip:
            return normalise_mac(f[3])
    return None


def parse_ip_neigh(text: str, ip: str) -> str | None:
    for line in text.splitlines():
        f = line.split()
        if f and f[0] == ip and "lladdr" in f:
            i = f.index("lladdr")
            if i + 1 < len(f):
                return normalise_mac(f[i + 1])
    return None


# --- macOS -------------------------------------------------------------------------------


def parse_macos_route_get(text: str) -> Gateway | None:
    gw = re.search(r"^\s*gateway:\s*(\S+)", text, re.MULTILINE)
    iface = re.search(r"^\s*interface:\s*(\S+)", text, re.MULTILINE)
    if not gw:
        return None
    ip = _valid_ipv4(gw.group(1))
    if ip is None:
        return None
    return Gateway(ip, interface=iface.group(1) if iface else None, source="route get default")


def parse_macos_arp(text: str, ip: str) -> str | None:
    """``arp -n 192.168.1.1``: "? (192.168.1.1) at a0:4f:d4:1:2:3 on en0 ifscope [ethernet]"."""
    for line in text.splitlines():
        if f"({ip})" in line:
            m = re.search(r"\sat\s+(\S+)", line)
            if m:
                return normalise_mac(m.group(1))
    return None


# --- Windows -------------------------------------------------------------------------------


def parse_windows_route_print(text: str) -> Gateway | None:
    """``route print -4``: the 0.0.0.0/0.0.0.0 row with the lowest metric.

    Rows are "Network Destination, Netmask, Gateway, Interface, Metric" in every
    language; "On-link" gateways are skipped.
    """
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines():
        f = line.split()
        if len(f) != 5 or f[0] != "0.0.0.0" or f[1] != "0.0.0.0":
            continue
        ip = _valid_ipv4(f[2])
        metric = parse_number(f[4], 0, 2**32)
        if ip is None or metric is None:
            continue
        if best is None or metric < best[0]:
            best = (metric, Gateway(ip, interface=f[3], source="route print"))
    return None if best is None else best[1]


def parse_windows_arp(text: str, ip: str) -> str | None:
    """``arp -a``: "  192.168.1.1           a0-4f-d4-12-34-56     dynamic"."""
    for line in text.splitlines():
        f = line.split()
        if len(f) >= 2 and f[0] == ip:
            return normalise_mac(f[1])
    return None


# --- running it ---------------------------------------------------------------------------------


def _run(argv: list[str], timeout: float = 2.0) -> str:
    # No console window flashing up when the frozen GUI app runs route/arp on Windows.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        res = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=timeout,
            errors="replace",
            check=False,
            creationflags=flags,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return res.stdout if res.returncode == 0 else ""


def _read(path: str) -> str:
    try:
        return Path(path).read_text(errors="replace")
    except OSError:
        return ""


def find_gateway(platform: str | None = None) -> Gateway | None:
    """The default gateway of this machine (IPv4), with its MAC address when known."""
    plat = platform or sys.platform
    if plat.startswith("linux"):
        gw = parse_proc_net_route(_read("/proc/net/route")) or parse_ip_route(
            _run(["ip", "-4", "route", "show", "default"])
        )
        if gw is None:
            return None
        mac = parse_proc_net_arp(_read("/proc/net/arp"), gw.ip) or parse_ip_neigh(
            _run(["ip", "neigh", "show", gw.ip]), gw.ip
        )
    elif plat == "darwin":
        gw = parse_macos_route_get(_run(["/sbin/route", "-n", "get", "default"]))
        if gw is None:
            return None
        mac = parse_macos_arp(_run(["/usr/sbin/arp", "-n", gw.ip]), gw.ip)
    elif plat.startswith("win"):
        gw = parse_windows_route_print(_run(["route", "print", "-4"]))
        if gw is None:
            return None
        mac = parse_windows_arp(_run(["arp", "-a", gw.ip]), gw.ip)
    else:
        return None
    return Gateway(gw.ip, mac, gw.interface, gw.source)
