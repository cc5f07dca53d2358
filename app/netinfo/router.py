"""Which router is this? Gateway + MAC vendor + UPnP + web UI, combined.

Each source is weak alone (a MAC prefix names the chip maker's customer, a
login page may just say "Login"), and the lookup in app.guides.lookup weighs
them: the UPnP manufacturer counts most, agreeing sources add up. The result
names a guide id when a brand is recognised, with the confidence and every
piece of evidence, so the wizard can say *why* it thinks this is a FRITZ!Box.
The three lookups run in parallel; each is bounded and none can raise.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from app.guides.database import GuideDatabase, bundled
from app.guides.lookup import Identity, IdentityMatch, identify
from app.netinfo import oui
from app.netinfo.gateway import Gateway, find_gateway
from app.netinfo.hops import second_hop
from app.netinfo.upnp_discovery import UpnpResult, discover
from app.netinfo.webui import WebFingerprint, fingerprint


@dataclass(frozen=True)
class RouterInfo:
    gateway: Gateway | None = None
    mac_vendor: str | None = None
    upnp: UpnpResult | None = None
    web: WebFingerprint | None = None
    match: IdentityMatch | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    second_hop: str | None = None  # the first router beyond the gateway (app.netinfo.hops)

    @property
    def brand(self) -> str | None:
        return self.match.family.brand if self.match else None

    @property
    def model(self) -> str | None:
        d = self.upnp.description if self.upnp else None
        if d is None:
            return None
        return model_text(d.model_name, d.model_number) or d.friendly_name


def model_text(name: str | None, number: str | None) -> str:
    """The model as people say it: the name, and the number only if it adds something.

    Routers often repeat the number in the name (miniupnpd on a NETGEAR R7000
    reports modelName "R7000" and modelNumber "R7000"; others "NETGEAR R7000"
    and "R7000"), which joined naively reads "R7000 R7000". The number counts as
    already there when it appears in the name as a whole word, ignoring case: a
    number "5" still adds something to "Archer AX55".
    """
    name = (name or "").strip()
    number = (number or "").strip()
    if not number:
        return name
    if not name:
        return number
    said = re.search(rf"(?<![0-9A-Za-z]){re.escape(number)}(?![0-9A-Za-z])", name, re.IGNORECASE)
    return name if said else f"{name} {number}"


def identity_of(info: RouterInfo) -> Identity:
    d = info.upnp.description if info.upnp else None
    w = info.web
    return Identity(
        upnp_manufacturer=d.manufacturer if d else None,
        upnp_model_name=d.model_name if d else None,
        upnp_model_number=d.model_number if d else None,
        upnp_friendly_name=d.friendly_name if d else None,
        mac_vendor=info.mac_vendor,
        web_title=w.title if w else None,
        web_server=w.server if w else None,
        web_realm=w.realm if w else None,
    )


def combine(
    gateway: Gateway | None,
    upnp: UpnpResult | None,
    web: WebFingerprint | None,
    db: GuideDatabase | None = None,
    hop: str | None = None,
) -> RouterInfo:
    """Pure: the evidence in, the identity out."""
    notes: list[str] = []
    vendor = oui.vendor(gateway.mac) if gateway and gateway.mac else None
    if gateway and gateway.mac and oui.is_locally_administered(gateway.mac):
        notes.append("the gateway uses a locally administered (random) MAC address")
    info = RouterInfo(gateway, vendor, upnp, web, None, tuple(notes))
    match = identify(db or bundled(), identity_of(info))
    return RouterInfo(gateway, vendor, upnp, web, match, tuple(notes), hop)


def identify_router(
    *, wait: float = 1.0, gateway: Gateway | None = None, internet_host: str | None = None
) -> RouterInfo:
    """Look at the network (blocking, about ``wait`` seconds at most) and identify.

    ``internet_host`` (an IP on the internet, e.g. the reflector) is where the
    TTL-2 probe for the second hop is aimed.
    """
    gw = gateway or find_gateway()
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="router-id") as pool:
        upnp_job = pool.submit(discover, gw.ip if gw else None, wait)
        web_job = pool.submit(fingerprint, gw.ip, timeout=wait) if gw else None
        hop_job = pool.submit(second_hop, internet_host, wait) if internet_host else None
        upnp = upnp_job.result()
        web = web_job.result() if web_job else None
        hop = hop_job.result() if hop_job else None
    return combine(gw, upnp, web, hop=hop)
