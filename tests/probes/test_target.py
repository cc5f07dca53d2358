"""Typos in addresses get one clear sentence, not a traceback."""

from __future__ import annotations

import pytest

from app.core.model import Mode
from app.probes.target import Target, TargetError, parse_target, resolve


@pytest.mark.parametrize(
    "text, target",
    [
        ("sip.example.com", Target("sip.example.com", 5060)),
        ("sip.example.com:5080", Target("sip.example.com", 5080)),
        ("203.0.113.5", Target("203.0.113.5", 5060)),
        ("[2001:db8::1]:5061", Target("2001:db8::1", 5061)),
        ("2001:db8::1", Target("2001:db8::1", 5060)),
        ("  host  ", Target("host", 5060)),
        ("bücher.example:5070", Target("xn--bcher-kva.example", 5070)),  # what resolvers need
    ],
)
def test_parse_target(text: str, target: Target) -> None:
    assert parse_target(text) == target


@pytest.mark.parametrize(
    "text, words",
    [
        ("", "no address"),
        ("host:0", "port"),
        ("host:70000", "port"),
        ("host:abc", "port"),
        ("sip:user@host", "not a URL"),
        ("http://x", "not a URL"),
        ("bad host", "not a valid"),
        ("-bad.example", "not a valid"),
        ("[::1", "missing ']'"),
        ("[::1]x", "unexpected"),
        ("999.1.1.1", "not a valid"),
        ("a" * 301, "too long"),
        ("host:" + "9" * 100, "the port must be"),
        ("bü..example", "not a valid"),  # an empty label: no IDNA form
    ],
)
def test_parse_target_errors(text: str, words: str) -> None:
    with pytest.raises(TargetError, match=words):
        parse_target(text)


def test_resolve_literal_and_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    assert resolve(Target("127.0.0.1", 5060)) == ["127.0.0.1"]

    def fail(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)  # no DNS query leaves the machine
    with pytest.raises(TargetError, match="cannot resolve"):
        resolve(Target("no-such-host.example", 5060))


def test_messages_quote_at_most_a_line_of_what_was_typed() -> None:
    with pytest.raises(TargetError) as err:
        parse_target("x" * 250 + ":99999")
    assert len(str(err.value)) < 120 and "…" in str(err.value)


def test_stop_does_not_wait_for_a_hung_name_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """getaddrinfo with a dead DNS server blocks for 10 s or more; Stop must not."""
    import threading

    from app.core.model import Verdict
    from app.core.progress import CancelToken
    from app.pipeline.session import run_session
    from app.probes import target as target_module

    answer = threading.Event()
    looking = threading.Event()
    returned = threading.Event()

    def hung_lookup(target: Target) -> list[str]:
        looking.set()
        answer.wait(10)
        returned.set()
        return ["127.0.0.1"]

    monkeypatch.setattr(target_module, "resolve", hung_lookup)
    cancel = CancelToken()
    threading.Thread(target=lambda: looking.wait(5) and cancel.cancel(), daemon=True).start()
    try:
        result = run_session(Mode.REFLECTOR, Target("dns.is.down.invalid", 5060), cancel=cancel)
        assert not returned.is_set()  # the session ended while the lookup still hung
    finally:
        answer.set()
    assert result.probe.cancelled and result.probe.verdict is Verdict.INCONCLUSIVE


def test_lookup_errors_still_reach_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.progress import CancelToken
    from app.probes import target as target_module

    def fails(target: Target) -> list[str]:
        raise TargetError("cannot resolve 'x': no such name")

    monkeypatch.setattr(target_module, "resolve", fails)
    with pytest.raises(TargetError, match="no such name"):
        target_module.resolve_unless_cancelled(Target("x", 1), CancelToken())
