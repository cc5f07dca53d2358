"""Does this computer reach the internet over Wi-Fi or a cable?

Wi-Fi adds loss and jitter of its own, so the test call reports the local
link next to its media figures: "3 % loss, and you are on Wi-Fi with a weak
signal" points somewhere else than "3 % loss on a cable".

The interface that matters is the one carrying the default route; each OS
says in its own way what kind of interface that is:

* Linux: the default route from /proc/net/route (or /proc/net/ipv6_route, or
  ``ip route show default``); the interface is Wi-Fi when
  /sys/class/net/<if>/wireless or .../phy80211 exists or its uevent says
  ``DEVTYPE=wlan``; it is a cable when it is a physical (it has a ``device``
  link) Ethernet-type (``type`` 1) interface. Tunnels, bridges and VPNs have
  no ``device`` link: the link beneath them is unknown and we say so. The
  signal comes from /proc/net/wireless, the network name from ``iw dev <if>
  link`` when iw is installed.
* macOS: ``route -n get default`` names the interface; ``networksetup
  -listallhardwareports`` maps it to its hardware port ("Wi-Fi", "Ethernet",
  "Thunderbolt Bridge", ...). Signal and network name from ``system_profiler
  SPAirPortDataType`` when it answers within the time limit (``wdutil`` needs
  root, and the old ``airport -I`` is gone from current macOS).
* Windows (no administrator rights needed): ``route print -4`` gives the
  default route's local address; ``ipconfig`` finds the adapter that holds it;
  ``netsh wlan show interfaces`` lists the Wi-Fi adapters with SSID and
  signal. Labels are translated on Windows, so the parsers go by structure
  (the adapter name ends the ``ipconfig`` heading in every language; the
  signal is the only value written as a percentage). Windows 11 may refuse
  ``netsh wlan`` without location permission; then the adapter heading
  ("Wireless LAN adapter", "Drahtlos-LAN-Adapter", ...) decides.

Every parser is a pure function of the tool's text (recorded outputs live in
tests/data/link/). :func:`detect_link` runs the commands through an injected
``run(argv) -> str``; the real runner gives each command at most one second
and returns "" on any failure, and :func:`detect_link` never raises: when it
cannot tell, the answer is ``LinkInfo(kind="unknown", reason=...)``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from app.core.numbers import parse_number
from app.netinfo import gateway

LinkKind = Literal["wifi", "wired", "unknown"]
Run = Callable[[Sequence[str]], str]
Read = Callable[[str], str]  # "" when the file is missing or unreadable
Exists = Callable[[str], bool]

COMMAND_TIMEOUT: Final = 1.0  # seconds per command, hard
_IFNAME_RE: Final = re.compile(r"[A-Za-z0-9_.:@-]{1,15}")  # Linux IFNAMSIZ is 16 with the NUL


@dataclass(frozen=True, slots=True)
class LinkInfo:
    kind: LinkKind
    interface: str | None = None  # wlan0 / en0 / "Wi-Fi" (Windows's adapter name)
    ssid: str | None = None
    signal_dbm: int | None = None
    signal_percent: int | None = None  # Windows reports a percentage
    source: str = ""  # which facility told us
    reason: str = ""  # why unknown, or a caveat


def _valid_ifname(name: str) -> str | None:
    """Only names the kernel could have made: they become parts of /sys paths."""
    return name if _IFNAME_RE.fullmatch(name) and name not in (".", "..") else None


def _dbm(text: str) -> int | None:
    """ "-52", "-52." or "-52 dBm" -> -52; only plausible radio levels."""
    m = re.fullmatch(r"\s*(-\d{1,3})(?:\.\d*)?(?:\s*dBm)?\s*", text, re.ASCII)
    if not m:
        return None
    value = int(m.group(1))
    return value if -120 <= value < 0 else None


# --- Linux ---


def parse_proc_net_route_interface(text: str) -> str | None:
    """The interface of the IPv4 default route with the lowest metric (gateway or not)."""
    best: tuple[int, str] | None = None
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) < 8:
            continue
        iface, dest, flags, metric, mask = f[0], f[1], f[3], f[6], f[7]
        try:
            if int(dest, 16) or int(mask, 16) or not int(flags, 16) & 0x1:  # RTF_UP
                continue
        except ValueError:
            continue
        m = parse_number(metric, 0, 2**32)
        name = _valid_ifname(iface)
        if m is not None and name and (best is None or m < best[0]):
            best = (m, name)
    return None if best is None else best[1]


def parse_proc_net_ipv6_route_interface(text: str) -> str | None:
    """/proc/net/ipv6_route: the ::/0 route with the lowest metric, not the loopback's."""
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        f = line.split()
        if len(f) != 10 or f[0] != "0" * 32 or f[1] != "00" or f[9] == "lo":
            continue
        try:
            metric, flags = int(f[5], 16), int(f[8], 16)
        except ValueError:
            continue
        name = _valid_ifname(f[9])
        if flags & 0x1 and not flags & 0x200 and name and (best is None or metric < best[0]):
            best = (metric, name)  # 0x200 = RTF_REJECT (unreachable)
    return None if best is None else best[1]


