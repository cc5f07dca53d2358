"""What real users type, and the guide each must open (issue 11).

One table, so that a change to the matching rules shows at once which
queries it moves. Rows whose guide is added by another branch of this
edition are strict xfails: once the entry lands they pass, xfail_strict turns
that into a failure, and whoever merged removes the mark.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guides.database import bundled
from app.guides.lookup import GENERIC_WORDS, HOME_KINDS, PRODUCT_LINES, find

TABLE = [
    # brands, with and without punctuation, and their home line first
    ("tp link", "tp-link-archer"),
    ("tplink", "tp-link-archer"),
    ("TP-Link", "tp-link-archer"),
    ("tplink archer c7", "tp-link-archer"),
    ("Archer AX50", "tp-link-archer"),
    ("omada", "tp-link-omada"),
    ("tp-link omada", "tp-link-omada"),
    ("netgear", "netgear-consumer"),
    ("netgear nighthawk r7000", "netgear-consumer"),
    ("nighthawk", "netgear-consumer"),
    ("linksys", "linksys-smart-wifi"),
    ("asus router", "asus-asuswrt"),
    ("rt-ax86u", "asus-asuswrt"),
    ("asuswrt merlin", "asus-asuswrt"),
    ("dlink", "d-link-consumer"),
    ("d-link dir-842", "d-link-consumer"),
    ("huawei", "huawei-home"),
    ("huawei hg8245h", "huawei-home"),
    ("HG8245H", "huawei-home"),
    ("echolife", "huawei-home"),
    ("huawei b535", "huawei-lte"),
    ("Huawei B525s-23a", "huawei-lte"),
    ("b818", "huawei-lte"),
    ("huawei 5g cpe pro", "huawei-lte"),
    ("huawei b2368", "huawei-home"),
    ("zyxel", "zyxel-consumer"),
    ("zyxel vmg8825", "zyxel-consumer"),
    ("zyxel usg flex 100", "zyxel-usg"),
    ("usg flex 100h", "zyxel-usg-flex-h"),
    ("zywall", "zyxel-usg"),
    ("cisco", "cisco-ios"),
    ("cisco asa", "cisco-asa"),
    ("cisco isr 4331", "cisco-ios"),
    ("firepower", "cisco-ftd"),
    ("unifi", "ubiquiti-unifi"),
    ("unifi dream machine", "ubiquiti-unifi"),
    ("udm pro", "ubiquiti-unifi"),
    ("edgerouter x", "ubiquiti-edgeos"),
    ("mikrotik", "mikrotik-routeros"),
    ("mikrotik hap ac2", "mikrotik-routeros"),
    ("routeros", "mikrotik-routeros"),
    ("openwrt", "openwrt"),
    ("lede", "openwrt"),
    ("pfsense", "pfsense"),
    ("opnsense", "opnsense"),
    ("fortigate 60f", "fortinet-fortigate-alg"),
    ("juniper srx300", "juniper-srx"),
    ("juniper", "juniper-srx"),
    ("sonicwall tz370", "sonicwall-sonicos"),
    ("watchguard", "watchguard-fireware"),
    ("sophos xgs", "sophos-sfos"),
    ("palo alto pa-440", "palo-alto-panos"),
    ("meraki mx67", "meraki-mx"),
    ("draytek", "draytek-vigor"),
    ("vigor 2927", "draytek-vigor"),
    ("keenetic", "keenetic"),
    ("gl.inet", "gl-inet"),
    ("google nest wifi", "google-nest-wifi"),
    ("google wifi", "google-nest-wifi"),
    # ISP boxes
    ("fritzbox", "avm-fritzbox"),
    ("Fritz!Box 7590", "avm-fritzbox"),
    ("fritz box", "avm-fritzbox"),
    ("xfinity xb7", "comcast-xfinity"),
    ("xfinity", "comcast-xfinity"),
    ("comcast business", "technicolor"),
    ("comcast business gateway", "technicolor"),
    ("xfinity business", "technicolor"),
    ("verizon fios router", "verizon-fios"),
    ("att bgw320", "att-gateway"),
    ("at&t", "att-gateway"),
    ("spectrum router", "spectrum-router"),
    ("arris surfboard", "arris-surfboard"),
    ("BT Smart Hub", "bt-smart-hub"),
    ("bt hub", "bt-smart-hub"),
    ("Sky Hub", "sky-hub"),
    ("sky router", "sky-hub"),
    ("Virgin Media Hub", "virgin-media-hub"),
    ("Livebox", "orange-livebox"),
    ("orange livebox", "orange-livebox"),
    ("Speedport", "deutsche-telekom-speedport"),
    ("telekom speedport", "deutsche-telekom-speedport"),
    # misspellings
    ("netgaer", "netgear-consumer"),
    ("sonicwal", "sonicwall-sonicos"),
    ("linksis", "linksys-smart-wifi"),
    ("fortigat", "fortinet-fortigate-alg"),
    ("frtizbox", "avm-fritzbox"),
    ("mikrotk", "mikrotik-routeros"),
    ("watchgaurd", "watchguard-fireware"),
    # generic words lead to the generic guide
    ("router", "generic"),
    ("my router", "generic"),
    ("wifi router", "generic"),
    ("my wifi router", "generic"),
    ("wireless router", "generic"),
    ("home router", "generic"),
    ("5G router", "generic"),
    ("modem", "generic"),
    ("gateway", "generic"),
    ("internet box", "generic"),
    ("isp router", "generic"),
    ("mesh", "generic"),
    ("qwzx flurb", "generic"),
]


@pytest.mark.parametrize("query, guide", TABLE)
def test_what_users_type_opens_the_right_guide(query: str, guide: str) -> None:
    found = find(bundled(), query)
    assert found.best is not None, query
    assert found.best.id == guide, (query, [m.family.id for m in found.matches[:4]])


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


@pytest.mark.parametrize(
    "query",
    ["router", "my router", "wifi router", "modem", "home router", "5G router", "gateway",
     "internet box", "isp router", "wireless router", "Sky router", "my sky router"],
)  # fmt: skip
def test_generic_words_never_select_a_brand_they_do_not_name(query: str) -> None:
    """Sky router once opened MikroTik RouterOS (86% similar to 'router')."""
    found = find(bundled(), query)
    assert all(m.family.brand_id in ("sky", "generic") for m in found.matches), [
        m.family.id for m in found.matches
    ]
    if found.matches == ():
        assert found.best is not None and found.best.id == "generic" and found.message


def test_no_match_regex_fires_on_generic_words_alone() -> None:
    """A family's `match` regex must not turn a generic word into a model."""
    for fam in bundled().families():
        for word in GENERIC_WORDS:
            for pattern in fam.match:
                assert not pattern.fullmatch(word), (fam.id, pattern.pattern, word)


