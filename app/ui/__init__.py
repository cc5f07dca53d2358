"""The wizard: the only package that imports Qt (tests/test_architecture.py)."""
