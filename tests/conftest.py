"""Test-wide settings: Qt offscreen, hypothesis profiles, lab markers."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# "Thousands of examples per parser in the normal suite" (issue 2): the default
# profile runs 2000 examples per fuzz test. It is derandomized: the same inputs
# on every run, so the suite (and CI, which must be green for work to land)
# tests the code, not the luck of the draw. Finding new inputs is a separate,
# deliberate job: HYPOTHESIS_PROFILE=deep draws 50,000 fresh random examples per
# fuzz test; whatever it finds becomes an @example(...) regression case.
# HYPOTHESIS_PROFILE=quick is for editing.
_slow_ok = [HealthCheck.too_slow]
settings.register_profile(
    "default",
    max_examples=2000,
    deadline=None,
    derandomize=True,
    suppress_health_check=_slow_ok,
)
settings.register_profile(
    "deep", max_examples=50_000, deadline=None, suppress_health_check=_slow_ok
)
settings.register_profile("quick", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
