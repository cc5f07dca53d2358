"""Wi-Fi or wired: each OS's recorded outputs, fuzzing, and the real path on this machine."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.netinfo import link
from app.netinfo.link import LinkInfo

DATA = Path(__file__).resolve().parents[1] / "data" / "link"


def rec(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


class FakeSystem:
    """Recorded files and command outputs; everything else is missing."""

    def __init__(
        self,
        files: dict[str, str] | None = None,
        commands: dict[tuple[str, ...], str] | None = None,
        dirs: Sequence[str] = (),
    ) -> None:
        self.files = files or {}
        self.commands = commands or {}
        self.dirs = set(dirs)
        self.ran: list[tuple[str, ...]] = []

    def run(self, argv: Sequence[str]) -> str:
        self.ran.append(tuple(argv))
        return self.commands.get(tuple(argv), "")

    def read(self, path: str) -> str:
        return self.files.get(path, "")

    def exists(self, path: str) -> bool:
        return path in self.files or path in self.dirs

    def detect(self, platform: str) -> LinkInfo:
        return link.detect_link(platform, run=self.run, read=self.read, exists=self.exists)


# --- Linux ---


def linux_wifi() -> FakeSystem:
    return FakeSystem(
        files={
            "/proc/net/route": rec("linux_proc_net_route_wifi.txt"),
            "/proc/net/wireless": rec("linux_proc_net_wireless.txt"),
            "/sys/class/net/wlp2s0/uevent": rec("linux_uevent_wlp2s0.txt"),
            "/sys/class/net/wlp2s0/type": "1\n",
        },
        commands={("iw", "dev", "wlp2s0", "link"): rec("linux_iw_link.txt")},
        dirs=["/sys/class/net/wlp2s0/device", "/sys/class/net/wlp2s0/phy80211"],
    )


def test_linux_wifi() -> None:
    info = linux_wifi().detect("linux")
    assert info == LinkInfo("wifi", "wlp2s0", "Kitchen Net", -52, source="/proc/net/route")


def test_linux_wifi_known_by_uevent_alone_and_signal_from_iw() -> None:
    sys_ = linux_wifi()
    sys_.dirs = {"/sys/class/net/wlp2s0/device"}
    del sys_.files["/proc/net/wireless"]
    info = sys_.detect("linux")
    assert (info.kind, info.signal_dbm) == ("wifi", -52)  # iw's "signal: -52 dBm"


def test_linux_wired_by_lower_metric() -> None:
    sys_ = FakeSystem(
        files={
            "/proc/net/route": rec("linux_proc_net_route_wired.txt"),
            "/sys/class/net/enp3s0/uevent": rec("linux_uevent_enp3s0.txt"),
            "/sys/class/net/enp3s0/type": "1\n",
        },
        dirs=["/sys/class/net/enp3s0/device"],
    )
    assert sys_.detect("linux") == LinkInfo("wired", "enp3s0", source="/proc/net/route")
    assert sys_.ran == []  # nothing to run for a cable


def test_linux_vpn_is_unknown_with_a_reason() -> None:
    sys_ = FakeSystem(
        files={
            "/proc/net/route": rec("linux_proc_net_route_vpn.txt"),
            "/sys/class/net/wg0/uevent": rec("linux_uevent_wg0.txt"),
            "/sys/class/net/wg0/type": "65534\n",
        }
    )
    info = sys_.detect("linux")
    assert (info.kind, info.interface) == ("unknown", "wg0")
    assert "virtual" in info.reason


def test_linux_falls_back_to_ipv6_then_ip_route() -> None:
    v6 = FakeSystem(
        files={
            "/proc/net/ipv6_route": rec("linux_proc_net_ipv6_route.txt"),
            "/sys/class/net/wlp2s0/uevent": rec("linux_uevent_wlp2s0.txt"),
        }
    )
    info = v6.detect("linux")
    assert (info.kind, info.interface, info.source) == ("wifi", "wlp2s0", "/proc/net/ipv6_route")
    ip = FakeSystem(
        files={"/sys/class/net/enp3s0/type": "1", "/sys/class/net/enp3s0/device": ""},
        commands={("ip", "route", "show", "default"): rec("linux_ip_route_default.txt")},
    )
    info = ip.detect("linux")
    assert (info.kind, info.interface, info.source) == ("wired", "enp3s0", "ip route")


def test_linux_no_default_route() -> None:
    info = FakeSystem().detect("linux")
    assert (info.kind, info.reason) == ("unknown", "no default route")


def test_linux_parsers() -> None:
    assert link.parse_proc_net_route_interface(rec("linux_proc_net_route_wired.txt")) == "enp3s0"
    assert link.parse_proc_net_wireless(rec("linux_proc_net_wireless.txt"), "wlp2s0") == -52
    assert link.parse_proc_net_wireless(rec("linux_proc_net_wireless.txt"), "wlan1") is None
    assert link.parse_uevent_devtype(rec("linux_uevent_enp3s0.txt")) is None
    assert link.parse_iw_link(rec("linux_iw_link_disconnected.txt")) == (None, None)
    # A name that could walk out of /sys/class/net is never used.
    evil = "Iface Destination Gateway Flags RefCnt Use Metric Mask\n../.. 0 0 3 0 0 0 0\n"
    assert link.parse_proc_net_route_interface(evil) is None


# --- macOS ---


def mac(route: str) -> FakeSystem:
    return FakeSystem(
        commands={
            ("/sbin/route", "-n", "get", "default"): rec(route),
            ("/usr/sbin/networksetup", "-listallhardwareports"): rec(
                "macos_networksetup_listallhardwareports.txt"
            ),
            ("/usr/sbin/system_profiler", "SPAirPortDataType"): rec(
                "macos_system_profiler_airport.txt"
            ),
        }
    )


def test_macos_wifi_with_signal() -> None:
    info = mac("macos_route_get_default_wifi.txt").detect("darwin")
    assert (info.kind, info.interface, info.ssid, info.signal_dbm) == (
        "wifi",
        "en0",
        "Kitchen Net",
        -61,  # not the neighbour's -78
    )


def test_macos_usb_ethernet_and_vpn() -> None:
    wired = mac("macos_route_get_default_usb_ethernet.txt")
    assert wired.detect("darwin") == LinkInfo(
        "wired", "en7", source="route get default + networksetup"
    )
    assert ("/usr/sbin/system_profiler", "SPAirPortDataType") not in wired.ran  # slow; not needed
    vpn = mac("macos_route_get_default_vpn.txt").detect("darwin")
    assert (vpn.kind, vpn.interface) == ("unknown", "utun4")
    assert "VPN" in vpn.reason


def test_macos_parsers() -> None:
    ports = link.parse_networksetup_ports(rec("macos_networksetup_listallhardwareports.txt"))
    assert ports["en0"] == "Wi-Fi" and ports["bridge0"] == "Thunderbolt Bridge"
    assert [link.macos_port_kind(ports[d]) for d in ("en0", "en4", "en7", "bridge0", "en1")] == [
        "wifi",
        "wired",
        "wired",
        "unknown",
        "unknown",
    ]
    assert link.macos_port_kind("AirPort") == link.macos_port_kind("WLAN") == "wifi"
    airport = rec("macos_system_profiler_airport.txt")
    assert link.parse_system_profiler_airport(airport, "awdl0") == (None, None)
    assert link.parse_system_profiler_airport(airport, "en9") == (None, None)


# --- Windows ---


def win(route: str, ipconfig: str, netsh: str) -> FakeSystem:
    return FakeSystem(
        commands={
            ("route", "print", "-4"): rec(route),
            ("ipconfig",): rec(ipconfig),
            ("netsh", "wlan", "show", "interfaces"): rec(netsh),
        }
    )


def test_windows_wifi_english() -> None:
    sys_ = win(
        "windows_route_print_wifi.txt", "windows_ipconfig.txt", "windows_netsh_wlan_interfaces.txt"
    )
    assert sys_.detect("win32") == LinkInfo(
        "wifi", "Wi-Fi", "Kitchen Net", -58, 78, source="netsh wlan show interfaces"
    )


def test_windows_wifi_german() -> None:
    sys_ = win(
        "windows_route_print_wifi.txt",
        "windows_ipconfig_de.txt",
        "windows_netsh_wlan_interfaces_de.txt",
    )
    info = sys_.detect("win32")
    assert (info.kind, info.interface, info.ssid, info.signal_percent, info.signal_dbm) == (
        "wifi",
        "WLAN",
        "Kitchen Net",
        64,
        None,
    )


def test_windows_wired_while_wifi_is_also_up() -> None:
    sys_ = win(
        "windows_route_print_wired.txt", "windows_ipconfig.txt", "windows_netsh_wlan_interfaces.txt"
    )
    info = sys_.detect("win32")
    assert (info.kind, info.interface) == ("wired", "Ethernet adapter Ethernet")


def test_windows_without_location_permission_goes_by_the_heading() -> None:
    sys_ = win(
        "windows_route_print_wifi.txt",
        "windows_ipconfig_de.txt",
        "windows_netsh_wlan_location_denied.txt",
    )
    info = sys_.detect("win32")
    assert (info.kind, info.interface, info.ssid) == ("wifi", "Drahtlos-LAN-Adapter WLAN", None)
    assert "permission" in info.reason


def test_windows_parsers() -> None:
    adapters = link.parse_ipconfig(rec("windows_ipconfig.txt"))
    assert [a.heading for a in adapters] == [
        "Ethernet adapter Ethernet",
        "Wireless LAN adapter Local Area Connection* 1",
        "Wireless LAN adapter Wi-Fi",
    ]
    assert "192.168.178.23" in adapters[2].addresses
    wlans = link.parse_netsh_wlan_interfaces(rec("windows_netsh_wlan_interfaces.txt"))
    assert wlans == [link.WlanInterface("Wi-Fi", "Kitchen Net", 78, -58)]  # not "Hosted network"
    assert link.parse_netsh_wlan_interfaces(rec("windows_netsh_wlan_location_denied.txt")) == []
    no_route = link.windows_link("", rec("windows_ipconfig.txt"), "")
    assert (no_route.kind, no_route.reason) == ("unknown", "no default route in route print")


# --- never raises, never hangs ---


def test_a_raising_runner_gives_unknown() -> None:
    def boom(argv: Sequence[str]) -> str:
        raise RuntimeError("broken")

    info = link.detect_link("darwin", run=boom)
    assert info.kind == "unknown" and "RuntimeError" in info.reason


def test_spent_budget_skips_commands() -> None:
    sys_ = mac("macos_route_get_default_wifi.txt")
    info = link.detect_link("darwin", run=sys_.run, budget=0.0)
    assert sys_.ran == [] and info == LinkInfo(
        "unknown", source="route get default + networksetup", reason="no default route"
    )


def test_unsupported_platform() -> None:
    assert link.detect_link("plan9").kind == "unknown"


texts = st.text(max_size=400)


@given(texts, st.sampled_from(["wlp2s0", "en0", "x"]))
def test_fuzz_parsers_never_raise(text: str, iface: str) -> None:
    link.parse_proc_net_route_interface(text)
    link.parse_proc_net_ipv6_route_interface(text)
    link.parse_ip_route_interface(text)
    link.parse_proc_net_wireless(text, iface)
    link.parse_uevent_devtype(text)
    link.parse_iw_link(text)
    link.parse_macos_route_interface(text)
    link.macos_port_kind(text)
    link.parse_networksetup_ports(text)
    link.parse_system_profiler_airport(text, iface)
    link.parse_ipconfig(text)
    link.parse_netsh_wlan_interfaces(text)
    link.windows_link(text, text, text)


@given(st.integers(0, 2000), texts)
def test_fuzz_recordings_with_insertions(pos: int, junk: str) -> None:
    for name in (
        "windows_ipconfig.txt",
        "windows_netsh_wlan_interfaces.txt",
        "macos_system_profiler_airport.txt",
        "linux_proc_net_route_wifi.txt",
    ):
        text = rec(name)
        cut = pos % (len(text) + 1)
        mangled = text[:cut] + junk + text[cut:]
        link.parse_ipconfig(mangled)
        link.parse_netsh_wlan_interfaces(mangled)
        link.parse_system_profiler_airport(mangled, "en0")
        link.parse_proc_net_route_interface(mangled)


# --- the real thing, on this machine ---


def test_run_command_times_out_and_swallows_failures() -> None:
    start = time.monotonic()
    assert link.run_command([sys.executable, "-c", "import time; time.sleep(5)"]) == ""
    assert time.monotonic() - start < 2.0
    assert link.run_command(["/nonexistent/tool"]) == ""
    assert link.run_command([sys.executable, "-c", "print('hi')"]) == "hi\n"
    assert link.run_command([sys.executable, "-c", "import sys; sys.exit(3)"]) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux /proc and /sys")
def test_real_linux_detection_returns_in_time() -> None:
    start = time.monotonic()
    info = link.detect_link()
    elapsed = time.monotonic() - start
    assert isinstance(info, LinkInfo) and info.kind in ("wifi", "wired", "unknown")
    assert elapsed < 5.0
    # It names the same interface the kernel's own table does.
    default = link.parse_proc_net_route_interface(link.read_file("/proc/net/route"))
    if default is not None:
        assert info.interface == default
        physical = Path(f"/sys/class/net/{default}/device").exists()
        wireless = Path(f"/sys/class/net/{default}/wireless").exists()
        if (
            physical
            and not wireless
            and Path(f"/sys/class/net/{default}/type").read_text().strip() == "1"
        ):
            assert info.kind == "wired"
