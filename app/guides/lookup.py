"""Finding the right guide: by id, by what a user types, by what the network says.

Three callers, three kinds of input:

* the wizard and ``sipalg guide`` ask by **guide id**;
* the brand picker and ``sipalg guide "tp link"`` ask by **name as typed**:
  any spelling, typos, a model number ("Archer AX50") — :func:`find`, which
  always answers: ordered matches, or the generic guide and the reason;
* router identification (UPnP manufacturer and model, MAC vendor, web-UI
  title) asks by **evidence** and needs a confidence — :func:`identify`.

Three rules keep a look-up from misleading (issue 11): generic words
("router", "modem", "wifi") never pick a brand and never feed the typo
matching; a brand alone lists its home products first; a product line that
differs from its brand's main line (Deco, Orbi, Velop, AmpliFi) gets its own
family or an explicit "not covered", never the other line's steps.

Matching folds case, spaces and punctuation and, for company names, drops
legal suffixes ("Inc.", "Co., Ltd.", "GmbH"), because "NETGEAR, Inc." (UPnP),
"NETGEAR" (OUI registry) and "netgear" (typed) are the same maker.
"""

from __future__ import annotations

import difflib
import functools
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


# Per-brand derived keys, computed once per Brand object (the search runs on
# every keystroke in the wizard). Keyed by id() and checked by identity, so a
# brand loaded later at a recycled address is never served another's keys.
_KEY_CACHE: dict[int, tuple[Brand, frozenset[str], frozenset[str]]] = {}


def _keys(brand: Brand) -> tuple[frozenset[str], frozenset[str]]:
    """(all keys, product keys) of ``brand``."""
    hit = _KEY_CACHE.get(id(brand))
    if hit is not None and hit[0] is brand:
        return hit[1], hit[2]
    names = (brand.name, brand.id, *brand.aliases)
    keys = frozenset({fold(n) for n in names} | {company_key(n) for n in names})
    products = frozenset(_product_keys(brand))
    if len(_KEY_CACHE) > 1024:
        _KEY_CACHE.clear()
    _KEY_CACHE[id(brand)] = (brand, keys, products)
    return keys, products


def _brand_keys(brand: Brand) -> frozenset[str]:
    return _keys(brand)[0]


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


# Words people type around a brand that say nothing about which brand it is.
# They never select a brand on their own, and fuzzy matching never sees them:
# "Sky router" once opened MikroTik's guide because "router" is 86% similar
# to its alias "RouterOS". Compared after fold(), so "Wi-Fi" is "wifi".
GENERIC_WORDS: Final = frozenset(
    {
        # the device
        "router", "routers", "modem", "modems", "gateway", "gateways", "box", "hub",
        "wifi", "wlan", "wireless", "mesh", "ap", "accesspoint", "access", "point",
        "firewall", "ont", "cpe", "device", "homerouter", "wifirouter", "extender",
        # the line and the provider
        "internet", "isp", "provider", "broadband", "cable", "dsl", "adsl", "vdsl",
        "fibre", "fiber", "ftth", "5g", "4g", "3g", "lte", "mobile", "cellular",
        "home", "office", "network", "voip", "sip", "alg", "dual", "band", "tri",
        # filler
        "my", "the", "a", "an", "our", "new", "old", "from", "with", "and", "or", "of",
        "for", "in", "on", "to", "how", "disable", "turn", "off", "setting", "settings",
    }
)  # fmt: skip
# Words naming a kind of product rather than a maker: a brand that has a family
# of that kind is narrowed to it ("tp-link mesh" must not open Archer steps).
_KIND_WORDS: Final = {"mesh": "mesh-wifi"}
# Product lines that differ from their brand's main line: word -> (brand id,
# kind, display name). A query naming one gets that line's own family, or an
# explicit "not covered" answer; never the brand's other steps (Deco is not Archer).
PRODUCT_LINES: Final = {
    "deco": ("tp-link", "mesh-wifi", "TP-Link Deco mesh Wi-Fi"),
    "orbi": ("netgear", "mesh-wifi", "Netgear Orbi mesh Wi-Fi"),
    "velop": ("linksys", "mesh-wifi", "Linksys Velop mesh Wi-Fi"),
    "amplifi": ("ubiquiti", "mesh-wifi", "Ubiquiti AmpliFi mesh Wi-Fi"),
}
# Kinds a home user has; a brand that also makes business gear lists these first.
HOME_KINDS: Final = ("consumer-router", "isp-gateway", "mesh-wifi", "mobile-router")
# Aliases shorter than this match whole words only, never by similarity.
FUZZY_MIN: Final = 5

