"""One owner per name: the uniqueness rule shared by the guide and provider databases.

Both look entries up by what users type (a brand, a provider), so each name
and alias, folded to its look-up key, may belong to one entry only; two
entries sharing a key would make the look-up pick one of them silently. The
databases fold differently on purpose (app/guides/database.py and
app/providers/lookup.py say why), so the fold is a parameter, and each
raises its own error type with the sentence this returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


def name_clash(
    owner: str,
    names: Iterable[str],
    aliases: Iterable[str],
    fold: Callable[[str], str],
    owners: dict[str, str],
) -> str | None:
    """Claim ``names`` and ``aliases`` for ``owner`` in ``owners`` (key -> owner).

    Returns None when all are free (and records them), else what is wrong:
    an alias listed twice, a name with no letters or digits, or a name
    another entry already owns.
    """
    aliases = list(aliases)
    own = [fold(a) for a in aliases]
    twice = sorted({k for k in own if own.count(k) > 1})
    if twice:
        return f"alias listed twice: {', '.join(twice)}"
    for name in (*names, *aliases):
        key = fold(name)
        if not key:
            return f"{name!r} has no letters or digits"
        other = owners.setdefault(key, owner)
        if other != owner:
            return f"{name!r} is also a name or alias of {other!r}"
    return None
