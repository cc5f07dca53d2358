"""The orchestration layer: one diagnosis run, from target to findings.

It sits above the probes, the network context (netinfo) and the diagnosis
rules, and below the two front ends: the CLI and the wizard both call
:func:`app.pipeline.diagnose.run_diagnosis` and render the
:class:`~app.pipeline.diagnose.Outcome` it returns.
"""
