"""Extra nftables rules on the lab router for the real-phone scenarios.

They live in tables of their own, added after the lab is built, so the lab's
own ruleset (tests/lab/netns.py) and its other scenarios are unchanged.
"""

from __future__ import annotations

import re

from tests.lab.netns import Lab


def drop_unsolicited_input(lab: Lab) -> None:
    """Drop new connections from the internet to the router itself, as a home
    router's firewall does, instead of answering them with ICMP.

    Why the phone tests need it: when the far phone's first RTP packet reaches the
    router before the home phone's own first packet, conntrack records that
    packet as a connection to the router; the masquerade then finds the home
    phone's port taken and picks another one, and the far phone's audio goes to a
    port nobody uses (one-way audio, by a race of a few milliseconds). Dropping
    the packet before conntrack confirms it keeps the port free. The test call's
    packets from the reflector all answer something the LAN sent, so this rule
    does not change what ``sipalg call`` sees.
    """
    t = lab.tag
    rules = (
        "table ip phone_guard {\n"
        "  chain wan_input {\n"
        "    type filter hook input priority filter; policy accept;\n"
        f'    iifname "w{t}b" ct state new drop\n'
        "  }\n"
        "}\n"
    )
    lab.ns(lab.rtr, "nft", "-f", "-", input=rules)


def drop_fragments(lab: Lab) -> None:
    """Drop every IPv4 fragment the router receives, either way, like routers
    that cannot reassemble or filter fragments.

    The rule has to run before conntrack's defragmentation (prerouting priority
    -400): a router that tracks connections reassembles datagrams first, so a
    rule in the forward chain would only ever see whole datagrams. Any packet
    with "more fragments" set or a non-zero offset is a fragment.
    """
    rules = (
        "table ip phone_fragments {\n"
        "  chain before_defrag {\n"
        "    type filter hook prerouting priority -450; policy accept;\n"
        "    ip frag-off & 0x3fff != 0 counter drop\n"
        "  }\n"
        "}\n"
    )
    lab.ns(lab.rtr, "nft", "-f", "-", input=rules)


def fragments_dropped(lab: Lab) -> int:
    """How many fragments the rule above has dropped so far."""
    out = lab.ns(lab.rtr, "nft", "list", "table", "ip", "phone_fragments").stdout
    found = re.search(r"counter packets (\d+)", out)
    return int(found.group(1)) if found else 0
