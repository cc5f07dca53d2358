"""Command-line number types: plain decimal notation only."""

from __future__ import annotations

import argparse

import pytest

from app.cli.common import number_between, plain_decimal, port_or_zero, positive_float


@pytest.mark.parametrize(
    "text, value", [("10", 10.0), ("2.5", 2.5), (".5", 0.5), (" 3 ", 3.0), ("-1", -1.0)]
)
def test_plain_decimals(text: str, value: float) -> None:
    assert plain_decimal(text) == value


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e3", "1_0", "٣", "²", "", "--1", "0x10"])
def test_everything_float_takes_but_a_person_would_not_type(text: str) -> None:
    assert plain_decimal(text) is None
    with pytest.raises(argparse.ArgumentTypeError):
        number_between(0, 10)(text)
    with pytest.raises(argparse.ArgumentTypeError):
        positive_float(text)


def test_ranges_are_inclusive() -> None:
    between = number_between(1, 5)
    assert between("1") == 1 and between("5") == 5
    for bad in ("0.99", "5.01", "-1"):
        with pytest.raises(argparse.ArgumentTypeError, match="from 1 to 5"):
            between(bad)


def test_port_or_zero() -> None:
    assert port_or_zero("0") == 0 and port_or_zero("3478") == 3478
    for bad in ("65536", "-1", "٣٤٧٨"):
        with pytest.raises(argparse.ArgumentTypeError):
            port_or_zero(bad)
