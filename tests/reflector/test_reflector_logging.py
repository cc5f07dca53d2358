"""The reflector's log: one JSON object per line, even for a bug's exception."""

from __future__ import annotations

import json
import logging
import sys

from app.reflector.server import JsonLogFormatter


def test_json_log_lines_carry_exceptions_on_one_line() -> None:
    try:
        raise RecursionError("deep")
    except RecursionError:
        record = logging.LogRecord("sipalg", logging.ERROR, __file__, 1, "internal_error", (), None)
        record.exc_info = sys.exc_info()
    line = JsonLogFormatter().format(record)
    assert "\n" not in line
    doc = json.loads(line)
    assert doc["event"] == "internal_error"
    assert doc["error"] == "RecursionError: deep"
    assert doc["where"].startswith("test_reflector_logging.py:")