# A brand and a model fit in far less. The bound matters: a paragraph pasted
# into the wizard's search box made the runs below cubic in memory and froze
# the window for seconds.
MAX_QUERY = 80
MAX_RUN = 8  # tokens in a model name; the longest in the database has 7 (a test checks)


def _words(text: str) -> list[str]:
    return [w for w in (fold(t) for t in re.split(r"[\s/,]+", text)) if w]


@functools.lru_cache(maxsize=4096)
def _fuzzy_ok(key: str) -> bool:
    """May ``key`` (a folded alias) be reached by a misspelling?

    Not when it is short ("bt", "sky": two typos away from anything) or when it
    starts or ends with a generic word ("RouterOS", "Internet-Box"), because
    then the generic word alone is already most of the way there.
    """
    if len(key) < FUZZY_MIN or key in GENERIC_WORDS:
        return False
    return not any(len(g) >= 4 and (key.startswith(g) or key.endswith(g)) for g in GENERIC_WORDS)


# How similar a typo must be to a product alias (a transposed pair in an
# 8-letter name is 0.875; "Freebox" against "Firebox" is 0.857).
PRODUCT_FUZZY: Final = 0.87


def _product_keys(brand: Brand) -> set[str]:
    """Aliases that name a product rather than the company (a family matches them)."""
    out = set()
    for alias in brand.aliases:
        if any(p.search(alias) for f in brand.families for p in f.match) or any(
            fold(alias) == fold(m) for f in brand.families for m in f.models
        ):
            out.add(fold(alias))
    return out


def _family_named(brand: Brand, ckey: str) -> Family | None:
    """The family a product-line alias names ("unifi", "omada", "edgeos").

    The brand's own name is not a product line: "huawei" names every family.
    """
    own = {fold(brand.name), fold(brand.id), company_key(brand.name)}
    if len(ckey) < 4 or ckey in own:
        return None
    return next((f for f in brand_order(brand) if ckey in fold(f.id) or ckey in fold(f.name)), None)


def _unguided_line(brand: Brand, text: str) -> str | None:
    """The product line of ``brand`` named in ``text`` that has no family, if any."""
    for word in _words(text):
        entry = PRODUCT_LINES.get(word)
        if entry and entry[0] == brand.id and not _line_families(brand, word, entry[1]):
            return entry[2]
    return None


def brand_order(brand: Brand) -> list[Family]:
    """A brand's families as a look-up lists them: home products first.

    Within each group the brand's default family leads, then file order. So
    "huawei" opens the home gateways and lists the AR routers after them.
    """

    def rank(fam: Family) -> tuple[int, int]:
        return (0 if fam.kind in HOME_KINDS else 1, 0 if fam.default else 1)

    return sorted(brand.families, key=rank)


def _line_families(brand: Brand, word: str, kind: str) -> list[Family]:
    """The families of ``brand`` that belong to the product line ``word``."""
    out = []
    for fam in brand.families:
        named = word in fold(fam.id) or word in fold(fam.name)
        named = named or any(word in fold(m) for m in fam.models)
        named = named or any(p.search(word) for p in fam.match)
        if named and (fam.kind == kind or word in fold(fam.name)):
            out.append(fam)
    return out


@dataclass(frozen=True, slots=True)
class Lookup:
    """The answer to what a user typed: never empty-handed.

    ``matches`` are specific guides, best first (for a brand alone: its home
    products, then the rest). When there are none, ``reason`` says why and
    ``best`` is the generic guide. ``not_covered`` names a product line known
    to need a guide of its own that the database does not have yet.
    """

    query: str
    matches: tuple[Match, ...]
    generic: Family | None
    reason: str  # "matched" | "generic-words" | "no-match" | "not-covered"
    not_covered: str | None = None

    @property
    def matched(self) -> bool:
        return bool(self.matches)

    @property
    def best(self) -> Family | None:
        return self.matches[0].family if self.matches else self.generic

    @property
    def choices(self) -> tuple[Family, ...]:
        """Every family to offer, ending with the generic guide."""
        fams = [m.family for m in self.matches]
        if self.generic is not None and self.generic not in fams:
            fams.append(self.generic)
        return tuple(fams)

    @property
    def message(self) -> str | None:
        """One line for the user when no specific guide matched."""
        if self.reason == "generic-words":
            return (
                f"No specific guide matched: {self.query!r} names no brand or model "
                "(look for them on the router's label). Showing the generic guide."
            )
        if self.reason == "not-covered":
            return (
                f"No specific guide matched: {self.not_covered} has no guide of its own "
                "yet, and the steps for the brand's other products do not apply to it. "
                "Showing the generic guide."
            )
        if self.reason == "no-match":
            return f"No specific guide matched {self.query!r}. Showing the generic guide."
        return None


