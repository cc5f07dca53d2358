"""Strict reading of the bundled TOML data (router guides, the provider directory).

Both data sets are written by hand and reviewed by people, so a typo must
fail loudly with the file and the field ("sipgate.toml: server[1].port: ...")
instead of vanishing: unknown fields are errors, text is trimmed text, ids
are lowercase-hyphenated, URLs are http(s). One checker serves both, each
raising its own error type.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

ID_RE: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_RE: Final = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


class DataContext:
    """Where we are in a file, for error messages; subclasses name the error type."""

    error: type[ValueError] = ValueError
    # Multi-line values (CLI command blocks) may start or end with a line break.
    multiline_ok: bool = False

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, where: str, problem: str) -> ValueError:
        return self.error(f"{self.origin}: {where}: {problem}")

    def table(
        self, value: Any, where: str, required: set[str], optional: set[str]
    ) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, f"expected a table, got {type(value).__name__}")
        keys = set(value)
        unknown = keys - required - optional
        if unknown:
            raise self.fail(where, f"unknown field(s): {', '.join(sorted(unknown))}")
        missing = required - keys
        if missing:
            raise self.fail(where, f"missing field(s): {', '.join(sorted(missing))}")
        return dict(value)

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected non-empty text")
        if value != value.strip() and not (self.multiline_ok and "\n" in value):
            raise self.fail(where, "leading or trailing white space")
        return value

    def optional_text(self, value: Any, where: str) -> str | None:
        return None if value is None else self.text(value, where)

    def texts(self, value: Any, where: str, *, allow_empty: bool = True) -> tuple[str, ...]:
        if not isinstance(value, Sequence) or isinstance(value, str):
            raise self.fail(where, "expected a list of text")
        out = tuple(self.text(v, f"{where}[{i}]") for i, v in enumerate(value))
        if not out and not allow_empty:
            raise self.fail(where, "must not be empty")
        return out

    def choice(self, value: Any, where: str, allowed: frozenset[str] | tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(where, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return value

    def ident(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        if not ID_RE.match(text):
            raise self.fail(where, f"{text!r} is not a lowercase-hyphenated id")
        return text

    def url(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        if not URL_RE.match(text):
            raise self.fail(where, f"{text!r} is not an http(s) URL")
        return text


def run_quietly_piped(main: Any) -> int:
    """Run a check command's ``main()``; a reader that leaves early (``| head``) is not
    an error and must not print a traceback."""
    import os
    import sys

    try:
        return int(main())
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
