"""Typed immutable records without loading ``typing`` when the program runs.

``sipalg probe`` spends most of its time to a verdict starting up
(docs/benchmarks.md), and ``typing`` was the largest single cost on that path
that the probe gets nothing from at run time:

- ``import typing`` itself, about 11 M instructions (3-4 ms), which nothing
  else on the path needs;
- ``typing.NamedTuple`` checking every field's annotation when a class is
  created, and turning each annotation written as a string into a
  ``ForwardRef``, which calls ``compile()``: the first ``compile()`` in a
  process sets up the AST types, another 10 M.

Both only serve run-time introspection of annotations, which nothing here
does. So type checkers, for which ``TYPE_CHECKING`` below is true, see
``Record`` as ``typing.NamedTuple`` and check every record exactly as one;
at run time ``Record`` builds the same ``collections.namedtuple`` class from
the annotations (field order, defaults, methods, properties, docstring)
without evaluating them. (Three differences nobody here relies on:
``__annotations__`` holds the strings as written, there is no
``__orig_bases__``, and descriptors' ``__set_name__`` is not called.)
Modules on the path write
``from __future__ import annotations`` and import what they use from
``typing`` under ``if TYPE_CHECKING:`` (from here), so ``typing`` stays
unloaded; ``tests/cli/test_probe_startup.py`` checks it.
"""

from __future__ import annotations

# mypy and ruff treat any name spelled TYPE_CHECKING as true during checking.
TYPE_CHECKING = False

__all__ = ["TYPE_CHECKING", "Record"]

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from collections import namedtuple

    # What typing.NamedTuple also refuses to let a class body replace.
    _RESERVED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
        | {"_make", "_replace", "_asdict", "_source"}
    )
    _NOT_COPIED = frozenset({"__module__", "__qualname__", "__annotations__"})

    class _RecordMeta(type):
        def __new__(mcls, name, bases, namespace):
            if not bases:  # Record itself
                return super().__new__(mcls, name, bases, namespace)
            if bases != (Record,):
                raise TypeError(f"{name}: a record derives from Record alone")
            if "__annotations__" not in namespace and "__annotate__" in namespace:
                # Python 3.14+ evaluates annotations lazily unless the module
                # postpones them; the fields would silently be missing.
                raise TypeError(
                    f"{name}: records need 'from __future__ import annotations' in "
                    f"{namespace['__module__']}"
                )
            annotations = namespace.get("__annotations__", {})
            fields = list(annotations)
            defaults = [namespace[field] for field in fields if field in namespace]
            if any(field not in namespace for field in fields[len(fields) - len(defaults) :]):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            cls = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            cls.__qualname__ = namespace["__qualname__"]
            cls.__annotations__ = annotations
            for key, value in namespace.items():
                if key in _RESERVED:
                    raise AttributeError(f"{name}: cannot overwrite record attribute {key}")
                if key not in _NOT_COPIED and key not in annotations:
                    setattr(cls, key, value)
            return cls

    class Record(metaclass=_RecordMeta):
        """Base of the records: ``class Point(Record): x: int; y: int = 0``."""
