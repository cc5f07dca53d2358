"""Parse and resolve what the user typed: ``HOST``, ``HOST:PORT``, ``[IPv6]:PORT``.

Errors here are the user's to fix (a typo, a name that does not resolve), so
they raise :class:`TargetError` with one plain sentence, which the CLI prints
as a one-line error and the wizard shows next to the field.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable

from app.core.numbers import is_ascii_number, parse_number
from app.core.progress import CancelToken
from app.core.record import TYPE_CHECKING, Record
from app.protocols.errors import LocalProtocolError
from app.protocols.sip import join_hostport

_HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$"
)

if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


class TargetError(LocalProtocolError):
    """The address the user gave cannot be used; the message says why."""


class Target(Record):
    host: str  # as typed (name or literal), without brackets
    port: int

    def __str__(self) -> str:
        return join_hostport(self.host, self.port)


MAX_TYPED = 300  # a host name is at most 253 characters, plus brackets and a port


def _shown(text: str) -> str:
    """What the user typed, quoted and cut short enough for a one-line message."""
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _ascii_host(host: str) -> str:
    """An internationalised name ("bücher.example") in the ASCII form resolvers use.

    Python's "idna" codec implements IDNA 2003, enough for the host names of
    SIP providers; a name it cannot convert is reported as not valid.
    """
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host  # refused below, with the name as the user wrote it


def parse_target(text: str, default_port: int = 5060) -> Target:
    raw = text.strip()
    if not raw:
        raise TargetError("no address given")
    if len(raw) > MAX_TYPED:
        raise TargetError(f"that address is too long ({len(raw)} characters)")
    if "://" in raw or raw.lower().startswith(("sip:", "sips:")):
        raise TargetError(
            f"{_shown(raw)}: give a host name or address, not a URL (e.g. sip.example.com)"
        )
    host, port_text = raw, None
    if raw.startswith("["):
        close = raw.find("]")
        if close < 0:
            raise TargetError(f"{_shown(raw)}: missing ']' after the IPv6 address")
        host, rest = raw[1:close], raw[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise TargetError(f"{_shown(raw)}: unexpected text after the IPv6 address")
            port_text = rest[1:]
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    elif raw.count(":") > 1:
        host = raw  # a bare IPv6 address, no port
    port = default_port
    if port_text is not None:
        number = parse_number(port_text, 1, 65535)
        if number is None:
            raise TargetError(f"{_shown(raw)}: the port must be a number from 1 to 65535")
        port = number
    try:
        ipaddress.ip_address(host)
    except ValueError:
        name = _ascii_host(host)
        if not _HOSTNAME_RE.match(name) or is_ascii_number(name.replace(".", "")):
            raise TargetError(f"{_shown(host)} is not a valid host name or IP address") from None
        host = name
    return Target(host, port)


def resolve(target: Target) -> list[str]:
    """Addresses for the host, IPv4 first (NAT and ALGs are an IPv4 matter)."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_DGRAM)
    except socket.gaierror as exc:
        reason = exc.strerror or str(exc)
        raise TargetError(f"cannot resolve {target.host!r}: {reason}") from None
    except UnicodeError:
        raise TargetError(f"{target.host!r} is not a valid host name") from None
    addrs = list(dict.fromkeys(str(info[4][0]) for info in infos))
    addrs.sort(key=lambda a: ":" in a)
    if not addrs:
        raise TargetError(f"{target.host!r} has no address")
    return addrs


def call_unless_cancelled(fn: Callable[[], T], cancel: CancelToken) -> T | None:
    """``fn()`` in a daemon thread; its value, or None as soon as *cancel* fires.

    Why a thread: name look-ups cannot be interrupted (``getaddrinfo`` blocks
    ten seconds and more with a dead DNS server), while Stop must work within
    a second. The look-up finishes (or not) in a daemon thread, which never
    holds up the app's exit, and a late answer is dropped. Exceptions of
    ``fn`` are raised here, in the caller's thread.
    """
    import threading  # only names are looked up in a thread: not for an IP address

    outcome: list[T | BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)
        finally:
            done.set()

    remove = cancel.add_callback(done.set)
    try:
        threading.Thread(target=run, name="resolve", daemon=True).start()
        done.wait()
    finally:
        remove()
    if not outcome:
        return None  # cancelled first
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def resolve_unless_cancelled(target: Target, cancel: CancelToken) -> list[str] | None:
    """:func:`resolve`, or None as soon as *cancel* fires."""
    return call_unless_cancelled(lambda: resolve(target), cancel)


def resolve_within(target: Target, seconds: float) -> list[str]:
    """:func:`resolve` under a hard deadline: TargetError if DNS has not answered in time.

    For side checks (STUN server names): a dead or silent DNS server must cost
    them a second, not the ten seconds ``getaddrinfo`` can block.
    """
    import threading

    token = CancelToken()
    timer = threading.Timer(seconds, token.cancel)
    timer.daemon = True
    timer.start()
    try:
        found = call_unless_cancelled(lambda: resolve(target), token)
    finally:
        timer.cancel()
    if found is None:
        raise TargetError(f"no DNS answer for {target.host!r} within {seconds:g} s")
    return found
