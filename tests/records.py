"""``replace()`` for test fixtures that edit records of both kinds.

The records on the probe's path (the result model, the pipeline's outcome,
SIP messages) are named tuples (``app.core.record.Record``), copied with
``._replace``; the
side checks' and the call's records (router, NAT, call summary) are still
dataclasses (docs/architecture.md, "Records on the probe's path"). A
fixture such as "the canned session, with this router and that probe
result" edits both in one expression, so the tests use this one function
for either.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

R = TypeVar("R")


def replace(record: R, /, **changes: Any) -> R:
    """A copy of ``record`` (a NamedTuple or a dataclass instance) with ``changes``."""
    if isinstance(record, tuple) and hasattr(record, "_replace"):
        return record._replace(**changes)  # type: ignore[no-any-return]
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]
