"""The lab's dnsmasq configuration (tests/lab/dns.py): generated text only, no server run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lab.dns import (
    Naptr,
    Srv,
    Zone,
    dnsmasq_config,
    resolv_conf_text,
    write_netns_resolv_conf,
)

ZONE = Zone(
    "sipalg.test",
    hosts=(("pbx.sipalg.test", ("203.0.113.10", "2001:db8::10")),),
    srv=(
        Srv("_sip._udp.sipalg.test", "pbx.sipalg.test", 5070, priority=10, weight=60),
        Srv("_sip._tcp.sipalg.test", None),
    ),
    naptr=(Naptr("sipalg.test", 10, 50, "s", "SIP+D2U", "_sip._udp.sipalg.test"),),
    upstream=("198.51.100.53#5353",),
)


def test_config_serves_the_zone_and_nothing_else() -> None:
    lines = dnsmasq_config(ZONE, "203.0.113.1", 53).splitlines()
    assert lines[1:] == [
        "port=53",
        "listen-address=203.0.113.1",
        "bind-interfaces",
        "no-resolv",
        "no-hosts",
        "pid-file=",
        "local=/sipalg.test/",
        "host-record=pbx.sipalg.test,203.0.113.10,2001:db8::10",
        "srv-host=_sip._udp.sipalg.test,pbx.sipalg.test,5070,10,60",
        "srv-host=_sip._tcp.sipalg.test",
        'naptr-record=sipalg.test,10,50,"s","SIP+D2U","",_sip._udp.sipalg.test',
        "server=198.51.100.53#5353",
    ]


def test_config_options() -> None:
    text = dnsmasq_config(Zone("x.test"), "127.0.0.1", 15353, log_queries=True, extra=("dnssec",))
    assert text.endswith("log-queries\ndnssec\n")
    assert "port=15353\n" in text


@pytest.mark.parametrize(
    "zone",
    [
        Zone("x.test", hosts=(("a.x.test\nserver=1.2.3.4", ("192.0.2.1",)),)),
        Zone("x.test", hosts=(("a.x.test", ("192.0.2.1,192.0.2.2",)),)),
        Zone("x.test", hosts=(("a.x.test", ()),)),
        Zone("x/test"),
        Zone("x.test", srv=(Srv("_sip._udp.x.test", "a b", 5060),)),
        Zone("x.test", naptr=(Naptr("x.test", 1, 1, 's"', "SIP+D2U", "_sip._udp.x.test"),)),
        Zone("x.test", upstream=("192.0.2.1#notaport",)),
    ],
)
def test_values_that_would_break_the_file_are_refused(zone: Zone) -> None:
    with pytest.raises(ValueError):
        dnsmasq_config(zone, "127.0.0.1")


def test_resolv_conf_for_a_namespace(tmp_path: Path) -> None:
    path = write_netns_resolv_conf("lan-1", "203.0.113.1", etc=tmp_path)
    assert path == tmp_path / "netns" / "lan-1" / "resolv.conf"
    assert path.read_text() == resolv_conf_text("203.0.113.1")
    assert "nameserver 203.0.113.1\n" in path.read_text()
