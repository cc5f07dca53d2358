"""Test-wide settings: Qt offscreen, hypothesis profiles, lab markers."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# "Thousands of examples per parser in the normal suite" (issue 2): the default
# profile runs 2000 examples per fuzz test; HYPOTHESIS_PROFILE=quick for editing.
settings.register_profile(
    "default", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
