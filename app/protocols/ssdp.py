"""SSDP (UPnP Device Architecture 1.1 §1.3) discovery messages, sans-I/O.

An M-SEARCH is an HTTP-over-UDP request to 239.255.255.250:1900; devices
answer with "HTTP/1.1 200 OK" and headers (ST, USN, LOCATION, SERVER). The
parser is bounded and raises only :class:`RemoteProtocolError`: on a LAN
anything may answer, including a flood of garbage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from app.protocols.errors import RemoteProtocolError

MULTICAST: Final = ("239.255.255.250", 1900)
IGD_TYPES: Final = (
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
)
MAX_SSDP: Final = 4096


def m_search(search_target: str, mx: int = 1) -> bytes:
    """An M-SEARCH request (UDA 1.1 §1.3.2); MX is the answer-spreading window in seconds."""
    return (
        "M-SEARCH * HTTP/1.1\r\n"
        f"HOST: {MULTICAST[0]}:{MULTICAST[1]}\r\n"
        'MAN: "ssdp:discover"\r\n'
        f"MX: {mx}\r\n"
        f"ST: {search_target}\r\n"
        "USER-AGENT: SIP-ALG-Doctor UPnP/1.1\r\n"
        "\r\n"
    ).encode()


@dataclass(frozen=True, slots=True)
class SsdpResponse:
    st: str
    usn: str
    location: str
    server: str

    @property
    def location_host(self) -> str:
        return urlsplit(self.location).hostname or ""


def parse_response(data: bytes) -> SsdpResponse:
    if len(data) > MAX_SSDP:
        raise RemoteProtocolError("SSDP answer too long")
    text = data.decode("utf-8", "replace")
    lines = text.replace("\r\n", "\n").split("\n")
    status = lines[0].split(" ", 2)
    if len(status) < 2 or not status[0].upper().startswith("HTTP/") or status[1] != "200":
        raise RemoteProtocolError("not an SSDP search answer")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line.strip():
            break
        name, sep, value = line.partition(":")
        if not sep:
            raise RemoteProtocolError("bad SSDP header line")
        headers.setdefault(name.strip().upper(), value.strip())
    location = headers.get("LOCATION", "")
    try:  # urlsplit raises ValueError on "http://[::1" and on NFKC tricks
        parts = urlsplit(location)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        usable = False
    if not usable:
        raise RemoteProtocolError("SSDP answer without a usable LOCATION")
    return SsdpResponse(
        headers.get("ST", ""), headers.get("USN", ""), location, headers.get("SERVER", "")
    )