def parse_ip_route_interface(text: str) -> str | None:
    """``ip route show default``: "default via 192.168.1.1 dev wlan0 ... metric 600"."""
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        f = line.split()
        if not f or f[0] != "default" or "dev" not in f[:-1]:
            continue
        name = _valid_ifname(f[f.index("dev") + 1])
        metric = 0
        if "metric" in f[:-1]:
            metric = parse_number(f[f.index("metric") + 1], 0, 2**32) or 0
        if name and (best is None or metric < best[0]):
            best = (metric, name)
    return None if best is None else best[1]


def parse_proc_net_wireless(text: str, iface: str) -> int | None:
    """/proc/net/wireless: the signal level (dBm) of *iface*, when the driver gives dBm."""
    for line in text.splitlines()[2:]:
        name, sep, rest = line.partition(":")
        if not sep or name.strip() != iface:
            continue
        f = rest.split()
        return _dbm(f[2]) if len(f) >= 3 else None
    return None


def parse_uevent_devtype(text: str) -> str | None:
    """/sys/class/net/<if>/uevent: "DEVTYPE=wlan" (absent for plain Ethernet)."""
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key == "DEVTYPE":
            return value.strip() or None
    return None


def parse_iw_link(text: str) -> tuple[str | None, int | None]:
    """``iw dev <if> link``: (SSID, signal dBm); (None, None) when not connected."""
    ssid = re.search(r"^\s*SSID:\s?(.*)$", text, re.MULTILINE)
    signal = re.search(r"^\s*signal:\s*(.+)$", text, re.MULTILINE)
    return (
        ssid.group(1).strip() or None if ssid else None,
        _dbm(signal.group(1)) if signal else None,
    )


def linux_link(
    iface: str | None,
    *,
    wireless: bool,
    devtype: str | None,
    physical: bool,
    arphrd: str,
    signal_dbm: int | None = None,
    ssid: str | None = None,
    source: str = "/proc/net/route",
) -> LinkInfo:
    """The verdict from what /sys says about the default route's interface."""
    if iface is None:
        return LinkInfo("unknown", source=source, reason="no default route")
    if wireless or devtype == "wlan":
        return LinkInfo("wifi", iface, ssid, signal_dbm, source=source)
    if devtype == "wwan":
        return LinkInfo("unknown", iface, source=source, reason="mobile broadband interface")
    if not physical:
        return LinkInfo(
            "unknown",
            iface,
            source=source,
            reason="virtual interface (VPN, tunnel or bridge): the link beneath it is not known",
        )
    if arphrd.strip() == "1":  # ARPHRD_ETHER
        return LinkInfo("wired", iface, source=source)
    return LinkInfo("unknown", iface, source=source, reason=f"interface type {arphrd.strip()!r}")


# --- macOS ---


def parse_macos_route_interface(text: str) -> str | None:
    m = re.search(r"^\s*interface:\s*(\S+)\s*$", text, re.MULTILINE)
    return _valid_ifname(m.group(1)) if m else None


def parse_networksetup_ports(text: str) -> dict[str, str]:
    """``networksetup -listallhardwareports``: device -> hardware port name."""
    ports: dict[str, str] = {}
    port: str | None = None
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "Hardware Port":
            port = value
        elif key == "Device" and port is not None and value:
            ports[value] = port
            port = None
    return ports


_MAC_WIFI_PORTS: Final = ("wi-fi", "airport", "wlan")


def macos_port_kind(port: str | None) -> LinkKind:
    """ "Wi-Fi" (older: "AirPort"; some languages: "WLAN") or an Ethernet/LAN port."""
    if port is None:
        return "unknown"
    low = port.lower()
    if any(word in low for word in _MAC_WIFI_PORTS):
        return "wifi"
    if "bridge" in low:  # Thunderbolt Bridge: a virtual bridge, not a cable to the router
        return "unknown"
    if "ethernet" in low or re.search(r"\blan\b", low):
        return "wired"
    return "unknown"


