"""The wizard: the only package that imports Qt (tests/unit/test_architecture.py)."""
