"""Find the UPnP Internet Gateway Device on the LAN and read its description.

One M-SEARCH per IGD version, answers collected for ``wait`` seconds (an
SSDP flood is cut off at ``max_answers`` and by the deadline), the gateway's
own answer preferred. The description is fetched only from the host that
answered (a LOCATION pointing elsewhere is ignored: we do not let a LAN
device send us to arbitrary hosts), size-capped and parsed with defusedxml;
then GetExternalIPAddress tells the router's WAN address, which the CGNAT
hint needs.
"""

from __future__ import annotations

import contextlib
import select
import socket
import time
from dataclasses import dataclass

from app.netinfo.http_fetch import FetchError, fetch
from app.protocols.errors import RemoteProtocolError
from app.protocols.ssdp import IGD_TYPES, MULTICAST, SsdpResponse, m_search, parse_response
from app.protocols.upnp import (
    DeviceDescription,
    external_ip_request,
    parse_description,
    parse_external_ip,
)


@dataclass(frozen=True, slots=True)
class UpnpResult:
    responder: str | None = None  # the IP that answered
    ssdp_server: str | None = None
    location: str | None = None
    description: DeviceDescription | None = None
    external_ip: str | None = None
    answers: int = 0
    error: str | None = None


def collect(
    sock: socket.socket, wait: float, max_answers: int = 64, prefer: str | None = None
) -> tuple[list[tuple[str, SsdpResponse]], int]:
    """Read SSDP answers from ``sock`` until ``wait`` passes or ``max_answers`` arrived.

    Returns the valid IGD answers as (ip, response) and the number of datagrams
    seen; garbage is skipped, a flood is cut off by the count and the deadline.
    """
    found: list[tuple[str, SsdpResponse]] = []
    seen = 0
    sock.setblocking(False)
    deadline = time.monotonic() + wait
    while seen < max_answers:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        ready, _, _ = select.select([sock], [], [], remaining)
        if not ready:
            break
        try:
            data, addr = sock.recvfrom(8192)
        except OSError:
            continue
        seen += 1
        try:
            resp = parse_response(data)
        except RemoteProtocolError:
            continue
        if resp.st in IGD_TYPES or "InternetGatewayDevice" in resp.st:
            found.append((str(addr[0]), resp))
            if prefer is not None and addr[0] == prefer:
                break  # the gateway itself answered: no need to wait for others
    return found, seen


def search(
    wait: float = 1.0, max_answers: int = 64, prefer: str | None = None
) -> tuple[list[tuple[str, SsdpResponse]], int]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
        for st in IGD_TYPES:
            with contextlib.suppress(OSError):
                sock.sendto(m_search(st, mx=1), MULTICAST)
        return collect(sock, wait, max_answers, prefer)


def discover(gateway_ip: str | None, wait: float = 1.0) -> UpnpResult:
    try:
        found, seen = search(wait=wait, prefer=gateway_ip)
    except OSError as exc:
        return UpnpResult(error=f"cannot send SSDP: {exc.strerror or exc}")
    if not found:
        return UpnpResult(answers=seen, error="no UPnP gateway answered")
    ip, resp = next(((ip, r) for ip, r in found if ip == gateway_ip), found[0])
    if resp.location_host != ip:
        return UpnpResult(
            ip,
            resp.server,
            resp.location,
            answers=seen,
            error="the description URL points to another host; not fetched",
        )
    try:
        page = fetch(resp.location, timeout=1.5, max_redirects=0)
        desc = parse_description(page.body, page.url)
    except (FetchError, RemoteProtocolError) as exc:
        return UpnpResult(
            ip, resp.server, resp.location, answers=seen, error=f"description unreadable: {exc}"
        )
    external = None
    if desc.wan_control_url and desc.wan_service_type:
        body, headers = external_ip_request(desc.wan_service_type)
        with contextlib.suppress(FetchError, RemoteProtocolError):
            answer = fetch(
                desc.wan_control_url,
                method="POST",
                data=body,
                headers=headers,
                timeout=1.0,
                max_bytes=16384,
                max_redirects=0,
            )
            if answer.status == 200:
                external = parse_external_ip(answer.body)
    return UpnpResult(ip, resp.server, resp.location, desc, external, answers=seen)