def parse_system_profiler_airport(text: str, iface: str) -> tuple[str | None, int | None]:
    """``system_profiler SPAirPortDataType``: (network name, signal dBm) of *iface*."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.strip() == f"{iface}:"), None)
    if start is None:
        return None, None
    depth = len(lines[start]) - len(lines[start].lstrip())
    ssid: str | None = None
    signal: int | None = None
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if line.strip() and len(line) - len(line.lstrip()) <= depth:
            break  # the next interface
        stripped = line.strip()
        if stripped == "Current Network Information:" and i + 1 < len(lines):
            name = lines[i + 1].strip()
            ssid = name[:-1] if name.endswith(":") and len(name) > 1 else None
        elif stripped.startswith("Other Local Wi-Fi Networks:"):
            break
        elif stripped.startswith("Signal / Noise:") and signal is None:
            signal = _dbm(stripped.split(":", 1)[1].split("/")[0])
        i += 1
    return ssid, signal


# --- Windows ---


@dataclass(frozen=True, slots=True)
class WindowsAdapter:
    heading: str  # "Wireless LAN adapter Wi-Fi" (translated on other languages)
    addresses: tuple[str, ...]  # IPv4 addresses listed under it


def parse_ipconfig(text: str) -> list[WindowsAdapter]:
    """``ipconfig``: adapter headings (unindented, ending in ':') and their IPv4 addresses."""
    adapters: list[WindowsAdapter] = []
    heading: str | None = None
    addrs: list[str] = []
    for line in text.splitlines():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            if heading is not None:
                adapters.append(WindowsAdapter(heading, tuple(addrs)))
            heading, addrs = line.rstrip()[:-1].rstrip(), []
        elif heading is not None and ":" in line:
            value = line.split(":", 1)[1].strip()
            m = re.fullmatch(r"(\d{1,3}(?:\.\d{1,3}){3})(?:\s*\(.*\))?", value, re.ASCII)
            if m:
                addrs.append(m.group(1))
    if heading is not None:
        adapters.append(WindowsAdapter(heading, tuple(addrs)))
    return adapters


@dataclass(frozen=True, slots=True)
class WlanInterface:
    name: str  # the adapter (connection) name, e.g. "Wi-Fi" or "WLAN"
    ssid: str | None
    signal_percent: int | None
    rssi_dbm: int | None


def parse_netsh_wlan_interfaces(text: str) -> list[WlanInterface]:
    """``netsh wlan show interfaces``: one block of "Label : value" lines per adapter.

    Labels are translated, so: the block's first field is the name; "SSID" is
    the same word in every language; the signal is the value written "NN%";
    "Rssi" (Windows 11) is untranslated.
    """
    found: list[WlanInterface] = []
    block: list[tuple[str, str]] = []

    def close() -> None:
        if not block:
            return
        fields = {k.lower(): v for k, v in block}
        signal = next(
            (
                parse_number(m.group(1), 0, 100)
                for _, v in block
                if (m := re.fullmatch(r"(\d{1,3})\s*%", v))
            ),
            None,
        )
        rssi = _dbm(fields.get("rssi", ""))
        ssid = fields.get("ssid") or None
        if len(block) >= 3 and block[0][1]:  # an adapter, not the "Hosted network" line
            found.append(WlanInterface(block[0][1], ssid, signal, rssi))
        block.clear()

    for line in text.splitlines():
        m = re.match(r"^\s+([^:]+?)\s*:\s?(.*)$", line)
        if m is None:
            close()
            continue
        block.append((m.group(1).strip(), m.group(2).strip()))
    close()
    return found


_WIN_WIFI_WORDS: Final = (
    "wireless",
    "wlan",
    "wi-fi",
    "wifi",
    "drahtlos",
    "sans fil",
    "inalámbrica",
)


def windows_link(
    route_print: str, ipconfig: str, netsh: str, source: str = "route print + ipconfig"
) -> LinkInfo:
    gw = gateway.parse_windows_route_print(route_print)
    if gw is None or gw.interface is None:
        return LinkInfo("unknown", source=source, reason="no default route in route print")
    adapter = next((a for a in parse_ipconfig(ipconfig) if gw.interface in a.addresses), None)
    if adapter is None:
        return LinkInfo(
            "unknown", source=source, reason=f"no adapter in ipconfig holds {gw.interface}"
        )
    for wlan in parse_netsh_wlan_interfaces(netsh):
        if adapter.heading == wlan.name or adapter.heading.endswith(" " + wlan.name):
            return LinkInfo(
                "wifi",
                wlan.name,
                wlan.ssid,
                wlan.rssi_dbm,
                wlan.signal_percent,
                source="netsh wlan show interfaces",
            )
    low = adapter.heading.lower()
    if any(word in low for word in _WIN_WIFI_WORDS):
        return LinkInfo(
            "wifi", adapter.heading, source=source, reason="netsh gave no signal (permission?)"
        )
    if "ethernet" in low:
        return LinkInfo("wired", adapter.heading, source=source)
    return LinkInfo("unknown", adapter.heading, source=source, reason="adapter kind not known")


# --- running it ---


def run_command(argv: Sequence[str], timeout: float = COMMAND_TIMEOUT) -> str:
    """stdout of *argv*, or "" on any failure; never longer than *timeout* (≤ 1 s)."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    try:
        res = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=max(0.01, min(timeout, COMMAND_TIMEOUT)),
            errors="replace",
            check=False,
            creationflags=flags,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return ""
    return res.stdout if res.returncode == 0 else ""