@pytest.mark.parametrize(
    "query, word",
    [("deco", "deco"), ("tp-link deco x20", "deco"), ("deco m5", "deco"), ("orbi", "orbi"),
     ("netgear orbi rbr750", "orbi"), ("velop", "velop"), ("linksys velop mx4200", "velop"),
     ("amplifi", "amplifi")],
)  # fmt: skip
def test_a_product_line_never_gets_the_other_line_s_steps(query: str, word: str) -> None:
    """Deco is not Archer, Orbi is not Nighthawk, Velop is not the WRT line.

    Holds before and after the mesh entries land: either the line's own family
    (same brand, mesh kind) or an explicit "not covered" answer.
    """
    brand_id, kind, label = PRODUCT_LINES[word]
    found = find(bundled(), query)
    if found.matches:
        for m in found.matches:
            assert m.family.brand_id == brand_id, m.family.id
            assert m.family.kind == kind or word in m.family.name.lower(), m.family.id
    else:
        assert found.reason == "not-covered" and found.not_covered == label
        assert found.best is not None and found.best.id == "generic"
        assert label in (found.message or "")


def test_brand_mesh_without_a_mesh_family_is_not_covered() -> None:
    brand = bundled().brand("d-link")
    assert brand is not None and all(f.kind != "mesh-wifi" for f in brand.families)
    found = find(bundled(), "d-link mesh")
    assert found.matches == () and found.reason == "not-covered"


@pytest.mark.parametrize("brand_id", ["huawei", "tp-link", "netgear", "zyxel", "cisco", "d-link"])
def test_a_brand_lists_home_products_first_then_the_rest(brand_id: str) -> None:
    db = bundled()
    brand = db.brand(brand_id)
    assert brand is not None
    found = find(db, brand.name)
    ids = [m.family.id for m in found.matches if m.family.brand_id == brand_id]
    assert sorted(ids) == sorted(f.id for f in brand.families), "every family is listed"
    kinds = [db.family(i).kind in HOME_KINDS for i in ids]  # type: ignore[union-attr]
    assert kinds == sorted(kinds, reverse=True), ids


def sipalg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, timeout=30
    )


def test_cli_returns_the_ordered_list_and_never_ends_empty() -> None:
    doc = json.loads(sipalg("guide", "huawei", "--json").stdout)
    assert doc["id"] == "huawei-home" and doc["matched"] is True
    assert [m["id"] for m in doc["matches"]] == [
        "huawei-home",
        "huawei-lte",
        "huawei-ar",
        "huawei-usg",
    ]
    deco = sipalg("guide", "deco", "--json")
    doc = json.loads(deco.stdout)
    assert deco.returncode == 0 and doc["id"] != "tp-link-archer"
    assert doc["matched"] or (doc["id"] == "generic" and doc["not_covered"] and doc["message"])
    assert "tp-link-archer" not in [m["id"] for m in doc["matches"]]
    shown = sipalg("guide", "my router")
    assert shown.returncode == 0 and shown.stdout.startswith("No specific guide matched")
    assert "Guide id: generic" in shown.stdout


def test_guides_package_does_not_import_the_cli() -> None:
    """Layers point down: app.guides is used by the CLI, never the other way."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "app" / "guides"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("app.cli", "app.ui")), (path.name, node.module)
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith(("app.cli", "app.ui")) for a in node.names)


def test_identification_leads_with_home_products_and_respects_product_lines() -> None:
    from app.guides.lookup import Identity, identify

    db = bundled()
    huawei = identify(db, Identity(upnp_manufacturer="Huawei Technologies Co., Ltd."))
    assert huawei is not None and huawei.family.id == "huawei-home"
    orbi = identify(db, Identity(upnp_manufacturer="NETGEAR, Inc.", upnp_model_name="Orbi RBR50"))
    assert orbi is not None and orbi.family.id != "netgear-consumer"
    assert orbi.family.id == "generic" or orbi.family.kind == "mesh-wifi"
    deco = identify(db, Identity(upnp_manufacturer="TP-LINK", upnp_model_name="Deco X20"))
    assert deco is not None and deco.family.id not in ("tp-link-archer", "tp-link-omada")
    archer = identify(db, Identity(upnp_manufacturer="TP-LINK", upnp_model_name="Archer AX50"))
    assert archer is not None and archer.family.id == "tp-link-archer"


@settings(max_examples=40)
@given(st.text(max_size=120))
def test_any_text_gets_an_answer_and_never_an_error(text: str) -> None:
    found = find(bundled(), text)
    assert found.best is not None
    assert found.matched or found.message is not None or not text.strip()
