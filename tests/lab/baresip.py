"""A real phone in the lab: baresip (Debian bookworm: 1.0.0), driven headless.

Why baresip: a complete SIP phone packaged by Debian that runs without a
terminal or a sound card and prints what its user would notice (it rings, the
call is established, audio starts arriving, the call ends and why). The lab's
``sipalg call`` predicts those experiences; this drives the phone that checks
the predictions.

How it is driven:

* ``-f CONFDIR`` with a generated ``config`` and ``accounts`` (one account,
  ``outbound`` to the lab's provider, manual answer);
* audio from ``ausine`` (a 440 Hz tone, 48 kHz stereo, resampled to the codec:
  so RTP flows) to ``aubridge`` (a player that needs no sound card);
* commands (``/dial``, ``/accept``, ``/hangup``) through standard input: the
  ``stdio`` module warns that stdin is no terminal and reads it anyway;
* events are lines of its output, collected in a log file and waited for with a
  deadline (:meth:`Phone.wait_for`), never a fixed sleep.

Media, as the phone itself saw it:

* "incoming rtp for 'audio' established, receiving from ADDR" is printed by the
  phone's stream when its first RTP packet arrives (and from where);
* the ``rtcpsummary`` module prints, when a call closes, its RTP stack's
  counts: packets received and sent, lost, jitter (``EX=BareSip;PR=...``), parsed
  by :func:`parse_summary`. It needs an RTCP exchange, so a call must last a few
  seconds (the first report goes out after about five).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.lab.netns import Lab
from tests.lab.provider import DOMAIN, PROVIDER_IP, PROVIDER_PORT

BARESIP = "/usr/bin/baresip"
MODULES = Path("/usr/lib/baresip/modules")
NEEDED = ("stdio", "ausine", "aubridge", "g711", "rtcpsummary", "account", "menu")
# Every audio codec module of Debian's build: a phone offering them all sends an
# INVITE of about 1,600 bytes (over one 1,500-byte IP packet), as real desk phones
# with a long codec list do.
MANY_CODECS = ("g711", "opus", "g722", "g726", "gsm", "l16", "amr", "codec2", "mpa")

# What the phone prints (baresip 1.0.0), as patterns.
REGISTERED = r"\{\d+/UDP/v4\} 200 OK"
RINGS = r"Incoming call from: +(\S+)"
ESTABLISHED = r"Call established: (\S+)"
MEDIA_IN = r"incoming rtp for 'audio' established, receiving from (\S+)"
SUMMARY = r"EX=BareSip;([^\n]*)"  # rtcpsummary prints it whenever a call closes
CLOSED = SUMMARY
CLOSED_BY_PEER = r"session closed: ([^\n]*)"  # with the reason (e.g. a 408 from the provider)
PROGRESS = r"SIP Progress: (\d+)"


def baresip_unavailable() -> str | None:
    """None if baresip and the modules the lab uses are here, else why not."""
    if not Path(BARESIP).exists() and not shutil.which("baresip"):
        return "baresip is not installed (.ci/setup --test installs it)"
    for mod in NEEDED:
        if not (MODULES / f"{mod}.so").exists():
            return f"baresip's {mod} module is missing from {MODULES}"
    return None


def available_codecs(wanted: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in wanted if (MODULES / f"{c}.so").exists())


@dataclass(frozen=True)
class RtpSummary:
    """The phone's own RTP counts for one closed call's audio stream."""

    received: int  # PR
    sent: int  # PS
    lost: int  # PL, receive side
    jitter_ms: float  # JI, receive side
    remote: str  # IP, the far end's RTP address as the phone's SDP saw it


def parse_summary(line: str) -> RtpSummary | None:
    """``CS=0;CD=8;PR=250;PS=251;PL=0,0;...`` (rtcpsummary); None for its error line."""
    fields = dict(kv.split("=", 1) for kv in line.strip().strip(";").split(";") if "=" in kv)
    if "PR" not in fields:
        return None
    return RtpSummary(
        received=int(fields["PR"]),
        sent=int(fields["PS"]),
        lost=int(fields["PL"].split(",")[0]),
        jitter_ms=float(fields["JI"].split(",")[0]),
        remote=fields["IP"].split(",")[-1],
    )


class Phone:
    """One baresip with one account, in one namespace."""

    def __init__(
        self,
        lab: Lab,
        ns: str,
        name: str,
        sip: tuple[str, int],
        rtp_ports: tuple[int, int],
        *,
        codecs: tuple[str, ...] = ("g711",),
    ) -> None:
        self.lab, self.ns, self.name = lab, ns, name
        self.sip, self.rtp_ports = sip, rtp_ports
        self.codecs = available_codecs(codecs)
        self.confdir = lab.workdir / f"baresip-{lab.tag}-{name}"
        self.log = lab.workdir / f"baresip-{lab.tag}-{name}.log"
        self._proc: subprocess.Popen[str] | None = None
        self._stdin: IO[str] | None = None

    @property
    def uri(self) -> str:
        return f"sip:{self.name}@{DOMAIN}"

    def config(self) -> str:
        lo, hi = self.rtp_ports
        return "\n".join(
            [
                "poll_method epoll",
                f"sip_listen {self.sip[0]}:{self.sip[1]}",
                f"audio_player aubridge,{self.name}",
                f"audio_alert aubridge,{self.name}",
                "audio_source ausine,440",
                "ausrc_srate 48000",  # ausine makes 48 kHz stereo only
                "ausrc_channels 2",
                "auplay_srate 48000",
                f"rtp_ports {lo}-{hi}",
                "rtcp_mux no",
                f"module_path {MODULES}",
                "module stdio.so",
                *(f"module {c}.so" for c in self.codecs),
                "module ausine.so",
                "module aubridge.so",
                "module_app account.so",
                "module_app menu.so",
                "module_app rtcpsummary.so",
                "",
            ]
        )

    def accounts(self) -> str:
        # One registration an hour: no refresh (and no keep-alive) during a test.
        return (
            f"<{self.uri}>;outbound=sip:{PROVIDER_IP}:{PROVIDER_PORT};"
            "regint=3600;answermode=manual\n"
        )

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
        self.lab.logs.append(self.log)
        self.wait_for(r"baresip is ready\.", timeout=10)
        return self

    def stop(self) -> None:
        """Kill it: a graceful quit would first un-register, and wait up to 32 s for
        a provider that may be gone already."""
        if self._stdin is not None:
            with contextlib.suppress(OSError):
                self._stdin.close()
            self._stdin = None
        if self._proc is not None:
            if self._proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait(timeout=10)
            self._proc = None

    # --- output -----------------------------------------------------------------

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def mark(self) -> int:
        """Where the log ends now: pass it as ``since`` to see only later events."""
        return len(self.text())

    def poll_for(self, pattern: str, timeout: float, since: int = 0) -> re.Match[str] | None:
        """The first match after ``since`` within ``timeout`` seconds, or None."""
        rx = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = rx.search(self.text(), since)
            if found is not None:
                return found
            if self._proc is not None and self._proc.poll() is not None:
                raise RuntimeError(f"{self.name}: baresip exited:\n{self.tail()}")
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)  # polling a log file, bounded by the deadline

    def wait_for(self, pattern: str, timeout: float, since: int = 0) -> re.Match[str]:
        found = self.poll_for(pattern, timeout, since)
        if found is None:
            raise TimeoutError(f"{self.name}: no /{pattern}/ within {timeout} s:\n{self.tail()}")
        return found

    def tail(self, chars: int = 2500) -> str:
        """The log's end without the per-keystroke echo and the status line."""
        keep = [
            line
            for line in self.text().splitlines()
            if line.strip() and not line.startswith(("/", "[0:", "\x1b[10;"))
        ]
        return "\n".join(keep)[-chars:]

    # --- commands ---------------------------------------------------------------

    def command(self, line: str) -> None:
        assert self._stdin is not None, "phone not started"
        self._stdin.write(line + "\n")
        self._stdin.flush()

    def registered(self, timeout: float = 5.0) -> None:
        self.wait_for(REGISTERED, timeout)

    def dial(self, other: Phone) -> int:
        """Call ``other``; returns the log mark from before the call, for later waits."""
        at = self.mark()
        self.command(f"/dial {other.uri}")
        return at

    def accept(self) -> None:
        self.command("/accept")

    def hangup(self) -> None:
        self.command("/hangup")

    def summary(self, since: int, timeout: float = 5.0) -> RtpSummary | None:
        """The RTP counts of the call closed after ``since`` (None: baresip had none)."""
        return parse_summary(self.wait_for(SUMMARY, timeout, since).group(1))
