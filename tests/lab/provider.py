"""A provider for the lab's real phones: Kamailio as registrar and proxy.

It does what a VoIP provider's edge does for phones behind NAT, so that the
phones' experience is the one a user would have:

* RFC 3581: ``rport`` forced on every request, answers go back to the address
  and port a request came from;
* ``fix_nated_register``: a binding remembers where the REGISTER came from (the
  NAT's public address and port), so ``lookup("location")`` sends incoming
  calls there, not to the private address in the Contact;
* ``fix_nated_contact`` and ``fix_nated_sdp`` on requests and answers from a
  phone behind NAT: its private addresses are replaced by the address the
  message came from, so in-dialog requests and the other phone's media go to the
  NAT's public side. That is the SDP counterpart of latching (Debian has no
  rtpproxy package for a relay that latches; the kernel's masquerade keeps the
  RTP source port, so the public address with the SDP's port is where the
  phone's audio comes from);
* no keep-alive pings (``natping_interval`` 0) and no re-registration forced
  short: whether an idle phone stays reachable is up to the router, which is
  what the UDP time-out scenario tests;
* ``fr_timer`` 4 s: a branch that never answers fails with 408 after 4 s
  instead of RFC 3261's 32 s, so a "never rang" test stays short.

Every request is logged as ``LABSIP <method> from <ip:port> (<bytes> bytes)``
and every relayed one as ``LABSIP relaying <method> to <next hop> <Request-URI>``,
for the tests to read.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time

from tests.lab.netns import _OPTIONS_PING, WAN_IP2, Lab

PROVIDER_IP = WAN_IP2  # the reflector keeps 203.0.113.2 (alone); the provider gets .3
PROVIDER_PORT = 5060
DOMAIN = "lab.example"  # accounts are user@DOMAIN; phones send everything to PROVIDER_IP
FR_TIMER_MS = 4000

PROVIDER_CFG = """#!KAMAILIO
# A provider for the lab's phones: registrar + proxy with NAT fixing.
debug=2
log_stderror=yes
children=2
disable_tcp=yes
listen=udp:{ip}:{port}
alias={domain}

loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "nathelper.so"
loadmodule "xlog.so"

modparam("tm", "fr_timer", {fr_timer})
modparam("tm", "fr_inv_timer", 20000)
modparam("usrloc", "db_mode", 0)
modparam("nathelper", "natping_interval", 0)
modparam("nathelper|registrar", "received_avp", "$avp(RECEIVED)")

request_route {{
    if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
    force_rport();
    xlog("L_NOTICE", "LABSIP $rm from $si:$sp ($ml bytes) ruri=$ru\\n");
    if (is_method("OPTIONS") && uri==myself) {{ sl_send_reply("200", "OK"); exit; }}
    if (nat_uac_test("19")) {{
        if (is_method("REGISTER")) fix_nated_register(); else fix_nated_contact();
    }}
    if (has_body("application/sdp") && nat_uac_test("8")) fix_nated_sdp("3");
    if (has_totag()) {{
        if (loose_route() || is_method("ACK")) {{ t_relay(); exit; }}
        sl_send_reply("404", "Not here"); exit;
    }}
    if (is_method("CANCEL")) {{ if (t_check_trans()) t_relay(); exit; }}
    if (is_method("REGISTER")) {{
        if (!save("location")) sl_reply_error();
        exit;
    }}
    if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}
    xlog("L_NOTICE", "LABSIP relaying $rm to $du $ru\\n");
    record_route();
    t_on_reply("NATED_REPLY");
    t_on_failure("FAILED");
    t_relay();
    exit;
}}

onreply_route[NATED_REPLY] {{
    if (nat_uac_test("1")) fix_nated_contact();
    if (has_body("application/sdp") && nat_uac_test("8")) fix_nated_sdp("3");
}}

failure_route[FAILED] {{
    xlog("L_NOTICE", "LABSIP branch failed with $T_reply_code\\n");
}}
"""


class Provider:
    """The running Kamailio and its log."""

    def __init__(self, lab: Lab) -> None:
        self.lab = lab
        run = lab.workdir / f"provider-{lab.tag}"
        run.mkdir(parents=True, exist_ok=True)
        cfg = run / "kamailio.cfg"
        cfg.write_text(
            PROVIDER_CFG.format(
                ip=PROVIDER_IP, port=PROVIDER_PORT, domain=DOMAIN, fr_timer=FR_TIMER_MS
            )
        )
        kam = shutil.which("kamailio") or "/usr/sbin/kamailio"
        self.proc: subprocess.Popen[str] = lab.spawn(
            lab.wan, [kam, "-f", str(cfg), "-DD", "-E", "-Y", str(run), "-w", str(run)]
        )
        self.log = lab.logs[-1]
        self._wait_ready()

    def _wait_ready(self) -> None:
        """An answered OPTIONS is the readiness signal (its log lines are not reliable)."""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kamailio exited with {self.proc.returncode}: {self.text()}")
            ping = self.lab.ns(
                self.lab.wan,
                sys.executable,
                "-c",
                _OPTIONS_PING,
                PROVIDER_IP,
                str(PROVIDER_PORT),
                check=False,
            )
            if ping.returncode == 0:
                return
        raise TimeoutError("the provider (kamailio) did not answer OPTIONS within 15 s")

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def requests(self, method: str, source_ip: str | None = None) -> list[tuple[str, int]]:
        """(source "ip:port", size in bytes) of every ``method`` request the provider got."""
        found = re.findall(rf"LABSIP {method} from (\S+) \((\d+) bytes\)", self.text())
        return [
            (src, int(size))
            for src, size in found
            if source_ip is None or src.rsplit(":", 1)[0] == source_ip
        ]

    def relayed(self, method: str) -> list[str]:
        """Where the provider sent each new ``method`` request ("ip:port"): the NAT
        address a binding came from (``fix_nated_register``), else the Request-URI's."""
        found = re.findall(rf"LABSIP relaying {method} to (\S*) (\S+)", self.text())
        return [_hostport(ru if du in ("", "<null>") else du) for du, ru in found]


def _hostport(uri: str) -> str:
    """``sip:user@1.2.3.4:5060;x=y`` -> ``1.2.3.4:5060`` (port 5060 when absent)."""
    host = uri.split(";", 1)[0].rsplit("@", 1)[-1].removeprefix("sip:")
    return host if ":" in host else f"{host}:5060"
