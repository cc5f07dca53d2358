"""What the call means, as `sipalg call` and `sipalg probe --call` print it (real reflector)."""

from __future__ import annotations

import json

from tests.cli.test_call_cli import sipalg
from tests.helpers import free_port, running_reflector


def test_call_relates_its_figures_to_the_symptoms_given() -> None:
    with running_reflector() as r:
        target = f"127.0.0.1:{r.sip_port}"
        res = sipalg("call", "--reflector", target, "--seconds", "1", "--symptom", "one_way_audio")
        doc = sipalg(
            "call", "--json", "--reflector", target, "--seconds", "1", "--symptom", "no_ring"
        )
    assert res.returncode == 0, res.stderr
    assert "\nWhat the call means\n* Sound went both ways\n" in res.stdout
    assert "* One-way audio: The test call did not reproduce it this time: Sound went" in (
        res.stdout
    )
    call = json.loads(doc.stdout)["call"]
    assert {"findings", "symptoms", "next_steps"} <= set(call)
    assert all(f["severity"] in ("problem", "warning", "info", "ok") for f in call["findings"])
    assert "no_ring" in call["symptoms"]


def test_a_dead_reflector_gives_a_next_step() -> None:
    res = sipalg(
        "call", "--json", "--reflector", f"127.0.0.1:{free_port()}", "--seconds", "1", timeout=40
    )
    call = json.loads(res.stdout)["call"]
    assert [f["id"] for f in call["findings"]] == ["call-not-set-up"]
    assert call["next_steps"][0].startswith("Run the test again")


def test_probe_with_a_call_carries_its_findings() -> None:
    with running_reflector() as r:
        res = sipalg(
            "probe",
            *r.probe_args,
            "--no-stun",
            "--no-router",
            "--call",
            "--call-seconds",
            "1",
            "--symptom",
            "choppy_audio",
            "--json",
        )
    assert res.returncode == 0, res.stderr
    call = json.loads(res.stdout)["call"]
    quality = next(f for f in call["findings"] if f["id"].startswith("call-quality"))
    assert quality["measured"] is True and quality["concerns"] == ["choppy_audio"]
    assert call["symptoms"]["choppy_audio"]
