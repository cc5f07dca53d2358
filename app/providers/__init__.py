"""The VoIP provider directory: who runs which SIP servers, and what each says about SIP ALG.

Used by ``sipalg providers`` and, through :meth:`Provider.probe_targets`, by
``sipalg probe --provider NAME`` and the wizard's provider picker. See
``app.providers.database`` for the entry points.
"""
