"""The two kinds of protocol error, kept apart as h11 does.

``RemoteProtocolError``: the other side (a router, a server, a stranger on the
internet) sent bytes we cannot make sense of. Expected, never a bug, and the
only exception a parser may raise on arbitrary input.

``LocalProtocolError``: *we* were asked to build something invalid (a bad
address typed by the user, a header value with a line break). A bug or a
usage error, reported to the user as such.
"""


class ProtocolError(ValueError):
    """Base class for protocol errors."""


class RemoteProtocolError(ProtocolError):
    """The peer sent something malformed or beyond our limits."""


class LocalProtocolError(ProtocolError):
    """We were asked to produce something invalid."""
