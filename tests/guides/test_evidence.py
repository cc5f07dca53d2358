"""The evidence the database's claims rest on: sources, dates, counts, the README."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from app.guides.check import counts
from app.guides.database import bundled

ROOT = Path(__file__).resolve().parents[2]


def test_every_entry_has_a_source_and_a_checked_date() -> None:
    today = dt.date.today()
    for fam in bundled().families():
        assert fam.sources, fam.id
        assert all(s.url.startswith(("https://", "http://")) and s.title for s in fam.sources)
        assert isinstance(fam.reviewed, dt.date) and fam.reviewed <= today, fam.id


def test_vendor_documented_entries_cite_the_vendor() -> None:
    for fam in bundled().families():
        if fam.confidence == "vendor-documented":
            assert any(s.kind == "vendor" for s in fam.sources), fam.id


def test_readme_family_count_stays_true() -> None:
    """README.md says the database covers "N+ ... families": N must hold."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    claim = re.search(r"(\d+)\+\s+router and firewall\s+families", text)
    assert claim, "README no longer states the family count; update this test"
    assert counts(bundled())["total"]["families"] >= int(claim.group(1))


def test_check_reports_counts_by_kind_confidence_and_source_kind() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app.guides.check"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    c = counts(bundled())
    head = f"ok: {c['total']['brands']} brands, {c['total']['families']} families"
    assert out.stdout.startswith(head)
    for heading in ("by kind:", "by confidence:", "by source kind:", "by can_disable:"):
        assert heading in out.stdout
    assert sum(c["kind"].values()) == c["total"]["families"]
    assert sum(c["source kind"].values()) == c["total"]["sources"]
