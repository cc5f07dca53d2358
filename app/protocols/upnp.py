"""UPnP device descriptions and the IGD's GetExternalIPAddress, sans-I/O.

A gateway's description XML (UDA 1.1 §2.3) names its manufacturer and model:
the best evidence there is for "which router is this". It comes from a device
on the LAN that may be broken or hostile, so it is parsed with defusedxml
(no entity expansion: XML bombs and external entities are refused) after the
caller has capped its size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import urljoin
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from app.protocols.errors import RemoteProtocolError

MAX_XML: Final = 262_144
WAN_SERVICES: Final = (
    "urn:schemas-upnp-org:service:WANIPConnection:2",
    "urn:schemas-upnp-org:service:WANIPConnection:1",
    "urn:schemas-upnp-org:service:WANPPPConnection:1",
)


@dataclass(frozen=True, slots=True)
class DeviceDescription:
    device_type: str
    friendly_name: str | None
    manufacturer: str | None
    model_name: str | None
    model_number: str | None
    model_description: str | None
    serial: str | None
    presentation_url: str | None
    wan_control_url: str | None  # absolute URL of WANIPConnection/WANPPPConnection
    wan_service_type: str | None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(el: Element, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text[:200] or None
    return None


def _parse_xml(data: bytes) -> Element:
    if len(data) > MAX_XML:
        raise RemoteProtocolError("UPnP XML too large")
    try:
        return fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise RemoteProtocolError(f"UPnP XML refused: {type(exc).__name__}") from None


def _join(base: str, ref: str) -> str | None:
    """``urljoin``, or None when the device wrote a URL it cannot parse ("http://[::1")."""
    try:
        return urljoin(base, ref)
    except ValueError:
        return None


def parse_description(data: bytes, base_url: str) -> DeviceDescription:
    root = _parse_xml(data)
    device = next((el for el in root.iter() if _local(el.tag) == "device"), None)
    if device is None:
        raise RemoteProtocolError("UPnP description without a device")
    url_base = next((el.text for el in root if _local(el.tag) == "URLBase" and el.text), None)
    base = (url_base or base_url).strip()
    control = service_type = None
    services = [el for el in device.iter() if _local(el.tag) == "service"]
    for wanted in WAN_SERVICES:
        for svc in services:
            if _child_text(svc, "serviceType") == wanted and _child_text(svc, "controlURL"):
                control = _join(base, _child_text(svc, "controlURL") or "")
                service_type = wanted
                break
        if control:
            break
    presentation = _child_text(device, "presentationURL")
    return DeviceDescription(
        device_type=_child_text(device, "deviceType") or "",
        friendly_name=_child_text(device, "friendlyName"),
        manufacturer=_child_text(device, "manufacturer"),
        model_name=_child_text(device, "modelName"),
        model_number=_child_text(device, "modelNumber"),
        model_description=_child_text(device, "modelDescription"),
        serial=_child_text(device, "serialNumber"),
        presentation_url=_join(base, presentation) if presentation else None,
        wan_control_url=control,
        wan_service_type=service_type,
    )


def external_ip_request(service_type: str) -> tuple[bytes, dict[str, str]]:
    """SOAP body and headers for GetExternalIPAddress (IGD WANIPConnection §2.4.18)."""
    body = (
        '<?xml version="1.0"?>\r\n'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
        's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">'
        f'<s:Body><u:GetExternalIPAddress xmlns:u="{service_type}"/></s:Body></s:Envelope>'
    ).encode()
    headers = {
        "Content-Type": 'text/xml; charset="utf-8"',
        "SOAPAction": f'"{service_type}#GetExternalIPAddress"',
    }
    return body, headers


def parse_external_ip(data: bytes) -> str | None:
    root = _parse_xml(data)
    for el in root.iter():
        if _local(el.tag) == "NewExternalIPAddress":
            text = (el.text or "").strip()
            return text[:64] or None
    return None
