"""UPnP/SSDP/web parsing and fetching against hostile inputs: bombs, floods, slow drips."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.netinfo.http_fetch import FetchError, fetch
from app.netinfo.upnp_discovery import collect
from app.netinfo.webui import fingerprint, parse_realm, parse_title
from app.protocols.errors import RemoteProtocolError
from app.protocols.ssdp import m_search, parse_response
from app.protocols.upnp import external_ip_request, parse_description, parse_external_ip

DESCRIPTION = b"""<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0">
 <specVersion><major>1</major><minor>0</minor></specVersion>
 <device>
  <deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
  <friendlyName>FRITZ!Box 7590</friendlyName>
  <manufacturer>AVM Berlin</manufacturer>
  <modelName>FRITZ!Box 7590</modelName>
  <modelNumber>avm</modelNumber>
  <deviceList><device>
   <deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>
   <deviceList><device>
    <deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>
    <serviceList><service>
     <serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>
     <controlURL>/igdupnp/control/WANIPConn1</controlURL>
    </service></serviceList>
   </device></deviceList>
  </device></deviceList>
 </device>
</root>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<root><device><manufacturer>&lol3;</manufacturer></device></root>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><root><device><manufacturer>&x;
</manufacturer></device></root>"""


def test_description_fields_and_control_url() -> None:
    d = parse_description(DESCRIPTION, "http://192.168.178.1:49000/igddesc.xml")
    assert (d.manufacturer, d.model_name, d.friendly_name) == (
        "AVM Berlin",
        "FRITZ!Box 7590",
        "FRITZ!Box 7590",
    )
    assert d.wan_control_url == "http://192.168.178.1:49000/igdupnp/control/WANIPConn1"
    assert d.wan_service_type == "urn:schemas-upnp-org:service:WANIPConnection:1"


@pytest.mark.parametrize(
    "data", [BOMB, EXTERNAL_ENTITY, b"<root>", b"\xff\xfe", b"", b"<root/>", b"x" * 300_000]
)
def test_hostile_descriptions_are_refused(data: bytes) -> None:
    with pytest.raises(RemoteProtocolError):
        parse_description(data, "http://192.168.1.1/")


def test_external_ip_soap() -> None:
    body, headers = external_ip_request("urn:schemas-upnp-org:service:WANIPConnection:1")
    assert b"GetExternalIPAddress" in body and "#GetExternalIPAddress" in headers["SOAPAction"]
    answer = (
        b'<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/'
        b'envelope/"><s:Body><u:GetExternalIPAddressResponse xmlns:u="x">'
        b"<NewExternalIPAddress>100.64.12.34</NewExternalIPAddress>"
        b"</u:GetExternalIPAddressResponse></s:Body></s:Envelope>"
    )
    assert parse_external_ip(answer) == "100.64.12.34"


SSDP_OK = (
    b"HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\n"
    b"ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
    b"USN: uuid:1::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
    b"SERVER: Linux UPnP/1.0 AVM FRITZ!Box 7590\r\n"
    b"LOCATION: http://127.0.0.1:49000/igddesc.xml\r\n\r\n"
)


def test_ssdp_messages() -> None:
    assert m_search("ssdp:all").startswith(b"M-SEARCH * HTTP/1.1\r\n")
    r = parse_response(SSDP_OK)
    assert r.location_host == "127.0.0.1" and "FRITZ" in r.server
    for bad in (
        b"",
        b"HTTP/1.1 404 Not Found\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nLOCATION: ftp://x\r\n",
        b"NOTIFY * HTTP/1.1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nbroken\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nLOCATION: http://[::1\r\n\r\n",  # urlsplit: ValueError
        b"HTTP/1.1 200 OK\r\nLOCATION: http://[zz]/\r\n\r\n",
        "HTTP/1.1 200 OK\r\nLOCATION: http://a\uff03b/\r\n\r\n".encode(),  # NFKC check
    ):
        with pytest.raises(RemoteProtocolError):
            parse_response(bad)


@given(st.binary(max_size=600))
def test_fuzz_ssdp_and_upnp_parsers(data: bytes) -> None:
    for parse in (parse_response, lambda d: parse_description(d, "http://h/"), parse_external_ip):
        with suppress(RemoteProtocolError):
            parse(data)


def test_ssdp_flood_is_cut_off_by_count_and_deadline() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as rx,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx,
    ):
        rx.bind(("127.0.0.1", 0))
        rx.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        for i in range(500):
            tx.sendto(b"garbage %d" % i if i % 50 else SSDP_OK, rx.getsockname())
        started = time.monotonic()
        found, seen = collect(rx, wait=2.0, max_answers=64)
        assert seen == 64 and len(found) == 2  # datagrams 0 and 50 of the first 64
        assert time.monotonic() - started < 1.0
        # and with a preferred responder the first good answer ends the wait
        tx.sendto(SSDP_OK, rx.getsockname())
        found, _ = collect(rx, wait=5.0, prefer="127.0.0.1")
        assert found and found[0][0] == "127.0.0.1"


def test_unparseable_urls_in_a_description_are_left_out() -> None:
    desc = parse_description(
        b"<root><URLBase>http://[::1</URLBase><device><deviceType>x</deviceType>"
        b"<manufacturer>ACME</manufacturer><presentationURL>/x</presentationURL>"
        b"</device></root>",
        "http://1.2.3.4/",
    )
    assert desc.manufacturer == "ACME" and desc.presentation_url is None


def test_title_and_realm() -> None:
    assert parse_title(b"<html><head><TITLE> NETGEAR  Router\n R7000 </TITLE>") == (
        "NETGEAR Router R7000"
    )
    assert parse_title(b"<title>Archer &amp; Co</title>") == "Archer & Co"
    assert parse_title(b"no title here") is None
    assert parse_title(b"<titles>x</titles><title>Real</title>") == "Real"
    # thousands of unclosed tags (quadratic for a naive regex): no title, promptly
    assert parse_title(b"<title>" * 9400) is None
    assert parse_title(b"<title" * 10000 + b">x</title>") == "x"
    assert parse_realm('Basic realm="NETGEAR R7000"') == "NETGEAR R7000"
    assert parse_realm("Digest realm=TP-LINK, nonce=1") == "TP-LINK"
    assert parse_realm(None) is None


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def version_string(self) -> str:
        return "RomPager/4.07 UPnP/1.0"  # the Server header, as an embedded web server sends

    def do_GET(self) -> None:
        if self.path == "/huge":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass  # the client gave up, as it should
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(50):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/away":
            self.send_response(302)
            self.send_header("Location", "http://192.0.2.7/elsewhere")
            self.end_headers()
        elif self.path in ("/badloc", "/bytesloc"):
            self.send_response(302)
            self.send_header(
                "Location", "http://[::1" if self.path == "/badloc" else "http://127.0.0.1/\xff"
            )
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("WWW-Authenticate", 'Basic realm="TP-LINK Wireless Router WR940N"')
            self.end_headers()
            self.wfile.write(b"<html><title>TL-WR940N</title></html>")


@contextmanager
def http_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_is_bounded() -> None:
    with http_server() as host:
        with pytest.raises(FetchError, match="larger than"):
            fetch(f"http://{host}/huge", max_bytes=100_000)
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"too slow|timed out|Timeout"):
            fetch(f"http://{host}/slow", timeout=0.5)
        assert time.monotonic() - started < 3
        with pytest.raises(FetchError, match="another host"):
            fetch(f"http://{host}/away")
        with pytest.raises(FetchError, match="too many redirects"):
            fetch(f"http://{host}/loop")
        for hostile in ("/badloc", "/bytesloc"):  # used to escape as ValueError
            with pytest.raises(FetchError):
                fetch(f"http://{host}{hostile}")


def test_web_fingerprint() -> None:
    with http_server() as host:
        fp = fingerprint(host)
    assert (fp.title, fp.realm, fp.server) == (
        "TL-WR940N",
        "TP-LINK Wireless Router WR940N",
        "RomPager/4.07 UPnP/1.0",
    )
    down = fingerprint("127.0.0.1:1", timeout=0.5)
    assert down.error and down.title is None
