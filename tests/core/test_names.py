"""``name_clash``: each folded name and alias belongs to one entry."""

from __future__ import annotations

from app.core.names import name_clash


def fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def test_free_names_are_claimed_for_the_owner() -> None:
    owners: dict[str, str] = {}
    assert name_clash("tp-link", ("TP-Link", "tp-link"), ["TPLINK Archer"], fold, owners) is None
    assert owners == {"tplink": "tp-link", "tplinkarcher": "tp-link"}


def test_a_name_another_entry_owns_is_refused() -> None:
    owners = {"fritzbox": "avm"}
    clash = name_clash("acme", ("Acme",), ["Fritz-Box"], fold, owners)
    assert clash == "'Fritz-Box' is also a name or alias of 'avm'"


def test_an_alias_listed_twice_and_an_empty_one_are_refused() -> None:
    assert name_clash("a", ("A",), ["X-1", "x 1"], fold, {}) == "alias listed twice: x1"
    assert name_clash("a", ("A",), ["--"], fold, {}) == "'--' has no letters or digits"
