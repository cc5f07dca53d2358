"""A real phone in the lab: baresip, driven headless, and a Kamailio that serves it
the way a provider does (registrar, location lookup, NAT fixing).

Why baresip: it is a complete SIP phone packaged by Debian (bookworm: 1.0.0),
runs without a terminal or a sound card, and prints what a user would notice
(it rings, the call is established, it is closed and why). The lab's own
``sipalg call`` predicts those experiences; these helpers let the tests check
the predictions against the phone.

How the phone is driven:

* ``-f CONFDIR`` with a generated ``config`` and ``accounts``; audio comes from
  ``ausine`` (a sine tone, so RTP flows) and goes to ``aubridge`` (a player that
  needs no sound card); only the G.711 codecs, unless a test asks for more.
* Commands go to its standard input through the ``stdio`` module (it warns that
  stdin is no terminal and reads it anyway); ``/dial``, ``/accept``,
  ``/hangup``, ``/quit``.
* Events are lines of its output, collected in a log file and waited for with a
  deadline (:meth:`Phone.wait_for`), never a fixed sleep.
* Media: the ``rtcpsummary`` module prints, when a call closes, what the phone's
  own RTP stack counted (packets received, lost, jitter); :meth:`Phone.rtp_summary`
  reads it. That is the phone's experience of media, not a counter beside it.

The provider: Kamailio as registrar and proxy (usrloc in memory, ``lookup``),
with what providers do for phones behind NAT (RFC 3581 ``rport`` forced on every
request, ``fix_nated_register``: the binding remembers the address the
REGISTER came from; ``fix_nated_contact``/``fix_nated_sdp`` replace private
addresses in Contact and SDP by the address the message came from, so media is
sent to the NAT's public side: the SDP counterpart of latching). It sends no
keep-alive pings (``natping_interval`` 0): whether an idle phone is still
reachable is then up to the router, which is what the time-out scenario tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tests.lab.netns import WAN_IP2, Lab

BARESIP = "/usr/bin/baresip"
MODULES = Path("/usr/lib/baresip/modules")
PROVIDER_IP = WAN_IP2  # the reflector keeps 203.0.113.2; the provider gets .3
PROVIDER_PORT = 5060
DOMAIN = "lab.example"  # the SIP domain (accounts are user@DOMAIN, sent to PROVIDER_IP)
# Kamailio gives up on an unanswered INVITE branch after this many milliseconds
# (RFC 3261's Timer B would be 32 s; a short one keeps a "never rang" test short).
FR_TIMER_MS = 4000


def baresip_unavailable() -> str | None:
    if not Path(BARESIP).exists() and not shutil.which("baresip"):
        return "baresip is not installed (.ci/setup --test installs it)"
    for mod in ("stdio", "ausine", "aubridge", "g711", "rtcpsummary", "account", "menu"):
        if not (MODULES / f"{mod}.so").exists():
            return f"baresip's {mod} module is missing from {MODULES}"
    return None


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
    if (is_method("OPTIONS") && uri==myself && $rU==$null) {{ sl_send_reply("200", "OK"); exit; }}
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
    xlog("L_NOTICE", "LABSIP relaying $rm to $du$ru\\n");
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


_SIP_PING = """
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.3)
msg = ("OPTIONS sip:{0} SIP/2.0\\r\\nVia: SIP/2.0/UDP {0}:9;branch=z9hG4bKping;rport\\r\\n"
       "From: <sip:lab@{0}>;tag=1\\r\\nTo: <sip:{0}>\\r\\nCall-ID: ping\\r\\n"
       "CSeq: 1 OPTIONS\\r\\nMax-Forwards: 5\\r\\nContent-Length: 0\\r\\n\\r\\n").format(sys.argv[1])
s.sendto(msg.encode(), (sys.argv[1], int(sys.argv[2])))
try:
    s.recv(4096)
except OSError:
    sys.exit(1)
"""


def start_provider(lab: Lab) -> subprocess.Popen[str]:
    """Kamailio on the internet host at PROVIDER_IP, ready when it answers OPTIONS."""
    run = lab.workdir / f"provider-{lab.tag}"
    run.mkdir(parents=True, exist_ok=True)
    cfg = run / "kamailio.cfg"
    cfg.write_text(
        PROVIDER_CFG.format(
            ip=PROVIDER_IP, port=PROVIDER_PORT, domain=DOMAIN, fr_timer=FR_TIMER_MS
        )
    )
    kam = shutil.which("kamailio") or "/usr/sbin/kamailio"
    proc = lab.spawn(lab.wan, [kam, "-f", str(cfg), "-DD", "-E", "-Y", str(run), "-w", str(run)])
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kamailio exited with {proc.returncode}: {lab.logs[-1].read_text()}")
        ping = lab.ns(
            lab.wan, sys.executable, "-c", _SIP_PING, PROVIDER_IP, str(PROVIDER_PORT), check=False
        )
        if ping.returncode == 0:
            return proc
    raise TimeoutError("the provider (kamailio) did not answer OPTIONS within 15 s")


@dataclass(frozen=True)
class RtpSummary:
    """What the phone's RTP stack counted for the audio stream of a closed call."""

    received: int
    lost: int
    text: str


