"""Finding the right guide: by id, by what a user types, by what the network says.

Three callers, three kinds of input:

* the wizard and ``sipalg guide`` ask by **guide id**;
* the brand picker and ``sipalg guide "tp link"`` ask by **name as typed**:
  any spelling, typos, a model number ("Archer AX50") — :func:`search`;
* router identification (UPnP manufacturer and model, MAC vendor, web-UI
  title) asks by **evidence** and needs a confidence — :func:`identify`.

Matching folds case, spaces and punctuation and, for company names, drops
legal suffixes ("Inc.", "Co., Ltd.", "GmbH"), because "NETGEAR, Inc." (UPnP),
"NETGEAR" (OUI registry) and "netgear" (typed) are the same maker.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Final

from app.guides.database import GuideDatabase, fold
from app.guides.schema import Brand, Family

_SUFFIXES: Final = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|ag|sa|sas|bv|nv|"
    r"plc|pte|pty|kg|oy|ab|as|srl|spa|technologies|technology|tech|computer|computers|"
    r"networks|networking|communications|communication|international|electronics|systems|"
    r"group|holdings|enterprises)\b\.?",
    re.IGNORECASE,
)


MIN_SCORE: Final = 0.7  # below this a "match" misleads more than it helps


def company_key(name: str) -> str:
    """Fold a company name: "ASUSTeK Computer Inc." -> "asustek"."""
    stripped = _SUFFIXES.sub(" ", name)
    key = fold(stripped)
    return key or fold(name)


@dataclass(frozen=True, slots=True)
class Match:
    family: Family
    score: float  # 0..1
    why: str


def by_id(db: GuideDatabase, guide_id: str) -> Family | None:
    return db.family(guide_id.strip().lower())


def _brand_keys(brand: Brand) -> set[str]:
    names = (brand.name, brand.id, *brand.aliases)
    return {fold(n) for n in names} | {company_key(n) for n in names}


def _family_for_model(brand: Brand, text: str) -> Family | None:
    """A non-default family whose ``match`` or models fit ``text``."""
    if not text.strip():
        return None
    for fam in brand.families:
        if any(p.search(text) for p in fam.match):
            return fam
    key = fold(text)
    for fam in brand.families:
        if any(len(fold(m)) >= 3 and (fold(m) == key) for m in fam.models):
            return fam
    return None


# A brand and a model fit in far less. The bound matters: a paragraph pasted
# into the wizard's search box made the runs below cubic in memory and froze
# the window for seconds.
MAX_QUERY = 80
MAX_RUN = 8  # tokens in a model name; the longest in the database has 7 (a test checks)


def search(db: GuideDatabase, query: str, limit: int = 8) -> list[Match]:
    """Families for what a user typed, best first. Empty when nothing is plausible."""
    q = query.strip()[:MAX_QUERY]
    key = fold(q)
    if not key:
        return []
    scores: dict[str, Match] = {}

    def offer(fam: Family, score: float, why: str) -> None:
        old = scores.get(fam.id)
        if old is None or score > old.score:
            scores[fam.id] = Match(fam, round(score, 3), why)

    tokens = [fold(t) for t in re.split(r"[\s/,]+", q) if fold(t)]
    # runs of adjacent tokens ("archer", "ax50", "archerax50"): models match whole runs only
    spans = {
        "".join(tokens[i:j])
        for i in range(len(tokens))
        for j in range(i + 1, min(i + MAX_RUN, len(tokens)) + 1)
    }
    for brand in db.brands:
        keys = _brand_keys(brand)
        default = brand.default_family
        for fam in brand.families:
            if key in (fam.id.replace("-", ""), fold(fam.id)) or q.lower() == fam.id:
                offer(fam, 1.0, "guide id")
        if key in keys:
            offer(default, 0.95, "brand name")
            for fam in brand.families:
                if fam is not default:
                    offer(fam, 0.9, "brand name")
        # "tp link archer ax50": a brand key at the start, a model after it
        for k in keys:
            if len(k) >= 3 and key.startswith(k) and key != k:
                rest = q
                for t in q.split():
                    if k.startswith(fold(t)) or fold(t) == k:
                        rest = rest.replace(t, "", 1)
                fam = _family_for_model(brand, rest.strip()) or default
                offer(fam, 0.93 if fam is not default else 0.88, "brand and model")
        for fam in brand.families:
            if any(p.search(q) for p in fam.match):
                offer(fam, 0.9, "model")
            for m in fam.models:
                mk = fold(m)
                if mk == key or mk in spans:
                    offer(fam, 0.92, "model")
                elif len(key) >= 4 and key in mk:
                    offer(fam, 0.8, "model")
        # typos and partial words: compare each token and the whole query with brand keys
        best = 0.0
        for k in keys:
            if len(k) < 2:
                continue
            best = max(best, difflib.SequenceMatcher(None, key, k).ratio())
            for t in tokens:
                if len(t) >= 3:
                    best = max(best, difflib.SequenceMatcher(None, t, k).ratio() * 0.97)
                    if k.startswith(t) and len(t) >= 4:
                        best = max(best, 0.82)
        if best >= 0.75:
            offer(default, 0.85 * best, "similar name")
        for fam in brand.families:
            ratio = difflib.SequenceMatcher(None, key, fold(fam.name)).ratio()
            if ratio >= 0.75:
                offer(fam, 0.8 * ratio, "similar family name")
    found = [m for m in scores.values() if m.score >= MIN_SCORE]
    return sorted(found, key=lambda m: (-m.score, m.family.id))[:limit]


@dataclass(frozen=True, slots=True)
class Identity:
    """What the network told us about the router (all optional)."""

    upnp_manufacturer: str | None = None
    upnp_model_name: str | None = None
    upnp_model_number: str | None = None
    upnp_friendly_name: str | None = None
    mac_vendor: str | None = None
    web_title: str | None = None
    web_server: str | None = None
    web_realm: str | None = None


@dataclass(frozen=True, slots=True)
class IdentityMatch:
    family: Family
    confidence: float  # 0..1
    evidence: tuple[str, ...]


# How much each kind of evidence says about the *brand*: UPnP manufacturer
# strings are set by the vendor; OUIs name the NIC maker (sometimes an ODM);
# page titles and realms are often generic ("Login", "Router").
_WEIGHTS: Final = {
    "upnp_manufacturer": 0.6,
    "upnp_model_name": 0.35,
    "upnp_friendly_name": 0.3,
    "mac_vendor": 0.35,
    "web_title": 0.3,
    "web_realm": 0.3,
    "web_server": 0.15,
}


_EVIDENCE: Final = {
    "upnp_manufacturer": "the router reports its maker as \u201c{value}\u201d",
    "upnp_model_name": "the router reports its model as \u201c{value}\u201d",
    "upnp_friendly_name": "the router calls itself \u201c{value}\u201d",
    "mac_vendor": "its network hardware is registered to \u201c{value}\u201d",
    "web_title": "its web page is titled \u201c{value}\u201d",
    "web_realm": "its login prompt says \u201c{value}\u201d",
    "web_server": "its web server identifies as \u201c{value}\u201d",
}


def _mentions(text: str, brand: Brand) -> tuple[str, float] | None:
    """The alias of ``brand`` that ``text`` names and how strongly.

    1.0 when the whole text is the alias ("NETGEAR, Inc." is NETGEAR), 0.8 when
    the alias is one of its words or its start ("Cisco-Linksys, LLC" mentions
    Cisco *and* Linksys; the exact match decides).
    """
    tkey = company_key(text)
    tfold = fold(text)
    words = {fold(w) for w in re.split(r"[^A-Za-z0-9!]+", text) if w}
    partial: str | None = None
    for alias in (brand.name, *brand.aliases):
        ak, af = company_key(alias), fold(alias)
        if not ak:
            continue
        if ak in (tkey, tfold) or af in (tkey, tfold):
            return alias, 1.0
        if (
            partial is None
            and len(af) >= 4
            and (af in words or (len(af) >= 5 and tfold.startswith(af)))
        ):
            partial = alias
    return None if partial is None else (partial, 0.8)


def identify(db: GuideDatabase, ident: Identity) -> IdentityMatch | None:
    """The most likely guide for the evidence, or None if no brand is recognised."""
    fields = {k: getattr(ident, k) for k in _WEIGHTS if getattr(ident, k)}
    best: IdentityMatch | None = None
    for brand in db.brands:
        if brand.id == "generic":
            continue
        evidence: list[str] = []
        miss = 1.0
        for name, value in fields.items():
            found = _mentions(value, brand)
            if found is not None:
                miss *= 1 - _WEIGHTS[name] * found[1]
                evidence.append(_EVIDENCE[name].format(value=value, brand=brand.name))
        if not evidence:
            continue
        confidence = 1 - miss
        model_text = " ".join(
            v
            for v in (
                ident.upnp_model_name,
                ident.upnp_model_number,
                ident.upnp_friendly_name,
                ident.web_title,
            )
            if v
        )
        fam = _family_for_model(brand, model_text) if model_text else None
        if fam is not None:
            evidence.append(f"the model fits the guide \u201c{fam.name}\u201d")
            confidence = min(1.0, confidence + 0.1)
        match = IdentityMatch(fam or brand.default_family, round(confidence, 3), tuple(evidence))
        if best is None or match.confidence > best.confidence:
            best = match
    return best
