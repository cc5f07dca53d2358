"""Gateway and MAC from each OS's own output (recorded), and fuzzing of every parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.netinfo import gateway as gw
from app.netinfo import oui

DATA = Path(__file__).resolve().parents[1] / "data" / "netinfo"


def read(name: str) -> str:
    return (DATA / name).read_text()


def test_linux_proc_files() -> None:
    g = gw.parse_proc_net_route(read("linux_proc_net_route.txt"))
    assert g == gw.Gateway("192.168.1.254", interface="enp3s0", source="/proc/net/route")
    assert gw.parse_proc_net_arp(read("linux_proc_net_arp.txt"), "192.168.1.254") == (
        "44:32:c8:1a:2b:3c"
    )
    assert gw.parse_proc_net_arp(read("linux_proc_net_arp.txt"), "192.168.1.23") is None


def test_linux_ip_commands() -> None:
    g = gw.parse_ip_route(read("linux_ip_route.txt"))
    assert g is not None and (g.ip, g.interface) == ("10.0.0.1", "tun0")  # lowest metric
    assert gw.parse_ip_neigh(read("linux_ip_neigh.txt"), "192.168.178.1") == "3c:a6:2f:11:22:33"
    assert gw.parse_ip_neigh(read("linux_ip_neigh.txt"), "10.0.0.1") is None


def test_macos() -> None:
    g = gw.parse_macos_route_get(read("macos_route_get_default.txt"))
    assert g is not None and (g.ip, g.interface) == ("192.168.0.1", "en0")
    assert gw.parse_macos_arp(read("macos_arp.txt"), "192.168.0.1") == "00:1e:c1:0a:0b:0c"


def test_windows_english_and_german() -> None:
    g = gw.parse_windows_route_print(read("windows_route_print.txt"))
    assert g is not None and g.ip == "192.168.1.1"
    de = gw.parse_windows_route_print(read("windows_route_print_de.txt"))
    assert de is not None and de.ip == "192.168.178.1"
    assert gw.parse_windows_arp(read("windows_arp.txt"), "192.168.1.1") == "c0:06:c3:12:ab:cd"
    assert gw.parse_windows_arp(read("windows_arp.txt"), "192.168.1.255") is None  # broadcast


@pytest.mark.parametrize(
    "text, mac",
    [
        ("A0-4F-D4-1-2-3", "a0:4f:d4:01:02:03"),
        ("00:00:00:00:00:00", None),
        ("ff:ff:ff:ff:ff:ff", None),
        ("zz:00:00:00:00:01", None),
        ("1:2:3", None),
        ("a0:4f:d4:01:02:٣", None),  # int(..., 16) would read the Arabic-Indic 3
    ],
)
def test_normalise_mac(text: str, mac: str | None) -> None:
    assert gw.normalise_mac(text) == mac


def test_oui_lookup() -> None:
    assert oui.vendor("50:c7:bf:aa:bb:cc") is not None  # a TP-Link assignment
    assert "TP-LINK" in (oui.vendor("50:c7:bf:aa:bb:cc") or "").upper()
    assert oui.vendor("2a:2b:82:04:59:6b") is None  # locally administered: not looked up
    assert oui.is_locally_administered("2a:2b:82:04:59:6b")
    assert oui.vendor("not a mac") is None and oui.vendor(None) is None


def test_find_gateway_never_raises_on_unknown_platform() -> None:
    assert gw.find_gateway("plan9") is None


_lines = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=12
).map("\n".join)
_tokens = st.lists(
    st.sampled_from(
        [
            "0.0.0.0",
            "default",
            "via",
            "192.168.1.1",
            "dev",
            "eth0",
            "metric",
            "12",
            "gateway:",
            "lladdr",
            "aa:bb:cc:dd:ee:ff",
            "00000000",
            "0101A8C0",
            "0003",
            "\t",
            "\n",
            " ",
            "On-link",
            "(192.168.1.1)",
            "at",
            "999.1.1.1",
            "-5",
        ]
    ),
    max_size=60,
).map(" ".join)


@given(_lines | _tokens)
def test_fuzz_route_and_arp_parsers_never_raise(text: str) -> None:
    for parse in (
        gw.parse_proc_net_route,
        gw.parse_ip_route,
        gw.parse_macos_route_get,
        gw.parse_windows_route_print,
    ):
        result = parse(text)
        assert result is None or result.ip.count(".") == 3
    for parse_mac in (
        gw.parse_proc_net_arp,
        gw.parse_ip_neigh,
        gw.parse_macos_arp,
        gw.parse_windows_arp,
    ):
        mac = parse_mac(text, "192.168.1.1")
        assert mac is None or len(mac) == 17
