"""The lab router seen from the real-phone scenarios: one extra rule, one counter.

The extra rule lives in a table of its own, added after the lab is built, so the
lab's own ruleset (tests/lab/netns.py) and its other scenarios are unchanged.
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


def fragments_dropped(lab: Lab) -> int:
    """How many fragments the lab's own rule (``Scenario.drop_fragments``) has
    dropped so far, both directions together."""
    out = lab.ns(lab.rtr, "nft", "list", "chain", "ip", "lab", "fragments").stdout
    return sum(int(n) for n in re.findall(r"counter packets (\d+)", out))