def read_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read(65536)
    except OSError:
        return ""


def _detect_linux(run: Run, read: Read, exists: Exists) -> LinkInfo:
    source = "/proc/net/route"
    iface = parse_proc_net_route_interface(read("/proc/net/route"))
    if iface is None:
        source = "/proc/net/ipv6_route"
        iface = parse_proc_net_ipv6_route_interface(read("/proc/net/ipv6_route"))
    if iface is None:
        source = "ip route"
        iface = parse_ip_route_interface(run(["ip", "route", "show", "default"]))
    if iface is None:
        return linux_link(
            None, wireless=False, devtype=None, physical=False, arphrd="", source=source
        )
    base = f"/sys/class/net/{iface}"
    wireless = exists(f"{base}/wireless") or exists(f"{base}/phy80211")
    devtype = parse_uevent_devtype(read(f"{base}/uevent"))
    info = linux_link(
        iface,
        wireless=wireless,
        devtype=devtype,
        physical=exists(f"{base}/device"),
        arphrd=read(f"{base}/type"),
        source=source,
    )
    if info.kind == "wifi":
        signal = parse_proc_net_wireless(read("/proc/net/wireless"), iface)
        ssid, iw_signal = parse_iw_link(run(["iw", "dev", iface, "link"]))
        info = replace(info, ssid=ssid, signal_dbm=signal if signal is not None else iw_signal)
    return info


def _detect_macos(run: Run) -> LinkInfo:
    source = "route get default + networksetup"
    iface = parse_macos_route_interface(run(["/sbin/route", "-n", "get", "default"]))
    if iface is None:
        return LinkInfo("unknown", source=source, reason="no default route")
    ports = parse_networksetup_ports(run(["/usr/sbin/networksetup", "-listallhardwareports"]))
    port = ports.get(iface)
    kind = macos_port_kind(port)
    if kind == "unknown":
        why = f"hardware port {port!r}" if port else "not a hardware port (a VPN or tunnel?)"
        return LinkInfo("unknown", iface, source=source, reason=why)
    if kind == "wired":
        return LinkInfo("wired", iface, source=source)
    ssid, signal = parse_system_profiler_airport(
        run(["/usr/sbin/system_profiler", "SPAirPortDataType"]), iface
    )
    return LinkInfo("wifi", iface, ssid, signal, source=source)


def detect_link(
    platform: str | None = None,
    *,
    run: Run = run_command,
    read: Read = read_file,
    exists: Exists = os.path.exists,
    budget: float = 4.0,
) -> LinkInfo:
    """What kind of link carries this computer's default route. Never raises.

    *budget* bounds the whole detection: once spent, the remaining commands
    are skipped (they answer "") and the verdict uses what is known.
    """
    deadline = time.monotonic() + budget

    def bounded(argv: Sequence[str]) -> str:
        if time.monotonic() >= deadline:
            return ""
        return run(argv)

    plat = platform or sys.platform
    try:
        if plat.startswith("linux"):
            return _detect_linux(bounded, read, exists)
        if plat == "darwin":
            return _detect_macos(bounded)
        if plat.startswith("win"):
            return windows_link(
                bounded(["route", "print", "-4"]),
                bounded(["ipconfig"]),
                bounded(["netsh", "wlan", "show", "interfaces"]),
            )
    except Exception as exc:  # a parser bug must not cost the user the whole test call
        return LinkInfo("unknown", reason=f"link detection failed: {type(exc).__name__}")
    return LinkInfo("unknown", reason=f"platform {plat!r} not supported")
