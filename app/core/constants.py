"""Well-known port numbers, defined once for the probe, the reflector and the CLI.

Why a module of its own: the control port and the STUN ports are part of the
agreement between ``sipalg probe`` and ``sipalg reflector`` (a probe with no
options must find a reflector started with no options). Writing the numbers
in several places let them drift apart; importing them from here cannot.
"""

from __future__ import annotations

from app.core.record import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Final

SIP_PORT: Final = 5060  # RFC 3261 §19.1.2: the default for SIP over UDP and TCP
SIP_TLS_PORT: Final = 5061  # RFC 3261 §19.1.2: SIP over TLS
# The reflector's "control" port: a SIP-shaped port that ALGs do not watch.
# 5080 is the alternative SIP port many providers offer for exactly that reason.
CONTROL_PORT: Final = 5080
STUN_PORT: Final = 3478  # RFC 8489 §18.6
STUN_ALT_PORT: Final = 3479  # the reflector's second STUN port for RFC 5780 tests
