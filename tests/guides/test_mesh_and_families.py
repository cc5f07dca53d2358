"""Mesh Wi-Fi systems and the families added with them: found, never confused, sourced.

A mesh system usually differs from its brand's main router line (Deco is not
Archer, Orbi is not Nighthawk, Velop is not the EA/WRT Smart Wi-Fi line), so a
look-up that lands on the sibling family would show steps for menus the user
does not have. These tests pin the look-ups users actually type.
"""

from __future__ import annotations

import pytest

from app.guides.database import bundled
from app.guides.lookup import Identity, identify, search

# query -> the family the first answer must be
EXPECTED = {
    "deco": "tp-link-deco",
    "Deco X55": "tp-link-deco",
    "tp-link deco x20": "tp-link-deco",
    "orbi": "netgear-orbi",
    "Orbi RBR50": "netgear-orbi",
    "rbr50": "netgear-orbi",
    "orbilogin.com": "netgear-orbi",
    "netgear orbi": "netgear-orbi",
    "velop": "linksys-velop",
    "mx4200": "linksys-velop",
    "linksys velop": "linksys-velop",
    "nest wifi": "google-nest-wifi",
    "google wifi": "google-nest-wifi",
    "eero": "eero",
    "eero pro": "eero",
    "eero pro 6e": "eero",
    "plume": "plume",
    "plume superpod": "plume",
    "amplifi": "ubiquiti-amplifi",
    "amplifi hd": "ubiquiti-amplifi",
    "screenos": "juniper-screenos",
    "juniper ssg5": "juniper-screenos",
    "netscreen": "juniper-screenos",
    "DFL-260E": "d-link-dfl",
    "d-link netdefend": "d-link-dfl",
    "bec 6200wzl": "bec",
    "BEC Technologies": "bec",
    "dd-wrt": "dd-wrt",
    "ddwrt": "dd-wrt",
    "nortel bsr222": "nortel-bsr",
    "BSR222": "nortel-bsr",
    "baicells": "baicells",
    "EP3011": "baicells",
    "extreme wing": "extreme-wing",
    "AP7532": "extreme-wing",
    "proxicast": "proxicast",
    "lan-cell 2": "proxicast",
    "openmptcprouter": "openmptcprouter",
    "juniper ssr": "juniper-ssr",
    "128T": "juniper-ssr",
    "ubee": "ubee",
    "DDW36C": "ubee",
}

# query -> families the query must never select first (the sibling line)
NEVER = {
    "deco": {"tp-link-archer", "tp-link-omada"},
    "deco x55": {"tp-link-archer"},
    "orbi": {"netgear-consumer"},
    "rbr50": {"netgear-consumer"},
    "velop": {"linksys-smart-wifi", "linksys-classic"},
    "mx4200": {"linksys-smart-wifi"},
    "amplifi": {"ubiquiti-unifi", "ubiquiti-edgeos"},
    "screenos": {"juniper-srx"},
    "ssg20": {"juniper-srx"},
    "dfl-860e": {"d-link-consumer", "d-link-dsr"},
}


def test_screenos_warns_that_disabling_can_break_sip() -> None:
    fam = bundled().family("juniper-screenos")
    assert fam is not None
    assert any("break" in w for w in fam.warnings)
    # the one CLI command given is the exact configuration line from the cited source
    commands = [s.command for v in fam.variants for s in v.steps if s.command]
    assert commands == ["unset alg sip enable"]


MESH_FAMILIES = [
    "eero",
    "linksys-velop",
    "netgear-orbi",
    "plume",
    "tp-link-deco",
    "ubiquiti-amplifi",
]
NEW_FAMILIES = sorted({*EXPECTED.values()} - {"google-nest-wifi"})


@pytest.mark.parametrize("query, family", sorted(EXPECTED.items()))
def test_lookup_reaches_the_right_family(query: str, family: str) -> None:
    found = search(bundled(), query)
    assert found, f"nothing found for {query!r}"
    assert found[0].family.id == family, [(m.family.id, m.score) for m in found[:3]]


@pytest.mark.parametrize("query, wrong", sorted(NEVER.items()))
def test_mesh_lookup_never_opens_the_sibling_line(query: str, wrong: set[str]) -> None:
    found = search(bundled(), query)
    assert found and found[0].family.id not in wrong
    # and the sibling never outranks or ties the mesh family
    best = found[0].score
    assert all(m.score < best for m in found[1:] if m.family.id in wrong)


def test_mesh_families_are_mesh_kind() -> None:
    db = bundled()
    for fid in MESH_FAMILIES:
        fam = db.family(fid)
        assert fam is not None, fid
        assert fam.kind == "mesh-wifi", fid


@pytest.mark.parametrize("family", NEW_FAMILIES)
def test_new_family_is_sourced_and_checked(family: str) -> None:
    fam = bundled().family(family)
    assert fam is not None
    assert fam.sources, family
    assert all(s.url.startswith(("http://", "https://")) for s in fam.sources)
    assert fam.reviewed.year >= 2026
    if fam.can_disable != "yes":
        assert fam.workarounds, family


def test_orbi_is_no_longer_a_netgear_brand_alias() -> None:
    """A brand alias opens the brand's default guide; Orbi must reach its own family."""
    netgear = bundled().brand("netgear")
    assert netgear is not None
    assert not {a.lower() for a in netgear.aliases} & {"orbi", "orbilogin.com"}


def test_identification_of_an_orbi_by_upnp_model() -> None:
    got = identify(
        bundled(),
        Identity(upnp_manufacturer="NETGEAR, Inc.", upnp_model_name="RBR50"),
    )
    assert got is not None
    assert got.family.id == "netgear-orbi"


def test_identification_of_a_velop_by_upnp_model() -> None:
    got = identify(
        bundled(),
        Identity(upnp_manufacturer="Linksys", upnp_model_name="MX4200"),
    )
    assert got is not None
    assert got.family.id == "linksys-velop"


@pytest.mark.parametrize(
    "ident, family",
    [
        (
            Identity(upnp_manufacturer="TP-LINK TECHNOLOGIES CO.,LTD.", upnp_model_name="Deco X55"),
            "tp-link-deco",
        ),
        (
            Identity(
                upnp_manufacturer="TP-LINK TECHNOLOGIES CO.,LTD.", upnp_model_name="Archer AX55"
            ),
            "tp-link-archer",
        ),
        (Identity(upnp_manufacturer="eero inc.", upnp_model_name="eero Pro 6E"), "eero"),
        (Identity(upnp_manufacturer="NETGEAR, Inc.", upnp_model_name="R7000"), "netgear-consumer"),
        (Identity(mac_vendor="Ubee Interactive Corp.", web_title="DDW36C"), "ubee"),
        (Identity(mac_vendor="Juniper Networks", web_title="SSG5"), "juniper-screenos"),
    ],
)
def test_identification_picks_the_product_line(ident: Identity, family: str) -> None:
    got = identify(bundled(), ident)
    assert got is not None
    assert got.family.id == family, got
