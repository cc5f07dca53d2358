"""SIP ALG Doctor: find out whether a router's SIP ALG breaks VoIP calls, and fix it.

Packages: ``protocols`` (sans-I/O SIP/SDP/STUN/SSDP codecs and the differ),
``probes`` (the I/O: sockets, timers, cancellation), ``diagnosis`` (pure rules),
``guides`` (the router guide database), ``report`` (one report model, rendered
as text/JSON/HTML), ``reflector`` (the server side), ``netinfo`` (gateway and
router identification), ``cli`` and ``ui`` (the only package that imports Qt).
"""

from __future__ import annotations


def _version() -> str:
    # Single source: pyproject.toml. Installed: package metadata. Frozen or run from
    # a bare checkout: read pyproject.toml (bundled next to the code by the spec).
    from importlib import metadata

    try:
        return metadata.version("sip-alg-doctor")
    except metadata.PackageNotFoundError:
        pass
    import sys
    import tomllib
    from pathlib import Path

    here = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    try:
        with (here / "pyproject.toml").open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _version()
