"""A small, strict HTTP GET/POST for talking to devices on the LAN.

Router web pages and UPnP descriptions come from devices we do not control:
they may be slow, huge, redirect elsewhere, or never finish. So every fetch
has a connect and read time-out, an overall deadline (a server dripping one
byte a second defeats read time-outs alone), a size cap, and follows
redirects only to the same host, at most a few times. Failures come back as
:class:`FetchError` with a short reason, never as a traceback.

``requests`` is imported here, lazily, so the quick ALG probe does not pay
its import time.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:
    import requests


class FetchError(Exception):
    """The fetch failed; the message says why in a few words."""


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def fetch(
    url: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 1.5,
    max_bytes: int = 262_144,
    max_redirects: int = 3,
) -> Fetched:
    import requests
    from urllib3.exceptions import InsecureRequestWarning

    deadline = time.monotonic() + timeout * 2
    host = urlsplit(url).hostname
    current = url
    with requests.Session() as session:
        session.trust_env = False  # never route LAN device queries through a proxy
        for _ in range(max_redirects + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError("timed out")
            try:
                with warnings.catch_warnings():
                    # routers serve self-signed certificates; we only read public labels
                    warnings.simplefilter("ignore", InsecureRequestWarning)
                    resp = session.request(
                        method,
                        current,
                        data=data,
                        headers=headers,
                        timeout=(min(timeout, remaining), min(timeout, remaining)),
                        allow_redirects=False,
                        stream=True,
                        verify=False,
                    )
            except (requests.RequestException, ValueError) as exc:
                # ValueError (UnicodeError included): requests resolves a
                # Location header even with allow_redirects=False, and a
                # device can send one that does not decode or parse.
                raise FetchError(type(exc).__name__) from None
            with resp:
                if resp.is_redirect and "location" in resp.headers:
                    try:
                        target = urljoin(current, resp.headers["location"])
                        target_host = urlsplit(target).hostname
                    except ValueError:
                        raise FetchError("unreadable redirect") from None
                    if target_host != host:
                        raise FetchError("redirects to another host")
                    current = target
                    continue
                return _read_body(resp, current, deadline, max_bytes)
        raise FetchError("too many redirects")


def _read_body(resp: requests.Response, url: str, deadline: float, max_bytes: int) -> Fetched:
    """Read at most ``max_bytes`` before ``deadline``.

    A read time-out only bounds the wait for *each* piece, and a buffered
    ``read(n)`` keeps waiting until it has n bytes; a server dripping a byte at
    a time never trips either. ``read1`` returns after a single receive, so the
    deadline is checked between every piece that arrives.
    """
    import requests

    chunks: list[bytes] = []
    size = 0
    raw = resp.raw
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError("too slow")
            chunk = raw.read1(8192) if hasattr(raw, "read1") else raw.read(8192)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"larger than {max_bytes // 1024} KiB")
            chunks.append(chunk)
    except (requests.RequestException, OSError, ValueError) as exc:
        raise FetchError(type(exc).__name__) from None
    except Exception as exc:  # urllib3 raises its own errors for broken framing
        if isinstance(exc, FetchError):
            raise
        raise FetchError(type(exc).__name__) from None
    return Fetched(
        url, resp.status_code, {k.lower(): v for k, v in resp.headers.items()}, b"".join(chunks)
    )
