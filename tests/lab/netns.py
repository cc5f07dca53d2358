"""A real network on one machine: LAN host, NAT router (optionally with the
kernel's own SIP ALG), and an "internet" host, each in its own network namespace.

    lan (192.168.77.10) --veth-- rtr (192.168.77.1 | 203.0.113.1) --veth-- wan (203.0.113.2, .3)

The router masquerades LAN traffic (nftables). Per scenario it also assigns
the kernel SIP helper (nf_conntrack_sip + nf_nat_sip: the same ALG code many
Linux-based home routers ship) with an nftables ``ct helper`` object, drops SIP
port traffic like a firewall, or loses packets at random (``numgen``; this
kernel has no netem). Every scenario gets fresh namespaces, because conntrack
state (and with it ALG state) outlives rule changes.

Needs root, ``ip netns`` and nftables; :func:`lab_unavailable` says why not.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LAN_IP = "192.168.77.10"
RTR_LAN_IP = "192.168.77.1"
RTR_WAN_IP = "203.0.113.1"  # the public address (the router's, or the carrier NAT's)
WAN_IP = "203.0.113.2"
WAN_IP2 = "203.0.113.3"
CGN_INSIDE_IP = "100.64.0.1"  # the carrier NAT's inside address (RFC 6598 space)
RTR_CGN_IP = "100.64.0.2"  # the router's WAN address behind a carrier NAT
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Scenario:
    name: str
    alg_udp: bool = False
    alg_tcp: bool = False
    block_sip: bool = False
    loss_percent: int = 0
    # the loss spares SIP signalling (port 5060 either way): for tests of the media's
    # loss figures, whose call set-up must not fail by chance
    loss_spares_sip: bool = False
    nat_random: bool = False  # port-randomising ("symmetric-ish") masquerade
    udp_timeout: int | None = None  # nf_conntrack_udp_timeout inside the router
    server: str | None = "reflector"  # "reflector", "kamailio" or None (server down)
    cgnat: bool = False  # a second NAT ("carrier") between the router and the internet
    coturn: bool = False  # a real RFC 5780 STUN server on the internet host (two addresses)
    upnp: dict[str, str] | None = None  # miniupnpd on the router with these description fields
    web_title: str | None = None  # an HTTP login page on the router with this <title>
    sip_port: int = 5060  # where Kamailio listens and the router's ALG/firewall act
    dns_zone: Any = None  # a tests.lab.dns.Zone served on the internet host; the LAN uses it
    # IP fragments the router drops: "out" (LAN to internet), "in" (internet to LAN), "both"
    drop_fragments: str | None = None


def _run(argv: list[str], check: bool = True, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, check=check, text=True, capture_output=True, **kw)


_UNAVAILABLE: str | bool | None = False  # False: not yet checked


def lab_unavailable() -> str | None:
    """None if the lab can run here, else the reason (for a visible skip)."""
    global _UNAVAILABLE
    if _UNAVAILABLE is not False:
        return _UNAVAILABLE  # type: ignore[return-value]
    reason: str | None = None
    if sys.platform != "linux":
        reason = "the network lab needs Linux network namespaces"
    elif os.geteuid() != 0:
        reason = "the network lab needs root (network namespaces, nftables); CI runs it as root"
    elif not shutil.which("ip") or not shutil.which("nft"):
        reason = "the network lab needs iproute2 and nftables (.ci/setup --test installs them)"
    else:
        probe = f"sipalg-chk-{uuid.uuid4().hex[:6]}"
        try:
            _run(["ip", "netns", "add", probe])
            rules = 'table ip t {\n ct helper h {\n type "sip" protocol udp\n }\n}\n'
            res = _run(["ip", "netns", "exec", probe, "nft", "-f", "-"], check=False, input=rules)
            if res.returncode != 0:
                reason = f"the kernel has no SIP conntrack helper: {res.stderr.strip()[:120]}"
        except (subprocess.CalledProcessError, OSError) as exc:
            reason = f"cannot create network namespaces here: {exc}"
        finally:
            _run(["ip", "netns", "del", probe], check=False)
    _UNAVAILABLE = reason
    return reason


def kamailio_unavailable() -> str | None:
    if not shutil.which("kamailio") and not Path("/usr/sbin/kamailio").exists():
        return "Kamailio is not installed (.ci/setup --test installs it)"
    return None


KAMAILIO_CFG = """#!KAMAILIO
# A standard SIP server for provider mode: answers OPTIONS statelessly, like a
# provider's edge proxy answering keep-alive pings.
debug=2
log_stderror=yes
children=2
tcp_children=2
listen=udp:{ip}:{port}
listen=tcp:{ip}:{port}
loadmodule "sl.so"
request_route {{
    if (method=="OPTIONS") {{ sl_send_reply("200", "OK"); exit; }}
    sl_send_reply("403", "Forbidden");
}}
"""


_OPTIONS_PING = """
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.3)
msg = ("OPTIONS sip:ping@{0} SIP/2.0\\r\\nVia: SIP/2.0/UDP {0}:9;branch=z9hG4bKping;rport\\r\\n"
       "From: <sip:lab@{0}>;tag=1\\r\\nTo: <sip:ping@{0}>\\r\\nCall-ID: ping\\r\\n"
       "CSeq: 1 OPTIONS\\r\\nContent-Length: 0\\r\\n\\r\\n").format(sys.argv[1])