def find(db: GuideDatabase, query: str, limit: int = 8) -> Lookup:
    """Look up what a user typed; see :class:`Lookup`."""
    generic = db.family("generic")
    q = query.strip()[:MAX_QUERY]
    tokens = _words(q)
    core = [t for t in tokens if t not in GENERIC_WORDS]
    if not tokens:
        return Lookup(q, (), generic, "no-match")
    if not core:
        return Lookup(q, (), generic, "generic-words")
    for word in core:
        if word in PRODUCT_LINES:
            brand_id, kind, label = PRODUCT_LINES[word]
            brand = db.brand(brand_id)
            fams = _line_families(brand, word, kind) if brand is not None else []
            if not fams:
                return Lookup(q, (), generic, "not-covered", label)
            line = tuple(
                Match(f, round(0.95 - 0.01 * i, 3), "product line") for i, f in enumerate(fams)
            )
            return Lookup(q, line[:limit], generic, "matched")
    found = _search(db, q, tokens, core, limit)
    kinds = {_KIND_WORDS[t] for t in tokens if t in _KIND_WORDS}
    if kinds and found:
        narrowed = [m for m in found if m.family.kind in kinds]
        if not narrowed:
            brand = db.brand(found[0].family.brand_id)
            label = f"{brand.name if brand else found[0].family.brand} mesh Wi-Fi"
            return Lookup(q, (), generic, "not-covered", label)
        found = narrowed
    if not found:
        return Lookup(q, (), generic, "no-match")
    return Lookup(q, tuple(found), generic, "matched")


def search(db: GuideDatabase, query: str, limit: int = 8) -> list[Match]:
    """Specific families for what a user typed, best first; empty when none fits.

    The same rules as :func:`find`, which also says why nothing matched.
    """
    return list(find(db, query, limit).matches)


def _search(
    db: GuideDatabase, q: str, tokens: list[str], core: list[str], limit: int
) -> list[Match]:
    key = fold(q)
    ckey = "".join(core)
    scores: dict[str, Match] = {}

    def offer(fam: Family, score: float, why: str) -> None:
        old = scores.get(fam.id)
        if old is None or score > old.score:
            scores[fam.id] = Match(fam, round(score, 3), why)

    def offer_brand(brand: Brand, base: float, why: str, rest: str = "") -> None:
        """The brand's families, home first; a model named in ``rest`` leads."""
        fam = _family_for_model(brand, rest) if rest else None
        fam = fam or _family_named(brand, ckey)
        if fam is not None:
            offer(fam, base + 0.03, "brand and model")
        for i, f in enumerate(brand_order(brand)):
            offer(f, base - 0.01 * i, why)

    # runs of adjacent tokens ("archer", "ax50", "archerax50"): models match whole runs only
    spans = {
        "".join(tokens[i:j])
        for i in range(len(tokens))
        for j in range(i + 1, min(i + MAX_RUN, len(tokens)) + 1)
    }
    core_spans = {
        "".join(core[i:j])
        for i in range(len(core))
        for j in range(i + 1, min(i + 4, len(core)) + 1)
    }
    for brand in db.brands:
        keys = _brand_keys(brand)
        for fam in brand.families:
            if key in (fam.id.replace("-", ""), fold(fam.id)) or q.lower() == fam.id:
                offer(fam, 1.0, "guide id")
        if key in keys or ckey in keys:
            offer_brand(brand, 0.95, "brand name", q)
        else:
            # "tp link archer ax50": a brand named by whole words, then a model
            for n in range(1, min(4, len(core)) + 1):
                if "".join(core[:n]) in keys and n < len(core):
                    offer_brand(brand, 0.9, "brand and model", " ".join(core[n:]))
                    break
            else:
                if core_spans & keys:
                    offer_brand(brand, 0.88, "brand name in the query", q)
                elif any(_fuzzy_ok(k) and ckey.startswith(k) for k in keys):
                    # "tplinkarcher": a long alias glued to a model
                    offer_brand(brand, 0.88, "brand and model", q)
        for fam in brand.families:
            hits = [h for h in (p.search(q) for p in fam.match) if h]
            if hits:
                # the pattern that covers more of the query wins: "USG FLEX 100H" is
                # Zyxel's whole model name but only starts like Ubiquiti's "USG"
                cover = max(len(h.group(0)) for h in hits) / max(len(q), 1)
                offer(fam, 0.93 + 0.03 * min(cover, 1.0), "model")
            for m in fam.models:
                mk = fold(m)
                if mk in (key, ckey) or mk in spans:
                    offer(fam, 0.96, "model")
                elif len(ckey) >= 4 and ckey in mk:
                    offer(fam, 0.8, "model")
        # typos and partial words: only the query's own words, only long aliases,
        # and product names ("Firebox", "FRITZ!Box") only when nearly exact, so that
        # another product ("Freebox") does not land on them
        best = 0.0
        products = _keys(brand)[1]
        for k in keys:
            if not _fuzzy_ok(k):
                continue
            floor = PRODUCT_FUZZY if k in products else 0.0
            ratios = [difflib.SequenceMatcher(None, ckey, k).ratio()]
            ratios += [
                difflib.SequenceMatcher(None, t, k).ratio() * 0.97 for t in core if len(t) >= 4
            ]
            best = max([best, *(r for r in ratios if r >= floor)])
            if k not in products and any(k.startswith(t) and len(t) >= 5 for t in core):
                best = max(best, 0.82)
        if best >= 0.75:
            offer_brand(brand, 0.85 * best, "similar name")
        for fam in brand.families:
            ratio = difflib.SequenceMatcher(None, ckey, fold(fam.name)).ratio()
            if ratio >= 0.75:
                offer(fam, 0.8 * ratio, "similar family name")
    found = [m for m in scores.values() if m.score >= MIN_SCORE]
    return sorted(found, key=lambda m: -m.score)[:limit]


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


