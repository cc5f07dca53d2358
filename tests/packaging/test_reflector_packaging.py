"""The reflector's container file and systemd unit: their health checks really work.

No container runtime or systemd is needed: the health-check commands are read
out of the files and run, as the runtime would run them, against a real
reflector on loopback (the installed ``sipalg`` path replaced by this
interpreter, the SIP port by a free one).
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.helpers import running_reflector

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "reflector"


def _as_test_command(argv: list[str], port: int) -> list[str]:
    assert Path(argv[0]).name == "sipalg", argv
    args = [a.replace("5060", str(port)) for a in argv[1:]]
    return [sys.executable, "-m", "app.cli.main", *args]


def _containerfile() -> str:
    return (HERE / "Containerfile").read_text(encoding="utf-8").replace("\\\n", " ")


def test_container_healthcheck_passes_against_a_live_reflector_and_fails_without() -> None:
    line = next(ln for ln in _containerfile().splitlines() if ln.startswith("HEALTHCHECK"))
    options, _, exec_form = line.partition(" CMD ")
    assert "--interval=" in options and "--timeout=" in options
    argv = json.loads(exec_form)  # exec form: no shell in the check, none needed
    assert argv[:3] == ["/opt/sipalg/bin/sipalg", "reflector", "--check"]
    assert argv[3] == "127.0.0.1:5060"  # the port CMD serves
    with running_reflector(stun_port=None) as r:
        res = subprocess.run(
            _as_test_command(argv, r.sip_port), capture_output=True, text=True, timeout=60
        )
        assert res.returncode == 0, res.stdout + res.stderr
    # the reflector is gone: the same command (1 s time-out) reports the container unhealthy
    assert argv[-2] == "--check-timeout"
    res = subprocess.run(
        _as_test_command([*argv[:-1], "1"], r.sip_port), capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 1 and "reflector check failed" in res.stdout


def _served_ports(argv: list[str]) -> set[str]:
    """The ``PORT/proto`` (and ``LOW-HIGH/udp``) a reflector with these options listens on.

    Read through the real ``sipalg reflector`` option parser, defaults included
    (STUN's two ports are not in CMD), so a new default cannot slip by.
    """
    from app.cli.main import build_parser
    from app.cli.reflector_cmd import _port_range

    args = build_parser("reflector").parse_args(["reflector", *argv])
    ports = {f"{p}/{t}" for p in (args.port, args.control_port) for t in ("udp", "tcp")}
    if args.stun_port:
        ports |= {f"{args.stun_port}/udp", f"{args.stun_alt_port}/udp"}
    media = _port_range(args.media_ports)
    assert media is not None, "test calls need a fixed --media-ports range to firewall"
    ports.add(f"{media[0]}-{media[1]}/udp")
    return ports


def test_container_installs_the_reflector_extra_and_exposes_every_port_it_serves() -> None:
    text = _containerfile()
    assert '".[reflector]"' in text
    cmd = json.loads(next(ln for ln in text.splitlines() if ln.startswith("CMD "))[4:])
    assert cmd[cmd.index("--port") + 1] == "5060"
    exposed = set(next(ln for ln in text.splitlines() if ln.startswith("EXPOSE ")).split()[1:])
    assert exposed == _served_ports(cmd)
    assert "40000-40999/udp" in exposed  # the range the README's firewall rules open


def test_systemd_unit_serves_what_the_container_serves_and_the_readme_opens() -> None:
    unit = (HERE / "sipalg-reflector.service").read_text(encoding="utf-8")
    start = re.search(r"(?m)^ExecStart=(.+)$", unit)
    assert start
    argv = shlex.split(start.group(1))
    assert Path(argv[0]).name == "sipalg" and argv[1] == "reflector"
    cmd = json.loads(next(ln for ln in _containerfile().splitlines() if ln.startswith("CMD "))[4:])
    ports = _served_ports(argv[2:])
    assert ports == _served_ports(cmd)
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    media = next(p for p in ports if "-" in p).removesuffix("/udp")
    low, high = media.split("-")
    assert f"{low}-{high}" in readme and f"{low}:{high}" in readme  # nftables and ufw forms


def test_systemd_start_check_passes_against_a_live_reflector() -> None:
    unit = (HERE / "sipalg-reflector.service").read_text(encoding="utf-8")
    post = re.search(r"(?m)^ExecStartPost=(.+)$", unit)
    start = re.search(r"(?m)^ExecStart=(.+)$", unit)
    assert post and start
    argv = shlex.split(post.group(1))
    start_argv = shlex.split(start.group(1))
    port = start_argv[start_argv.index("--port") + 1]
    assert argv[argv.index("--check") + 1] == f"127.0.0.1:{port}"  # in step with ExecStart
    with running_reflector(stun_port=None) as r:
        res = subprocess.run(
            _as_test_command(argv, r.sip_port), capture_output=True, text=True, timeout=60
        )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "answers: UDP" in res.stdout and "TCP" in res.stdout
