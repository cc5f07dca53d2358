"""The ``lab`` fixture: build scenarios in fresh namespaces, tear them all down after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.lab.netns import Lab, Scenario


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Any]:
    labs: list[Lab] = []

    def make(scenario: Scenario) -> Lab:
        lb = Lab(scenario, tmp_path)
        labs.append(lb)
        return lb.__enter__()

    yield make
    for lb in labs:
        lb.close()
