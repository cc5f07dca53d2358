"""A small provider directory for the wizard's tests, written as real TOML files and
loaded by the real loader, whose servers are on loopback (no DNS, no internet).

Modelled on tests/providers/data/lab.toml.
"""

from __future__ import annotations

from pathlib import Path

from app.providers.database import Directory, load_directory

SOURCE = """
[[source]]
title = "Lab provider setup page"
url = "https://lab.test/setup"
kind = "provider"
checked = 2026-11-30
says = "Register to the lab server; switch SIP ALG off on the router."
"""

SERVED = """schema_version = 1
name = "Lab VoIP"
aliases = ["LabVoice"]
countries = ["DE", "AT"]
kind = "residential"
phones_register = "yes"
alg_advice = "disable"
alg_summary = "The lab provider tells its customers to switch SIP ALG off."
reviewed = 2026-11-30

[[server]]
host = "127.0.0.1"
role = "registrar"
port = {port}
transports = ["udp"]
"""

SILENT = """schema_version = 1
name = "Quiet Telecom"
aliases = []
countries = ["GB"]
kind = "hosted-pbx"
phones_register = "varies"
alg_advice = "no-statement"
no_server_reason = "Quiet Telecom provisions its phones and names no server for customers."
reviewed = 2026-11-30
"""

PUBLIC = """schema_version = 1
method = "OPTIONS"
cannot_check = [
  "Only an OPTIONS request is sent, so the SDP of an INVITE is never tested.",
  "The public server is not your own provider.",
]
"""

SERVICE = """
[[service]]
id = "lab-public-{i}"
name = "Lab public service {i}"
host = "127.0.0.1"
port = {port}
transports = ["udp"]
why = "A loopback stand-in for a public SIP service."

[[service.source]]
title = "Lab notes"
url = "https://lab.test/public"
kind = "community"
checked = 2026-11-30
says = "The lab's public stand-in answers OPTIONS."
"""


def lab_directory(root: Path, *, provider_port: int, public_ports: tuple[int, ...]) -> Directory:
    root.mkdir(parents=True, exist_ok=True)
    (root / "lab-voip.toml").write_text(SERVED.format(port=provider_port) + SOURCE)
    (root / "quiet-telecom.toml").write_text(SILENT + SOURCE)
    services = "".join(SERVICE.format(i=i, port=p) for i, p in enumerate(public_ports, 1))
    (root / "public_servers.toml").write_text(PUBLIC + services)
    return load_directory(root)
