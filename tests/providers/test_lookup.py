"""Finding a provider from what people type, and finding nobody for "my voip provider"."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.providers.database import bundled
from app.providers.lookup import MAX_QUERY, fold, search


@pytest.mark.parametrize(
    ("query", "provider_id"),
    [
        ("ring central", "ringcentral"),
        ("RingCentral", "ringcentral"),
        ("ringcentrl", "ringcentral"),
        ("8 x 8", "8x8"),
        ("8x8", "8x8"),
        ("voipms", "voip-ms"),
        ("VoIP.ms", "voip-ms"),
        ("voip ms", "voip-ms"),
        ("sip.voip.ms", "voip-ms"),
        ("newyork.voip.ms", "voip-ms"),
        ("sipgate.de", "sipgate"),
        ("sipgate", "sipgate"),
        ("sipgte", "sipgate"),
        ("vonage business", "vonage"),
        ("Vonage", "vonage"),
        ("nexmo", "vonage-api"),
        ("callcentric", "callcentric"),
        ("callcentrc", "callcentric"),
        ("call centric", "callcentric"),
        ("telnyx", "telnyx"),
        ("telnix", "telnyx"),
        ("sip.telnyx.eu", "telnyx"),
        ("twilio sip trunk", "twilio"),
        ("nextiva", "nextiva"),
        ("netxiva", "nextiva"),
        ("Deutsche Telekom", "telekom"),
        ("T-Online", "telekom"),
        ("dus.net", "dus-net"),
        ("proxy.dus.net", "dus-net"),
        ("easy bell", "easybell"),
        ("OVH Télécom", "ovh-telecom"),
        ("OVHcloud", "ovh-telecom"),
        ("mynetfone", "mynetfone"),
        ("My Net Fone", "mynetfone"),
        ("NodePhone", "internode"),
        ("Fongo Home Phone", "freephoneline"),
        ("circle loop", "circleloop"),
        ("Jive", "goto-connect"),
        ("peoplefone", "peoplefone"),
        ("NFON", "nfon"),
        ("2talk", "2talk"),
        ("sip:alice@sip.callcentric.net", "callcentric"),
        ("sip:alice@sip.callcentric.net;transport=udp", "callcentric"),
        ("telnyx.com", "telnyx"),
        ("zen.co.uk", "zen"),
        ("  Gradwell  ", "gradwell"),
    ],
)
def test_common_spellings_find_the_provider(query: str, provider_id: str) -> None:
    matches = bundled().find(query)
    assert matches, query
    assert matches[0].provider.id == provider_id, [(m.provider.id, m.score) for m in matches]


@pytest.mark.parametrize(
    "query",
    [
        "voip",
        "VoIP",
        "sip",
        "SIP trunk",
        "my provider",
        "my voip provider",
        "my phone provider",
        "phone",
        "the phone company",
        "internet",
        "business voip",
        "hosted pbx",
        "telephone",
        "",
        "   ",
        "???",
        "www",
        "x",
        "co.uk",
        "com.au",
        "net",
        "sip.net",
        "voip.co.uk",
        "us",
        "US",
        "uk",
        "au",
    ],
)
def test_generic_words_find_nothing(query: str) -> None:
    assert bundled().find(query) == []
    assert bundled().suggest(query) == []


def test_unknown_name_finds_nothing_but_suggests_close_names() -> None:
    assert bundled().find("zzqqxx") == []
    # providers the directory does not know must not be mistaken for similar ones
    for unknown in ("sipcentric", "voipfone", "placetel", "netelip", "messagenet"):
        assert bundled().find(unknown) == [], unknown
    assert "callcentric" in [p.id for p in bundled().suggest("sipcentric")]


def test_results_are_sorted_and_bounded() -> None:
    matches = bundled().find("vonage")
    assert [m.provider.id for m in matches][:1] == ["vonage"]
    assert all(a.score >= b.score for a, b in itertools.pairwise(matches))
    assert len(bundled().find("voice", limit=2)) <= 2


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Ring-Central") == fold("ring central") == "ringcentral"
    assert fold("Télécom") == "telecom"
    assert fold("") == ""


@given(st.text(max_size=200))
@example("a" * 80)
@example("voip " * 40)
@example("ﷺ" * 80)  # NFKD expands this character eighteenfold
@example("sip." * 20)
def test_lookup_never_raises(query: str) -> None:
    matches = search(bundled().providers, query)
    assert all(0 <= m.score <= 1 for m in matches)
    bundled().suggest(query)


@pytest.mark.parametrize(
    "query",
    [
        "ringcentral voipms sipgate " * 4,
        "abcdefghijklmnopqrstuvwxyz0123456789" * 3,
        "ﷺ" * 100,
        "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 4,
    ],
)
def test_lookup_time_is_bounded_on_long_input(query: str) -> None:
    directory = bundled()
    start = time.perf_counter()
    for _ in range(5):
        directory.find(query)
        directory.suggest(query)
    per_call = (time.perf_counter() - start) / 5
    # Measured at 10-40 ms per find+suggest on the development machine; the bound leaves room
    # for a loaded CI host while still catching quadratic blow-ups.
    assert per_call < 0.5, per_call
    assert len(query) > MAX_QUERY
