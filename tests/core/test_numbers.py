"""ASCII-only numbers: what str.isdigit() gets wrong for protocol parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.numbers import is_ascii_number, parse_number


@pytest.mark.parametrize("text", ["0", "5060", "0065535"])
def test_ascii_numbers(text: str) -> None:
    assert is_ascii_number(text)
    assert parse_number(text, 0, 65535) == int(text)


@pytest.mark.parametrize("text", ["", " 1", "1 ", "+1", "-1", "1.0", "²", "٣", "５", "1²", "0x10"])
def test_everything_else_is_not_a_number(text: str) -> None:
    assert not is_ascii_number(text)
    assert parse_number(text, 0, 10**9) is None


def test_range_is_inclusive() -> None:
    assert parse_number("1", 1, 2) == 1
    assert parse_number("2", 1, 2) == 2
    assert parse_number("0", 1, 2) is None
    assert parse_number("3", 1, 2) is None


@given(st.text(max_size=12))
def test_fuzz_never_raises_and_agrees_with_int(text: str) -> None:
    value = parse_number(text, 0, 10**12)
    if value is not None:
        assert text.isascii() and int(text) == value