class Phone:
    """One baresip, one account, in one namespace."""

    def __init__(
        self,
        lab: Lab,
        ns: str,
        name: str,
        sip_ip: str,
        sip_port: int,
        rtp_ports: tuple[int, int],
        *,
        user: str,
        display: str = "",
        register: bool = True,
        codecs: tuple[str, ...] = ("g711",),
    ) -> None:
        self.lab, self.ns, self.name = lab, ns, name
        self.sip_ip, self.sip_port, self.rtp_ports = sip_ip, sip_port, rtp_ports
        self.user, self.display, self.register, self.codecs = user, display, register, codecs
        self.confdir = lab.workdir / f"baresip-{lab.tag}-{name}"
        self.log = lab.workdir / f"baresip-{lab.tag}-{name}.log"
        self._proc: subprocess.Popen[str] | None = None
        self._stdin: IO[str] | None = None

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{DOMAIN}"

    def config(self) -> str:
        lo, hi = self.rtp_ports
        modules = [f"module {c}.so" for c in self.codecs]
        return "\n".join(
            [
                "poll_method epoll",
                f"sip_listen {self.sip_ip}:{self.sip_port}",
                f"net_interface {self.sip_ip}" if False else "",
                "sip_trans_def udp",
                # aubridge is a player that needs no sound card; nothing reads its output
                f"audio_player aubridge,{self.name}",
                f"audio_alert aubridge,{self.name}",
                "audio_source ausine,440",
                "ausrc_srate 48000",
                "ausrc_channels 2",
                "auplay_srate 48000",
                f"rtp_ports {lo}-{hi}",
                "rtcp_mux no",
                "jitter_buffer_delay 1-10",
                f"module_path {MODULES}",
                "module stdio.so",
                *modules,
                "module ausine.so",
                "module aubridge.so",
                "module_app account.so",
                "module_app menu.so",
                "module_app rtcpsummary.so",
                "",
            ]
        )

    def accounts(self) -> str:
        name = f'"{self.display}" ' if self.display else ""
        params = [
            f"outbound=sip:{PROVIDER_IP}:{PROVIDER_PORT}",
            "regint=3600" if self.register else "regint=0",
            "answermode=manual",
        ]
        return f"{name}<{self.aor}>;" + ";".join(params) + "\n"

    def start(self) -> Phone:
        self.confdir.mkdir(parents=True, exist_ok=True)
        (self.confdir / "config").write_text(self.config())
        (self.confdir / "accounts").write_text(self.accounts())
        (self.confdir / "contacts").write_text("")
        with self.log.open("w") as fh:
            self._proc = subprocess.Popen(
                ["ip", "netns", "exec", self.ns, BARESIP, "-f", str(self.confdir)],
                stdin=subprocess.PIPE,
                stdout=fh,
                stderr=subprocess.STDOUT,
                text=True,
                start_new_session=True,
            )
        self._stdin = self._proc.stdin
        self.lab._procs.append(self._proc)  # the lab stops it with its other peers
        self.lab.logs.append(self.log)
        self.wait_for(r"baresip is ready\.", timeout=10)
        return self

    # --- output -----------------------------------------------------------------

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def mark(self) -> int:
        """Where the log ends now: pass it to :meth:`wait_for` to see only later events."""
        return len(self.text())

    def wait_for(self, pattern: str, timeout: float, since: int = 0) -> re.Match[str]:
        found = self.poll_for(pattern, timeout, since)
        if found is None:
            raise TimeoutError(
                f"{self.name}: no /{pattern}/ within {timeout}s; log tail:\n{self.text()[-1500:]}"
            )
        return found

    def poll_for(self, pattern: str, timeout: float, since: int = 0) -> re.Match[str] | None:
        """The first match after ``since`` within ``timeout`` seconds, or None."""
        rx = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = rx.search(self.text(), since)
            if found is not None:
                return found
            if self._proc is not None and self._proc.poll() is not None:
                raise RuntimeError(f"{self.name}: baresip exited: {self.text()[-1500:]}")
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)  # polling a log file, bounded by the deadline

    # --- commands ---------------------------------------------------------------

    def command(self, line: str) -> None:
        assert self._stdin is not None, "phone not started"
        self._stdin.write(line + "\n")
        self._stdin.flush()

    def dial(self, uri: str) -> int:
        at = self.mark()
        self.command(f"/dial {uri}")
        return at

    def accept(self) -> None:
        self.command("/accept")

    def hangup(self) -> None:
        self.command("/hangup")

    def rtp_summary(self, since: int, timeout: float = 5.0) -> RtpSummary:
        raise NotImplementedError


def phone_args(**kw: Any) -> dict[str, Any]:
    return kw
