"""SIP ALG Doctor: find out whether a router's SIP ALG breaks VoIP calls, and fix it.

Packages: ``protocols`` (sans-I/O SIP/SDP/STUN/SSDP codecs and the differ),
``probes`` (the I/O: sockets, timers, cancellation), ``diagnosis`` (pure rules),
``guides`` (the router guide database), ``report`` (one report model, rendered
as text/JSON/HTML), ``reflector`` (the server side), ``netinfo`` (gateway and
router identification), ``cli`` and ``ui`` (the only package that imports Qt).
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache


@cache
def version() -> str:
    """The version, single-sourced from pyproject.toml.

    Read straight from pyproject.toml when it sits next to the code (a checkout,
    an editable install, the frozen app, which bundles it): ``importlib.metadata``
    costs ~30 ms of start-up, a noticeable part of a 0.15 s probe. Installed
    wheels fall back to the package metadata.
    """
    # os.path, not pathlib: pathlib (with urllib.parse) adds ~7 ms to every start-up
    # realpath: in a strict editable install this file is a symlink in a link tree
    # under build/, and the pyproject.toml sits beside the real one.
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    base = getattr(sys, "_MEIPASS", here)
    try:
        with open(os.path.join(base, "pyproject.toml"), encoding="utf-8") as fh:
            text = fh.read()
        found = re.search(r'(?ms)^\[project\].*?^version\s*=\s*"([^"]+)"', text)
        if found:
            return found.group(1)
    except OSError:
        pass
    from importlib import metadata

    try:
        return metadata.version("sip-alg-doctor")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:  # PEP 562: ``app.__version__`` computed on first use
    if name == "__version__":
        return version()
    raise AttributeError(name)