s.sendto(msg.encode(), (sys.argv[1], int(sys.argv[2])))
try:
    s.recv(4096)
except OSError:
    sys.exit(1)
"""


_STUN_PING = """
import os, socket, sys
from app.protocols import stun
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.3)
s.sendto(stun.binding_request(os.urandom(12)), (sys.argv[1], int(sys.argv[2])))
try:
    s.recv(2048)
except OSError:
    sys.exit(1)
"""


@dataclass
class Lab:
    scenario: Scenario
    workdir: Path
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    _procs: list[subprocess.Popen[str]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    _files: list[Path] = field(default_factory=list)

    @property
    def lan(self) -> str:
        return f"sa-{self.tag}-lan"

    @property
    def rtr(self) -> str:
        return f"sa-{self.tag}-rtr"

    @property
    def wan(self) -> str:
        return f"sa-{self.tag}-wan"

    def ns(
        self, name: str, *argv: str, check: bool = True, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return _run(["ip", "netns", "exec", name, *argv], check=check, input=input)

    # --- topology -------------------------------------------------------------

    def __enter__(self) -> Lab:
        try:
            self._build()
            if self.scenario.server == "reflector":
                self.start_reflector()
            elif self.scenario.server == "kamailio":
                self.start_kamailio()
            if self.scenario.coturn:
                self.start_coturn()
            if self.scenario.upnp is not None:
                self.start_miniupnpd(self.scenario.upnp)
            if self.scenario.web_title is not None:
                self.start_login_page(self.scenario.web_title)
            if self.scenario.dns_zone is not None:
                self.start_dns(self.scenario.dns_zone)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def cgn(self) -> str:
        return f"sa-{self.tag}-cgn"

    @property
    def namespaces(self) -> tuple[str, ...]:
        return (self.lan, self.rtr, self.wan, *((self.cgn,) if self.scenario.cgnat else ()))

    def _veth(self, a: str, ns_a: str, b: str, ns_b: str) -> None:
        _run(
            [
                "ip",
                "link",
                "add",
                a,
                "netns",
                ns_a,
                "type",
                "veth",
                "peer",
                "name",
                b,
                "netns",
                ns_b,
            ]
        )

    def _addr(self, ns: str, cidr: str, dev: str) -> None:
        self.ns(ns, "ip", "addr", "add", cidr, "dev", dev)
        self.ns(ns, "ip", "link", "set", dev, "up")

    def _build(self) -> None:
        t, s = self.tag, self.scenario
        for n in self.namespaces:
            _run(["ip", "netns", "add", n])
            self.ns(n, "ip", "link", "set", "lo", "up")
        # interface names are limited to 15 characters
        self._veth(f"l{t}a", self.lan, f"l{t}b", self.rtr)
        self._addr(self.lan, f"{LAN_IP}/24", f"l{t}a")
        self.ns(self.lan, "ip", "route", "add", "default", "via", RTR_LAN_IP)
        self._addr(self.rtr, f"{RTR_LAN_IP}/24", f"l{t}b")
        if s.cgnat:
            # lan -> rtr (NAT) -> cgn (NAT) -> wan
            self._veth(f"w{t}b", self.rtr, f"c{t}a", self.cgn)
            self._veth(f"w{t}a", self.wan, f"c{t}b", self.cgn)
            self._addr(self.rtr, f"{RTR_CGN_IP}/24", f"w{t}b")
            self.ns(self.rtr, "ip", "route", "add", "default", "via", CGN_INSIDE_IP)
            self._addr(self.cgn, f"{CGN_INSIDE_IP}/24", f"c{t}a")
            self._addr(self.cgn, f"{RTR_WAN_IP}/24", f"c{t}b")
            self.ns(self.cgn, "sysctl", "-qw", "net.ipv4.ip_forward=1")
            carrier = (
                "table ip carrier {\n  chain snat_out {\n"
                "    type nat hook postrouting priority srcnat; policy accept;\n"
                f'    oifname "c{t}b" masquerade\n  }}\n}}\n'
            )
            self.ns(self.cgn, "nft", "-f", "-", input=carrier)
        else:
            self._veth(f"w{t}a", self.wan, f"w{t}b", self.rtr)
            self._addr(self.rtr, f"{RTR_WAN_IP}/24", f"w{t}b")
        self.ns(self.wan, "ip", "addr", "add", f"{WAN_IP}/24", "dev", f"w{t}a")
        self.ns(self.wan, "ip", "addr", "add", f"{WAN_IP2}/24", "dev", f"w{t}a")
        self.ns(self.wan, "ip", "link", "set", f"w{t}a", "up")
        self.ns(self.rtr, "sysctl", "-qw", "net.ipv4.ip_forward=1")
        self.ns(self.rtr, "nft", "-f", "-", input=self.ruleset())
        if s.udp_timeout is not None:
            for key in ("nf_conntrack_udp_timeout", "nf_conntrack_udp_timeout_stream"):
                self.ns(self.rtr, "sysctl", "-qw", f"net.netfilter.{key}={s.udp_timeout}")

    def ruleset(self) -> str:
        s, t = self.scenario, self.tag
        pre: list[str] = []
        if s.alg_udp:
            pre.append(f'iifname "l{t}b" udp dport {s.sip_port} ct helper set "sip-udp"')
        if s.alg_tcp:
            pre.append(f'iifname "l{t}b" tcp dport {s.sip_port} ct helper set "sip-tcp"')
        fwd: list[str] = []
        if s.block_sip:
            fwd += [f'iifname "l{t}b" udp dport 5060 drop', f'iifname "l{t}b" tcp dport 5060 drop']
        if s.loss_percent:
            spare = "udp sport != 5060 udp dport != 5060 " if s.loss_spares_sip else ""
            fwd.append(f"{spare}numgen random mod 100 < {s.loss_percent} drop")
        masq = "masquerade random,fully-random" if s.nat_random else "masquerade"
        nl = "\n            "
        frag = ""
        if s.drop_fragments is not None:
            # Before conntrack's defragmentation (priority -400): a forward-chain rule would
            # only ever see reassembled packets. 0x3fff: the more-fragments flag and offset.
            ifaces = {"out": [f"l{t}b"], "in": [f"w{t}b"], "both": [f"l{t}b", f"w{t}b"]}
            drops = [
                f'iifname "{i}" ip frag-off & 0x3fff != 0 counter drop'
                for i in ifaces[s.drop_fragments]
            ]
            frag = (
                "chain fragments {\n"
                "            type filter hook prerouting priority -450; policy accept;\n"
                f"            {nl.join(drops)}\n          }}"
            )
        return f"""
        table ip lab {{
          ct helper sip-udp {{ type "sip" protocol udp; }}
          ct helper sip-tcp {{ type "sip" protocol tcp; }}
          chain helpers {{
            type filter hook prerouting priority filter; policy accept;
            {nl.join(pre)}
          }}
          chain forward_filter {{
            type filter hook forward priority filter; policy accept;
            {nl.join(fwd)}
          }}
          chain masq {{
            type nat hook postrouting priority srcnat; policy accept;
            oifname "w{t}b" {masq}
          }}
          {frag}
        }}
        """

    # --- servers ----------------------------------------------------------------

    def spawn(
        self, ns: str, argv: list[str], ready: str | None = None, timeout: float = 15.0
    ) -> subprocess.Popen[str]:
        """Start a process in a namespace, its output going to a log file (a pipe nobody
        reads would block it); wait until ``ready`` appears in that log."""
        log = self.workdir / f"{self.tag}-{len(self._procs)}-{Path(argv[0]).name}.log"
        with log.open("w") as fh:
            proc = subprocess.Popen(
                ["ip", "netns", "exec", ns, *argv],
                stdout=fh,
                stderr=subprocess.STDOUT,
                text=True,
                cwd=ROOT,
                start_new_session=True,
            )
        self._procs.append(proc)
        self.logs.append(log)
        if ready is not None:
            deadline = time.monotonic() + timeout
            while ready not in log.read_text(errors="replace"):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"{argv[0]} exited ({proc.returncode}): "
                        f"{log.read_text(errors='replace')[-800:]}"
                    )
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no {ready!r} from {argv[0]} within {timeout}s")
                time.sleep(0.02)  # polling a log file for readiness, bounded by the deadline
        return proc

    def start_reflector(self, *extra: str) -> subprocess.Popen[str]:
        return self.spawn(
            self.wan,
            [
                sys.executable,
                "-m",
                "app.cli.main",
                "reflector",
                "--listen",
                "0.0.0.0",
                "--log-level",
                "info",
                "--rate",
                "0",
                *(["--stun-port", "0"] if self.scenario.coturn else []),
                *extra,
            ],
            ready='"event":"start"',
        )

    def start_kamailio(self) -> subprocess.Popen[str]:
        run = self.workdir / f"kamailio-{self.tag}"
        run.mkdir(parents=True, exist_ok=True)
        cfg = run / "kamailio.cfg"
        cfg.write_text(KAMAILIO_CFG.format(ip=WAN_IP, port=self.scenario.sip_port))
        kam = shutil.which("kamailio") or "/usr/sbin/kamailio"
        proc = self.spawn(
            self.wan, [kam, "-f", str(cfg), "-DD", "-E", "-Y", str(run), "-w", str(run)]
        )
        # Kamailio's log lines are no reliable readiness signal; an answered OPTIONS is.
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"kamailio exited with {proc.returncode}")
            if (
                self.ns(
                    self.wan,
                    sys.executable,
                    "-c",
                    _OPTIONS_PING,
                    WAN_IP,
                    str(self.scenario.sip_port),
                    check=False,
                ).returncode
                == 0
            ):
                return proc
        raise TimeoutError("kamailio did not answer OPTIONS within 15 s")

    def start_coturn(self) -> subprocess.Popen[str]:
        """coturn as a pure STUN server on two addresses and two ports (RFC 5780)."""
        log = self.workdir / f"coturn-{self.tag}.log"
        turn = shutil.which("turnserver") or "/usr/bin/turnserver"
        proc = self.spawn(
            self.wan,
            [
                turn,
                "--stun-only",
                "-L",
                WAN_IP,
                "-L",
                WAN_IP2,
                "-p",
                "3478",
                "--alt-listening-port",
                "3479",
                "--no-cli",
                "--no-software-attribute",
                "-n",
                "--log-file",
                str(log),
                "--simple-log",
                "--pidfile",
                str(log) + ".pid",
            ],
        )
        self._wait_stun(WAN_IP, 3478, proc)
        return proc

    def _wait_stun(self, ip: str, port: int, proc: subprocess.Popen[str]) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"STUN server exited with {proc.returncode}")
            if (
                self.ns(
                    self.lan, sys.executable, "-c", _STUN_PING, ip, str(port), check=False
                ).returncode
                == 0
            ):
                return
        raise TimeoutError("STUN server did not answer within 15 s")

    def start_miniupnpd(self, fields: dict[str, str]) -> subprocess.Popen[str]:
        t = self.tag
        conf = self.workdir / f"miniupnpd-{t}.conf"
        lines = [
            f"ext_ifname=w{t}b",
            f"listening_ip=l{t}b",
            "http_port=5000",
            "enable_upnp=yes",
            "enable_natpmp=no",
            "secure_mode=yes",
            "ext_perform_stun=no",
            f"uuid=3d3cec3a-8cf0-11e0-98ee-{t}{t}",
            *(f"{k}={v}" for k, v in fields.items()),
            "allow 1024-65535 192.168.77.0/24 1024-65535",
            "deny 0-65535 0.0.0.0/0 0-65535",
        ]
        conf.write_text("\n".join(lines) + "\n")
        return self.spawn(
            self.rtr, ["/usr/sbin/miniupnpd", "-f", str(conf), "-d"], ready="HTTP listening on port"
        )

    def start_login_page(self, title: str) -> subprocess.Popen[str]:
        """A router-like login page on the router's LAN address, port 80."""
        page = self.workdir / f"www-{self.tag}"
        page.mkdir(exist_ok=True)
        (page / "index.html").write_text(
            f"<!DOCTYPE html><html><head><title>{title}</title></head>"
            "<body><form><input type=password name=pw></form></body></html>"
        )
        return self.spawn(
            self.rtr,
            [
                sys.executable,
                "-u",
                "-m",
                "http.server",
                "80",
                "--bind",
                RTR_LAN_IP,
                "--directory",
                str(page),
            ],
            ready="Serving HTTP",
        )

    # --- probing ------------------------------------------------------------------

    def sipalg(
        self, *args: str, ns: str | None = None, timeout: float = 60.0
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.monotonic()
        res = subprocess.run(
            ["ip", "netns", "exec", ns or self.lan, sys.executable, "-m", "app.cli.main", *args],
            text=True,
            capture_output=True,
            timeout=timeout,
            cwd=ROOT,
        )
        return res, time.monotonic() - started

    def probe_json(self, *args: str) -> dict[str, Any]:
        res, _ = self.sipalg("probe", "--json", *args)
        assert res.returncode == 0, f"exit {res.returncode}: {res.stderr}"
        doc: dict[str, Any] = json.loads(res.stdout)
        return doc

    def start_dns(self, zone: Any) -> None:
        """dnsmasq on the internet host (port 53) serving *zone*; the LAN resolves through it."""
        from tests.lab.dns import start_in_namespace, write_netns_resolv_conf

        self._procs.append(start_in_namespace(self.wan, zone, WAN_IP, self.workdir))
        self._files.append(write_netns_resolv_conf(self.lan, WAN_IP))

    def close(self) -> None:
        for path in self._files:
            with _suppress():
                path.unlink()
                path.parent.rmdir()
        self._files.clear()
        for proc in self._procs:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(timeout=5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    with _suppress():
                        os.killpg(proc.pid, signal.SIGKILL)
        self._procs.clear()
        for n in self.namespaces:
            _run(["ip", "netns", "del", n], check=False)


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True
