"""Finding a provider from what a person types.

People type "ring central", "8 x 8", "voipms", "sipgate.de", "vonage
business", or "callcentrc" with a typo, and they also type "my voip provider"
when they do not know. The first kind must find the provider; the second must
find *nothing*, because sending someone's probe to a provider they do not use
would give a verdict about the wrong network path. So:

* names, ids and aliases are compared folded (case, spaces and punctuation
  ignored): "Ring-Central" == "ringcentral";
* a query that looks like a host name ("sipgate.de", "sip.voip.ms") is also
  compared with the provider's published server names and domains;
* generic words ("voip", "sip", "phone", "provider", "my", ...) are dropped
  before fuzzy matching, and a query made only of them matches nothing;
* typos are forgiven with difflib, only for tokens of four letters or more
  and above a similarity threshold tuned on the test spellings.

Input is cut to :data:`MAX_QUERY` characters and :data:`MAX_TOKENS` words,
so a paragraph pasted into the search box costs a bounded, small amount of
work.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from app.providers.schema import GENERIC_WORDS, Provider, is_host_name

MAX_QUERY: Final = 80
MAX_TOKENS: Final = 12
MIN_SCORE: Final = 0.72  # below this a "match" misleads more than it helps
_FUZZY_MIN: Final = 0.8  # difflib ratio a typo must reach
_SPLIT_RE: Final = re.compile(r"[^0-9a-z]+")

# Labels that say nothing about who runs a domain: "co.uk" or "com.au" must not
# select every provider whose servers end in them.
_SUFFIX_LABELS: Final = frozenset(
    {"ac", "at", "au", "be", "biz", "ca", "ch", "co", "com", "de", "edu", "es", "eu", "fr"}
    | {"gov", "ie", "info", "it", "lu", "net", "nl", "nz", "org", "uk", "us"}
)


def _ascii(text: str) -> str:
    """Lower-case ASCII: accents dropped ("Telefónica" -> "telefonica"), other scripts removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed.encode("ascii", "ignore").decode("ascii")


def fold(text: str) -> str:
    """Case- and punctuation-insensitive key: "Ring-Central" and "ring central" -> "ringcentral".

    Accents are dropped ("Télécom" -> "telecom": people type provider names
    without them) and other scripts removed: the same ASCII text that
    :func:`words` splits. The router guides' fold (guides/database.py)
    keeps every script on purpose; see there why the two stay apart.
    """
    return "".join(ch for ch in _ascii(text) if ch.isalnum())


def words(text: str) -> list[str]:
    return [w for w in _SPLIT_RE.split(_ascii(text)) if w]


@dataclass(frozen=True, slots=True)
class Match:
    provider: Provider
    score: float  # 0..1
    why: str


def _specific(tokens: Iterable[str]) -> list[str]:
    """The words that can name a provider: not generic, not a domain suffix ("us", "co")."""
    return [t for t in tokens if t not in GENERIC_WORDS and t not in _SUFFIX_LABELS]


@lru_cache(maxsize=4096)
def _keys(provider: Provider) -> frozenset[str]:
    """Folded names for a provider: name, id, aliases, and each without generic words.

    The shortened form is kept only when it still says something: "SIP.US"
    must not become "us", or a user typing their country would select it.
    """
    out: set[str] = set()
    for name in (provider.name, provider.id, *provider.aliases):
        out.add(fold(name))
        specific = "".join(_specific(words(name)))
        if len(specific) >= 3:
            out.add(specific)
    out.discard("")
    return frozenset(out)


def _names_an_owner(domain: str) -> bool:
    return any(
        label not in _SUFFIX_LABELS and label not in GENERIC_WORDS for label in domain.split(".")
    )


def _host_matches(query_host: str, provider: Provider) -> bool:
    """``sipgate.de`` names the provider whose server is sipgate.de or *.sipgate.de;
    ``foo.sipgate.de`` names it too. A bare suffix ("co.uk") names nobody."""
    for server in provider.servers:
        host = server.host
        if query_host == host or query_host.endswith("." + host):
            return True
        if host.endswith("." + query_host) and _names_an_owner(query_host):
            return True
    return False


def _similar(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < _FUZZY_MIN or matcher.quick_ratio() < _FUZZY_MIN:
        return 0.0
    return matcher.ratio()


def search(providers: Iterable[Provider], query: str, limit: int = 8) -> list[Match]:
    """Providers for what a user typed, best first. Empty when nothing is plausible."""
    q = query.strip()[:MAX_QUERY]
    whole = fold(q)
    if not whole:
        return []
    tokens = words(q)[:MAX_TOKENS]
    specific = _specific(tokens)
    joined = "".join(specific)
    host_query = q.casefold().strip(" .")
    for prefix in ("sips:", "sip:"):
        host_query = host_query.removeprefix(prefix)
    host_query = host_query.rpartition("@")[2].partition(";")[0].partition(":")[0]
    looks_like_host = is_host_name(host_query)

    best: dict[str, Match] = {}

    def offer(provider: Provider, score: float, why: str) -> None:
        old = best.get(provider.id)
        if old is None or score > old.score:
            best[provider.id] = Match(provider, round(score, 3), why)

    for provider in providers:
        keys = _keys(provider)
        if whole in keys:
            offer(provider, 1.0, "name")
            continue
        if looks_like_host and _host_matches(host_query, provider):
            offer(provider, 0.97, "server name")
            continue
        if not specific:
            continue
        if joined in keys:
            offer(provider, 0.95, "name")
            continue
        # "sipgate de", "ovh telecom france": a key made of some of the words
        for size in range(len(specific), 0, -1):
            for start in range(len(specific) - size + 1):
                run = "".join(specific[start : start + size])
                if len(run) >= 3 and run in keys:
                    offer(provider, 0.9 if size == len(specific) else 0.85, "name")
        # typos: whole specific text and each longer word against every key
        fuzzy = 0.0
        for key in keys:
            if len(key) < 4:
                continue
            if len(joined) >= 4:
                fuzzy = max(fuzzy, _similar(joined, key))
            for token in specific:
                if len(token) >= 4:
                    fuzzy = max(fuzzy, _similar(token, key) * 0.97)
                    if len(token) >= 5 and key.startswith(token):
                        fuzzy = max(fuzzy, 0.85)
        if fuzzy >= _FUZZY_MIN:
            offer(provider, 0.9 * fuzzy, "similar name")
    found = [m for m in best.values() if m.score >= MIN_SCORE]
    return sorted(found, key=lambda m: (-m.score, m.provider.name.casefold()))[:limit]


def suggestions(providers: Sequence[Provider], query: str, limit: int = 3) -> list[Provider]:
    """The closest names when :func:`search` found nothing: a hint, never a choice.

    Generic words are still ignored, so "my voip provider" suggests nothing
    rather than three arbitrary providers.
    """
    specific = "".join(_specific(words(query[:MAX_QUERY])[:MAX_TOKENS]))
    if len(specific) < 3:
        return []
    scored = []
    for provider in providers:
        ratio = max(difflib.SequenceMatcher(None, specific, k).ratio() for k in _keys(provider))
        if ratio >= 0.45:
            scored.append((ratio, provider))
    scored.sort(key=lambda pair: (-pair[0], pair[1].name.casefold()))
    return [p for _, p in scored[:limit]]
