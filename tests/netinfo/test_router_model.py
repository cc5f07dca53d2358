"""The router's model as shown everywhere: the number is not repeated when the name has it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.netinfo.router import RouterInfo, model_text
from app.netinfo.upnp_discovery import UpnpResult
from app.protocols.upnp import parse_description


def description(name: str, number: str) -> bytes:
    return f"""<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0">
 <device>
  <deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
  <friendlyName>NETGEAR R7000</friendlyName>
  <manufacturer>NETGEAR, Inc.</manufacturer>
  <modelName>{name}</modelName>
  <modelNumber>{number}</modelNumber>
 </device>
</root>""".encode()


@pytest.mark.parametrize(
    ("name", "number", "model"),
    [
        ("R7000", "R7000", "R7000"),  # what miniupnpd reported in the lab
        ("NETGEAR R7000", "R7000", "NETGEAR R7000"),
        ("Nighthawk r7000", "R7000", "Nighthawk r7000"),  # case does not matter
        ("FRITZ!Box", "7590", "FRITZ!Box 7590"),  # the number adds something
        ("Archer AX55", "5", "Archer AX55 5"),  # a digit inside a word is not the number
        ("Archer AX55", "", "Archer AX55"),
    ],
)
def test_the_model_number_is_said_once(name: str, number: str, model: str) -> None:
    d = parse_description(description(name, number), "http://192.168.1.1:5000/rootDesc.xml")
    info = RouterInfo(upnp=UpnpResult("192.168.1.1", description=d))
    assert info.model == model


def test_only_a_number_or_nothing() -> None:
    assert model_text(None, "R7000") == "R7000"
    assert model_text("  ", None) == ""


words = st.text(alphabet="ABCRXabrx079!- ", min_size=1, max_size=12).map(str.strip)


@given(words, words)
def test_the_number_never_appears_twice_and_the_name_is_kept(name: str, number: str) -> None:
    text = model_text(name, number)
    assert text.startswith(name)
    if number and number.lower() in name.lower().split():
        assert text == name
