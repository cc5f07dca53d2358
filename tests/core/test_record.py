"""``Record``: the same class as ``typing.NamedTuple`` would make, without typing at run time."""

from __future__ import annotations

import pickle
import subprocess
import sys
from typing import NamedTuple

import pytest

from app.core.record import Record


class Point(Record):
    """A point; the docstring is the class's."""

    x: int
    y: int = 0
    label: str | None = None

    @property
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> Point:
        return self._replace(x=self.x + dx)


class TypedPoint(NamedTuple):
    x: int
    y: int = 0
    label: str | None = None


def test_a_record_is_the_named_tuple_typing_would_make() -> None:
    p = Point(3, -4)
    assert isinstance(p, tuple)
    assert p == (3, -4, None) == TypedPoint(3, -4)
    assert Point._fields == TypedPoint._fields == ("x", "y", "label")
    assert Point._field_defaults == TypedPoint._field_defaults == {"y": 0, "label": None}
    assert repr(p) == "Point(x=3, y=-4, label=None)"
    assert p._asdict() == {"x": 3, "y": -4, "label": None}
    assert hash(p) == hash((3, -4, None))
    with pytest.raises(AttributeError):
        p.x = 1  # type: ignore[misc]


def test_methods_properties_docstring_and_names_are_kept() -> None:
    p = Point(3, -4, "a")
    assert p.norm1 == 7
    assert p.moved(2) == Point(5, -4, "a")
    assert Point.__doc__ == "A point; the docstring is the class's."
    assert Point.__module__ == __name__
    assert Point.__qualname__ == "Point"
    assert Point.__annotations__["label"] == "str | None"  # kept, never evaluated
    assert pickle.loads(pickle.dumps(p)) == p


def test_annotations_are_never_evaluated() -> None:
    """A name that exists only for type checkers costs nothing and breaks nothing."""

    class Lazy(Record):
        value: OnlyForTypeCheckers  # type: ignore[name-defined]  # noqa: F821

    assert Lazy(1).value == 1


def test_mistakes_typing_would_refuse_are_refused() -> None:
    with pytest.raises(TypeError, match="without a default follows"):

        class Bad(Record):  # type: ignore[misc]
            a: int = 1
            b: int

    with pytest.raises(AttributeError, match="_replace"):

        class Clash(Record):
            a: int

            def _replace(self) -> None:  # type: ignore[override]
                pass

    with pytest.raises(TypeError, match="from Record alone"):

        class Mixed(Record, int):  # type: ignore[misc]
            a: int


def test_a_module_without_postponed_annotations_on_newer_pythons_is_refused() -> None:
    """From Python 3.14 a class body without the future import holds ``__annotate__``
    instead of ``__annotations__``: refused, where it would silently lose every field."""
    namespace = {"__module__": "m", "__qualname__": "Late", "__annotate__": lambda fmt: {}}
    with pytest.raises(TypeError, match="from __future__ import annotations"):
        type(Record)("Late", (Record,), namespace)


def test_importing_records_does_not_load_typing() -> None:
    code = (
        "import sys; import app.core.model, app.protocols.sip, app.pipeline.session; "
        "print('typing' in sys.modules)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False"
