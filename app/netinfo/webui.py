"""Fingerprint the gateway's web interface: Server header, page title, auth realm.

Router login pages often carry the brand and model ("TP-Link Archer C7",
realm "NETGEAR R7000"), so one strict, bounded GET of the gateway's front page
is cheap evidence. Nothing is sent but a plain GET: no credentials, no form.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from app.netinfo.http_fetch import FetchError, fetch

# Bounded attribute run and a separate search for the end tag: the obvious
# "<title[^>]*>(.*?)</title>" is quadratic on a page of many unclosed
# "<title>" tags (5.6 s for 64 KB).
_TITLE_OPEN_RE = re.compile(rb"<title(?:\s[^<>]{0,256})?>", re.IGNORECASE)
_REALM_RE = re.compile(r'realm\s*=\s*"([^"]*)"|realm\s*=\s*([^,\s]+)', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WebFingerprint:
    url: str
    status: int | None = None
    server: str | None = None
    title: str | None = None
    realm: str | None = None
    error: str | None = None


def parse_title(body: bytes) -> str | None:
    head = body[:65536]
    m = _TITLE_OPEN_RE.search(head)
    if not m:
        return None
    end = head.lower().find(b"</title", m.end())
    if end < 0:
        return None
    text = html.unescape(head[m.end() : end].decode("utf-8", "replace"))
    text = " ".join(text.split())
    return text[:120] or None


def parse_realm(header: str | None) -> str | None:
    if not header:
        return None
    m = _REALM_RE.search(header)
    if not m:
        return None
    return (m.group(1) or m.group(2) or "").strip()[:120] or None


def fingerprint(host: str, *, timeout: float = 1.5) -> WebFingerprint:
    url = f"http://{host}/"
    try:
        page = fetch(url, timeout=timeout)
    except FetchError as exc:
        return WebFingerprint(url, error=str(exc))
    return WebFingerprint(
        url=page.url,
        status=page.status,
        server=(page.headers.get("server") or "")[:120] or None,
        title=parse_title(page.body),
        realm=parse_realm(page.headers.get("www-authenticate")),
    )