_PRODUCT_FIELDS: Final = frozenset(
    {"upnp_model_name", "upnp_friendly_name", "web_title", "web_realm"}
)


def identify(db: GuideDatabase, ident: Identity) -> IdentityMatch | None:
    """The most likely guide for the evidence, or None if no brand is recognised.

    Two rules beyond adding up the evidence, both for boxes from internet providers:

    * A box that carries an internet provider's name (friendly name, model name,
      web title) gets that provider's guide even when its hardware maker, which
      has a guide of its own, also shows: the provider's firmware decides what
      the settings pages offer, not the maker's.
    * A model that a family's ``match`` pattern names is evidence on its own,
      so a box that reports only its OEM maker and a model number
      ("Sagemcom" + "F@st 5566") still finds its provider's guide.
    """
    fields = {k: getattr(ident, k) for k in _WEIGHTS if getattr(ident, k)}
    generic = db.family("generic")
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
    found: list[tuple[IdentityMatch, bool]] = []  # (match, an alias in a product field)
    for brand in db.brands:
        if brand.id == "generic":
            continue
        evidence: list[str] = []
        miss = 1.0
        by_product = False
        for name, value in fields.items():
            hit = _mentions(value, brand)
            if hit is not None:
                miss *= 1 - _WEIGHTS[name] * hit[1]
                evidence.append(_EVIDENCE[name].format(value=value, brand=brand.name))
                by_product = by_product or name in _PRODUCT_FIELDS
        fam = _family_for_model(brand, model_text) if model_text else None
        by_pattern = fam is not None and any(p.search(model_text) for p in fam.match)
        if not evidence and not by_pattern:
            continue
        if not evidence:  # the model alone names this brand's product
            miss *= 1 - _WEIGHTS["upnp_model_name"]
        confidence = 1 - miss
        if fam is not None:
            evidence.append(f"the model fits the guide \u201c{fam.name}\u201d")
            confidence = min(1.0, confidence + 0.1)
        lead = fam or brand_order(brand)[0]  # home products first, as in find()
        line = _unguided_line(brand, model_text) if fam is None else None
        if line is not None and generic is not None:
            # an Orbi must not be shown the Nighthawk steps: say what it is, guide generically
            evidence.append(f"the model is a {line}, which has no guide of its own yet")
            lead = generic
        match = IdentityMatch(lead, round(confidence, 3), tuple(evidence))
        found.append((match, by_product))
    if not found:
        return None
    best, best_named = max(found, key=lambda m: m[0].confidence)
    isp = [m for m, named in found if named and m.family.kind == "isp-gateway"]
    if isp and not best_named:
        chosen = max(isp, key=lambda m: m.confidence)
        note = (
            "the box carries its internet provider's name, so the provider's guide applies "
            "rather than its maker's"
        )
        return IdentityMatch(chosen.family, chosen.confidence, (*chosen.evidence, note))
    return best
